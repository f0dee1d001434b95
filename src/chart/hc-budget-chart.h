/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>

#include "hc-budget.h"
#include "hc-chart-style.h"
#include "hc-chart-types.h"

G_BEGIN_DECLS

/* The budget page: monthly cash stacked by category (the midpoint of each
 * range, a whisker from the low to the high total) with the cumulative
 * cash as a band and a line on a second axis; beside it, the first year by
 * category with full amounts, and the equity pool apart as non-cash. */

typedef struct
{
  guint       month;     /* from 0 */
  HcCategory  category;
  HcChartRect rect;
} HcBudgetSegment;

typedef struct
{
  double x;
  double y_low;          /* the low scenario's total */
  double y_high;
} HcBudgetWhisker;

typedef struct
{
  double x;
  double y_low;
  double y_mid;
  double y_high;
} HcBudgetPoint;

typedef struct
{
  HcCategory  category;
  HcChartRect bar;       /* from zero to the midpoint */
  double      x_low;     /* the whisker */
  double      x_high;
} HcBudgetBreakdownBar;

typedef struct
{
  double      width;
  double      height;
  HcChartRect monthly;       /* the monthly plot */
  HcChartRect breakdown;     /* the first-year panel */
  GArray     *y_grid;        /* double: y of the left axis' ticks */
  GArray     *segments;      /* HcBudgetSegment */
  GArray     *whiskers;      /* HcBudgetWhisker */
  GArray     *cumulative;    /* HcBudgetPoint, one a month */
  GArray     *bars;          /* HcBudgetBreakdownBar */
  GArray     *legend;        /* HcChartRect swatches, in HcCategory order, then the cumulative line */
  HcChartRect equity_box;
  GArray     *labels;        /* HcChartLabel */
} HcBudgetLayout;

/* @prepared (may be NULL or invalid) is printed in the title block. */
HcBudgetLayout *hc_budget_layout_new  (HcPlan             *plan,
                                       HcBudget           *budget,
                                       double              width,
                                       double              height,
                                       gboolean            show_title,
                                       const GDate        *prepared);
void            hc_budget_layout_free (HcBudgetLayout     *layout);
/* Adds @text_owned ("Page 3 of 3": a budget page in a document of several
 * pages) at the right end of the page's foot: on the legend's last line
 * where it leaves room, else below it in the margin. */
void            hc_budget_layout_add_page_label (HcBudgetLayout *layout,
                                                 char           *text_owned);
void            hc_budget_paint       (cairo_t            *cr,
                                       const HcBudgetLayout *layout,
                                       const HcChartStyle *style);

/* A step of 1, 2 or 5 × 10ⁿ that splits @span into at most about @max_ticks. */
double          hc_chart_nice_step    (double              span,
                                       guint               max_ticks);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcBudgetLayout, hc_budget_layout_free)

G_END_DECLS
