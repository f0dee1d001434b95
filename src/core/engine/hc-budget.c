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
  HcRange        *months;      /* n_months × HC_N_CATEGORIES */
  HcRange        *totals;      /* per month */
  HcRange        *cumulative;  /* per month */
  HcRange         loaded_salaries;
  HcRange         run_rate;
  guint           first_year_months;
  HcRange         first_year;
  HcRange         first_year_by_category[HC_N_CATEGORIES];
  HcRange         cost_per_engineer;
  HcRange         equity_pool;
  HcRange         total;
  guint           n_positions;
  HcPositionCost *positions;
};

/* The plan-wide figures, as plain numbers for the inner loop. */
typedef struct
{
  double benefits[N_SCENARIOS];   /* fractions, not percent */
  double agency_fee[N_SCENARIOS];
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

static const char * const category_ids[HC_N_CATEGORIES] = {
  "salaries", "benefits", "recruiting", "equipment", "software", "cloud",
};

static const char * const category_labels[HC_N_CATEGORIES] = {
  N_("Salaries"), N_("Benefits"), N_("Recruiting"),
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
  HcRange benefits = team->benefits;
  HcRange fee = team->agency_fee;
  HcRange equipment = team->equipment;
  HcRange software = team->software;
  HcRange cloud = team->cloud;

  out->benefits[LOW] = benefits.low;
  out->benefits[HIGH] = benefits.high;
  out->agency_fee[LOW] = fee.low;
  out->agency_fee[HIGH] = fee.high;
  out->equipment[LOW] = equipment.low;
  out->equipment[HIGH] = equipment.high;
  out->software[LOW] = software.low;
  out->software[HIGH] = software.high;
  out->cloud[LOW] = cloud.low;
  out->cloud[HIGH] = cloud.high;
}

/* Books one scenario of one position into the ledger and returns its
 * first-year cash per category in @first_year. */
static void
book_position_scenario (Ledger            *ledger,
                        const Assumptions *a,
                        int                s,
                        double             annual,
                        guint              count,
                        gboolean           agency,
                        double             start_week,
                        double             one_off_week,
                        double             first_year[HC_N_CATEGORIES])
{
  double month = week_to_month (ledger, start_week);
  double one_off_month = week_to_month (ledger, one_off_week);
  double year = ledger->first_year_months;
  double payroll_months = CLAMP (year - month, 0.0, year);
  double monthly = annual * count / 12.0;
  double fee = agency ? a->agency_fee[s] * annual * count : 0.0;
  double equipment = a->equipment[s] * count;
  gboolean starts_in_year = one_off_month < year;

  ledger_add_recurring (ledger, s, HC_CATEGORY_SALARIES, month, monthly);
  ledger_add_once (ledger, s, HC_CATEGORY_RECRUITING, one_off_month, fee);
  ledger_add_once (ledger, s, HC_CATEGORY_EQUIPMENT, one_off_month, equipment);

  first_year[HC_CATEGORY_SALARIES] = monthly * payroll_months;
  first_year[HC_CATEGORY_BENEFITS] = monthly * payroll_months * a->benefits[s];
  first_year[HC_CATEGORY_RECRUITING] = starts_in_year ? fee : 0.0;
  first_year[HC_CATEGORY_EQUIPMENT] = starts_in_year ? equipment : 0.0;
  first_year[HC_CATEGORY_SOFTWARE] = 0.0;
  first_year[HC_CATEGORY_CLOUD] = 0.0;
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
  gboolean agency = resolved->sourcing == HC_SOURCING_AGENCY;
  double low[HC_N_CATEGORIES], high[HC_N_CATEGORIES];

  /* Low is the cheapest plausible case: the low figures with the latest
   * start, one-time costs (fee, equipment) at that start too, so that a
   * hire whose late start falls after month 12 adds nothing to the
   * first-year low.  High is the dearest: high figures, earliest start.
   * A single month may then see more in the low case than in the high
   * one; its range spans both (see summarise()). */
  book_position_scenario (ledger, a, LOW, annual.low, count, agency,
                          entry->start.high, entry->start.high, low);
  book_position_scenario (ledger, a, HIGH, annual.high, count, agency,
                          entry->start.low, entry->start.low, high);

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

static void
derive_benefits (Ledger            *ledger,
                 const Assumptions *a)
{
  for (int s = 0; s < N_SCENARIOS; s++)
    {
      const double *salaries = ledger_cash (ledger, s, HC_CATEGORY_SALARIES);
      double *benefits = ledger_cash (ledger, s, HC_CATEGORY_BENEFITS);

      for (guint m = 0; m < ledger->n_months; m++)
        benefits[m] = salaries[m] * a->benefits[s];
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

  self->run_rate = hc_range_make (self->loaded_salaries.low + 12.0 * (a->software[LOW] + a->cloud[LOW]),
                                  self->loaded_salaries.high + 12.0 * (a->software[HIGH] + a->cloud[HIGH]));
  self->cost_per_engineer = hc_range_scale (self->run_rate, 1.0 / headcount);
}

static HcBudget *
budget_new (guint n_months,
            guint n_positions)
{
  HcBudget *self = g_atomic_rc_box_new0 (HcBudget);

  self->n_months = n_months;
  self->months = g_new0 (HcRange, (gsize) MAX (n_months, 1) * HC_N_CATEGORIES);
  self->totals = g_new0 (HcRange, MAX (n_months, 1));
  self->cumulative = g_new0 (HcRange, MAX (n_months, 1));
  self->n_positions = n_positions;
  self->first_year_months = MIN (n_months, 12);
  self->positions = g_new0 (HcPositionCost, MAX (n_positions, 1));

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
  g_clear_pointer (&self->totals, g_free);
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

/* The header says what low and high mean in the column names themselves
 * (DOMAIN.md: low pairs the cheapest figures with the latest starts, high
 * the dearest with the earliest).  A comment line or a note row would
 * break a script that takes the first line as the header or every other
 * line as a month; names stay plain identifiers, not translated, so the
 * file is the same bytes under any locale. */
#define CSV_LOW  "_low_cheapest_latest_starts"
#define CSV_HIGH "_high_dearest_earliest_starts"

static void
append_csv_header (GString *csv)
{
  g_string_append (csv, "month,date");
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    g_string_append_printf (csv, ",%s" CSV_LOW ",%s" CSV_HIGH, category_ids[c], category_ids[c]);
  g_string_append (csv, ",total" CSV_LOW ",total" CSV_HIGH "\n");
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
  GString *csv;
  GDate start;

  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  start = hc_plan_get_start_date (plan);
  csv = g_string_sized_new (64 + (gsize) self->n_months * 160);
  append_csv_header (csv);

  for (guint m = 0; m < self->n_months; m++)
    {
      /* Months are numbered from 1, as the plan's weeks are. */
      g_string_append_printf (csv, "%u", m + 1);
      append_month_date (csv, &start, m);
      for (guint c = 0; c < HC_N_CATEGORIES; c++)
        {
          append_money (csv, self->months[m * HC_N_CATEGORIES + c].low);
          append_money (csv, self->months[m * HC_N_CATEGORIES + c].high);
        }
      append_money (csv, self->totals[m].low);
      append_money (csv, self->totals[m].high);
      g_string_append_c (csv, '\n');
    }

  return g_string_free (csv, FALSE);
}
