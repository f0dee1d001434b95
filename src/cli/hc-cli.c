/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-cli"

#include "config.h"

#include <gio/gunixoutputstream.h>
#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "headcount-core.h"
#include "hc-chart-export.h"
#include "hc-chart-format.h"
#include "hc-cli.h"
#include "hc-compare-chart.h"

/* The headless half of the headcount binary: checking, summarising and
 * exporting plans with no display, for scripts, CI and board-deck builds. */

typedef struct
{
  gboolean   version;
  gboolean   list_templates;
  gboolean   check;
  gboolean   summary;
  gboolean   json;
  char      *export_path;
  char      *page;
  char      *chart;
  char      *scale;
  gboolean   split_time;
  char      *format;
  char     **templates;
  char     **files;
  char     **scenarios;
  char      *compare_path;
  char      *diff_path;
  char      *textconv_path;
} HcCliOptions;

static void
hc_cli_options_clear (HcCliOptions *options)
{
  g_free (options->export_path);
  g_free (options->page);
  g_free (options->format);
  g_free (options->chart);
  g_free (options->scale);
  g_strfreev (options->templates);
  g_strfreev (options->files);
  g_strfreev (options->scenarios);
  g_free (options->compare_path);
  g_free (options->diff_path);
  g_free (options->textconv_path);
}

static const char *const headless_flags[] = {
  "--version", "--list-templates", "--check", "--summary", "--export", "--compare",
  "--diff", "--textconv", "--help", "-h", "--help-all", "-?",
};

gboolean
hc_cli_is_headless (int    argc,
                    char **argv)
{
  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--"))
        break;
      for (guint k = 0; k < G_N_ELEMENTS (headless_flags); k++)
        if (g_str_equal (argv[i], headless_flags[k])
            || (g_str_has_prefix (argv[i], headless_flags[k])
                && argv[i][strlen (headless_flags[k])] == '='))
          return TRUE;
    }
  return FALSE;
}

static GOptionContext *
hc_cli_option_context (HcCliOptions *o)
{
  const GOptionEntry entries[] = {
    { "version", 0, 0, G_OPTION_ARG_NONE, &o->version,
      N_("Print the version and exit"), NULL },
    { "list-templates", 0, 0, G_OPTION_ARG_NONE, &o->list_templates,
      N_("List the built-in templates"), NULL },
    { "check", 0, 0, G_OPTION_ARG_NONE, &o->check,
      N_("Check that every FILE is a valid plan; print what is wrong and where, and the plan checks"), NULL },
    { "summary", 0, 0, G_OPTION_ARG_NONE, &o->summary,
      N_("Print the budget and timeline of FILE"), NULL },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o->json,
      N_("With --summary, --compare or --diff, print one JSON object"), NULL },
    { "export", 0, 0, G_OPTION_ARG_FILENAME, &o->export_path,
      N_("Write FILE to OUT: .headcount (normalised), .csv (monthly budget), "
         ".pdf, .svg or .png (charts)"), N_("OUT") },
    { "format", 0, 0, G_OPTION_ARG_STRING, &o->format,
      N_("What --export writes: pdf, svg, png, csv or headcount; needed with “--export -”, "
         "which writes to standard output"), N_("FORMAT") },
    { "page", 0, 0, G_OPTION_ARG_STRING, &o->page,
      N_("Page for chart exports: slide (16:9, default), a4, letter, fit"), N_("PAGE") },
    { "chart", 0, 0, G_OPTION_ARG_STRING, &o->chart,
      N_("Chart to export: gantt (default), budget, all"), N_("CHART") },
    { "scale", 0, 0, G_OPTION_ARG_STRING, &o->scale,
      N_("PNG pixels per 1/96 inch (default 2: a slide is 2560×1440)"), N_("N") },
    { "split-time", 0, 0, G_OPTION_ARG_NONE, &o->split_time,
      N_("PDF: also split a long plan into pages by months"), NULL },
    { "template", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->templates,
      N_("Use the built-in template NAME in place of a FILE"), N_("NAME") },
    { "scenario", 0, 0, G_OPTION_ARG_STRING_ARRAY, &o->scenarios,
      N_("The plan's scenario NAME in place of its base (--summary, --check, --export); "
         "with --compare, a scenario to compare (repeat it)"), N_("NAME") },
    { "compare", 0, 0, G_OPTION_ARG_FILENAME, &o->compare_path,
      N_("Print the base of PLAN and its scenarios side by side; with --export, write "
         "the comparison slide"), N_("PLAN") },
    { "diff", 0, 0, G_OPTION_ARG_FILENAME, &o->diff_path,
      N_("Say in sentences what changed from OLD to the plan FILE; or, with two --scenario, "
         "from the first scenario of OLD to the second (“base” for the plan itself)"), N_("OLD") },
    { "textconv", 0, 0, G_OPTION_ARG_FILENAME, &o->textconv_path,
      N_("Print FILE as stable text, one line a position, for git diff"), N_("FILE") },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o->files, NULL, N_("FILE…") },
    { NULL }
  };
  GOptionContext *context = g_option_context_new (N_("[FILE…] — plan a backend engineering team"));

  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  g_option_context_set_description (context,
    _("Without a headless option, opens each FILE in a window.\n\n"
      "Examples:\n"
      "  headcount --check plan.headcount\n"
      "  headcount --summary --json --template five-person\n"
      "  headcount --export board.pdf --chart all plan.headcount\n"
      "  headcount --export budget.csv plan.headcount\n"
      "  headcount --export - --format png plan.headcount > chart.png\n"
      "  headcount --summary --scenario \"Option B\" plan.headcount\n"
      "  headcount --compare plan.headcount --export compare.pdf\n"
      "  headcount --diff monday.headcount friday.headcount\n"
      "  headcount --diff plan.headcount --scenario base --scenario \"Option B\"\n\n"
      "Exit status: 0 on success, 1 when a plan is invalid or a command fails, "
      "2 on a usage error."));
  return context;
}

