/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The chart's figures, each against plain Cairo: the same number of
 * rounded rectangles with a Pango label each (one reused PangoLayout), as
 * /work/shared/bench/cairo-floor.c draws them. */
#define G_LOG_DOMAIN "hc-bench"

#include "config.h"

#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <pango/pangocairo.h>
#include <stdio.h>

#include "../chart/chart-test-plan.h"
#include "hc-bench-util.h"
#include "hc-chart.h"

#define REPEATS 15
#define N_POSITIONS 1000
#define FRAME_W 1920
#define FRAME_H 1080

typedef struct
{
  HcPlan          *plan;
  HcGanttChart    *chart;
  HcGanttOptions   options;
  cairo_surface_t *frame;
  HcChartRect      visible;
  guint            n_rows;      /* rows in the visible frame */
  guint            n_pages;     /* pages of the PDF */
  char            *pdf_path;
} ChartBench;

static void
floor_draw (cairo_t *cr, double width, double height, guint n, PangoLayout *layout)
{
  const double row_h = height / (n + 1), week_w = (width - 200) / 52.0;
  char label[96];

  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
  for (guint i = 0; i < n; i++)
    {
      guint start = (i * 7) % 40, len = 2 + (i * 3) % 11;
      double x = 200 + start * week_w, y = row_h * (i + 0.5), w = len * week_w, h = row_h * 0.7;

      cairo_new_sub_path (cr);
      cairo_arc (cr, x + w - 3, y + 3, 3, -G_PI / 2, 0);
      cairo_arc (cr, x + w - 3, y + h - 3, 3, 0, G_PI / 2);
      cairo_arc (cr, x + 3, y + h - 3, 3, G_PI / 2, G_PI);
      cairo_arc (cr, x + 3, y + 3, 3, G_PI, 3 * G_PI / 2);
      cairo_close_path (cr);
      cairo_set_source_rgba (cr, 0.21, 0.52, 0.89, 0.85);
      cairo_fill_preserve (cr);
      cairo_set_source_rgb (cr, 0.15, 0.36, 0.62);
      cairo_set_line_width (cr, 1);
      cairo_stroke (cr);
      g_snprintf (label, sizeof label, "Backend/API #%u · wk %u–%u", i + 1, start + 1, start + len);
      pango_layout_set_text (layout, label, -1);
      cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
      cairo_move_to (cr, x + 4, y + 1);
      pango_cairo_show_layout (cr, layout);
    }
}

static PangoLayout *
floor_layout (cairo_t *cr)
{
  PangoLayout *layout = pango_cairo_create_layout (cr);
  PangoFontDescription *font = pango_font_description_from_string ("Sans 10");

  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);
  return layout;
}

static void
floor_frame (gpointer data)
{
  ChartBench *b = data;
  cairo_t *cr = cairo_create (b->frame);
  PangoLayout *layout = floor_layout (cr);

  floor_draw (cr, FRAME_W, FRAME_H, b->n_rows, layout);
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_flush (b->frame);
}

static void
chart_frame (gpointer data)
{
  ChartBench *b = data;
  cairo_t *cr = cairo_create (b->frame);

  cairo_translate (cr, -b->visible.x, -b->visible.y);
  hc_gantt_paint_visible (cr, b->chart, &b->options, &b->visible, hc_chart_style_get_light ());
  cairo_destroy (cr);
  cairo_surface_flush (b->frame);
}

static cairo_status_t
count_bytes (void *closure, const unsigned char *data, unsigned int length)
{
  *(gsize *) closure += length;
  return CAIRO_STATUS_SUCCESS;
}

