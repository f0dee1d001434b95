/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hc-chart-format.h"
#include "hc-chart-text-private.h"
#include "hc-gantt-chart-private.h"
#include "hc-gantt-layout.h"

/* Sizes in chart units (1/96 in), chosen on a 1280 × 720 slide. */
#define MARGIN          28.0
#define TITLE_H         34.0
#define SUBTITLE_H      20.0
#define PLAN_SUBTITLE_H 22.0
#define TITLE_GAP       14.0
#define QUARTER_H       18.0
#define MONTH_H         22.0
#define WEEK_H          20.0
#define PHASE_ROW_H     28.0
#define POSITION_ROW_H  24.0
#define TODAY_H         18.0
#define FOOTER_GAP      10.0
#define LEGEND_H        20.0
#define SUMMARY_H       18.0
#define SUMMARY_LINES   2
#define LABEL_GAP       12.0
#define ROW_INDENT      14.0
#define MAX_STRETCH     1.8
/* Quarter labels once the axis is longer than nine months. */
#define QUARTERS_FROM_WEEKS 39.0
/* A fit page taller than this (200 in, the PDF limit) is paginated. */
#define MAX_PAGE_HEIGHT (200.0 * HC_CHART_UNITS_PER_INCH)

typedef struct
{
  guint    first;     /* item index */
  guint    end;
  gboolean continued; /* starts inside a phase: repeat its header */
} PageSpan;

/* A time slice of a page: weeks [start, end), drawn at @span weeks to the
 * full plot width, the same on every slice. */
typedef struct
{
  double start;
  double end;
  double span;
} TimeSlice;

typedef struct
{
  HcGanttChart         *chart;
  const HcGanttOptions *options;
  HcGanttLayout        *layout;
  HcChartText          *text;
  double                row_scale;
  /* The x range a scrolled view shows: header text outside it is not
   * measured, which is most of a layout's cost on a long axis. */
  double                text_x0;
  double                text_x1;
} Builder;

static gboolean
text_wanted (Builder *b, double x0, double x1)
{
  return b->text_x1 <= b->text_x0 || (x1 >= b->text_x0 && x0 <= b->text_x1);
}

void
hc_gantt_options_init (HcGanttOptions *options,
                       double          width,
                       double          height)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();

  memset (options, 0, sizeof *options);
  options->width = width;
  options->height = height;
  options->show_title = TRUE;
  options->show_footer = TRUE;
  g_date_clear (&options->today, 1);
  g_date_set_dmy (&options->today, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
}

const char *
hc_gantt_legend_get_label (HcGanttLegendKind kind)
{
  switch (kind)
    {
    case HC_GANTT_LEGEND_GENERALIST: return _("Generalist");
    case HC_GANTT_LEGEND_SPECIALIST: return _("Specialist");
    case HC_GANTT_LEGEND_SEARCH: return _("Search");
    case HC_GANTT_LEGEND_START_RANGE: return _("Start, earliest to latest");
    case HC_GANTT_LEGEND_MILESTONE: return _("Earliest start");
    case HC_GANTT_LEGEND_RAMP_UP: return _("Ramp-up to productive");
    default: g_return_val_if_reached ("");
    }
}

static double
item_height (const HcGanttItem *item)
{
  return item->kind == HC_GANTT_ITEM_PHASE ? PHASE_ROW_H : POSITION_ROW_H;
}

static gboolean
has_quarters (HcGanttChart *chart)
{
  return chart->end_week > QUARTERS_FROM_WEEKS;
}

static double
header_height (HcGanttChart *chart)
{
  return (has_quarters (chart) ? QUARTER_H : 0) + MONTH_H + WEEK_H;
}

static gboolean
today_in_plan (HcGanttChart *chart, const HcGanttOptions *options, double *week)
{
  if (!g_date_valid (&options->today) || !g_date_valid (&chart->start_date))
    return FALSE;
  *week = hc_chart_week_for_date (&chart->start_date, &options->today);
  return *week >= 0 && *week <= chart->end_week;
}

/* The plan's own subtitle takes a line of its own, under the title and
 * above the figures, on every page. */
static double
title_height (HcGanttChart *chart, const HcGanttOptions *options)
{
  if (!options->show_title)
    return 0;
  return TITLE_H + (chart->plan_subtitle != NULL ? PLAN_SUBTITLE_H : 0) + SUBTITLE_H + TITLE_GAP;
}

/* The room the footer keeps at the right of the summary for "Page N of
 * M": the summary is wrapped before the pages are counted. */
static double
page_label_reserve (void)
{
  g_autofree char *label = g_strdup_printf (_("Page %u of %u"), 99u, 99u);

  return _hc_chart_text_width (_hc_chart_text_get_measurer (), HC_CHART_TEXT_SMALL, label) + 16;
}

/* The summary under the legend, in lines that fit @width: broken between
 * its " · " parts, never inside one, into at most SUMMARY_LINES lines, of
 * which only the last is cut if it must be.  A German summary ("701 Tsd.
 * $–1,29 Mio. $") is half again as long as the English one and would lose
 * its last parts on one line. */
static GPtrArray *
wrap_summary (const char *summary,
              double      width)
{
  HcChartText *text = _hc_chart_text_get_measurer ();
  GPtrArray *lines = g_ptr_array_new_with_free_func (g_free);
  g_auto(GStrv) parts = g_strsplit (summary != NULL ? summary : "", " · ", -1);
  g_autoptr(GString) line = NULL;

  for (guint i = 0; parts[i] != NULL; i++)
    {
      g_autofree char *longer = line != NULL ? g_strconcat (line->str, " · ", parts[i], NULL) : NULL;

      if (line == NULL)
        line = g_string_new (parts[i]);
      else if (lines->len + 1 >= SUMMARY_LINES
               || _hc_chart_text_width (text, HC_CHART_TEXT_SMALL, longer) <= width)
        g_string_assign (line, longer);
      else
        {
          g_ptr_array_add (lines, g_string_free (g_steal_pointer (&line), FALSE));
          line = g_string_new (parts[i]);
        }
    }
  if (line != NULL)
    g_ptr_array_add (lines, g_string_free (g_steal_pointer (&line), FALSE));
  return lines;
}

static double
summary_width (const HcGanttOptions *options)
{
  return options->width - 2 * MARGIN - page_label_reserve ();
}

static double
footer_height (HcGanttChart         *chart,
               const HcGanttOptions *options)
{
  g_autoptr(GPtrArray) lines = NULL;

  if (!options->show_footer)
    return 0;
  lines = wrap_summary (chart->summary, summary_width (options));
  return FOOTER_GAP + LEGEND_H + MAX (lines->len, 1) * SUMMARY_H;
}

/* The room a page leaves for rows. */
static double
page_body_height (HcGanttChart *chart, const HcGanttOptions *options)
{
  double week;
  double fixed = 2 * MARGIN + title_height (chart, options) + header_height (chart) + footer_height (chart, options);

  if (today_in_plan (chart, options, &week))
    fixed += TODAY_H;
  return options->height - fixed;
}

