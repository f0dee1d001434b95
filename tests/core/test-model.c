/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-model"

#include "config.h"

#include <locale.h>
#include <math.h>

#include "headcount-core.h"
#include "../hc-test.h"

static void
count_signal (gpointer  object,
              guint    *counter)
{
  (*counter)++;
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              guint      *counter)
{
  (*counter)++;
}

static HcPosition *
add_position (HcPlan     *plan,
              const char *id,
              const char *role,
              const char *phase)
{
  g_autoptr(HcPosition) position = hc_position_new (id, role, HC_SENIORITY_MID, phase);

  g_list_store_append (hc_plan_get_positions (plan), position);
  return position; /* the store holds it */
}

static void
test_defaults_match_guide (void)
{
  /* DOMAIN.md's role table (team guide): base salary and "total with
   * benefits".  Both guides count, so each team-guide band lies inside the
   * default, and each total inside the default loaded with the benefits
   * range (to $100: 23.5 % is 210/170 − 1 rounded). */
  static const struct {
    const char *role;
    HcSeniority seniority;
    double base_low, base_high, total_low, total_high;
  } table[] = {
    { "backend", HC_SENIORITY_SENIOR, 150000, 200000, 185000, 245000 },
    { "backend", HC_SENIORITY_MID, 120000, 160000, 145000, 195000 },
    { "database", HC_SENIORITY_MID, 130000, 170000, 160000, 210000 },
    { "infrastructure", HC_SENIORITY_MID, 140000, 180000, 170000, 220000 },
  };
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  HcRange benefits = hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                              HC_ASSUMPTION_BENEFITS_PERCENT);

  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_roles (plan))), ==, 4);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_phases (plan))), ==, 4);
  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      HcRole *role = hc_plan_find_role (plan, table[i].role);
      HcRange salary = hc_role_get_salary (role, table[i].seniority);

      g_assert_cmpfloat (salary.low, <=, table[i].base_low);
      g_assert_cmpfloat (salary.high, >=, table[i].base_high);
      g_assert_cmpfloat (table[i].base_low * (1 + benefits.low / 100), <=, table[i].total_low + 100);
      g_assert_cmpfloat (table[i].base_high * (1 + benefits.high / 100), >=, table[i].total_high - 100);
    }
  g_assert_true (hc_plan_validate (plan, NULL));
}

static void
test_phases_in_weeks (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  HcPhase *foundation = hc_plan_find_phase (plan, "foundation");
  HcPhase *database = hc_plan_find_phase (plan, "database");
  HcPhase *infrastructure = hc_plan_find_phase (plan, "infrastructure");
  g_autofree char *label = hc_phase_format_range (database);
  GDate feb, jan;

  /* Calendar months from the start date (DOMAIN.md): from 1 Feb 2027,
   * month 2 is March (day 28 on), month 4 ends with May (day 120), month 3
   * begins 1 April (day 59) and month 6 ends 31 July (day 181). */
  g_date_clear (&feb, 1);
  g_date_set_dmy (&feb, 1, G_DATE_FEBRUARY, 2027);
  g_assert_cmpfloat (hc_phase_get_start_week (foundation, &feb), ==, 0);
  g_assert_cmpfloat (hc_phase_get_end_week (foundation, &feb), ==, 8);
  g_assert_cmpfloat (hc_phase_get_start_week (hc_plan_find_phase (plan, "capacity"), &feb), ==, 3);
  g_assert_cmpfloat_with_epsilon (hc_phase_get_start_week (database, &feb), 28 / 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_phase_get_end_week (database, &feb), 120 / 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_phase_get_start_week (infrastructure, &feb), 59 / 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_phase_get_end_week (infrastructure, &feb), 181 / 7.0, 1e-9);
  /* From 15 Jan 2027: month 2 begins 15 Feb (day 31), month 4 ends
   * 14 May (the day before 15 May, day 120). */
  g_date_clear (&jan, 1);
  g_date_set_dmy (&jan, 15, G_DATE_JANUARY, 2027);
  g_assert_cmpfloat_with_epsilon (hc_phase_get_start_week (database, &jan), 31 / 7.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_phase_get_end_week (database, &jan), 120 / 7.0, 1e-9);
  g_assert_cmpstr (label, ==, "Months 2–4");
}

