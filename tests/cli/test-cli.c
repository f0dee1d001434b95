/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <glib/gstdio.h>
#include <gio/gunixsocketaddress.h>
#include <json-glib/json-glib.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "headcount-core.h"
#include "../chart/chart-test-plan.h"
#include "../hc-test.h"

/* Runs the real headcount binary with no display, as a script or CI would. */

static const char *headcount_path;

typedef struct
{
  int   status;
  char *out;
  char *err;
} RunResult;

static void
run_result_clear (RunResult *result)
{
  g_free (result->out);
  g_free (result->err);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (RunResult, run_result_clear)

/* @locale: NULL for this program's environment, or an LC_ALL for the
 * child (with LANGUAGE=en, until there are translations). */
static void
run_v (RunResult  *result,
       const char *locale,
       const char *first_arg,
       va_list     args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  int wait_status = 0;

  g_ptr_array_add (argv, (gpointer) headcount_path);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  g_ptr_array_add (argv, NULL);

  if (locale != NULL)
    {
      envp = g_environ_setenv (envp, "LC_ALL", locale, TRUE);
      envp = g_environ_setenv (envp, "LANGUAGE", "en", TRUE);
    }
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_spawn_sync (NULL, (char **) argv->pdata, envp, G_SPAWN_DEFAULT, NULL, NULL,
                &result->out, &result->err, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status));
  result->status = WEXITSTATUS (wait_status);
}

static void
run (RunResult  *result,
     const char *first_arg,
     ...)
{
  va_list args;

  va_start (args, first_arg);
  run_v (result, NULL, first_arg, args);
  va_end (args);
}

static void
run_in_locale (RunResult  *result,
               const char *locale,
               const char *first_arg,
               ...)
{
  va_list args;

  va_start (args, first_arg);
  run_v (result, locale, first_arg, args);
  va_end (args);
}

