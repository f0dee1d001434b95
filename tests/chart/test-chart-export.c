/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-export"

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "chart-test-plan.h"
#include "hc-chart.h"
#include "hc-chart-text-private.h"
#include "../hc-test.h"

typedef struct
{
  char *dir;
} Fixture;

static void
fixture_setup (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("hc-chart-XXXXXX", &error);
  g_assert_no_error (error);
}

static void
fixture_teardown (Fixture *f, gconstpointer data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_unlink (path);
    }
  g_rmdir (f->dir);
  g_free (f->dir);
}

/* Runs a poppler tool; FALSE (and the test skipped) if it is not installed. */
static gboolean
run_tool (const char *tool, const char *pdf, char **out)
{
  g_autofree char *exe = g_find_program_in_path (tool);
  g_autoptr(GError) error = NULL;
  const char *argv_info[] = { exe, pdf, NULL };
  const char *argv_text[] = { exe, "-q", pdf, "-", NULL };
  int status = 0;

  if (exe == NULL)
    {
      g_autofree char *why = g_strdup_printf ("%s is not installed (poppler-utils)", tool);
      g_test_skip (why);
      return FALSE;
    }
  g_spawn_sync (NULL, (char **) (g_str_equal (tool, "pdfinfo") ? argv_info : argv_text), NULL,
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

/* Every run of white space as one space: a no-break space as well, which
 * pdftotext may give back as either. */
static char *
squash_spaces (const char *text)
{
  g_auto(GStrv) pieces = g_strsplit (text, "\u00a0", -1);
  g_autofree char *spaced = g_strjoinv (" ", pieces);
  g_auto(GStrv) words = g_strsplit_set (spaced, " \t\n\r\f", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; words[i] != NULL; i++)
    if (words[i][0] != '\0')
      g_string_append_printf (out, "%s%s", out->len > 0 ? " " : "", words[i]);
  return g_string_free (out, FALSE);
}

/* Replaces *@text with its squash_spaces(). */
static void
set_squashed (char **text)
{
  char *squashed = squash_spaces (*text);

  g_free (*text);
  *text = squashed;
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *raw = NULL;

  if (!run_tool ("pdftotext", pdf, &raw))
    return NULL;
  return squash_spaces (raw);
}

/* Pages and the size of the first page, in points, from pdfinfo. */
static gboolean
pdf_info (const char *pdf, guint *pages, double *width, double *height)
{
  g_autofree char *out = NULL;
  const char *p;

  if (!run_tool ("pdfinfo", pdf, &out))
    return FALSE;
  p = strstr (out, "Pages:");
  g_assert_nonnull (p);
  *pages = (guint) g_ascii_strtoull (p + 6, NULL, 10);
  p = strstr (out, "Page size:");
  g_assert_nonnull (p);
  /* pdfinfo writes C numbers ("841.89 x 595.276 pts"); sscanf's %lf
   * would read them in this program's locale, which may be de_DE. */
  {
    char *end = NULL;

    *width = g_ascii_strtod (p + strlen ("Page size:"), &end);
    g_assert_true (end != NULL && g_str_has_prefix (end, " x "));
    *height = g_ascii_strtod (end + 3, &end);
    g_assert_true (g_str_has_prefix (end, " pts"));
  }
  return TRUE;
}

/* The PDF's Title metadata is the plan's title as written: no direction
 * isolates (those belong to drawn labels), nothing else around it. */
static void
check_pdf_title (const char *pdf, const char *title)
{
  g_autofree char *out = NULL;
  g_autofree char *expected = g_strdup_printf ("Title:%*s%s\n", 11, "", title);

  if (!run_tool ("pdfinfo", pdf, &out))
    return;
  if (strstr (out, expected) == NULL)
    g_error ("pdfinfo does not say “%s”:\n%s", expected, out);
}

static void
export_ok (HcPlan *plan, const char *path, HcChartKind kind, HcPageFormat page, double scale)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hc_chart_export (plan, path, kind, page, scale, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* The share of pixels that differ from the top-left one. */
static double
png_ink_fraction (cairo_surface_t *png)
{
  const guint32 *data = (const guint32 *) cairo_image_surface_get_data (png);
  int stride = cairo_image_surface_get_stride (png) / 4;
  int w = cairo_image_surface_get_width (png), h = cairo_image_surface_get_height (png);
  guint64 differ = 0;

  cairo_surface_flush (png);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      differ += (data[y * stride + x] & 0xffffff) != (data[0] & 0xffffff);
  return (double) differ / ((double) w * h);
}

static void
check_png (const char *path, int width, int height)
{
  cairo_surface_t *png = cairo_image_surface_create_from_png (path);
  double ink;

  g_assert_cmpint (cairo_surface_status (png), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (png), ==, width);
  g_assert_cmpint (cairo_image_surface_get_height (png), ==, height);
  ink = png_ink_fraction (png);
  g_assert_cmpfloat (ink, >, 0.03);
  g_assert_cmpfloat (ink, <, 0.9);
  cairo_surface_destroy (png);
}

static void
check_pdf_text (HcPlan *plan, const char *text)
{
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan));
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (phases, i);
      g_autofree char *name = squash_spaces (hc_phase_get_name (phase));
      if (strstr (text, name) == NULL)
        g_error ("phase “%s” is not in the PDF's text", name);
    }
  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      HcRole *role = hc_plan_find_role (plan, hc_position_get_role_id (position));
      g_autofree char *name = squash_spaces (hc_role_get_name (role));
      const char *seniority = hc_seniority_get_label (hc_position_get_seniority (position));
      g_autofree char *label = g_strdup_printf ("%s · %s", name, seniority);
      if (strstr (text, label) == NULL)
        g_error ("row “%s” is not in the PDF's text", label);
    }
}