/* The same number of pages and rows as the chart's PDF, plain. */
static void
floor_pdf (gpointer data)
{
  ChartBench *b = data;
  gsize bytes = 0;
  cairo_surface_t *pdf = cairo_pdf_surface_create_for_stream (count_bytes, &bytes, 960, 540);
  cairo_t *cr = cairo_create (pdf);
  PangoLayout *layout = floor_layout (cr);
  guint per_page = (N_POSITIONS + 4 + b->n_pages - 1) / b->n_pages;

  for (guint p = 0; p < b->n_pages; p++)
    {
      cairo_save (cr);
      cairo_scale (cr, 0.75, 0.75);
      floor_draw (cr, 1280, 720, per_page, layout);
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  g_object_unref (layout);
  cairo_destroy (cr);
  cairo_surface_finish (pdf);
  cairo_surface_destroy (pdf);
}

static void
chart_pdf (gpointer data)
{
  ChartBench *b = data;
  g_autoptr(GError) error = NULL;

  if (!hc_chart_export (b->plan, b->pdf_path, HC_CHART_GANTT, HC_PAGE_SLIDE, 0, &error))
    g_error ("%s", error->message);
}

static void
chart_data (gpointer data)
{
  ChartBench *b = data;
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (b->plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (b->plan, timeline);
  g_autoptr(HcGanttChart) chart = hc_gantt_chart_new (b->plan, timeline, budget);
}

/* A slide of the five-person plan, as a board deck takes it: the issue's
 * comparison of a PNG's cost with its PDF's. */
typedef struct
{
  HcPlan *plan;
  char   *pdf_path;
  char   *png_path;
} SlideBench;

static void
slide_pdf (gpointer data)
{
  SlideBench *s = data;
  g_autoptr(GError) error = NULL;

  if (!hc_chart_export (s->plan, s->pdf_path, HC_CHART_GANTT, HC_PAGE_SLIDE, 0, &error))
    g_error ("%s", error->message);
}

static void
slide_png (gpointer data)
{
  SlideBench *s = data;
  g_autoptr(GError) error = NULL;

  if (!hc_chart_export (s->plan, s->png_path, HC_CHART_GANTT, HC_PAGE_SLIDE, 0, &error))
    g_error ("%s", error->message);
}

/* The same slide encoded as the export did before it wrote its own PNGs:
 * cairo_surface_write_to_png_stream(), libpng's default settings. */
static void
slide_png_cairo (gpointer data)
{
  SlideBench *s = data;
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (s->plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (s->plan, timeline);
  g_autoptr(HcGanttChart) chart = hc_gantt_chart_new (s->plan, timeline, budget);
  g_autoptr(HcGanttLayout) layout = NULL;
  cairo_surface_t *image = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 2560, 1440);
  cairo_t *cr = cairo_create (image);
  HcGanttOptions options;
  gsize bytes = 0;

  hc_gantt_options_init (&options, 1280, 720);
  layout = hc_gantt_layout_new_page (chart, &options, 0);
  cairo_scale (cr, 2, 2);
  hc_gantt_paint (cr, layout, hc_chart_style_get_light ());
  cairo_destroy (cr);
  cairo_surface_write_to_png_stream (image, count_bytes, &bytes);
  cairo_surface_destroy (image);
}

/* The issue's own measure: `headcount --export` as a whole process, start-up,
 * fonts and the atomic write included, which an in-process loop leaves out
 * (it reuses warm memory, so the cost of touching a fresh image, page
 * faults, never shows there). */
typedef struct
{
  const char *path;
} SlideProcess;

static void
slide_process (gpointer data)
{
  SlideProcess *p = data;
  const char *argv[] = { HC_BENCH_HEADCOUNT, "--template", "five-person", "--export", p->path, NULL };
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);
}

static void
bench_slide_process (const char *pdf_path, const char *png_path)
{
  SlideProcess pdf = { pdf_path }, png = { png_path };
  double pdf_ms = hc_bench_median_ms (slide_process, &pdf, REPEATS);
  double png_ms = hc_bench_median_ms (slide_process, &png, REPEATS);
  char name[96];

  hc_bench_print ("process: headcount --export slide.pdf", pdf_ms, pdf_ms);
  g_snprintf (name, sizeof name, "process: headcount --export slide.png (PNG/PDF %.1f×)", png_ms / pdf_ms);
  hc_bench_print (name, png_ms, pdf_ms);
}

void
hc_bench_slide_run (void)
{
  g_autoptr(GError) error = NULL;
  SlideBench s = { hc_template_load ("five-person", &error), NULL, NULL };
  double pdf_ms, png_ms, cairo_ms;
  char name[96];

  g_assert_no_error (error);
  s.pdf_path = g_build_filename (g_get_tmp_dir (), "hc-bench-slide.pdf", NULL);
  s.png_path = g_build_filename (g_get_tmp_dir (), "hc-bench-slide.png", NULL);
  pdf_ms = hc_bench_median_ms (slide_pdf, &s, REPEATS);
  png_ms = hc_bench_median_ms (slide_png, &s, REPEATS);
  cairo_ms = hc_bench_median_ms (slide_png_cairo, &s, REPEATS);

  hc_bench_print ("chart: slide PDF export (five-person)", pdf_ms, pdf_ms);
  /* The target: a PNG within 2× its PDF. */
  g_snprintf (name, sizeof name, "chart: slide PNG export 2560x1440 (PNG/PDF %.1f×)", png_ms / pdf_ms);
  hc_bench_print (name, png_ms, pdf_ms);
  g_snprintf (name, sizeof name, "chart: same slide, Cairo's PNG encoder (%.1f×)", cairo_ms / pdf_ms);
  hc_bench_print (name, cairo_ms, pdf_ms);
  /* The target: a PNG within 2× its PDF, as whole processes. */
  bench_slide_process (s.pdf_path, s.png_path);

  g_unlink (s.pdf_path);
  g_unlink (s.png_path);
  g_free (s.pdf_path);
  g_free (s.png_path);
  g_object_unref (s.plan);
}

static void
bench_setup (ChartBench *b)
{
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  g_autoptr(HcGanttLayout) layout = NULL;
  HcGanttOptions page;

  b->plan = chart_test_make_plan (N_POSITIONS);
  timeline = hc_timeline_compute (b->plan);
  budget = hc_budget_compute (b->plan, timeline);
  b->chart = hc_gantt_chart_new (b->plan, timeline, budget);
  hc_gantt_options_init (&b->options, FRAME_W, FRAME_H);
  b->options.show_title = b->options.show_footer = FALSE;
  /* Mid-scroll, where a frame is fullest. */
  b->visible = (HcChartRect) { 0, hc_gantt_layout_get_content_height (b->chart, &b->options) / 2, FRAME_W, FRAME_H };
  b->frame = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, FRAME_W, FRAME_H);
  layout = hc_gantt_layout_new_visible (b->chart, &b->options, &b->visible);
  b->n_rows = layout->rows->len;
  hc_gantt_options_init (&page, 1280, 720);
  b->n_pages = hc_gantt_layout_count_pages (b->chart, &page);
  b->pdf_path = g_build_filename (g_get_tmp_dir (), "hc-bench-chart.pdf", NULL);
}