/* A plan named on the command line: a file, or a built-in template. */
typedef struct
{
  char     *label;     /* what errors are prefixed with */
  char     *path;      /* NULL for a template */
  char     *template;  /* NULL for a file */
  char     *scenario;  /* the --scenario to read in place of the base, or NULL */
} HcCliSource;

static void
hc_cli_source_free (HcCliSource *source)
{
  g_free (source->label);
  g_free (source->path);
  g_free (source->template);
  g_free (source->scenario);
  g_free (source);
}

static GPtrArray *
hc_cli_collect_sources (HcCliOptions *o)
{
  GPtrArray *sources = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_cli_source_free);

  for (guint i = 0; o->files != NULL && o->files[i] != NULL; i++)
    {
      HcCliSource *source = g_new0 (HcCliSource, 1);

      source->path = g_strdup (o->files[i]);
      source->label = g_filename_display_name (o->files[i]);
      g_ptr_array_add (sources, source);
    }
  for (guint i = 0; o->templates != NULL && o->templates[i] != NULL; i++)
    {
      HcCliSource *source = g_new0 (HcCliSource, 1);

      source->template = g_strdup (o->templates[i]);
      source->label = g_strdup_printf ("template:%s", o->templates[i]);
      g_ptr_array_add (sources, source);
    }
  /* --scenario reads that scenario of each plan; --compare and --diff
   * take their own. */
  for (guint i = 0; i < sources->len && o->scenarios != NULL && o->compare_path == NULL &&
                    o->diff_path == NULL; i++)
    ((HcCliSource *) g_ptr_array_index (sources, i))->scenario = g_strdup (o->scenarios[0]);
  return sources;
}

static HcPlan *
hc_cli_load_base (HcCliSource  *source,
                  GError      **error)
{
  g_autoptr(GFile) file = NULL;

  if (source->template != NULL)
    return hc_template_load (source->template, error);
  file = g_file_new_for_commandline_arg (source->path);
  return hc_plan_load_from_file (file, NULL, error);
}

/* The scenario's name, or its list of names when there is none by it. */
static gboolean
hc_cli_no_scenario (HcPlan      *plan,
                    const char  *name,
                    GError     **error)
{
  HcScenarioList *list = hc_plan_get_scenarios (plan);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < hc_scenario_list_get_n (list); i++)
    g_string_append_printf (names, "%s“%s”", i > 0 ? ", " : "",
                            hc_scenario_get_name (hc_scenario_list_get (list, i)));
  if (names->len == 0)
    g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_NOT_FOUND,
                 _("The plan has no scenario “%s”: it has no scenarios"), name);
  else
    g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_NOT_FOUND,
                 _("The plan has no scenario “%s”; its scenarios are %s"), name, names->str);
  return FALSE;
}

/* The plan, or with --scenario the plan its scenario makes; @conflicts
 * (may be NULL) gets the scenario's conflicts. */
static HcPlan *
hc_cli_load_full (HcCliSource  *source,
                  GPtrArray   **conflicts,
                  GError      **error)
{
  g_autoptr(HcPlan) plan = hc_cli_load_base (source, error);
  HcPlan *resolved;

  if (plan == NULL)
    return NULL;
  if (source->scenario == NULL)
    {
      if (conflicts != NULL)
        *conflicts = g_ptr_array_new ();
      return g_steal_pointer (&plan);
    }
  resolved = hc_plan_resolve_scenario (plan, source->scenario, conflicts);
  if (resolved == NULL)
    hc_cli_no_scenario (plan, source->scenario, error);
  return resolved;
}

static HcPlan *
hc_cli_load (HcCliSource  *source,
             GError      **error)
{
  return hc_cli_load_full (source, NULL, error);
}

/* Text for a terminal: a plan's title, a role's id or a member's name
 * may hold escape sequences that would retitle the terminal or clear it,
 * so every control character (C0, DEL, C1) is shown as an escape.  Text
 * that is not UTF-8 has its bytes shown the same way. */
/* Bidirectional controls and the line and paragraph separators: raw,
 * a title could reorder or break the terminal's line around it. */
static gboolean
reorders_line (gunichar c)
{
  return c == 0x061c || c == 0x200e || c == 0x200f || (c >= 0x202a && c <= 0x202e) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x2028 || c == 0x2029;
}

static char *
terminal_safe (const char *text)
{
  GString *out = g_string_new (NULL);
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }
      if (c < 0x20 || c == 0x7f)
        g_string_append_printf (out, "\\x%02x", c);
      else if ((c >= 0x80 && c <= 0x9f) || reorders_line (c))
        g_string_append_printf (out, "\\u%04x", c);
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
      p = g_utf8_next_char (p);
    }
  return g_string_free (out, FALSE);
}

