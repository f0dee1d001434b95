/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-validate"

#include "config.h"

#include <math.h>

#include "headcount-core.h"
#include "../hc-test.h"

/* The rules of hc-validate.h, one by one, and then the promise they make:
 * whatever they accept (what an editor lets through) a saved plan file
 * holds and loads again; whatever they refuse, the loader refuses with
 * the same words. */

static void
check_refused (gboolean     ok,
               GError      *error,
               const char  *message)
{
  g_assert_false (ok);
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
}

/* @call first, then its @error: arguments have no order of their own. */
#define assert_refused(call, error, message) \
  G_STMT_START { gboolean ok_ = (call); check_refused (ok_, (error), (message)); } G_STMT_END

static void
test_currency (void)
{
  const char *good[] = { "USD", "EUR", "JPY", "XXX" };
  const char *bad[] = { "usd", "Usd", "US", "USDX", "U1D", "", "ÄBC", "US " };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (good); i++)
    {
      g_assert_true (hc_validate_currency (good[i], NULL, &error));
      g_assert_no_error (error);
    }
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      assert_refused (hc_validate_currency (bad[i], NULL, &error), error,
                      "Currency must be a three-letter ISO 4217 code such as USD or EUR");
      g_clear_error (&error);
    }
  assert_refused (hc_validate_currency ("usd", "$.currency", &error), error,
                  "$.currency: must be a three-letter ISO 4217 code such as USD or EUR");
  g_clear_error (&error);
  assert_refused (hc_validate_currency (NULL, "Default currency", &error), error,
                  "Default currency must be a three-letter ISO 4217 code such as USD or EUR");
}

static void
test_whole_numbers (void)
{
  g_autoptr(GError) error = NULL;
  const double bad_counts[] = { 0, HC_MAX_COUNT + 1, 1.5, -1, NAN, INFINITY };

  g_assert_true (hc_validate_count (1, NULL, NULL));
  g_assert_true (hc_validate_count (HC_MAX_COUNT, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (bad_counts); i++)
    {
      assert_refused (hc_validate_count (bad_counts[i], NULL, &error), error,
                      "Count must be a whole number from 1 to 10000");
      g_clear_error (&error);
    }
  assert_refused (hc_validate_count (0, "$.positions[3].count", &error), error,
                  "$.positions[3].count: must be a whole number from 1 to 10000");
  g_clear_error (&error);

  g_assert_true (hc_validate_horizon_months (1, NULL, NULL));
  g_assert_true (hc_validate_horizon_months (HC_MAX_HORIZON_MONTHS, NULL, NULL));
  g_assert_false (hc_validate_horizon_months (0, NULL, NULL));
  g_assert_false (hc_validate_horizon_months (2.5, NULL, NULL));
  assert_refused (hc_validate_horizon_months (121, "Horizon (months)", &error), error,
                  "Horizon (months) must be a whole number from 1 to 120");
}

static void
test_percent_and_week (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hc_validate_location_adjustment (HC_MIN_LOCATION_PCT, NULL, NULL));
  g_assert_true (hc_validate_location_adjustment (HC_MAX_LOCATION_PCT, NULL, NULL));
  g_assert_true (hc_validate_location_adjustment (-12.5, NULL, NULL));
  g_assert_false (hc_validate_location_adjustment (300.01, NULL, NULL));
  g_assert_false (hc_validate_location_adjustment (NAN, NULL, NULL));
  assert_refused (hc_validate_location_adjustment (-90.5, NULL, &error), error,
                  "Location adjustment must be a percentage from -90 to 300");
  g_clear_error (&error);

  g_assert_true (hc_validate_earliest_start (0, NULL, NULL));
  g_assert_true (hc_validate_earliest_start (HC_MAX_WEEKS, NULL, NULL));
  g_assert_true (hc_validate_earliest_start (7.5, NULL, NULL));
  g_assert_false (hc_validate_earliest_start (-0.5, NULL, NULL));
  assert_refused (hc_validate_earliest_start (521, "$.positions[0].earliest_start_week", &error),
                  error, "$.positions[0].earliest_start_week: must be a week from 0 to 520");
}