static double
items_height (HcGanttChart *chart, guint first, guint end)
{
  double h = 0;

  for (guint i = first; i < end; i++)
    h += item_height (&g_array_index (chart->items, HcGanttItem, i));
  return h;
}

/* What the next row needs: a phase header is never left alone at the foot
 * of a page, so it asks for room for its first position too. */
static double
room_needed (HcGanttChart *chart, guint i)
{
  const HcGanttItem *item = &g_array_index (chart->items, HcGanttItem, i);
  double need = item_height (item);

  if (item->kind == HC_GANTT_ITEM_PHASE && i + 1 < chart->items->len &&
      g_array_index (chart->items, HcGanttItem, i + 1).kind == HC_GANTT_ITEM_POSITION)
    need += POSITION_ROW_H;
  return need;
}

static GArray *
paginate (HcGanttChart *chart, double body_h)
{
  GArray *pages = g_array_new (FALSE, TRUE, sizeof (PageSpan));
  guint n = chart->items->len;
  guint i = 0;

  do
    {
      PageSpan span = { i, i, FALSE };
      double used = 0;

      span.continued = i < n && g_array_index (chart->items, HcGanttItem, i).kind == HC_GANTT_ITEM_POSITION;
      if (span.continued)
        used = PHASE_ROW_H;
      /* Always take one row, so a page too small for any still ends. */
      while (span.end < n && (span.end == i || used + room_needed (chart, span.end) <= body_h))
        used += item_height (&g_array_index (chart->items, HcGanttItem, span.end++));
      g_array_append_val (pages, span);
      i = span.end;
    }
  while (i < n);
  return pages;
}

static GArray *
paginate_for (HcGanttChart *chart, const HcGanttOptions *options)
{
  return paginate (chart, MAX (page_body_height (chart, options), PHASE_ROW_H + POSITION_ROW_H));
}

static GArray *kept_pages (HcGanttChart *chart, const HcGanttOptions *options, GArray *pages);

guint
hc_gantt_layout_count_pages (HcGanttChart         *chart,
                             const HcGanttOptions *options)
{
  g_autoptr(GArray) pages = NULL;
  g_autoptr(GArray) kept = NULL;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (options != NULL, 0);

  pages = paginate_for (chart, options);
  kept = kept_pages (chart, options, pages);
  return kept->len;
}

/* What the label column needs for every row's label uncut, measured once
 * a chart: rows are many, layouts (a page each) more. */
static double
widest_label (HcGanttChart *chart)
{
  HcChartText *text;

  if (chart->label_width > 0)
    return chart->label_width;
  text = _hc_chart_text_get_measurer ();
  chart->label_width = 1;
  for (guint i = 0; i < chart->items->len; i++)
    {
      const HcGanttItem *item = &g_array_index (chart->items, HcGanttItem, i);
      double need;

      if (item->kind == HC_GANTT_ITEM_PHASE)
        need = _hc_chart_text_width (text, HC_CHART_TEXT_HEADING, item->label);
      else
        {
          need = ROW_INDENT + _hc_chart_text_width (text, HC_CHART_TEXT_BODY, item->label);
          if (item->count > 1)
            {
              g_autofree char *badge = g_strdup_printf ("×%u", item->count);
              need += _hc_chart_text_width (text, HC_CHART_TEXT_HEADING, badge) + 6;
            }
        }
      /* A pixel of slack: measured and drawn widths round apart. */
      chart->label_width = MAX (chart->label_width, need + 1);
    }
  return chart->label_width;
}

static double
label_column_width (HcGanttChart *chart, const HcGanttOptions *options)
{
  double usual = CLAMP (floor (options->width * 0.27), 150.0, 360.0);

  /* The Timeline's view fixes its label column. */
  if (options->label_width > 0)
    return options->label_width;
  if (chart == NULL)
    return usual;
  /* Wider when a label needs it and the page has room: "Berlin, Germany"
   * was cut to "Berlin, Ger…" beside a plot with weeks to spare.  Up to
   * 40 % of the width, so the plot keeps the larger part. */
  return MAX (usual, MIN (ceil (widest_label (chart)), floor (options->width * 0.4)));
}

static double
plot_x (HcGanttChart *chart, const HcGanttOptions *options)
{
  return MARGIN + label_column_width (chart, options) + LABEL_GAP;
}

static double
full_plot_width (HcGanttChart *chart, const HcGanttOptions *options)
{
  return MAX (options->width - MARGIN - plot_x (chart, options), 40.0);
}

/* The longest month in weeks: a slice of n months is drawn at n of these
 * to the plot's width, so that every slice, whatever its months, has
 * the same scale and fits. */
#define LONGEST_MONTH_WEEKS (31.0 / 7.0)

/* Calendar months (hc-chart-format.h): the axis ends on a month's start. */
static guint
chart_months (HcGanttChart *chart)
{
  return MAX (1, hc_chart_month_for_week (&chart->start_date, chart->end_week - 1e-6) + 1);
}

static double
month_week (HcGanttChart *chart, guint month)
{
  return hc_chart_week_for_month (&chart->start_date, month);
}

/* Months per time slice: as many as keep a week HC_GANTT_MIN_WEEK_WIDTH
 * wide, then evened out so the last page is not a stub of one month. */
static guint
months_per_slice (HcGanttChart *chart, const HcGanttOptions *options)
{
  guint n_months = chart_months (chart);
  guint max_months, n_slices;

  if (!options->split_time)
    return n_months;
  max_months = MAX (1, (guint) floor (full_plot_width (chart, options) /
                                      (HC_GANTT_MIN_WEEK_WIDTH * LONGEST_MONTH_WEEKS)));
  if (n_months <= max_months)
    return n_months;
  n_slices = (n_months + max_months - 1) / max_months;
  return (n_months + n_slices - 1) / n_slices;
}

guint
hc_gantt_layout_count_time_slices (HcGanttChart         *chart,
                                   const HcGanttOptions *options)
{
  guint per_slice;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (options != NULL, 0);

  per_slice = months_per_slice (chart, options);
  return (chart_months (chart) + per_slice - 1) / per_slice;
}

static TimeSlice
time_slice (HcGanttChart *chart, const HcGanttOptions *options, guint index)
{
  guint per_slice = months_per_slice (chart, options);
  guint n_slices = hc_gantt_layout_count_time_slices (chart, options);

  /* One slice is the whole axis, exactly as without splitting. */
  if (n_slices == 1)
    return (TimeSlice) { 0, chart->end_week, chart->end_week };
  return (TimeSlice) {
    month_week (chart, index * per_slice),
    index + 1 == n_slices ? chart->end_week : month_week (chart, (index + 1) * per_slice),
    per_slice * LONGEST_MONTH_WEEKS,
  };
}

/* Whether any position row of @span has a bar in @slice: its search, its
 * start or its ramp-up. */
