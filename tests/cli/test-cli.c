/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-cli"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <glib/gstdio.h>
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
                                   "--chart", "--scale", "--split-time", "--template", "--list-templates" };
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
  g_assert_nonnull (strstr (r.out, "\"high\": 1222650\n"));
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

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/list-templates", test_list_templates);
  g_test_add_func ("/cli/help", test_help_documents_everything);
  g_test_add_func ("/cli/check", test_check);
  g_test_add_func ("/cli/check-currency", test_check_currency);
  g_test_add_func ("/cli/summary-week-words", test_summary_week_words);
  g_test_add_func ("/cli/summary-short-horizon", test_summary_short_horizon);
  g_test_add_func ("/cli/missing-file", test_missing_file);
  g_test_add_func ("/cli/unknown-template", test_unknown_template);
  g_test_add_func ("/cli/summary-json", test_summary_json);
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
  g_test_add_func ("/cli/bad-scale", test_bad_scale);
  g_test_add_func ("/cli/fifo", test_fifo);

  return g_test_run ();
}
