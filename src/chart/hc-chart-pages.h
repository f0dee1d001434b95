/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "hc-chart-style.h"
#include "hc-chart-types.h"
#include "hc-plan.h"

G_BEGIN_DECLS

/* A plan's chart cut into pages of one size: the one pagination that
 * every export and the app's printing (and its preview) share, so that a
 * print to a PDF file has the pages `headcount --export` writes for the
 * same page.  The phase chart's pages come first (by rows, and by time
 * with @split_time: see hc_gantt_layout_count_pages()), then the budget
 * page; "Page N of M" counts them all.  A snapshot of the plan when made: make a new one after a change.
 *
 * Sizes are in chart units (1/96 in, HC_CHART_UNITS_PER_INCH).  A printer
 * gives the printable area: a page's margins are the chart's own, inside
 * it. */
typedef struct _HcChartPages HcChartPages;

/* Pages @width × @height.  @prepared is the date in the title block (and
 * the "today" marker); NULL: today. */
HcChartPages *hc_chart_pages_new            (HcPlan             *plan,
                                             HcChartKind         kind,
                                             double              width,
                                             double              height,
                                             gboolean            split_time,
                                             const GDate        *prepared);
/* Pages of a named size, as the command line names them; HC_PAGE_FIT
 * makes the phase chart one page as tall as its rows (up to the largest
 * page a PDF reader opens) at a slide's width. */
HcChartPages *hc_chart_pages_new_for_format (HcPlan             *plan,
                                             HcChartKind         kind,
                                             HcPageFormat        page,
                                             gboolean            split_time,
                                             const GDate        *prepared);
HcChartPages *hc_chart_pages_ref            (HcChartPages       *self);
void          hc_chart_pages_unref          (HcChartPages       *self);

guint         hc_chart_pages_get_n_pages    (HcChartPages       *self);
/* Page @page's size (from 0): every page has the size asked for but a
 * "fit" page of the phase chart. */
void          hc_chart_pages_get_page_size  (HcChartPages       *self,
                                             guint               page,
                                             double             *width,
                                             double             *height);
/* Whether page @page is the budget page (the others are the phase
 * chart's). */
gboolean      hc_chart_pages_is_budget_page (HcChartPages       *self,
                                             guint               page);
/* Paints page @page onto @cr in chart units from (0, 0), background
 * included: scale and translate @cr first to place it on paper, an
 * image or a widget.  Paper and files take hc_chart_style_get_light(). */
void          hc_chart_pages_paint          (HcChartPages       *self,
                                             cairo_t            *cr,
                                             guint               page,
                                             const HcChartStyle *style);

/* A named page's size in chart units (landscape for paper; a slide for
 * HC_PAGE_FIT, whose height follows the chart). */
void          hc_page_format_get_size       (HcPageFormat        page,
                                             double             *width,
                                             double             *height);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcChartPages, hc_chart_pages_unref)

G_END_DECLS
