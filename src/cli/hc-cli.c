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
#include "hc-json-writer-private.h"

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
}

static const char *const headless_flags[] = {
  "--version", "--list-templates", "--check", "--summary", "--export",
  "--help", "-h", "--help-all", "-?",
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
      N_("With --summary, print one JSON object"), NULL },
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
      "  headcount --export - --format png plan.headcount > chart.png\n\n"
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
} HcCliSource;

static void
hc_cli_source_free (HcCliSource *source)
{
  g_free (source->label);
  g_free (source->path);
  g_free (source->template);
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
  return sources;
}

static HcPlan *
hc_cli_load (HcCliSource  *source,
             GError      **error)
{
  g_autoptr(GFile) file = NULL;

  if (source->template != NULL)
    return hc_template_load (source->template, error);
  file = g_file_new_for_commandline_arg (source->path);
  return hc_plan_load_from_file (file, NULL, error);
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

static int
hc_cli_check (GPtrArray *sources)
{
  int status = 0;

  for (guint i = 0; i < sources->len; i++)
    {
      HcCliSource *source = g_ptr_array_index (sources, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(HcPlan) plan = hc_cli_load (source, &error);

      g_autoptr(GPtrArray) checks = NULL;

      if (plan == NULL)
        {
          hc_cli_print_error (source, error);
          status = 1;
          continue;
        }
      /* The plan checks are advice: they are printed, and a file that
       * loads still exits 0. */
      checks = hc_plan_check (plan, NULL);
      if (sources->len > 1 && checks->len > 0)
        g_print ("%s:\n", source->label);
      print_checks (checks);
    }
  return status;
}

static void
write_range (HcJsonWriter *w,
             const char   *name,
             HcRange       range,
             guint         decimals)
{
  /* Money to cents and weeks to tenths: a summary is read, not re-used. */
  _hc_json_writer_member (w, name);
  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, "low");
  _hc_json_writer_fixed (w, range.low, decimals);
  _hc_json_writer_member (w, "high");
  _hc_json_writer_fixed (w, range.high, decimals);
  _hc_json_writer_end_object (w);
}

static void
write_checks (HcJsonWriter *w,
              GPtrArray    *checks)
{
  _hc_json_writer_member (w, "checks");
  _hc_json_writer_begin_array (w);
  for (guint i = 0; i < checks->len; i++)
    {
      HcCheck *check = g_ptr_array_index (checks, i);

      _hc_json_writer_begin_object (w);
      _hc_json_writer_member (w, "id");
      _hc_json_writer_string (w, check->id);
      _hc_json_writer_member (w, "severity");
      _hc_json_writer_string (w, check->severity == HC_CHECK_SEVERITY_WARNING ? "warning" : "info");
      _hc_json_writer_member (w, "message");
      _hc_json_writer_string (w, check->message);
      _hc_json_writer_member (w, "positions");
      _hc_json_writer_begin_array (w);
      for (guint k = 0; check->position_ids && check->position_ids[k]; k++)
        _hc_json_writer_string (w, check->position_ids[k]);
      _hc_json_writer_end_array (w);
      _hc_json_writer_end_object (w);
    }
  _hc_json_writer_end_array (w);
}

static void
hc_cli_print_summary_json (HcPlan     *plan,
                           HcTimeline *timeline,
                           HcBudget   *budget,
                           GPtrArray  *checks)
{
  g_autoptr(HcJsonWriter) w = _hc_json_writer_new ();
  g_autoptr(GBytes) bytes = NULL;

  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, "title");
  _hc_json_writer_string (w, hc_plan_get_title (plan));
  _hc_json_writer_member (w, "currency");
  _hc_json_writer_string (w, hc_plan_get_currency (plan));
  _hc_json_writer_member (w, "headcount");
  _hc_json_writer_int (w, hc_plan_get_headcount (plan));
  write_range (w, "loaded_salaries", hc_budget_get_loaded_salaries (budget), 2);
  write_range (w, "annual_run_rate", hc_budget_get_annual_run_rate (budget), 2);
  write_range (w, "first_year", hc_budget_get_first_year (budget), 2);
  /* 12, or the horizon if shorter: a 6-month plan's "first_year" is six
   * months of cash, and a script must be able to tell. */
  _hc_json_writer_member (w, "first_year_months");
  _hc_json_writer_int (w, hc_budget_get_first_year_months (budget));
  _hc_json_writer_member (w, "ranges");
  _hc_json_writer_string (w, hc_budget_get_ranges_note ());
  _hc_json_writer_member (w, "categories");
  _hc_json_writer_begin_object (w);
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    write_range (w, hc_category_to_string (c), hc_budget_get_first_year_category (budget, c), 2);
  _hc_json_writer_end_object (w);
  write_range (w, "cost_per_engineer", hc_budget_get_cost_per_engineer (budget), 2);
  write_range (w, "equity_pool_percent", hc_budget_get_equity_pool_percent (budget), 2);
  write_range (w, "team_complete_week", hc_timeline_get_team_complete (timeline), 1);
  write_range (w, "team_productive_week", hc_timeline_get_team_productive (timeline), 1);
  write_checks (w, checks);
  _hc_json_writer_end_object (w);

  bytes = _hc_json_writer_free_to_bytes (g_steal_pointer (&w));
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
  struct { const char *label; HcRange value; } money[] = {
    { _("Loaded salaries"), hc_budget_get_loaded_salaries (budget) },
    { _("Annual run rate"), hc_budget_get_annual_run_rate (budget) },
    { first_year_cash, hc_budget_get_first_year (budget) },
    { _("Cost per engineer"), hc_budget_get_cost_per_engineer (budget) },
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
      g_autofree char *text = hc_format_money_range (money[i].value, currency);
      print_row (money[i].label, text);
    }
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    {
      g_autofree char *label = g_strdup_printf ("  %s", hc_category_get_label (c));
      g_autofree char *text = hc_format_money_range (hc_budget_get_first_year_category (budget, c),
                                                          currency);
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
                   + (o->export_path != NULL);

  if (commands != 1)
    return usage_error (context, _("give one of --version, --list-templates, --check, "
                                   "--summary or --export"));
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
