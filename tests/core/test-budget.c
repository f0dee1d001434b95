/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-budget"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "headcount-core.h"
#include "../hc-test.h"

/* Plans that pin 1 February 2027 as their start: months begin on 1 Feb
 * (28 days), 1 Mar (31), 1 Apr, …  (DOMAIN.md: calendar months from the
 * start date). */
static void
start_on_1_february_2027 (HcPlan *plan)
{
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (plan, &start);
}

static void
set_assumption (HcPlan *plan, HcAssumption which, double low, double high)
{
  hc_cost_assumptions_set (hc_plan_get_assumptions (plan), which, hc_range_make (low, high));
}

/* A plan with the guide's assumptions but a role catalogue and phases the
 * test controls, so that every figure below can be worked out by hand. */
static HcPlan *
plan_new_controlled (void)
{
  HcPlan *plan = hc_plan_new_default ();
  g_autoptr(HcRole) role = hc_role_new ("eng", "Backend engineer", HC_ROLE_KIND_GENERALIST);
  g_autoptr(HcPhase) phase = hc_phase_new ("now", "Now", HC_TIME_UNIT_WEEK, 1, 1);
  GDate start;

  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    {
      hc_role_set_salary (role, s, hc_range_make (120000, 180000));
      hc_role_set_ramp_up (role, s, hc_range_make (2, 3));
    }
  hc_role_set_time_to_hire (role, hc_range_make (4, 8));

  g_list_store_remove_all (hc_plan_get_roles (plan));
  g_list_store_remove_all (hc_plan_get_phases (plan));
  g_list_store_append (hc_plan_get_roles (plan), role);
  g_list_store_append (hc_plan_get_phases (plan), phase);

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 5, G_DATE_JANUARY, 2026);
  hc_plan_set_start_date (plan, &start);
  hc_plan_set_horizon_months (plan, 24);
  set_assumption (plan, HC_ASSUMPTION_BENEFITS_PERCENT, 21.5, 23);
  set_assumption (plan, HC_ASSUMPTION_AGENCY_FEE_PERCENT, 20, 25);
  set_assumption (plan, HC_ASSUMPTION_EQUIPMENT_PER_PERSON, 3000, 5000);
  set_assumption (plan, HC_ASSUMPTION_SOFTWARE_PER_MONTH, 2000, 5000);
  set_assumption (plan, HC_ASSUMPTION_CLOUD_PER_MONTH, 1000, 10000);
  set_assumption (plan, HC_ASSUMPTION_EQUITY_POOL_PERCENT, 15, 25);

  return plan;
}

static HcPosition *
add_position (HcPlan     *plan,
              const char *id,
              guint       count,
              HcRange     time_to_hire)
{
  g_autoptr(HcPosition) position = hc_position_new (id, "eng", HC_SENIORITY_SENIOR, "now");

  hc_position_set_count (position, count);
  hc_position_set_time_to_hire (position, &time_to_hire);
  g_list_store_append (hc_plan_get_positions (plan), position);

  return position; /* borrowed: the plan holds it */
}

static HcBudget *
budget_of (HcPlan *plan)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);

  return hc_budget_compute (plan, timeline);
}

static HcPlan *
load_template (const char *name)
{
  g_autoptr(GError) error = NULL;
  HcPlan *plan = hc_template_load (name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (plan);
  return plan;
}

static void
assert_range_ordered (HcRange r, const char *what, guint index)
{
  if (!(r.low <= r.high + 1e-6))
    g_error ("%s %u: low %.2f > high %.2f", what, index, r.low, r.high);
  g_assert_cmpfloat (r.low, >=, 0.0);
}

static void
test_three_person_loaded (void)
{
  g_autoptr(HcPlan) plan = load_template ("three-person");
  g_autoptr(HcBudget) budget = budget_of (plan);
  HcRange loaded = hc_budget_get_loaded_salaries (budget);

  /* Team guide: a 3-person team costs $500K–$650K a year.  Both guides
   * count, so the plan's range is wider; the guide's total lies inside. */
  g_assert_cmpuint (hc_plan_get_headcount (plan), ==, 3);
  g_assert_cmpfloat (loaded.low, <=, 500000);
  g_assert_cmpfloat (loaded.high, >=, 650000);
  /* By hand: $150–280K + 2 × $120–180K = $390–640K, × 1.208–1.235. */
  g_assert_cmpfloat_with_epsilon (loaded.low, 390000 * 1.208, 0.01);
  g_assert_cmpfloat_with_epsilon (loaded.high, 640000 * 1.235, 0.01);
}

static void
test_five_person_loaded_and_timing (void)
{
  g_autoptr(HcPlan) plan = load_template ("five-person");
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  HcRange loaded, complete, run_rate, per_engineer;

  start_on_1_february_2027 (plan);
  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  loaded = hc_budget_get_loaded_salaries (budget);
  complete = hc_timeline_get_team_complete (timeline);
  run_rate = hc_budget_get_annual_run_rate (budget);
  per_engineer = hc_budget_get_cost_per_engineer (budget);

  /* Team guide: a 5-person team costs $800K–$1M a year, inside the
   * plan's range.  By hand: $150–280K + 2 × $120–180K + $130–170K +
   * $140–180K = $660–990K, × 1.208–1.235. */
  g_assert_cmpuint (hc_plan_get_headcount (plan), ==, 5);
  g_assert_cmpfloat (loaded.low, <=, 800000);
  g_assert_cmpfloat (loaded.high, >=, 1000000);
  g_assert_cmpfloat_with_epsilon (loaded.low, 660000 * 1.208, 0.01);
  g_assert_cmpfloat_with_epsilon (loaded.high, 990000 * 1.235, 0.01);

  /* The guide: a 3–5 person team takes 3–6 months to build.  From
   * 1 Feb 2027 the infrastructure engineer's search starts with its phase
   * (month 3: 1 April, day 59) and takes 6–12 weeks: 12 May–24 June,
   * inside months 4–5 (1 May–30 June). */
  g_assert_cmpfloat_with_epsilon (complete.low, 59 / 7.0 + 6, 1e-9);
  g_assert_cmpfloat_with_epsilon (complete.high, 59 / 7.0 + 12, 1e-9);
  {
    GDate start = hc_plan_get_start_date (plan);

    g_assert_cmpuint (hc_calendar_month_for_week (&start, complete.low), ==, 3);
    g_assert_cmpuint (hc_calendar_month_for_week (&start, complete.high), ==, 4);
  }

  g_assert_cmpfloat (run_rate.low, >, loaded.low);
  g_assert_cmpfloat_with_epsilon (per_engineer.low, run_rate.low / 5, 1e-6);
  g_assert_cmpfloat_with_epsilon (per_engineer.high, run_rate.high / 5, 1e-6);
}

static HcRange
agency_salaries (HcPlan *plan, HcBudget *budget)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  HcRange sum = { 0, 0 };

  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      const HcPositionCost *cost = hc_budget_get_position_cost (budget, i);

      if (hc_position_get_sourcing (position) == HC_SOURCING_AGENCY)
        sum = hc_range_add (sum, hc_range_scale (cost->annual_salary,
                                                 hc_position_get_count (position)));
    }
  return sum;
}