/* The length of attribute @name of the SVG's root element, in points,
 * whichever unit the Cairo at hand wrote it in ("960pt", "1280px", "1280"). */
static double
svg_root_length_pt (const char *svg, const char *name)
{
  g_autofree char *pattern = g_strdup_printf ("<svg[^>]*\\s%s=\"([0-9.]+)(pt|px)?\"", name);
  g_autoptr(GRegex) regex = g_regex_new (pattern, 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *number = NULL;
  g_autofree char *unit = NULL;

  if (!g_regex_match (regex, svg, 0, &match))
    g_error ("the SVG's root element has no %s", name);
  number = g_match_info_fetch (match, 1);
  unit = g_match_info_fetch (match, 2);
  /* User units and px are CSS pixels: 96 to the inch, against 72 points. */
  return g_ascii_strtod (number, NULL) * (g_strcmp0 (unit, "pt") == 0 ? 1.0 : 0.75);
}

static void
test_templates (Fixture *f, gconstpointer data)
{
  for (const HcTemplateInfo *t = hc_templates_list (); t->name != NULL; t++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HcPlan) plan = hc_template_load (t->name, &error);
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", f->dir, t->name);
      g_autofree char *svg = g_strdup_printf ("%s/%s.svg", f->dir, t->name);
      g_autofree char *png = g_strdup_printf ("%s/%s.png", f->dir, t->name);
      g_autofree char *budget_png = g_strdup_printf ("%s/%s-budget.png", f->dir, t->name);
      g_autofree char *svg_data = NULL;
      g_autofree char *text = NULL;
      guint pages = 0;
      double w = 0, h = 0;

      g_assert_no_error (error);
      export_ok (plan, pdf, HC_CHART_GANTT, HC_PAGE_SLIDE, 0);
      export_ok (plan, svg, HC_CHART_GANTT, HC_PAGE_SLIDE, 0);
      export_ok (plan, png, HC_CHART_GANTT, HC_PAGE_SLIDE, 0);
      export_ok (plan, budget_png, HC_CHART_BUDGET, HC_PAGE_SLIDE, 1);

      check_png (png, 2560, 1440);
      check_png (budget_png, 1280, 720);
      g_assert_true (g_file_get_contents (svg, &svg_data, NULL, NULL));
      g_assert_nonnull (strstr (svg_data, "<svg"));
      g_assert_cmpfloat_with_epsilon (svg_root_length_pt (svg_data, "width"), 960, 0.5);
      g_assert_cmpfloat_with_epsilon (svg_root_length_pt (svg_data, "height"), 540, 0.5);

      if (!pdf_info (pdf, &pages, &w, &h))
        return;
      g_assert_cmpuint (pages, ==, 1);
      g_assert_cmpfloat_with_epsilon (w, 960, 0.5);
      g_assert_cmpfloat_with_epsilon (h, 540, 0.5);
      text = pdf_text (pdf);
      check_pdf_text (plan, text);
      g_assert_nonnull (strstr (text, hc_plan_get_title (plan)));
      check_pdf_title (pdf, hc_plan_get_title (plan));
    }
}

