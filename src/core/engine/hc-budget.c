/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-budget"

#include "config.h"

#include "hc-plan-private.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "hc-budget.h"
#include "hc-calendar.h"
#include "hc-format.h"
#include "hc-resolve.h"

/* The two scenarios that bound the cash: LOW takes every low figure and
 * the late starts, HIGH every high figure and the early starts. */
enum { LOW, HIGH, N_SCENARIOS };

struct _HcBudget
{
  guint           n_months;
  HcRange        *months;      /* n_months × HC_N_CATEGORIES: the month's least, most */
  HcRange        *cases;       /* n_months × HC_N_CATEGORIES: the low case's, the high case's */
  HcRange        *totals;      /* per month: least, most */
  HcRange        *case_totals; /* per month: low case, high case */
  HcRange        *cumulative;  /* per month */
  HcRange         base_salaries;
  HcRange         loaded_salaries;
  HcRange         payroll_tax;
  HcRange         run_rate;
  guint           first_year_months;
  HcRange         first_year;
  HcRange         first_year_by_category[HC_N_CATEGORIES];
  HcRange         cost_per_engineer;
  HcRange         equity_pool;
  gboolean        category_set[HC_N_CATEGORIES];
  HcRange         benefits_percent;
  guint           headcount;
  HcRange         total;
  guint           n_positions;
  HcPositionCost *positions;
};

/* The plan-wide figures, as plain numbers for the inner loop. */
typedef struct
{
  double benefits[N_SCENARIOS];   /* fractions, not percent */
  double payroll_tax[N_SCENARIOS]; /* fractions of base, beyond benefits */
  double agency_fee[N_SCENARIOS];
  double signing_bonus[N_SCENARIOS];  /* per person */
  double referral_bonus[N_SCENARIOS]; /* per referral hire */
  double equipment[N_SCENARIOS];
  double software[N_SCENARIOS];
  double cloud[N_SCENARIOS];
} Assumptions;

/* Scratch space while computing: per scenario and category, the cash of
 * each month, plus a difference array of recurring amounts that start in
 * a month and run to the horizon.  Adding a hire touches two cells, not
 * every month after the start, so the cost stays linear in positions. */
typedef struct
{
  guint   n_months;
  guint   first_year_months;
  double *cash;  /* [scenario][category][month] */
  double *step;  /* [scenario][category][month + 1] */
  double *month_starts; /* week offsets where months 0 … n_months begin */
} Ledger;

/* The CSV's and --json's names: the same words as the assumptions'
 * keys in a plan file ("payroll_tax_percent" → "payroll_tax"). */
static const char * const category_ids[HC_N_CATEGORIES] = {
  "salaries", "benefits", "payroll_tax", "recruiting", "signing_bonus",
  "referral_bonus", "relocation", "equipment", "software", "cloud",
};

static const char * const category_labels[HC_N_CATEGORIES] = {
  N_("Salaries"), N_("Benefits"), N_("Payroll tax"), N_("Recruiting"),
  N_("Signing bonuses"), N_("Referral bonuses"), N_("Relocation"),
  N_("Equipment"), N_("Software"), N_("Cloud"),
};

const char *
hc_category_to_string (HcCategory category)
{
  g_return_val_if_fail ((guint) category < HC_N_CATEGORIES, NULL);

  return category_ids[category];
}

const char *
hc_category_get_label (HcCategory category)
{
  g_return_val_if_fail ((guint) category < HC_N_CATEGORIES, NULL);

  return _(category_labels[category]);
}

gboolean
hc_category_is_in_guides (HcCategory category)
{
  g_return_val_if_fail ((guint) category < HC_N_CATEGORIES, FALSE);

  return category != HC_CATEGORY_PAYROLL_TAX && category != HC_CATEGORY_SIGNING_BONUS
      && category != HC_CATEGORY_REFERRAL_BONUS && category != HC_CATEGORY_RELOCATION;
}

gboolean
hc_category_is_team_wide (HcCategory category)
{
  g_return_val_if_fail ((guint) category < HC_N_CATEGORIES, FALSE);

  return category == HC_CATEGORY_SOFTWARE || category == HC_CATEGORY_CLOUD;
}

