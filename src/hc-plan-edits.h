/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"

G_BEGIN_DECLS

/* The structural edits the composition editor makes, kept apart from the
 * widgets so that actions, the editor and tests share them.  Positions of
 * one phase are kept next to each other: the editor shows them grouped. */
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

/* The benchmark salary for a position: its role's figure for its
 * seniority, with the location adjustment applied.  {0, 0} if the role is
 * unknown. */
HcRange     hc_plan_get_benchmark_salary    (HcPlan     *plan,
                                             HcPosition *position);
/* The position's time to hire, or its role's. */
HcRange     hc_plan_get_time_to_hire        (HcPlan     *plan,
                                             HcPosition *position);
/* "2 × Senior Backend / API engineer". Newly allocated. */
char       *hc_plan_describe_position       (HcPlan     *plan,
                                             HcPosition *position);

G_END_DECLS