static void
test_agency_fees (void)
{
  g_autoptr(HcPlan) plan = load_template ("five-person");
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  g_autoptr(HcBudget) direct = NULL;
  g_autoptr(HcBudget) agency = NULL;
  HcRange fees, salaries;

  g_assert_cmpfloat (hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                              HC_ASSUMPTION_AGENCY_FEE_PERCENT).low, ==, 20.0);

  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      hc_position_set_sourcing (position, HC_SOURCING_DIRECT);
    }
  direct = budget_of (plan);
  g_assert_cmpfloat (hc_budget_get_first_year_category (direct, HC_CATEGORY_RECRUITING).high, ==, 0.0);

  /* Two of the five through an agency: only they pay the fee. */
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      hc_position_set_sourcing (position, HC_SOURCING_AGENCY);
    }
  agency = budget_of (plan);
  salaries = agency_salaries (plan, agency);
  g_assert_cmpfloat (salaries.low, >, 100000);

  /* Each case pays its fee once: the totals differ by exactly the fees.
   * (A month's range spans what the two cases spend in it, so the low
   * case's fee, booked at its late start, is not a sum of month lows.) */
  fees = hc_range_make (hc_budget_get_total (agency).low - hc_budget_get_total (direct).low,
                        hc_budget_get_total (agency).high - hc_budget_get_total (direct).high);
  g_assert_cmpfloat_with_epsilon (fees.low / salaries.low, 0.20, 1e-9);
  g_assert_cmpfloat_with_epsilon (fees.high / salaries.high, 0.25, 1e-9);
  for (guint m = 0; m < hc_budget_get_n_months (agency); m++)
    {
      HcRange month = hc_budget_get_month (agency, m, HC_CATEGORY_RECRUITING);

      g_assert_cmpfloat (month.low, <=, month.high);
    }
}

static void
assert_budget_ordered (HcBudget *budget)
{
  HcRange previous = { 0, 0 };

  for (guint m = 0; m < hc_budget_get_n_months (budget); m++)
    {
      HcRange cumulative = hc_budget_get_cumulative (budget, m);

      for (guint c = 0; c < HC_N_CATEGORIES; c++)
        assert_range_ordered (hc_budget_get_month (budget, m, c), "month", m);
      assert_range_ordered (hc_budget_get_month_total (budget, m), "month total", m);
      assert_range_ordered (cumulative, "cumulative", m);
      g_assert_cmpfloat (cumulative.low, >=, previous.low);
      g_assert_cmpfloat (cumulative.high, >=, previous.high);
      previous = cumulative;
    }
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    assert_range_ordered (hc_budget_get_first_year_category (budget, c), "category", c);
  for (guint i = 0; i < hc_budget_get_n_positions (budget); i++)
    {
      const HcPositionCost *cost = hc_budget_get_position_cost (budget, i);

      assert_range_ordered (cost->annual_salary, "position salary", i);
      assert_range_ordered (cost->loaded_annual, "position loaded", i);
      assert_range_ordered (cost->first_year, "position first year", i);
      for (guint c = 0; c < HC_N_CATEGORIES; c++)
        assert_range_ordered (cost->first_year_by_category[c], "position category", c);
    }
  assert_range_ordered (hc_budget_get_total (budget), "total", 0);
  assert_range_ordered (hc_budget_get_first_year (budget), "first year", 0);
  assert_range_ordered (hc_budget_get_annual_run_rate (budget), "run rate", 0);
}