static inline double *
ledger_cash (Ledger *ledger, int scenario, HcCategory category)
{
  return ledger->cash + ((gsize) scenario * HC_N_CATEGORIES + category) * ledger->n_months;
}

static inline double *
ledger_step (Ledger *ledger, int scenario, HcCategory category)
{
  return ledger->step + ((gsize) scenario * HC_N_CATEGORIES + category) * (ledger->n_months + 1);
}

/* A week offset as a position in the plan's calendar months
 * (hc-calendar.h): a start on day 20 of a 28-day month is 19/28 into it,
 * and pays 9/28 of that month's salary.  The months' starts are worked
 * out once per budget, not once per position. */
static double
week_to_month (const Ledger *ledger,
               double        week)
{
  return hc_calendar_month_position_in (ledger->month_starts, ledger->n_months, MAX (week, 0.0));
}

/* An amount paid every month from @month on, prorated in its first month. */
static void
ledger_add_recurring (Ledger     *ledger,
                      int         scenario,
                      HcCategory  category,
                      double      month,
                      double      monthly_amount)
{
  guint first;

  if (!isfinite (month) || month >= ledger->n_months)
    return;

  first = (guint) floor (month);
  ledger_cash (ledger, scenario, category)[first] += monthly_amount * (first + 1 - month);
  ledger_step (ledger, scenario, category)[first + 1] += monthly_amount;
}

static void
ledger_add_once (Ledger     *ledger,
                 int         scenario,
                 HcCategory  category,
                 double      month,
                 double      amount)
{
  if (!isfinite (month) || month >= ledger->n_months)
    return;

  ledger_cash (ledger, scenario, category)[(guint) floor (month)] += amount;
}

/* Turns the difference arrays into monthly amounts. */
static void
ledger_settle (Ledger *ledger)
{
  for (int s = 0; s < N_SCENARIOS; s++)
    for (guint c = 0; c < HC_N_CATEGORIES; c++)
      {
        double *cash = ledger_cash (ledger, s, c);
        double *step = ledger_step (ledger, s, c);
        double running = 0.0;

        for (guint m = 0; m < ledger->n_months; m++)
          {
            running += step[m];
            cash[m] += running;
          }
      }
}

/* The plan-wide figures, as the resolution gives them (fractions and
 * money in the plan's currency, unrounded). */
static void
read_assumptions (const HcResolvedTeam *team,
                  Assumptions          *out)
{
  out->benefits[LOW] = team->benefits.low;
  out->benefits[HIGH] = team->benefits.high;
  out->payroll_tax[LOW] = team->payroll_tax.low;
  out->payroll_tax[HIGH] = team->payroll_tax.high;
  out->signing_bonus[LOW] = team->signing_bonus.low;
  out->signing_bonus[HIGH] = team->signing_bonus.high;
  out->referral_bonus[LOW] = team->referral_bonus.low;
  out->referral_bonus[HIGH] = team->referral_bonus.high;
  out->agency_fee[LOW] = team->agency_fee.low;
  out->agency_fee[HIGH] = team->agency_fee.high;
  out->equipment[LOW] = team->equipment.low;
  out->equipment[HIGH] = team->equipment.high;
  out->software[LOW] = team->software.low;
  out->software[HIGH] = team->software.high;
  out->cloud[LOW] = team->cloud.low;
  out->cloud[HIGH] = team->cloud.high;
}

/* What one position pays once, at the start, per person and in all:
 * the fee is a share of the salary, the rest are amounts. */
typedef struct
{
  gboolean agency;
  gboolean referral;
  double   relocation[N_SCENARIOS]; /* per person, as the position sets */
} OneTime;

/* Books one scenario of one position into the ledger and returns its
 * first-year cash per category in @first_year. */