static void
test_pages_and_kinds (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", &error);
  g_autofree char *a4 = g_build_filename (f->dir, "a4.pdf", NULL);
  g_autofree char *letter = g_build_filename (f->dir, "letter.png", NULL);
  g_autofree char *all = g_build_filename (f->dir, "all.pdf", NULL);
  g_autofree char *text = NULL;
  guint pages;
  double w, h;

  g_assert_no_error (error);
  export_ok (plan, letter, HC_CHART_GANTT, HC_PAGE_LETTER, 1);
  check_png (letter, 1056, 816);
  export_ok (plan, a4, HC_CHART_GANTT, HC_PAGE_A4, 0);
  export_ok (plan, all, HC_CHART_ALL, HC_PAGE_SLIDE, 0);

  if (!pdf_info (a4, &pages, &w, &h))
    return;
  g_assert_cmpuint (pages, ==, 1);
  g_assert_cmpfloat_with_epsilon (w, 842, 1);
  g_assert_cmpfloat_with_epsilon (h, 595, 1);

  g_assert_true (pdf_info (all, &pages, &w, &h));
  g_assert_cmpuint (pages, ==, 2);
  text = pdf_text (all);
  g_assert_nonnull (strstr (text, "Backend foundation"));
  g_assert_nonnull (strstr (text, "First year by category"));
  g_assert_nonnull (strstr (text, "Equity pool"));
  g_assert_nonnull (strstr (text, "Salaries"));
}