static void
test_ranges (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hc_validate_salary (hc_range_make (0, 0), NULL, NULL));
  g_assert_true (hc_validate_salary (hc_range_make (0, HC_MAX_SALARY), NULL, NULL));
  g_assert_true (hc_validate_salary (hc_range_make (400000, 400000), NULL, NULL));
  assert_refused (hc_validate_salary (hc_range_make (500000, 400000), NULL, &error), error,
                  "Salary: low (500000) must not be above high (400000)");
  g_clear_error (&error);
  assert_refused (hc_validate_salary (hc_range_make (-1, 5), "Salary", &error), error,
                  "Salary must be a range of numbers from 0 to 10000000");
  g_clear_error (&error);
  assert_refused (hc_validate_salary (hc_range_make (5, HC_MAX_SALARY + 1), "$.roles[1].salary.mid",
                                      &error),
                  error, "$.roles[1].salary.mid: must be a range of numbers from 0 to 10000000");
  g_clear_error (&error);
  g_assert_false (hc_validate_salary (hc_range_make (NAN, 5), NULL, NULL));
  g_assert_false (hc_validate_salary (hc_range_make (5, INFINITY), NULL, NULL));

  g_assert_true (hc_validate_weeks (hc_range_make (0, HC_MAX_WEEKS), NULL, NULL));
  g_assert_true (hc_validate_weeks (hc_range_make (2.5, 3.5), NULL, NULL));
  assert_refused (hc_validate_weeks (hc_range_make (4, 530), "Time to hire", &error), error,
                  "Time to hire must be a range of numbers from 0 to 520");
  g_clear_error (&error);

  /* hc_range_check() is the same rule with bounds of one's own. */
  assert_refused (hc_range_check (hc_range_make (3, 2), 0, 10, "$.x", &error), error,
                  "$.x: low (3) must not be above high (2)");
}

static void
test_assumptions (void)
{
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    {
      HcRange limits = hc_cost_assumptions_get_limits (i);
      g_autoptr(GError) error = NULL;
      g_autofree char *expected = NULL;

      g_assert_true (hc_validate_assumption (i, limits, NULL, NULL));
      g_assert_true (hc_validate_assumption (i, hc_cost_assumptions_get_default (i), NULL, NULL));
      g_assert_false (hc_validate_assumption (i, hc_range_make (limits.low, limits.high * 1.001),
                                              NULL, NULL));
      g_assert_false (hc_validate_assumption (i, hc_range_make (limits.high, limits.low), NULL, NULL)
                      && limits.low != limits.high);
      g_assert_false (hc_validate_assumption (i, hc_range_make (limits.low - 1, limits.high),
                                              NULL, &error));
      /* Named by its label when the caller gives no name. */
      g_assert_true (g_str_has_prefix (error->message, hc_assumption_get_label (i)));
    }
}

static void
test_phase_span (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hc_validate_phase_first (HC_TIME_UNIT_WEEK, 1, NULL, NULL));
  g_assert_true (hc_validate_phase_first (HC_TIME_UNIT_WEEK, HC_MAX_WEEKS, NULL, NULL));
  g_assert_true (hc_validate_phase_last (HC_TIME_UNIT_WEEK, 1, HC_MAX_WEEKS, NULL, NULL));
  g_assert_true (hc_validate_phase_last (HC_TIME_UNIT_MONTH, 3, HC_MAX_HORIZON_MONTHS, NULL, NULL));
  g_assert_true (hc_validate_phase_last (HC_TIME_UNIT_MONTH, 3, 3, NULL, NULL));
  g_assert_false (hc_validate_phase_first (HC_TIME_UNIT_WEEK, 0, NULL, NULL));
  g_assert_false (hc_validate_phase_first (HC_TIME_UNIT_WEEK, 1.5, NULL, NULL));
  /* A month phase ends within ten years too: 120 months, not 520. */
  assert_refused (hc_validate_phase_first (HC_TIME_UNIT_MONTH, 121, NULL, &error), error,
                  "From must be a whole number from 1 to 120");
  g_clear_error (&error);
  assert_refused (hc_validate_phase_last (HC_TIME_UNIT_MONTH, 3, 200, NULL, &error), error,
                  "To must be a whole number from 3 (the first) to 120");
  g_clear_error (&error);
  assert_refused (hc_validate_phase_last (HC_TIME_UNIT_WEEK, 8, 7, "$.phases[0].last", &error),
                  error, "$.phases[0].last: must be a whole number from 8 (the first) to 520");
}