static void
book_position_scenario (Ledger            *ledger,
                        const Assumptions *a,
                        int                s,
                        double             annual,
                        guint              count,
                        const OneTime     *once,
                        double             start_week,
                        double             one_off_week,
                        double             first_year[HC_N_CATEGORIES])
{
  double month = week_to_month (ledger, start_week);
  double one_off_month = week_to_month (ledger, one_off_week);
  double year = ledger->first_year_months;
  double payroll_months = CLAMP (year - month, 0.0, year);
  double monthly = annual * count / 12.0;
  double one_off[HC_N_CATEGORIES] = { 0 };
  gboolean starts_in_year = one_off_month < year;

  one_off[HC_CATEGORY_RECRUITING] = once->agency ? a->agency_fee[s] * annual * count : 0.0;
  one_off[HC_CATEGORY_SIGNING_BONUS] = a->signing_bonus[s] * count;
  one_off[HC_CATEGORY_REFERRAL_BONUS] = once->referral ? a->referral_bonus[s] * count : 0.0;
  one_off[HC_CATEGORY_RELOCATION] = once->relocation[s] * count;
  one_off[HC_CATEGORY_EQUIPMENT] = a->equipment[s] * count;

  ledger_add_recurring (ledger, s, HC_CATEGORY_SALARIES, month, monthly);
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    {
      if (one_off[c] != 0.0)
        ledger_add_once (ledger, s, c, one_off_month, one_off[c]);
      first_year[c] = starts_in_year ? one_off[c] : 0.0;
    }

  first_year[HC_CATEGORY_SALARIES] = monthly * payroll_months;
  first_year[HC_CATEGORY_BENEFITS] = monthly * payroll_months * a->benefits[s];
  first_year[HC_CATEGORY_PAYROLL_TAX] = monthly * payroll_months * a->payroll_tax[s];
}

static void
book_position (HcBudget                 *self,
               Ledger                   *ledger,
               const Assumptions        *a,
               const HcResolvedPosition *resolved,
               const HcTimelineEntry    *entry)
{
  HcPositionCost *cost = &self->positions[entry->position_index];
  HcRange annual = resolved->salary;
  guint count = resolved->count;
  OneTime once = {
    resolved->sourcing == HC_SOURCING_AGENCY,
    resolved->sourcing == HC_SOURCING_REFERRAL,
    { resolved->relocation.low, resolved->relocation.high },
  };
  double low[HC_N_CATEGORIES], high[HC_N_CATEGORIES];

  /* Low is the cheapest plausible case: the low figures with the latest
   * start, one-time costs (fee, equipment) at that start too, so that a
   * hire whose late start falls after month 12 adds nothing to the
   * first-year low.  High is the dearest: high figures, earliest start.
   * A single month may then see more in the low case than in the high
   * one; its range spans both (see summarise()). */
  book_position_scenario (ledger, a, LOW, annual.low, count, &once,
                          entry->start.high, entry->start.high, low);
  book_position_scenario (ledger, a, HIGH, annual.high, count, &once,
                          entry->start.low, entry->start.low, high);
  if (resolved->relocation.high > 0.0)
    self->category_set[HC_CATEGORY_RELOCATION] = TRUE;

  cost->position_index = entry->position_index;
  cost->annual_salary = annual;
  cost->loaded_annual = hc_range_make (annual.low * count * (1.0 + a->benefits[LOW]),
                                       annual.high * count * (1.0 + a->benefits[HIGH]));
  cost->first_year = hc_range_make (0.0, 0.0);
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    {
      cost->first_year_by_category[c] = hc_range_make (low[c], high[c]);
      cost->first_year = hc_range_add (cost->first_year, cost->first_year_by_category[c]);
    }

  self->loaded_salaries = hc_range_add (self->loaded_salaries, cost->loaded_annual);
  self->base_salaries = hc_range_add (self->base_salaries,
                                      hc_range_make (annual.low * count, annual.high * count));
}

/* Software and cloud serve the whole team from the first start on. */
static void
book_team_costs (Ledger            *ledger,
                 const Assumptions *a,
                 HcRange            first_start)
{
  double month[N_SCENARIOS] = {
    week_to_month (ledger, first_start.high), week_to_month (ledger, first_start.low),
  };

  for (int s = 0; s < N_SCENARIOS; s++)
    {
      ledger_add_recurring (ledger, s, HC_CATEGORY_SOFTWARE, month[s], a->software[s]);
      ledger_add_recurring (ledger, s, HC_CATEGORY_CLOUD, month[s], a->cloud[s]);
    }
}

/* Benefits and payroll tax are shares of the month's salaries, paid
 * with them. */