static gboolean
span_meets_slice (HcGanttChart *chart, const PageSpan *span, TimeSlice slice)
{
  for (guint i = span->first; i < span->end; i++)
    {
      const HcGanttItem *item = &g_array_index (chart->items, HcGanttItem, i);
      double from = MIN (item->search_start, item->start.low);
      double to = MAX (item->productive.high, item->start.high);

      if (item->kind == HC_GANTT_ITEM_POSITION && from < slice.end && to > slice.start)
        return TRUE;
    }
  return FALSE;
}

/* The pages printed, each as row page × n_slices + time slice: every
 * (rows, time) pair, less those of a split plan where no bar falls — a
 * page of empty rows says nothing.  A row page none of whose bars falls
 * anywhere (phases alone) keeps its first slice, so no row is lost. */
static GArray *
kept_pages (HcGanttChart *chart, const HcGanttOptions *options, GArray *pages)
{
  guint n_slices = hc_gantt_layout_count_time_slices (chart, options);
  GArray *kept = g_array_new (FALSE, FALSE, sizeof (guint));

  for (guint p = 0; p < pages->len; p++)
    {
      guint before = kept->len;

      for (guint t = 0; t < n_slices; t++)
        {
          guint index = p * n_slices + t;

          if (n_slices == 1 || span_meets_slice (chart, &g_array_index (pages, PageSpan, p),
                                                 time_slice (chart, options, t)))
            g_array_append_val (kept, index);
        }
      if (kept->len == before)
        {
          guint index = p * n_slices;
          g_array_append_val (kept, index);
        }
    }
  return kept;
}

double
hc_gantt_layout_x_for_week (const HcGanttLayout *layout,
                            double               week)
{
  return layout->plot.x + (week - layout->start_week) / (layout->end_week - layout->start_week) * layout->plot.width;
}

static HcGanttLayout *
layout_alloc (HcGanttChart *chart, const HcGanttOptions *options, double height)
{
  HcGanttLayout *layout = g_new0 (HcGanttLayout, 1);

  layout->width = options->width;
  layout->height = height;
  layout->start_week = 0;
  layout->end_week = chart->end_week;
  layout->n_row_pages = layout->n_time_slices = 1;
  layout->label_column = (HcChartRect) { MARGIN, 0, label_column_width (chart, options), 0 };
  layout->plot.x = plot_x (chart, options);
  layout->plot.width = full_plot_width (chart, options);
  layout->rows = g_array_new (FALSE, TRUE, sizeof (HcGanttRow));
  layout->week_ticks = g_array_new (FALSE, TRUE, sizeof (HcGanttTick));
  layout->bands = g_array_new (FALSE, TRUE, sizeof (HcGanttBand));
  layout->grid = g_array_new (FALSE, TRUE, sizeof (double));
  layout->legend = g_array_new (FALSE, TRUE, sizeof (HcGanttLegendItem));
  layout->labels = hc_chart_label_array_new ();
  return layout;
}

void
hc_gantt_layout_free (HcGanttLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->rows);
  g_array_unref (layout->week_ticks);
  g_array_unref (layout->bands);
  g_array_unref (layout->grid);
  g_array_unref (layout->legend);
  g_array_unref (layout->labels);
  g_free (layout);
}

static void
add_label (Builder *b, HcChartTextKind kind, HcChartAlign align, HcChartRect r, char *text_owned)
{
  hc_chart_label_array_add (b->layout->labels, kind, align, r.x, r.y, r.width, r.height, text_owned);
}

/* The longest of @candidates that fits @width, or NULL. */
static const char *
pick_fitting (Builder *b, HcChartTextKind kind, const char * const *candidates, double width)
{
  for (guint i = 0; candidates[i] != NULL; i++)
    if (_hc_chart_text_width (b->text, kind, candidates[i]) + 6 <= width)
      return candidates[i];
  return NULL;
}

static void
add_band (Builder *b, double x0, double x1, double y, double h, guint shade, const char * const *candidates)
{
  HcGanttBand band = { { x0, y, x1 - x0, h }, shade };
  const char *text;

  g_array_append_val (b->layout->bands, band);
  if (!text_wanted (b, x0, x1))
    return;
  text = pick_fitting (b, HC_CHART_TEXT_AXIS, candidates, x1 - x0);
  if (text != NULL)
    add_label (b, HC_CHART_TEXT_AXIS, HC_CHART_ALIGN_CENTER,
               (HcChartRect) { x0 + 2, y, x1 - x0 - 4, h }, g_strdup (text));
}

static char *
format_with (const GDate *date, const char *format)
{
  char buf[128] = "";

  if (g_date_valid (date))
    g_date_strftime (buf, sizeof buf, format, date);
  return g_strdup (buf);
}

/* The width one day takes on the plot. */
static double
day_width (Builder *b)
{
  return b->layout->plot.width / (b->layout->end_week - b->layout->start_week) / 7.0;
}

/* A year on its own, for the one label of a row that carries it when
 * its whole date does not fit: "2027", else "’27". */
static void
year_candidates (const GDate *date, char **year, char **short_year)
{
  *year = format_with (date, "%Y");
  /* Translators: a year shortened to its last two digits, on a chart's
   * axis where "2027" does not fit: "’27". */
  *short_year = g_strdup_printf (_("’%02u"), g_date_valid (date) ? g_date_get_year (date) % 100 : 0);
}

/* ---- quarters ------------------------------------------------------------ */

/* How the quarter row names its quarters: one form for the whole row,
 * the longest that a whole quarter has room for. */
typedef enum
{
  QUARTER_FORM_FULL,   /* "Q1 2027" */
  QUARTER_FORM_SHORT,  /* "Q1 ’27" */
  QUARTER_FORM_BARE,   /* "Q1"; the year on the first quarter and on each Q1 */
} QuarterForm;

static char *
quarter_text (const GDate *date, QuarterForm form)
{
  guint q = (g_date_get_month (date) - 1) / 3 + 1;

  switch (form)
    {
    case QUARTER_FORM_FULL:
      return g_strdup_printf (_("Q%u %u"), q, g_date_get_year (date));
    case QUARTER_FORM_SHORT:
      /* Translators: a quarter and its year's last two digits: "Q1 ’27". */
      return g_strdup_printf (_("Q%u ’%02u"), q, g_date_get_year (date) % 100);
    case QUARTER_FORM_BARE:
    default:
      return g_strdup_printf (_("Q%u"), q);
    }
}

static QuarterForm
pick_quarter_form (Builder *b)
{
  /* The shortest quarter (February's) has 89 days. */
  double room = 89 * day_width (b) - 6;
  GDate date = b->chart->start_date;

  for (QuarterForm form = QUARTER_FORM_FULL; form < QUARTER_FORM_BARE; form++)
    {
      g_autofree char *widest = NULL;

      /* Q4 in the plan's last year: the widest digits it writes. */
      g_date_set_dmy (&date, 1, G_DATE_OCTOBER, g_date_get_year (&b->chart->start_date) + 1);
      widest = quarter_text (&date, form);
      if (_hc_chart_text_width (b->text, HC_CHART_TEXT_AXIS, widest) <= room)
        return form;
    }
  return QUARTER_FORM_BARE;
}