static char *
repeat (const char *unit,
        guint       times)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < times; i++)
    g_string_append (text, unit);
  return g_string_free (text, FALSE);
}

static void
test_texts (void)
{
  g_autofree char *name_max = repeat ("é", HC_MAX_NAME_LENGTH);
  g_autofree char *name_over = repeat ("é", HC_MAX_NAME_LENGTH + 1);
  g_autofree char *notes_max = repeat ("n", HC_MAX_NOTES_LENGTH);
  g_autofree char *notes_over = repeat ("n", HC_MAX_NOTES_LENGTH + 1);
  g_autofree char *id_max = repeat ("i", HC_MAX_ID_LENGTH);
  g_autofree char *id_over = repeat ("i", HC_MAX_ID_LENGTH + 1);
  g_autoptr(GError) error = NULL;

  /* Characters are counted, not bytes: 200 "é" are 400 bytes. */
  g_assert_true (hc_validate_name (name_max, NULL, NULL));
  assert_refused (hc_validate_name (name_over, NULL, &error), error,
                  "Name must be at most 200 characters long");
  g_clear_error (&error);
  assert_refused (hc_validate_name ("", "$.roles[0].name", &error), error,
                  "$.roles[0].name: must not be empty");
  g_clear_error (&error);
  g_assert_false (hc_validate_name ("\xff", NULL, NULL));

  g_assert_true (hc_validate_title ("", NULL, NULL));
  g_assert_true (hc_validate_title (name_max, NULL, NULL));
  assert_refused (hc_validate_title (name_over, "Location", &error), error,
                  "Location must be at most 200 characters long");
  g_clear_error (&error);

  g_assert_true (hc_validate_subtitle ("", NULL, NULL));
  g_assert_true (hc_validate_subtitle (name_max, NULL, NULL));
  assert_refused (hc_validate_subtitle (name_over, NULL, &error), error,
                  "Subtitle must be at most 200 characters long");
  g_clear_error (&error);
  assert_refused (hc_validate_subtitle (name_over, "$.subtitle", &error), error,
                  "$.subtitle: must be at most 200 characters long");
  g_clear_error (&error);
  g_assert_false (hc_validate_subtitle ("\xff", NULL, NULL));

  g_assert_true (hc_validate_notes ("", NULL, NULL));
  g_assert_true (hc_validate_notes (notes_max, NULL, NULL));
  assert_refused (hc_validate_notes (notes_over, NULL, &error), error,
                  "Notes must be at most 100000 characters long");
  g_clear_error (&error);

  g_assert_true (hc_validate_id (id_max, NULL, NULL));
  g_assert_false (hc_validate_id (id_over, NULL, NULL));
  g_assert_false (hc_validate_id ("", NULL, NULL));
}

static void
test_dates (void)
{
  g_autoptr(GError) error = NULL;
  const char *unreadable[] = { "2026-02-29", "2026-1-01", "2026-01-01x", "26-01-01", "2026/01/01",
                               "", "2026-13-01", "2026-00-10", "0000-01-01" };
  GDate date;

  g_date_clear (&date, 1);
  g_assert_true (hc_parse_iso_date ("2028-02-29", &date));
  g_assert_cmpint (g_date_get_day (&date), ==, 29);
  for (guint i = 0; i < G_N_ELEMENTS (unreadable); i++)
    g_assert_false (hc_parse_iso_date (unreadable[i], &date));

  g_assert_true (hc_validate_start_date_text ("1900-01-01", NULL, &date, NULL));
  g_assert_true (hc_validate_start_date_text ("2200-12-31", NULL, &date, NULL));
  g_assert_cmpint (g_date_get_year (&date), ==, 2200);
  assert_refused (hc_validate_start_date_text ("1899-12-31", NULL, &date, &error), error,
                  "Start date must be a date between the years 1900 and 2200");
  g_clear_error (&error);
  /* A refused text leaves @date alone. */
  g_assert_cmpint (g_date_get_year (&date), ==, 2200);
  assert_refused (hc_validate_start_date_text ("2026-02-30", "Start date", &date, &error), error,
                  "Start date must be a date written YYYY-MM-DD");
  g_clear_error (&error);
  g_date_set_dmy (&date, 1, 1, 2201);
  assert_refused (hc_validate_start_date (&date, "$.start_date", &error), error,
                  "$.start_date: must be a date between the years 1900 and 2200");
}

