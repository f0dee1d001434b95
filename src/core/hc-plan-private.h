/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"

G_BEGIN_DECLS

/* id → HcRole*, borrowed from the plan's store (valid while the plan is
 * unchanged), for computations that look a role up once per position.
 * The first of two roles with one id wins, as hc_plan_find_role() would. */
GHashTable *_hc_plan_build_role_table (HcPlan *self);

G_END_DECLS
