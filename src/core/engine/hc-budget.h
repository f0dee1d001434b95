/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"
#include "hc-timeline.h"

G_BEGIN_DECLS

/* Where the cash goes.  Payroll tax, the two bonuses and relocation are
 * costs the guides leave out (DOMAIN.md): the plan's own to set, zero
 * until it does.  Software and cloud are the team's, not a person's. */
typedef enum
{
  HC_CATEGORY_SALARIES,
  HC_CATEGORY_BENEFITS,
  HC_CATEGORY_PAYROLL_TAX,    /* % of base, monthly with the salary */
  HC_CATEGORY_RECRUITING,     /* agency fees, once at the start */
  HC_CATEGORY_SIGNING_BONUS,  /* per person, once at the start */
  HC_CATEGORY_REFERRAL_BONUS, /* per referral hire, once at the start */
  HC_CATEGORY_RELOCATION,     /* per person as the position sets, once */
  HC_CATEGORY_EQUIPMENT,
  HC_CATEGORY_SOFTWARE,       /* team-wide, from the first start */
  HC_CATEGORY_CLOUD,          /* team-wide, from the first start */
} HcCategory;
#define HC_N_CATEGORIES 10

const char *hc_category_to_string (HcCategory category); /* "salaries", … */
const char *hc_category_get_label (HcCategory category); /* translated */
/* FALSE for the costs the guides leave out (payroll tax, bonuses,
 * relocation). */
gboolean    hc_category_is_in_guides (HcCategory category);
/* TRUE for software and cloud: the team's, from the first start, flat
 * with headcount. */
gboolean    hc_category_is_team_wide (HcCategory category);

/* The cost of one position (all of its @count people). */
typedef struct
{
  guint   position_index;
  HcRange annual_salary;      /* base, per person, location applied */
  HcRange loaded_annual;      /* (salary + benefits) × count, a full year */
  HcRange first_year;         /* cash in the plan's first 12 months */
  HcRange first_year_by_category[HC_N_CATEGORIES];
} HcPositionCost;

/* The plan's cash, month by month over its horizon, as two scenarios that
 * bound it: "low" takes every low figure and the late starts, "high" every
 * high figure and the early starts.  Salaries, benefits and payroll tax
 * are prorated from the start date; agency fees fall in the month of the
 * start (the late one in the low case), as do signing and referral
 * bonuses, relocation and equipment; a month's range spans what the two
 * cases spend in it; software and cloud are team-wide from the month the
 * first engineer starts, flat with headcount.  Equity is not cash and
 * appears only as the pool.
 *
 * A snapshot, like HcTimeline. */
HcBudget             *hc_budget_compute                 (HcPlan     *plan,
                                                         HcTimeline *timeline);
HcBudget             *hc_budget_ref                     (HcBudget   *self);
void                  hc_budget_unref                   (HcBudget   *self);

guint                 hc_budget_get_n_months            (HcBudget   *self);
HcRange               hc_budget_get_month               (HcBudget   *self,
                                                         guint       month,
                                                         HcCategory  category);
HcRange               hc_budget_get_month_total         (HcBudget   *self,
                                                         guint       month);
/* What each case spends in @month: low is the low case's cash (low
 * figures, latest starts), high the high case's.  The low case may spend
 * more in a month than the high one (a one-time cost at its later start);
 * hc_budget_get_month() is then the month's least and most. */
HcRange               hc_budget_get_month_cases         (HcBudget   *self,
                                                         guint       month,
                                                         HcCategory  category);
HcRange               hc_budget_get_month_total_cases   (HcBudget   *self,
                                                         guint       month);
/* Cash from the plan start up to and including @month. */
HcRange               hc_budget_get_cumulative          (HcBudget   *self,
                                                         guint       month);

/* Salaries + benefits of the whole team over a full year. */
HcRange               hc_budget_get_loaded_salaries     (HcBudget   *self);
/* Base salaries of the whole team over a full year, before benefits. */
HcRange               hc_budget_get_base_salaries       (HcBudget   *self);
/* Payroll tax of the whole team over a full year (base × the plan's
 * payroll tax); {0, 0} until the plan sets one. */
