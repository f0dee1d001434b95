/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hc-budget.h"
#include "hc-plan.h"
#include "hc-timeline.h"

G_BEGIN_DECLS

#define HC_TYPE_CHART_VIEW (hc_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (HcChartView, hc_chart_view, HC, CHART_VIEW, GtkWidget)

typedef enum
{
  HC_CHART_VIEW_GANTT,
  HC_CHART_VIEW_BUDGET,
} HcChartViewKind;

/* A static render of one of the chart library's charts, in the light or
 * dark style as AdwStyleManager says.  The chart library paints; this
 * only sizes it and hands it a cairo context.  The budget page uses it;
 * the Timeline page has the interactive HcGanttView. */
GtkWidget *hc_chart_view_new      (HcChartViewKind kind);
/* Takes a snapshot of the figures: call again after each change. */
void       hc_chart_view_set_plan (HcChartView    *self,
                                   HcPlan         *plan,
                                   HcTimeline     *timeline,
                                   HcBudget       *budget);

G_END_DECLS
