/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-chart-types.h"
#include "hc-gantt-chart.h"

G_BEGIN_DECLS

/* How to place a chart: on pages of a size (exports, printing) or in a
 * scrolled view (the app's widget). */
typedef struct
{
  double   width;        /* a page, or the view's width */
  double   height;       /* a page; ignored by the scrolled layout */
  gboolean show_title;   /* title block: title, start, headcount, cost */
  gboolean show_footer;  /* legend, budget summary, "Page N of M" */
  GDate    today;        /* a "today" marker when it falls in the plan; invalid: none */
  gboolean split_time;   /* pages: cut a long time axis into slices of whole
                          * months, each at least HC_GANTT_MIN_WEEK_WIDTH a
                          * week (see hc_gantt_layout_count_time_slices()) */
  double   label_width;  /* the label column's width; 0: a share of @width */
  gboolean rows_only;    /* the scrolled layout without its axis header: a
                          * view that draws the header apart skips its cost */
  guint    pages_after;  /* pages: more pages of the same document after the
                          * chart's own (a budget page), counted in each
                          * page's "Page N of M" */
} HcGanttOptions;

/* The narrowest week a time-split page draws, in chart units: week
 * numbers every week or two stay readable. */
#define HC_GANTT_MIN_WEEK_WIDTH 14.0

/* Title and footer on, today's date: what an export wants. */
void hc_gantt_options_init (HcGanttOptions *options,
                            double          width,
                            double          height);

typedef enum
{
  HC_GANTT_ROW_PHASE,
  HC_GANTT_ROW_POSITION,
} HcGanttRowKind;

/* A row as placed.  The x coordinates of a position row mark its search
 * (search_x → start_low_x), its uncertain start (start_low_x →
 * start_high_x) and its ramp-up (start_high_x → productive_high_x). */
typedef struct
{
  HcGanttRowKind kind;
  guint          item_index;      /* in the HcGanttChart */
  guint          position_index;  /* G_MAXUINT for a phase row */
  gboolean       continued;       /* a phase header repeated on a new page */
  HcRoleKind     role_kind;
  guint          count;
  HcChartRect    rect;            /* the whole row, label column included */
  HcChartRect    bar;             /* the bars' vertical extent in the plot */
  double         band_x0;         /* the phase's range; NAN if none */
  double         band_x1;
  double         search_x;
  double         start_low_x;
  double         start_high_x;
  double         productive_low_x;
  double         productive_high_x;
  /* On a time slice the x coordinates above are clamped to the plot; these
   * say what was cut.  The bar runs on before / after the page's time range,
   * and the earliest-start milestone falls on this page. */
  gboolean       continues_before;
  gboolean       continues_after;
  gboolean       has_milestone;
} HcGanttRow;

typedef struct
{
  double x;
  gboolean labelled;
} HcGanttTick;

/* A cell of the axis header (a month or a quarter). */
typedef struct
{
  HcChartRect rect;
  guint       shade;   /* 0 or 1, alternating */
} HcGanttBand;

typedef enum
{
  HC_GANTT_LEGEND_GENERALIST,
  HC_GANTT_LEGEND_SPECIALIST,
  HC_GANTT_LEGEND_SEARCH,
  HC_GANTT_LEGEND_START_RANGE,
  HC_GANTT_LEGEND_MILESTONE,
  HC_GANTT_LEGEND_RAMP_UP,
} HcGanttLegendKind;

typedef struct
{
  HcGanttLegendKind kind;
  HcChartRect       swatch;
} HcGanttLegendItem;

typedef struct
{
  double       width;
  double       height;
  guint        page;           /* from 0 */
  guint        n_pages;
  double       start_week;     /* the axis runs from this week (0 unless */
  double       end_week;       /* the page is a later time slice) to this */
  guint        row_page;       /* which rows: from 0 to n_row_pages − 1 */
  guint        n_row_pages;
  guint        time_slice;     /* which time range: from 0 to n_time_slices − 1 */
  guint        n_time_slices;
  HcChartRect  plot;           /* where the time axis runs, rows' vertical extent */
  HcChartRect  header;         /* the axis header, over the plot */
  HcChartRect  label_column;   /* row labels, left of the plot */
  GArray      *rows;           /* HcGanttRow */
  GArray      *week_ticks;     /* HcGanttTick, on the header's bottom line */
  GArray      *bands;          /* HcGanttBand: months, quarters */
  GArray      *grid;           /* double: x of month boundaries across the plot */
  GArray      *legend;         /* HcGanttLegendItem */
  GArray      *labels;         /* HcChartLabel: every text on the page */
  gboolean     has_today;
  double       today_x;
} HcGanttLayout;