/* ---- what the rules accept, a file holds; what they refuse, the loader refuses */

typedef void (*PlanEdit) (HcPlan *plan, gconstpointer value);

static HcPosition *
first_position (HcPlan *plan)
{
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);

  return position; /* the store holds it */
}

static HcRole *
first_role (HcPlan *plan)
{
  g_autoptr(HcRole) role = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_roles (plan)), 0);

  return role;
}

static HcPhase *
first_phase (HcPlan *plan)
{
  g_autoptr(HcPhase) phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan)), 0);

  return phase;
}

static HcPlan *
plan_with_position (void)
{
  HcPlan *plan = hc_plan_new_default ();
  g_autoptr(HcPosition) position = hc_position_new ("p1", hc_role_get_id (first_role (plan)),
                                                    HC_SENIORITY_MID,
                                                    hc_phase_get_id (first_phase (plan)));

  g_list_store_append (hc_plan_get_positions (plan), position);
  return plan;
}

/* One field: how to put a value in a plan, where a file keeps it, and
 * what the rule says about it (with that path as the field's name). */
typedef struct
{
  const char *path;
  void      (*apply) (HcPlan *plan, double a, double b);
  gboolean  (*check) (double a, double b, const char *field, GError **error);
  double      values[8][2];
  guint       n_values;
} FieldCase;

static void apply_count (HcPlan *p, double a, double b) { hc_position_set_count (first_position (p), (guint) a); }
static gboolean check_count (double a, double b, const char *f, GError **e) { return hc_validate_count (a, f, e); }

static void apply_horizon (HcPlan *p, double a, double b) { hc_plan_set_horizon_months (p, (guint) a); }
static gboolean check_horizon (double a, double b, const char *f, GError **e) { return hc_validate_horizon_months (a, f, e); }

static void apply_adjustment (HcPlan *p, double a, double b) { hc_position_set_location_adjustment (first_position (p), a); }
static gboolean check_adjustment (double a, double b, const char *f, GError **e) { return hc_validate_location_adjustment (a, f, e); }

static void apply_start_week (HcPlan *p, double a, double b) { hc_position_set_earliest_start (first_position (p), &a); }
static gboolean check_start_week (double a, double b, const char *f, GError **e) { return hc_validate_earliest_start (a, f, e); }

static void
apply_position_salary (HcPlan *p, double a, double b)
{
  HcRange r = hc_range_make (a, b);

  hc_position_set_salary_override (first_position (p), &r);
}
static gboolean check_salary (double a, double b, const char *f, GError **e) { return hc_validate_salary (hc_range_make (a, b), f, e); }

static void
apply_position_weeks (HcPlan *p, double a, double b)
{
  HcRange r = hc_range_make (a, b);

  hc_position_set_time_to_hire (first_position (p), &r);
}
static gboolean check_weeks (double a, double b, const char *f, GError **e) { return hc_validate_weeks (hc_range_make (a, b), f, e); }

static void apply_role_salary (HcPlan *p, double a, double b) { hc_role_set_salary (first_role (p), HC_SENIORITY_STAFF, hc_range_make (a, b)); }
static void apply_role_ramp (HcPlan *p, double a, double b) { hc_role_set_ramp_up (first_role (p), HC_SENIORITY_JUNIOR, hc_range_make (a, b)); }

static void apply_benefits (HcPlan *p, double a, double b) { hc_cost_assumptions_set (hc_plan_get_assumptions (p), HC_ASSUMPTION_BENEFITS_PERCENT, hc_range_make (a, b)); }
static gboolean check_benefits (double a, double b, const char *f, GError **e) { return hc_validate_assumption (HC_ASSUMPTION_BENEFITS_PERCENT, hc_range_make (a, b), f, e); }