static char *
temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("hc-cli-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *contents)
{
  char *path = g_build_filename (dir, name, NULL);

  g_assert_true (g_file_set_contents (path, contents, -1, NULL));
  return path;
}

static void
test_version (void)
{
  g_auto(RunResult) r = { 0 };

  run (&r, "--version", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_cmpstr (r.out, ==, PACKAGE_NAME " " PACKAGE_VERSION "\n");
}

static void
test_list_templates (void)
{
  g_auto(RunResult) r = { 0 };

  run (&r, "--list-templates", NULL);
  g_assert_cmpint (r.status, ==, 0);
  for (const HcTemplateInfo *t = hc_templates_list (); t->name != NULL; t++)
    g_assert_nonnull (strstr (r.out, t->name));
}

static void
test_help_documents_everything (void)
{
  static const char *options[] = { "--check", "--summary", "--json", "--export", "--page",
                                   "--chart", "--scale", "--split-time", "--template", "--list-templates",
                                   "--scenario", "--compare", "--diff", "--textconv" };
  g_auto(RunResult) r = { 0 };

  run (&r, "--help", NULL);
  g_assert_cmpint (r.status, ==, 0);
  for (guint i = 0; i < G_N_ELEMENTS (options); i++)
    g_assert_nonnull (strstr (r.out, options[i]));
}

static void
test_check (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *good = g_build_filename (dir, "good.headcount", NULL);
  g_autofree char *syntax = write_temp (dir, "syntax.headcount",
                                        "{\n  \"format\": \"headcount\",\n  \"version\": 1,\n  oops\n}\n");
  g_autofree char *value = write_temp (dir, "value.headcount",
                                       "{\"format\": \"headcount\", \"version\": 1, \"title\": \"x\","
                                       " \"positions\": [{\"id\": \"a\", \"role\": \"backend\","
                                       " \"seniority\": \"mid\", \"count\": -3, \"phase\": \"capacity\"}]}");
  g_auto(RunResult) ok = { 0 };
  g_auto(RunResult) bad = { 0 };
  g_auto(RunResult) save = { 0 };

  run (&save, "--export", good, "--template", "five-person", NULL);
  g_assert_cmpint (save.status, ==, 0);
  run (&ok, "--check", good, "--template", "option-a", NULL);
  g_assert_cmpint (ok.status, ==, 0);
  g_assert_cmpstr (ok.err, ==, "");
  /* The plan checks are printed; a note or warning keeps exit status 0.
   * Option A's database engineer, second of four, is the guide's own
   * order: a note. */
  g_assert_nonnull (strstr (ok.out, "Note: 2 specialist positions are among the first 4 people hired"));
  g_assert_nonnull (strstr (ok.out, "option-a:\n"));

  run (&bad, "--check", good, syntax, value, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  /* FILE:LINE:COLUMN for syntax, FILE: $.path for values; the good file is silent. */
  g_assert_null (strstr (bad.err, "good.headcount"));
  g_assert_true (g_str_has_prefix (bad.err, syntax));
  g_assert_true (g_str_has_prefix (bad.err + strlen (syntax), ":4:"));
  g_assert_nonnull (strstr (bad.err, "value.headcount: $.positions[0].count: must be a whole number from 1 to 10000"));

  g_unlink (good); g_unlink (syntax); g_unlink (value); g_rmdir (dir);
}

/* The command line says what the rules say: the message for a currency
 * "usd" is the core's own, with the file and the path in front. */
static void
test_check_currency (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *lower = write_temp (dir, "usd.headcount",
                                       "{\"format\": \"headcount\", \"version\": 1, \"title\": \"x\","
                                       " \"currency\": \"usd\"}");
  g_autofree char *upper = write_temp (dir, "eur.headcount",
                                       "{\"format\": \"headcount\", \"version\": 1, \"title\": \"x\","
                                       " \"currency\": \"EUR\"}");
  g_autoptr(GError) rule = NULL;
  g_autofree char *expected = NULL;
  g_auto(RunResult) bad = { 0 };
  g_auto(RunResult) good = { 0 };

  g_assert_false (hc_validate_currency ("usd", "$.currency", &rule));
  expected = g_strdup_printf ("%s: %s\n", lower, rule->message);
  run (&bad, "--check", lower, NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_cmpstr (bad.err, ==, expected);
  run (&good, "--check", upper, NULL);
  g_assert_cmpint (good.status, ==, 0);
  g_assert_cmpstr (good.err, ==, "");

  g_unlink (lower); g_unlink (upper); g_rmdir (dir);
}

static void
test_missing_file (void)
{
  g_auto(RunResult) r = { 0 };

  run (&r, "--check", "/nonexistent/plan.headcount", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_true (g_str_has_prefix (r.err, "/nonexistent/plan.headcount: "));
}

static void
test_unknown_template (void)
{
  g_auto(RunResult) r = { 0 };

  run (&r, "--summary", "--template", "ten-person", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_nonnull (strstr (r.err, "ten-person"));
}

static HcRange
read_range (JsonObject *object,
            const char *member)
{
  JsonObject *range = json_object_get_object_member (object, member);

  g_assert_nonnull (range);
  return hc_range_make (json_object_get_double_member (range, "low"),
                        json_object_get_double_member (range, "high"));
}

static void
assert_range_close (HcRange got,
                    HcRange want)
{
  g_assert_cmpfloat_with_epsilon (got.low, want.low, 0.01);
  g_assert_cmpfloat_with_epsilon (got.high, want.high, 0.01);
}

static void
test_summary_json (void)
{
  g_auto(RunResult) r = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  JsonObject *root, *categories;
  HcRange loaded;

  run (&r, "--summary", "--json", "--template", "five-person", NULL);
  g_assert_cmpint (r.status, ==, 0);
  json_parser_load_from_data (parser, r.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "title"), ==, "Five-person backend team");
  g_assert_cmpstr (json_object_get_string_member (root, "currency"), ==, "USD");
  g_assert_cmpint (json_object_get_int_member (root, "headcount"), ==, 5);

  /* Team guide: a 5-person team costs $800K–$1M a year; the guide total
   * lies inside the plan's range ($660–990K × 1.208–1.235). */
  loaded = read_range (root, "loaded_salaries");
  g_assert_cmpfloat (loaded.low, <=, 800000);
  g_assert_cmpfloat (loaded.high, >=, 1000000);
  g_assert_cmpfloat (json_object_get_int_member (root, "first_year_months"), ==, 12);
  /* Money to the cent, weeks to a tenth, without float noise. */
  g_assert_nonnull (strstr (r.out, "\"low\": 797280,"));
  g_assert_nonnull (strstr (r.out, "\"high\": 1222650,\n"));
  g_assert_nonnull (strstr (r.out, "\"mid\": 1009965\n"));
  g_assert_null (strstr (r.out, "00000000"));
  g_assert_null (strstr (r.out, "99999999"));
  /* And every figure is the core's. */
  assert_range_close (loaded, hc_budget_get_loaded_salaries (budget));
  assert_range_close (read_range (root, "annual_run_rate"), hc_budget_get_annual_run_rate (budget));
  assert_range_close (read_range (root, "first_year"), hc_budget_get_first_year (budget));
  categories = json_object_get_object_member (root, "categories");
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    assert_range_close (read_range (categories, hc_category_to_string (c)),
                        hc_budget_get_first_year_category (budget, c));
  g_assert_cmpfloat_with_epsilon (read_range (root, "team_complete_week").high,
                                  hc_timeline_get_team_complete (timeline).high, 0.05);
}

/* The cents of a CSV column over months @first … @last (from 1). */
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

      cents += (gint64) llround (g_ascii_strtod (fields[column], NULL) * 100.0);
    }
  return cents;
}

static gint64
json_cents (JsonObject *object,
            const char *member,
            const char *end)
{
  JsonObject *range = json_object_get_object_member (object, member);

  return (gint64) llround (json_object_get_double_member (range, end) * 100.0);
}

/* What a CFO reads: the five-person template (two agency hires) with the
 * costs the guides leave out set.  --json gives each summary figure with
 * its midpoint and what it is, and the CSV's case columns add up to its
 * first-year figures to the cent. */
static void
test_summary_json_costs (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "costs.headcount", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "costs.csv", NULL);
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcPosition) first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  HcCostAssumptions *costs = hc_plan_get_assumptions (plan);
  g_auto(RunResult) r = { 0 };
  g_auto(RunResult) export = { 0 };
  g_auto(RunResult) text = { 0 };
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *csv = NULL;
  g_auto(GStrv) lines = NULL;
  JsonObject *root, *categories, *figure;
  JsonArray *array;

  hc_cost_assumptions_set (costs, HC_ASSUMPTION_PAYROLL_TAX_PERCENT, hc_range_make (7.65, 7.65));
  hc_cost_assumptions_set (costs, HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON, hc_range_make (5000, 10000));
  hc_position_set_relocation (first, hc_range_make (10000, 20000));
  g_assert_true (hc_plan_save_to_file (plan, plan_file, NULL, &error));
  g_assert_no_error (error);

  run (&r, "--summary", "--json", plan_path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  json_parser_load_from_data (parser, r.out, -1, &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));

  /* By hand: base $660–990K (team guide's five, both guides' bands);
   * payroll tax 7.65 % of it, $50,490–$75,735; benefits as set. */
  g_assert_cmpint (json_cents (root, "base_salaries", "low"), ==, 66000000);
  g_assert_cmpint (json_cents (root, "base_salaries", "high"), ==, 99000000);
  g_assert_cmpint (json_cents (root, "annual_payroll_tax", "low"), ==, 5049000);
  g_assert_cmpint (json_cents (root, "annual_payroll_tax", "high"), ==, 7573500);
  g_assert_cmpint (json_cents (root, "benefits_percent", "low"), ==, 2080);
  g_assert_cmpint (json_cents (root, "benefits_percent", "high"), ==, 2350);
  /* Loaded salaries $797,280–$1,222,650; the run rate adds payroll tax
   * and 12 months of software and cloud ($36K–$180K): $883,770–
   * $1,478,385, midpoint $1,181,077.50. */
  g_assert_cmpint (json_cents (root, "annual_run_rate", "low"), ==, 88377000);
  g_assert_cmpint (json_cents (root, "annual_run_rate", "high"), ==, 147838500);
  g_assert_cmpint (json_cents (root, "annual_run_rate", "mid"), ==, 118107750);
  figure = json_object_get_object_member (root, "annual_run_rate");
  g_assert_nonnull (strstr (json_object_get_string_member (figure, "what"), "one-time costs left out"));
  /* Loaded salaries' make-up is the two members above (no sentence with
   * money in it: --json is the same bytes in any locale); the text
   * summary says it beside the figure. */
  g_assert_cmpint (json_cents (root, "loaded_salaries", "mid"), ==, 100996500);
  run_in_locale (&text, "C.UTF-8", "--summary", plan_path, NULL);
  g_assert_cmpint (text.status, ==, 0);
  if (strstr (text.out, "base $660,000–$990,000 + benefits 20.8–23.5 %") == NULL
      || strstr (text.out, "Run rate per engineer $176,754–$295,677 · midpoint $236K") == NULL
      || strstr (text.out, "run rate ÷ 5 people, team-wide software and cloud included") == NULL
      || strstr (text.out, "Referral bonuses    $0 (not in the guides, 0 until set)") == NULL
      || strstr (text.out, "Cloud               $9,964–$106,452 (the team’s, from the first start, flat with headcount)") == NULL)
    g_error ("the summary does not say what its figures are:\n%s", text.out);
  /* Per engineer: the run rate ÷ 5, team-wide costs in it. */
  figure = json_object_get_object_member (root, "cost_per_engineer");
  g_assert_cmpstr (json_object_get_string_member (figure, "what"), ==,
                   "run rate ÷ 5 people, team-wide software and cloud included");
  g_assert_cmpint (json_cents (root, "cost_per_engineer", "low"), ==, 17675400);
  g_assert_cmpint (json_cents (root, "cost_per_engineer", "high"), ==, 29567700);
  figure = json_object_get_object_member (root, "first_year");
  g_assert_nonnull (strstr (json_object_get_string_member (figure, "what"), "first 12 months"));

  /* Which categories are the team's, and which the plan left at zero. */
  array = json_object_get_array_member (root, "team_wide_categories");
  g_assert_cmpuint (json_array_get_length (array), ==, 2);
  g_assert_cmpstr (json_array_get_string_element (array, 0), ==, "software");
  g_assert_cmpstr (json_array_get_string_element (array, 1), ==, "cloud");
  array = json_object_get_array_member (root, "not_in_guides_unset");
  g_assert_cmpuint (json_array_get_length (array), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (array, 0), ==, "referral_bonus");
  categories = json_object_get_object_member (root, "categories");
  /* The first hire's relocation, once, in both cases' first year; five
   * signing bonuses (every start falls in the first year). */
  g_assert_cmpint (json_cents (categories, "relocation", "low"), ==, 1000000);
  g_assert_cmpint (json_cents (categories, "relocation", "high"), ==, 2000000);
  g_assert_cmpint (json_cents (categories, "signing_bonus", "low"), ==, 2500000);
  g_assert_cmpint (json_cents (categories, "signing_bonus", "high"), ==, 5000000);

  /* The CSV a finance team sums: each case's column, months 1–12, is
   * the summary's first-year figure to the cent. */
  run (&export, "--export", csv_path, plan_path, NULL);
  g_assert_cmpint (export.status, ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  lines = g_strsplit (csv, "\n", -1);
  g_assert_cmpint (json_cents (categories, "recruiting", "low"), >, 0);
  g_assert_cmpint (csv_column_cents (lines, "recruiting_low_cheapest_latest_starts", 1, 12), ==,
                   json_cents (categories, "recruiting", "low"));
  g_assert_cmpint (csv_column_cents (lines, "recruiting_high_dearest_earliest_starts", 1, 12), ==,
                   json_cents (categories, "recruiting", "high"));
  g_assert_cmpint (csv_column_cents (lines, "payroll_tax_low_cheapest_latest_starts", 1, 12), ==,
                   json_cents (categories, "payroll_tax", "low"));
  g_assert_cmpint (csv_column_cents (lines, "total_low_cheapest_latest_starts", 1, 12), ==,
                   json_cents (root, "first_year", "low"));
  g_assert_cmpint (csv_column_cents (lines, "total_high_dearest_earliest_starts", 1, 12), ==,
                   json_cents (root, "first_year", "high"));
  g_unlink (plan_path); g_unlink (csv_path); g_rmdir (dir);
}

/* The summary's months are calendar months named as dates, as in the
 * charts and the CSV: a plan starting 1 Feb 2027 whose team is complete
 * in weeks 10–14 says "(Apr 2027)", not "months 2.1–3.2". */
static void
test_summary_calendar_months (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "feb.headcount", NULL);
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcTimeline) timeline = NULL;
  g_auto(RunResult) r = { 0 };
  GDate start;
  g_autofree char *expected = NULL;

  /* A plan starting on 1 February: the summary names the team-complete
   * span in the window's words, whole weeks and months, never "months
   * 3.4–4.3". */
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (plan, &start);
  g_assert_true (hc_plan_save_to_file (plan, plan_file, NULL, NULL));
  timeline = hc_timeline_compute (plan);
  expected = hc_format_week_month_span (hc_timeline_get_team_complete (timeline), &start);

  run (&r, "--summary", plan_path, NULL);
  g_assert_cmpint (r.status, ==, 0);
  if (strstr (r.out, expected) == NULL)
    g_error ("“%s” is not in the summary:\n%s", expected, r.out);
  g_assert_false (g_regex_match_simple ("months [0-9]+[.,][0-9]", r.out, 0, 0));
  g_unlink (plan_path); g_rmdir (dir);
}

static void
test_summary_text (void)
{
  g_auto(RunResult) r = { 0 };

  run (&r, "--summary", "--template", "three-person", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_str_has_prefix (r.out, "Three-person backend team\n"));
  g_assert_nonnull (strstr (r.out, "Loaded salaries"));
  g_assert_nonnull (strstr (r.out, "$"));
  g_assert_nonnull (strstr (r.out, "non-cash"));
  g_assert_nonnull (strstr (r.out, "low: cheapest figures, latest starts"));
}

