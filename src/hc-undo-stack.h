/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define HC_TYPE_UNDO_STACK (hc_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (HcUndoStack, hc_undo_stack, HC, UNDO_STACK, GObject)

/* Undo by snapshots: each step keeps the document's bytes from before the
 * edit, and a name for the menu ("Change Count").  It knows nothing of
 * plans, so any document that can be written to bytes and read back can
 * use it.
 *
 * Steps pushed with the same merge key one after another (typing into one
 * field) become one step, until hc_undo_stack_seal() ends the run. */
HcUndoStack *hc_undo_stack_new            (void);

void         hc_undo_stack_push           (HcUndoStack *self,
                                           const char  *label,
                                           const char  *merge_key,
                                           GBytes      *before);
void         hc_undo_stack_seal           (HcUndoStack *self);
void         hc_undo_stack_clear          (HcUndoStack *self);

gboolean     hc_undo_stack_can_undo       (HcUndoStack *self);
gboolean     hc_undo_stack_can_redo       (HcUndoStack *self);
const char  *hc_undo_stack_get_undo_label (HcUndoStack *self);
const char  *hc_undo_stack_get_redo_label (HcUndoStack *self);
guint        hc_undo_stack_get_depth      (HcUndoStack *self);

/* Both take the document's bytes as they are now and return the bytes to
 * restore, or NULL if there is nothing to undo (redo). */
GBytes      *hc_undo_stack_undo           (HcUndoStack *self,
                                           GBytes      *current);
GBytes      *hc_undo_stack_redo           (HcUndoStack *self,
                                           GBytes      *current);

G_END_DECLS
