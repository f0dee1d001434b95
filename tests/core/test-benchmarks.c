/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Every default against the guide figure it comes from (DOMAIN.md, "How
 * Headcount reads the two guides"), and plans computed by hand. */
#define G_LOG_DOMAIN "test-benchmarks"

#include "config.h"

#include <math.h>
#include <string.h>

#include "headcount-core.h"
#include "hc-format.h"
#include "../hc-test.h"

static void
test_salary_bands (void)
{
  static const struct {
    const char  *guide;  /* the figure checked */
    const char  *role;
    HcSeniority  seniority;
    double       low, high;
    HcSource     source;
  } table[] = {
    { "hiring guide: junior $85K–$120K", "backend", HC_SENIORITY_JUNIOR, 85000, 120000, HC_SOURCE_HIRING_GUIDE },
    { "team $120–160K + hiring $120–180K", "backend", HC_SENIORITY_MID, 120000, 180000, HC_SOURCE_BOTH_GUIDES },
    { "team $150–200K + hiring $170–280K+", "backend", HC_SENIORITY_SENIOR, 150000, 280000, HC_SOURCE_BOTH_GUIDES },
    { "hiring guide: staff $220K–$400K+", "backend", HC_SENIORITY_STAFF, 220000, 400000, HC_SOURCE_HIRING_GUIDE },
    { "team guide: database engineer $130K–$170K", "database", HC_SENIORITY_MID, 130000, 170000, HC_SOURCE_TEAM_GUIDE },
    { "team guide: infrastructure engineer $140K–$180K", "infrastructure", HC_SENIORITY_MID, 140000, 180000, HC_SOURCE_TEAM_GUIDE },
    { "not in the guides: senior database engineer", "database", HC_SENIORITY_SENIOR, 163000, 280000, HC_SOURCE_ESTIMATE },
    { "not in the guides: junior infrastructure engineer", "infrastructure", HC_SENIORITY_JUNIOR, 99000, 120000, HC_SOURCE_ESTIMATE },
    { "not in the guides: platform engineer", "platform", HC_SENIORITY_MID, 140000, 180000, HC_SOURCE_ESTIMATE },
  };
  g_autoptr(HcPlan) plan = hc_plan_new_default ();

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      HcRange salary, in_plan;
      HcSource source;

      g_test_message ("%s", table[i].guide);
      g_assert_true (hc_benchmark_get_salary (table[i].role, table[i].seniority, &salary, &source));
      g_assert_cmpfloat (salary.low, ==, table[i].low);
      g_assert_cmpfloat (salary.high, ==, table[i].high);
      g_assert_cmpint (source, ==, table[i].source);
      /* A new plan's role catalogue holds the same figure. */
      in_plan = hc_role_get_salary (hc_plan_find_role (plan, table[i].role), table[i].seniority);
      g_assert_true (hc_range_equal (in_plan, salary));
    }
  g_assert_false (hc_benchmark_get_salary ("frontend", HC_SENIORITY_MID, NULL, NULL));
  g_assert_cmpstr (hc_source_get_label (HC_SOURCE_BOTH_GUIDES), ==, "both guides");
  g_assert_cmpstr (hc_source_get_label (HC_SOURCE_ESTIMATE), ==, "estimate — not in the guides");
}