/* The command line uses the window's words for the same plan: the first
 * hire's 6–10 weeks are "weeks 6–10", as the guide says it. */
static void
test_summary_week_words (void)
{
  g_auto(RunResult) r = { 0 };
  g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autofree char *words = hc_format_week_span (hc_timeline_get_team_complete (timeline));
  GDate start = hc_plan_get_start_date (plan);
  g_autofree char *span = hc_format_week_month_span (hc_timeline_get_team_complete (timeline), &start);
  g_autofree char *row = g_strdup_printf ("Team complete         %s\n", span);

  /* The template starts on the next Monday, in this process and in the
   * command line's alike. */
  g_assert_cmpstr (words, ==, "weeks 6–10");
  g_assert_true (g_str_has_prefix (span, "weeks 6–10 · "));
  run (&r, "--summary", "--template", "first-hire", NULL);
  g_assert_cmpint (r.status, ==, 0);
  if (strstr (r.out, row) == NULL)
    g_error ("“%s” is not in the summary:\n%s", row, r.out);
}

/* The summary names the benchmark set, and says when it is the older one
 * (a plan written before files named theirs). */
static void
test_summary_benchmarks (void)
{
  g_autofree char *legacy = g_test_build_filename (G_TEST_DIST, "legacy",
                                                   "five-person-spelled-out.headcount", NULL);
  g_auto(RunResult) current = { 0 };
  g_auto(RunResult) older = { 0 };

  run (&current, "--summary", "--template", "five-person", NULL);
  g_assert_cmpint (current.status, ==, 0);
  g_assert_nonnull (strstr (current.out, "  Benchmarks            US 2026, both guides\n"));
  run (&older, "--summary", legacy, NULL);
  g_assert_cmpint (older.status, ==, 0);
  g_assert_nonnull (strstr (older.out,
                            "  Benchmarks            US 2026, team guide only (older: Headcount offers to update them)\n"));
}

/* A 6-month horizon's total is labelled for what it is. */
static void
test_summary_short_horizon (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *path = write_temp (dir, "short.headcount",
                                      "{\"format\": \"headcount\", \"version\": 1, \"title\": \"Short\","
                                      " \"horizon_months\": 6, \"start_date\": \"2027-02-01\","
                                      " \"positions\": [{\"id\": \"a\", \"role\": \"backend\","
                                      " \"seniority\": \"senior\", \"count\": 1, \"phase\": \"foundation\", \"location\": \"US (national)\", \"location_adjustment_percent\": 0, \"sourcing\": \"direct\","
                                      " \"skills\": [\"database\"]}]}");
  g_auto(RunResult) text = { 0 };
  g_auto(RunResult) json = { 0 };

  run (&text, "--summary", path, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "First 6 months (cash)"));
  g_assert_null (strstr (text.out, "First year"));
  run (&json, "--summary", "--json", path, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_nonnull (strstr (json.out, "\"first_year_months\": 6"));

  g_unlink (path); g_rmdir (dir);
}

static void
test_export_plan_and_csv (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "plan.headcount", NULL);
  g_autofree char *csv_path = g_build_filename (dir, "budget.csv", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *csv = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("option-a", NULL);
  g_autoptr(GBytes) expected = hc_plan_to_bytes (plan);
  g_auto(GStrv) lines = NULL;
  g_auto(RunResult) r1 = { 0 };
  g_auto(RunResult) r2 = { 0 };
  gsize length;

  run (&r1, "--template", "option-a", "--export", plan_path, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_true (g_file_get_contents (plan_path, &contents, &length, NULL));
  g_assert_cmpmem (contents, length, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));

  run (&r2, "--export", csv_path, plan_path, NULL);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  lines = g_strsplit (g_strchomp (csv), "\n", -1);
  g_assert_cmpuint (g_strv_length (lines), ==, hc_plan_get_horizon_months (plan) + 1);
  g_assert_true (g_str_has_prefix (lines[0], "month,date,salaries_low_cheapest_latest_starts,salaries_high_dearest_earliest_starts"));

  g_unlink (plan_path); g_unlink (csv_path); g_rmdir (dir);
}

/* The CSV goes through the core's atomic writer: a replaced file keeps
 * its mode; a folder that refuses the file gets a message that names it,
 * and the file that was there survives. */
static void
test_export_csv_replaces_atomically (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *csv_path = g_build_filename (dir, "budget.csv", NULL);
  g_autofree char *csv = NULL;
  g_autofree char *refused = NULL;
  g_auto(RunResult) r1 = { 0 };
  g_auto(RunResult) r2 = { 0 };
  GStatBuf st;

  g_assert_true (g_file_set_contents (csv_path, "old", -1, NULL));
  g_assert_cmpint (g_chmod (csv_path, 0640), ==, 0);
  run (&r1, "--template", "five-person", "--export", csv_path, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_cmpint (g_stat (csv_path, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 07777, ==, 0640);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "month,date,"));

  if (geteuid () == 0)
    {
      if (!g_file_test ("/sys/kernel", G_FILE_TEST_IS_DIR))
        {
          g_test_skip ("running as root without sysfs: no folder refuses root");
          g_unlink (csv_path); g_rmdir (dir);
          return;
        }
      refused = g_strdup ("/sys/budget.csv");
    }
  else
    {
      g_assert_cmpint (g_chmod (dir, 0555), ==, 0);
      refused = g_strdup (csv_path);
    }
  run (&r2, "--template", "five-person", "--export", refused, NULL);
  g_assert_cmpint (r2.status, !=, 0);
  g_assert_nonnull (strstr (r2.err, refused));
  g_assert_nonnull (strstr (r2.err, "permission denied"));
  g_clear_pointer (&csv, g_free);
  g_assert_true (g_file_get_contents (csv_path, &csv, NULL, NULL));
  g_assert_true (g_str_has_prefix (csv, "month,date,"));
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  g_unlink (csv_path); g_rmdir (dir);
}

static void
test_export_chart (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *pdf = g_build_filename (dir, "chart.pdf", NULL);
  g_autofree char *contents = NULL;
  g_auto(RunResult) r = { 0 };
  g_auto(RunResult) bad_page = { 0 };

  run (&r, "--export", pdf, "--page", "a4", "--chart", "all", "--template", "five-person", NULL);
  g_assert_cmpint (r.status, ==, 0);
  g_assert_true (g_file_get_contents (pdf, &contents, NULL, NULL));
  g_assert_true (g_str_has_prefix (contents, "%PDF-"));

  run (&bad_page, "--export", pdf, "--page", "a3", "--template", "five-person", NULL);
  g_assert_cmpint (bad_page.status, ==, 2);
  g_assert_nonnull (strstr (bad_page.err, "a3"));

  g_unlink (pdf); g_rmdir (dir);
}

static int
pdf_page_count (const char *path)
{
  g_autofree char *out = NULL;
  const char *argv[] = { "pdfinfo", path, NULL };
  const char *pages;

  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH,
                               NULL, NULL, &out, NULL, NULL, NULL));
  pages = strstr (out, "Pages:");
  g_assert_nonnull (pages);
  return atoi (pages + strlen ("Pages:"));
}

/* A plan whose last hire starts searching in week 90 runs past two years:
 * on a slide, split by time, it takes two pages of months. */
static void
test_export_split_time (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "long.headcount", NULL);
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  double week = 90;
  g_autofree char *whole = g_build_filename (dir, "whole.pdf", NULL);
  g_autofree char *split = g_build_filename (dir, "split.pdf", NULL);
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_auto(RunResult) r1 = { 0 };
  g_auto(RunResult) r2 = { 0 };

  if (pdfinfo == NULL)
    {
      g_test_skip ("pdfinfo (poppler-utils) is not installed");
      return;
    }
  hc_position_set_earliest_start (hc_plan_find_position (plan, "infrastructure-engineer", NULL), &week);
  g_assert_true (hc_plan_save_to_file (plan, plan_file, NULL, NULL));
  run (&r1, "--export", whole, plan_path, NULL);
  run (&r2, "--export", split, "--split-time", plan_path, NULL);
  g_assert_cmpint (r1.status, ==, 0);
  g_assert_cmpint (r2.status, ==, 0);
  g_assert_cmpint (pdf_page_count (whole), ==, 1);
  g_assert_cmpint (pdf_page_count (split), ==, 2);

  g_unlink (whole); g_unlink (split); g_unlink (plan_path); g_rmdir (dir);
}

/* A chart of several pages as PNG or SVG: a file a page, each named on
 * standard output; never page 1 alone with a silent exit status 0. */
