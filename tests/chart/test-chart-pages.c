/* SPDX-License-Identifier: GPL-3.0-or-later */
/* HcChartPages: the one pagination of exports and printing, on named and
 * arbitrary page sizes, and its painter. */
#define G_LOG_DOMAIN "test-chart-pages"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "chart-test-plan.h"
#include "hc-chart.h"
#include "../hc-test.h"

/* The share of pixels that differ from the background. */
static double
ink_fraction (cairo_surface_t *image)
{
  const guint32 *data = (const guint32 *) cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image) / 4;
  int w = cairo_image_surface_get_width (image), h = cairo_image_surface_get_height (image);
  guint64 differ = 0;

  cairo_surface_flush (image);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      differ += (data[y * stride + x] & 0xffffff) != (data[0] & 0xffffff);
  return (double) differ / ((double) w * h);
}

/* Page @page painted at its own size, as a printer or the preview would,
 * onto an image that starts red: the painter must cover it all. */
static cairo_surface_t *
paint_page (HcChartPages *pages, guint page)
{
  double width, height;
  cairo_surface_t *image;
  cairo_matrix_t before, after;
  cairo_t *cr;

  hc_chart_pages_get_page_size (pages, page, &width, &height);
  image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) width, (int) height);
  cr = cairo_create (image);
  cairo_set_source_rgb (cr, 1, 0, 0);
  cairo_paint (cr);
  cairo_get_matrix (cr, &before);
  hc_chart_pages_paint (pages, cr, page, hc_chart_style_get_light ());
  cairo_get_matrix (cr, &after);
  /* The caller's transformation is left as it was. */
  g_assert_cmpfloat (before.xx, ==, after.xx);
  g_assert_cmpfloat (before.x0, ==, after.x0);
  g_assert_cmpint (cairo_status (cr), ==, CAIRO_STATUS_SUCCESS);
  cairo_destroy (cr);
  return image;
}

/* The named pages are the exporter's: A4 and Letter landscape in whole
 * units, a slide 1280 × 720; the phase chart's pages are the layout's. */
