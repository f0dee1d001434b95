/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hc-budget.h"
#include "hc-plan.h"
#include "hc-timeline.h"

G_BEGIN_DECLS

#define HC_TYPE_CHART_VIEW (hc_chart_view_get_type ())
G_DECLARE_FINAL_TYPE (HcChartView, hc_chart_view, HC, CHART_VIEW, GtkWidget)

/* The budget page's monthly cash chart: the chart library's budget chart,
 * in the light or dark style as AdwStyleManager says.  The chart library
 * paints; this only sizes it and hands it a cairo context.  (The Timeline
 * page has the interactive HcGanttView.) */
GtkWidget *hc_chart_view_new      (void);
/* Takes a snapshot of the figures: call again after each change. */
void       hc_chart_view_set_plan (HcChartView    *self,
                                   HcPlan         *plan,
                                   HcBudget       *budget);

G_END_DECLS