static void
add_quarter (Builder *b, const GDate *date, double y, guint shade, QuarterForm form, gboolean first)
{
  HcGanttLayout *layout = b->layout;
  GDate next = *date;
  g_autofree char *chosen = quarter_text (date, form);
  g_autofree char *full = quarter_text (date, QUARTER_FORM_FULL);
  g_autofree char *shorter = quarter_text (date, QUARTER_FORM_SHORT);
  g_autofree char *bare = quarter_text (date, QUARTER_FORM_BARE);
  g_autofree char *year = NULL, *short_year = NULL;
  gboolean carries_year = form == QUARTER_FORM_BARE && (first || g_date_get_month (date) == G_DATE_JANUARY);
  /* The row's form; a quarter the axis cuts short at its end takes a
   * shorter one that fits, its year kept while there is room for it. */
  const char *candidates[] = { chosen, shorter, bare, NULL };
  const char *with_year[] = { full, shorter, year, short_year, bare, NULL };
  double w0, w1;

  year_candidates (date, &year, &short_year);
  with_year[2] = year;
  with_year[3] = short_year;
  g_date_add_months (&next, 3);
  w0 = MAX (layout->start_week, hc_chart_week_for_date (&b->chart->start_date, date));
  w1 = MIN (layout->end_week, hc_chart_week_for_date (&b->chart->start_date, &next));
  /* On a time slice, quarters before it are skipped. */
  if (w1 - w0 > 1e-6)
    add_band (b, hc_gantt_layout_x_for_week (layout, w0), hc_gantt_layout_x_for_week (layout, w1),
              y, QUARTER_H, shade, carries_year ? with_year : candidates);
}

static void
add_quarters (Builder *b, double y)
{
  GDate date = b->chart->start_date;
  QuarterForm form;
  gboolean first = TRUE;

  if (!g_date_valid (&date))
    return;
  form = pick_quarter_form (b);
  g_date_set_day (&date, 1);
  g_date_set_month (&date, (g_date_get_month (&date) - 1) / 3 * 3 + 1);

  /* Shades counted from the plan's first quarter, so they alternate the
   * same way on every time slice. */
  for (guint i = 0; hc_chart_week_for_date (&b->chart->start_date, &date) < b->layout->end_week; i++)
    {
      GDate next = date;

      g_date_add_months (&next, 3);
      add_quarter (b, &date, y, i % 2, form,
                   first && hc_chart_week_for_date (&b->chart->start_date, &next) > b->layout->start_week + 1e-6);
      if (hc_chart_week_for_date (&b->chart->start_date, &next) > b->layout->start_week + 1e-6)
        first = FALSE;
      date = next;
    }
}

/* ---- months ---------------------------------------------------------------- */

/* How the month row names its months: one form for the whole row, the
 * longest that every month has room for, so that a month never shows a
 * date its neighbour does not, whatever the zoom. */
typedef enum
{
  MONTH_FORM_FULL,     /* "February 2027" */
  MONTH_FORM_MEDIUM,   /* "Feb 2027" */
  MONTH_FORM_SHORT,    /* "Feb"; the year on the first month and on each January */
  MONTH_FORM_INITIAL,  /* "F"; likewise */
  MONTH_FORM_NONE,     /* no room for a letter */
} MonthForm;

static char *
month_text (const GDate *date, MonthForm form)
{
  g_autofree char *abbreviated = NULL;

  switch (form)
    {
    case MONTH_FORM_FULL:
      return format_with (date, "%B %Y");
    case MONTH_FORM_MEDIUM:
      return hc_chart_format_month (date);
    case MONTH_FORM_SHORT:
      return format_with (date, "%b");
    case MONTH_FORM_INITIAL:
      abbreviated = format_with (date, "%b");
      return g_utf8_substring (abbreviated, 0, 1);
    case MONTH_FORM_NONE:
    default:
      return g_strdup ("");
    }
}

static MonthForm
pick_month_form (Builder *b)
{
  /* The shortest month's band: 28 days. */
  double room = 28 * day_width (b) - 6;
  GDate date;

  g_date_clear (&date, 1);
  for (MonthForm form = MONTH_FORM_FULL; form < MONTH_FORM_NONE; form++)
    {
      gboolean fits = TRUE;

      /* Every month's name in this form, in the plan's first year. */
      for (GDateMonth month = G_DATE_JANUARY; fits && month <= G_DATE_DECEMBER; month++)
        {
          g_autofree char *text = NULL;

          g_date_set_dmy (&date, 1, month, g_date_valid (&b->chart->start_date)
                                           ? g_date_get_year (&b->chart->start_date) : 2000);
          text = month_text (&date, form);
          fits = _hc_chart_text_width (b->text, HC_CHART_TEXT_AXIS, text) <= room;
        }
      if (fits)
        return form;
    }
  return MONTH_FORM_NONE;
}

/* Where a month too narrow for its year carries it (the "F" form), the
 * year spans it and the months after it, up to a quarter, in place of
 * their letters; returns how many months the year covers, 0 if none. */
static guint
add_spanning_year (Builder *b, guint m, double y, const char *year, const char *short_year)
{
  HcGanttLayout *layout = b->layout;
  double x0 = hc_gantt_layout_x_for_week (layout, month_week (b->chart, m));

  for (guint n = 2; n <= 3 && month_week (b->chart, m + n - 1) < layout->end_week - 1e-6; n++)
    {
      double x1 = hc_gantt_layout_x_for_week (layout, MIN (month_week (b->chart, m + n), layout->end_week));
      const char *candidates[] = { year, short_year, NULL };
      const char *text = pick_fitting (b, HC_CHART_TEXT_AXIS, candidates, x1 - x0);

      if (text == NULL)
        continue;
      if (text_wanted (b, x0, x1))
        add_label (b, HC_CHART_TEXT_AXIS, HC_CHART_ALIGN_CENTER,
                   (HcChartRect) { x0 + 2, y, x1 - x0 - 4, MONTH_H }, g_strdup (text));
      return n;
    }
  return 0;
}

