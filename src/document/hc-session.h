/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hc-document.h"

G_BEGIN_DECLS

#define HC_TYPE_SESSION (hc_session_get_type ())
G_DECLARE_FINAL_TYPE (HcSession, hc_session, HC, SESSION, GObject)

/* Nothing is lost: two seconds after the last change, and never more than
 * ten after the first, the session writes every unsaved plan it tracks as
 * a draft under STATE_DIR/headcount/drafts (the plan's bytes are taken on
 * the main loop, the files written by a worker; ::draft-written says how
 * each write went), and removes the draft once the plan is saved
 * or deliberately discarded.  A state file records whether the last run
 * ended cleanly; if it did not, its drafts are offered back. */
typedef struct
{
  char *id;
  char *title;
  char *uri;    /* the plan's file, NULL for a plan never saved */
  char *path;   /* the draft's bytes */
} HcDraft;

void        hc_draft_free               (HcDraft    *draft);
G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcDraft, hc_draft_free)

/* @state_dir is normally g_get_user_state_dir(). */
HcSession  *hc_session_new              (const char *state_dir);
/* Reads how the last run ended, then marks this one as running. */
void        hc_session_start            (HcSession  *self);
/* Marks the run as ended cleanly. */
void        hc_session_shutdown         (HcSession  *self);
/* TRUE if the last run did not end with hc_session_shutdown(). */
gboolean    hc_session_get_crashed      (HcSession  *self);
/* The drafts on disk, as HcDraft, the last written first. */
GPtrArray  *hc_session_list_drafts      (HcSession  *self);

/* A draft is written @msec after the last change (2 s)… */
void        hc_session_set_draft_delay  (HcSession  *self,
                                         guint       msec);
/* …and at most @msec after the first change not in a draft (10 s). */
void        hc_session_set_draft_max_wait (HcSession *self,
                                         guint       msec);
void        hc_session_track            (HcSession  *self,
                                         HcDocument *document);
/* Stops tracking; @keep_draft FALSE deletes the document's draft. */
void        hc_session_untrack          (HcSession  *self,
                                         HcDocument *document,
                                         gboolean    keep_draft);
/* Writes (or, for an unmodified document, removes) the draft now. */
gboolean    hc_session_write_draft      (HcSession  *self,
                                         HcDocument *document,
                                         GError    **error);
void        hc_session_remove_draft     (HcSession  *self,
                                         const char *draft_id);
/* Renames a draft that cannot be read so that it is no longer offered,
 * keeping its bytes beside the others; @set_aside_path says where. */
gboolean    hc_session_set_aside_draft  (HcSession  *self,
                                         const char *draft_id,
                                         char      **set_aside_path,
                                         GError    **error);
char       *hc_session_get_draft_path   (HcSession  *self,
                                         const char *draft_id);

G_END_DECLS