static void
test_export_pages_as_files (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "long.headcount", NULL);
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  const char *exts[] = { "png", "svg" };

  g_assert_true (hc_plan_save_to_file (plan, plan_file, NULL, NULL));
  for (guint e = 0; e < G_N_ELEMENTS (exts); e++)
    {
      g_autofree char *name = g_strdup_printf ("board.%s", exts[e]);
      g_autofree char *out = g_build_filename (dir, name, NULL);
      g_auto(GStrv) lines = NULL;
      g_auto(RunResult) r = { 0 };
      guint n;

      run (&r, "--export", out, "--scale", "1", plan_path, NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
      lines = g_strsplit (g_strstrip (r.out), "\n", -1);
      n = g_strv_length (lines) - 1;
      g_assert_cmpuint (n, >, 2);
      g_assert_nonnull (strstr (lines[0], "pages"));
      for (guint i = 1; i <= n; i++)
        {
          g_autofree char *page_name = g_strdup_printf ("board-%u.%s", i, exts[e]);
          g_autofree char *page = g_build_filename (dir, page_name, NULL);

          g_assert_cmpstr (lines[i], ==, page);
          g_assert_true (g_file_test (page, G_FILE_TEST_IS_REGULAR));
          g_unlink (page);
        }
    }
  g_unlink (plan_path); g_rmdir (dir);
}

/* Runs headcount and returns its standard output as bytes (a PNG holds
 * NULs); @status and @err get the rest. */
static GBytes *
run_for_bytes (int *status, char **err, const char * const *args)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                                                                         G_SUBPROCESS_FLAGS_STDERR_PIPE);
  g_autoptr(GSubprocess) child = NULL;
  g_autoptr(GBytes) err_bytes = NULL;
  g_autoptr(GError) error = NULL;
  GBytes *out = NULL;

  g_ptr_array_add (argv, (gpointer) headcount_path);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  g_subprocess_launcher_unsetenv (launcher, "DISPLAY");
  g_subprocess_launcher_unsetenv (launcher, "WAYLAND_DISPLAY");
  child = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (child, NULL, NULL, &out, &err_bytes, &error);
  g_assert_no_error (error);
  *status = g_subprocess_get_exit_status (child);
  *err = g_bytes_get_size (err_bytes) > 0
         ? g_strndup (g_bytes_get_data (err_bytes, NULL), g_bytes_get_size (err_bytes))
         : g_strdup ("");
  return out;
}

/* “--export -” writes the export to standard output, byte for byte what
 * the same export writes to a file, and nothing else there. */
static void
test_export_stdout (void)
{
  g_autofree char *dir = temp_dir ();
  const char *formats[] = { "pdf", "svg", "png", "csv", "headcount" };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autofree char *name = g_strdup_printf ("plan.%s", formats[i]);
      g_autofree char *path = g_build_filename (dir, name, NULL);
      g_autofree char *file_data = NULL;
      g_autofree char *err = NULL;
      g_autoptr(GBytes) out = NULL;
      g_auto(RunResult) r = { 0 };
      const char *args[] = { "--export", "-", "--format", formats[i], "--template", "five-person", NULL };
      gsize file_len = 0;
      int status = -1;

      out = run_for_bytes (&status, &err, args);
      g_assert_cmpint (status, ==, 0);
      g_assert_cmpstr (err, ==, "");
      run (&r, "--export", path, "--template", "five-person", NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_true (g_file_get_contents (path, &file_data, &file_len, NULL));
      g_assert_cmpuint (g_bytes_get_size (out), >, 100);
      if (g_str_equal (formats[i], "png"))
        g_assert_cmpmem (g_bytes_get_data (out, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
      else if (g_str_equal (formats[i], "pdf"))
        g_assert_cmpmem (g_bytes_get_data (out, NULL), 5, "%PDF-", 5);
      /* A PDF carries its creation time; everything else is the same. */
      if (!g_str_equal (formats[i], "pdf"))
        g_assert_cmpmem (g_bytes_get_data (out, NULL), g_bytes_get_size (out), file_data, file_len);
      else
        g_assert_cmpint (ABS ((gssize) g_bytes_get_size (out) - (gssize) file_len), <, 64);
      g_unlink (path);
    }
  g_rmdir (dir);
}

/* What “--export -” refuses, and why, with nothing on standard output. */
static void
test_export_stdout_errors (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan_path = g_build_filename (dir, "long.headcount", NULL);
  g_autoptr(GFile) plan_file = g_file_new_for_path (plan_path);
  struct { const char *args[10]; int status; const char *says; } cases[] = {
    { { "--export", "-", "--template", "five-person", NULL }, 2, "--format" },
    { { "--export", "-", "--format", "bmp", "--template", "five-person", NULL }, 2, "bmp" },
    { { "--export", "x.pdf", "--format", "png", "--template", "five-person", NULL }, 2, "does not match" },
    { { "--export", "-", "--format", "png", plan_path, NULL }, 1, "pages" },
    { { "--export", "-", "--format", "svg", "--chart", "all", "--template", "five-person", NULL }, 1, "pages" },
  };

  g_assert_true (hc_plan_save_to_file (plan, plan_file, NULL, NULL));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *err = NULL;
      g_autoptr(GBytes) out = NULL;
      int status = -1;

      out = run_for_bytes (&status, &err, cases[i].args);
      g_assert_cmpint (status, ==, cases[i].status);
      g_assert_cmpuint (g_bytes_get_size (out), ==, 0);
      if (strstr (err, cases[i].says) == NULL)
        g_error ("“%s” is not in: %s", cases[i].says, err);
    }
  g_assert_false (g_file_test ("x.pdf", G_FILE_TEST_EXISTS));
  g_unlink (plan_path); g_rmdir (dir);
}

static void
test_export_errors (void)
{
  g_auto(RunResult) unknown = { 0 };
  g_auto(RunResult) missing_dir = { 0 };
  g_auto(RunResult) two_commands = { 0 };
  g_auto(RunResult) no_plan = { 0 };

  run (&unknown, "--export", "plan.docx", "--template", "five-person", NULL);
  g_assert_cmpint (unknown.status, ==, 2);
  g_assert_nonnull (strstr (unknown.err, "plan.docx"));

  run (&missing_dir, "--export", "/nonexistent/dir/plan.headcount", "--template", "five-person", NULL);
  g_assert_cmpint (missing_dir.status, ==, 1);
  /* The path once: the writer's message names it already. */
  g_assert_cmpstr (missing_dir.err, ==,
                   "Could not save “/nonexistent/dir/plan.headcount”: the folder does not exist\n");

  run (&two_commands, "--check", "--summary", "--template", "five-person", NULL);
  g_assert_cmpint (two_commands.status, ==, 2);

  run (&no_plan, "--summary", NULL);
  g_assert_cmpint (no_plan.status, ==, 2);
}

static gboolean
have_german (void)
{
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  gboolean have = setlocale (LC_ALL, "de_DE.UTF-8") != NULL;

  setlocale (LC_ALL, saved);
  if (!have)
    g_error ("the de_DE.UTF-8 locale is not installed (locales-all; build-aux/setup.sh)");
  return have;
}

static char *
read_file (const char *path,
           gsize      *length)
{
  char *contents = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

/* What machines read (--json, CSV, .headcount) is the same bytes under
 * any locale: German's decimal comma must not leak into it. */
static void
test_machine_output_any_locale (void)
{
  const char *locales[] = { "C.UTF-8", "de_DE.UTF-8" };
  g_autofree char *dir = temp_dir ();
  char *json[2] = { NULL, NULL };
  char *csv[2] = { NULL, NULL };
  char *plan[2] = { NULL, NULL };
  gsize csv_len[2], plan_len[2];

  if (!have_german ())
    return;
  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_autofree char *csv_path = g_strdup_printf ("%s/budget-%u.csv", dir, l);
      g_autofree char *plan_path = g_strdup_printf ("%s/plan-%u.headcount", dir, l);
      g_auto(RunResult) summary = { 0 };
      g_auto(RunResult) export_csv = { 0 };
      g_auto(RunResult) export_plan = { 0 };

      /* Cents in the figures, so that a decimal point has to be written. */
      run_in_locale (&summary, locales[l], "--summary", "--json", "--template", "five-person", NULL);
      g_assert_cmpint (summary.status, ==, 0);
      json[l] = g_steal_pointer (&summary.out);
      run_in_locale (&export_csv, locales[l], "--template", "five-person", "--export", csv_path, NULL);
      g_assert_cmpint (export_csv.status, ==, 0);
      csv[l] = read_file (csv_path, &csv_len[l]);
      run_in_locale (&export_plan, locales[l], "--template", "five-person", "--export", plan_path, NULL);
      g_assert_cmpint (export_plan.status, ==, 0);
      plan[l] = read_file (plan_path, &plan_len[l]);
      g_unlink (csv_path);
      g_unlink (plan_path);
    }
  g_rmdir (dir);

  g_assert_cmpstr (json[0], ==, json[1]);
  g_assert_cmpmem (csv[0], csv_len[0], csv[1], csv_len[1]);
  g_assert_cmpmem (plan[0], plan_len[0], plan[1], plan_len[1]);
  /* And they are C numbers: "503526.23", never "503526,23". */
  g_assert_true (g_regex_match_simple ("[0-9]\\.[0-9][0-9],", csv[0], 0, 0));
  g_assert_false (g_regex_match_simple ("[0-9],[0-9][0-9](,|$)", csv[0], G_REGEX_MULTILINE, 0));

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_free (json[l]);
      g_free (csv[l]);
      g_free (plan[l]);
    }
}