static void
add_months (Builder *b, double y)
{
  HcGanttLayout *layout = b->layout;
  /* Calendar months, named as dates ("Feb 2027"), the same on every
   * time slice; the CSV's rows and the budget chart's bars are these. */
  guint first = hc_chart_month_for_week (&b->chart->start_date, layout->start_week + 1e-6);
  MonthForm form = pick_month_form (b);
  guint covered = 0;  /* months whose place a spanning year took */

  for (guint m = first; month_week (b->chart, m) < layout->end_week - 1e-6; m++)
    {
      double w0 = month_week (b->chart, m);
      double x0 = hc_gantt_layout_x_for_week (layout, w0);
      double x1 = hc_gantt_layout_x_for_week (layout, MIN (month_week (b->chart, m + 1), layout->end_week));
      GDate from = hc_chart_date_for_month_name (&b->chart->start_date, m);
      g_autofree char *text = month_text (&from, form);
      g_autofree char *medium = month_text (&from, MONTH_FORM_MEDIUM);
      g_autofree char *year = NULL, *short_year = NULL;
      /* Where the row's form leaves the year out, the first month and
       * each January carry it: as a date where it fits, else the year
       * alone, which the next month's name explains. */
      gboolean carries_year = form >= MONTH_FORM_SHORT &&
                              (m == first || g_date_get_month (&from) == G_DATE_JANUARY);
      const char *own = text[0] != '\0' ? text : NULL;
      const char *candidates[] = { own, NULL };
      const char *with_year[] = { medium, NULL, NULL, NULL };
      const char *none[] = { NULL };

      year_candidates (&from, &year, &short_year);
      with_year[1] = year;
      with_year[2] = short_year;
      if (carries_year && covered == 0 &&
          pick_fitting (b, HC_CHART_TEXT_AXIS, with_year, x1 - x0) == NULL)
        covered = add_spanning_year (b, m, y, year, short_year);
      if (covered > 0)
        {
          add_band (b, x0, x1, y, MONTH_H, m % 2, none);
          covered--;
        }
      else if (carries_year && pick_fitting (b, HC_CHART_TEXT_AXIS, with_year, x1 - x0) != NULL)
        add_band (b, x0, x1, y, MONTH_H, m % 2, with_year);
      else
        add_band (b, x0, x1, y, MONTH_H, m % 2, candidates);
      if (m > first)
        g_array_append_val (layout->grid, x0);
    }
}

/* Week numbers every 1, 2, 4… weeks: as dense as they can be read. */
static guint
week_label_step (Builder *b)
{
  static const guint steps[] = { 1, 2, 4, 8, 13, 26, 52 };
  g_autofree char *widest = g_strdup_printf ("%u", (guint) ceil (b->layout->end_week));
  double min_gap = _hc_chart_text_width (b->text, HC_CHART_TEXT_AXIS, widest) + 8;
  double per_week = b->layout->plot.width / (b->layout->end_week - b->layout->start_week);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * per_week >= min_gap)
      return steps[i];
  return 104;
}

static void
add_weeks (Builder *b, double y)
{
  HcGanttLayout *layout = b->layout;
  guint step = week_label_step (b);
  guint n_weeks = (guint) floor (layout->end_week);
  double per_week = layout->plot.width / (layout->end_week - layout->start_week);

  /* Week w is [w − 1, w): a slice shows the weeks whose tick falls in it,
   * numbered as in the whole plan. */
  for (guint w = (guint) ceil (layout->start_week - 1e-6) + 1; w <= n_weeks; w++)
    {
      gboolean labelled = (w - 1) % step == 0;
      HcGanttTick tick = { hc_gantt_layout_x_for_week (layout, w - 1), labelled };
      g_autofree char *text = NULL;
      double cx, tw;

      if (!labelled && per_week < 4)
        continue;
      g_array_append_val (layout->week_ticks, tick);
      if (!labelled || !text_wanted (b, tick.x, tick.x + per_week))
        continue;
      text = g_strdup_printf ("%u", w);
      tw = _hc_chart_text_width (b->text, HC_CHART_TEXT_AXIS, text) + 2;
      cx = hc_gantt_layout_x_for_week (layout, w - 0.5);
      if (cx + tw / 2 <= layout->plot.x + layout->plot.width && cx - tw / 2 >= layout->plot.x)
        add_label (b, HC_CHART_TEXT_AXIS, HC_CHART_ALIGN_CENTER,
                   (HcChartRect) { cx - tw / 2, y, tw, WEEK_H }, g_steal_pointer (&text));
    }
}

static void
add_caption (Builder *b, double y, double h, const char *text)
{
  add_label (b, HC_CHART_TEXT_AXIS, HC_CHART_ALIGN_END,
             (HcChartRect) { b->layout->label_column.x, y, b->layout->label_column.width, h },
             g_strdup (text));
}

static void
add_axis_header (Builder *b, double y)
{
  HcGanttLayout *layout = b->layout;

  layout->header = (HcChartRect) { layout->plot.x, y, layout->plot.width, header_height (b->chart) };
  if (has_quarters (b->chart))
    {
      add_caption (b, y, QUARTER_H, _("Quarter"));
      add_quarters (b, y);
      y += QUARTER_H;
    }
  add_caption (b, y, MONTH_H, _("Month"));
  add_months (b, y);
  y += MONTH_H;
  add_caption (b, y, WEEK_H, _("Week"));
  add_weeks (b, y);
}

static void
add_phase_range_label (Builder *b, const HcGanttItem *item, const HcGanttRow *row)
{
  const HcChartRect *plot = &b->layout->plot;
  double w, x;

  if (!isfinite (row->band_x0) || item->range_label == NULL || item->range_label[0] == '\0')
    return;
  w = _hc_chart_text_width (b->text, HC_CHART_TEXT_SMALL, item->range_label);
  if (w + 12 <= row->band_x1 - row->band_x0)
    x = row->band_x0 + 6;
  else if (row->band_x1 + 6 + w <= plot->x + plot->width)
    x = row->band_x1 + 6;
  else if (row->band_x0 - 6 - w >= plot->x)
    x = row->band_x0 - 6 - w;
  else
    return;
  add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START,
             (HcChartRect) { x, row->rect.y, w, row->rect.height }, g_strdup (item->range_label));
}

static void
add_row_labels (Builder *b, const HcGanttItem *item, const HcGanttRow *row)
{
  const HcChartRect *col = &b->layout->label_column;
  double badge_w = 0;

  if (row->kind == HC_GANTT_ROW_PHASE)
    {
      char *name = row->continued ? g_strdup_printf (_("%s (continued)"), item->label) : g_strdup (item->label);
      add_label (b, HC_CHART_TEXT_HEADING, HC_CHART_ALIGN_START,
                 (HcChartRect) { col->x, row->rect.y, col->width, row->rect.height }, name);
      add_phase_range_label (b, item, row);
      return;
    }

  if (item->count > 1)
    {
      g_autofree char *badge = g_strdup_printf ("×%u", item->count);
      badge_w = _hc_chart_text_width (b->text, HC_CHART_TEXT_HEADING, badge);
      add_label (b, HC_CHART_TEXT_HEADING, HC_CHART_ALIGN_END,
                 (HcChartRect) { col->x + col->width - badge_w, row->rect.y, badge_w, row->rect.height },
                 g_steal_pointer (&badge));
      badge_w += 6;
    }
  add_label (b, HC_CHART_TEXT_BODY, HC_CHART_ALIGN_START,
             (HcChartRect) { col->x + ROW_INDENT, row->rect.y, col->width - ROW_INDENT - badge_w, row->rect.height },
             g_strdup (item->label));
}