HcRange               hc_budget_get_annual_payroll_tax  (HcBudget   *self);
/* Loaded salaries, payroll tax and 12 months of software and cloud: what
 * the full team costs a year once hiring is over.  One-time costs (fees,
 * bonuses, relocation, equipment) are not in it. */
HcRange               hc_budget_get_annual_run_rate     (HcBudget   *self);
/* Cash over the first 12 months (or the horizon if shorter), prorated,
 * one-time costs included: low is the low case's sum (low figures, latest
 * starts, one-time costs at those starts), high the high case's. */
HcRange               hc_budget_get_first_year          (HcBudget   *self);
/* How many months that is: 12, or the horizon if shorter. */
guint                 hc_budget_get_first_year_months   (HcBudget   *self);
/* "First year", or "First 6 months" for a shorter horizon: the label every
 * view puts on hc_budget_get_first_year().  Translated, newly allocated. */
char                 *hc_budget_get_first_year_label    (HcBudget   *self);
/* What low and high mean, in a few words, for beside the figures. */
const char           *hc_budget_get_ranges_note         (void);
HcRange               hc_budget_get_first_year_category (HcBudget   *self,
                                                         HcCategory  category);
/* Run rate divided by headcount, team-wide software and cloud included;
 * {0, 0} for an empty plan. */
HcRange               hc_budget_get_cost_per_engineer   (HcBudget   *self);
/* The equity pool in percent, as assumed: non-cash, shown apart. */
HcRange               hc_budget_get_equity_pool_percent (HcBudget   *self);
/* Cash over the whole horizon. */
HcRange               hc_budget_get_total               (HcBudget   *self);

guint                 hc_budget_get_n_positions         (HcBudget   *self);
const HcPositionCost *hc_budget_get_position_cost       (HcBudget   *self,
                                                         guint       index);

/* Whether the plan sets a cost the guides leave out (@category's
 * assumption, or any position's relocation) to more than zero; TRUE for
 * every category the guides give. */
gboolean              hc_budget_category_is_set         (HcBudget   *self,
                                                         HcCategory  category);
/* What to say beside a category's figure, or NULL: "the team's, from the
 * first start, flat with headcount" for software and cloud, "not in the
 * guides, 0 until set" for a cost the guides leave out that the plan has
 * not set.  Translated. */
const char           *hc_budget_get_category_note       (HcBudget   *self,
                                                         HcCategory  category);

/* What a summary says in one line beside each figure, translated and
 * newly allocated (the window's cards, --summary, the budget page):
 * what the run rate is and leaves out; */
char                 *hc_budget_describe_run_rate       (HcBudget   *self);
/* what the first year (or first N months) is; */
char                 *hc_budget_describe_first_year     (HcBudget   *self);
/* "run rate ÷ 5 people, team-wide software and cloud included"; */
char                 *hc_budget_describe_cost_per_engineer (HcBudget *self);
/* and the benefits load beside loaded salaries: "base $390,000–$640,000
 * + benefits 20.8–23.5 %". */
char                 *hc_budget_describe_loaded_salaries (HcBudget  *self,
                                                          const char *currency);
/* The benefits load the budget used, in percent of base. */
HcRange               hc_budget_get_benefits_percent    (HcBudget   *self);

/* The monthly budget as CSV: a header, then one row a month (the plan's
 * calendar months, hc-calendar.h) with the date it begins, and per
 * category and for the total four columns: the low case's cash
 * ("salaries_low_cheapest_latest_starts"), the high case's
 * ("salaries_high_dearest_earliest_starts"), then the month's least and
 * most of the two ("salaries_month_least", "salaries_month_most").  A
 * case's column adds up, month by month, to that case's total: its first
 * 12 months to hc_budget_get_first_year() (data/headcount-format.md). */
char                 *hc_budget_to_csv                  (HcBudget   *self,
                                                         HcPlan     *plan);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcBudget, hc_budget_unref)

G_END_DECLS
