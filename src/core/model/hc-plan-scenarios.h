/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"
#include "hc-scenario.h"

G_BEGIN_DECLS

/* A plan's scenarios (hc-scenario.h) and the plan each one makes.
 *
 * Every edit here sets a new scenario list on the plan through
 * hc_plan_set_scenarios(): while the plan records (hc-edit.h, and so
 * hc_document_begin_edit()) it is one change, undone and redone as any
 * other on the document's one stack. */

/* Adds a scenario with no changes after the others; its id is made from
 * @name.  Refused (HC_PLAN_ERROR_INVALID, nothing changed) for a name
 * another scenario has, or that is no good name.  Returns the new id,
 * newly allocated. */
char       *hc_plan_add_scenario          (HcPlan                 *plan,
                                           const char             *name,
                                           GError                **error);
/* By id or name; FALSE if there is none. */
gboolean    hc_plan_remove_scenario       (HcPlan                 *plan,
                                           const char             *scenario);
gboolean    hc_plan_rename_scenario       (HcPlan                 *plan,
                                           const char             *scenario,
                                           const char             *name,
                                           GError                **error);
gboolean    hc_plan_set_scenario_market   (HcPlan                 *plan,
                                           const char             *scenario,
                                           HcMarket                market);
/* Records @change in @scenario: it replaces a change to the same value
 * (hc_scenario_change_same_key()), else it comes after the others.
 * Refused, nothing changed, if the change is not well made (an unknown
 * field, a value of the wrong type); the message names it. */
gboolean    hc_plan_set_scenario_change   (HcPlan                 *plan,
                                           const char             *scenario,
                                           const HcScenarioChange *change,
                                           GError                **error);
/* Takes the change number @index out (the way back to the base's value,
 * or dropping a conflict). */
gboolean    hc_plan_remove_scenario_change (HcPlan                *plan,
                                            const char            *scenario,
                                            guint                  index);

/* The changes that make @edited (a plan made from hc_plan_resolve_
 * scenario(), then edited as any plan) from the base: what a view that
 * shows a scenario calls after each edit, so that the edit is the
 * scenario's.  @edited's market (hc_plan_get_market()) becomes the
 * scenario's.  The scenario's conflicts are kept as they are.  FALSE if
 * there is no such scenario. */
gboolean    hc_plan_record_scenario       (HcPlan                 *plan,
                                           const char             *scenario,
                                           HcPlan                 *edited);

/* A change that cannot be made: its target is gone from the base (or is
 * there already, for an added one).  It stays in the scenario and the
 * file until a person drops or changes it. */
typedef struct
{
  int   change;   /* its index in the scenario; −1 for the plan it makes */
  char *message;  /* translated: "Change 3: the position “pos-4” is not in the base plan" */
} HcScenarioConflict;

void        hc_scenario_conflict_free     (HcScenarioConflict     *conflict);

/* The plan @scenario (id or name; NULL: the base) makes: a new plan, the
 * base with the scenario's changes made, carrying the scenario's market
 * (hc_plan_get_market(): the resolution stretches the times to hire the
 * person did not set), without scenarios of its own, that the ordinary
 * engine computes.  The base's later edits reach it unless the
 * scenario changed the same value.  @conflicts (may be NULL) gets a new
 * array of HcScenarioConflict.  NULL if there is no such scenario. */
HcPlan     *hc_plan_resolve_scenario      (HcPlan                 *plan,
                                           const char             *scenario,
                                           GPtrArray             **conflicts);

/* The ids of the positions @scenario adds or changes (a set: a
 * GHashTable of strings), for marking them; empty for the base. */
GHashTable *hc_plan_get_scenario_changed_positions (HcPlan     *plan,
                                                    const char *scenario);

G_END_DECLS