/* terminal_safe() for each line of @text, its newlines kept. */
static char *
terminal_safe_lines (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_autofree char *safe = terminal_safe (lines[i]);

      g_string_append (out, safe);
      if (lines[i + 1] != NULL)
        g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

static void
hc_cli_print_error (HcCliSource  *source,
                    const GError *error)
{
  g_autofree char *label = terminal_safe (source->label);
  g_autofree char *message = terminal_safe (error->message);

  /* Plan errors start with "LINE:COLUMN:" or "$.path:", so this prints
   * "FILE:LINE:COLUMN: message" as compilers do, which editors can jump to. */
  if (error->domain == HC_PLAN_ERROR && g_ascii_isdigit (error->message[0]))
    g_printerr ("%s:%s\n", label, message);
  else
    g_printerr ("%s: %s\n", label, message);
}

static int
hc_cli_version (void)
{
  g_print ("%s %s\n", PACKAGE_NAME, PACKAGE_VERSION);
  return 0;
}

static int
hc_cli_list_templates (void)
{
  for (const HcTemplateInfo *t = hc_templates_list (); t->name != NULL; t++)
    {
      g_autofree char *line = hc_template_describe (t->name, hc_format_money_range_compact);

      g_print ("%-14s %s — %s\n", t->name, _(t->title), line);
    }
  return 0;
}

static void
print_checks (GPtrArray *checks)
{
  for (guint i = 0; i < checks->len; i++)
    {
      HcCheck *check = g_ptr_array_index (checks, i);
      /* Role names and ids in a message come from the file. */
      g_autofree char *message = terminal_safe (check->message);

      g_print ("%s %s\n", check->severity == HC_CHECK_SEVERITY_WARNING ? _("Warning:") : _("Note:"),
               message);
    }
}

/* "Conflict in “Option B”: Change 3: the position “pos-4” is not in the
 * base plan", for the --scenario, else for every scenario. */
static GPtrArray *
hc_cli_collect_conflicts (HcCliSource *source,
                          HcPlan      *base)
{
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  HcScenarioList *list = hc_plan_get_scenarios (base);

  for (guint i = 0; i < hc_scenario_list_get_n (list); i++)
    {
      HcScenario *scenario = hc_scenario_list_get (list, i);
      g_autoptr(GPtrArray) conflicts = NULL;
      g_autoptr(HcPlan) plan = NULL;

      if (source->scenario != NULL &&
          hc_scenario_list_find (list, source->scenario, NULL) != scenario)
        continue;
      plan = hc_plan_resolve_scenario (base, hc_scenario_get_id (scenario), &conflicts);
      for (guint k = 0; k < conflicts->len; k++)
        {
          HcScenarioConflict *conflict = g_ptr_array_index (conflicts, k);

          g_ptr_array_add (lines, g_strdup_printf (_("Conflict in “%s”: %s"),
                                                   hc_scenario_get_name (scenario),
                                                   conflict->message));
        }
    }
  return lines;
}

static int
hc_cli_check (GPtrArray *sources)
{
  int status = 0;

  for (guint i = 0; i < sources->len; i++)
    {
      HcCliSource *source = g_ptr_array_index (sources, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(HcPlan) base = hc_cli_load_base (source, &error);
      g_autoptr(HcPlan) plan = NULL;
      g_autoptr(GPtrArray) conflicts = NULL;
      g_autoptr(GPtrArray) checks = NULL;

      if (base != NULL && source->scenario != NULL)
        {
          plan = hc_plan_resolve_scenario (base, source->scenario, NULL);
          if (plan == NULL)
            hc_cli_no_scenario (base, source->scenario, &error);
        }
      else if (base != NULL)
        plan = g_object_ref (base);
      if (plan == NULL)
        {
          hc_cli_print_error (source, error);
          status = 1;
          continue;
        }
      /* The plan checks are advice: they are printed, and a file that
       * loads still exits 0.  So are the scenarios' conflicts: the file
       * keeps each change until a person drops it. */
      checks = hc_plan_check (plan, NULL);
      conflicts = hc_cli_collect_conflicts (source, base);
      if (sources->len > 1
          && (checks->len > 0 || conflicts->len > 0 || hc_plan_get_load_notes (plan)[0] != NULL))
        g_print ("%s:\n", source->label);
      /* What the loader read differently from the file (a location
       * preset's stale percentage) comes first, as notes. */
      for (const char * const *note = hc_plan_get_load_notes (plan); *note != NULL; note++)
        {
          g_autofree char *message = terminal_safe (*note);

          g_print ("%s %s\n", _("Note:"), message);
        }
      print_checks (checks);
      for (guint k = 0; k < conflicts->len; k++)
        {
          g_autofree char *line = terminal_safe (g_ptr_array_index (conflicts, k));

          g_print ("%s\n", line);
        }
    }
  return status;
}

static void
hc_cli_print_summary_json (HcPlan     *plan,
                           HcTimeline *timeline,
                           HcBudget   *budget,
                           GPtrArray  *checks)
{
  g_autoptr(GBytes) bytes = hc_summary_to_json (plan, timeline, budget, checks);

  fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
}

static void
print_row (const char *label,
           const char *value)
{
  /* Pad by characters, not bytes, so that "–" and "€" keep columns. */
  glong pad = 22 - g_utf8_strlen (label, -1);

  g_print ("  %s%*s%s\n", label, (int) MAX (pad, 1), "", value);
}

/* "weeks 6–10 · Mar–Apr 2027": the window's words for the same span. */
static char *
week_range_text (HcPlan  *plan,
                 HcRange  weeks)
{
  GDate start = hc_plan_get_start_date (plan);

  return hc_format_week_month_span (weeks, &start);
}

static void
hc_cli_print_summary_text (HcPlan     *plan,
                           HcTimeline *timeline,
                           HcBudget   *budget,
                           GPtrArray  *checks)
{
  const char *currency = hc_plan_get_currency (plan);
  GDate start = hc_plan_get_start_date (plan);
  char date[32];
  g_autofree char *people = NULL;
  g_autofree char *complete = week_range_text (plan, hc_timeline_get_team_complete (timeline));
  g_autofree char *productive = week_range_text (plan, hc_timeline_get_team_productive (timeline));
  g_autofree char *first_year = hc_budget_get_first_year_label (budget);
  g_autofree char *first_year_cash = g_strdup_printf (_("%s (cash)"), first_year);
  /* Each figure with its midpoint and, on the line below, what it is. */
  struct { const char *label; HcRange value; char *what; } money[] = {
    { _("Loaded salaries"), hc_budget_get_loaded_salaries (budget),
      hc_budget_describe_loaded_salaries (budget, currency) },
    { _("Annual run rate"), hc_budget_get_annual_run_rate (budget),
      hc_budget_describe_run_rate (budget) },
    { first_year_cash, hc_budget_get_first_year (budget),
      hc_budget_describe_first_year (budget) },
    { _("Run rate per engineer"), hc_budget_get_cost_per_engineer (budget),
      hc_budget_describe_cost_per_engineer (budget) },
  };

  g_date_strftime (date, sizeof date, "%Y-%m-%d", &start);
  {
    guint headcount = hc_plan_get_headcount (plan);
    guint n_positions = hc_timeline_get_n_entries (timeline);
    g_autofree char *persons = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people",
                                                             headcount),
                                                headcount);
    g_autofree char *positions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u position",
                                                               "%u positions", n_positions),
                                                  n_positions);

    /* Two counts, each with its own plural, cannot share one message.
     * Translators: "5 people in 4 positions": the two counts above. */
    people = g_strdup_printf (C_("people in positions", "%s in %s"), persons, positions);
  }
  {
    g_autofree char *title = terminal_safe (hc_plan_get_title (plan));
    g_print ("%s\n", title);
  }
  /* Translators: the row of the command line's summary that counts the
   * team, not the application's name. */
  print_row (C_("summary row", "Headcount"), people);
  print_row (_("Starts"), date);
  {
    /* Which benchmarks the defaults are, and that a plan made with the
     * older ones is offered the current ones in the window. */
    const char *set = hc_plan_get_benchmarks (plan);
    const char *label = hc_benchmark_set_get_label (set);
    g_autofree char *safe = terminal_safe (label != NULL ? label : set);
    g_autofree char *text = hc_plan_has_older_benchmarks (plan)
      ? g_strdup_printf (_("%s (older: Headcount offers to update them)"), safe)
      : g_strdup (safe);

    print_row (_("Benchmarks"), text);
  }
  print_row (_("Team complete"), complete);
  print_row (_("Team productive"), productive);
  for (guint i = 0; i < G_N_ELEMENTS (money); i++)
    {
      g_autofree char *range = hc_format_money_range (money[i].value, currency);
      g_autofree char *mid = hc_format_money_mid (money[i].value, currency);
      g_autofree char *text = g_strdup_printf ("%s · %s", range, mid);
      g_autofree char *what = g_steal_pointer (&money[i].what);

      print_row (money[i].label, text);
      print_row ("", what);
    }
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    {
      g_autofree char *label = g_strdup_printf ("  %s", hc_category_get_label (c));
      g_autofree char *range = hc_format_money_range (hc_budget_get_first_year_category (budget, c),
                                                      currency);
      const char *note = hc_budget_get_category_note (budget, c);
      g_autofree char *text = note != NULL ? g_strdup_printf ("%s (%s)", range, note)
                                           : g_steal_pointer (&range);

      print_row (label, text);
    }
  {
    g_autofree char *equity = hc_format_percent_range (hc_budget_get_equity_pool_percent (budget));
    g_autofree char *text = g_strdup_printf (_("%s (non-cash)"), equity);
    print_row (_("Equity pool"), text);
  }
  g_print ("  (%s)\n", hc_budget_get_ranges_note ());
  print_checks (checks);
}

