/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hc-edit.h"

G_BEGIN_DECLS

#define HC_TYPE_UNDO_STACK (hc_undo_stack_get_type ())
G_DECLARE_FINAL_TYPE (HcUndoStack, hc_undo_stack, HC, UNDO_STACK, GObject)

/* Undo by commands: each step is an HcEdit (what changed and what it
 * replaced) and a name for the menu ("Change Count"), so its memory is
 * that of the edit, not of the plan.
 *
 * Steps pushed with the same merge key one after another (typing into one
 * field) become one step, until hc_undo_stack_seal() ends the run.
 *
 * Each state the document passes through has a number
 * (hc_undo_stack_get_state()); the document is unmodified when the stack
 * stands at the state it last saved, its save point. */
HcUndoStack *hc_undo_stack_new              (void);

/* Takes @edit. */
void         hc_undo_stack_push             (HcUndoStack *self,
                                             const char  *label,
                                             const char  *merge_key,
                                             HcEdit      *edit);
void         hc_undo_stack_seal             (HcUndoStack *self);
void         hc_undo_stack_clear            (HcUndoStack *self);

gboolean     hc_undo_stack_can_undo         (HcUndoStack *self);
gboolean     hc_undo_stack_can_redo         (HcUndoStack *self);
const char  *hc_undo_stack_get_undo_label   (HcUndoStack *self);
const char  *hc_undo_stack_get_redo_label   (HcUndoStack *self);
guint        hc_undo_stack_get_depth        (HcUndoStack *self);
/* The bytes the history holds, roughly. */
gsize        hc_undo_stack_get_size         (HcUndoStack *self);

/* Undoes (redoes) the newest step on @plan, the plan its edits were
 * recorded on; FALSE if there is none. */
gboolean     hc_undo_stack_undo             (HcUndoStack *self,
                                             HcPlan      *plan);
gboolean     hc_undo_stack_redo             (HcUndoStack *self,
                                             HcPlan      *plan);

guint64      hc_undo_stack_get_state        (HcUndoStack *self);
/* Marks @state (from hc_undo_stack_get_state()) as what the file holds. */
void         hc_undo_stack_set_save_point   (HcUndoStack *self,
                                             guint64      state);
/* No state is what the file holds: a draft, or a file changed elsewhere. */
void         hc_undo_stack_clear_save_point (HcUndoStack *self);
gboolean     hc_undo_stack_is_at_save_point (HcUndoStack *self);

G_END_DECLS
