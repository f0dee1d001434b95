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
 * step; ::changed is emitted after every edit, undo, redo and reload.
 *
 * How an edit becomes an undo step
 *
 * 1. The plan records for the document's whole life: the document calls
 *    hc_plan_begin_recording() when it takes the plan, and from then on
 *    every setter of the plan, its roles, phases, positions and cost
 *    assumptions, and every change to its lists, notes the value it
 *    replaces (hc-edit.h).  Views edit through that ordinary API and know
 *    nothing of undo.
 *
 * 2. A view that makes one change of several setter calls (a drag, a
 *    dialog's OK, a field being typed into) brackets them with
 *    hc_document_begin_edit() and hc_document_end_edit(), naming the step
 *    ("Change Count").  Whatever the plan recorded before begin becomes a
 *    step of its own first.  Brackets nest; only the outermost counts.
 *    A setter called outside any bracket is a step as soon as the plan
 *    says HcPlan::changed, named "Edit".
 *
 * 3. At the end, hc_plan_end_recording() hands back the changes as one
 *    HcEdit and recording starts again at once.  Changes that put back
 *    what was there give no edit, and no step.  Otherwise the document
 *    pushes the edit on its HcUndoStack with its name, which clears the
 *    redo steps, and emits ::changed: views refresh, and the session
 *    writes a draft after a pause (hc-session.h).  The stack keeps the
 *    newest 1000 steps within 64 MiB.
 *
 * 4. Steps pushed one after another with the same merge key (each key
 *    press in one field) merge into one, which undoes to the value before
 *    the first of them.  A step without a key ends the run, and so does
 *    hc_undo_stack_seal(), which the editors call when a field loses the
 *    focus or they show another position.
 *
 * 5. hc_document_cancel_edit() instead undoes what the bracket recorded
 *    and pushes nothing (a drag cancelled with Escape).
 *
 * 6. Undo takes the newest step and swaps each of its values back into
 *    the plan, newest change first; redo swaps them again, oldest first.
 *    Each change holds the other value after a swap, so a step can go
 *    back and forth any number of times.  While it restores, the document
 *    ignores the plan's own ::changed and emits one ::changed of its own.
 *
 * 7. A reload (hc_document_assign_plan(), hc_document_reload_async())
 *    assigns the file's plan into the document's plan object
 *    (hc_plan_assign()) with recording on, so it is one step that undo
 *    takes back like any other; as it is what the file holds, the save
 *    point moves to it.
 *
 * 8. "Modified" is no flag that edits set: each step pushed, merged,
 *    undone or redone moves the stack to a numbered state, and the
 *    document is unmodified exactly when that state is the save point,
 *    the one the file holds (hc_undo_stack_set_save_point()).  Undoing
 *    back to the saved state makes the document unmodified again. */
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
/* Reads the document's file again, on a worker thread as
 * hc_document_load_async() does, and hc_document_reload_finish() makes
 * the plan what the file holds now (hc_document_assign_plan(), one undo
 * step named @label, not unsaved).  If the file cannot be read or holds
 * no plan, finish returns FALSE with the error and the plan is as it
 * was. */
void         hc_document_reload_async    (HcDocument          *self,
                                          GCancellable        *cancellable,
                                          GAsyncReadyCallback  callback,
                                          gpointer             user_data);
gboolean     hc_document_reload_finish   (HcDocument          *self,
                                          GAsyncResult        *result,
                                          const char          *label,
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

G_END_DECLS