static int
hc_cli_summary (HcCliSource *source,
                gboolean     json)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_cli_load (source, &error);
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  g_autoptr(GPtrArray) checks = NULL;

  if (plan == NULL)
    {
      hc_cli_print_error (source, error);
      return 1;
    }
  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  checks = hc_plan_check (plan, timeline);
  if (json)
    hc_cli_print_summary_json (plan, timeline, budget, checks);
  else
    hc_cli_print_summary_text (plan, timeline, budget, checks);
  return 0;
}

static gboolean
hc_cli_export_csv (HcPlan      *plan,
                   const char  *path,
                   GError     **error)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  char *csv = hc_budget_to_csv (budget, plan);
  g_autoptr(GBytes) bytes = g_bytes_new_take (csv, strlen (csv));
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);

  return hc_file_replace_atomically (file, bytes, NULL, error);
}

/* --scale must be a number a picture can be drawn at; 0 or "nan" is a
 * mistake to say, not to replace silently by the default. */
static gboolean
parse_scale (const char  *text,
             double      *scale,
             GError     **error)
{
  char *end = NULL;
  double value;

  *scale = 2.0;
  if (text == NULL)
    return TRUE;
  value = g_ascii_strtod (text, &end);
  if (end == text || *end != '\0' || !isfinite (value) || value <= 0 || value > 100)
    {
      g_autofree char *shown = terminal_safe (text);

      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--scale %s: give a number greater than 0 and at most 100, such as 2"),
                   shown);
      return FALSE;
    }
  *scale = value;
  return TRUE;
}

static gboolean
hc_cli_chart_choices (HcCliOptions  *o,
                      HcPageFormat  *page_out,
                      HcChartKind   *chart_out,
                      double        *scale_out,
                      GError       **error)
{
  HcPageFormat page = HC_PAGE_SLIDE;
  HcChartKind chart = HC_CHART_GANTT;
  double scale;

  if (!parse_scale (o->scale, &scale, error))
    return FALSE;
  if (o->page != NULL && !hc_page_format_from_string (o->page, &page))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--page %s: use slide, a4, letter or fit"), o->page);
      return FALSE;
    }
  if (o->chart != NULL && !hc_chart_kind_from_string (o->chart, &chart))
    {
      g_set_error (error, G_OPTION_ERROR, G_OPTION_ERROR_BAD_VALUE,
                   _("--chart %s: use gantt, budget or all"), o->chart);
      return FALSE;
    }
  *page_out = page;
  *chart_out = chart;
  *scale_out = scale;
  return TRUE;
}