/* Pages split by rows, and by time when options->split_time is set; each
 * repeats the title block, the label column, the axis header (for its own
 * weeks and months) and a phase's header when its rows continue from the
 * page before.  In reading order, row pages × time slices at most:
 * a reader follows the same rows through the whole plan before turning
 * to the next rows.  A time slice where none of a row page's bars falls is
 * left out (a page of empty rows), so page p is not always row page
 * p / n_time_slices: see the layout's row_page and time_slice. */
guint          hc_gantt_layout_count_pages  (HcGanttChart         *chart,
                                             const HcGanttOptions *options);
/* Consecutive slices of whole months, all drawn at the same scale (the
 * last may be shorter), together covering week 0 to the chart's end
 * week.  1 without options->split_time or when the plan fits. */
guint          hc_gantt_layout_count_time_slices (HcGanttChart         *chart,
                                                  const HcGanttOptions *options);
HcGanttLayout *hc_gantt_layout_new_page     (HcGanttChart         *chart,
                                             const HcGanttOptions *options,
                                             guint                 page);
/* The page height that holds every row on one page at options->width
 * (for "fit" pages), at most 200 in: the largest page PDF readers open. */
double         hc_gantt_layout_get_fit_height (HcGanttChart         *chart,
                                               const HcGanttOptions *options);
/* The same without the limit: one image of the whole chart (Copy Chart). */
double         hc_gantt_layout_get_whole_height (HcGanttChart         *chart,
                                                 const HcGanttOptions *options);

/* The scrolled view: the axis header, then every row, options->width wide
 * and hc_gantt_layout_get_content_height() tall.  Only rows that meet
 * @visible (in content coordinates) are laid out; the header is placed at
 * the top of @visible so it stays in view. */
double         hc_gantt_layout_get_content_height (HcGanttChart         *chart,
                                                   const HcGanttOptions *options);
HcGanttLayout *hc_gantt_layout_new_visible  (HcGanttChart         *chart,
                                             const HcGanttOptions *options,
                                             const HcChartRect    *visible);

void           hc_gantt_layout_free         (HcGanttLayout        *layout);

/* For the interactive view, which scrolls through time: where the plot
 * starts (the label column and its gaps before it), and the width that
 * gives the plot @plot_width. */
double         hc_gantt_layout_get_plot_x   (const HcGanttOptions *options);
void           hc_gantt_options_set_plot_width (HcGanttOptions    *options,
                                                double             plot_width);
/* The axis header's height for @chart (its rows depend on its length). */
double         hc_gantt_layout_get_header_height (HcGanttChart    *chart);
/* Where item @item_index's row lies in the scrolled view: its top (below
 * the header) and its height. */
void           hc_gantt_layout_get_item_extent (HcGanttChart      *chart,
                                                guint              item_index,
                                                double            *top,
                                                double            *height);
/* The narrowest week for which every week's number is drawn. */
double         hc_gantt_layout_get_week_label_width (HcGanttChart *chart);
/* Only the legend, @width wide, on as many lines as it needs (a view's
 * footer strip); layout->height is the strip's height. */
HcGanttLayout *hc_gantt_layout_new_legend   (double                width);

/* The x of a week offset (week 1 is [0, 1)). */
double         hc_gantt_layout_x_for_week   (const HcGanttLayout  *layout,
                                             double                week);
/* The position index (in hc_plan_get_positions()) of the row under the
 * point, or -1. */
int            hc_gantt_layout_item_at      (const HcGanttLayout  *layout,
                                             double                x,
                                             double                y);
typedef enum
{
  HC_GANTT_HIT_NONE,
  HC_GANTT_HIT_PHASE_ROW,    /* a phase's row, off its band */
  HC_GANTT_HIT_PHASE_BAND,   /* a phase's band: drag to move the phase */
  HC_GANTT_HIT_POSITION_ROW, /* a position's row, off its bars */
  HC_GANTT_HIT_BAR,          /* its bars: drag to move its search start */
  HC_GANTT_HIT_START_LOW,    /* the earliest start: shorter or longer to hire */
  HC_GANTT_HIT_START_HIGH,   /* the latest start */
} HcGanttHitKind;

typedef struct
{
  HcGanttHitKind kind;
  guint          item_index;      /* G_MAXUINT with HC_GANTT_HIT_NONE */
  guint          position_index;  /* G_MAXUINT but on a position's row */
} HcGanttHit;

/* What lies under the point, among the laid-out rows: the ends of a
 * start range count within @grip of their x, nearest first, so a thin
 * range still offers both ends. */
HcGanttHit     hc_gantt_layout_hit          (const HcGanttLayout  *layout,
                                             double                x,
                                             double                y,
                                             double                grip);
/* The row of position @position_index, or NULL if it is not laid out. */
const HcGanttRow *hc_gantt_layout_find_row  (const HcGanttLayout  *layout,
                                             guint                 position_index);
const char    *hc_gantt_legend_get_label    (HcGanttLegendKind     kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcGanttLayout, hc_gantt_layout_free)

G_END_DECLS
