/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Timeline page's frames: the Gantt view of a 1,000-position plan
 * while it scrolls and zooms, and a hover, each as one frame (the view's
 * snapshot rendered by the window's renderer) and as a ratio to an empty
 * GtkDrawingArea's frame of the same size in the same run.  Targets: a
 * scrolling or zooming frame under 8 ms; a hover under 1 ms, with no
 * layout (the painted tiles stay as they are).  While the hand zooms,
 * the last tiles are stretched; the repaint when it rests is timed apart.
 * Needs a display (run
 * under xvfb-run); skipped without one. */
#define G_LOG_DOMAIN "hc-bench"

#include "config.h"

#include <stdio.h>
#include <adwaita.h>

#include "../chart/chart-test-plan.h"
#include "hc-bench-util.h"
#include "hc-gantt-view-private.h"

#define REPEATS 31
#define N_POSITIONS 1000
#define WIDTH 1600
#define HEIGHT 900

typedef struct
{
  GtkWidget    *widget;
  GtkAdjustment *vadjustment;
  HcGanttView  *view;
  guint         step;
} GanttBench;

/* What a frame costs the widget: its snapshot (as its parent takes it
 * when it was queued for drawing) rendered by the window's renderer. */
static void
render_frame (GtkWidget *widget)
{
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);


  gtk_widget_queue_draw (widget);
  gtk_widget_snapshot_child (gtk_widget_get_parent (widget), widget, snapshot);
  node = gtk_snapshot_free_to_node (snapshot);
  if (node == NULL)
    return;
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
}

static void
empty_frame (gpointer data)
{
  render_frame (((GanttBench *) data)->widget);
}

static void
scroll_frame (gpointer data)
{
  GanttBench *b = data;
  double upper = gtk_adjustment_get_upper (b->vadjustment) - gtk_adjustment_get_page_size (b->vadjustment);

  /* A flick's step: new rows come in at the edge on most frames. */
  gtk_adjustment_set_value (b->vadjustment, fmod (gtk_adjustment_get_value (b->vadjustment) + 61, upper));
  render_frame (b->widget);
}

static void
zoom_frame (gpointer data)
{
  GanttBench *b = data;

  /* As Ctrl+scroll zooms: the last tiles stretched until the hand rests. */
  _hc_gantt_view_zoom_live (b->view, b->step++ % 2 ? 1 / 1.1 : 1.1, WIDTH / 2.0);
  render_frame (b->widget);
}

/* The repaint when the hand rests: a screen of new tiles. */
static void
zoom_rest_frame (gpointer data)
{
  GanttBench *b = data;

  hc_gantt_view_zoom_by (b->view, b->step++ % 2 ? 1 / 1.1 : 1.1, WIDTH / 2.0);
  render_frame (b->widget);
}

static void
hover_frame (gpointer data)
{
  GanttBench *b = data;

  _hc_gantt_view_set_hover (b->view, b->step++ % 20);
  render_frame (b->widget);
}

/* The floor draws what any drawing area draws at least: its background. */
static void
draw_background (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer data)
{
  cairo_set_source_rgb (cr, 1, 1, 1);
  cairo_paint (cr);
}

static GtkWidget *
present_in_window (GtkWidget *child)
{
  GtkWidget *window = gtk_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (window), WIDTH, HEIGHT);
  gtk_window_set_child (GTK_WINDOW (window), child);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  return window;
}

void
hc_bench_gantt_run (void)
{
  g_autoptr(HcPlan) plan = NULL;
  g_autoptr(HcDocument) document = NULL;
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  GtkWidget *scrolled, *window, *empty_window;
  GanttBench b = { 0 };
  double floor_ms, ms;
  guint layouts;

  if (!gtk_init_check ())
    {
      printf ("# gantt view: skipped, no display (run under xvfb-run)\n");
      return;
    }
  adw_init ();
  b.widget = gtk_drawing_area_new ();
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (b.widget), draw_background, NULL, NULL);
  empty_window = present_in_window (b.widget);
  floor_ms = hc_bench_median_ms (empty_frame, &b, REPEATS);

  plan = chart_test_make_plan (N_POSITIONS);
  document = hc_document_new (plan, NULL);
  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  b.view = HC_GANTT_VIEW (hc_gantt_view_new ());
  hc_gantt_view_set_document (b.view, document);
  hc_gantt_view_update (b.view, timeline, budget);
  scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (b.view));
  window = present_in_window (scrolled);
  b.widget = GTK_WIDGET (b.view);
  b.vadjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (b.view));
  hc_gantt_view_zoom_to (b.view, HC_GANTT_ZOOM_MONTHS);

  printf ("# gantt view, %u positions, %d×%d; floor: an empty drawing area's frame\n", N_POSITIONS,
          gtk_widget_get_width (b.widget), gtk_widget_get_height (b.widget));
  hc_bench_print ("gantt: empty drawing area frame (floor)", floor_ms, floor_ms);
  ms = hc_bench_median_ms (scroll_frame, &b, REPEATS);
  hc_bench_print ("gantt: frame while scrolling", ms, floor_ms);
  ms = hc_bench_median_ms (zoom_frame, &b, REPEATS);
  hc_bench_print ("gantt: frame while zooming", ms, floor_ms);
  ms = hc_bench_median_ms (zoom_rest_frame, &b, REPEATS);
  hc_bench_print ("gantt: repaint when a zoom rests", ms, floor_ms);
  layouts = hc_gantt_view_get_layouts_built (b.view);
  hover_frame (&b);
  layouts = hc_gantt_view_get_layouts_built (b.view);
  ms = hc_bench_median_ms (hover_frame, &b, REPEATS);
  hc_bench_print ("gantt: hover redraw", ms, floor_ms);
  printf ("# hover: %u layouts built over %d hover frames (target 0)\n",
          hc_gantt_view_get_layouts_built (b.view) - layouts, REPEATS + 1);

  gtk_window_destroy (GTK_WINDOW (window));
  gtk_window_destroy (GTK_WINDOW (empty_window));
}