static gboolean
hc_cli_export_chart (HcCliOptions  *o,
                     HcPlan        *plan,
                     GError       **error)
{
  HcPageFormat page;
  HcChartKind chart;
  double scale;
  g_auto(GStrv) written = NULL;

  if (!hc_cli_chart_choices (o, &page, &chart, &scale, error))
    return FALSE;
  if (!hc_chart_export_full (plan, o->export_path, chart, page, scale, o->split_time, &written, error))
    return FALSE;
  /* A PNG or SVG of several pages is several files: name them, so that a
   * script (or a person) does not take the first for the whole chart. */
  if (g_strv_length (written) > 1)
    {
      g_print (_("The chart has %u pages, one file each:\n"), g_strv_length (written));
      for (guint i = 0; written[i] != NULL; i++)
        {
          g_autofree char *name = g_filename_display_name (written[i]);
          g_print ("%s\n", name);
        }
    }
  return TRUE;
}

static const char * const export_formats[] = { "pdf", "svg", "png", "csv", "headcount", NULL };

/* The format a name's extension says; NULL if none of ours. */
static const char *
format_of_name (const char *name)
{
  g_autofree char *lower = g_ascii_strdown (name, -1);

  if (g_str_has_suffix (lower, ".json"))
    return "headcount";
  for (guint i = 0; export_formats[i] != NULL; i++)
    {
      g_autofree char *ext = g_strconcat (".", export_formats[i], NULL);
      if (g_str_has_suffix (lower, ext))
        return export_formats[i];
    }
  return NULL;
}

/* “--export -”: the export on standard output, where a sandbox (the
 * Flatpak) or a pipe wants it; nothing else is written there. */
static gboolean
hc_cli_export_stdout (HcCliOptions  *o,
                      HcPlan        *plan,
                      const char    *format,
                      GError       **error)
{
  g_autoptr(GOutputStream) out = g_unix_output_stream_new (STDOUT_FILENO, FALSE);
  g_autoptr(GBytes) bytes = NULL;

  if (g_str_equal (format, "csv") || g_str_equal (format, "headcount"))
    {
      if (g_str_equal (format, "csv"))
        {
          g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
          g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
          char *csv = hc_budget_to_csv (budget, plan);
          bytes = g_bytes_new_take (csv, strlen (csv));
        }
      else
        bytes = hc_plan_to_bytes (plan);
      if (!g_output_stream_write_all (out, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                      NULL, NULL, error))
        return FALSE;
    }
  else
    {
      HcChartFormat chart_format = g_str_equal (format, "pdf") ? HC_CHART_FORMAT_PDF
                                   : g_str_equal (format, "svg") ? HC_CHART_FORMAT_SVG
                                   : HC_CHART_FORMAT_PNG;
      HcPageFormat page;
      HcChartKind chart;
      double scale;

      if (!hc_cli_chart_choices (o, &page, &chart, &scale, error))
        return FALSE;
      if (!hc_chart_export_to_stream (plan, out, chart_format, chart, page, scale, o->split_time, error))
        return FALSE;
    }
  return g_output_stream_close (out, NULL, error);
}

static int
hc_cli_export (HcCliOptions *o,
               HcCliSource  *source)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;
  g_autofree char *lower = g_ascii_strdown (o->export_path, -1);
  g_autofree char *out_label = g_filename_display_name (o->export_path);
  gboolean to_stdout = g_str_equal (o->export_path, "-");
  const char *format = format_of_name (o->export_path);
  gboolean ok;
  double scale;

  /* A bad --scale is a usage error, said before the plan is read. */
  if (o->scale != NULL && !parse_scale (o->scale, &scale, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  /* A device, a pipe or a socket is refused before anything else is
   * asked of its name: “/dev/stdout” has no extension to speak of. */
  if (!to_stdout && !hc_atomic_file_check_target (o->export_path, &error))
    {
      g_autofree char *message = terminal_safe (error->message);

      g_printerr ("%s\n", message);
      g_printerr (_("To write to standard output, use “--export -”.\n"));
      return 1;
    }
  if (o->format != NULL && !g_strv_contains (export_formats, o->format))
    {
      g_printerr (_("--format %s: use pdf, svg, png, csv or headcount\n"), o->format);
      return 2;
    }
  if (to_stdout && o->format == NULL)
    {
      g_printerr (_("--export -: say what to write with --format pdf, svg, png, csv or headcount\n"));
      return 2;
    }
  if (!to_stdout && o->format != NULL && g_strcmp0 (format, o->format) != 0)
    {
      g_printerr (_("%s: --format %s does not match the name; end it in .%s, or leave --format out\n"),
                  out_label, o->format, o->format);
      return 2;
    }
  plan = hc_cli_load (source, &error);
  if (plan == NULL)
    {
      hc_cli_print_error (source, error);
      return 1;
    }

  if (to_stdout)
    ok = hc_cli_export_stdout (o, plan, o->format, &error);
  else if (g_str_has_suffix (lower, ".headcount") || g_str_has_suffix (lower, ".json"))
    {
      g_autoptr(GFile) file = g_file_new_for_commandline_arg (o->export_path);
      ok = hc_plan_save_to_file (plan, file, NULL, &error);
    }
  else if (g_str_has_suffix (lower, ".csv"))
    ok = hc_cli_export_csv (plan, o->export_path, &error);
  else if (g_str_has_suffix (lower, ".pdf") || g_str_has_suffix (lower, ".svg")
           || g_str_has_suffix (lower, ".png"))
    ok = hc_cli_export_chart (o, plan, &error);
  else
    {
      g_autofree char *label = terminal_safe (out_label);
      g_printerr (_("%s: unknown format; the name must end in .headcount, .csv, .pdf, .svg or .png\n"),
                  label);
      return 2;
    }

  if (!ok)
    {
      g_autofree char *message = terminal_safe (error->message);

      /* Errors of the writer and the chart export name the file already. */
      if (!to_stdout && strstr (error->message, out_label) != NULL)
        g_printerr ("%s\n", message);
      else
        {
          g_autofree char *label = terminal_safe (to_stdout ? _("standard output") : out_label);
          g_printerr ("%s: %s\n", label, message);
        }
      return error->domain == G_OPTION_ERROR ? 2 : 1;
    }
  return 0;
}

/* ───────────────────────── --compare ───────────────────────── */

static char *
checks_text (const HcCompareColumn *column)
{
  g_autofree char *warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                                            column->n_warnings),
                                               column->n_warnings);
  g_autofree char *notes = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u note", "%u notes",
                                                         column->n_notes),
                                            column->n_notes);

  /* Translators: "1 warning, 2 notes": the two counts above */
  return g_strdup_printf (C_("warnings and notes", "%s, %s"), warnings, notes);
}