static void
assert_first_year_adds_up (HcBudget *budget)
{
  HcRange by_category = { 0, 0 };
  HcRange by_month = { 0, 0 };
  HcRange by_position = { 0, 0 };
  guint year = MIN (12, hc_budget_get_n_months (budget));

  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    by_category = hc_range_add (by_category, hc_budget_get_first_year_category (budget, c));
  for (guint m = 0; m < year; m++)
    by_month = hc_range_add (by_month, hc_budget_get_month_total (budget, m));
  for (guint i = 0; i < hc_budget_get_n_positions (budget); i++)
    by_position = hc_range_add (by_position, hc_budget_get_position_cost (budget, i)->first_year);
  by_position = hc_range_add (by_position, hc_budget_get_first_year_category (budget, HC_CATEGORY_SOFTWARE));
  by_position = hc_range_add (by_position, hc_budget_get_first_year_category (budget, HC_CATEGORY_CLOUD));

  g_assert_cmpfloat_with_epsilon (by_category.low, hc_budget_get_first_year (budget).low, 1e-3);
  g_assert_cmpfloat_with_epsilon (by_category.high, hc_budget_get_first_year (budget).high, 1e-3);
  g_assert_cmpfloat_with_epsilon (by_month.low, hc_budget_get_first_year (budget).low, 1e-3);
  g_assert_cmpfloat_with_epsilon (by_month.high, hc_budget_get_first_year (budget).high, 1e-3);
  g_assert_cmpfloat_with_epsilon (by_position.low, hc_budget_get_first_year (budget).low, 1e-3);
  g_assert_cmpfloat_with_epsilon (by_position.high, hc_budget_get_first_year (budget).high, 1e-3);
}

static void
test_templates_consistent (void)
{
  const HcTemplateInfo *info = hc_templates_list ();
  guint n = 0;

  for (; info->name != NULL; info++, n++)
    {
      g_autoptr(HcPlan) plan = load_template (info->name);
      g_autoptr(HcBudget) budget = budget_of (plan);

      g_test_message ("template %s", info->name);
      assert_budget_ordered (budget);
      assert_first_year_adds_up (budget);
      g_assert_cmpfloat (hc_budget_get_first_year (budget).low, >, 0.0);
    }
  g_assert_cmpuint (n, >=, 5);
}

/* Many positions with spread-out starts, agency and location changes. */
static void
test_mixed_plan_consistent (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcBudget) budget = NULL;

  for (guint i = 0; i < 40; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      HcPosition *position = add_position (plan, id, 1 + i % 3,
                                           hc_range_make (i * 1.7, i * 1.7 + i % 5));

      hc_position_set_location_adjustment (position, (double) (i % 7) * 10 - 20);
      if (i % 4 == 0)
        hc_position_set_sourcing (position, HC_SOURCING_AGENCY);
    }
  budget = budget_of (plan);
  assert_budget_ordered (budget);
  assert_first_year_adds_up (budget);
}

/* A single hire at exactly the start of month 7, no uncertainty: half a
 * year of pay.  From 1 Feb 2027, month 7 begins on 1 August, day 181. */
static void
test_proration_half_year (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcBudget) budget = NULL;
  HcRange salaries;

  start_on_1_february_2027 (plan);
  add_position (plan, "one", 1, hc_range_make (181 / 7.0, 181 / 7.0));
  budget = budget_of (plan);

  salaries = hc_budget_get_first_year_category (budget, HC_CATEGORY_SALARIES);
  g_assert_cmpfloat_with_epsilon (salaries.low, 60000, 1e-6);
  g_assert_cmpfloat_with_epsilon (salaries.high, 90000, 1e-6);
  g_assert_cmpfloat (hc_budget_get_month (budget, 5, HC_CATEGORY_SALARIES).high, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 6, HC_CATEGORY_SALARIES).low, 10000, 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 23, HC_CATEGORY_SALARIES).high, 15000, 1e-6);

  /* Benefits follow salaries at the default 21.5–23 %… */
  g_assert_cmpfloat_with_epsilon (hc_budget_get_first_year_category (budget, HC_CATEGORY_BENEFITS).low,
                                  60000 * 0.215, 1e-6);
  /* …equipment falls once, in the month of the start… */
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 6, HC_CATEGORY_EQUIPMENT).low, 3000, 1e-6);
  g_assert_cmpfloat (hc_budget_get_month (budget, 7, HC_CATEGORY_EQUIPMENT).high, ==, 0.0);
  /* …and software runs from the first start on. */
  g_assert_cmpfloat (hc_budget_get_month (budget, 5, HC_CATEGORY_SOFTWARE).high, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 6, HC_CATEGORY_SOFTWARE).low, 2000, 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_first_year_category (budget, HC_CATEGORY_CLOUD).high,
                                  6 * 10000, 1e-6);
}

/* A start inside a month pays the part of the month after it, by the
 * calendar: low takes the late start, high the early one.  From 1 Feb
 * 2027 the early start is day 19, 20 February, 19/28 into the 28-day
 * February; the late one day 38, 11 March, 10/31 into March. */