static void
derive_benefits (Ledger            *ledger,
                 const Assumptions *a)
{
  for (int s = 0; s < N_SCENARIOS; s++)
    {
      const double *salaries = ledger_cash (ledger, s, HC_CATEGORY_SALARIES);
      double *benefits = ledger_cash (ledger, s, HC_CATEGORY_BENEFITS);
      double *payroll_tax = ledger_cash (ledger, s, HC_CATEGORY_PAYROLL_TAX);

      for (guint m = 0; m < ledger->n_months; m++)
        {
          benefits[m] = salaries[m] * a->benefits[s];
          payroll_tax[m] = salaries[m] * a->payroll_tax[s];
        }
    }
}

/* Copies the ledger into the budget's ranges and adds up the totals. */
static void
summarise (HcBudget *self,
           Ledger   *ledger)
{
  HcRange running = { 0.0, 0.0 };

  for (guint m = 0; m < self->n_months; m++)
    {
      HcRange month_total = { 0.0, 0.0 };

      HcRange scenario_total = { 0.0, 0.0 };

      for (guint c = 0; c < HC_N_CATEGORIES; c++)
        {
          /* The two cases' cash in the month, as they fell; the month's
           * whisker spans whatever either spends. */
          HcRange value = hc_range_make (ledger_cash (ledger, LOW, c)[m],
                                         ledger_cash (ledger, HIGH, c)[m]);

          self->cases[m * HC_N_CATEGORIES + c] = value;
          self->months[m * HC_N_CATEGORIES + c] = hc_range_make (MIN (value.low, value.high),
                                                                 MAX (value.low, value.high));
          scenario_total = hc_range_add (scenario_total, value);
          if (m < ledger->first_year_months)
            self->first_year_by_category[c] = hc_range_add (self->first_year_by_category[c], value);
        }

      /* Totals over several months follow each case through them: the low
       * case's sum is the cheapest plausible total, never above the high
       * case's. */
      month_total = hc_range_make (MIN (scenario_total.low, scenario_total.high),
                                   MAX (scenario_total.low, scenario_total.high));
      self->totals[m] = month_total;
      self->case_totals[m] = scenario_total;
      month_total = scenario_total;
      running = hc_range_add (running, month_total);
      self->cumulative[m] = running;
      if (m < ledger->first_year_months)
        self->first_year = hc_range_add (self->first_year, month_total);
    }

  self->total = running;
}

static void
compute_run_rate (HcBudget          *self,
                  const Assumptions *a,
                  guint              headcount)
{
  if (headcount == 0)
    return;

  /* Payroll tax is paid monthly with the salary: part of what the team
   * costs a year, as benefits are, but not in "loaded salaries", which
   * stay the guides' salary + benefits. */
  self->payroll_tax = hc_range_make (self->base_salaries.low * a->payroll_tax[LOW],
                                     self->base_salaries.high * a->payroll_tax[HIGH]);
  self->run_rate = hc_range_make (self->loaded_salaries.low + self->payroll_tax.low
                                  + 12.0 * (a->software[LOW] + a->cloud[LOW]),
                                  self->loaded_salaries.high + self->payroll_tax.high
                                  + 12.0 * (a->software[HIGH] + a->cloud[HIGH]));
  self->cost_per_engineer = hc_range_scale (self->run_rate, 1.0 / headcount);
}

static HcBudget *
budget_new (guint n_months,
            guint n_positions)
{
  HcBudget *self = g_atomic_rc_box_new0 (HcBudget);

  self->n_months = n_months;
  self->months = g_new0 (HcRange, (gsize) MAX (n_months, 1) * HC_N_CATEGORIES);
  self->cases = g_new0 (HcRange, (gsize) MAX (n_months, 1) * HC_N_CATEGORIES);
  self->totals = g_new0 (HcRange, MAX (n_months, 1));
  self->case_totals = g_new0 (HcRange, MAX (n_months, 1));
  self->cumulative = g_new0 (HcRange, MAX (n_months, 1));
  self->n_positions = n_positions;
  self->first_year_months = MIN (n_months, 12);
  self->positions = g_new0 (HcPositionCost, MAX (n_positions, 1));
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    self->category_set[c] = hc_category_is_in_guides (c);

  return self;
}