static void apply_payroll_tax (HcPlan *p, double a, double b) { hc_cost_assumptions_set (hc_plan_get_assumptions (p), HC_ASSUMPTION_PAYROLL_TAX_PERCENT, hc_range_make (a, b)); }
static gboolean check_payroll_tax (double a, double b, const char *f, GError **e) { return hc_validate_assumption (HC_ASSUMPTION_PAYROLL_TAX_PERCENT, hc_range_make (a, b), f, e); }
static void apply_signing (HcPlan *p, double a, double b) { hc_cost_assumptions_set (hc_plan_get_assumptions (p), HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON, hc_range_make (a, b)); }
static gboolean check_signing (double a, double b, const char *f, GError **e) { return hc_validate_assumption (HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON, hc_range_make (a, b), f, e); }
static void apply_referral (HcPlan *p, double a, double b) { hc_cost_assumptions_set (hc_plan_get_assumptions (p), HC_ASSUMPTION_REFERRAL_BONUS_PER_PERSON, hc_range_make (a, b)); }
static gboolean check_referral (double a, double b, const char *f, GError **e) { return hc_validate_assumption (HC_ASSUMPTION_REFERRAL_BONUS_PER_PERSON, hc_range_make (a, b), f, e); }
static void apply_relocation (HcPlan *p, double a, double b) { hc_position_set_relocation (first_position (p), hc_range_make (a, b)); }
static gboolean check_relocation (double a, double b, const char *f, GError **e) { return hc_validate_relocation (hc_range_make (a, b), f, e); }

static void apply_month_span (HcPlan *p, double a, double b) { hc_phase_set_range (first_phase (p), HC_TIME_UNIT_MONTH, (guint) a, (guint) b); }
static gboolean
check_month_span (double a, double b, const char *f, GError **e)
{
  g_autofree char *first = g_strconcat (f, ".first", NULL);
  g_autofree char *last = g_strconcat (f, ".last", NULL);

  return hc_validate_phase_first (HC_TIME_UNIT_MONTH, a, first, e)
      && hc_validate_phase_last (HC_TIME_UNIT_MONTH, a, b, last, e);
}

static const FieldCase field_cases[] = {
  { "$.positions[0].count", apply_count, check_count,
    { { 1 }, { HC_MAX_COUNT }, { 0 }, { HC_MAX_COUNT + 1 } }, 4 },
  { "$.horizon_months", apply_horizon, check_horizon,
    { { 1 }, { HC_MAX_HORIZON_MONTHS }, { HC_MAX_HORIZON_MONTHS + 1 } }, 3 },
  { "$.positions[0].location_adjustment_percent", apply_adjustment, check_adjustment,
    { { HC_MIN_LOCATION_PCT }, { HC_MAX_LOCATION_PCT }, { 12.25 }, { -90.5 }, { 300.5 } }, 5 },
  { "$.positions[0].earliest_start_week", apply_start_week, check_start_week,
    { { 0 }, { HC_MAX_WEEKS }, { 0.5 }, { -1 }, { HC_MAX_WEEKS + 0.5 } }, 5 },
  { "$.positions[0].salary", apply_position_salary, check_salary,
    { { 0, 0 }, { 0, HC_MAX_SALARY }, { 400000, 400000 }, { 500000, 400000 },
      { -1, 10 }, { 10, HC_MAX_SALARY + 1 } }, 6 },
  { "$.positions[0].time_to_hire_weeks", apply_position_weeks, check_weeks,
    { { 0, HC_MAX_WEEKS }, { 2.5, 2.5 }, { 9, 8 }, { 0, HC_MAX_WEEKS + 1 } }, 4 },
  { "$.roles[0].salary.staff", apply_role_salary, check_salary,
    { { HC_MAX_SALARY, HC_MAX_SALARY }, { 1, 0 } }, 2 },
  { "$.roles[0].ramp_up_weeks.junior", apply_role_ramp, check_weeks,
    { { 0, 0 }, { HC_MAX_WEEKS, HC_MAX_WEEKS }, { -2, 0 } }, 3 },
  { "$.assumptions.benefits_percent", apply_benefits, check_benefits,
    { { 0, HC_MAX_PERCENT }, { 22.5, 22.5 }, { 0, HC_MAX_PERCENT + 1 }, { 30, 20 } }, 4 },
  { "$.assumptions.payroll_tax_percent", apply_payroll_tax, check_payroll_tax,
    { { 0, 100 }, { 7.65, 7.65 }, { 0, 100.5 }, { -1, 5 }, { 9, 8 } }, 5 },
  { "$.assumptions.signing_bonus_per_person", apply_signing, check_signing,
    { { 0, HC_MAX_MONEY }, { 5000, 10000 }, { -500, 1000 }, { 0, HC_MAX_MONEY + 1 } }, 4 },
  { "$.assumptions.referral_bonus_per_person", apply_referral, check_referral,
    { { 2500, 2500 }, { -1, -1 }, { 3000, 2000 } }, 3 },
  { "$.positions[0].relocation_per_person", apply_relocation, check_relocation,
    { { 0, 0 }, { 10000, 20000 }, { -10000, 0 }, { 5, 4 } }, 4 },
  { "$.phases[0]", apply_month_span, check_month_span,
    { { 1, HC_MAX_HORIZON_MONTHS }, { 120, 120 }, { 1, 121 }, { 5, 4 }, { 121, 121 } }, 5 },
};