static void
test_errors (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", &error);
  g_autofree char *bmp = g_build_filename (f->dir, "chart.bmp", NULL);
  g_autofree char *png = g_build_filename (f->dir, "chart.png", NULL);
  g_autofree char *missing = g_build_filename (f->dir, "no", "such", "chart.pdf", NULL);

  g_assert_no_error (error);
  g_assert_false (hc_chart_export (plan, bmp, HC_CHART_GANTT, HC_PAGE_SLIDE, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT);
  g_clear_error (&error);
  g_assert_false (hc_chart_export (plan, png, HC_CHART_ALL, HC_PAGE_SLIDE, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_clear_error (&error);
  g_assert_false (hc_chart_export (plan, missing, HC_CHART_GANTT, HC_PAGE_SLIDE, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_false (g_file_test (png, G_FILE_TEST_EXISTS));
}

/* A plan far longer than a page: several pages, each row on one of them. */
static void
test_large_plan (Fixture *f, gconstpointer data)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (1000);
  g_autofree char *pdf = g_build_filename (f->dir, "large.pdf", NULL);
  g_autofree char *fit = g_build_filename (f->dir, "fit.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *first = NULL;
  g_autofree char *last = NULL;
  guint pages = 0;
  double w, h;

  export_ok (plan, pdf, HC_CHART_GANTT, HC_PAGE_SLIDE, 0);
  export_ok (plan, fit, HC_CHART_GANTT, HC_PAGE_FIT, 0);
  if (!pdf_info (pdf, &pages, &w, &h))
    return;
  g_assert_cmpuint (pages, >, 30);
  text = pdf_text (pdf);
  first = g_strdup_printf ("Page 1 of %u", pages);
  last = g_strdup_printf ("Page %u of %u", pages, pages);
  g_assert_nonnull (strstr (text, first));
  g_assert_nonnull (strstr (text, last));
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *site = g_strdup_printf ("Site %04u", i);
      if (strstr (text, site) == NULL)
        g_error ("row %s is on no page", site);
    }

  /* A fit page holds every row on one tall page, up to 200 in. */
  g_assert_true (pdf_info (fit, &pages, &w, &h));
  g_assert_cmpuint (pages, ==, 2);
  g_assert_cmpfloat_with_epsilon (h, 200 * 72, 1);
}

/* A PNG or SVG holds one page: a chart of several pages is one file a
 * page, every row on one of them, and the export names them all.  It once
 * kept page 1 alone ("Page 1 of 4") and said nothing. */
static void
test_pages_as_files (Fixture *f, gconstpointer data)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcGanttChart) chart = hc_gantt_chart_new (plan, timeline, NULL);
  const char *exts[] = { "png", "svg" };
  HcGanttOptions options;
  guint n_pages;

  hc_gantt_options_init (&options, 1280, 720);
  n_pages = hc_gantt_layout_count_pages (chart, &options);
  g_assert_cmpuint (n_pages, >, 2);

  for (guint e = 0; e < G_N_ELEMENTS (exts); e++)
    {
      g_autofree char *path = g_strdup_printf ("%s/plan.%s", f->dir, exts[e]);
      g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_free);
      g_auto(GStrv) written = NULL;
      g_autoptr(GError) error = NULL;

      g_assert_true (hc_chart_export_full (plan, path, HC_CHART_GANTT, HC_PAGE_SLIDE, 1, FALSE, &written, &error));
      g_assert_no_error (error);
      g_assert_cmpuint (g_strv_length (written), ==, n_pages);
      /* No file under the name asked for: it would be mistaken for the
       * whole chart. */
      g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
      for (guint i = 0; i < n_pages; i++)
        {
          g_autofree char *expected = g_strdup_printf ("%s/plan-%u.%s", f->dir, i + 1, exts[e]);
          g_autofree char *svg = NULL;

          g_assert_cmpstr (written[i], ==, expected);
          if (e == 0)
            {
              check_png (written[i], 1280, 720);
              continue;
            }
          g_assert_true (g_file_get_contents (written[i], &svg, NULL, NULL));
          g_assert_cmpfloat_with_epsilon (svg_root_length_pt (svg, "width"), 960, 0.5);
          g_assert_cmpfloat_with_epsilon (svg_root_length_pt (svg, "height"), 540, 0.5);
          /* A page of its own, not a copy of the one before. */
          g_assert_false (g_ptr_array_find_with_equal_func (seen, svg, g_str_equal, NULL));
          g_ptr_array_add (seen, g_steal_pointer (&svg));
        }
    }
}

/* To a stream: the same chart as to a file; a PNG of several pages is
 * refused before a byte is written; a stream that fails says why. */
static void
test_to_stream (Fixture *f, gconstpointer data)
{
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcPlan) long_plan = chart_test_make_plan (60);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) long_memory = g_memory_output_stream_new_resizable ();
  g_autoptr(GOutputStream) closed = g_memory_output_stream_new_resizable ();
  g_autofree char *path = g_build_filename (f->dir, "slide.png", NULL);
  g_autofree char *file_data = NULL;
  g_autoptr(GError) error = NULL;
  gsize file_len = 0;

  g_assert_true (hc_chart_export_to_stream (plan, memory, HC_CHART_FORMAT_PNG, HC_CHART_GANTT,
                                            HC_PAGE_SLIDE, 1, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (g_output_stream_close (memory, NULL, NULL));
  export_ok (plan, path, HC_CHART_GANTT, HC_PAGE_SLIDE, 1);
  g_assert_true (g_file_get_contents (path, &file_data, &file_len, NULL));
  g_assert_cmpmem (g_memory_output_stream_get_data (G_MEMORY_OUTPUT_STREAM (memory)),
                   g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (memory)),
                   file_data, file_len);

  g_assert_false (hc_chart_export_to_stream (long_plan, long_memory, HC_CHART_FORMAT_PNG, HC_CHART_GANTT,
                                             HC_PAGE_SLIDE, 1, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "pages"));
  g_assert_cmpuint (g_memory_output_stream_get_data_size (G_MEMORY_OUTPUT_STREAM (long_memory)), ==, 0);
  g_clear_error (&error);
  /* A PDF holds them all. */
  g_assert_true (hc_chart_export_to_stream (long_plan, long_memory, HC_CHART_FORMAT_PDF, HC_CHART_GANTT,
                                            HC_PAGE_SLIDE, 0, FALSE, &error));
  g_assert_no_error (error);

  g_assert_true (g_output_stream_close (closed, NULL, NULL));
  g_assert_false (hc_chart_export_to_stream (plan, closed, HC_CHART_FORMAT_PDF, HC_CHART_GANTT,
                                             HC_PAGE_SLIDE, 0, FALSE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CLOSED);
}

static void
test_page_path (Fixture *f, gconstpointer data)
{
  struct { const char *path; guint page; const char *expected; } cases[] = {
    { "plan.png", 0, "plan-1.png" },
    { "/tmp/board deck.v2/plan.svg", 11, "/tmp/board deck.v2/plan-12.svg" },
    { "/tmp/a.b/plan", 1, "/tmp/a.b/plan-2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *got = hc_chart_export_page_path (cases[i].path, cases[i].page);
      g_assert_cmpstr (got, ==, cases[i].expected);
    }
}

/* The mean colour of a rectangle of @image (in its pixels). */
static void
mean_colour (cairo_surface_t *image, const HcChartRect *r, double scale, double rgb[3])
{
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  int x0 = (int) ceil (r->x * scale), x1 = (int) floor ((r->x + r->width) * scale);
  int y0 = (int) ceil (r->y * scale), y1 = (int) floor ((r->y + r->height) * scale);
  guint n = 0;

  rgb[0] = rgb[1] = rgb[2] = 0;
  for (int y = y0; y < y1; y++)
    for (int x = x0; x < x1; x++)
      {
        guint32 p = ((const guint32 *) (data + y * stride))[x];
        rgb[0] += (p >> 16) & 0xff;
        rgb[1] += (p >> 8) & 0xff;
        rgb[2] += p & 0xff;
        n++;
      }
  g_assert_cmpuint (n, >, 0);
  for (guint i = 0; i < 3; i++)
    rgb[i] /= n;
}

/* Every legend entry has its own swatch: "Generalist" (the role's kind)
 * and "Ramp-up" (a part of the bar) once were the same flat block.  The
 * ramp-up steps from pale to the full colour, as the bars do. */
static void
test_legend_swatches (Fixture *f, gconstpointer data)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (6);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcGanttChart) chart = hc_gantt_chart_new (plan, timeline, NULL);
  g_autoptr(HcGanttLayout) layout = NULL;
  const HcChartRect *swatch[HC_GANTT_LEGEND_RAMP_UP + 1] = { NULL };
  HcGanttOptions options;
  cairo_surface_t *image;
  cairo_t *cr;

  hc_gantt_options_init (&options, 1280, 720);
  layout = hc_gantt_layout_new_page (chart, &options, 0);
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const HcGanttLegendItem *item = &g_array_index (layout->legend, HcGanttLegendItem, i);
      swatch[item->kind] = &item->swatch;
    }
  g_assert_nonnull (swatch[HC_GANTT_LEGEND_GENERALIST]);
  g_assert_nonnull (swatch[HC_GANTT_LEGEND_RAMP_UP]);

  image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 2560, 1440);
  cr = cairo_create (image);
  cairo_scale (cr, 2, 2);
  hc_gantt_paint (cr, layout, hc_chart_style_get_light ());
  cairo_destroy (cr);
  cairo_surface_flush (image);

  {
    const HcChartRect *g = swatch[HC_GANTT_LEGEND_GENERALIST];
    const HcChartRect *r = swatch[HC_GANTT_LEGEND_RAMP_UP];
    HcChartRect g_left = { g->x + 2, g->y + 2, g->width / 4, g->height - 4 };
    HcChartRect g_right = { g->x + g->width * 0.75 - 2, g->y + 2, g->width / 4, g->height - 4 };
    HcChartRect r_left = { r->x + 2, r->y + 2, r->width / 4, r->height - 4 };
    HcChartRect r_right = { r->x + r->width * 0.75 - 2, r->y + 2, r->width / 4, r->height - 4 };
    double gl[3], gr[3], rl[3], rr[3], ramp_step = 0, flat_step = 0, apart = 0;

    mean_colour (image, &g_left, 2, gl);
    mean_colour (image, &g_right, 2, gr);
    mean_colour (image, &r_left, 2, rl);
    mean_colour (image, &r_right, 2, rr);
    for (guint i = 0; i < 3; i++)
      {
        flat_step += fabs (gl[i] - gr[i]);
        ramp_step += fabs (rl[i] - rr[i]);
        apart += fabs (gl[i] - rl[i]);
      }
    /* Flat against a visible gradient, and not the same block at all. */
    g_assert_cmpfloat (flat_step, <, 3);
    g_assert_cmpfloat (ramp_step, >, 60);
    g_assert_cmpfloat (apart, >, 60);
  }
  cairo_surface_destroy (image);
}

