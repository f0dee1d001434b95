/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-budget.h"
#include "hc-plan.h"
#include "hc-timeline.h"

G_BEGIN_DECLS

/* The base and some of its scenarios side by side: each column is the
 * plan a scenario makes (hc_plan_resolve_scenario()) computed by the
 * ordinary engine, so that --compare, the comparison slide and the
 * window's compare page show the same figures as each plan alone. */

/* The most scenarios beside the base: more would not be read side by
 * side, on a terminal or a slide. */
#define HC_COMPARE_MAX_SCENARIOS 4

typedef struct
{
  char       *id;         /* the scenario's; NULL for the base */
  char       *name;       /* the scenario's, or "Base plan" translated */
  HcMarket    market;
  HcPlan     *plan;       /* the plan it makes (for the base: the plan itself) */
  HcTimeline *timeline;
  HcBudget   *budget;
  GPtrArray  *checks;     /* of HcCheck */
  GPtrArray  *conflicts;  /* of HcScenarioConflict; empty for the base */
  GHashTable *changed;    /* ids of the positions it adds or changes */
  guint       n_warnings;
  guint       n_notes;
} HcCompareColumn;

typedef struct _HcComparison HcComparison;

/* The base, then @scenarios (ids or names, in that order; NULL: every
 * scenario of the plan in file order).  Refused (HC_PLAN_ERROR_NOT_FOUND)
 * for a name the plan has no scenario by. */
HcComparison          *hc_comparison_new         (HcPlan             *plan,
                                                  const char * const *scenarios,
                                                  GError            **error);
void                   hc_comparison_free        (HcComparison       *self);
guint                  hc_comparison_get_n_columns (HcComparison     *self);
const HcCompareColumn *hc_comparison_get_column  (HcComparison       *self,
                                                  guint               index);
const char            *hc_comparison_get_currency (HcComparison      *self);
const char            *hc_comparison_get_title   (HcComparison       *self);

/* A difference to the first column, for people: "+$120K–$160K",
 * "−2–3 weeks", "+1", or "—" when there is none.  Translated, newly
 * allocated. */
char                  *hc_compare_format_money_difference (HcRange     from,
                                                           HcRange     to,
                                                           const char *currency);
char                  *hc_compare_format_weeks_difference (HcRange     from,
                                                           HcRange     to);
char                  *hc_compare_format_count_difference (int         from,
                                                           int         to);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcComparison, hc_comparison_free)

G_END_DECLS
