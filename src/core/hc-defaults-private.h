/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The guide's role catalogue (DOMAIN.md, "Roles" and "Salaries") and its
 * four hiring phases, appended to a plan's stores.  Used for a new plan and
 * for a file that leaves "roles" or "phases" out. */
void _hc_defaults_add_roles  (GListStore *roles);
void _hc_defaults_add_phases (GListStore *phases);

G_END_DECLS