/* --split-time: a PDF of row pages × time slices, each page naming the
 * months it shows; without it the same plan keeps one slice per rows. */
static void
test_split_time (Fixture *f, gconstpointer data)
{
  g_autoptr(HcPlan) plan = chart_test_make_long_plan (60);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcGanttChart) chart = hc_gantt_chart_new (plan, timeline, NULL);
  g_autofree char *split = g_build_filename (f->dir, "split.pdf", NULL);
  g_autofree char *plain = g_build_filename (f->dir, "plain.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *last = NULL;
  g_autoptr(GError) error = NULL;
  HcGanttOptions options;
  guint n_rows, n_slices, pages = 0;
  double w, h;

  hc_gantt_options_init (&options, 1280, 720);
  n_rows = hc_gantt_layout_count_pages (chart, &options);
  options.split_time = TRUE;
  n_slices = hc_gantt_layout_count_time_slices (chart, &options);
  /* Long enough to be cut in time at all (how many slices follows the
   * benchmark times to hire). */
  g_assert_cmpuint (n_slices, >=, 2);

  g_assert_true (hc_chart_export_full (plan, split, HC_CHART_GANTT, HC_PAGE_SLIDE, 0, TRUE, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (hc_chart_export_full (plan, plain, HC_CHART_GANTT, HC_PAGE_SLIDE, 0, FALSE, NULL, &error));
  g_assert_no_error (error);
  if (!pdf_info (split, &pages, &w, &h))
    return;
  /* Every page has a bar: a later row page hired within the first slice
   * has no page for the second. */
  g_assert_cmpuint (pages, ==, hc_gantt_layout_count_pages (chart, &options));
  g_assert_cmpuint (pages, <, n_rows * n_slices);
  g_assert_cmpuint (pages, >, n_rows);
  g_assert_cmpfloat_with_epsilon (w, 1280 * 0.75, 1);
  g_assert_true (pdf_info (plain, &pages, &w, &h));
  g_assert_cmpuint (pages, ==, n_rows);

  text = pdf_text (split);
  last = g_strdup_printf ("Page %u of %u · ", hc_gantt_layout_count_pages (chart, &options),
                          hc_gantt_layout_count_pages (chart, &options));
  g_assert_nonnull (strstr (text, "Page 1 of"));
  g_assert_nonnull (strstr (text, last));
  check_pdf_text (plan, text);
}

/* The names in @dir, sorted and joined by spaces. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

/* Exports go through the core's atomic writer: a replaced file keeps its
 * mode, and nothing but the export is left in the folder. */
static void
test_replace_keeps_mode (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", &error);
  const char *names[] = { "chart.pdf", "chart.svg", "chart.png" };
  const char *magic[] = { "%PDF", "<?xml", "\x89PNG" };

  g_assert_no_error (error);
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = g_build_filename (f->dir, names[i], NULL);
      g_autofree char *contents = NULL;
      g_autofree char *listing = NULL;
      GStatBuf st;

      g_file_set_contents (path, "old", -1, &error);
      g_assert_no_error (error);
      g_assert_cmpint (g_chmod (path, 0640), ==, 0);
      g_assert_true (hc_chart_export (plan, path, HC_CHART_GANTT, HC_PAGE_SLIDE, 1, &error));
      g_assert_no_error (error);
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 07777, ==, 0640);
      g_file_get_contents (path, &contents, NULL, &error);
      g_assert_no_error (error);
      g_assert_true (g_str_has_prefix (contents, magic[i]));
      listing = list_dir (f->dir);
      g_assert_cmpuint (strlen (listing), ==, strlen (names[0]) * (i + 1) + i);
      g_assert_null (strstr (listing, ".tmp"));
    }
}

