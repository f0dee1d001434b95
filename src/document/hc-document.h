/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hc-atomic-file.h"
#include "hc-plan.h"
#include "hc-undo-stack.h"

G_BEGIN_DECLS

#define HC_TYPE_DOCUMENT (hc_document_get_type ())
G_DECLARE_FINAL_TYPE (HcDocument, hc_document, HC, DOCUMENT, GObject)

/* A plan as the window edits it: the plan, the file it lives in (none for
 * a plan started from a template), whether it differs from that file,
 * its undo history and its draft.
 *
 * The plan object is the document's for its whole life: undo, redo and
 * reload change it in place, so a view follows the objects it shows.
 * Every change to the plan is recorded (hc-edit.h) and becomes an undo
 * step; ::changed is emitted after every edit, undo, redo and reload. */
HcDocument  *hc_document_new             (HcPlan      *plan,
                                          GFile       *file);
/* A plan read back from a draft: unsaved, whatever the file says. */
HcDocument  *hc_document_new_from_draft  (HcPlan      *plan,
                                          GFile       *file,
                                          const char  *draft_id);

HcPlan      *hc_document_get_plan        (HcDocument  *self);
GFile       *hc_document_get_file        (HcDocument  *self);
gboolean     hc_document_get_modified    (HcDocument  *self);
HcUndoStack *hc_document_get_undo_stack  (HcDocument  *self);
const char  *hc_document_get_draft_id    (HcDocument  *self);
/* The plan's title, or "Untitled Plan". Newly allocated. */
char        *hc_document_dup_title       (HcDocument  *self);
/* The bytes of the plan as it is now, written out on demand; valid until
 * the plan next changes. */
GBytes      *hc_document_get_bytes       (HcDocument  *self);

/* Every change to the plan between begin and end is one undo step named
 * @label.  Steps with the same @merge_key in a row merge (typing). */
void         hc_document_begin_edit      (HcDocument  *self,
                                          const char  *label,
                                          const char  *merge_key);
void         hc_document_end_edit        (HcDocument  *self);
/* Ends the outermost edit by putting back what it changed: no undo step
 * (a drag cancelled with Escape). */
void         hc_document_cancel_edit     (HcDocument  *self);
gboolean     hc_document_undo            (HcDocument  *self);
gboolean     hc_document_redo            (HcDocument  *self);
/* Makes the plan hold what @loaded holds, in place (hc_plan_assign()),
 * as one undoable step; @matches_disk says @loaded is what the file holds
 * now (a reload), so it is not unsaved. */
void         hc_document_assign_plan     (HcDocument  *self,
                                          HcPlan      *loaded,
                                          const char  *label,
                                          gboolean     matches_disk);

void         hc_document_load_async      (GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
HcDocument  *hc_document_load_finish     (GAsyncResult        *result,
                                          GError             **error);
typedef enum
{
  HC_DOCUMENT_SAVE_NONE      = 0,
  /* Replace the file even if another program changed it since it was
   * read or written (the user said "Save Anyway"). */
  HC_DOCUMENT_SAVE_OVERWRITE = 1 << 0,
  /* Write in place if the folder refuses a temporary file (the user said
   * yes to that; HC_ATOMIC_FILE_IN_PLACE). */
  HC_DOCUMENT_SAVE_IN_PLACE  = 1 << 1,
} HcDocumentSaveFlags;

/* Saves to @file, or to the document's own file if @file is NULL; on
 * success the document takes @file as its own.
 *
 * Never overwrites silently: if the file is the document's own and
 * another program changed it since it was read or last written (its
 * change time, identity or size differs and so does its content, or the
 * file monitor saw other content there), the save fails with
 * G_IO_ERROR_WRONG_ETAG and writes nothing, unless
 * HC_DOCUMENT_SAVE_OVERWRITE.  A plan too large to be opened again is
 * refused (hc_plan_check_save_size()). */
void         hc_document_save_full_async (HcDocument          *self,
                                          GFile               *file,
                                          HcDocumentSaveFlags  flags,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
/* @notes: what the save could not keep of the old file, to tell. */
gboolean     hc_document_save_full_finish (HcDocument         *self,
                                           GAsyncResult       *result,
                                           HcAtomicFileNotes  *notes,
                                           GError            **error);
/* hc_document_save_full_async() with no flags. */
void         hc_document_save_async      (HcDocument          *self,
                                          GFile               *file,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean     hc_document_save_finish     (HcDocument          *self,
                                          GAsyncResult        *result,
                                          GError             **error);

G_END_DECLS