static void
book_positions (HcBudget          *self,
                Ledger            *ledger,
                const Assumptions *a,
                HcResolution      *resolution,
                HcTimeline        *timeline,
                guint             *headcount_out)
{
  const HcResolvedPosition *resolved = hc_resolution_get_positions (resolution);
  guint headcount = 0;

  for (guint i = 0; i < self->n_positions; i++)
    {
      book_position (self, ledger, a, &resolved[i], hc_timeline_get_entry (timeline, i));
      headcount += resolved[i].count;
    }

  *headcount_out = headcount;
}

HcBudget *
hc_budget_compute (HcPlan     *plan,
                   HcTimeline *timeline)
{
  g_autoptr(HcTimeline) own_timeline = NULL;
  g_autoptr(HcResolution) resolution = NULL;
  g_autofree double *cash = NULL;
  g_autofree double *step = NULL;
  g_autofree double *month_starts = NULL;
  HcBudget *self;
  GDate start;
  Assumptions a;
  Ledger ledger;
  guint n_positions;
  guint n_months;
  guint headcount;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  resolution = hc_resolution_get (plan);
  n_positions = hc_resolution_get_n_positions (resolution);
  /* A missing or stale timeline would pair positions with the wrong
   * dates: compute the right one instead. */
  if (timeline == NULL || hc_timeline_get_n_entries (timeline) != n_positions)
    timeline = own_timeline = hc_timeline_compute_resolved (resolution);

  n_months = MIN (hc_plan_get_horizon_months (plan), HC_MAX_HORIZON_MONTHS);
  self = budget_new (n_months, n_positions);
  read_assumptions (hc_resolution_get_team (resolution), &a);
  self->category_set[HC_CATEGORY_PAYROLL_TAX] = a.payroll_tax[HIGH] > 0.0;
  self->category_set[HC_CATEGORY_SIGNING_BONUS] = a.signing_bonus[HIGH] > 0.0;
  self->category_set[HC_CATEGORY_REFERRAL_BONUS] = a.referral_bonus[HIGH] > 0.0;

  cash = g_new0 (double, (gsize) N_SCENARIOS * HC_N_CATEGORIES * MAX (n_months, 1));
  step = g_new0 (double, (gsize) N_SCENARIOS * HC_N_CATEGORIES * (n_months + 1));
  month_starts = g_new (double, n_months + 1);
  start = hc_plan_get_start_date (plan);
  hc_calendar_fill_month_starts (&start, month_starts, n_months);
  ledger = (Ledger) { n_months, MIN (n_months, 12), cash, step, month_starts };

  book_positions (self, &ledger, &a, resolution, timeline, &headcount);
  if (headcount > 0)
    book_team_costs (&ledger, &a, hc_timeline_get_first_start (timeline));
  ledger_settle (&ledger);
  derive_benefits (&ledger, &a);
  summarise (self, &ledger);
  compute_run_rate (self, &a, headcount);
  self->headcount = headcount;
  /* Shown as a percentage beside loaded salaries; the resolution holds
   * it as a fraction. */
  self->benefits_percent = hc_range_scale (hc_resolution_get_team (resolution)->benefits, 100.0);
  self->equity_pool = hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                               HC_ASSUMPTION_EQUITY_POOL_PERCENT);

  return self;
}

HcBudget *
hc_budget_ref (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
hc_budget_clear (gpointer data)
{
  HcBudget *self = data;

  g_clear_pointer (&self->months, g_free);
  g_clear_pointer (&self->cases, g_free);
  g_clear_pointer (&self->totals, g_free);
  g_clear_pointer (&self->case_totals, g_free);
  g_clear_pointer (&self->cumulative, g_free);
  g_clear_pointer (&self->positions, g_free);
}

void
hc_budget_unref (HcBudget *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, hc_budget_clear);
}

#define ZERO_RANGE (hc_range_make (0.0, 0.0))

guint
hc_budget_get_n_months (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_months;
}

HcRange
hc_budget_get_month (HcBudget   *self,
                     guint       month,
                     HcCategory  category)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);
  g_return_val_if_fail (month < self->n_months, ZERO_RANGE);
  g_return_val_if_fail ((guint) category < HC_N_CATEGORIES, ZERO_RANGE);

  return self->months[month * HC_N_CATEGORIES + category];
}

HcRange
hc_budget_get_month_total (HcBudget *self,
                           guint     month)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);
  g_return_val_if_fail (month < self->n_months, ZERO_RANGE);

  return self->totals[month];
}

