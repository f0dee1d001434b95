/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hc-types.h"
#include "hc-benchmarks.h"
#include "hc-cost-assumptions.h"
#include "hc-phase.h"
#include "hc-position.h"
#include "hc-role.h"
#include "hc-scenario.h"

G_BEGIN_DECLS

#define HC_TYPE_PLAN (hc_plan_get_type ())
G_DECLARE_FINAL_TYPE (HcPlan, hc_plan, HC, PLAN, GObject)

/* A hiring plan: what it is called, when it starts, the costs it assumes,
 * and its role catalogue, phases and positions (each a GListModel that a
 * view can bind to).
 *
 * HcPlan::changed is emitted after any change anywhere in the plan — a
 * property of the plan, of its assumptions, or of any role, phase or
 * position, or an item added or removed — so that one handler can refresh
 * every derived figure. */
HcPlan            *hc_plan_new                 (void);
/* A plan with the guide's role catalogue, phases and assumptions, and no
 * positions; starts on the next Monday. */
HcPlan            *hc_plan_new_default         (void);
/* A deep copy: new role, phase and position objects, extra keys kept. */
HcPlan            *hc_plan_copy                (HcPlan      *self);

const char        *hc_plan_get_title           (HcPlan      *self);
void               hc_plan_set_title           (HcPlan      *self,
                                                const char  *title);
/* A line under the title on every export ("Board review, March 2027");
 * empty when the plan has none. */
const char        *hc_plan_get_subtitle        (HcPlan      *self);
void               hc_plan_set_subtitle        (HcPlan      *self,
                                                const char  *subtitle);
/* ISO 4217 code: three upper-case letters. */
const char        *hc_plan_get_currency        (HcPlan      *self);
void               hc_plan_set_currency        (HcPlan      *self,
                                                const char  *currency);
/* A date (no time of day). */
GDate              hc_plan_get_start_date      (HcPlan      *self);
void               hc_plan_set_start_date      (HcPlan      *self,
                                                const GDate *date);
guint              hc_plan_get_horizon_months  (HcPlan      *self);
void               hc_plan_set_horizon_months  (HcPlan      *self,
                                                guint        months);
const char        *hc_plan_get_notes           (HcPlan      *self);
void               hc_plan_set_notes           (HcPlan      *self,
                                                const char  *notes);

/* The exchange rate the plan states, 1 USD = @rate in its currency; 0
 * when it states none.  The benchmark defaults are US 2026 dollars: a plan
 * in another currency with a rate shows them converted. */
double             hc_plan_get_usd_exchange_rate (HcPlan    *self);
void               hc_plan_set_usd_exchange_rate (HcPlan    *self,
                                                  double     rate);
/* The benchmark set the plan's defaults come from (hc-benchmarks.h):
 * HC_BENCHMARK_SET for a new plan, HC_BENCHMARK_SET_TEAM_GUIDE for a file
 * written before plans named theirs.  hc_plan_update_benchmarks() moves a
 * plan to the current set. */
const char        *hc_plan_get_benchmarks      (HcPlan      *self);
void               hc_plan_set_benchmarks      (HcPlan      *self,
                                                const char  *benchmarks);
/* Whether the plan was made with an older set this build can update it
 * from (never a set it does not know, which may be newer). */
gboolean           hc_plan_has_older_benchmarks (HcPlan     *self);
/* What hc_plan_update_benchmarks() would change, one translated line a
 * figure ("Benefits: 21.5–23 % → 20.8–23.5 %"): the figures at the older
 * set's defaults that the current set gives differently.  Empty for a
 * plan on the current set. */
GPtrArray         *hc_plan_list_benchmark_changes (HcPlan   *self);
/* Moves the plan to the current set: every figure at the older set's
 * default takes the current default, a figure a person set stays as it
 * is.  Made through the plan's setters, so that while the plan records it
 * is one undoable edit whose undo restores the older set too.  FALSE if
 * there was nothing to update. */
gboolean           hc_plan_update_benchmarks   (HcPlan      *self);
/* What a benchmark default in US dollars is multiplied by: the rate for a
 * plan in another currency that states one, else 1. */
double             hc_plan_get_benchmark_factor (HcPlan     *self);

/* The plan's scenarios (hc-plan-scenarios.h) in file order, or NULL when
 * it has none.  Borrowed; never changed: an edit sets a new list, recorded
 * as one change while the plan records.  An empty list is NULL. */
HcScenarioList    *hc_plan_get_scenarios       (HcPlan      *self);
void               hc_plan_set_scenarios       (HcPlan      *self,
                                                HcScenarioList *scenarios);