static void
test_named_pages (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (80);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  g_autoptr(HcGanttChart) gantt = hc_gantt_chart_new (plan, timeline, budget);
  static const struct { HcPageFormat page; double width, height; } sizes[] = {
    { HC_PAGE_A4, 1123, 794 },
    { HC_PAGE_LETTER, 1056, 816 },
    { HC_PAGE_SLIDE, 1280, 720 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    {
      g_autoptr(HcChartPages) gantt_pages = hc_chart_pages_new_for_format (plan, HC_CHART_GANTT, sizes[i].page,
                                                                           FALSE, NULL);
      g_autoptr(HcChartPages) all = hc_chart_pages_new_for_format (plan, HC_CHART_ALL, sizes[i].page, FALSE, NULL);
      g_autoptr(HcChartPages) budget_only = hc_chart_pages_new_for_format (plan, HC_CHART_BUDGET, sizes[i].page,
                                                                           FALSE, NULL);
      HcGanttOptions options;
      guint n;
      double w, h;

      hc_page_format_get_size (sizes[i].page, &w, &h);
      g_assert_cmpfloat (w, ==, sizes[i].width);
      g_assert_cmpfloat (h, ==, sizes[i].height);
      hc_gantt_options_init (&options, w, h);
      n = hc_chart_pages_get_n_pages (gantt_pages);
      g_assert_cmpuint (n, ==, hc_gantt_layout_count_pages (gantt, &options));
      g_assert_cmpuint (n, >, 1);
      g_assert_cmpuint (hc_chart_pages_get_n_pages (all), ==, n + 1);
      g_assert_cmpuint (hc_chart_pages_get_n_pages (budget_only), ==, 1);
      for (guint p = 0; p < n; p++)
        {
          g_assert_false (hc_chart_pages_is_budget_page (gantt_pages, p));
          g_assert_false (hc_chart_pages_is_budget_page (all, p));
          hc_chart_pages_get_page_size (all, p, &w, &h);
          g_assert_cmpfloat (w, ==, sizes[i].width);
          g_assert_cmpfloat (h, ==, sizes[i].height);
        }
      g_assert_true (hc_chart_pages_is_budget_page (all, n));
      g_assert_true (hc_chart_pages_is_budget_page (budget_only, 0));
      hc_chart_pages_get_page_size (all, n, &w, &h);
      g_assert_cmpfloat (w, ==, sizes[i].width);
      g_assert_cmpfloat (h, ==, sizes[i].height);
    }
}

/* A "fit" page holds every row on one page as tall as they need; the
 * budget page beside it keeps a slide's size. */
static void
test_fit_page (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (40);
  g_autoptr(HcChartPages) pages = hc_chart_pages_new_for_format (plan, HC_CHART_ALL, HC_PAGE_FIT, FALSE, NULL);
  double w, h;

  g_assert_cmpuint (hc_chart_pages_get_n_pages (pages), ==, 2);
  hc_chart_pages_get_page_size (pages, 0, &w, &h);
  g_assert_cmpfloat (w, ==, 1280);
  g_assert_cmpfloat (h, >, 720);
  hc_chart_pages_get_page_size (pages, 1, &w, &h);
  g_assert_cmpfloat (w, ==, 1280);
  g_assert_cmpfloat (h, ==, 720);
}

/* Any page a printer gives: a taller page holds more rows, so fewer
 * pages; a page split by time takes at least as many; every page paints
 * its whole area with ink on it. */
static void
test_any_size (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_long_plan (60);
  /* Letter's printable area with quarter-inch margins, both ways round. */
  g_autoptr(HcChartPages) landscape = hc_chart_pages_new (plan, HC_CHART_ALL, 1008, 768, FALSE, NULL);
  g_autoptr(HcChartPages) portrait = hc_chart_pages_new (plan, HC_CHART_ALL, 768, 1008, FALSE, NULL);
  g_autoptr(HcChartPages) split = hc_chart_pages_new (plan, HC_CHART_ALL, 1008, 768, TRUE, NULL);
  HcChartPages *held;

  g_assert_cmpuint (hc_chart_pages_get_n_pages (portrait), <, hc_chart_pages_get_n_pages (landscape));
  g_assert_cmpuint (hc_chart_pages_get_n_pages (split), >, hc_chart_pages_get_n_pages (landscape));
  for (guint p = 0; p < hc_chart_pages_get_n_pages (portrait); p++)
    {
      cairo_surface_t *image = paint_page (portrait, p);
      const guint32 *corner = (const guint32 *) cairo_image_surface_get_data (image);
      double ink = ink_fraction (image);

      /* The light style's background, not the red beneath. */
      g_assert_cmphex (corner[0] & 0xffffff, ==, 0xffffff);
      g_assert_cmpfloat (ink, >, 0.02);
      g_assert_cmpfloat (ink, <, 0.9);
      cairo_surface_destroy (image);
    }

  held = hc_chart_pages_ref (landscape);
  g_assert_true (held == landscape);
  hc_chart_pages_unref (held);
  g_assert_cmpuint (hc_chart_pages_get_n_pages (landscape), >, 0);
}

/* The date given is the one on the page, on every page, and every page
 * is numbered. */
static void
test_prepared_date (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  g_autoptr(HcChartPages) pages = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hc-pages-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "pages.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  g_autofree char *formatted = NULL;
  g_autofree char *prepared = NULL;
  g_auto(GStrv) page_texts = NULL;
  const char *argv[] = { pdftotext, "-q", path, "-", NULL };
  cairo_surface_t *surface;
  cairo_t *cr;
  GDate date;
  guint n;
  int status = 0;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 3, G_DATE_MARCH, 2031);
  /* The month's name is the locale's ("Mär" under de_DE). */
  formatted = hc_chart_format_date (&date);
  prepared = g_strdup_printf ("Prepared %s", formatted);
  pages = hc_chart_pages_new (plan, HC_CHART_ALL, 1123, 794, FALSE, &date);
  n = hc_chart_pages_get_n_pages (pages);
  surface = cairo_pdf_surface_create (path, 842, 595);
  cr = cairo_create (surface);
  cairo_scale (cr, 0.75, 0.75);
  for (guint p = 0; p < n; p++)
    {
      hc_chart_pages_paint (pages, cr, p, hc_chart_style_get_light ());
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);

  if (pdftotext == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      goto out;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                               &text, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  page_texts = g_strsplit (text, "\f", -1);
  g_assert_cmpuint (g_strv_length (page_texts), >=, n);
  for (guint p = 0; p < n; p++)
    {
      if (strstr (page_texts[p], prepared) == NULL)
        g_error ("page %u does not say “%s”:\n%s", p + 1, prepared, page_texts[p]);
      g_autofree char *page_of = g_strdup_printf ("Page %u of %u", p + 1, n);

      g_assert_nonnull (strstr (page_texts[p], "Large test plan"));
      /* Numbered as one document, the budget page too. */
      if (strstr (page_texts[p], page_of) == NULL)
        g_error ("page %u does not say “%s”:\n%s", p + 1, page_of, page_texts[p]);
    }
  g_assert_true (hc_chart_pages_is_budget_page (pages, n - 1));
out:
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char **argv)
{
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/pages/named", test_named_pages);
  g_test_add_func ("/chart/pages/fit", test_fit_page);
  g_test_add_func ("/chart/pages/any-size", test_any_size);
  g_test_add_func ("/chart/pages/prepared-date", test_prepared_date);
  return g_test_run ();
}
