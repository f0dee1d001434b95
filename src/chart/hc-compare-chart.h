/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "hc-chart-export.h"
#include "hc-chart-style.h"
#include "hc-compare.h"

G_BEGIN_DECLS

/* The comparison slide: the --compare table with its differences, the
 * columns' phase-chart rows one group under the other (positions a
 * scenario adds or changes marked), and their cumulative cash on one
 * chart.  One painter for every export (and the window's compare page),
 * as the other charts have. */

/* Paints the slide onto @cr in chart units from (0, 0), @width ×
 * @height, background included. */
void     hc_compare_chart_paint  (HcComparison       *comparison,
                                  cairo_t            *cr,
                                  double              width,
                                  double              height,
                                  const HcChartStyle *style);

/* Writes it to @path as PDF, SVG or PNG (by the extension), one page of
 * @page's size (HC_PAGE_FIT is a slide), through the atomic writer, as
 * hc_chart_export() does; @scale as there. */
gboolean hc_compare_chart_export (HcComparison       *comparison,
                                  const char         *path,
                                  HcPageFormat        page,
                                  double              scale,
                                  GError            **error);

G_END_DECLS
