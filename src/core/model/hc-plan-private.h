/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-edit.h"
#include "hc-plan.h"

G_BEGIN_DECLS

/* id → HcRole*, borrowed from the plan's store (valid while the plan is
 * unchanged), for computations that look a role up once per position.
 * The first of two roles with one id wins, as hc_plan_find_role() would. */
GHashTable *_hc_plan_build_role_table (HcPlan *self);

/* A number that grows with every change of the plan, anything in it
 * included, at once (before a frozen ::changed is emitted). */
guint64     _hc_plan_get_generation   (HcPlan  *self);
/* The plan's positions in order, borrowed: no references taken, for a
 * computation that reads each once. */
GPtrArray  *_hc_plan_get_position_array (HcPlan *self);

/* The plan that holds or held @object (itself for a plan), or NULL. */
HcPlan     *_hc_plan_get_owner        (gpointer object);
HcEdit     *_hc_plan_get_recording    (HcPlan  *self);
/* Does not free the recording it replaces. */
void        _hc_plan_set_recording    (HcPlan  *self,
                                       HcEdit  *recording);
/* Between freeze and thaw, any number of changes make one ::changed. */
void        _hc_plan_freeze_changed   (HcPlan  *self);
void        _hc_plan_thaw_changed     (HcPlan  *self);

G_END_DECLS