/* What people read follows their locale: "801.900 $" under German. */
static void
test_summary_text_german (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *english = NULL;
  g_autofree char *german = NULL;
  g_auto(RunResult) r_en = { 0 };
  g_auto(RunResult) r_de = { 0 };

  if (!have_german ())
    return;
  setlocale (LC_ALL, "C.UTF-8");
  english = hc_format_money_range (hc_budget_get_loaded_salaries (budget), hc_plan_get_currency (plan));
  setlocale (LC_ALL, "de_DE.UTF-8");
  german = hc_format_money_range (hc_budget_get_loaded_salaries (budget), hc_plan_get_currency (plan));
  setlocale (LC_ALL, saved);
  g_assert_cmpstr (english, !=, german);
  g_assert_true (g_str_has_prefix (english, "$"));
  g_assert_true (g_str_has_suffix (german, "\u00a0$"));

  run_in_locale (&r_en, "C.UTF-8", "--summary", "--template", "five-person", NULL);
  run_in_locale (&r_de, "de_DE.UTF-8", "--summary", "--template", "five-person", NULL);
  g_assert_cmpint (r_en.status, ==, 0);
  g_assert_cmpint (r_de.status, ==, 0);
  if (strstr (r_en.out, english) == NULL)
    g_error ("“%s” is not in the English summary:\n%s", english, r_en.out);
  if (strstr (r_de.out, german) == NULL)
    g_error ("“%s” is not in the German summary:\n%s", german, r_de.out);
  /* The timeline in the window's words, whole weeks and the calendar
   * months named as dates (in the locale's month names), so no decimal
   * point can stray into it. */
  g_assert_true (g_regex_match_simple ("weeks [0-9]+–[0-9]+ · [^ ]+(–[^ ]+)? 20[0-9][0-9]", r_de.out, 0, 0));
  g_assert_false (g_regex_match_simple ("months [0-9]+\\.[0-9]", r_de.out, 0, 0));
}

static guint
count_of (const char *haystack,
          const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* A chart export that fails names its file once. */
static void
test_export_chart_error_names_file_once (void)
{
  g_auto(RunResult) r = { 0 };

  run (&r, "--export", "/nonexistent/dir/board.pdf", "--template", "five-person", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpuint (count_of (r.err, "/nonexistent/dir/board.pdf"), ==, 1);
}

/* Escape sequences in a title, a role id or a member name would retitle
 * or clear the terminal: text output shows them escaped, JSON is JSON. */
static void
test_terminal_escapes (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = write_temp (dir, "escapes.headcount",
                                      "{\"format\": \"headcount\", \"version\": 1,"
                                      " \"title\": \"Q3\\u001b]0;pwned\\u0007\\u001b[2J\\u009b\"}");
  g_autofree char *bad = g_build_filename (dir, "bad.headcount", NULL);
  g_auto(RunResult) summary = { 0 };
  g_auto(RunResult) json = { 0 };
  g_auto(RunResult) check = { 0 };

  run (&summary, "--summary", plan, NULL);
  g_assert_cmpint (summary.status, ==, 0);
  g_assert_null (strchr (summary.out, '\033'));
  g_assert_null (strchr (summary.out, '\007'));
  g_assert_true (g_str_has_prefix (summary.out, "Q3\\x1b]0;pwned\\x07\\x1b[2J\\u009b\n"));

  run (&json, "--summary", "--json", plan, NULL);
  g_assert_cmpint (json.status, ==, 0);
  g_assert_null (strchr (json.out, '\033'));
  g_assert_nonnull (strstr (json.out, "\\u001b]0;pwned"));

  /* A position whose role is not in the plan: --check names the role. */
  {
    g_autoptr(HcPlan) five = hc_template_load ("five-person", NULL);
    HcPosition *first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (five)), 0);
    g_autoptr(GFile) file = g_file_new_for_path (bad);

    hc_position_set_role_id (first, "\033[2Jzz");
    g_object_unref (first);
    g_assert_true (hc_plan_save_to_file (five, file, NULL, NULL));
  }
  run (&check, "--check", bad, NULL);
  g_assert_cmpint (check.status, ==, 1);
  g_assert_null (strchr (check.err, '\033'));
  g_assert_nonnull (strstr (check.err, "\\x1b[2J"));
}

/* Bidirectional controls and line separators in a title cannot reorder
 * or break the terminal's line: escaped as the other controls are. */
static void
test_terminal_bidi_escapes (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = write_temp (dir, "bidi.headcount",
                                      "{\"format\": \"headcount\", \"version\": 1,"
                                      " \"title\": \"a\\u202eb\\u2066c\\u2069d\\u061ce\\u200ef\\u200fg"
                                      "\\u202ah\\u2028i\\u2029j\"}");
  g_auto(RunResult) summary = { 0 };

  run (&summary, "--summary", plan, NULL);
  g_assert_cmpint (summary.status, ==, 0);
  g_assert_true (g_str_has_prefix (summary.out, "a\\u202eb\\u2066c\\u2069d\\u061ce\\u200ef\\u200fg"
                                                "\\u202ah\\u2028i\\u2029j\n"));
  g_unlink (plan); g_rmdir (dir);
}

/* --scale 0 or nan was replaced by 2 without a word. */
static void
test_bad_scale (void)
{
  static const char *const values[] = { "0", "nan", "-1", "inf", "2x", "" };
  g_autofree char *dir = temp_dir ();
  g_autofree char *out = g_build_filename (dir, "chart.png", NULL);

  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    {
      g_auto(RunResult) r = { 0 };
      g_autofree char *expected = g_strdup_printf ("--scale %s: give a number greater than 0 "
                                                   "and at most 100, such as 2\n", values[i]);

      run (&r, "--export", out, "--scale", values[i], "--template", "five-person", NULL);
      g_assert_cmpint (r.status, ==, 2);
      g_assert_cmpstr (r.err, ==, expected);
      g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
    }
  {
    g_auto(RunResult) r = { 0 };

    run (&r, "--export", out, "--scale", "1.5", "--template", "five-person", NULL);
    g_assert_cmpint (r.status, ==, 0);
    g_assert_true (g_file_test (out, G_FILE_TEST_IS_REGULAR));
  }
}

/* A FIFO hung every command for ever; now each refuses it at once. */
static void
test_fifo (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe.headcount", NULL);
  g_autofree char *out = g_build_filename (dir, "out.csv", NULL);
  g_autofree char *expected = NULL;
  g_auto(RunResult) check = { 0 };
  g_auto(RunResult) summary = { 0 };
  g_auto(RunResult) export = { 0 };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  expected = g_strdup_printf ("%s: Could not open “%s”: it is not a regular file (a pipe, "
                              "a device or a folder); a plan is a file\n", fifo, fifo);
  run (&check, "--check", fifo, NULL);
  g_assert_cmpint (check.status, ==, 1);
  g_assert_cmpstr (check.err, ==, expected);
  run (&summary, "--summary", fifo, NULL);
  g_assert_cmpint (summary.status, ==, 1);
  g_assert_cmpstr (summary.err, ==, expected);
  run (&export, "--export", out, fifo, NULL);
  g_assert_cmpint (export.status, ==, 1);
  g_assert_cmpstr (export.err, ==, expected);
  g_unlink (fifo);
  g_rmdir (dir);
}

/* --check says what the loader read differently from the file, as notes
 * before the checks, and still exits 0: a v1 preset stored with another
 * level's percentage (senior SF Bay Area at the mid +35: now +40), and a
 * name stored alone that is no preset (a custom location at 0 %). */
static void
test_check_load_notes (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = write_temp (dir, "stale.headcount",
                                      "{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\","
                                      " \"benchmarks\": \"us-2026\", \"positions\": ["
                                      "{\"id\": \"a\", \"role\": \"backend\", \"seniority\": \"senior\", \"count\": 1,"
                                      " \"location\": \"SF Bay Area\", \"location_adjustment_percent\": 35,"
                                      " \"sourcing\": \"direct\", \"phase\": \"foundation\", \"skills\": [\"database\"]},"
                                      "{\"id\": \"b\", \"role\": \"backend\", \"seniority\": \"mid\", \"count\": 1,"
                                      " \"location\": \"Atlantis\", \"sourcing\": \"direct\", \"phase\": \"capacity\"}]}");
  g_auto(RunResult) r = { 0 };
  g_auto(GStrv) lines = NULL;

  run_in_locale (&r, "C.UTF-8", "--check", plan, NULL);
  g_assert_cmpint (r.status, ==, 0);
  lines = g_strsplit (r.out, "\n", -1);
  g_assert_true (g_str_has_prefix (lines[0], "Note: 1 position at a location preset stored a percentage"));
  g_assert_true (g_str_has_prefix (lines[1], "Note: Position 2: “Atlantis” is not a location preset"));
  g_unlink (plan); g_rmdir (dir);
}


/* ───────────────────────── Scenarios ───────────────────────── */