static void
test_proration_mid_month (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcBudget) budget = NULL;
  double early = 19 / 7.0;
  double late = 38 / 7.0;

  start_on_1_february_2027 (plan);
  add_position (plan, "one", 2, hc_range_make (early, late));
  budget = budget_of (plan);

  /* Two people at $180K (high) from 20 Feb: 9 of February's 28 days. */
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 0, HC_CATEGORY_SALARIES).high,
                                  2 * 15000 * 9 / 28.0, 1e-6);
  g_assert_cmpfloat (hc_budget_get_month (budget, 0, HC_CATEGORY_SALARIES).low, ==, 0.0);
  /* Two at $120K (low) from 11 Mar: 21 of March's 31 days. */
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 1, HC_CATEGORY_SALARIES).low,
                                  2 * 10000 * 21 / 31.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 1, HC_CATEGORY_SALARIES).high,
                                  2 * 15000, 1e-6);
  /* The first year is the first 12 calendar months, 1 Feb 2027–31 Jan
   * 2028: the low case pays 21/31 of March and 10 whole months. */
  g_assert_cmpfloat_with_epsilon (hc_budget_get_first_year_category (budget, HC_CATEGORY_SALARIES).low,
                                  2 * 10000 * (21 / 31.0 + 10), 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_first_year_category (budget, HC_CATEGORY_SALARIES).high,
                                  2 * 15000 * (9 / 28.0 + 11), 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_position_cost (budget, 0)->loaded_annual.high,
                                  2 * 180000 * 1.23, 1e-6);
  /* One-time costs fall at each case's start (DOMAIN.md: low is the
   * cheapest case, one-time costs at its late start): the high case's
   * $5,000 each in February, the low case's $3,000 each in March.  Each
   * month's range spans what the two cases spend in it. */
  g_assert_cmpfloat (hc_budget_get_month (budget, 0, HC_CATEGORY_EQUIPMENT).low, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 0, HC_CATEGORY_EQUIPMENT).high, 2 * 5000, 1e-6);
  g_assert_cmpfloat (hc_budget_get_month (budget, 1, HC_CATEGORY_EQUIPMENT).low, ==, 0.0);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 1, HC_CATEGORY_EQUIPMENT).high, 2 * 3000, 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_first_year_category (budget, HC_CATEGORY_EQUIPMENT).low,
                                  2 * 3000, 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_first_year_category (budget, HC_CATEGORY_EQUIPMENT).high,
                                  2 * 5000, 1e-6);
  /* Software and cloud serve the team from the first start: $2,000 low
   * from 11 March (21/31 of it), $5,000 high from 20 February (9/28). */
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 0, HC_CATEGORY_SOFTWARE).high,
                                  5000 * 9 / 28.0, 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 1, HC_CATEGORY_SOFTWARE).low,
                                  2000 * 21 / 31.0, 1e-6);
}

/* A start date late in a long month: from 31 January the plan's months
 * begin on 31 Jan, 28 Feb, 31 Mar (the short month clamps, the next one
 * does not drift), and the CSV's dates say so. */
static void
test_months_from_month_end (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcBudget) budget = NULL;
  g_autofree char *csv = NULL;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 31, G_DATE_JANUARY, 2027);
  hc_plan_set_start_date (plan, &start);
  /* Starts on day 38, 10 March: 10 of the 31 days from 28 Feb are gone. */
  add_position (plan, "one", 1, hc_range_make (38 / 7.0, 38 / 7.0));
  budget = budget_of (plan);

  g_assert_cmpfloat_with_epsilon (hc_calendar_week_for_month (&start, 1), 28 / 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_calendar_week_for_month (&start, 2), 59 / 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month (budget, 1, HC_CATEGORY_SALARIES).low,
                                  10000 * 21 / 31.0, 1e-6);
  csv = hc_budget_to_csv (budget, plan);
  g_assert_nonnull (strstr (csv, "\n1,2027-01-31,"));
  g_assert_nonnull (strstr (csv, "\n2,2027-02-28,"));
  g_assert_nonnull (strstr (csv, "\n3,2027-03-31,"));
}

static void
test_after_horizon (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcBudget) budget = NULL;

  hc_plan_set_horizon_months (plan, 6);
  add_position (plan, "late", 1, hc_range_make (27, 30));
  hc_position_set_sourcing (add_position (plan, "later", 1, hc_range_make (40, 50)),
                            HC_SOURCING_AGENCY);
  budget = budget_of (plan);

  g_assert_cmpuint (hc_budget_get_n_months (budget), ==, 6);
  g_assert_cmpfloat (hc_budget_get_total (budget).high, ==, 0.0);
  g_assert_cmpfloat (hc_budget_get_first_year (budget).high, ==, 0.0);
  g_assert_cmpfloat (hc_budget_get_position_cost (budget, 1)->first_year.high, ==, 0.0);
  /* Still part of the team once hired. */
  g_assert_cmpfloat_with_epsilon (hc_budget_get_loaded_salaries (budget).low,
                                  2 * 120000 * 1.215, 1e-6);
}

static void
test_salary_override_and_location (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcBudget) budget = NULL;
  HcPosition *moved = add_position (plan, "moved", 1, hc_range_make (4, 8));
  HcPosition *fixed = add_position (plan, "fixed", 1, hc_range_make (4, 8));
  HcRange salary = { 100000, 110000 };

  hc_position_set_location_adjustment (moved, 30);
  hc_position_set_location_adjustment (fixed, 30);
  hc_position_set_salary_override (fixed, &salary);
  budget = budget_of (plan);

  g_assert_cmpfloat_with_epsilon (hc_budget_get_position_cost (budget, 0)->annual_salary.low, 156000, 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_position_cost (budget, 0)->annual_salary.high, 234000, 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_position_cost (budget, 1)->annual_salary.low, 100000, 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_position_cost (budget, 1)->annual_salary.high, 110000, 1e-6);
}