static void
test_times (void)
{
  static const struct {
    const char *guide;
    const char *role;
    double      low, high;
    HcSource    source;
  } table[] = {
    { "team guide: additional backend engineer 4–6 weeks", "backend", 4, 6, HC_SOURCE_TEAM_GUIDE },
    { "team guide: database specialist 6–10 weeks", "database", 6, 10, HC_SOURCE_TEAM_GUIDE },
    { "team 6–10 + hiring guide's DevOps 8–12 weeks", "infrastructure", 6, 12, HC_SOURCE_BOTH_GUIDES },
    { "not in the guides: platform engineer", "platform", 6, 12, HC_SOURCE_ESTIMATE },
  };
  static const struct {
    const char *guide;
    HcSeniority seniority;
    double      low, high;
    HcSource    source;
  } ramp[] = {
    { "hiring guide: junior 12+ weeks (upper bound estimated)", HC_SENIORITY_JUNIOR, 12, 16, HC_SOURCE_ESTIMATE },
    { "hiring guide: mid-level independent by week 8", HC_SENIORITY_MID, 8, 8, HC_SOURCE_HIRING_GUIDE },
    { "hiring guide: senior 2–3 weeks", HC_SENIORITY_SENIOR, 2, 3, HC_SOURCE_HIRING_GUIDE },
    { "not in the guides: staff ramp-up", HC_SENIORITY_STAFF, 2, 3, HC_SOURCE_ESTIMATE },
  };
  HcRange weeks;
  HcSource source;

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_test_message ("%s", table[i].guide);
      g_assert_true (hc_benchmark_get_time_to_hire (table[i].role, &weeks, &source));
      g_assert_cmpfloat (weeks.low, ==, table[i].low);
      g_assert_cmpfloat (weeks.high, ==, table[i].high);
      g_assert_cmpint (source, ==, table[i].source);
    }
  for (guint i = 0; i < G_N_ELEMENTS (ramp); i++)
    {
      g_test_message ("%s", ramp[i].guide);
      weeks = hc_benchmark_get_ramp_up (ramp[i].seniority, &source);
      g_assert_cmpfloat (weeks.low, ==, ramp[i].low);
      g_assert_cmpfloat (weeks.high, ==, ramp[i].high);
      g_assert_cmpint (source, ==, ramp[i].source);
    }
  /* Team guide: "First backend engineer 6–10 weeks". */
  weeks = hc_benchmark_get_first_hire_time_to_hire (&source);
  g_assert_cmpfloat (weeks.low, ==, 6);
  g_assert_cmpfloat (weeks.high, ==, 10);
  g_assert_cmpint (source, ==, HC_SOURCE_TEAM_GUIDE);
}