static const char scenario_plan[] =
  "{\"format\": \"headcount\", \"version\": 2, \"title\": \"Options\", \"start_date\": \"2027-02-01\","
  " \"benchmarks\": \"us-2026\", \"positions\": ["
  "{\"id\": \"p1\", \"role\": \"backend\", \"seniority\": \"senior\", \"count\": 1, \"location\": \"\","
  " \"location_adjustment_percent\": 0, \"sourcing\": \"direct\", \"phase\": \"foundation\"},"
  "{\"id\": \"p2\", \"role\": \"backend\", \"seniority\": \"mid\", \"count\": 2, \"location\": \"\","
  " \"location_adjustment_percent\": 0, \"sourcing\": \"referral\", \"phase\": \"capacity\"}],"
  " \"scenarios\": ["
  "{\"id\": \"bigger\", \"name\": \"Bigger team\", \"changes\": ["
  "{\"op\": \"set-position\", \"position\": \"p2\", \"field\": \"count\", \"value\": 4},"
  "{\"op\": \"set-position\", \"position\": \"gone\", \"field\": \"count\", \"value\": 3}]},"
  "{\"id\": \"tight\", \"name\": \"Tight market\", \"market\": \"tighter-30\", \"changes\": []}]}";

static char *
write_scenario_plan (const char *dir)
{
  return write_temp (dir, "options.headcount", scenario_plan);
}

static void
test_scenario_summary_check (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = write_scenario_plan (dir);
  g_autofree char *out = g_build_filename (dir, "bigger.headcount", NULL);
  g_autofree char *written = NULL;
  g_auto(RunResult) base = { 0 };
  g_auto(RunResult) bigger = { 0 };
  g_auto(RunResult) unknown = { 0 };
  g_auto(RunResult) check = { 0 };
  g_auto(RunResult) check_one = { 0 };
  g_auto(RunResult) exported = { 0 };
  g_auto(RunResult) two = { 0 };

  run (&base, "--summary", "--json", plan, NULL);
  run (&bigger, "--summary", "--json", "--scenario", "Bigger team", plan, NULL);
  g_assert_cmpint (base.status, ==, 0);
  g_assert_cmpint (bigger.status, ==, 0);
  g_assert_nonnull (strstr (base.out, "\"headcount\": 3,"));
  g_assert_nonnull (strstr (bigger.out, "\"headcount\": 5,"));

  /* By its id too; an unknown one names the plan's scenarios. */
  run (&unknown, "--summary", "--scenario", "smaller", plan, NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "“smaller”"));
  g_assert_nonnull (strstr (unknown.err, "“Bigger team”, “Tight market”"));

  /* --check reports the conflict, and the file still checks. */
  run (&check, "--check", plan, NULL);
  g_assert_cmpint (check.status, ==, 0);
  g_assert_nonnull (strstr (check.out, "Conflict in “Bigger team”: Change 2: the position “gone” is not in the base plan"));
  run (&check_one, "--check", "--scenario", "tight", plan, NULL);
  g_assert_cmpint (check_one.status, ==, 0);
  g_assert_null (strstr (check_one.out, "Conflict"));

  /* --export writes the plan the scenario makes. */
  run (&exported, "--export", out, "--scenario", "bigger", plan, NULL);
  g_assert_cmpint (exported.status, ==, 0);
  g_assert_true (g_file_get_contents (out, &written, NULL, NULL));
  g_assert_nonnull (strstr (written, "\"count\": 4"));
  g_assert_null (strstr (written, "\"scenarios\""));

  run (&two, "--summary", "--scenario", "bigger", "--scenario", "tight", plan, NULL);
  g_assert_cmpint (two.status, ==, 2);
  g_assert_nonnull (strstr (two.err, "--compare"));

  g_unlink (out); g_unlink (plan); g_rmdir (dir);
}

static void
test_compare_text_json (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = write_scenario_plan (dir);
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(RunResult) text = { 0 };
  g_auto(RunResult) json = { 0 };
  g_auto(RunResult) chosen = { 0 };
  g_auto(RunResult) missing = { 0 };
  JsonArray *columns;
  JsonObject *column;
  JsonObject *difference;
  char **lines;

  run (&text, "--compare", plan, NULL);
  g_assert_cmpint (text.status, ==, 0);
  lines = g_strsplit (text.out, "\n", -1);
  g_assert_cmpstr (lines[0], ==, "Options");
  /* The columns' names in one line, each at the column its figures are. */
  g_assert_nonnull (strstr (lines[1], "Base plan"));
  g_assert_nonnull (strstr (lines[1], "Bigger team"));
  g_assert_nonnull (strstr (lines[1], "Tight market"));
  g_assert_true (g_str_has_prefix (lines[2], "  Headcount"));
  g_assert_cmpint (g_utf8_pointer_to_offset (lines[2], strstr (lines[2], "5")), ==,
                   g_utf8_pointer_to_offset (lines[1], strstr (lines[1], "Bigger team")));
  g_assert_nonnull (strstr (lines[3], "(+2)"));
  g_strfreev (lines);
  g_assert_nonnull (strstr (text.out, "Conflict in “Bigger team”: Change 2:"));
  g_assert_nonnull (strstr (text.out, "estimate — not in the guides"));

  run (&json, "--compare", plan, "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  columns = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "columns");
  g_assert_cmpuint (json_array_get_length (columns), ==, 3);
  column = json_array_get_object_element (columns, 0);
  g_assert_true (json_node_is_null (json_object_get_member (column, "scenario")));
  column = json_array_get_object_element (columns, 1);
  g_assert_cmpstr (json_object_get_string_member (column, "scenario"), ==, "bigger");
  g_assert_cmpint (json_object_get_int_member (column, "headcount"), ==, 5);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (column, "conflicts")), ==, 1);
  g_assert_cmpstr (json_array_get_string_element (json_object_get_array_member (column, "changed_positions"), 0),
                   ==, "p2");
  difference = json_object_get_object_member (column, "difference");
  g_assert_cmpint (json_object_get_int_member (difference, "headcount"), ==, 2);
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (difference, "first_year"), "low"),
                     >, 0);
  column = json_array_get_object_element (columns, 2);
  g_assert_cmpstr (json_object_get_string_member (column, "market"), ==, "tighter-30");
  g_assert_cmpfloat (json_object_get_double_member (json_object_get_object_member (
                       json_object_get_object_member (column, "difference"), "team_complete_week"), "high"),
                     >, 0);

  run (&chosen, "--compare", plan, "--scenario", "tight", "--json", NULL);
  g_assert_cmpint (chosen.status, ==, 0);
  json_parser_load_from_data (parser, chosen.out, -1, &error);
  g_assert_no_error (error);
  columns = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "columns");
  g_assert_cmpuint (json_array_get_length (columns), ==, 2);

  run (&missing, "--compare", plan, "--scenario", "nope", NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "“nope”"));

  g_unlink (plan); g_rmdir (dir);
}

static void
test_compare_export (void)
{
  static const char *const names[] = { "compare.pdf", "compare.svg", "compare.png" };
  static const char *const magic[] = { "%PDF-", "<?xml", "\x89PNG" };
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = write_scenario_plan (dir);
  g_autofree char *bad = g_build_filename (dir, "compare.txt", NULL);
  g_auto(RunResult) wrong = { 0 };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *out = g_build_filename (dir, names[i], NULL);
      g_autofree char *contents = NULL;
      g_auto(RunResult) r = { 0 };
      gsize len = 0;

      run (&r, "--compare", plan, "--export", out, "--page", i == 1 ? "a4" : "slide", "--scale", "1", NULL);
      g_assert_cmpint (r.status, ==, 0);
      g_assert_true (g_file_get_contents (out, &contents, &len, NULL));
      g_assert_true (g_str_has_prefix (contents, magic[i]));
      if (i == 2)
        {
          /* A slide at scale 1: 1280 × 720 pixels, big-endian in IHDR. */
          g_assert_cmpuint (len, >, 24);
          g_assert_cmpuint (((guchar) contents[18] << 8) | (guchar) contents[19], ==, 1280);
          g_assert_cmpuint (((guchar) contents[22] << 8) | (guchar) contents[23], ==, 720);
        }
      if (i == 0)
        g_assert_cmpint (pdf_page_count (out), ==, 1);
      g_unlink (out);
    }
  run (&wrong, "--compare", plan, "--export", bad, NULL);
  g_assert_cmpint (wrong.status, ==, 2);
  g_assert_nonnull (strstr (wrong.err, ".pdf, .svg or .png"));
  g_assert_false (g_file_test (bad, G_FILE_TEST_EXISTS));

  g_unlink (plan); g_rmdir (dir);
}

static void
test_compare_too_many (void)
{
  g_autofree char *dir = temp_dir ();
  g_autoptr(GString) json = g_string_new ("{\"format\": \"headcount\", \"version\": 2, \"title\": \"T\", "
                                          "\"scenarios\": [");
  g_autofree char *plan = NULL;
  g_auto(RunResult) all = { 0 };
  g_auto(RunResult) named = { 0 };

  for (guint i = 0; i < 5; i++)
    g_string_append_printf (json, "%s{\"id\": \"s%u\", \"name\": \"S%u\"}", i > 0 ? ", " : "", i, i);
  g_string_append (json, "]}");
  plan = write_temp (dir, "many.headcount", json->str);

  run (&all, "--compare", plan, NULL);
  g_assert_cmpint (all.status, ==, 2);
  g_assert_nonnull (strstr (all.err, "--scenario"));
  run (&named, "--compare", plan, "--scenario", "S4", "--scenario", "s0", NULL);
  g_assert_cmpint (named.status, ==, 0);
  g_assert_true (strstr (named.out, "S4") < strstr (named.out, "S0"));

  g_unlink (plan); g_rmdir (dir);
}