/* The market the plan's searches are read in (hc-scenario.h): the
 * guides' for a plan as a person makes and saves it; the plan a scenario
 * makes (hc_plan_resolve_scenario()) carries its scenario's.  The
 * resolution (hc-resolve.h) stretches every time to hire the person did
 * not set by it.  A base's scenarios keep their own markets in the file;
 * a plan whose market is not the guides' (a scenario's plan exported on
 * its own) is written with a "market" member, as version 2. */
HcMarket           hc_plan_get_market          (HcPlan      *self);
void               hc_plan_set_market          (HcPlan      *self,
                                                HcMarket     market);

HcCostAssumptions *hc_plan_get_assumptions     (HcPlan      *self);
/* An assumption as the budget uses it, a money default converted, is
 * the resolution's (hc-resolve.h, HcResolvedTeam). */
/* GListModels of HcRole, HcPhase and HcPosition; add, remove and reorder
 * through the GListStore they are. */
GListStore        *hc_plan_get_roles           (HcPlan      *self);
GListStore        *hc_plan_get_phases          (HcPlan      *self);
GListStore        *hc_plan_get_positions       (HcPlan      *self);

/* Look-ups by id; NULL if there is none.  Fast enough to call once per
 * position per computation. */
HcRole            *hc_plan_find_role           (HcPlan      *self,
                                                const char  *id);
HcPhase           *hc_plan_find_phase          (HcPlan      *self,
                                                const char  *id);
HcPosition        *hc_plan_find_position       (HcPlan      *self,
                                                const char  *id,
                                                guint       *index_out);
/* The number of people, all positions' counts added up. */
guint              hc_plan_get_headcount       (HcPlan      *self);
/* An id no position (or role, or phase) of the plan uses yet, from a
 * prefix: "pos-7". */
char              *hc_plan_make_unique_id      (HcPlan      *self,
                                                GListModel  *among,
                                                const char  *prefix);

/* Readers of one position's figures in the plan's resolution
 * (hc-resolve.h, where the rule is written and each figure's source
 * kept), for an editor's hint.  The benchmark salary: the role's band at
 * the position's level, moved by the location and skill premium, a
 * benchmark default converted at the plan's rate; {0, 0} if the role is
 * unknown. */
HcRange            hc_plan_get_benchmark_salary (HcPlan     *self,
                                                 HcPosition *position);
/* What the budget books per person: the override, else the benchmark. */
HcRange            hc_plan_get_annual_salary   (HcPlan     *self,
                                                HcPosition *position);
/* The first backend hire (DOMAIN.md): the first generalist position, in
 * plan order, of the earliest phase (by its start week; a position whose
 * phase is unknown comes last).  Borrowed; NULL if the plan has no
 * generalist position. */
HcPosition        *hc_plan_get_first_hire      (HcPlan     *self);
/* A position's time to hire: its own if it sets one; else 6–10 weeks for
 * the first backend hire (team guide), else its role's. */
HcRange            hc_plan_get_time_to_hire    (HcPlan     *self,
                                                HcPosition *position);
/* Where a position's default figures come from, for showing beside them.
 * FALSE when there is no benchmark behind the figure: the position sets
 * its own, or the plan's role table holds a figure of its own.  A salary
 * moved by a location preset whose figure for the level is the nearest
 * level's is an estimate; one with the infrastructure premium adds the
 * hiring guide to the band's source. */
gboolean           hc_plan_get_salary_source   (HcPlan     *self,
                                                HcPosition *position,
                                                HcSource   *source);
gboolean           hc_plan_get_time_to_hire_source (HcPlan   *self,
                                                    HcPosition *position,
                                                    HcSource *source);
/* "2 × Senior Backend / API engineer". Newly allocated. */
char              *hc_plan_describe_position   (HcPlan      *self,
                                                HcPosition  *position);

/* Makes @self hold what @loaded holds (a plan read back from its file or
 * a draft) without replacing any object that both have: roles, phases and
 * positions are matched by id, changed in place, added, removed and put in
 * @loaded's order; the plan emits ::changed once.  A plan that records
 * (hc_plan_begin_recording()) records it as one edit.  @loaded is left
 * as it was. */
void               hc_plan_assign              (HcPlan      *self,
                                                HcPlan      *loaded);

/* Checks every value and reference of the plan: ranges, counts, ids,
 * unique ids, positions naming a role and phase of the plan.  The error
 * names the JSON path of the first bad value as the plan would be saved
 * ("$.positions[3].count: must be a whole number from 1 to 10000"). */
gboolean           hc_plan_validate            (HcPlan      *self,
                                                GError     **error);

G_END_DECLS
