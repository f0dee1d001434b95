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

/* The positions whose role is @role (whose phase is @phase), in plan
 * order: what removing it would move.  An array of borrowed positions
 * (the plan holds them). */
GPtrArray  *hc_plan_edit_find_role_users    (HcPlan     *plan,
                                             HcRole     *role);
GPtrArray  *hc_plan_edit_find_phase_users   (HcPlan     *plan,
                                             HcPhase    *phase);
/* The first few of @positions (from the find functions) as a person
 * reads them: "2 × Senior Backend / API engineer, Mid-level Database
 * engineer and 3 more".  Newly allocated. */
char       *hc_plan_edit_describe_positions (HcPlan     *plan,
                                             GPtrArray  *positions);
/* Removes @role from the plan's catalogue; the positions that use it
 * take the role @replacement_id instead.  @replacement_id may be NULL
 * when no position uses @role.  Refused with HC_PLAN_ERROR_INVALID, and
 * nothing changed, for the plan's last role, or when positions use @role
 * and @replacement_id names no other role of the plan: the message names
 * those positions.  Undo puts the role back where it was and its
 * positions back on it. */
gboolean    hc_plan_edit_remove_role        (HcPlan     *plan,
                                             HcRole     *role,
                                             const char *replacement_id,
                                             GError    **error);
/* The same for a phase: its positions move to the phase
 * @replacement_id, after that phase's positions. */
gboolean    hc_plan_edit_remove_phase       (HcPlan     *plan,
                                             HcPhase    *phase,
                                             const char *replacement_id,
                                             GError    **error);

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