static double
x_for (Builder *b, double week)
{
  return hc_gantt_layout_x_for_week (b->layout, CLAMP (week, b->layout->start_week, b->layout->end_week));
}

/* On a time slice, a phase's band shows only where the phase meets it. */
static gboolean
phase_in_slice (Builder *b, const HcGanttItem *item)
{
  if (!isfinite (item->phase_start) || !isfinite (item->phase_end))
    return FALSE;
  if (b->layout->n_time_slices == 1)
    return TRUE;
  return item->phase_end > b->layout->start_week && item->phase_start < b->layout->end_week;
}

static void
mark_clipping (Builder *b, const HcGanttItem *item, HcGanttRow *row)
{
  const double eps = 1e-6;
  double start = b->layout->start_week, end = b->layout->end_week;

  row->has_milestone = item->start.low >= start - eps && item->start.low <= end + eps;
  if (b->layout->n_time_slices == 1)
    return;
  row->continues_before = item->search_start < start - eps && item->productive.high > start + eps;
  row->continues_after = item->search_start < end - eps && item->productive.high > end + eps;
}

static void
add_row (Builder *b, guint item_index, gboolean continued, double y)
{
  const HcGanttItem *item = &g_array_index (b->chart->items, HcGanttItem, item_index);
  HcGanttLayout *layout = b->layout;
  double h = item_height (item) * b->row_scale;
  HcGanttRow row = {
    .kind = item->kind == HC_GANTT_ITEM_PHASE ? HC_GANTT_ROW_PHASE : HC_GANTT_ROW_POSITION,
    .item_index = item_index,
    .position_index = item->position_index,
    .continued = continued,
    .role_kind = item->role_kind,
    .count = item->count,
    .rect = { MARGIN, y, layout->width - 2 * MARGIN, h },
    .bar = { layout->plot.x, y + round (h * 0.22), layout->plot.width, round (h * 0.56) },
    .band_x0 = phase_in_slice (b, item) ? x_for (b, item->phase_start) : NAN,
    .band_x1 = phase_in_slice (b, item) ? x_for (b, item->phase_end) : NAN,
  };

  if (row.kind == HC_GANTT_ROW_POSITION)
    {
      row.search_x = x_for (b, item->search_start);
      row.start_low_x = x_for (b, item->start.low);
      row.start_high_x = x_for (b, item->start.high);
      row.productive_low_x = x_for (b, item->productive.low);
      row.productive_high_x = x_for (b, item->productive.high);
      mark_clipping (b, item, &row);
    }
  g_array_append_val (layout->rows, row);
  add_row_labels (b, item, &g_array_index (layout->rows, HcGanttRow, layout->rows->len - 1));
}

/* The header row of the phase that item @i belongs to. */
static guint
phase_of (HcGanttChart *chart, guint i)
{
  while (i > 0 && g_array_index (chart->items, HcGanttItem, i).kind != HC_GANTT_ITEM_PHASE)
    i--;
  return i;
}

static double
add_rows (Builder *b, const PageSpan *span, double y)
{
  if (span->continued)
    {
      add_row (b, phase_of (b->chart, span->first), TRUE, y);
      y += PHASE_ROW_H * b->row_scale;
    }
  for (guint i = span->first; i < span->end; i++)
    {
      add_row (b, i, FALSE, y);
      y += item_height (&g_array_index (b->chart->items, HcGanttItem, i)) * b->row_scale;
    }
  return y;
}

static void
add_today (Builder *b, double body_end)
{
  HcGanttLayout *layout = b->layout;
  g_autofree char *date = hc_chart_format_date_short (&b->options->today);
  char *text;
  double week, w, x;

  if (!today_in_plan (b->chart, b->options, &week) || week < layout->start_week || week > layout->end_week)
    return;
  layout->has_today = TRUE;
  layout->today_x = hc_gantt_layout_x_for_week (layout, week);
  text = g_strdup_printf (_("Today, %s"), date);
  w = _hc_chart_text_width (b->text, HC_CHART_TEXT_MARKER, text);
  x = CLAMP (layout->today_x - w / 2, layout->plot.x, layout->plot.x + layout->plot.width - w);
  add_label (b, HC_CHART_TEXT_MARKER, HC_CHART_ALIGN_CENTER, (HcChartRect) { x, body_end, w, TODAY_H }, text);
}

static void
add_title_block (Builder *b, double y)
{
  HcGanttLayout *layout = b->layout;
  g_autofree char *date = hc_chart_format_date (&b->options->today);
  g_autofree char *prepared = g_date_valid (&b->options->today) ? g_strdup_printf (_("Prepared %s"), date)
                                                                : g_strdup ("");
  double avail = layout->width - 2 * MARGIN;
  double prepared_w = _hc_chart_text_width (b->text, HC_CHART_TEXT_SMALL, prepared);
  double title_w = MIN (_hc_chart_text_width (b->text, HC_CHART_TEXT_TITLE, b->chart->title),
                        avail - prepared_w - 24);

  add_label (b, HC_CHART_TEXT_TITLE, HC_CHART_ALIGN_START, (HcChartRect) { MARGIN, y, title_w, TITLE_H },
             g_strdup (b->chart->title));
  add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_END,
             (HcChartRect) { layout->width - MARGIN - prepared_w, y, prepared_w, TITLE_H },
             g_steal_pointer (&prepared));
  y += TITLE_H;
  if (b->chart->plan_subtitle != NULL)
    {
      add_label (b, HC_CHART_TEXT_HEADING, HC_CHART_ALIGN_START,
                 (HcChartRect) { MARGIN, y, avail, PLAN_SUBTITLE_H }, g_strdup (b->chart->plan_subtitle));
      y += PLAN_SUBTITLE_H;
    }
  add_label (b, HC_CHART_TEXT_SUBTITLE, HC_CHART_ALIGN_START,
             (HcChartRect) { MARGIN, y, avail, SUBTITLE_H }, g_strdup (b->chart->subtitle));
}

static void
add_legend (Builder *b, double y)
{
  double x = MARGIN;

  for (HcGanttLegendKind kind = HC_GANTT_LEGEND_GENERALIST; kind <= HC_GANTT_LEGEND_RAMP_UP; kind++)
    {
      const char *text = hc_gantt_legend_get_label (kind);
      double w = _hc_chart_text_width (b->text, HC_CHART_TEXT_SMALL, text);
      HcGanttLegendItem item = { kind, { x, y + 5, 22, 10 } };

      if (x + 28 + w > b->layout->width - MARGIN)
        break;
      g_array_append_val (b->layout->legend, item);
      add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START, (HcChartRect) { x + 28, y, w, LEGEND_H },
                 g_strdup (text));
      x += 28 + w + 18;
    }
}

/* "Page N of M", and on a time slice the months it shows, so a reader
 * knows which part of the plan the page is. */