static void
test_rules_match_loader (void)
{
  for (guint c = 0; c < G_N_ELEMENTS (field_cases); c++)
    for (guint v = 0; v < field_cases[c].n_values; v++)
      {
        const FieldCase *fc = &field_cases[c];
        double a = fc->values[v][0], b = fc->values[v][1];
        g_autoptr(HcPlan) plan = plan_with_position ();
        g_autoptr(GError) rule_error = NULL;
        g_autoptr(GError) load_error = NULL;
        g_autoptr(GBytes) bytes = NULL;
        g_autoptr(HcPlan) loaded = NULL;
        g_autoptr(GBytes) again = NULL;
        gboolean accepted = fc->check (a, b, fc->path, &rule_error);

        fc->apply (plan, a, b);
        bytes = hc_plan_to_bytes (plan);
        loaded = hc_plan_load_from_bytes (bytes, &load_error);
        g_test_message ("%s = %g, %g: %s", fc->path, a, b, accepted ? "accepted" : rule_error->message);
        if (accepted)
          {
            /* The saved file loads again, and holds the same plan. */
            g_assert_no_error (load_error);
            g_assert_nonnull (loaded);
            again = hc_plan_to_bytes (loaded);
            g_assert_true (g_bytes_equal (bytes, again));
          }
        else
          {
            /* Refused by the loader in the rule's own words. */
            g_assert_null (loaded);
            g_assert_error (load_error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
            g_assert_cmpstr (load_error->message, ==, rule_error->message);
          }
      }
}

/* The costs the guides leave out: the likeliest slips get a sentence of
 * their own, naming the path, and a refused file leaves the document as
 * it was (the loader returns no plan). */
static void
test_costs_not_in_guides (void)
{
  const struct {
    HcAssumption which;
    HcRange      value;
    const char  *message;
  } cases[] = {
    { HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON, { -5000, 10000 },
      "$.assumptions.signing_bonus_per_person: must not be negative: an amount paid, 0 for none" },
    { HC_ASSUMPTION_REFERRAL_BONUS_PER_PERSON, { -1, -1 },
      "$.assumptions.referral_bonus_per_person: must not be negative: an amount paid, 0 for none" },
    { HC_ASSUMPTION_PAYROLL_TAX_PERCENT, { 10, 120 },
      "$.assumptions.payroll_tax_percent: must be a percentage of base salary from 0 to 100" },
  };
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    {
      /* Zero until set; an editor's row shows 0 as the default. */
      if (!hc_cost_assumptions_is_in_guides (i))
        g_assert_true (hc_range_equal (hc_cost_assumptions_get_default (i), hc_range_make (0, 0)));
    }
  g_assert_false (hc_cost_assumptions_is_in_guides (HC_ASSUMPTION_PAYROLL_TAX_PERCENT));
  g_assert_true (hc_cost_assumptions_is_in_guides (HC_ASSUMPTION_BENEFITS_PERCENT));

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HcPlan) plan = plan_with_position ();
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(HcPlan) loaded = NULL;
      g_autoptr(GError) load_error = NULL;

      hc_cost_assumptions_set (hc_plan_get_assumptions (plan), cases[i].which, cases[i].value);
      bytes = hc_plan_to_bytes (plan);
      loaded = hc_plan_load_from_bytes (bytes, &load_error);
      g_assert_null (loaded);
      g_assert_error (load_error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
      g_assert_cmpstr (load_error->message, ==, cases[i].message);
    }

  /* An editor's field names itself by its label. */
  g_assert_false (hc_validate_relocation (hc_range_make (-1, 0), NULL, &error));
  g_assert_cmpstr (error->message, ==, "Relocation per person must not be negative: an amount paid, 0 for none");
  g_clear_error (&error);
  g_assert_false (hc_validate_assumption (HC_ASSUMPTION_PAYROLL_TAX_PERCENT, hc_range_make (0, 101),
                                          NULL, &error));
  g_assert_cmpstr (error->message, ==, "Payroll tax must be a percentage of base salary from 0 to 100");
}

