/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The whole phase chart as one image (Copy Chart), page counts said
 * before an export, and PNG pixels that do not depend on where the image
 * memory comes from. */
#define G_LOG_DOMAIN "test-chart-image"

#include "config.h"

#include <cairo.h>
#include <glib/gstdio.h>
#include <string.h>

#include "chart-test-plan.h"
#include "hc-chart.h"
#include "hc-chart-png-private.h"
#include "../hc-test.h"

typedef struct
{
  const guint8 *data;
  gsize         len;
  gsize         at;
} PngReader;

static cairo_status_t
read_png (void *closure, unsigned char *data, unsigned int length)
{
  PngReader *r = closure;

  if (r->at + length > r->len)
    return CAIRO_STATUS_READ_ERROR;
  memcpy (data, r->data + r->at, length);
  r->at += length;
  return CAIRO_STATUS_SUCCESS;
}

static cairo_surface_t *
decode (GBytes *bytes)
{
  PngReader r = { NULL, 0, 0 };
  cairo_surface_t *image;

  r.data = g_bytes_get_data (bytes, &r.len);
  image = cairo_image_surface_create_from_png_stream (read_png, &r);

  g_assert_cmpint (cairo_surface_status (image), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpuint (r.at, ==, r.len);
  return image;
}

/* The share of pixels in a band of rows that are not the background:
 * rows of the chart drawn there, not an empty page. */
static double
ink_in_rows (cairo_surface_t *image, int y0, int y1)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  int width = cairo_image_surface_get_width (image);
  guint32 background = ((const guint32 *) data)[0] & 0xffffff;
  guint64 ink = 0;

  for (int y = y0; y < y1; y++)
    for (int x = 0; x < width; x++)
      if ((((const guint32 *) (data + (gsize) y * stride))[x] & 0xffffff) != background)
        ink++;
  return (double) ink / ((double) width * (y1 - y0));
}

/* A slide wide; five positions fit a slide's height, sixty make a taller
 * image, never a first page: its last rows are drawn. */
static void
test_whole_gantt (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) small = hc_template_load ("five-person", &error);
  g_autoptr(HcPlan) large = chart_test_make_plan (60);
  g_autoptr(GBytes) small_png = NULL;
  g_autoptr(GBytes) large_png = NULL;
  cairo_surface_t *image;
  int w = 0, h = 0, large_w = 0, large_h = 0;

  g_assert_no_error (error);
  small_png = hc_chart_render_gantt_png (small, 0, &w, &h, &error);
  g_assert_no_error (error);
  g_assert_cmpint (w, ==, 2 * HC_CHART_SLIDE_WIDTH);
  g_assert_cmpint (h, ==, 1440);
  image = decode (small_png);
  g_assert_cmpint (cairo_image_surface_get_width (image), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, h);
  cairo_surface_destroy (image);

  /* Sixty positions take several slides as pages. */
  g_assert_cmpuint (hc_chart_export_count_pages (large, HC_CHART_GANTT, HC_PAGE_SLIDE, FALSE), >, 1);
  large_png = hc_chart_render_gantt_png (large, 0, &large_w, &large_h, &error);
  g_assert_no_error (error);
  g_assert_cmpint (large_w, ==, 2560);
  g_assert_cmpint (large_h, >, 2 * 1440);
  image = decode (large_png);
  g_assert_cmpint (cairo_image_surface_get_height (image), ==, large_h);
  /* The rows run to the bottom: the last slide's worth is not blank. */
  g_assert_cmpfloat (ink_in_rows (image, large_h - 1440, large_h - 200), >, 0.02);
  cairo_surface_destroy (image);

  /* At scale 1 the same chart is half as wide. */
  g_clear_pointer (&small_png, g_bytes_unref);
  small_png = hc_chart_render_gantt_png (small, 1, &w, &h, &error);
  g_assert_no_error (error);
  g_assert_cmpint (w, ==, 1280);
  g_assert_cmpint (h, ==, 720);
}

/* A chart too tall for one image says so rather than cutting it. */
static void
test_too_tall (void)
{
  g_autoptr(HcPlan) huge = chart_test_make_plan (1500);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  int w = -1, h = -1;

  png = hc_chart_render_gantt_png (huge, 2, &w, &h, &error);
  g_assert_null (png);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED);
  g_assert_nonnull (strstr (error->message, "PDF"));
  g_assert_cmpint (w, ==, -1);
}