static char *
page_label (HcGanttChart *chart, const HcGanttLayout *layout, guint n_total)
{
  GDate first, last;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  if (layout->n_time_slices == 1)
    return g_strdup_printf (_("Page %u of %u"), layout->page + 1, n_total);
  first = hc_chart_date_for_month_name (&chart->start_date,
                                   hc_chart_month_for_week (&chart->start_date, layout->start_week + 1e-6));
  last = hc_chart_date_for_month_name (&chart->start_date,
                                  hc_chart_month_for_week (&chart->start_date, layout->end_week - 1e-6));
  from = hc_chart_format_month (&first);
  to = hc_chart_format_month (&last);
  /* "Page 2 of 4 · Feb 2028 – Jan 2029" */
  return g_strdup_printf (_("Page %u of %u · %s – %s"), layout->page + 1, n_total, from, to);
}

static void
add_footer (Builder *b)
{
  HcGanttLayout *layout = b->layout;
  g_autoptr(GPtrArray) lines = wrap_summary (b->chart->summary, summary_width (b->options));
  double y = layout->height - MARGIN - MAX (lines->len, 1) * SUMMARY_H;
  double page_w = 0;

  add_legend (b, y - LEGEND_H);
  if (layout->n_pages + b->options->pages_after > 1)
    {
      char *page = page_label (b->chart, layout, layout->n_pages + b->options->pages_after);
      double last_y = y + (MAX (lines->len, 1) - 1) * SUMMARY_H;

      page_w = _hc_chart_text_width (b->text, HC_CHART_TEXT_SMALL, page);
      add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_END,
                 (HcChartRect) { layout->width - MARGIN - page_w, last_y, page_w, SUMMARY_H }, page);
      page_w += 16;
    }
  if (b->chart->summary == NULL)
    return;
  for (guint i = 0; i < lines->len; i++)
    {
      /* Only the last line shares its row with the page label. */
      double w = layout->width - 2 * MARGIN - (i + 1 == lines->len ? page_w : 0);

      add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START,
                 (HcChartRect) { MARGIN, y + i * SUMMARY_H, w, SUMMARY_H },
                 g_strdup (g_ptr_array_index (lines, i)));
    }
}

/* Few rows on one page: let them breathe instead of leaving the slide's
 * lower half empty. */
static double
stretch_for (HcGanttChart *chart, const PageSpan *span, double body_h, guint n_pages)
{
  double used = items_height (chart, span->first, span->end) + (span->continued ? PHASE_ROW_H : 0);

  if (n_pages != 1 || used <= 0)
    return 1.0;
  return CLAMP (body_h / used, 1.0, MAX_STRETCH);
}

/* The slice's weeks over its share of the plot: every slice at one scale. */
static void
set_time_slice (HcGanttLayout *layout, TimeSlice slice)
{
  layout->start_week = slice.start;
  layout->end_week = slice.end;
  layout->plot.width = layout->plot.width * (slice.end - slice.start) / slice.span;
}

HcGanttLayout *
hc_gantt_layout_new_page (HcGanttChart         *chart,
                          const HcGanttOptions *options,
                          guint                 page)
{
  g_autoptr(GArray) pages = NULL;
  g_autoptr(GArray) kept = NULL;
  HcChartText *text = _hc_chart_text_get_measurer ();
  Builder b = { chart, options, NULL, NULL, 1.0 };
  const PageSpan *span;
  guint n_slices, index;
  double y, body_end;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (options != NULL && options->width > 0 && options->height > 0, NULL);

  pages = paginate_for (chart, options);
  kept = kept_pages (chart, options, pages);
  n_slices = hc_gantt_layout_count_time_slices (chart, options);
  g_return_val_if_fail (page < kept->len, NULL);
  index = g_array_index (kept, guint, page);
  span = &g_array_index (pages, PageSpan, index / n_slices);

  b.text = text;
  b.layout = layout_alloc (chart, options, options->height);
  b.layout->page = page;
  b.layout->n_pages = kept->len;
  b.layout->row_page = index / n_slices;
  b.layout->n_row_pages = pages->len;
  b.layout->time_slice = index % n_slices;
  b.layout->n_time_slices = n_slices;
  set_time_slice (b.layout, time_slice (chart, options, index % n_slices));
  b.row_scale = stretch_for (chart, span, page_body_height (chart, options), pages->len);

  y = MARGIN;
  if (options->show_title)
    add_title_block (&b, y);
  y += title_height (b.chart, options);
  add_axis_header (&b, y);
  y += header_height (chart);
  body_end = add_rows (&b, span, y);
  b.layout->plot.y = y;
  b.layout->plot.height = body_end - y;
  b.layout->label_column.y = y;
  b.layout->label_column.height = body_end - y;
  add_today (&b, body_end);
  if (options->show_footer)
    add_footer (&b);
  return b.layout;
}

double
hc_gantt_layout_get_whole_height (HcGanttChart         *chart,
                                  const HcGanttOptions *options)
{
  HcGanttOptions fit;

  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (options != NULL, 0);

  /* With a height of 0 the body is minus the fixed parts' height. */
  fit = *options;
  fit.height = 0;
  return ceil (-page_body_height (chart, &fit) + items_height (chart, 0, chart->items->len));
}

double
hc_gantt_layout_get_fit_height (HcGanttChart         *chart,
                                const HcGanttOptions *options)
{
  g_return_val_if_fail (chart != NULL, 0);
  g_return_val_if_fail (options != NULL, 0);

  return MIN (hc_gantt_layout_get_whole_height (chart, options), MAX_PAGE_HEIGHT);
}

double
hc_gantt_layout_get_content_height (HcGanttChart         *chart,
                                    const HcGanttOptions *options)
{
  double week;

  g_return_val_if_fail (chart != NULL, 0);
  return header_height (chart) + items_height (chart, 0, chart->items->len) +
         (today_in_plan (chart, options, &week) ? TODAY_H : 0) + 8;
}

HcGanttLayout *
hc_gantt_layout_new_visible (HcGanttChart         *chart,
                             const HcGanttOptions *options,
                             const HcChartRect    *visible)
{
  HcChartText *text = _hc_chart_text_get_measurer ();
  Builder b = { chart, options, NULL, NULL, 1.0 };
  double hh = header_height (chart);
  double y = hh, body_end;

  g_return_val_if_fail (chart != NULL, NULL);
  g_return_val_if_fail (options != NULL && options->width > 0, NULL);
  g_return_val_if_fail (visible != NULL, NULL);

  b.text = text;
  b.text_x0 = visible->x;
  b.text_x1 = visible->x + visible->width;
  b.layout = layout_alloc (chart, options, hc_gantt_layout_get_content_height (chart, options));
  b.layout->n_pages = 1;

  for (guint i = 0; i < chart->items->len; i++)
    {
      double h = item_height (&g_array_index (chart->items, HcGanttItem, i));

      /* Rows hidden under the pinned header are not drawn either. */
      if (y + h > visible->y + hh && y < visible->y + visible->height)
        add_row (&b, i, FALSE, y);
      y += h;
    }
  body_end = y;
  b.layout->plot.y = hh;
  b.layout->plot.height = body_end - hh;
  b.layout->label_column.y = hh;
  b.layout->label_column.height = body_end - hh;
  if (!options->rows_only)
    add_axis_header (&b, visible->y);
  add_today (&b, body_end);
  return b.layout;
}