/* One row of the table: a cell per column, and under it the difference
 * to the first column (NULL for the first, and for a row without). */
typedef struct
{
  const char *label;
  GPtrArray  *cells;
  GPtrArray  *differences;
} HcCompareRow;

static void
compare_row_add (HcCompareRow *row,
                 char         *cell,
                 char         *difference)
{
  g_ptr_array_add (row->cells, cell);
  g_ptr_array_add (row->differences, difference);
}

static void
print_cells (const char *label,
             GPtrArray  *cells,
             guint       label_width,
             guint      *widths)
{
  g_autoptr(GString) line = g_string_new ("  ");
  glong pad = label_width - g_utf8_strlen (label, -1);

  g_string_append (line, label);
  g_string_append_printf (line, "%*s", (int) MAX (pad, 0) + 2, "");
  for (guint c = 0; c < cells->len; c++)
    {
      const char *cell = g_ptr_array_index (cells, c);
      g_autofree char *safe = terminal_safe (cell != NULL ? cell : "");

      g_string_append (line, safe);
      if (c + 1 < cells->len)
        g_string_append_printf (line, "%*s", (int) (widths[c] - g_utf8_strlen (safe, -1) + 3), "");
    }
  /* No blanks at the end of a line. */
  while (line->len > 0 && line->str[line->len - 1] == ' ')
    g_string_truncate (line, line->len - 1);
  g_print ("%s\n", line->str);
}

static void
hc_cli_print_compare_text (HcComparison *comparison)
{
  const char *currency = hc_comparison_get_currency (comparison);
  guint n = hc_comparison_get_n_columns (comparison);
  const HcCompareColumn *first = hc_comparison_get_column (comparison, 0);
  g_autofree char *first_year = hc_budget_get_first_year_label (first->budget);
  g_autofree char *first_year_cash = g_strdup_printf (_("%s (cash)"), first_year);
  HcCompareRow rows[] = {
    { C_("summary row", "Headcount"), NULL, NULL },
    { first_year_cash, NULL, NULL },
    { _("Annual run rate"), NULL, NULL },
    { _("Team complete"), NULL, NULL },
    { _("Team productive"), NULL, NULL },
    { _("Checks"), NULL, NULL },
    { _("Conflicts"), NULL, NULL },
    { _("Market"), NULL, NULL },
  };
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree guint *widths = g_new0 (guint, n);
  guint label_width = 0;

  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      rows[r].cells = g_ptr_array_new_with_free_func (g_free);
      rows[r].differences = g_ptr_array_new_with_free_func (g_free);
      label_width = MAX (label_width, (guint) g_utf8_strlen (rows[r].label, -1));
    }
  for (guint c = 0; c < n; c++)
    {
      const HcCompareColumn *column = hc_comparison_get_column (comparison, c);
      GDate start = hc_plan_get_start_date (column->plan);
      gboolean other = c > 0;

      g_ptr_array_add (names, column->name);
      compare_row_add (&rows[0], g_strdup_printf ("%u", hc_plan_get_headcount (column->plan)),
                       other ? hc_compare_format_count_difference (hc_plan_get_headcount (first->plan),
                                                                   hc_plan_get_headcount (column->plan))
                             : NULL);
      compare_row_add (&rows[1], hc_format_money_range_compact (hc_budget_get_first_year (column->budget), currency),
                       other ? hc_compare_format_money_difference (hc_budget_get_first_year (first->budget),
                                                                   hc_budget_get_first_year (column->budget),
                                                                   currency)
                             : NULL);
      compare_row_add (&rows[2], hc_format_money_range_compact (hc_budget_get_annual_run_rate (column->budget), currency),
                       other ? hc_compare_format_money_difference (hc_budget_get_annual_run_rate (first->budget),
                                                                   hc_budget_get_annual_run_rate (column->budget),
                                                                   currency)
                             : NULL);
      compare_row_add (&rows[3], hc_format_week_month_span (hc_timeline_get_team_complete (column->timeline), &start),
                       other ? hc_compare_format_weeks_difference (hc_timeline_get_team_complete (first->timeline),
                                                                   hc_timeline_get_team_complete (column->timeline))
                             : NULL);
      compare_row_add (&rows[4], hc_format_week_month_span (hc_timeline_get_team_productive (column->timeline), &start),
                       other ? hc_compare_format_weeks_difference (hc_timeline_get_team_productive (first->timeline),
                                                                   hc_timeline_get_team_productive (column->timeline))
                             : NULL);
      compare_row_add (&rows[5], checks_text (column),
                       other ? hc_compare_format_count_difference ((int) (first->n_warnings + first->n_notes),
                                                                   (int) (column->n_warnings + column->n_notes))
                             : NULL);
      compare_row_add (&rows[6], g_strdup_printf ("%u", column->conflicts->len),
                       other ? hc_compare_format_count_difference ((int) first->conflicts->len,
                                                                   (int) column->conflicts->len)
                             : NULL);
      compare_row_add (&rows[7], g_strdup (hc_market_get_label (column->market)), NULL);
    }
  for (guint c = 0; c < n; c++)
    {
      widths[c] = g_utf8_strlen (g_ptr_array_index (names, c), -1);
      for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
        {
          const char *cell = g_ptr_array_index (rows[r].cells, c);
          const char *difference = g_ptr_array_index (rows[r].differences, c);

          widths[c] = MAX (widths[c], (guint) g_utf8_strlen (cell, -1));
          if (difference != NULL)
            widths[c] = MAX (widths[c], (guint) g_utf8_strlen (difference, -1) + 2);
        }
    }
  {
    g_autofree char *title = terminal_safe (hc_comparison_get_title (comparison));
    g_print ("%s\n", title);
  }
  print_cells ("", names, label_width, widths);
  for (guint r = 0; r < G_N_ELEMENTS (rows); r++)
    {
      g_autoptr(GPtrArray) differences = g_ptr_array_new_with_free_func (g_free);
      gboolean any = FALSE;

      print_cells (rows[r].label, rows[r].cells, label_width, widths);
      for (guint c = 0; c < n; c++)
        {
          const char *difference = g_ptr_array_index (rows[r].differences, c);

          any |= difference != NULL;
          g_ptr_array_add (differences, difference != NULL ? g_strdup_printf ("(%s)", difference)
                                                           : g_strdup (""));
        }
      if (any)
        print_cells ("", differences, label_width, widths);
      g_ptr_array_unref (rows[r].cells);
      g_ptr_array_unref (rows[r].differences);
    }
  /* What each difference is to, and what the conflicts are. */
  g_print (_("  (differences to “%s”; %s)\n"), first->name, hc_budget_get_ranges_note ());
  for (guint c = 1; c < n; c++)
    {
      const HcCompareColumn *column = hc_comparison_get_column (comparison, c);

      for (guint k = 0; k < column->conflicts->len; k++)
        {
          HcScenarioConflict *conflict = g_ptr_array_index (column->conflicts, k);
          g_autofree char *line = g_strdup_printf (_("Conflict in “%s”: %s"), column->name,
                                                   conflict->message);
          g_autofree char *safe = terminal_safe (line);

          g_print ("%s\n", safe);
        }
    }
}

