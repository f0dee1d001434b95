/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"

G_BEGIN_DECLS

/* One edit of a plan as a list of changes, each able to undo itself: a
 * property of a role, phase, position, the assumptions or the plan set to
 * another value; a role's salary or ramp-up at one seniority; a phase
 * re-timed; the unknown members of an object replaced; items added to or
 * removed from one of the plan's lists.
 *
 * A plan records while hc_plan_begin_recording() is in force: every setter
 * and every change to the plan's lists notes what it replaces, so any code
 * that edits a plan through its ordinary API is undoable without knowing
 * about it.  An edit holds the values it replaced and references to the
 * objects it touched, never a copy of the plan: its size grows with the
 * edit, not with the plan.
 *
 * Each change swaps the value it holds with the one in the plan, so undo
 * runs the swaps newest first and redo runs them oldest first; after
 * either the edit holds what the other needs. */
typedef struct _HcEdit HcEdit;

void     hc_plan_begin_recording (HcPlan *plan);
/* The changes since hc_plan_begin_recording(), or NULL if the plan is as
 * it was then (a value typed and typed back is no edit). */
HcEdit  *hc_plan_end_recording   (HcPlan *plan);
gboolean hc_plan_is_recording    (HcPlan *plan);

/* Both emit one HcPlan::changed whatever the number of changes, and record
 * nothing even while the plan records. */
void     hc_edit_undo            (HcEdit *self,
                                  HcPlan *plan);
void     hc_edit_redo            (HcEdit *self,
                                  HcPlan *plan);
/* Appends @later (consumed) to @self, as one edit: typing into a field.
 * A value both changed keeps @self's original. */
void     hc_edit_merge           (HcEdit *self,
                                  HcEdit *later);
guint    hc_edit_get_n_changes   (HcEdit *self);
/* Roughly the bytes the edit holds, for the benchmark and for a cap on
 * the undo history. */
gsize    hc_edit_get_size        (HcEdit *self);
void     hc_edit_free            (HcEdit *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcEdit, hc_edit_free)

G_END_DECLS