int
hc_gantt_layout_item_at (const HcGanttLayout *layout,
                         double               x,
                         double               y)
{
  g_return_val_if_fail (layout != NULL, -1);

  if (hc_chart_rect_contains_point (&layout->header, x, y))
    return -1;
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);

      if (row->kind == HC_GANTT_ROW_POSITION && hc_chart_rect_contains_point (&row->rect, x, y))
        return (int) row->position_index;
    }
  return -1;
}

const HcGanttRow *
hc_gantt_layout_find_row (const HcGanttLayout *layout,
                          guint                position_index)
{
  g_return_val_if_fail (layout != NULL, NULL);

  for (guint i = 0; i < layout->rows->len; i++)
    {
      const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
      if (row->kind == HC_GANTT_ROW_POSITION && row->position_index == position_index)
        return row;
    }
  return NULL;
}

double
hc_gantt_layout_get_plot_x (const HcGanttOptions *options)
{
  g_return_val_if_fail (options != NULL, 0);
  /* Without a chart, the label column is the fixed or the usual one. */
  return plot_x (NULL, options);
}

void
hc_gantt_options_set_plot_width (HcGanttOptions *options,
                                 double          plot_width)
{
  g_return_if_fail (options != NULL);
  /* The label column must not follow the width, or the plot would move
   * as it grows. */
  g_return_if_fail (options->label_width > 0);
  options->width = plot_x (NULL, options) + MAX (plot_width, 40.0) + MARGIN;
}

double
hc_gantt_layout_get_header_height (HcGanttChart *chart)
{
  g_return_val_if_fail (chart != NULL, 0);
  return header_height (chart);
}

double
hc_gantt_layout_get_week_label_width (HcGanttChart *chart)
{
  g_autofree char *widest = NULL;

  g_return_val_if_fail (chart != NULL, 0);
  /* As week_label_step() asks of a step of one week. */
  widest = g_strdup_printf ("%u", (guint) ceil (chart->end_week));
  return ceil (_hc_chart_text_width (_hc_chart_text_get_measurer (), HC_CHART_TEXT_AXIS, widest) + 8);
}

/* Like add_legend(), but wrapping onto more lines rather than leaving
 * items out: a narrow window still explains every mark. */
static double
add_legend_wrapped (Builder *b, double y)
{
  double x = MARGIN;

  for (HcGanttLegendKind kind = HC_GANTT_LEGEND_GENERALIST; kind <= HC_GANTT_LEGEND_RAMP_UP; kind++)
    {
      const char *text = hc_gantt_legend_get_label (kind);
      double w = _hc_chart_text_width (b->text, HC_CHART_TEXT_SMALL, text);
      HcGanttLegendItem item;

      if (x > MARGIN && x + 28 + w > b->layout->width - MARGIN)
        {
          x = MARGIN;
          y += LEGEND_H;
        }
      item = (HcGanttLegendItem) { kind, { x, y + 5, 22, 10 } };
      g_array_append_val (b->layout->legend, item);
      add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START, (HcChartRect) { x + 28, y, w, LEGEND_H },
                 g_strdup (text));
      x += 28 + w + 18;
    }
  return y + LEGEND_H;
}

HcGanttLayout *
hc_gantt_layout_new_legend (double width)
{
  HcGanttOptions options = { .width = width };
  Builder b = { NULL, &options, NULL, _hc_chart_text_get_measurer (), 1.0 };

  g_return_val_if_fail (width > 0, NULL);

  b.layout = g_new0 (HcGanttLayout, 1);
  b.layout->width = width;
  b.layout->n_pages = b.layout->n_row_pages = b.layout->n_time_slices = 1;
  b.layout->end_week = 1;
  b.layout->rows = g_array_new (FALSE, TRUE, sizeof (HcGanttRow));
  b.layout->week_ticks = g_array_new (FALSE, TRUE, sizeof (HcGanttTick));
  b.layout->bands = g_array_new (FALSE, TRUE, sizeof (HcGanttBand));
  b.layout->grid = g_array_new (FALSE, TRUE, sizeof (double));
  b.layout->legend = g_array_new (FALSE, TRUE, sizeof (HcGanttLegendItem));
  b.layout->labels = hc_chart_label_array_new ();
  b.layout->height = add_legend_wrapped (&b, 4) + 4;
  return b.layout;
}

static HcGanttHit
hit_position (const HcGanttRow *row, double x, double y, double grip)
{
  HcGanttHit hit = { HC_GANTT_HIT_POSITION_ROW, row->item_index, row->position_index };
  double d_low = fabs (x - row->start_low_x), d_high = fabs (x - row->start_high_x);

  if (y < row->bar.y - grip || y > row->bar.y + row->bar.height + grip)
    return hit;
  if (MIN (d_low, d_high) <= grip)
    hit.kind = d_high < d_low ? HC_GANTT_HIT_START_HIGH : HC_GANTT_HIT_START_LOW;
  else if (x >= row->search_x - grip && x <= row->productive_high_x + grip)
    hit.kind = HC_GANTT_HIT_BAR;
  return hit;
}

HcGanttHit
hc_gantt_layout_hit (const HcGanttLayout *layout,
                     double               x,
                     double               y,
                     double               grip)
{
  HcGanttHit none = { HC_GANTT_HIT_NONE, G_MAXUINT, G_MAXUINT };

  g_return_val_if_fail (layout != NULL, none);

  if (hc_chart_rect_contains_point (&layout->header, x, y))
    return none;
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);

      if (!hc_chart_rect_contains_point (&row->rect, x, y))
        continue;
      if (row->kind == HC_GANTT_ROW_POSITION)
        {
          /* The label column selects the row; only the plot grips bars. */
          if (x < layout->plot.x)
            return (HcGanttHit) { HC_GANTT_HIT_POSITION_ROW, row->item_index, row->position_index };
          return hit_position (row, x, y, grip);
        }
      if (isfinite (row->band_x0) && x >= MAX (row->band_x0, layout->plot.x) && x <= row->band_x1)
        return (HcGanttHit) { HC_GANTT_HIT_PHASE_BAND, row->item_index, G_MAXUINT };
      return (HcGanttHit) { HC_GANTT_HIT_PHASE_ROW, row->item_index, G_MAXUINT };
    }
  return none;
}

void
hc_gantt_layout_get_item_extent (HcGanttChart *chart,
                                 guint         item_index,
                                 double       *top,
                                 double       *height)
{
  g_return_if_fail (chart != NULL);
  g_return_if_fail (item_index < chart->items->len);

  /* As hc_gantt_layout_new_visible() places rows. */
  *top = header_height (chart) + items_height (chart, 0, item_index);
  *height = item_height (&g_array_index (chart->items, HcGanttItem, item_index));
}