HcRange
hc_budget_get_month_cases (HcBudget   *self,
                           guint       month,
                           HcCategory  category)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);
  g_return_val_if_fail (month < self->n_months, ZERO_RANGE);
  g_return_val_if_fail ((guint) category < HC_N_CATEGORIES, ZERO_RANGE);

  return self->cases[month * HC_N_CATEGORIES + category];
}

HcRange
hc_budget_get_month_total_cases (HcBudget *self,
                                 guint     month)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);
  g_return_val_if_fail (month < self->n_months, ZERO_RANGE);

  return self->case_totals[month];
}

HcRange
hc_budget_get_cumulative (HcBudget *self,
                          guint     month)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);
  g_return_val_if_fail (month < self->n_months, ZERO_RANGE);

  return self->cumulative[month];
}

HcRange
hc_budget_get_loaded_salaries (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);

  return self->loaded_salaries;
}

HcRange
hc_budget_get_base_salaries (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);

  return self->base_salaries;
}

HcRange
hc_budget_get_annual_payroll_tax (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);

  return self->payroll_tax;
}

HcRange
hc_budget_get_annual_run_rate (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);

  return self->run_rate;
}

HcRange
hc_budget_get_first_year (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);

  return self->first_year;
}

guint
hc_budget_get_first_year_months (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->first_year_months;
}

char *
hc_budget_get_first_year_label (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  /* A 6-month horizon's total is not a year's: say what it is. */
  if (self->first_year_months >= 12)
    return g_strdup (_("First year"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First %u month", "First %u months",
                                       self->first_year_months),
                          self->first_year_months);
}

const char *
hc_budget_get_ranges_note (void)
{
  return _("low: cheapest figures, latest starts · high: dearest figures, earliest starts");
}

HcRange
hc_budget_get_first_year_category (HcBudget   *self,
                                   HcCategory  category)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);
  g_return_val_if_fail ((guint) category < HC_N_CATEGORIES, ZERO_RANGE);

  return self->first_year_by_category[category];
}

HcRange
hc_budget_get_cost_per_engineer (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);

  return self->cost_per_engineer;
}

HcRange
hc_budget_get_equity_pool_percent (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);

  return self->equity_pool;
}

HcRange
hc_budget_get_total (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);

  return self->total;
}

gboolean
hc_budget_category_is_set (HcBudget   *self,
                           HcCategory  category)
{
  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail ((guint) category < HC_N_CATEGORIES, FALSE);

  return self->category_set[category];
}

const char *
hc_budget_get_category_note (HcBudget   *self,
                             HcCategory  category)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail ((guint) category < HC_N_CATEGORIES, NULL);

  if (hc_category_is_team_wide (category))
    return _("the team’s, from the first start, flat with headcount");
  if (!self->category_set[category])
    return _("not in the guides, 0 until set");
  return NULL;
}

char *
hc_budget_describe_run_rate (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup (_("a full year of the whole team once hired: salaries, benefits, payroll tax, "
                     "software and cloud; one-time costs left out"));
}

char *
hc_budget_describe_first_year (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "cash in the first %u month from the start date, as people "
                                       "start; one-time costs included",
                                       "cash in the first %u months from the start date, as people "
                                       "start; one-time costs included",
                                       self->first_year_months),
                          self->first_year_months);
}

char *
hc_budget_describe_cost_per_engineer (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "run rate ÷ %u person, team-wide software and cloud included",
                                       "run rate ÷ %u people, team-wide software and cloud included",
                                       self->headcount),
                          self->headcount);
}

char *
hc_budget_describe_loaded_salaries (HcBudget   *self,
                                    const char *currency)
{
  g_autofree char *base = NULL;
  g_autofree char *benefits = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  base = hc_format_money_range (self->base_salaries, currency);
  benefits = hc_format_percent_range (self->benefits_percent);
  /* Translators: what loaded salaries are made of, "base $390,000–$640,000
   * + benefits 20.8–23.5 %" */
  return g_strdup_printf (_("base %s + benefits %s"), base, benefits);
}

HcRange
hc_budget_get_benefits_percent (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, ZERO_RANGE);

  return self->benefits_percent;
}

guint
hc_budget_get_n_positions (HcBudget *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_positions;
}