static void
test_assumptions (void)
{
  static const struct {
    const char  *guide;
    HcAssumption which;
    double       low, high;
  } table[] = {
    { "team guide: total with benefits 145/120 … 210/170", HC_ASSUMPTION_BENEFITS_PERCENT, 20.8, 23.5 },
    { "team guide: agency fee 20–25 %", HC_ASSUMPTION_AGENCY_FEE_PERCENT, 20, 25 },
    { "team guide: equipment $3K–$5K", HC_ASSUMPTION_EQUIPMENT_PER_PERSON, 3000, 5000 },
    { "team guide: software $2K–$5K a month", HC_ASSUMPTION_SOFTWARE_PER_MONTH, 2000, 5000 },
    { "team guide: cloud $1K–$10K+ a month", HC_ASSUMPTION_CLOUD_PER_MONTH, 1000, 10000 },
    { "team guide: equity pool 15–25 %", HC_ASSUMPTION_EQUITY_POOL_PERCENT, 15, 25 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      HcRange value = hc_cost_assumptions_get_default (table[i].which);

      g_test_message ("%s", table[i].guide);
      g_assert_cmpfloat (value.low, ==, table[i].low);
      g_assert_cmpfloat (value.high, ==, table[i].high);
      g_assert_cmpint (hc_cost_assumptions_get_source (table[i].which), ==, HC_SOURCE_TEAM_GUIDE);
    }
}

static void
test_geography_by_level (void)
{
  static const struct {
    const char  *guide;
    const char  *preset;
    HcSeniority  seniority;
    double       percent;
    gboolean     estimate;
  } table[] = {
    { "hiring guide: junior, SF Bay Area +30 %", "SF Bay Area", HC_SENIORITY_JUNIOR, 30, FALSE },
    { "hiring guide: mid, NYC/SF +35 %", "SF Bay Area", HC_SENIORITY_MID, 35, FALSE },
    { "hiring guide: senior, tech hubs +40 %", "SF Bay Area", HC_SENIORITY_SENIOR, 40, FALSE },
    { "hiring guide: mid, NYC/SF +35 %", "New York City", HC_SENIORITY_MID, 35, FALSE },
    { "hiring guide: senior, tech hubs +40 %", "Tech hub", HC_SENIORITY_SENIOR, 40, FALSE },
    { "hiring guide: mid, remote −10 %", "Remote", HC_SENIORITY_MID, -10, FALSE },
    { "hiring guide: senior, regional −15 %", "Regional", HC_SENIORITY_SENIOR, -15, FALSE },
    { "hiring guide: junior, Midwest −20 %", "Midwest", HC_SENIORITY_JUNIOR, -20, FALSE },
    { "nearest level: remote for a senior", "Remote", HC_SENIORITY_SENIOR, -10, TRUE },
    { "nearest level: Midwest for a mid", "Midwest", HC_SENIORITY_MID, -20, TRUE },
    { "nearest level: staff takes senior's", "SF Bay Area", HC_SENIORITY_STAFF, 40, TRUE },
    { "national: no adjustment", "US (national)", HC_SENIORITY_SENIOR, 0, FALSE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      const HcLocationPreset *preset = hc_location_preset_find (table[i].preset);
      gboolean estimate = !table[i].estimate;

      g_test_message ("%s", table[i].guide);
      g_assert_nonnull (preset);
      g_assert_cmpfloat (hc_location_preset_get_adjustment (preset, table[i].seniority, &estimate),
                         ==, table[i].percent);
      g_assert_cmpint (estimate, ==, table[i].estimate);
    }
  g_assert_null (hc_location_preset_find ("Atlantis"));
}

static HcPosition *
add_position (HcPlan      *plan,
              const char  *id,
              const char  *role,
              HcSeniority  seniority,
              const char  *phase)
{
  g_autoptr(HcPosition) position = hc_position_new (id, role, seniority, phase);

  g_list_store_append (hc_plan_get_positions (plan), position);
  return position;
}

/* Hiring guide: a senior in a tech hub is +40 %: $150–280K becomes
 * $210–392K; an infrastructure generalist +15–20 % on top of it. */
static void
test_salary_rules (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  HcPosition *senior = add_position (plan, "s", "backend", HC_SENIORITY_SENIOR, "foundation");
  HcPosition *dba = add_position (plan, "d", "database", HC_SENIORITY_MID, "database");
  HcRange salary;

  hc_position_set_location (senior, "Tech hub");
  hc_position_set_location_adjustment (senior, 40);
  salary = hc_plan_get_benchmark_salary (plan, senior);
  g_assert_cmpfloat_with_epsilon (salary.low, 210000, 1e-6);
  g_assert_cmpfloat_with_epsilon (salary.high, 392000, 1e-6);

  hc_position_set_skills (senior, HC_SKILL_DATABASE | HC_SKILL_INFRASTRUCTURE);
  salary = hc_plan_get_benchmark_salary (plan, senior);
  g_assert_cmpfloat_with_epsilon (salary.low, 210000 * 1.15, 1e-6);
  g_assert_cmpfloat_with_epsilon (salary.high, 392000 * 1.20, 1e-6);

  /* A specialist's band prices its skills already: no premium. */
  hc_position_set_skills (dba, HC_SKILL_INFRASTRUCTURE);
  salary = hc_plan_get_benchmark_salary (plan, dba);
  g_assert_cmpfloat (salary.low, ==, 130000);
  g_assert_cmpfloat (salary.high, ==, 170000);
}

/* Team guide: the first backend engineer takes 6–10 weeks, additional
 * ones 4–6, whichever way the positions were made. */
static void
test_first_hire_rule (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  g_autoptr(HcTimeline) timeline = NULL;
  HcPosition *more, *dba, *lead;
  HcRange own = { 3, 5 };

  /* Added in plan order: a capacity hire first, then a foundation one. */
  dba = add_position (plan, "dba", "database", HC_SENIORITY_MID, "database");
  more = add_position (plan, "more", "backend", HC_SENIORITY_MID, "capacity");
  g_assert_true (hc_plan_get_first_hire (plan) == more);
  g_assert_true (hc_range_equal (hc_plan_get_time_to_hire (plan, more), hc_range_make (6, 10)));

  lead = add_position (plan, "lead", "backend", HC_SENIORITY_SENIOR, "foundation");
  g_assert_true (hc_plan_get_first_hire (plan) == lead);
  g_assert_true (hc_range_equal (hc_plan_get_time_to_hire (plan, lead), hc_range_make (6, 10)));
  g_assert_true (hc_range_equal (hc_plan_get_time_to_hire (plan, more), hc_range_make (4, 6)));
  g_assert_true (hc_range_equal (hc_plan_get_time_to_hire (plan, dba), hc_range_make (6, 10)));

  timeline = hc_timeline_compute (plan);
  g_assert_true (hc_timeline_get_entry (timeline, 2)->first_hire);
  g_assert_false (hc_timeline_get_entry (timeline, 1)->first_hire);
  g_assert_true (hc_range_equal (hc_timeline_get_entry (timeline, 2)->start, hc_range_make (6, 10)));
  /* Capacity, "weeks 4–10", starts at week offset 3. */
  g_assert_true (hc_range_equal (hc_timeline_get_entry (timeline, 1)->start, hc_range_make (7, 9)));
  g_assert_cmpfloat (hc_timeline_get_entry (timeline, 1)->phase_end, ==, 10);

  /* A time to hire the position sets wins. */
  hc_position_set_time_to_hire (lead, &own);
  g_assert_true (hc_range_equal (hc_plan_get_time_to_hire (plan, lead), own));
}

/* Every default says where it comes from; a figure of the plan's own
 * does not claim a guide. */
static void
test_position_sources (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  HcPosition *lead = add_position (plan, "lead", "backend", HC_SENIORITY_SENIOR, "foundation");
  HcPosition *more = add_position (plan, "more", "backend", HC_SENIORITY_MID, "capacity");
  HcPosition *dba = add_position (plan, "dba", "database", HC_SENIORITY_SENIOR, "database");
  HcRange own = { 100000, 120000 };
  HcSource source;

  g_assert_true (hc_plan_get_salary_source (plan, lead, &source));
  g_assert_cmpint (source, ==, HC_SOURCE_BOTH_GUIDES);
  g_assert_true (hc_plan_get_salary_source (plan, dba, &source));
  g_assert_cmpint (source, ==, HC_SOURCE_ESTIMATE);
  g_assert_true (hc_plan_get_time_to_hire_source (plan, lead, &source));
  g_assert_cmpint (source, ==, HC_SOURCE_TEAM_GUIDE);   /* first backend hire */
  g_assert_true (hc_plan_get_time_to_hire_source (plan, more, &source));
  g_assert_cmpint (source, ==, HC_SOURCE_TEAM_GUIDE);

  /* A preset's figure for the level keeps the source; the nearest
   * level's stand-in makes it an estimate; a typed percentage is the
   * plan's own. */
  hc_position_set_location (more, "Remote");
  hc_position_set_location_adjustment (more, -10);
  g_assert_true (hc_plan_get_salary_source (plan, more, &source));
  g_assert_cmpint (source, ==, HC_SOURCE_BOTH_GUIDES);
  hc_position_set_seniority_with_location (more, HC_SENIORITY_SENIOR);
  g_assert_cmpfloat (hc_position_get_location_adjustment (more), ==, -10);
  g_assert_true (hc_plan_get_salary_source (plan, more, &source));
  g_assert_cmpint (source, ==, HC_SOURCE_ESTIMATE);
  hc_position_set_location (lead, "SF Bay Area");
  hc_position_set_location_adjustment (lead, 40);
  hc_position_set_seniority_with_location (lead, HC_SENIORITY_MID);
  g_assert_cmpfloat (hc_position_get_location_adjustment (lead), ==, 35);  /* NYC/SF mid */
  /* A percentage typed by hand is a custom location, under a name of its
   * own (a preset's name is the preset, DOMAIN.md): it stays as typed. */
  hc_position_set_location_name (lead, "San Jose office");
  hc_position_set_location_adjustment (lead, 12);
  hc_position_set_seniority_with_location (lead, HC_SENIORITY_SENIOR);
  g_assert_cmpfloat (hc_position_get_location_adjustment (lead), ==, 12);
  g_assert_false (hc_plan_get_salary_source (plan, lead, NULL));
  /* Its name set back to a preset's takes the preset's figure for the
   * level: senior SF Bay Area +40, whatever was typed. */
  hc_position_set_location_name (lead, "SF Bay Area");
  g_assert_cmpfloat (hc_position_get_location_adjustment (lead), ==, 40);
  g_assert_true (hc_plan_get_salary_source (plan, lead, NULL));
  hc_position_set_location_name (lead, "San Jose office");
  g_assert_cmpfloat (hc_position_get_location_adjustment (lead), ==, 40);

  hc_position_set_salary_override (dba, &own);
  g_assert_false (hc_plan_get_salary_source (plan, dba, NULL));
  hc_role_set_salary (hc_plan_find_role (plan, "backend"), HC_SENIORITY_MID, own);
  hc_position_set_location_adjustment (more, 0);
  hc_position_set_seniority (more, HC_SENIORITY_MID);
  g_assert_false (hc_plan_get_salary_source (plan, more, NULL));
}

static HcPlan *
plan_for_hand (guint horizon)
{
  HcPlan *plan = hc_plan_new_default ();
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (plan, &start);
  hc_plan_set_horizon_months (plan, horizon);
  return plan;
}

static void
set_assumption (HcPlan *plan, HcAssumption which, double low, double high)
{
  hc_cost_assumptions_set (hc_plan_get_assumptions (plan), which, hc_range_make (low, high));
}

/* A hire straddling month 12 with an agency fee, by hand, in calendar
 * months from 1 Feb 2027 (the first year runs to 31 Jan 2028).  The
 * senior backend takes 50–56 weeks (set on the position): days 350–392,
 * 16 Jan–28 Feb 2028.  Low (latest start, 28 Feb 2028): nothing in the
 * first year — no pay, no fee, no equipment.  High (16 Jan 2028, 16 of
 * January's 31 days gone): 15/31 of a month of $280K ($11,290.32) + 23.5 %
 * benefits ($2,653.23) + a 25 % fee ($70,000) + $5,000 equipment
 * = $88,943.55. */
static void
test_straddling_hire (void)
{
  g_autoptr(HcPlan) plan = plan_for_hand (24);
  g_autoptr(HcBudget) budget = NULL;
  HcPosition *lead = add_position (plan, "lead", "backend", HC_SENIORITY_SENIOR, "foundation");
  HcRange tth = { 50, 56 };
  HcRange first_year;

  set_assumption (plan, HC_ASSUMPTION_SOFTWARE_PER_MONTH, 0, 0);
  set_assumption (plan, HC_ASSUMPTION_CLOUD_PER_MONTH, 0, 0);
  hc_position_set_sourcing (lead, HC_SOURCING_AGENCY);
  hc_position_set_time_to_hire (lead, &tth);
  budget = hc_budget_compute (plan, NULL);
  first_year = hc_budget_get_first_year (budget);

  g_assert_cmpfloat (round (first_year.low * 100) / 100, ==, 0.00);
  g_assert_cmpfloat (round (first_year.high * 100) / 100, ==, 88943.55);
  g_assert_cmpfloat (hc_budget_get_first_year_category (budget, HC_CATEGORY_RECRUITING).low, ==, 0);
  g_assert_cmpfloat (hc_budget_get_first_year_category (budget, HC_CATEGORY_RECRUITING).high, ==, 70000);
  /* The low case's fee and equipment fall in month 13, at its start. */
  g_assert_cmpfloat (hc_budget_get_month (budget, 12, HC_CATEGORY_RECRUITING).low, ==, 0);
  g_assert_cmpfloat (hc_budget_get_month (budget, 12, HC_CATEGORY_RECRUITING).high, ==, 30000);
  for (guint m = 0; m < hc_budget_get_n_months (budget); m++)
    g_assert_cmpfloat (hc_budget_get_month_total (budget, m).low, <=,
                       hc_budget_get_month_total (budget, m).high);
  g_assert_cmpfloat (hc_budget_get_total (budget).low, <=, hc_budget_get_total (budget).high);
}

/* A 6-month horizon is six months of cash, and says so.  By hand, in
 * calendar months from 1 Feb 2027: a hire at week 4 is day 28, 1 March,
 * the start of the plan's second month (February has 28 days).  On $120K
 * flat with 20 % benefits, $3,000 equipment and $3,000 a month of
 * software and cloud, six months hold 5 months of pay: $50,000 + $10,000
 * + $3,000 + $15,000 = $78,000.00; twelve hold 11: $110,000 + $22,000 +
 * $3,000 + $33,000 = $168,000.00. */
static void
test_short_horizon (void)
{
  static const struct { guint horizon; double total; const char *label; } cases[] = {
    { 6, 78000.00, "First 6 months" },
    { 12, 168000.00, "First year" },
    { 24, 168000.00, "First year" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HcPlan) plan = plan_for_hand (cases[i].horizon);
      g_autoptr(HcBudget) budget = NULL;
      g_autofree char *label = NULL;
      HcPosition *lead = add_position (plan, "lead", "backend", HC_SENIORITY_SENIOR, "foundation");
      HcRange tth = { 4, 4 }, salary = { 120000, 120000 };
      HcRange first_year;

      hc_position_set_time_to_hire (lead, &tth);
      hc_position_set_salary_override (lead, &salary);
      set_assumption (plan, HC_ASSUMPTION_BENEFITS_PERCENT, 20, 20);
      set_assumption (plan, HC_ASSUMPTION_EQUIPMENT_PER_PERSON, 3000, 3000);
      set_assumption (plan, HC_ASSUMPTION_SOFTWARE_PER_MONTH, 2000, 2000);
      set_assumption (plan, HC_ASSUMPTION_CLOUD_PER_MONTH, 1000, 1000);
      budget = hc_budget_compute (plan, NULL);
      first_year = hc_budget_get_first_year (budget);
      label = hc_budget_get_first_year_label (budget);

      g_assert_cmpfloat (round (first_year.low * 100) / 100, ==, cases[i].total);
      g_assert_cmpfloat (round (first_year.high * 100) / 100, ==, cases[i].total);
      g_assert_cmpuint (hc_budget_get_first_year_months (budget), ==, MIN (cases[i].horizon, 12));
      g_assert_cmpstr (label, ==, cases[i].label);
    }
}

/* A plan in euros: without a rate the US-dollar benchmarks are shown as
 * they are and a check warns; with 1 USD = 0.5 EUR the defaults are
 * converted (a senior's $150–280K is €75–140K, loaded × 1.208–1.235 =
 * €90,600–172,900; equipment €1,500–2,500) and a figure set by hand is
 * not. */
static void
test_currency_conversion (void)
{
  g_autoptr(HcPlan) plan = plan_for_hand (24);
  HcPosition *lead = add_position (plan, "lead", "backend", HC_SENIORITY_SENIOR, "foundation");
  HcRange tth = { 4, 4 }, own = { 100000, 100000 };

  hc_position_set_time_to_hire (lead, &tth);
  hc_plan_set_currency (plan, "EUR");
  {
    g_autoptr(HcBudget) budget = hc_budget_compute (plan, NULL);
    g_autoptr(GPtrArray) checks = hc_plan_check (plan, NULL);
    HcCheck *check = NULL;

    g_assert_cmpfloat_with_epsilon (hc_budget_get_loaded_salaries (budget).low, 181200, 1e-6);
    g_assert_cmpfloat_with_epsilon (hc_budget_get_loaded_salaries (budget).high, 345800, 1e-6);
    for (guint i = 0; i < checks->len; i++)
      if (g_str_equal (((HcCheck *) checks->pdata[i])->id, "currency"))
        check = checks->pdata[i];
    g_assert_nonnull (check);
    g_assert_cmpint (check->severity, ==, HC_CHECK_SEVERITY_WARNING);
  }

  hc_plan_set_usd_exchange_rate (plan, 0.5);
  g_assert_true (hc_plan_validate (plan, NULL));
  {
    g_autoptr(HcBudget) budget = hc_budget_compute (plan, NULL);
    g_autoptr(GPtrArray) checks = hc_plan_check (plan, NULL);
    HcCheck *check = NULL;

    g_assert_cmpfloat_with_epsilon (hc_budget_get_loaded_salaries (budget).low, 90600, 1e-6);
    g_assert_cmpfloat_with_epsilon (hc_budget_get_loaded_salaries (budget).high, 172900, 1e-6);
    g_assert_cmpfloat_with_epsilon (hc_budget_get_first_year_category (budget, HC_CATEGORY_EQUIPMENT).low, 1500, 1e-6);
    g_assert_cmpfloat_with_epsilon (hc_budget_get_first_year_category (budget, HC_CATEGORY_EQUIPMENT).high, 2500, 1e-6);
    for (guint i = 0; i < checks->len; i++)
      if (g_str_equal (((HcCheck *) checks->pdata[i])->id, "currency"))
        check = checks->pdata[i];
    g_assert_nonnull (check);
    g_assert_cmpint (check->severity, ==, HC_CHECK_SEVERITY_INFO);
    {
      /* The rate for people: "0.5", or "0,5" in a decimal-comma locale. */
      g_autofree char *rate = hc_format_number (HC_FORMAT_FOR_PEOPLE, 0.5, 6);
      g_autofree char *expected = g_strdup_printf ("converted from US 2026 benchmarks at 1 USD = %s EUR", rate);

      g_assert_nonnull (strstr (check->message, expected));
    }
  }

  /* A salary set by hand is in the plan's currency already. */
  hc_position_set_salary_override (lead, &own);
  {
    g_autoptr(HcBudget) budget = hc_budget_compute (plan, NULL);

    g_assert_cmpfloat_with_epsilon (hc_budget_get_loaded_salaries (budget).low, 120800, 1e-6);
  }

  /* In US dollars the rate changes nothing. */
  hc_plan_set_currency (plan, "USD");
  g_assert_cmpfloat (hc_plan_get_benchmark_factor (plan), ==, 1);

  hc_plan_set_usd_exchange_rate (plan, -1);
  g_assert_false (hc_plan_validate (plan, NULL));
}

static void
test_week_words (void)
{
  static const struct { double low, high; const char *words; } table[] = {
    { 6, 10, "weeks 6–10" },          /* the first hire, as the guide says it */
    { 6.0000001, 9.9999999, "weeks 6–10" },
    { 8.2, 8.9, "week 9" },           /* never "weeks 9–9" */
    { 9, 9, "week 9" },
    { 0, 0.5, "week 1" },
    { 19.0, 25.0, "weeks 19–25" },
  };

  /* The English words with C numbers and month names, in every run: the
   * de_DE run's figures and months are test-format's and test-checks'. */
  g_autofree char *saved_locale = g_strdup (setlocale (LC_ALL, NULL));

  setlocale (LC_ALL, "C.UTF-8");
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autofree char *words = hc_format_week_span (hc_range_make (table[i].low, table[i].high));

      g_assert_cmpstr (words, ==, table[i].words);
    }
  {
    g_autofree char *months = hc_format_month_span (hc_range_make (2.041, 2.049));
    g_autofree char *span = hc_format_month_span (hc_range_make (1.38, 2.31));

    GDate feb, nov;
    g_autofree char *both = NULL;
    g_autofree char *one = NULL;
    g_autofree char *boundary = NULL;
    g_autofree char *across = NULL;

    /* Calendar months named as dates (DOMAIN.md): a span names the month
     * of the date it stands for, start + 7 × w days.  From 1 Feb 2027,
     * week offset 6 is 15 March and 10 is 12 April; offset 4 is 1 March,
     * so a span ending there names March (it named February, the day
     * before's month). */
    g_date_clear (&feb, 1);
    g_date_set_dmy (&feb, 1, G_DATE_FEBRUARY, 2027);
    both = hc_format_week_month_span (hc_range_make (6, 10), &feb);
    one = hc_format_week_month_span (hc_range_make (10.2, 10.9), &feb);
    boundary = hc_format_week_month_span (hc_range_make (0.5, 4), &feb);
    g_assert_cmpstr (both, ==, "weeks 6–10 · Mar–Apr 2027");
    g_assert_cmpstr (one, ==, "week 11 · Apr 2027");
    g_assert_cmpstr (boundary, ==, "weeks 1–4 · Feb–Mar 2027");

    /* From 15 Nov 2027 the plan's months begin on the 15th: offset 6 (27
     * Dec) is in the month from 15 Dec, offset 10 (24 Jan) in the month
     * from 15 Jan 2028. */
    g_date_clear (&nov, 1);
    g_date_set_dmy (&nov, 15, G_DATE_NOVEMBER, 2027);
    across = hc_format_week_month_span (hc_range_make (6, 10), &nov);
    g_assert_cmpstr (across, ==, "weeks 6–10 · Dec 2027–Jan 2028");

    /* The case: from Monday 2 Aug 2027, offset 9 is 4 October
     * and 13 is 1 November: a team complete by 1 Nov reads "Oct–Nov". */
    {
      GDate aug;
      g_autofree char *complete = NULL;

      g_date_clear (&aug, 1);
      g_date_set_dmy (&aug, 2, G_DATE_AUGUST, 2027);
      complete = hc_format_week_month_span (hc_range_make (9, 13), &aug);
      g_assert_cmpstr (complete, ==, "weeks 9–13 · Oct–Nov 2027");
    }
    /* The dates' own months: from 30 Nov 2026, day 100 is 10 March and
     * day 146.5 is 26 April (to the nearest day), though the plan months
     * holding them begin on 28 February and 30 March. */
    {
      GDate late_nov;
      g_autofree char *own = NULL;

      g_date_clear (&late_nov, 1);
      g_date_set_dmy (&late_nov, 30, G_DATE_NOVEMBER, 2026);
      own = hc_format_week_month_span (hc_range_make (100 / 7.0, 146.5 / 7.0), &late_nov);
      g_assert_cmpstr (own, ==, "weeks 15–21 · Mar–Apr 2027");
    }
    g_assert_cmpstr (months, ==, "month 2.0");
    g_assert_cmpstr (span, ==, "months 1.4–2.3");
  }
  setlocale (LC_ALL, saved_locale);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hc_test_set_locale ();

  g_test_add_func ("/benchmarks/salary-bands", test_salary_bands);
  g_test_add_func ("/benchmarks/times", test_times);
  g_test_add_func ("/benchmarks/assumptions", test_assumptions);
  g_test_add_func ("/benchmarks/geography-by-level", test_geography_by_level);
  g_test_add_func ("/benchmarks/salary-rules", test_salary_rules);
  g_test_add_func ("/benchmarks/first-hire-rule", test_first_hire_rule);
  g_test_add_func ("/benchmarks/position-sources", test_position_sources);
  g_test_add_func ("/benchmarks/straddling-hire", test_straddling_hire);
  g_test_add_func ("/benchmarks/short-horizon", test_short_horizon);
  g_test_add_func ("/benchmarks/currency-conversion", test_currency_conversion);
  g_test_add_func ("/benchmarks/week-words", test_week_words);

  return g_test_run ();
}
