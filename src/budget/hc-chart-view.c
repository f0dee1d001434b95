/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart-view"

#include "config.h"

#include <adwaita.h>

#include "hc-budget-chart.h"
#include "hc-compat.h"
#include "hc-chart-view.h"

#define MIN_WIDTH     320

struct _HcChartView
{
  GtkWidget        parent_instance;
  HcPlan          *plan;
  HcBudget        *budget;
};

G_DEFINE_FINAL_TYPE (HcChartView, hc_chart_view, GTK_TYPE_WIDGET)


static void
hc_chart_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* The budget chart reads well at about 2:1; its legend and the equity
   * box need some 420 px whatever the width. */
  int width = for_size > 0 ? for_size : 800;

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = MIN_WIDTH;
  else
    *minimum = *natural = CLAMP (width / 2, 440, 560);
}

static GtkSizeRequestMode
hc_chart_view_get_request_mode (GtkWidget *widget)
{
  return GTK_SIZE_REQUEST_HEIGHT_FOR_WIDTH;
}

static void
hc_chart_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  HcChartView *self = HC_CHART_VIEW (widget);
  int width = gtk_widget_get_width (widget);
  int height = gtk_widget_get_height (widget);
  g_autoptr(HcBudgetLayout) layout = NULL;
  HcChartStyle style;
  cairo_t *cr;

  if (width <= 0 || height <= 0 || self->plan == NULL || self->budget == NULL)
    return;
  layout = hc_budget_layout_new (self->plan, self->budget, width, height, FALSE, NULL);
  hc_compat_get_chart_style (widget, &style);
  cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (0, 0, width, height));
  hc_budget_paint (cr, layout, &style);
  cairo_destroy (cr);
}

static void
hc_chart_view_dispose (GObject *object)
{
  HcChartView *self = HC_CHART_VIEW (object);

  g_clear_object (&self->plan);
  g_clear_pointer (&self->budget, hc_budget_unref);

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
  gtk_widget_class_set_css_name (widget_class, "chart");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
hc_chart_view_init (HcChartView *self)
{
  /* Dark, high contrast, the accent. */
  g_signal_connect_object (adw_style_manager_get_default (), "notify",
                           G_CALLBACK (gtk_widget_queue_draw), self, G_CONNECT_SWAPPED);
}

GtkWidget *
hc_chart_view_new (void)
{
  return g_object_new (HC_TYPE_CHART_VIEW, NULL);
}

void
hc_chart_view_set_plan (HcChartView *self,
                        HcPlan      *plan,
                        HcBudget    *budget)
{
  g_return_if_fail (HC_IS_CHART_VIEW (self));

  g_set_object (&self->plan, plan);
  g_clear_pointer (&self->budget, hc_budget_unref);
  if (budget != NULL)
    self->budget = hc_budget_ref (budget);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}