const HcPositionCost *
hc_budget_get_position_cost (HcBudget *self,
                             guint     index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_positions, NULL);

  return &self->positions[index];
}

static void
append_money (GString *csv,
              double   value)
{
  g_autofree char *text = hc_format_number (HC_FORMAT_FOR_MACHINES, value, 2);

  g_string_append_c (csv, ',');
  g_string_append (csv, text);
}

/* A case's column is what a finance team sums first, so its cents must
 * add up: each cell is the running total rounded to the cent less the
 * previous running total rounded, and any run of months from the first
 * adds up to the case's running sum rounded to the cent, the first 12 to
 * the summary's first year.  A cell is still within a cent of the
 * month's own figure. */
typedef struct
{
  double  sum;         /* unrounded, in the order summarise() adds */
  gint64  cents;       /* the running sum rounded, as written so far */
} CsvColumn;

static void
append_case_money (GString   *csv,
                   CsvColumn *column,
                   double     value)
{
  gint64 cents;

  column->sum += value;
  cents = (gint64) llround (column->sum * 100.0);
  append_money (csv, (double) (cents - column->cents) / 100.0);
  column->cents = cents;
}

/* The header says what each column holds in its name (DOMAIN.md: low
 * pairs the cheapest figures with the latest starts, high the dearest
 * with the earliest; a column of a month's least or most is named so).
 * A comment line or a note row would break a script that takes the first
 * line as the header or every other line as a month; names stay plain
 * identifiers, not translated, so the file is the same bytes under any
 * locale. */
#define CSV_LOW   "_low_cheapest_latest_starts"
#define CSV_HIGH  "_high_dearest_earliest_starts"
#define CSV_LEAST "_month_least"
#define CSV_MOST  "_month_most"

static void
append_csv_columns (GString    *csv,
                    const char *id)
{
  g_string_append_printf (csv, ",%s" CSV_LOW ",%s" CSV_HIGH ",%s" CSV_LEAST ",%s" CSV_MOST,
                          id, id, id, id);
}

static void
append_csv_header (GString *csv)
{
  g_string_append (csv, "month,date");
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    append_csv_columns (csv, category_ids[c]);
  append_csv_columns (csv, "total");
  g_string_append_c (csv, '\n');
}

/* One category's (or the total's) four cells of a month. */
static void
append_csv_cells (GString   *csv,
                  CsvColumn  columns[N_SCENARIOS],
                  HcRange    cases,
                  HcRange    least_most)
{
  append_case_money (csv, &columns[LOW], cases.low);
  append_case_money (csv, &columns[HIGH], cases.high);
  append_money (csv, least_most.low);
  append_money (csv, least_most.high);
}

/* The first day of budget month @month, counted in calendar months from
 * the plan's start date; empty if the plan has no valid date. */
static void
append_month_date (GString     *csv,
                   const GDate *start,
                   guint        month)
{
  GDate date = hc_calendar_month_first_day (start, month);

  g_string_append_c (csv, ',');
  if (!g_date_valid (&date))
    return;

  g_string_append_printf (csv, "%04u-%02u-%02u",
                          (guint) g_date_get_year (&date),
                          (guint) g_date_get_month (&date),
                          (guint) g_date_get_day (&date));
}

char *
hc_budget_to_csv (HcBudget *self,
                  HcPlan   *plan)
{
  CsvColumn columns[HC_N_CATEGORIES + 1][N_SCENARIOS] = { 0 };
  GString *csv;
  GDate start;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  start = hc_plan_get_start_date (plan);
  csv = g_string_sized_new (1024 + (gsize) self->n_months * 640);
  append_csv_header (csv);

  for (guint m = 0; m < self->n_months; m++)
    {
      /* Months are numbered from 1, as the plan's weeks are. */
      g_string_append_printf (csv, "%u", m + 1);
      append_month_date (csv, &start, m);
      for (guint c = 0; c < HC_N_CATEGORIES; c++)
        append_csv_cells (csv, columns[c], self->cases[m * HC_N_CATEGORIES + c],
                          self->months[m * HC_N_CATEGORIES + c]);
      append_csv_cells (csv, columns[HC_N_CATEGORIES], self->case_totals[m], self->totals[m]);
      g_string_append_c (csv, '\n');
    }

  return g_string_free (csv, FALSE);
}