void
hc_bench_chart_run (void)
{
  ChartBench b = { 0 };
  double floor_frame_ms, floor_pdf_ms;
  char name[80];

  bench_setup (&b);
  floor_frame_ms = hc_bench_median_ms (floor_frame, &b, REPEATS);
  floor_pdf_ms = hc_bench_median_ms (floor_pdf, &b, 5);

  g_snprintf (name, sizeof name, "chart: floor, %u bars 1920x1080", b.n_rows);
  hc_bench_print (name, floor_frame_ms, floor_frame_ms);
  g_snprintf (name, sizeof name, "chart: visible frame of %u (%u rows)", N_POSITIONS, b.n_rows);
  hc_bench_print (name, hc_bench_median_ms (chart_frame, &b, REPEATS), floor_frame_ms);
  hc_bench_print ("chart: timeline+budget+rows of 1000", hc_bench_median_ms (chart_data, &b, REPEATS), floor_frame_ms);
  g_snprintf (name, sizeof name, "chart: floor PDF, %u pages", b.n_pages);
  hc_bench_print (name, floor_pdf_ms, floor_pdf_ms);
  g_snprintf (name, sizeof name, "chart: PDF export of %u, %u pages", N_POSITIONS, b.n_pages);
  hc_bench_print (name, hc_bench_median_ms (chart_pdf, &b, 5), floor_pdf_ms);

  hc_bench_slide_run ();

  g_unlink (b.pdf_path);
  g_free (b.pdf_path);
  cairo_surface_destroy (b.frame);
  hc_gantt_chart_unref (b.chart);
  g_object_unref (b.plan);
}