static void
test_changed_signals (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  HcPosition *position = add_position (plan, "p1", "backend", "foundation");
  g_autoptr(HcPosition) removed = g_object_ref (position);
  guint plan_changed = 0, notified = 0;

  g_signal_connect (plan, "changed", G_CALLBACK (count_signal), &plan_changed);
  g_signal_connect (position, "notify::count", G_CALLBACK (count_notify), &notified);

  hc_position_set_count (position, 3);
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (plan_changed, ==, 1);
  hc_position_set_count (position, 3); /* no change, no signal */
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (plan_changed, ==, 1);

  hc_role_set_salary (hc_plan_find_role (plan, "database"), HC_SENIORITY_MID, hc_range_make (1, 2));
  g_assert_cmpuint (plan_changed, ==, 2);
  hc_cost_assumptions_set (hc_plan_get_assumptions (plan), HC_ASSUMPTION_CLOUD_PER_MONTH,
                           hc_range_make (5, 6));
  g_assert_cmpuint (plan_changed, ==, 3);
  hc_plan_set_title (plan, "Other");
  g_assert_cmpuint (plan_changed, ==, 4);

  g_list_store_remove (hc_plan_get_positions (plan), 0);
  g_assert_cmpuint (plan_changed, ==, 5);
  /* A removed position no longer belongs to the plan. */
  hc_position_set_count (removed, 7);
  g_assert_cmpuint (plan_changed, ==, 5);
}

static void
test_optional_fields (void)
{
  g_autoptr(HcPosition) position = hc_position_new ("p", "backend", HC_SENIORITY_SENIOR, "foundation");
  HcRange range = hc_range_make (100000, 120000);
  HcRange out;
  double week = 4, out_week;
  HcRange *boxed = NULL;

  g_assert_false (hc_position_get_salary_override (position, &out));
  hc_position_set_salary_override (position, &range);
  g_assert_true (hc_position_get_salary_override (position, &out));
  g_assert_true (hc_range_equal (out, range));
  g_object_get (position, "salary-override", &boxed, NULL);
  g_assert_nonnull (boxed);
  g_assert_cmpfloat (boxed->high, ==, 120000);
  g_free (boxed);
  hc_position_set_salary_override (position, NULL);
  g_assert_false (hc_position_get_salary_override (position, NULL));

  hc_position_set_earliest_start (position, &week);
  g_assert_true (hc_position_get_earliest_start (position, &out_week));
  g_assert_cmpfloat (out_week, ==, 4);
  g_object_set (position, "earliest-start-week", -1.0, NULL);
  g_assert_false (hc_position_get_earliest_start (position, NULL));
}

typedef void (*BreakFunc) (HcPlan *plan);

static void break_count (HcPlan *plan) { hc_position_set_count (hc_plan_find_position (plan, "p2", NULL), 0); }
static void break_big_count (HcPlan *plan) { hc_position_set_count (hc_plan_find_position (plan, "p2", NULL), 10001); }
static void break_role (HcPlan *plan) { hc_position_set_role_id (hc_plan_find_position (plan, "p1", NULL), "designer"); }
static void break_phase (HcPlan *plan) { hc_position_set_phase_id (hc_plan_find_position (plan, "p2", NULL), "later"); }
static void break_duplicate (HcPlan *plan) { hc_position_set_id (hc_plan_find_position (plan, "p2", NULL), "p1"); }
static void break_currency (HcPlan *plan) { hc_plan_set_currency (plan, "usd"); }
static void break_horizon (HcPlan *plan) { hc_plan_set_horizon_months (plan, 0); }
static void break_adjustment (HcPlan *plan) { hc_position_set_location_adjustment (hc_plan_find_position (plan, "p1", NULL), NAN); }
static void
break_salary (HcPlan *plan)
{
  HcRange huge = hc_range_make (100, 1e308);
  hc_position_set_salary_override (hc_plan_find_position (plan, "p2", NULL), &huge);
}
static void
break_inverted (HcPlan *plan)
{
  hc_role_set_salary (hc_plan_find_role (plan, "database"), HC_SENIORITY_STAFF, hc_range_make (300000, 200000));
}
static void
break_negative (HcPlan *plan)
{
  hc_cost_assumptions_set (hc_plan_get_assumptions (plan), HC_ASSUMPTION_EQUIPMENT_PER_PERSON,
                           hc_range_make (-5, 10));
}
static void
break_phase_range (HcPlan *plan)
{
  hc_phase_set_range (hc_plan_find_phase (plan, "capacity"), HC_TIME_UNIT_WEEK, 9, 4);
}