static void
test_empty_plan (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcBudget) budget = budget_of (plan);

  g_assert_cmpuint (hc_budget_get_n_months (budget), ==, 24);
  g_assert_cmpfloat (hc_budget_get_total (budget).high, ==, 0.0);
  g_assert_cmpfloat (hc_budget_get_annual_run_rate (budget).high, ==, 0.0);
  g_assert_cmpfloat (hc_budget_get_cost_per_engineer (budget).high, ==, 0.0);
  g_assert_cmpfloat (hc_budget_get_equity_pool_percent (budget).low, ==, 15.0);
  g_assert_cmpfloat (hc_budget_get_equity_pool_percent (budget).high, ==, 25.0);
}

/* The CSV's column names, in order: four per category and the total. */
static char *
expected_csv_header (void)
{
  static const char * const ids[] = {
    "salaries", "benefits", "payroll_tax", "recruiting", "signing_bonus",
    "referral_bonus", "relocation", "equipment", "software", "cloud", "total",
  };
  GString *header = g_string_new ("month,date");

  for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
    g_string_append_printf (header,
                            ",%s_low_cheapest_latest_starts,%s_high_dearest_earliest_starts"
                            ",%s_month_least,%s_month_most",
                            ids[i], ids[i], ids[i], ids[i]);
  return g_string_free (header, FALSE);
}

static void
test_csv (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcBudget) budget = NULL;
  g_autofree char *csv = NULL;
  g_autofree char *header = expected_csv_header ();
  g_auto(GStrv) lines = NULL;

  hc_plan_set_horizon_months (plan, 14);
  /* From 5 Jan 2026, the seventh month begins on 5 July, day 181. */
  add_position (plan, "one", 1, hc_range_make (181 / 7.0, 181 / 7.0));
  budget = budget_of (plan);
  csv = hc_budget_to_csv (budget, plan);
  lines = g_strsplit (csv, "\n", -1);

  g_assert_true (g_str_has_suffix (csv, "\n"));
  g_assert_cmpuint (g_strv_length (lines), ==, 14 + 1 + 1); /* + the empty tail */
  /* One header line whose names say what each column holds; no comment
   * line and no note row, so the CSV stays plain. */
  g_assert_cmpstr (lines[0], ==, header);
  for (guint i = 1; i <= 14; i++)
    {
      g_autofree char *number = g_strdup_printf ("%u,", i);
      g_auto(GStrv) fields = g_strsplit (lines[i], ",", -1);

      /* Every other line is a month: its number, a date, 44 figures. */
      g_assert_true (g_str_has_prefix (lines[i], number));
      g_assert_cmpuint (g_strv_length (fields), ==, 2 + 11 * 4);
    }
  g_assert_true (g_str_has_prefix (lines[1], "1,2026-01-05,0.00,0.00,0.00,0.00,0.00,0.00,0.00,0.00,"));
  /* Month 7 (5 July), both cases starting then: 10000 salary (low case)
   * and 15000 (high), 21.5 % and 23 % benefits, no payroll tax, fee,
   * bonus or relocation, 3000/5000 equipment, 2000/5000 software and
   * 1000/10000 cloud: each case's cell equals the month's least/most. */
  g_assert_cmpstr (lines[7], ==,
                   "7,2026-07-05,"
                   "10000.00,15000.00,10000.00,15000.00,"
                   "2150.00,3450.00,2150.00,3450.00,"
                   "0.00,0.00,0.00,0.00," "0.00,0.00,0.00,0.00," "0.00,0.00,0.00,0.00,"
                   "0.00,0.00,0.00,0.00," "0.00,0.00,0.00,0.00,"
                   "3000.00,5000.00,3000.00,5000.00,"
                   "2000.00,5000.00,2000.00,5000.00,"
                   "1000.00,10000.00,1000.00,10000.00,"
                   "18150.00,38450.00,18150.00,38450.00");
  g_assert_cmpstr (lines[15], ==, "");
}

/* The sum in cents of the CSV column @name over months @first … @last
 * (numbered from 1). */
static gint64
csv_column_cents (GStrv       lines,
                  const char *name,
                  guint       first,
                  guint       last)
{
  g_auto(GStrv) header = g_strsplit (lines[0], ",", -1);
  gint64 cents = 0;
  int column = -1;

  for (guint i = 0; header[i] != NULL; i++)
    if (g_strcmp0 (header[i], name) == 0)
      column = (int) i;
  g_assert_cmpint (column, >=, 0);
  for (guint m = first; m <= last; m++)
    {
      g_auto(GStrv) fields = g_strsplit (lines[m], ",", -1);
      char *end = NULL;
      double value = g_ascii_strtod (fields[column], &end);

      g_assert_true (end != fields[column] && *end == '\0');
      cents += (gint64) llround (value * 100.0);
    }
  return cents;
}

static gint64
to_cents (double value)
{
  return (gint64) llround (value * 100.0);
}

