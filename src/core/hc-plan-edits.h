/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"

G_BEGIN_DECLS

/* The edits a person makes that are more than one setter: the structure
 * of the plan and the timeline's gestures.  Each emits HcPlan::changed
 * once, and, like every setter, is recorded by a plan that records
 * (hc-edit.h), so that undo reverses it exactly.
 *
 * Positions of one phase are kept next to each other: the editor shows
 * them grouped. */
HcPosition *hc_plan_edit_add_position       (HcPlan     *plan,
                                             const char *phase_id);
HcPosition *hc_plan_edit_duplicate_position (HcPlan     *plan,
                                             HcPosition *position);
void        hc_plan_edit_remove_position    (HcPlan     *plan,
                                             HcPosition *position);
/* Moves @position one place up (@delta −1) or down (+1) within its
 * phase; FALSE if it is already first (last) there. */
gboolean    hc_plan_edit_move_position      (HcPlan     *plan,
                                             HcPosition *position,
                                             int         delta);
/* Moves @position to @phase_id, after that phase's last position. */
void        hc_plan_edit_set_phase          (HcPlan     *plan,
                                             HcPosition *position,
                                             const char *phase_id);
HcRole     *hc_plan_edit_add_role           (HcPlan     *plan,
                                             const char *name);
HcPhase    *hc_plan_edit_add_phase          (HcPlan     *plan,
                                             const char *name);

/* The timeline's gestures.  Times are weeks from the plan's start; each
 * snaps to a whole week, or, when the position's phase counts in months,
 * a date to the start of one of the plan's calendar months (hc-calendar.h)
 * and a duration to whole mean months (HC_WEEKS_PER_MONTH).
 *
 * Drags the start of @position's search to @week.  A search cannot start
 * before its phase: dragging there (or earlier) makes the position follow
 * its phase again.  Returns the week the search now starts. */
double      hc_plan_edit_move_search_start  (HcPlan     *plan,
                                             HcPosition *position,
                                             double      week);
/* Sets how long @position takes to hire, both ends snapped, the shorter
 * first, at least one step apart from zero. */
void        hc_plan_edit_set_time_to_hire   (HcPlan     *plan,
                                             HcPosition *position,
                                             HcRange     weeks);
/* Moves @phase by @delta_weeks, snapped to whole units of the phase
 * (weeks or months), never before the plan's first unit; the positions of
 * the phase that start later than it move by as much.  Returns the
 * number of units moved (negative: earlier). */
int         hc_plan_edit_move_phase         (HcPlan     *plan,
                                             HcPhase    *phase,
                                             double      delta_weeks);

G_END_DECLS