/* Texts and the currency: what the rules accept round-trips, what they
 * refuse the loader refuses with the same message. */
static void
test_text_rules_match_loader (void)
{
  g_autofree char *long_name = repeat ("ß", HC_MAX_NAME_LENGTH);
  g_autofree char *too_long = repeat ("ß", HC_MAX_NAME_LENGTH + 1);
  const struct {
    const char *currency;
    const char *location;
    const char *role_name;
    const char *message;  /* NULL: accepted */
  } cases[] = {
    { "EUR", long_name, "Backend", NULL },
    { "XAF", "", "B", NULL },
    { "usd", "", "B", "$.currency: must be a three-letter ISO 4217 code such as USD or EUR" },
    { "EURO", "", "B", "$.currency: must be a three-letter ISO 4217 code such as USD or EUR" },
    { "EUR", too_long, "B", "$.positions[0].location: must be at most 200 characters long" },
    { "EUR", "", "", "$.roles[0].name: must not be empty" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HcPlan) plan = plan_with_position ();
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(HcPlan) loaded = NULL;
      gboolean accepted = hc_validate_currency (cases[i].currency, NULL, NULL)
                          && hc_validate_title (cases[i].location, NULL, NULL)
                          && hc_validate_name (cases[i].role_name, NULL, NULL);

      g_assert_cmpint (accepted, ==, cases[i].message == NULL);
      hc_plan_set_currency (plan, cases[i].currency);
      hc_position_set_location (first_position (plan), cases[i].location);
      hc_role_set_name (first_role (plan), cases[i].role_name);
      bytes = hc_plan_to_bytes (plan);
      loaded = hc_plan_load_from_bytes (bytes, &error);
      if (cases[i].message == NULL)
        {
          g_assert_no_error (error);
          g_assert_cmpstr (hc_plan_get_currency (loaded), ==, cases[i].currency);
          g_assert_cmpstr (hc_position_get_location (first_position (loaded)), ==, cases[i].location);
        }
      else
        {
          g_assert_null (loaded);
          g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
          g_assert_cmpstr (error->message, ==, cases[i].message);
        }
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  hc_test_set_locale ();

  g_test_add_func ("/validate/currency", test_currency);
  g_test_add_func ("/validate/whole-numbers", test_whole_numbers);
  g_test_add_func ("/validate/percent-and-week", test_percent_and_week);
  g_test_add_func ("/validate/ranges", test_ranges);
  g_test_add_func ("/validate/assumptions", test_assumptions);
  g_test_add_func ("/validate/phase-span", test_phase_span);
  g_test_add_func ("/validate/texts", test_texts);
  g_test_add_func ("/validate/dates", test_dates);
  g_test_add_func ("/validate/rules-match-loader", test_rules_match_loader);
  g_test_add_func ("/validate/costs-not-in-guides", test_costs_not_in_guides);
  g_test_add_func ("/validate/text-rules-match-loader", test_text_rules_match_loader);
  return g_test_run ();
}