/* DOMAIN.md: a column named for a case holds that case's spending, so its
 * months add up to the total the summary gives.  Two agency hires whose
 * fee falls in month 1 in the high case and month 2 in the low one: a
 * column of the month's least would show the low case's fee nowhere. */
static void
test_csv_cases_add_up (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  HcPosition *position;
  HcRange salary = hc_range_make (123456.78, 181234.56);
  g_autoptr(HcBudget) budget = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  HcRange recruiting, first_year;

  set_assumption (plan, HC_ASSUMPTION_AGENCY_FEE_PERCENT, 20.5, 25);
  /* From 5 Jan 2026: the high case starts after 4 weeks (day 28, 2 Feb,
   * in month 1, 5 Jan–4 Feb), the low case after 8 (day 56, 2 Mar, in
   * month 2, 5 Feb–4 Mar). */
  position = add_position (plan, "agency", 2, hc_range_make (4, 8));
  hc_position_set_sourcing (position, HC_SOURCING_AGENCY);
  hc_position_set_salary_override (position, &salary);
  budget = budget_of (plan);
  csv = hc_budget_to_csv (budget, plan);
  lines = g_strsplit (csv, "\n", -1);

  /* By hand: low fee 20.5 % × $123,456.78 × 2 = $50,617.2798, booked at
   * the late start (month 2); high fee 25 % × $181,234.56 × 2 =
   * $90,617.28, at the early start (month 1). */
  recruiting = hc_budget_get_first_year_category (budget, HC_CATEGORY_RECRUITING);
  g_assert_cmpfloat_with_epsilon (recruiting.low, 50617.2798, 1e-6);
  g_assert_cmpfloat_with_epsilon (recruiting.high, 90617.28, 1e-6);
  g_assert_cmpint (csv_column_cents (lines, "recruiting_low_cheapest_latest_starts", 1, 12), ==, 5061728);
  g_assert_cmpint (csv_column_cents (lines, "recruiting_high_dearest_earliest_starts", 1, 12), ==, 9061728);

  /* Month by month: each case where it falls; the least and most of the
   * month after them. */
  g_assert_cmpint (csv_column_cents (lines, "recruiting_low_cheapest_latest_starts", 1, 1), ==, 0);
  g_assert_cmpint (csv_column_cents (lines, "recruiting_low_cheapest_latest_starts", 2, 2), ==, 5061728);
  g_assert_cmpint (csv_column_cents (lines, "recruiting_high_dearest_earliest_starts", 1, 1), ==, 9061728);
  g_assert_cmpint (csv_column_cents (lines, "recruiting_month_least", 1, 12), ==, 0);
  g_assert_cmpint (csv_column_cents (lines, "recruiting_month_most", 1, 1), ==, 9061728);
  g_assert_cmpint (csv_column_cents (lines, "recruiting_month_most", 2, 2), ==, 5061728);

  /* Equipment, one-time too: 2 × $3,000 in month 2, 2 × $5,000 in month 1. */
  g_assert_cmpint (csv_column_cents (lines, "equipment_low_cheapest_latest_starts", 2, 2), ==, 600000);
  g_assert_cmpint (csv_column_cents (lines, "equipment_high_dearest_earliest_starts", 1, 1), ==, 1000000);

  /* Every category's and the total's case columns add up, to the cent,
   * to the summary's first year and to the whole horizon. */
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    {
      g_autofree char *low = g_strdup_printf ("%s_low_cheapest_latest_starts", hc_category_to_string (c));
      g_autofree char *high = g_strdup_printf ("%s_high_dearest_earliest_starts", hc_category_to_string (c));
      HcRange figure = hc_budget_get_first_year_category (budget, c);

      g_assert_cmpint (csv_column_cents (lines, low, 1, 12), ==, to_cents (figure.low));
      g_assert_cmpint (csv_column_cents (lines, high, 1, 12), ==, to_cents (figure.high));
    }
  first_year = hc_budget_get_first_year (budget);
  g_assert_cmpint (csv_column_cents (lines, "total_low_cheapest_latest_starts", 1, 12), ==, to_cents (first_year.low));
  g_assert_cmpint (csv_column_cents (lines, "total_high_dearest_earliest_starts", 1, 12), ==, to_cents (first_year.high));
  g_assert_cmpint (csv_column_cents (lines, "total_low_cheapest_latest_starts", 1, 24), ==,
                   to_cents (hc_budget_get_total (budget).low));
  g_assert_cmpint (csv_column_cents (lines, "total_high_dearest_earliest_starts", 1, 24), ==,
                   to_cents (hc_budget_get_total (budget).high));
  /* The cases as the budget keeps them, month 2's fee the low case's. */
  g_assert_cmpfloat_with_epsilon (hc_budget_get_month_cases (budget, 1, HC_CATEGORY_RECRUITING).low,
                                  50617.2798, 1e-6);
  g_assert_cmpfloat (hc_budget_get_month_cases (budget, 1, HC_CATEGORY_RECRUITING).high, ==, 0.0);
}

/* The costs the guides leave out, each set, on one plan worked by hand.
 * Two people at $120–180K each, both starting 5 July 2026 (month 7 of a
 * plan from 5 Jan 2026), hired through a referral: six months in the
 * first year. */
