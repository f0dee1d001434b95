/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart-view"

#include "config.h"

#include <math.h>
#include <adwaita.h>

#include "hc-budget-chart.h"
#include "hc-chart-view.h"
#include "hc-gantt-chart.h"
#include "hc-gantt-layout.h"
#include "hc-gantt-paint.h"

#define MIN_WIDTH     320

struct _HcChartView
{
  GtkWidget        parent_instance;
  HcChartViewKind  kind;
  HcPlan          *plan;
  HcBudget        *budget;
  HcGanttChart    *gantt;
  GtkAdjustment   *scroll;   /* the scrolled window's, while mapped */
};

G_DEFINE_FINAL_TYPE (HcChartView, hc_chart_view, GTK_TYPE_WIDGET)

static const HcChartStyle *
current_style (void)
{
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    return hc_chart_style_get_dark ();
  return hc_chart_style_get_light ();
}

static void
init_gantt_options (HcGanttOptions *options,
                    double          width)
{
  hc_gantt_options_init (options, width, 0);
  /* The window's header already names the plan, and the budget panel
   * has the figures a footer would repeat. */
  options->show_title = FALSE;
  options->show_footer = TRUE;
}

static void
hc_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  HcChartView *self = HC_CHART_VIEW (widget);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = MIN_WIDTH;
      *natural = MIN_WIDTH;
      return;
    }
  if (self->kind == HC_CHART_VIEW_GANTT && self->gantt != NULL)
    {
      HcGanttOptions options;

      init_gantt_options (&options, for_size > 0 ? for_size : 800);
      *minimum = *natural = (int) ceil (hc_gantt_layout_get_content_height (self->gantt, &options));
    }
  else
    {
      /* The budget chart reads well at about 2:1; its legend and the
       * equity box need some 420 px whatever the width. */
      int width = for_size > 0 ? for_size : 800;
      *minimum = *natural = CLAMP (width / 2, 440, 560);
    }
}

static GtkSizeRequestMode
hc_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
paint (HcChartView       *self,
       cairo_t           *cr,
       const HcChartRect *visible,
       double             width,
       double             height)
{
  if (self->kind == HC_CHART_VIEW_GANTT && self->gantt != NULL)
    {
      HcGanttOptions options;

      init_gantt_options (&options, width);
      hc_gantt_paint_visible (cr, self->gantt, &options, visible, current_style ());
    }
  else if (self->kind == HC_CHART_VIEW_BUDGET && self->budget != NULL)
    {
      g_autoptr(HcBudgetLayout) layout =
        hc_budget_layout_new (self->plan, self->budget, width, height, FALSE, NULL);
      hc_budget_paint (cr, layout, current_style ());
    }
}

/* The part of the chart the scrolled window around it shows.  A plan of
 * thousands of positions makes a Gantt hundreds of thousands of pixels
 * tall: drawn whole, it is slow, and larger than any texture a GL
 * renderer takes. */
static gboolean
get_visible_rect (HcChartView    *self,
                  graphene_rect_t *visible)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);
  graphene_rect_t bounds = GRAPHENE_RECT_INIT (0, 0, gtk_widget_get_width (widget),
                                               gtk_widget_get_height (widget));
  graphene_rect_t view;

  if (scrolled == NULL || !gtk_widget_compute_bounds (scrolled, widget, &view))
    {
      *visible = bounds;
      return TRUE;
    }
  return graphene_rect_intersection (&bounds, &view, visible);
}

static void
hc_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  HcChartView *self = HC_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  graphene_rect_t area;
  cairo_t *cr;

  if (width <= 0 || height <= 0 || self->plan == NULL)
    return;
  if (self->kind == HC_CHART_VIEW_GANTT)
    {
      graphene_rect_t view;

      if (!get_visible_rect (self, &view))
        return;
      /* Whole pixels, so that rows do not shimmer as the view scrolls. */
      area = GRAPHENE_RECT_INIT (floorf (view.origin.x), floorf (view.origin.y),
                                 ceilf (view.size.width) + 1, ceilf (view.size.height) + 1);
    }
  else
    area = GRAPHENE_RECT_INIT (0, 0, width, height);
  cr = gtk_snapshot_append_cairo (snapshot, &area);
  paint (self, cr, &(HcChartRect) { area.origin.x, area.origin.y, area.size.width, area.size.height },
         width, height);
  cairo_destroy (cr);
}

/* Only the visible part is drawn, so a scroll needs a new drawing. */
static void
hc_chart_view_map (GtkWidget *widget)
{
  HcChartView *self = HC_CHART_VIEW (widget);
  GtkWidget *scrolled = gtk_widget_get_ancestor (widget, GTK_TYPE_SCROLLED_WINDOW);

  GTK_WIDGET_CLASS (hc_chart_view_parent_class)->map (widget);
  if (self->kind != HC_CHART_VIEW_GANTT || scrolled == NULL)
    return;
  g_set_object (&self->scroll, gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled)));
  g_signal_connect_object (self->scroll, "value-changed", G_CALLBACK (gtk_widget_queue_draw),
                           self, G_CONNECT_SWAPPED);
}

static void
hc_chart_view_unmap (GtkWidget *widget)
{
  HcChartView *self = HC_CHART_VIEW (widget);

  if (self->scroll != NULL)
    g_signal_handlers_disconnect_by_data (self->scroll, self);
  g_clear_object (&self->scroll);
  GTK_WIDGET_CLASS (hc_chart_view_parent_class)->unmap (widget);
}

static void
hc_chart_view_dispose (GObject *object)
{
  HcChartView *self = HC_CHART_VIEW (object);

  if (self->scroll != NULL)
    g_signal_handlers_disconnect_by_data (self->scroll, self);
  g_clear_object (&self->scroll);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->budget, hc_budget_unref);
  g_clear_pointer (&self->gantt, hc_gantt_chart_unref);

  G_OBJECT_CLASS (hc_chart_view_parent_class)->dispose (object);
}

static void
hc_chart_view_class_init (HcChartViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_chart_view_dispose;
  widget_class->measure = hc_chart_view_measure;
  widget_class->get_request_mode = hc_chart_view_get_request_mode;
  widget_class->snapshot = hc_chart_view_snapshot;
  widget_class->map = hc_chart_view_map;
  widget_class->unmap = hc_chart_view_unmap;
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hc_chart_view_init (HcChartView *self)
{
  g_signal_connect_object (adw_style_manager_get_default (), "notify::dark",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
hc_chart_view_new (HcChartViewKind kind)
{
  HcChartView *self = g_object_new (HC_TYPE_CHART_VIEW, NULL);

  self->kind = kind;
  return GTK_WIDGET (self);
}

void
hc_chart_view_set_plan (HcChartView *self,
                        HcPlan      *plan,
                        HcTimeline  *timeline,
                        HcBudget    *budget)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));

  g_set_object (&self->plan, plan);
  g_clear_pointer (&self->budget, hc_budget_unref);
  g_clear_pointer (&self->gantt, hc_gantt_chart_unref);
  if (budget != NULL)
    self->budget = hc_budget_ref (budget);
  if (self->kind == HC_CHART_VIEW_GANTT && plan != NULL && timeline != NULL)
    self->gantt = hc_gantt_chart_new (plan, timeline, budget);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