/* A Unix socket at @path, as a server leaves one; closed, it stays. */
static void
make_socket (const char *path)
{
  g_autoptr(GSocket) sock = g_socket_new (G_SOCKET_FAMILY_UNIX, G_SOCKET_TYPE_STREAM,
                                          G_SOCKET_PROTOCOL_DEFAULT, NULL);
  g_autoptr(GSocketAddress) address = g_unix_socket_address_new (path);

  g_assert_nonnull (sock);
  g_assert_true (g_socket_bind (sock, address, FALSE, NULL));
}

/* Every export refuses a target that is a pipe or a socket, named or
 * reached through a link, and leaves it as it was: a save renamed a
 * regular file over whatever the name led to (a device too, which
 * test-cli-devices.sh shows in a mount namespace of its own). */
static void
test_export_refuses_special_files (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autofree char *sock = g_build_filename (dir, "socket", NULL);
  const char *formats[] = { "headcount", "csv", "pdf", "svg", "png" };

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  make_socket (sock);
  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    for (guint k = 0; k < 2; k++)
      {
        const char *special = k == 0 ? fifo : sock;
        g_autofree char *name = g_strdup_printf ("%s.%s", special, formats[i]);
        g_autofree char *link_name = g_strdup_printf ("%s-link.%s", special, formats[i]);
        g_autofree char *direct_says = NULL;
        g_autofree char *link_says = NULL;
        g_auto(RunResult) direct = { 0 };
        g_auto(RunResult) linked = { 0 };
        GStatBuf st;

        g_assert_cmpint (g_rename (special, name), ==, 0);
        g_assert_cmpint (symlink (name, link_name), ==, 0);
        run (&direct, "--export", name, "--template", "five-person", NULL);
        run (&linked, "--export", link_name, "--template", "five-person", NULL);
        direct_says = g_strdup_printf ("Could not save “%s”: it is not a regular file but a device, "
                                       "a pipe or a socket, which a save would destroy; choose "
                                       "another name\n", name);
        link_says = g_strdup_printf ("Could not save “%s”: it leads to “%s”, which is not a regular "
                                     "file but a device, a pipe or a socket, which a save would "
                                     "destroy; choose another name\n", link_name, name);
        g_assert_cmpint (direct.status, ==, 1);
        g_assert_true (g_str_has_prefix (direct.err, direct_says));
        g_assert_cmpint (linked.status, ==, 1);
        g_assert_true (g_str_has_prefix (linked.err, link_says));
        g_assert_cmpint (g_lstat (name, &st), ==, 0);
        g_assert_true (k == 0 ? S_ISFIFO (st.st_mode) : S_ISSOCK (st.st_mode));
        g_assert_cmpint (g_lstat (link_name, &st), ==, 0);
        g_assert_true (S_ISLNK (st.st_mode));
        g_assert_cmpint (g_unlink (link_name), ==, 0);
        g_assert_cmpint (g_rename (name, special), ==, 0);
      }
  g_unlink (fifo); g_unlink (sock); g_rmdir (dir);
}

/* “/dev/stdout” is the pipe the output goes to: refused, with the way
 * that works.  Only the kernel's link is followed, nothing is made there. */
static void
test_export_dev_stdout (void)
{
  g_auto(RunResult) r = { 0 };

  run (&r, "--export", "/dev/stdout", "--template", "five-person", NULL);
  g_assert_cmpint (r.status, ==, 1);
  g_assert_cmpstr (r.out, ==, "");
  g_assert_cmpstr (r.err, ==, "Could not save “/dev/stdout”: it is not a regular file but a device, "
                              "a pipe or a socket, which a save would destroy; choose another name\n"
                              "To write to standard output, use “--export -”.\n");
}

/* A socket given as a plan is not a plan: the message for what is not a
 * regular file, not “No such device or address”. */
static void
test_socket_as_plan (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *sock = g_build_filename (dir, "plan.headcount", NULL);
  g_autofree char *expected = NULL;
  g_auto(RunResult) check = { 0 };

  make_socket (sock);
  expected = g_strdup_printf ("%s: Could not open “%s”: it is not a regular file (a pipe, "
                              "a device or a folder); a plan is a file\n", sock, sock);
  run (&check, "--check", sock, NULL);
  g_assert_cmpint (check.status, ==, 1);
  g_assert_cmpstr (check.err, ==, expected);
  g_unlink (sock); g_rmdir (dir);
}

/* ───────────────────────── --diff and git ───────────────────────── */

/* The scenario plan with p2 now 4 people, p1 a staff engineer under a
 * new id, and a third position. */
static const char changed_plan[] =
  "{\"format\": \"headcount\", \"version\": 2, \"title\": \"Options\", \"start_date\": \"2027-02-01\","
  " \"benchmarks\": \"us-2026\", \"positions\": ["
  "{\"id\": \"first\", \"role\": \"backend\", \"seniority\": \"staff\", \"count\": 1, \"location\": \"\","
  " \"location_adjustment_percent\": 0, \"sourcing\": \"direct\", \"phase\": \"foundation\"},"
  "{\"id\": \"p2\", \"role\": \"backend\", \"seniority\": \"mid\", \"count\": 4, \"location\": \"\","
  " \"location_adjustment_percent\": 0, \"sourcing\": \"referral\", \"phase\": \"capacity\"},"
  "{\"id\": \"p3\", \"role\": \"database\", \"seniority\": \"senior\", \"count\": 1, \"location\": \"\","
  " \"location_adjustment_percent\": 0, \"sourcing\": \"agency\", \"phase\": \"database\"}]}";

static void
test_diff_files (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *old_plan = write_scenario_plan (dir);
  g_autofree char *new_plan = write_temp (dir, "new.headcount", changed_plan);
  g_autofree char *bad = write_temp (dir, "bad.headcount", "{\"format\": \"headcount\", \"version\": 2,");
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_auto(RunResult) text = { 0 };
  g_auto(RunResult) json = { 0 };
  g_auto(RunResult) same = { 0 };
  g_auto(RunResult) broken = { 0 };
  g_auto(RunResult) missing = { 0 };
  g_auto(RunResult) usage = { 0 };
  JsonArray *changes;

  run_in_locale (&text, "C.UTF-8", "--diff", old_plan, new_plan, NULL);
  g_assert_cmpint (text.status, ==, 0);
  g_assert_nonnull (strstr (text.out, "The Senior Backend / API engineer in “Backend foundation” is now Staff.\n"));
  g_assert_nonnull (strstr (text.out, "The Mid-level Backend / API engineer in “Additional backend capacity” "
                                      "now hires 4 people instead of 2.\n"));
  g_assert_nonnull (strstr (text.out, "Added 1 hire: Senior Database engineer in “Database specialist”.\n"));
  g_assert_nonnull (strstr (text.out, "Headcount goes from 3 to 6 people.\n"));
  g_assert_nonnull (strstr (text.out, "First-year cash changes by +$"));
  g_assert_null (strstr (text.out, "Removed"));

  run (&json, "--diff", old_plan, new_plan, "--json", NULL);
  g_assert_cmpint (json.status, ==, 0);
  json_parser_load_from_data (parser, json.out, -1, &error);
  g_assert_no_error (error);
  changes = json_object_get_array_member (json_node_get_object (json_parser_get_root (parser)), "changes");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (changes, 0), "kind"), ==, "level");
  g_assert_cmpstr (json_object_get_string_member (json_array_get_object_element (changes, 0), "subject"), ==, "first");

  /* No difference is no failure. */
  run_in_locale (&same, "C.UTF-8", "--diff", old_plan, old_plan, NULL);
  g_assert_cmpint (same.status, ==, 0);
  g_assert_cmpstr (same.out, ==, "The plans do not differ.\n");

  run (&broken, "--diff", old_plan, bad, NULL);
  g_assert_cmpint (broken.status, ==, 1);
  g_assert_true (g_str_has_prefix (broken.err, "bad.headcount:") || strstr (broken.err, "/bad.headcount:") != NULL);
  run (&missing, "--diff", "/nonexistent/old.headcount", new_plan, NULL);
  g_assert_cmpint (missing.status, ==, 1);
  g_assert_nonnull (strstr (missing.err, "old.headcount"));
  run (&usage, "--diff", old_plan, NULL);
  g_assert_cmpint (usage.status, ==, 2);

  g_unlink (old_plan); g_unlink (new_plan); g_unlink (bad); g_rmdir (dir);
}