/* The pages an export will make, as the export then writes them. */
static void
test_count_pages (void)
{
  g_autoptr(HcPlan) large = chart_test_make_plan (60);
  g_autofree char *dir = g_dir_make_tmp ("hc-chart-image-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "plan.svg", NULL);
  g_auto(GStrv) written = NULL;
  g_autoptr(GError) error = NULL;
  guint n = hc_chart_export_count_pages (large, HC_CHART_GANTT, HC_PAGE_SLIDE, FALSE);

  g_assert_true (hc_chart_export_full (large, path, HC_CHART_GANTT, HC_PAGE_SLIDE, 1, FALSE, &written, &error));
  g_assert_no_error (error);
  g_assert_cmpuint (g_strv_length (written), ==, n);
  for (guint i = 0; written[i] != NULL; i++)
    g_unlink (written[i]);
  g_rmdir (dir);

  g_assert_cmpuint (hc_chart_export_count_pages (large, HC_CHART_BUDGET, HC_PAGE_SLIDE, FALSE), ==, 1);
  g_assert_cmpuint (hc_chart_export_count_pages (large, HC_CHART_ALL, HC_PAGE_SLIDE, FALSE), ==, n + 1);
  g_assert_cmpuint (hc_chart_export_count_pages (large, HC_CHART_GANTT, HC_PAGE_FIT, FALSE), ==, 1);
}

/* An exported PNG has exactly the pixels Cairo paints on its own image
 * surface: the huge-page memory changes where they live, not what they
 * are. */
static void
test_png_pixels (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", &error);
  g_autofree char *dir = g_dir_make_tmp ("hc-chart-image-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "slide.png", NULL);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  g_autoptr(HcGanttChart) chart = hc_gantt_chart_new (plan, timeline, budget);
  g_autoptr(HcGanttLayout) layout = NULL;
  cairo_surface_t *exported, *expected, *fresh;
  HcGanttOptions options;
  cairo_t *cr;
  int stride;
  guint differ = 0;

  g_assert_true (hc_chart_export (plan, path, HC_CHART_GANTT, HC_PAGE_SLIDE, 2, &error));
  g_assert_no_error (error);
  exported = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (exported), ==, CAIRO_STATUS_SUCCESS);

  hc_gantt_options_init (&options, 1280, 720);
  layout = hc_gantt_layout_new_page (chart, &options, 0);
  expected = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 2560, 1440);
  cr = cairo_create (expected);
  cairo_scale (cr, 2, 2);
  hc_gantt_paint (cr, layout, hc_chart_style_get_light ());
  cairo_destroy (cr);
  cairo_surface_flush (expected);

  g_assert_cmpint (cairo_image_surface_get_width (exported), ==, 2560);
  g_assert_cmpint (cairo_image_surface_get_height (exported), ==, 1440);
  stride = cairo_image_surface_get_stride (expected);
  for (int y = 0; y < 1440; y++)
    {
      const guint32 *a = (const guint32 *) (cairo_image_surface_get_data (exported) + (gsize) y * cairo_image_surface_get_stride (exported));
      const guint32 *b = (const guint32 *) (cairo_image_surface_get_data (expected) + (gsize) y * stride);

      for (int x = 0; x < 2560; x++)
        differ += (a[x] & 0xffffff) != (b[x] & 0xffffff);
    }
  g_assert_cmpuint (differ, ==, 0);

  /* The surface the export paints on starts zeroed, like Cairo's. */
  fresh = _hc_chart_image_surface_new (2560, 1440);
  g_assert_cmpint (cairo_surface_status (fresh), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_format (fresh), ==, CAIRO_FORMAT_RGB24);
  g_assert_cmpint (cairo_image_surface_get_width (fresh), ==, 2560);
  g_assert_cmpint (cairo_image_surface_get_height (fresh), ==, 1440);
  for (int y = 0; y < 1440; y += 7)
    {
      const guint8 *row = cairo_image_surface_get_data (fresh) + (gsize) y * cairo_image_surface_get_stride (fresh);

      for (int x = 0; x < 2560 * 4; x++)
        g_assert_cmpuint (row[x], ==, 0);
    }

  cairo_surface_destroy (fresh);
  cairo_surface_destroy (expected);
  cairo_surface_destroy (exported);
  g_unlink (path);
  g_rmdir (dir);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hc_test_set_locale ();
  g_test_add_func ("/chart/image/whole-gantt", test_whole_gantt);
  g_test_add_func ("/chart/image/too-tall", test_too_tall);
  g_test_add_func ("/chart/image/count-pages", test_count_pages);
  g_test_add_func ("/chart/image/png-pixels", test_png_pixels);
  return g_test_run ();
}
