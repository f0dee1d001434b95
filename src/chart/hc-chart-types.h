/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Chart geometry is in device-independent pixels, 96 to the inch (a slide
 * is 1280 × 720); exports scale it to points or to pixels at 2×. */
#define HC_CHART_UNITS_PER_INCH 96.0

/* What is drawn and on what page, for the pages (hc-chart-pages.h) and
 * every export (hc-chart-export.h) alike. */
typedef enum
{
  HC_CHART_GANTT,   /* the phase chart */
  HC_CHART_BUDGET,  /* monthly cash and the category breakdown */
  HC_CHART_ALL,     /* the phase chart, then the budget: a board appendix */
} HcChartKind;

typedef enum
{
  HC_PAGE_SLIDE,    /* 16:9, 13.333 × 7.5 in */
  HC_PAGE_A4,       /* landscape */
  HC_PAGE_LETTER,   /* landscape */
  HC_PAGE_FIT,      /* one page sized to the whole chart */
} HcPageFormat;

typedef struct
{
  double x;
  double y;
  double width;
  double height;
} HcChartRect;

gboolean hc_chart_rect_intersects     (const HcChartRect *a,
                                       const HcChartRect *b);
gboolean hc_chart_rect_contains_point (const HcChartRect *rect,
                                       double             x,
                                       double             y);

/* What a piece of text is: its size, weight and ink come from this. */
typedef enum
{
  HC_CHART_TEXT_TITLE,
  HC_CHART_TEXT_SUBTITLE,
  HC_CHART_TEXT_HEADING,  /* phase names, chart titles */
  HC_CHART_TEXT_BODY,     /* row labels, table cells */
  HC_CHART_TEXT_AXIS,     /* tick and band labels, dim */
  HC_CHART_TEXT_SMALL,    /* legends, footers, dim */
  HC_CHART_TEXT_MARKER,   /* the "today" tag, in the marker's colour */
} HcChartTextKind;
#define HC_CHART_N_TEXT_KINDS 7

typedef enum
{
  HC_CHART_ALIGN_START,
  HC_CHART_ALIGN_CENTER,
  HC_CHART_ALIGN_END,
} HcChartAlign;

/* A label owns its box: the painter draws the text inside @rect, vertically
 * centred, and shortens it with an ellipsis if it is wider, so a label
 * never spills over its neighbours or over a bar. */
typedef struct
{
  HcChartRect     rect;
  char           *text;
  HcChartTextKind kind;
  HcChartAlign    align;
} HcChartLabel;

/* A GArray of HcChartLabel that frees each label's text. */
GArray *hc_chart_label_array_new (void);
void    hc_chart_label_array_add (GArray          *labels,
                                  HcChartTextKind  kind,
                                  HcChartAlign     align,
                                  double           x,
                                  double           y,
                                  double           width,
                                  double           height,
                                  char            *text_owned);

G_END_DECLS