static void
test_diff_scenarios (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = write_scenario_plan (dir);
  g_auto(RunResult) bigger = { 0 };
  g_auto(RunResult) tight = { 0 };
  g_auto(RunResult) unknown = { 0 };

  run_in_locale (&bigger, "C.UTF-8", "--diff", plan, "--scenario", "base", "--scenario", "Bigger team", NULL);
  g_assert_cmpint (bigger.status, ==, 0);
  g_assert_nonnull (strstr (bigger.out, "now hires 4 people instead of 2.\n"));
  g_assert_nonnull (strstr (bigger.out, "Headcount goes from 3 to 5 people.\n"));

  /* A tighter market: the same people, found later. */
  run_in_locale (&tight, "C.UTF-8", "--diff", plan, "--scenario", "bigger", "--scenario", "tight", NULL);
  g_assert_cmpint (tight.status, ==, 0);
  g_assert_nonnull (strstr (tight.out, "now starts "));
  g_assert_nonnull (strstr (tight.out, "The team is complete "));

  run (&unknown, "--diff", plan, "--scenario", "base", "--scenario", "nope", NULL);
  g_assert_cmpint (unknown.status, ==, 1);
  g_assert_nonnull (strstr (unknown.err, "“nope”"));
  g_unlink (plan); g_rmdir (dir);
}

/* The text git compares: stable, one line a position, with no display,
 * no session bus and no settings to reach. */
static void
test_textconv (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = write_scenario_plan (dir);
  g_auto(RunResult) c = { 0 };
  g_auto(RunResult) de = { 0 };
  g_auto(RunResult) bad = { 0 };

  g_setenv ("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus", TRUE);
  run_in_locale (&c, "C.UTF-8", "--textconv", plan, NULL);
  run_in_locale (&de, "de_DE.UTF-8", "--textconv", plan, NULL);
  g_unsetenv ("DBUS_SESSION_BUS_ADDRESS");
  g_assert_cmpint (c.status, ==, 0);
  g_assert_cmpstr (c.err, ==, "");
  g_assert_cmpstr (c.out, ==, de.out);
  g_assert_true (g_str_has_prefix (c.out, "title: Options\n"));
  g_assert_nonnull (strstr (c.out, "\nposition p2: 2 × mid backend, phase capacity, sourcing referral\n"));
  g_assert_nonnull (strstr (c.out, "\nscenario bigger: Bigger team, market guides, 2 changes\n"));
  g_assert_nonnull (strstr (c.out, "\nphase foundation: week 1-8, "));

  run (&bad, "--textconv", "/nonexistent/plan.headcount", NULL);
  g_assert_cmpint (bad.status, ==, 1);
  g_assert_nonnull (strstr (bad.err, "plan.headcount"));
  g_unlink (plan); g_rmdir (dir);
}

static char *
git (const char *dir,
     const char *first_arg,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) envp = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;
  char *out = NULL;
  int wait_status = 0;
  va_list args;

  g_ptr_array_add (argv, (gpointer) "git");
  va_start (args, first_arg);
  for (const char *arg = first_arg; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);
  /* The repository's own configuration only, never the person's. */
  envp = g_environ_setenv (envp, "HOME", dir, TRUE);
  envp = g_environ_setenv (envp, "GIT_CONFIG_NOSYSTEM", "1", TRUE);
  envp = g_environ_setenv (envp, "GIT_CONFIG_GLOBAL", "/dev/null", TRUE);
  envp = g_environ_setenv (envp, "LC_ALL", "C.UTF-8", TRUE);
  envp = g_environ_unsetenv (envp, "DISPLAY");
  envp = g_environ_unsetenv (envp, "WAYLAND_DISPLAY");
  g_spawn_sync (dir, (char **) argv->pdata, envp, G_SPAWN_SEARCH_PATH, NULL, NULL,
                &out, &err, &wait_status, &error);
  g_assert_no_error (error);
  if (!WIFEXITED (wait_status) || WEXITSTATUS (wait_status) != 0)
    g_error ("git %s failed: %s", first_arg, err);
  return out;
}

static void
test_git_diff (void)
{
  g_autofree char *dir = temp_dir ();
  g_autofree char *plan = write_temp (dir, "plan.headcount", scenario_plan);
  g_autofree char *textconv = g_strdup_printf ("'%s' --textconv", headcount_path);
  g_autofree char *attributes = write_temp (dir, ".gitattributes", "*.headcount diff=headcount\n");
  g_autofree char *out = NULL;

  g_free (git (dir, "init", "-q", NULL));
  g_free (git (dir, "config", "user.name", "Test", NULL));
  g_free (git (dir, "config", "user.email", "test@example.org", NULL));
  g_free (git (dir, "config", "diff.headcount.textconv", textconv, NULL));
  g_free (git (dir, "add", ".gitattributes", "plan.headcount", NULL));
  g_free (git (dir, "commit", "-q", "-m", "Monday", NULL));
  g_free (write_temp (dir, "plan.headcount", changed_plan));
  g_free (git (dir, "commit", "-q", "-a", "-m", "Friday", NULL));

  out = git (dir, "diff", "--no-color", "HEAD~1", "HEAD", NULL);
  g_assert_nonnull (strstr (out, "\n-position p1: 1 × senior backend, phase foundation,"));
  g_assert_nonnull (strstr (out, "\n+position first: 1 × staff backend, phase foundation,"));
  g_assert_nonnull (strstr (out, "\n-position p2: 2 × mid backend,"));
  g_assert_nonnull (strstr (out, "\n+position p2: 4 × mid backend,"));
  g_assert_nonnull (strstr (out, "\n+position p3: 1 × senior database, phase database,"));
  g_assert_nonnull (strstr (out, "\n-scenario bigger: Bigger team,"));
  /* Neither the JSON nor the unchanged lines' neighbours beyond. */
  g_assert_null (strstr (out, "\"seniority\""));
  g_assert_null (strstr (out, "title: Options"));

  hc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* The locale meson gives: these tests run under C.UTF-8 and de_DE.UTF-8. */
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);

  if (argc < 2)
    {
      g_printerr ("usage: %s PATH-TO-HEADCOUNT\n", argv[0]);
      return 2;
    }
  headcount_path = argv[1];

  g_test_add_func ("/cli/check-load-notes", test_check_load_notes);
  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/scenario-summary-check", test_scenario_summary_check);
  g_test_add_func ("/cli/compare-text-json", test_compare_text_json);
  g_test_add_func ("/cli/compare-too-many", test_compare_too_many);
  g_test_add_func ("/cli/compare-export", test_compare_export);
  g_test_add_func ("/cli/diff-files", test_diff_files);
  g_test_add_func ("/cli/diff-scenarios", test_diff_scenarios);
  g_test_add_func ("/cli/textconv", test_textconv);
  g_test_add_func ("/cli/git-diff", test_git_diff);
  g_test_add_func ("/cli/list-templates", test_list_templates);
  g_test_add_func ("/cli/help", test_help_documents_everything);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/check-currency", test_check_currency);
  g_test_add_func ("/cli/summary-week-words", test_summary_week_words);
  g_test_add_func ("/cli/summary-short-horizon", test_summary_short_horizon);
  g_test_add_func ("/cli/missing-file", test_missing_file);
  g_test_add_func ("/cli/unknown-template", test_unknown_template);
  g_test_add_func ("/cli/summary-json", test_summary_json);
  g_test_add_func ("/cli/summary-json-costs", test_summary_json_costs);
  g_test_add_func ("/cli/summary-benchmarks", test_summary_benchmarks);
  g_test_add_func ("/cli/summary-text", test_summary_text);
  g_test_add_func ("/cli/summary-calendar-months", test_summary_calendar_months);
  g_test_add_func ("/cli/export-plan-and-csv", test_export_plan_and_csv);
  g_test_add_func ("/cli/export-csv-replaces-atomically", test_export_csv_replaces_atomically);
  g_test_add_func ("/cli/export-chart", test_export_chart);
  g_test_add_func ("/cli/export-split-time", test_export_split_time);
  g_test_add_func ("/cli/export-errors", test_export_errors);
  g_test_add_func ("/cli/export-pages-as-files", test_export_pages_as_files);
  g_test_add_func ("/cli/export-stdout", test_export_stdout);
  g_test_add_func ("/cli/export-stdout-errors", test_export_stdout_errors);
  g_test_add_func ("/cli/machine-output-any-locale", test_machine_output_any_locale);
  g_test_add_func ("/cli/summary-text-german", test_summary_text_german);
  g_test_add_func ("/cli/export-chart-error-names-file-once", test_export_chart_error_names_file_once);
  g_test_add_func ("/cli/terminal-escapes", test_terminal_escapes);
  g_test_add_func ("/cli/terminal-bidi-escapes", test_terminal_bidi_escapes);
  g_test_add_func ("/cli/bad-scale", test_bad_scale);
  g_test_add_func ("/cli/fifo", test_fifo);
  g_test_add_func ("/cli/export-refuses-special-files", test_export_refuses_special_files);
  g_test_add_func ("/cli/export-dev-stdout", test_export_dev_stdout);
  g_test_add_func ("/cli/socket-as-plan", test_socket_as_plan);

  return g_test_run ();
}
