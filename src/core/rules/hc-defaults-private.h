/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hc-plan.h"

G_BEGIN_DECLS

/* The guide's role catalogue (DOMAIN.md, "Roles" and "Salaries") and its
 * four hiring phases, appended to a plan's stores.  Used for a new plan and
 * for a file that leaves "roles" or "phases" out. */
void _hc_defaults_add_roles  (GListStore *roles);
/* The catalogue with the figures of the current set, or of the older one
 * (HC_BENCHMARK_SET_TEAM_GUIDE) when @older. */
void _hc_defaults_add_roles_of_set (GListStore *roles,
                                    gboolean    older);
void _hc_defaults_add_phases (GListStore *phases);

/* Whether a role's figures are the built-in ones for its id (FALSE for an
 * id that is not built in): what a plan file leaves out. */
gboolean _hc_defaults_role_salary_is_default       (HcRole     *role);
gboolean _hc_defaults_role_time_to_hire_is_default (HcRole     *role);
gboolean _hc_defaults_role_ramp_up_is_default      (HcRole     *role);
/* Fills the figures of a built-in role id that a file left out, from the
 * current set or (@older) the older one; FALSE for an id that is not
 * built in. */
gboolean _hc_defaults_fill_role_salary             (HcRole     *role,
                                                    gboolean    older);
gboolean _hc_defaults_fill_role_time_to_hire       (HcRole     *role,
                                                    gboolean    older);
gboolean _hc_defaults_fill_role_ramp_up            (HcRole     *role);
/* Whether the whole catalogue, or all phases, are the built-in ones
 * (names, descriptions, figures; no unknown members). */
gboolean _hc_defaults_roles_are_default            (GListModel *roles);
gboolean _hc_defaults_phases_are_default           (GListModel *phases);

/* Whether @set_id is the older set (HC_BENCHMARK_SET_TEAM_GUIDE).  A set
 * this build does not know is priced with the current one. */
gboolean _hc_defaults_set_is_older                 (const char *set_id);
/* A built-in role's default in the current set or (@older) the older
 * one, with its guide source; @moved (may be NULL) says whether the older
 * set gives it differently from the current one.  FALSE for an id that is
 * not built in. */
gboolean _hc_defaults_get_salary                   (gboolean     older,
                                                    const char  *role_id,
                                                    HcSeniority  seniority,
                                                    HcRange     *salary,
                                                    HcSource    *source,
                                                    gboolean    *moved);
gboolean _hc_defaults_get_time_to_hire             (gboolean     older,
                                                    const char  *role_id,
                                                    HcRange     *weeks,
                                                    HcSource    *source,
                                                    gboolean    *moved);
/* Whether @salary is a specialist's band at another level as builds
 * before DOMAIN.md's table spelled it out: an older plan's default that
 * the update moves to the table. */
gboolean _hc_defaults_is_superseded_salary         (const char  *role_id,
                                                    HcSeniority  seniority,
                                                    HcRange      salary);
/* The benefits default, percent, of the current or the older set. */
HcRange  _hc_defaults_get_benefits                 (gboolean     older);
/* Whether @phase is the built-in phase of its id, window and all. */
gboolean _hc_defaults_phase_is_default             (HcPhase    *phase);

G_END_DECLS