static void
test_costs_not_in_guides (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  HcPosition *position = add_position (plan, "pair", 2, hc_range_make (181 / 7.0, 181 / 7.0));
  g_autoptr(HcBudget) before = budget_of (plan);
  g_autoptr(HcBudget) budget = NULL;
  HcRange r;

  /* Zero until set, and said so. */
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    g_assert_cmpint (hc_budget_category_is_set (before, c), ==, hc_category_is_in_guides (c));
  g_assert_cmpstr (hc_budget_get_category_note (before, HC_CATEGORY_PAYROLL_TAX), ==,
                   "not in the guides, 0 until set");
  g_assert_cmpstr (hc_budget_get_category_note (before, HC_CATEGORY_CLOUD), ==,
                   "the team’s, from the first start, flat with headcount");
  g_assert_null (hc_budget_get_category_note (before, HC_CATEGORY_SALARIES));
  g_assert_cmpfloat (hc_budget_get_first_year_category (before, HC_CATEGORY_RELOCATION).high, ==, 0.0);

  set_assumption (plan, HC_ASSUMPTION_PAYROLL_TAX_PERCENT, 6, 8);
  set_assumption (plan, HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON, 10000, 20000);
  set_assumption (plan, HC_ASSUMPTION_REFERRAL_BONUS_PER_PERSON, 5000, 5000);
  hc_position_set_sourcing (position, HC_SOURCING_REFERRAL);
  hc_position_set_relocation (position, hc_range_make (15000, 25000));
  budget = budget_of (plan);
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    g_assert_true (hc_budget_category_is_set (budget, c));
  g_assert_null (hc_budget_get_category_note (budget, HC_CATEGORY_PAYROLL_TAX));

  /* By hand, first year (months 7–12, 6 months), low / high:
   *   salaries     2 × 120000 / 12 × 6 = 120000 / 2 × 180000 / 12 × 6 = 180000
   *   benefits     21.5 % = 25800 / 23 % = 41400
   *   payroll tax  6 % = 7200 / 8 % = 14400
   *   signing      2 × 10000 = 20000 / 2 × 20000 = 40000
   *   referral     2 × 5000 = 10000 / 10000
   *   relocation   2 × 15000 = 30000 / 2 × 25000 = 50000
   *   equipment    2 × 3000 = 6000 / 2 × 5000 = 10000
   *   software     6 × 2000 = 12000 / 6 × 5000 = 30000
   *   cloud        6 × 1000 = 6000 / 6 × 10000 = 60000
   *   total        237000 / 435800 */
  r = hc_budget_get_first_year_category (budget, HC_CATEGORY_PAYROLL_TAX);
  g_assert_cmpfloat_with_epsilon (r.low, 7200, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 14400, 1e-6);
  r = hc_budget_get_first_year_category (budget, HC_CATEGORY_SIGNING_BONUS);
  g_assert_cmpfloat_with_epsilon (r.low, 20000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 40000, 1e-6);
  r = hc_budget_get_first_year_category (budget, HC_CATEGORY_REFERRAL_BONUS);
  g_assert_cmpfloat_with_epsilon (r.low, 10000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 10000, 1e-6);
  r = hc_budget_get_first_year_category (budget, HC_CATEGORY_RELOCATION);
  g_assert_cmpfloat_with_epsilon (r.low, 30000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 50000, 1e-6);
  r = hc_budget_get_first_year (budget);
  g_assert_cmpfloat_with_epsilon (r.low, 237000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 435800, 1e-6);
  assert_first_year_adds_up (budget);
  assert_budget_ordered (budget);

  /* Month 7: payroll tax with the salary, the one-time costs at the
   * start; month 8 pays payroll tax again and nothing once. */
  r = hc_budget_get_month_cases (budget, 6, HC_CATEGORY_PAYROLL_TAX);
  g_assert_cmpfloat_with_epsilon (r.low, 1200, 1e-6);   /* 20000 × 6 % */
  g_assert_cmpfloat_with_epsilon (r.high, 2400, 1e-6);  /* 30000 × 8 % */
  r = hc_budget_get_month_cases (budget, 7, HC_CATEGORY_PAYROLL_TAX);
  g_assert_cmpfloat_with_epsilon (r.low, 1200, 1e-6);
  r = hc_budget_get_month_cases (budget, 6, HC_CATEGORY_SIGNING_BONUS);
  g_assert_cmpfloat_with_epsilon (r.high, 40000, 1e-6);
  r = hc_budget_get_month_cases (budget, 7, HC_CATEGORY_SIGNING_BONUS);
  g_assert_cmpfloat (r.low, ==, 0.0);
  g_assert_cmpfloat (r.high, ==, 0.0);

  /* The run rate: loaded 240000 × 1.215 = 291600 / 360000 × 1.23 =
   * 442800, payroll tax 240000 × 6 % = 14400 / 360000 × 8 % = 28800,
   * software and cloud 12 × 3000 = 36000 / 12 × 15000 = 180000: 342000 /
   * 651600; one-time costs stay out.  Per engineer, ÷ 2: 171000 / 325800. */
  r = hc_budget_get_annual_payroll_tax (budget);
  g_assert_cmpfloat_with_epsilon (r.low, 14400, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 28800, 1e-6);
  r = hc_budget_get_base_salaries (budget);
  g_assert_cmpfloat_with_epsilon (r.low, 240000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 360000, 1e-6);
  r = hc_budget_get_loaded_salaries (budget);
  g_assert_cmpfloat_with_epsilon (r.low, 291600, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 442800, 1e-6);
  r = hc_budget_get_annual_run_rate (budget);
  g_assert_cmpfloat_with_epsilon (r.low, 342000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 651600, 1e-6);
  r = hc_budget_get_cost_per_engineer (budget);
  g_assert_cmpfloat_with_epsilon (r.low, 171000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 325800, 1e-6);

  /* A direct hire earns no referral bonus; the rest stay. */
  hc_position_set_sourcing (position, HC_SOURCING_DIRECT);
  g_clear_pointer (&budget, hc_budget_unref);
  budget = budget_of (plan);
  r = hc_budget_get_first_year_category (budget, HC_CATEGORY_REFERRAL_BONUS);
  g_assert_cmpfloat (r.low, ==, 0.0);
  g_assert_cmpfloat (r.high, ==, 0.0);
  r = hc_budget_get_first_year (budget);
  g_assert_cmpfloat_with_epsilon (r.low, 227000, 1e-6);
  g_assert_cmpfloat_with_epsilon (r.high, 425800, 1e-6);
}

