/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hc-plan.h"

G_BEGIN_DECLS

/* The guide's role catalogue (DOMAIN.md, "Roles" and "Salaries") and its
 * four hiring phases, appended to a plan's stores.  Used for a new plan and
 * for a file that leaves "roles" or "phases" out. */
void _hc_defaults_add_roles  (GListStore *roles);
void _hc_defaults_add_phases (GListStore *phases);

/* Whether a role's figures are the built-in ones for its id (FALSE for an
 * id that is not built in): what a plan file leaves out. */
gboolean _hc_defaults_role_salary_is_default       (HcRole     *role);
gboolean _hc_defaults_role_time_to_hire_is_default (HcRole     *role);
gboolean _hc_defaults_role_ramp_up_is_default      (HcRole     *role);
/* Fills the figures of a built-in role id that a file left out; FALSE for
 * an id that is not built in. */
gboolean _hc_defaults_fill_role_salary             (HcRole     *role);
gboolean _hc_defaults_fill_role_time_to_hire       (HcRole     *role);
gboolean _hc_defaults_fill_role_ramp_up            (HcRole     *role);
/* Whether the whole catalogue, or all phases, are the built-in ones
 * (names, descriptions, figures; no unknown members). */
gboolean _hc_defaults_roles_are_default            (GListModel *roles);
gboolean _hc_defaults_phases_are_default           (GListModel *phases);


G_END_DECLS