/* A write that fails part way (a file size limit stands for a full disk,
 * for root too) leaves the old export and no temporary file. */
static void
test_failed_write (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;
  g_autofree char *path = g_build_filename (f->dir, "chart.png", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *expected = NULL;
  struct rlimit limit = { 4096, 4096 };

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }
  plan = hc_template_load ("five-person", &error);
  g_assert_no_error (error);
  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);

  g_assert_false (hc_chart_export (plan, path, HC_CHART_GANTT, HC_PAGE_SLIDE, 1, &error));
  expected = g_strdup_printf ("Could not save “%s”: the file is too large for this disk", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_file_get_contents (path, &contents, NULL, NULL);
  g_assert_cmpstr (contents, ==, "old");
  listing = list_dir (f->dir);
  g_assert_cmpstr (listing, ==, "chart.png");
}

/* Root may write into any chmod-ed folder; sysfs refuses it new files. */
static void
test_refused_folder (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", &error);
  g_autofree char *folder = NULL;
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  if (geteuid () != 0)
    {
      folder = g_build_filename (f->dir, "read-only", NULL);
      g_assert_cmpint (g_mkdir (folder, 0555), ==, 0);
    }
  else if (g_file_test ("/sys/kernel", G_FILE_TEST_IS_DIR))
    folder = g_strdup ("/sys");
  else
    {
      g_test_skip ("running as root without sysfs: no folder refuses root");
      return;
    }
  path = g_build_filename (folder, "chart.pdf", NULL);
  g_assert_false (hc_chart_export (plan, path, HC_CHART_GANTT, HC_PAGE_SLIDE, 0, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  expected = g_strdup_printf ("Could not save “%s”: permission denied", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  if (geteuid () != 0)
    g_rmdir (folder);
}

/* "€1,M": a separator with no digit after it, as the charts once drew
 * every figure under a decimal-comma locale. */
static void
assert_figures_whole (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((*p == ',' || *p == '.') && p > text && g_ascii_isdigit (p[-1])
        && (p[1] == 'K' || p[1] == 'M' || p[1] == 'B' || p[1] == ' ' || p[1] == '\0'))
      {
        g_autofree char *around = g_strndup (MAX (text, p - 20), 40);
        g_error ("a broken figure in the chart's text: “…%s…”", around);
      }
}

/* The figures a chart draws, under German: the locale's separators, and
 * the same figures the core's formatter writes. */
static void
test_german_figures (Fixture *f, gconstpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", &error);
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "figures.pdf", NULL);
  g_autofree char *saved = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *text = NULL;
  g_autofree char *first_year = NULL;
  g_autofree char *run_rate = NULL;
  g_autofree char *equity = NULL;

  g_assert_no_error (error);
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_error ("the de_DE.UTF-8 locale is not installed (locales-all; build-aux/setup.sh)");
      return;
    }
  /* A million euros, so that the figures run into millions. */
  hc_plan_set_currency (plan, "EUR");
  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  first_year = hc_format_money_range_compact (hc_budget_get_first_year (budget), "EUR");
  run_rate = hc_format_money_range_compact (hc_budget_get_annual_run_rate (budget), "EUR");
  equity = hc_format_percent_range (hc_budget_get_equity_pool_percent (budget));
  g_assert_cmpfloat (hc_budget_get_first_year (budget).high, >=, 1e6);
  g_assert_nonnull (strstr (first_year, "\u00a0Mio.\u00a0€"));

  export_ok (plan, pdf, HC_CHART_ALL, HC_PAGE_SLIDE, 0);
  text = pdf_text (pdf);
  setlocale (LC_ALL, saved);
  if (text == NULL)
    return;

  assert_figures_whole (text);
  /* The amounts' no-break spaces come back from pdftotext as spaces. */
  set_squashed (&first_year);
  set_squashed (&run_rate);
  if (strstr (text, first_year) == NULL)
    g_error ("the first-year cost “%s” is not in the PDF's text: %s", first_year, text);
  if (strstr (text, run_rate) == NULL)
    g_error ("the run rate “%s” is not in the PDF's text", run_rate);
  if (strstr (text, equity) == NULL)
    g_error ("the equity pool “%s” is not in the PDF's text", equity);
}

/* Whatever loads must export: noncharacters in a title made the PDF fail;
 * a line break in a role or phase name overflowed its row; a right-to-left
 * override in a name turned the rest of its label around. */
static void
test_hostile_names (Fixture *f, gconstpointer data)
{
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  HcRole *role = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_roles (plan)), 0);
  HcPhase *phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan)), 0);
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcGanttChart) chart = NULL;
  static const char *const kinds[] = { "pdf", "svg", "png" };

  hc_plan_set_title (plan, "Plan \xEF\xB7\x90 and \xEF\xBF\xBF end");   /* U+FDD0, U+FFFF */
  hc_role_set_name (role, "Two\nlines \xE2\x80\xAE" "evil");            /* U+202E RLO */
  hc_phase_set_name (phase, "Phase\r\none\xE2\x80\xA8two");              /* U+2028 */
  for (guint i = 0; i < G_N_ELEMENTS (kinds); i++)
    {
      g_autofree char *path = g_strdup_printf ("%s/hostile.%s", f->dir, kinds[i]);
      g_autofree char *budget = g_strdup_printf ("%s/hostile-budget.%s", f->dir, kinds[i]);

      export_ok (plan, path, HC_CHART_GANTT, HC_PAGE_SLIDE, 1);
      export_ok (plan, budget, HC_CHART_BUDGET, HC_PAGE_SLIDE, 1);
    }

  timeline = hc_timeline_compute (plan);
  chart = hc_gantt_chart_new (plan, timeline, NULL);
  for (guint i = 0; i < hc_gantt_chart_get_n_items (chart); i++)
    {
      const HcGanttItem *item = hc_gantt_chart_get_item (chart, i);

      /* One line each. */
      g_assert_null (strchr (item->label, '\n'));
      g_assert_null (strchr (item->label, '\r'));
      g_assert_null (strstr (item->label, "\xE2\x80\xA8"));
      /* The override stays inside its isolate: closed before the rest. */
      if (strstr (item->label, "evil") != NULL)
        g_assert_nonnull (strstr (item->label, "evil\xE2\x80\xAC\xE2\x81\xA9 · "));
    }
  {
    g_autofree char *safe = _hc_chart_text_sanitize ("a\xEF\xB7\x90\x1b[2J\nb");

    g_assert_cmpstr (safe, ==, "a\xEF\xBF\xBD [2J b");
  }
  {
    /* An unmatched closer is dropped; openers are closed in order. */
    g_autofree char *isolated = _hc_chart_text_isolate ("\xE2\x80\xAC" "x\xE2\x81\xA7" "y\xE2\x80\xAB" "z");

    g_assert_cmpstr (isolated, ==, "\xE2\x81\xA8" "x\xE2\x81\xA7" "y\xE2\x80\xAB" "z"
                                   "\xE2\x80\xAC\xE2\x81\xA9\xE2\x81\xA9");
  }
  g_object_unref (role);
  g_object_unref (phase);
}