/* Low takes the latest start for the one-time costs the guides leave out
 * too: a hire whose late start falls after month 12 pays its signing
 * bonus and relocation in the first-year high only. */
static void
test_one_time_after_first_year (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  /* From 5 Jan 2026, 4 weeks (2 Feb, month 1) to 60 weeks (1 Mar 2027,
   * month 14, after the first year). */
  HcPosition *position = add_position (plan, "late", 1, hc_range_make (4, 60));
  g_autoptr(HcBudget) budget = NULL;
  HcRange r;

  set_assumption (plan, HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON, 8000, 12000);
  hc_position_set_relocation (position, hc_range_make (7000, 9000));
  budget = budget_of (plan);
  r = hc_budget_get_first_year_category (budget, HC_CATEGORY_SIGNING_BONUS);
  g_assert_cmpfloat (r.low, ==, 0.0);
  g_assert_cmpfloat (r.high, ==, 12000.0);
  r = hc_budget_get_first_year_category (budget, HC_CATEGORY_RELOCATION);
  g_assert_cmpfloat (r.low, ==, 0.0);
  g_assert_cmpfloat (r.high, ==, 9000.0);
  /* Over the 24-month horizon the low case pays them too. */
  r = hc_budget_get_month_cases (budget, 13, HC_CATEGORY_SIGNING_BONUS);
  g_assert_cmpfloat (r.low, ==, 8000.0);
  r = hc_budget_get_month_cases (budget, 13, HC_CATEGORY_RELOCATION);
  g_assert_cmpfloat (r.low, ==, 7000.0);
}

static void
test_category_names (void)
{
  g_assert_cmpstr (hc_category_to_string (HC_CATEGORY_SALARIES), ==, "salaries");
  g_assert_cmpstr (hc_category_to_string (HC_CATEGORY_CLOUD), ==, "cloud");
  g_assert_cmpstr (hc_category_get_label (HC_CATEGORY_RECRUITING), ==, "Recruiting");
}

/* A stale timeline (from before a position was added) is not trusted. */
static void
test_stale_timeline (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = NULL;

  /* From 5 Jan 2026, month 7 begins on 5 July, day 181: half a year. */
  add_position (plan, "one", 1, hc_range_make (181 / 7.0, 181 / 7.0));
  budget = hc_budget_compute (plan, timeline);
  g_assert_cmpuint (hc_budget_get_n_positions (budget), ==, 1);
  g_assert_cmpfloat_with_epsilon (hc_budget_get_first_year_category (budget, HC_CATEGORY_SALARIES).low,
                                  60000, 1e-6);
}

int
main (int argc, char *argv[])
{
  /* The locale meson gives: these tests run under C.UTF-8 and de_DE.UTF-8. */
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/budget/three-person-loaded", test_three_person_loaded);
  g_test_add_func ("/budget/five-person-loaded-and-timing", test_five_person_loaded_and_timing);
  g_test_add_func ("/budget/agency-fees", test_agency_fees);
  g_test_add_func ("/budget/templates-consistent", test_templates_consistent);
  g_test_add_func ("/budget/mixed-plan-consistent", test_mixed_plan_consistent);
  g_test_add_func ("/budget/proration-half-year", test_proration_half_year);
  g_test_add_func ("/budget/proration-mid-month", test_proration_mid_month);
  g_test_add_func ("/budget/months-from-month-end", test_months_from_month_end);
  g_test_add_func ("/budget/after-horizon", test_after_horizon);
  g_test_add_func ("/budget/salary-override-and-location", test_salary_override_and_location);
  g_test_add_func ("/budget/empty-plan", test_empty_plan);
  g_test_add_func ("/budget/csv", test_csv);
  g_test_add_func ("/budget/csv-cases-add-up", test_csv_cases_add_up);
  g_test_add_func ("/budget/costs-not-in-guides", test_costs_not_in_guides);
  g_test_add_func ("/budget/one-time-after-first-year", test_one_time_after_first_year);
  g_test_add_func ("/budget/category-names", test_category_names);
  g_test_add_func ("/budget/stale-timeline", test_stale_timeline);

  return g_test_run ();
}