static void
hc_cli_print_compare_json (HcComparison *comparison)
{
  g_autoptr(GBytes) bytes = hc_comparison_to_json (comparison);

  fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
}

/* --compare --export OUT: the comparison slide. */
static int
hc_cli_export_comparison (HcCliOptions *o,
                          HcComparison *comparison)
{
  g_autoptr(GError) error = NULL;
  HcPageFormat page = HC_PAGE_SLIDE;
  double scale = 0;

  if (o->page != NULL && !hc_page_format_from_string (o->page, &page))
    {
      g_printerr (_("--page %s: use slide, a4 or letter\n"), o->page);
      return 2;
    }
  if (o->scale != NULL && !parse_scale (o->scale, &scale, &error))
    {
      g_printerr ("%s\n", error->message);
      return 2;
    }
  if (!hc_compare_chart_export (comparison, o->export_path, page, scale, &error))
    {
      g_autofree char *message = terminal_safe (error->message);

      g_printerr ("%s\n", message);
      return error->domain == G_IO_ERROR && error->code == G_IO_ERROR_INVALID_ARGUMENT ? 2 : 1;
    }
  return 0;
}

static int
hc_cli_compare (HcCliOptions *o)
{
  g_autoptr(GError) error = NULL;
  HcCliSource source = { 0, };
  g_autoptr(HcPlan) plan = NULL;
  g_autoptr(HcComparison) comparison = NULL;
  g_autofree char *label = g_filename_display_name (o->compare_path);
  guint n_scenarios;

  source.label = label;
  source.path = o->compare_path;
  plan = hc_cli_load_base (&source, &error);
  if (plan == NULL)
    {
      hc_cli_print_error (&source, error);
      return 1;
    }
  n_scenarios = o->scenarios != NULL ? g_strv_length (o->scenarios)
                                     : hc_scenario_list_get_n (hc_plan_get_scenarios (plan));
  if (n_scenarios > HC_COMPARE_MAX_SCENARIOS)
    {
      g_autofree char *safe = terminal_safe (label);

      g_printerr (o->scenarios != NULL
                  ? _("%s: --compare shows the base and at most %u scenarios; name fewer\n")
                  : _("%s: the plan has more than %u scenarios; name those to compare with "
                      "--scenario NAME (at most %u)\n"),
                  safe, HC_COMPARE_MAX_SCENARIOS, HC_COMPARE_MAX_SCENARIOS);
      return 2;
    }
  for (guint i = 0; o->scenarios != NULL && o->scenarios[i] != NULL; i++)
    if (hc_scenario_list_find (hc_plan_get_scenarios (plan), o->scenarios[i], NULL) == NULL)
      {
        hc_cli_no_scenario (plan, o->scenarios[i], &error);
        hc_cli_print_error (&source, error);
        return 1;
      }
  comparison = hc_comparison_new (plan, (const char * const *) o->scenarios, &error);
  if (comparison == NULL)
    {
      hc_cli_print_error (&source, error);
      return 1;
    }
  if (o->export_path != NULL)
    return hc_cli_export_comparison (o, comparison);
  if (o->json)
    hc_cli_print_compare_json (comparison);
  else
    hc_cli_print_compare_text (comparison);
  return 0;
}


/* ───────────────────────── --diff ───────────────────────── */

/* One side of a diff: the plan file, or with @scenario ("base" for the
 * plan itself) the plan that scenario of it makes. */
static HcPlan *
hc_cli_diff_side (const char  *path,
                  const char  *scenario,
                  char       **label)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;
  HcCliSource source = { 0 };
  HcPlan *resolved;

  source.path = (char *) path;
  source.label = g_filename_display_name (path);
  plan = hc_cli_load_base (&source, &error);
  if (plan == NULL)
    {
      hc_cli_print_error (&source, error);
      g_free (source.label);
      return NULL;
    }
  if (scenario == NULL || g_str_equal (scenario, "base"))
    {
      *label = scenario == NULL ? g_steal_pointer (&source.label)
                                : g_strdup_printf ("%s:%s", source.label, scenario);
      g_free (source.label);
      return g_steal_pointer (&plan);
    }
  resolved = hc_plan_resolve_scenario (plan, scenario, NULL);
  if (resolved == NULL)
    {
      hc_cli_no_scenario (plan, scenario, &error);
      hc_cli_print_error (&source, error);
    }
  else
    *label = g_strdup_printf ("%s:%s", source.label, scenario);
  g_free (source.label);
  return resolved;
}