static void
test_validation_paths (void)
{
  static const struct { BreakFunc func; const char *message; } cases[] = {
    { break_count, "$.positions[1].count: must be a whole number from 1 to 10000" },
    { break_big_count, "$.positions[1].count: must be a whole number from 1 to 10000" },
    { break_role, "$.positions[0].role: there is no role “designer” in $.roles" },
    { break_phase, "$.positions[1].phase: there is no phase “later” in $.phases" },
    { break_duplicate, "$.positions[1].id: the id “p1” is used twice" },
    { break_currency, "$.currency: must be a three-letter ISO 4217 code such as USD or EUR" },
    { break_horizon, "$.horizon_months: must be a whole number from 1 to 120" },
    { break_adjustment, "$.positions[0].location_adjustment_percent: must be a percentage from -90 to 300" },
    { break_salary, "$.positions[1].salary: must be a range of numbers from 0 to 10000000" },
    { break_inverted, "$.roles[1].salary.staff: low (300000) must not be above high (200000)" },
    { break_negative, "$.assumptions.equipment_per_person: must be a range of numbers from 0 to 1000000000" },
    { break_phase_range, "$.phases[1].last: must be a whole number from 9 (the first) to 520" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HcPlan) plan = hc_plan_new_default ();
      g_autoptr(GError) error = NULL;

      add_position (plan, "p1", "backend", "foundation");
      add_position (plan, "p2", "database", "database");
      g_assert_true (hc_plan_validate (plan, NULL));
      cases[i].func (plan);
      g_assert_false (hc_plan_validate (plan, &error));
      g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

static void
test_copy_is_deep (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  g_autoptr(HcPlan) copy = NULL;
  HcPosition *original;
  HcPosition *copied;

  add_position (plan, "p1", "backend", "foundation");
  hc_plan_set_title (plan, "Original");
  copy = hc_plan_copy (plan);
  original = hc_plan_find_position (plan, "p1", NULL);
  copied = hc_plan_find_position (copy, "p1", NULL);
  g_assert_true (original != copied);
  g_assert_cmpstr (hc_plan_get_title (copy), ==, "Original");
  g_assert_cmpuint (hc_plan_get_headcount (copy), ==, 1);
  hc_position_set_count (copied, 4);
  g_assert_cmpuint (hc_position_get_count (original), ==, 1);
  g_assert_cmpuint (hc_plan_get_headcount (copy), ==, 4);
  g_assert_true (hc_plan_validate (copy, NULL));
  g_assert_finalize_object (g_steal_pointer (&copy));
}

static void
test_unique_ids (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  g_autofree char *first = hc_plan_make_unique_id (plan, positions, "position");
  g_autofree char *second = NULL;
  guint index = 99;

  add_position (plan, first, "backend", "foundation");
  add_position (plan, "position-2", "backend", "foundation");
  second = hc_plan_make_unique_id (plan, positions, "position");
  g_assert_cmpstr (first, ==, "position-1");
  g_assert_cmpstr (second, ==, "position-3");
  g_assert_nonnull (hc_plan_find_position (plan, "position-2", &index));
  g_assert_cmpuint (index, ==, 1);
  g_assert_null (hc_plan_find_position (plan, "nobody", NULL));
}

static void
test_enum_strings (void)
{
  HcSeniority seniority;
  HcSourcing sourcing;
  HcSkills skill;
  HcAssumption assumption;

  g_assert_true (hc_seniority_from_string ("staff", &seniority));
  g_assert_cmpint (seniority, ==, HC_SENIORITY_STAFF);
  g_assert_false (hc_seniority_from_string ("Staff", &seniority));
  g_assert_true (hc_sourcing_from_string ("agency", &sourcing));
  g_assert_cmpstr (hc_sourcing_to_string (sourcing), ==, "agency");
  g_assert_true (hc_skill_from_string ("infrastructure", &skill));
  g_assert_cmpint (skill, ==, HC_SKILL_INFRASTRUCTURE);
  g_assert_false (hc_skill_from_string (NULL, &skill));
  g_assert_true (hc_assumption_from_string ("cloud_per_month", &assumption));
  g_assert_cmpint (assumption, ==, HC_ASSUMPTION_CLOUD_PER_MONTH);
}

static void
test_plan_finalizes (void)
{
  HcPlan *plan = hc_plan_new_default ();

  add_position (plan, "p1", "backend", "foundation");
  g_assert_finalize_object (plan);
}

int
main (int   argc,
      char *argv[])
{
  /* The locale meson gives: these tests run under C.UTF-8 and de_DE.UTF-8. */
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/defaults-match-guide", test_defaults_match_guide);
  g_test_add_func ("/model/phases-in-weeks", test_phases_in_weeks);
  g_test_add_func ("/model/changed-signals", test_changed_signals);
  g_test_add_func ("/model/optional-fields", test_optional_fields);
  g_test_add_func ("/model/validation-paths", test_validation_paths);
  g_test_add_func ("/model/copy-is-deep", test_copy_is_deep);
  g_test_add_func ("/model/unique-ids", test_unique_ids);
  g_test_add_func ("/model/enum-strings", test_enum_strings);
  g_test_add_func ("/model/plan-finalizes", test_plan_finalizes);

  return g_test_run ();
}
