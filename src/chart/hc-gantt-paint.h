/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "hc-chart-style.h"
#include "hc-gantt-layout.h"

G_BEGIN_DECLS

/* Paints a laid-out page or view in the layout's units: scale @cr first to
 * draw it at another size.  The same painter serves the screen, printing
 * and every export. */
void hc_gantt_paint         (cairo_t              *cr,
                             const HcGanttLayout  *layout,
                             const HcChartStyle   *style);

/* Lays out and paints only the rows that meet @visible, with the axis
 * header pinned at its top: a widget's draw in one call.  @cr is in content
 * coordinates (translate it by the scroll offset first). */
void hc_gantt_paint_visible (cairo_t              *cr,
                             HcGanttChart         *chart,
                             const HcGanttOptions *options,
                             const HcChartRect    *visible,
                             const HcChartStyle   *style);

G_END_DECLS