/* Exit status 0 whether the plans differ or not: a script asks --json
 * what changed; 1 only when a plan does not load. */
static int
hc_cli_diff (HcCliOptions *o)
{
  gboolean scenarios = o->scenarios != NULL;
  g_autofree char *old_label = NULL;
  g_autofree char *new_label = NULL;
  g_autoptr(HcPlan) old_plan = NULL;
  g_autoptr(HcPlan) new_plan = NULL;
  g_autoptr(GPtrArray) items = NULL;

  old_plan = hc_cli_diff_side (o->diff_path, scenarios ? o->scenarios[0] : NULL, &old_label);
  if (old_plan == NULL)
    return 1;
  new_plan = hc_cli_diff_side (scenarios ? o->diff_path : o->files[0],
                               scenarios ? o->scenarios[1] : NULL, &new_label);
  if (new_plan == NULL)
    return 1;
  items = hc_plan_diff (old_plan, new_plan);
  if (o->json)
    {
      g_autoptr(GBytes) bytes = hc_diff_to_json (items, old_label, new_label);

      fwrite (g_bytes_get_data (bytes, NULL), 1, g_bytes_get_size (bytes), stdout);
    }
  else
    {
      g_autofree char *text = hc_diff_to_text (items);
      g_autofree char *safe = terminal_safe_lines (text);

      fputs (safe, stdout);
    }
  return 0;
}

/* --textconv: for git, which runs it in any repository, from any
 * program, maybe with no session: the file is read with plain file
 * calls (no GIO VFS, which could load modules that reach for D-Bus), and
 * nothing reads settings or opens a display. */
static int
hc_cli_textconv (const char *path)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HcPlan) plan = NULL;
  gsize length;
  HcCliSource source = { 0 };

  source.label = g_filename_display_name (path);
  if (g_file_get_contents (path, &contents, &length, &error))
    {
      bytes = g_bytes_new_take (g_steal_pointer (&contents), length);
      plan = hc_plan_load_from_bytes (bytes, &error);
    }
  if (plan == NULL)
    {
      hc_cli_print_error (&source, error);
      g_free (source.label);
      return 1;
    }
  g_free (source.label);
  text = hc_plan_to_stable_text (plan);
  fputs (text, stdout);
  return 0;
}

static int
usage_error (GOptionContext *context,
             const char     *message)
{
  g_autofree char *prgname = g_strdup (g_get_prgname ());

  g_printerr ("%s: %s\n", prgname ? prgname : PACKAGE_NAME, message);
  g_printerr (_("Run “%s --help” to see the options.\n"), prgname ? prgname : PACKAGE_NAME);
  return 2;
}

static int
hc_cli_dispatch (GOptionContext *context,
                 HcCliOptions   *o)
{
  g_autoptr(GPtrArray) sources = hc_cli_collect_sources (o);
  guint commands = !!o->version + !!o->list_templates + !!o->check + !!o->summary
                   + (o->export_path != NULL && o->compare_path == NULL) + (o->compare_path != NULL)
                   + (o->diff_path != NULL) + (o->textconv_path != NULL);

  if (commands != 1)
    return usage_error (context, _("give one of --version, --list-templates, --check, "
                                   "--summary, --export, --compare, --diff or --textconv"));
  if (o->textconv_path != NULL)
    {
      if (sources->len > 0 || o->scenarios != NULL)
        return usage_error (context, _("--textconv takes one FILE, its argument"));
      return hc_cli_textconv (o->textconv_path);
    }
  if (o->diff_path != NULL)
    {
      guint n_scenarios = o->scenarios != NULL ? g_strv_length (o->scenarios) : 0;

      if (o->templates != NULL ||
          !((n_scenarios == 0 && sources->len == 1) || (n_scenarios == 2 && sources->len == 0)))
        return usage_error (context, _("--diff takes OLD and a new plan FILE, or one plan and two "
                                       "--scenario"));
      return hc_cli_diff (o);
    }
  if (o->compare_path != NULL)
    {
      if (sources->len > 0)
        return usage_error (context, _("--compare takes its plan as its argument, and no other FILE "
                                       "or --template"));
      return hc_cli_compare (o);
    }
  if (o->scenarios != NULL && g_strv_length (o->scenarios) > 1)
    return usage_error (context, _("--summary, --check and --export take one --scenario; "
                                   "to see several, use --compare"));
  if (o->version)
    return hc_cli_version ();
  if (o->list_templates)
    return hc_cli_list_templates ();
  if (sources->len == 0)
    return usage_error (context, _("name a plan FILE or a --template"));
  if (o->check)
    return hc_cli_check (sources);
  if (sources->len > 1)
    return usage_error (context, _("--summary and --export take one plan"));
  if (o->summary)
    return hc_cli_summary (g_ptr_array_index (sources, 0), o->json);
  return hc_cli_export (o, g_ptr_array_index (sources, 0));
}

int
hc_cli_run (int    argc,
            char **argv)
{
  HcCliOptions options = { 0 };
  g_autoptr(GOptionContext) context = hc_cli_option_context (&options);
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) args = g_strdupv (argv);
  int status;

  g_set_prgname ("headcount");
  if (!g_option_context_parse_strv (context, &args, &error))
    {
      status = usage_error (context, error->message);
      hc_cli_options_clear (&options);
      return status;
    }
  status = hc_cli_dispatch (context, &options);
  hc_cli_options_clear (&options);
  return status;
}