/* What loads must export: every file of tests/corpus that loads makes a
 * PDF and a PNG (the hostile ones among them). */
static void
test_corpus_exports (Fixture *f, gconstpointer data)
{
  g_autofree char *corpus = g_test_build_filename (G_TEST_DIST, "corpus", NULL);
  g_autoptr(GDir) dir = g_dir_open (corpus, 0, NULL);
  const char *name;
  guint exported = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (corpus, name, NULL);
      g_autoptr(GFile) file = g_file_new_for_path (path);
      g_autoptr(HcPlan) plan = NULL;
      g_autofree char *pdf = g_strdup_printf ("%s/%s.pdf", f->dir, name);
      g_autofree char *png = g_strdup_printf ("%s/%s.png", f->dir, name);

      if (!g_str_has_suffix (name, ".headcount"))
        continue;
      plan = hc_plan_load_from_file (file, NULL, NULL);
      if (plan == NULL)
        continue;
      export_ok (plan, pdf, HC_CHART_ALL, HC_PAGE_SLIDE, 1);
      export_ok (plan, png, HC_CHART_GANTT, HC_PAGE_SLIDE, 1);
      exported++;
    }
  g_assert_cmpuint (exported, >=, 5);
}

int
main (int argc, char **argv)
{
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);
  g_test_add ("/chart/export/templates", Fixture, NULL, fixture_setup, test_templates, fixture_teardown);
  g_test_add ("/chart/export/pages-and-kinds", Fixture, NULL, fixture_setup, test_pages_and_kinds, fixture_teardown);
  g_test_add ("/chart/export/errors", Fixture, NULL, fixture_setup, test_errors, fixture_teardown);
  g_test_add ("/chart/export/large-plan", Fixture, NULL, fixture_setup, test_large_plan, fixture_teardown);
  g_test_add ("/chart/export/replace-keeps-mode", Fixture, NULL, fixture_setup, test_replace_keeps_mode, fixture_teardown);
  g_test_add ("/chart/export/failed-write", Fixture, NULL, fixture_setup, test_failed_write, fixture_teardown);
  g_test_add ("/chart/export/refused-folder", Fixture, NULL, fixture_setup, test_refused_folder, fixture_teardown);
  g_test_add ("/chart/export/pages-as-files", Fixture, NULL, fixture_setup, test_pages_as_files, fixture_teardown);
  g_test_add ("/chart/export/to-stream", Fixture, NULL, fixture_setup, test_to_stream, fixture_teardown);
  g_test_add ("/chart/export/page-path", Fixture, NULL, fixture_setup, test_page_path, fixture_teardown);
  g_test_add ("/chart/export/legend-swatches", Fixture, NULL, fixture_setup, test_legend_swatches, fixture_teardown);
  g_test_add ("/chart/export/split-time", Fixture, NULL, fixture_setup, test_split_time, fixture_teardown);
  g_test_add ("/chart/export/german-figures", Fixture, NULL, fixture_setup, test_german_figures, fixture_teardown);
  g_test_add ("/chart/export/corpus", Fixture, NULL, fixture_setup, test_corpus_exports, fixture_teardown);
  g_test_add ("/chart/export/hostile-names", Fixture, NULL, fixture_setup, test_hostile_names, fixture_teardown);
  return g_test_run ();
}
