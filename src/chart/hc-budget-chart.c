/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hc-budget-chart.h"
#include "hc-chart-format.h"
#include "hc-chart-text-private.h"

#define TITLE_H     34.0
#define SUBTITLE_H  20.0
#define PLAN_SUBTITLE_H 22.0
#define TITLE_GAP   14.0
#define HEADING_H   24.0
#define X_LABELS_H  20.0
#define LEGEND_H    20.0
#define BAR_ROW_H   42.0
/* Below this width the first-year panel leaves the months alone. */
#define NARROW_WIDTH 640.0

/* Paired with the style's category colours: lightness and a pattern. */
static const HcChartPattern category_patterns[HC_N_CATEGORIES] = {
  [HC_CATEGORY_SALARIES] = HC_CHART_PATTERN_NONE,
  [HC_CATEGORY_BENEFITS] = HC_CHART_PATTERN_NONE,
  [HC_CATEGORY_PAYROLL_TAX] = HC_CHART_PATTERN_DOTS,
  [HC_CATEGORY_RECRUITING] = HC_CHART_PATTERN_HATCH,
  [HC_CATEGORY_SIGNING_BONUS] = HC_CHART_PATTERN_STRIPES,
  [HC_CATEGORY_REFERRAL_BONUS] = HC_CHART_PATTERN_CROSS,
  [HC_CATEGORY_RELOCATION] = HC_CHART_PATTERN_HATCH,
  [HC_CATEGORY_EQUIPMENT] = HC_CHART_PATTERN_DOTS,
  [HC_CATEGORY_SOFTWARE] = HC_CHART_PATTERN_STRIPES,
  [HC_CATEGORY_CLOUD] = HC_CHART_PATTERN_CROSS,
};

typedef struct
{
  HcPlan         *plan;
  HcBudget       *budget;
  HcBudgetLayout *layout;
  HcChartText    *text;
  const char     *currency;
  double          margin;   /* around the chart */
  double          axis_w;   /* for a value axis' labels */
} Builder;

double
hc_chart_nice_step (double span,
                    guint  max_ticks)
{
  double raw, magnitude, fraction;

  if (!(span > 0) || max_ticks == 0)
    return 1.0;
  raw = span / max_ticks;
  magnitude = pow (10, floor (log10 (raw)));
  fraction = raw / magnitude;
  if (fraction <= 1)
    return magnitude;
  if (fraction <= 2)
    return 2 * magnitude;
  if (fraction <= 5)
    return 5 * magnitude;
  return 10 * magnitude;
}

static void
add_label (Builder *b, HcChartTextKind kind, HcChartAlign align, HcChartRect r, char *text_owned)
{
  hc_chart_label_array_add (b->layout->labels, kind, align, r.x, r.y, r.width, r.height, text_owned);
}

static double
add_title_block (Builder *b, gboolean show_title, const GDate *prepared)
{
  HcBudgetLayout *layout = b->layout;
  const char *title = hc_plan_get_title (b->plan);
  const char *subtitle = hc_plan_get_subtitle (b->plan);
  g_autofree char *title_text = title != NULL && *title ? _hc_chart_text_isolate (title)
                                                        : g_strdup (_("Hiring plan"));
  g_autofree char *heading = g_strdup_printf (_("%s: budget"), title_text);
  g_autofree char *first_year = hc_format_money_range_compact (hc_budget_get_first_year (b->budget), b->currency);
  g_autofree char *first_year_label = hc_budget_get_first_year_label (b->budget);
  g_autofree char *total = hc_format_money_range_compact (hc_budget_get_total (b->budget), b->currency);
  g_autofree char *date = hc_chart_format_date (prepared);
  double avail = layout->width - 2 * b->margin, date_w = 0, y;

  if (!show_title)
    return b->margin;
  if (prepared != NULL && g_date_valid (prepared))
    {
      char *text = g_strdup_printf (_("Prepared %s"), date);
      date_w = _hc_chart_text_width (b->text, HC_CHART_TEXT_SMALL, text);
      add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_END,
                 (HcChartRect) { layout->width - b->margin - date_w, b->margin, date_w, TITLE_H }, text);
    }
  add_label (b, HC_CHART_TEXT_TITLE, HC_CHART_ALIGN_START,
             (HcChartRect) { b->margin, b->margin, MIN (avail - date_w - 24,
                                                  _hc_chart_text_width (b->text, HC_CHART_TEXT_TITLE, heading)),
                             TITLE_H }, g_strdup (heading));
  y = b->margin + TITLE_H;
  /* The plan's own line, under its title as on the Gantt. */
  if (subtitle != NULL && *subtitle != '\0')
    {
      add_label (b, HC_CHART_TEXT_HEADING, HC_CHART_ALIGN_START,
                 (HcChartRect) { b->margin, y, avail, PLAN_SUBTITLE_H }, _hc_chart_text_isolate (subtitle));
      y += PLAN_SUBTITLE_H;
    }
  add_label (b, HC_CHART_TEXT_SUBTITLE, HC_CHART_ALIGN_START,
             (HcChartRect) { b->margin, y, avail, SUBTITLE_H },
             g_strdup_printf (_("%s: cash %s · all %u months %s · %s · in %s"), first_year_label, first_year,
                              hc_budget_get_n_months (b->budget), total,
                              hc_budget_get_ranges_note (), b->currency));
  y += SUBTITLE_H;
  /* What a CFO asks next: the year once hired, per head, and what the
   * loaded salaries are made of. */
  if (hc_plan_get_headcount (b->plan) > 0)
    {
      HcBudget *budget = b->budget;
      g_autofree char *run_rate = hc_format_money_range_compact (hc_budget_get_annual_run_rate (budget), b->currency);
      g_autofree char *per_head = hc_format_money_range_compact (hc_budget_get_cost_per_engineer (budget), b->currency);
      g_autofree char *loaded = hc_format_money_range_compact (hc_budget_get_loaded_salaries (budget), b->currency);
      g_autofree char *benefits = hc_format_percent_range (hc_budget_get_benefits_percent (budget));

      add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START,
                 (HcChartRect) { b->margin, y, avail, SUBTITLE_H },
                 /* Translators: the budget page's second line: "Run rate
                  * $833K–$1.4M a year (…) · $167K–$281K per engineer (run
                  * rate ÷ headcount, team-wide costs included) · loaded salaries
                  * $797K–$1.22M (base + benefits 20.8–23.5 %)" */
                 g_strdup_printf (_("Run rate %s a year (the whole team once hired, no one-time costs) · "
                                    "%s per engineer (run rate ÷ headcount, team-wide costs included) · "
                                    "loaded salaries %s (base + benefits %s)"),
                                  run_rate, per_head, loaded, benefits));
      y += SUBTITLE_H;
    }
  return y + TITLE_GAP;
}

static double
max_month_total (HcBudget *budget)
{
  double max = 0;

  for (guint m = 0; m < hc_budget_get_n_months (budget); m++)
    max = MAX (max, hc_budget_get_month_total (budget, m).high);
  return max;
}

/* Ticks on a value axis from 0 to a nice ceiling above @max; returns the
 * ceiling. */
static double
add_value_axis (Builder *b, double max, gboolean right, GArray *grid_or_null)
{
  const HcChartRect *plot = &b->layout->monthly;
  double step = hc_chart_nice_step (MAX (max, 1), 5);
  double top = MAX (step, ceil (max / step - 1e-9) * step);

  for (double v = 0; v <= top + step / 2; v += step)
    {
      double y = plot->y + plot->height - v / top * plot->height;
      double x = right ? plot->x + plot->width + 6 : plot->x - b->axis_w;

      if (grid_or_null != NULL)
        g_array_append_val (grid_or_null, y);
      add_label (b, HC_CHART_TEXT_AXIS, right ? HC_CHART_ALIGN_START : HC_CHART_ALIGN_END,
                 (HcChartRect) { x, y - 8, b->axis_w - 6, 16 },
                 hc_format_money_compact (v, b->currency));
    }
  return top;
}

static double
value_y (const HcChartRect *plot, double top, double value)
{
  return plot->y + plot->height - value / top * plot->height;
}

static void
add_month_bars (Builder *b, double top)
{
  HcBudgetLayout *layout = b->layout;
  const HcChartRect *plot = &layout->monthly;
  guint n = hc_budget_get_n_months (b->budget);
  double slot = plot->width / MAX (n, 1);
  double bar_w = MAX (1.0, floor (slot * 0.7));

  for (guint m = 0; m < n; m++)
    {
      double x = plot->x + m * slot + (slot - bar_w) / 2, acc = 0;
      HcRange total = hc_budget_get_month_total (b->budget, m);
      HcBudgetWhisker whisker = { x + bar_w / 2, value_y (plot, top, total.low), value_y (plot, top, total.high) };

      for (HcCategory c = 0; c < HC_N_CATEGORIES; c++)
        {
          double v = hc_range_mid (hc_budget_get_month (b->budget, m, c));
          HcBudgetSegment seg = { m, c, { x, value_y (plot, top, acc + v), bar_w, v / top * plot->height } };
          acc += v;
          if (v > 0)
            g_array_append_val (layout->segments, seg);
        }
      if (total.high > total.low)
        g_array_append_val (layout->whiskers, whisker);
    }
}

static void
add_cumulative (Builder *b, double top)
{
  HcBudgetLayout *layout = b->layout;
  const HcChartRect *plot = &layout->monthly;
  guint n = hc_budget_get_n_months (b->budget);
  double slot = plot->width / MAX (n, 1);

  for (guint m = 0; m < n; m++)
    {
      HcRange c = hc_budget_get_cumulative (b->budget, m);
      HcBudgetPoint p = { plot->x + (m + 0.5) * slot, value_y (plot, top, c.low),
                          value_y (plot, top, hc_range_mid (c)), value_y (plot, top, c.high) };
      g_array_append_val (layout->cumulative, p);
    }
}

/* Months between two labels under the bars: a divisor of a year (or
 * whole years), so that the labels fall on the same months every year. */
static guint
month_label_step (Builder *b, double slot)
{
  static const guint steps[] = { 1, 2, 3, 4, 6, 12 };
  double room = _hc_chart_text_width (b->text, HC_CHART_TEXT_AXIS, "May 26") + 6;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if (steps[i] * slot >= room)
      return steps[i];
  return 12 * (guint) ceil (room / (12 * slot));
}

static void
add_month_labels (Builder *b)
{
  const HcChartRect *plot = &b->layout->monthly;
  guint n = hc_budget_get_n_months (b->budget);
  double slot = plot->width / MAX (n, 1);
  GDate start = hc_plan_get_start_date (b->plan);
  guint step = month_label_step (b, slot);

  /* Bar m is the m-th calendar month from the start (the CSV's rows),
   * named where most of its days fall (hc-chart-format.h): through the
   * calendar, not weeks of 30.4 days that drifted onto the neighbour.
   * Labels go on the months a step divides, counted from January (every
   * quarter: Jan, Apr, Jul, Oct), so they stand at even intervals and on
   * the same months each year.  The year goes on the first label and on
   * the first label of each later year. */
  for (guint m = 0, last_year = 0; m < n; m++)
    {
      GDate date = hc_chart_date_for_month_name (&start, m);
      guint since_january = g_date_valid (&date)
                            ? (g_date_get_year (&date) * 12 + g_date_get_month (&date) - 1)
                            : m;
      char buf[32] = "";
      double w = step * slot;

      if (since_january % step != 0)
        continue;
      if (g_date_valid (&date))
        {
          g_date_strftime (buf, sizeof buf, g_date_get_year (&date) != last_year ? "%b %y" : "%b", &date);
          last_year = g_date_get_year (&date);
        }
      add_label (b, HC_CHART_TEXT_AXIS, HC_CHART_ALIGN_CENTER,
                 (HcChartRect) { plot->x + (m + 0.5) * slot - w / 2 + 1, plot->y + plot->height + 2, w - 2, X_LABELS_H },
                 g_strdup (buf));
    }
}

static void
add_monthly_chart (Builder *b, double top_y, double bottom_y, double right_x)
{
  HcBudgetLayout *layout = b->layout;
  double top, cumulative_top;
  guint n = hc_budget_get_n_months (b->budget);

  /* Ten units below the heading: the top tick's label is centred on it. */
  layout->monthly = (HcChartRect) { b->margin + b->axis_w, top_y + HEADING_H + 10, right_x - b->axis_w - (b->margin + b->axis_w),
                                    bottom_y - X_LABELS_H - (top_y + HEADING_H + 10) };
  add_label (b, HC_CHART_TEXT_HEADING, HC_CHART_ALIGN_START,
             (HcChartRect) { b->margin, top_y, right_x - b->margin, HEADING_H },
             g_strdup (layout->width < NARROW_WIDTH
                       ? _("Cash by month, low–high")
                       : _("Cash by month: midpoint by category, whisker low–high; cumulative on the right")));

  top = add_value_axis (b, max_month_total (b->budget), FALSE, layout->y_grid);
  cumulative_top = n > 0 ? hc_budget_get_cumulative (b->budget, n - 1).high : 0;
  cumulative_top = add_value_axis (b, cumulative_top, TRUE, NULL);
  add_month_bars (b, top);
  add_cumulative (b, cumulative_top);
  add_month_labels (b);
}

static void
add_breakdown_row (Builder *b, const char *name, HcRange value, double max, double y, HcCategory category)
{
  const HcChartRect *panel = &b->layout->breakdown;
  g_autofree char *amount = hc_format_money_range (value, b->currency);
  double amount_w = _hc_chart_text_width (b->text, HC_CHART_TEXT_BODY, amount);
  double bar_w = panel->width - 16;
  HcBudgetBreakdownBar bar = {
    category,
    { panel->x, y + 22, max > 0 ? hc_range_mid (value) / max * bar_w : 0, 12 },
    panel->x + (max > 0 ? value.low / max * bar_w : 0),
    panel->x + (max > 0 ? value.high / max * bar_w : 0),
  };

  add_label (b, HC_CHART_TEXT_BODY, HC_CHART_ALIGN_START,
             (HcChartRect) { panel->x, y, panel->width - amount_w - 12, 20 }, g_strdup (name));
  add_label (b, HC_CHART_TEXT_BODY, HC_CHART_ALIGN_END,
             (HcChartRect) { panel->x + panel->width - amount_w, y, amount_w, 20 }, g_steal_pointer (&amount));
  if ((int) category >= 0)
    g_array_append_val (b->layout->bars, bar);
}

/* A category's name in the breakdown, with what it is where that needs
 * saying: software and cloud are the team's, and a cost the guides leave
 * out that the plan has not set is zero for that reason. */
static char *
category_name (HcBudget *budget, HcCategory c)
{
  if (hc_category_is_team_wide (c))
    /* Translators: a team-wide category in the budget chart, "Cloud (team-wide)" */
    return g_strdup_printf (_("%s (team-wide)"), hc_category_get_label (c));
  if (!hc_budget_category_is_set (budget, c))
    /* Translators: a category the guides leave out, not set by the plan */
    return g_strdup_printf (_("%s · not in the guides"), hc_category_get_label (c));
  return g_strdup (hc_category_get_label (c));
}

/* A horizon shorter than a year says what its total is (DOMAIN.md, "The
 * first year is the first 12 months"). */
static char *
breakdown_heading (HcBudget *budget)
{
  guint months = hc_budget_get_first_year_months (budget);

  if (months >= 12)
    return g_strdup (_("First year by category, low–high"));
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First %u month by category, low–high",
                                       "First %u months by category, low–high", months),
                          months);
}

static void
add_breakdown (Builder *b, double top_y, double bottom_y, double left_x)
{
  HcBudgetLayout *layout = b->layout;
  double max = 0, y;
  g_autofree char *equity = hc_format_percent_range (hc_budget_get_equity_pool_percent (b->budget));

  layout->breakdown = (HcChartRect) { left_x, top_y + HEADING_H, layout->width - b->margin - left_x,
                                      bottom_y - top_y - HEADING_H };
  add_label (b, HC_CHART_TEXT_HEADING, HC_CHART_ALIGN_START,
             (HcChartRect) { left_x, top_y, layout->breakdown.width, HEADING_H },
             breakdown_heading (b->budget));

  for (HcCategory c = 0; c < HC_N_CATEGORIES; c++)
    max = MAX (max, hc_budget_get_first_year_category (b->budget, c).high);
  y = layout->breakdown.y + 4;
  for (HcCategory c = 0; c < HC_N_CATEGORIES; c++, y += BAR_ROW_H)
    {
      g_autofree char *name = category_name (b->budget, c);

      add_breakdown_row (b, name, hc_budget_get_first_year_category (b->budget, c), max, y, c);
    }

  add_breakdown_row (b, _("Total cash"), hc_budget_get_first_year (b->budget), 0, y, (HcCategory) -1);
  y += 30;
  layout->equity_box = (HcChartRect) { left_x, y, layout->breakdown.width, 46 };
  add_label (b, HC_CHART_TEXT_HEADING, HC_CHART_ALIGN_START,
             (HcChartRect) { left_x + 10, y + 4, layout->breakdown.width - 20, 20 },
             g_strdup_printf (_("Equity pool %s"), equity));
  add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START,
             (HcChartRect) { left_x + 10, y + 24, layout->breakdown.width - 20, 18 },
             g_strdup (_("Non-cash: shares for the team, not in the totals above")));
}

static const char *
legend_text (guint i)
{
  return i < HC_N_CATEGORIES ? hc_category_get_label (i) : _("Cumulative (right axis)");
}

/* Lays the legend out from @y, wrapping to a new line where the width
 * ends, and returns its height; a @dry_run only measures it. */
static double
add_legend (Builder *b, double y, gboolean dry_run)
{
  double x = b->margin, top = y;

  for (guint i = 0; i <= HC_N_CATEGORIES; i++)
    {
      const char *text = legend_text (i);
      double w = _hc_chart_text_width (b->text, HC_CHART_TEXT_SMALL, text);
      HcChartRect swatch;

      if (x > b->margin && x + 24 + w > b->layout->width - b->margin)
        {
          x = b->margin;
          y += LEGEND_H + 4;
        }
      swatch = (HcChartRect) { x, y + 4, 18, 12 };
      if (!dry_run)
        {
          g_array_append_val (b->layout->legend, swatch);
          add_label (b, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START, (HcChartRect) { x + 24, y, w, LEGEND_H },
                     g_strdup (text));
        }
      x += 24 + w + 16;
    }
  return y + LEGEND_H - top;
}

HcBudgetLayout *
hc_budget_layout_new (HcPlan      *plan,
                      HcBudget    *budget,
                      double       width,
                      double       height,
                      gboolean     show_title,
                      const GDate *prepared)
{
  HcChartText *text = _hc_chart_text_get_measurer ();
  HcBudgetLayout *layout;
  Builder b;
  double top, bottom, split, legend_h;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (budget != NULL, NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);

  layout = g_new0 (HcBudgetLayout, 1);
  layout->width = width;
  layout->height = height;
  layout->y_grid = g_array_new (FALSE, TRUE, sizeof (double));
  layout->segments = g_array_new (FALSE, TRUE, sizeof (HcBudgetSegment));
  layout->whiskers = g_array_new (FALSE, TRUE, sizeof (HcBudgetWhisker));
  layout->cumulative = g_array_new (FALSE, TRUE, sizeof (HcBudgetPoint));
  layout->bars = g_array_new (FALSE, TRUE, sizeof (HcBudgetBreakdownBar));
  layout->legend = g_array_new (FALSE, TRUE, sizeof (HcChartRect));
  layout->labels = hc_chart_label_array_new ();
  b = (Builder) { plan, budget, layout, text, hc_plan_get_currency (plan), 28, 64 };
  /* On a phone-narrow page every pixel goes to the months. */
  if (width < NARROW_WIDTH)
    {
      b.margin = 8;
      b.axis_w = 48;
    }

  top = add_title_block (&b, show_title, prepared);
  legend_h = add_legend (&b, 0, TRUE);
  bottom = height - b.margin - legend_h - 8;
  /* Too narrow for two panels side by side (a phone, a folded window):
   * the months take the whole width; the first year by category is left
   * to the tables around the chart. */
  if (width < NARROW_WIDTH)
    add_monthly_chart (&b, top, bottom, width - b.margin);
  else
    {
      split = floor (width * 0.62);
      add_monthly_chart (&b, top, bottom, split);
      add_breakdown (&b, top, bottom, split + 36);
    }
  add_legend (&b, height - b.margin - legend_h, FALSE);
  return layout;
}

void
hc_budget_layout_free (HcBudgetLayout *layout)
{
  if (layout == NULL)
    return;
  g_array_unref (layout->y_grid);
  g_array_unref (layout->segments);
  g_array_unref (layout->whiskers);
  g_array_unref (layout->cumulative);
  g_array_unref (layout->bars);
  g_array_unref (layout->legend);
  g_array_unref (layout->labels);
  g_free (layout);
}

void
hc_budget_layout_add_page_label (HcBudgetLayout *layout,
                                 char           *text_owned)
{
  /* The margin hc_budget_layout_new() gave the page. */
  double margin = layout->width < NARROW_WIDTH ? 8 : 28;
  double w = _hc_chart_text_width (_hc_chart_text_get_measurer (), HC_CHART_TEXT_SMALL, text_owned);
  double x = layout->width - margin - w;
  double y = layout->height - margin;
  const HcChartLabel *last;

  g_return_if_fail (layout != NULL && text_owned != NULL);

  /* The legend is laid out last: its last label ends its last line. */
  last = layout->labels->len > 0 ? &g_array_index (layout->labels, HcChartLabel, layout->labels->len - 1) : NULL;
  if (last != NULL && last->rect.x + last->rect.width + 16 <= x)
    y = last->rect.y;
  hc_chart_label_array_add (layout->labels, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_END,
                            x, y, w, MIN (LEGEND_H, MAX (margin, 18)), text_owned);
}

static void
paint_category_rect (cairo_t *cr, const HcChartRect *r, HcCategory c, const HcChartStyle *style)
{
  HcChartColor color = style->category[c];

  hc_chart_style_set_source (cr, color);
  cairo_rectangle (cr, r->x, r->y, r->width, r->height);
  cairo_fill (cr);
  _hc_chart_fill_pattern (cr, r, category_patterns[c], hc_chart_color_mix (color, style->text, 0.6), 0.7);
}

static void
paint_whisker (cairo_t *cr, double x0, double y0, double x1, double y1, double cap, gboolean vertical)
{
  cairo_move_to (cr, x0, y0);
  cairo_line_to (cr, x1, y1);
  if (vertical)
    {
      cairo_move_to (cr, x0 - cap, y0);
      cairo_line_to (cr, x0 + cap, y0);
      cairo_move_to (cr, x1 - cap, y1);
      cairo_line_to (cr, x1 + cap, y1);
    }
  else
    {
      cairo_move_to (cr, x0, y0 - cap);
      cairo_line_to (cr, x0, y0 + cap);
      cairo_move_to (cr, x1, y1 - cap);
      cairo_line_to (cr, x1, y1 + cap);
    }
}

static void
paint_cumulative_band (cairo_t *cr, const HcBudgetLayout *layout, const HcChartStyle *style)
{
  GArray *pts = layout->cumulative;

  for (guint i = 0; i < pts->len; i++)
    {
      const HcBudgetPoint *p = &g_array_index (pts, HcBudgetPoint, i);
      cairo_line_to (cr, p->x, p->y_high);
    }
  for (guint i = pts->len; i-- > 0;)
    {
      const HcBudgetPoint *p = &g_array_index (pts, HcBudgetPoint, i);
      cairo_line_to (cr, p->x, p->y_low);
    }
  cairo_close_path (cr);
  hc_chart_style_set_source_alpha (cr, style->cumulative, 0.12);
  cairo_fill (cr);
}

static void
paint_cumulative_line (cairo_t *cr, const HcBudgetLayout *layout, const HcChartStyle *style)
{
  GArray *pts = layout->cumulative;

  for (guint i = 0; i < pts->len; i++)
    {
      const HcBudgetPoint *p = &g_array_index (pts, HcBudgetPoint, i);
      cairo_line_to (cr, p->x, p->y_mid);
    }
  hc_chart_style_set_source (cr, style->cumulative);
  cairo_set_line_width (cr, 2);
  cairo_set_dash (cr, (double[]) { 6, 3 }, 2, 0);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
paint_monthly (cairo_t *cr, const HcBudgetLayout *layout, const HcChartStyle *style)
{
  const HcChartRect *plot = &layout->monthly;

  hc_chart_style_set_source (cr, style->grid);
  for (guint i = 0; i < layout->y_grid->len; i++)
    cairo_rectangle (cr, plot->x, round (g_array_index (layout->y_grid, double, i)), plot->width, 1);
  cairo_fill (cr);

  /* The band behind the bars, the line over them. */
  paint_cumulative_band (cr, layout, style);
  for (guint i = 0; i < layout->segments->len; i++)
    {
      const HcBudgetSegment *s = &g_array_index (layout->segments, HcBudgetSegment, i);
      paint_category_rect (cr, &s->rect, s->category, style);
    }

  hc_chart_style_set_source (cr, style->text);
  cairo_set_line_width (cr, 1.2);
  for (guint i = 0; i < layout->whiskers->len; i++)
    {
      const HcBudgetWhisker *w = &g_array_index (layout->whiskers, HcBudgetWhisker, i);
      paint_whisker (cr, w->x, w->y_low, w->x, w->y_high, 3, TRUE);
    }
  cairo_stroke (cr);
  paint_cumulative_line (cr, layout, style);
}

static void
paint_breakdown (cairo_t *cr, const HcBudgetLayout *layout, const HcChartStyle *style)
{
  const HcChartRect *e = &layout->equity_box;

  for (guint i = 0; i < layout->bars->len; i++)
    {
      const HcBudgetBreakdownBar *bar = &g_array_index (layout->bars, HcBudgetBreakdownBar, i);
      double cy = bar->bar.y + bar->bar.height / 2;

      paint_category_rect (cr, &bar->bar, bar->category, style);
      hc_chart_style_set_source (cr, style->text);
      cairo_set_line_width (cr, 1.2);
      paint_whisker (cr, bar->x_low, cy, bar->x_high, cy, 5, FALSE);
      cairo_stroke (cr);
    }

  /* Apart and dashed: the pool is shares, not money spent. */
  if (e->width <= 0)
    return;
  hc_chart_style_set_source (cr, style->text_dim);
  cairo_set_line_width (cr, 1);
  cairo_set_dash (cr, (double[]) { 4, 3 }, 2, 0);
  _hc_chart_rounded_rect (cr, &(HcChartRect) { e->x + 0.5, e->y + 0.5, e->width - 1, e->height - 1 }, 6);
  cairo_stroke (cr);
  cairo_set_dash (cr, NULL, 0, 0);
}

static void
paint_legend (cairo_t *cr, const HcBudgetLayout *layout, const HcChartStyle *style)
{
  for (guint i = 0; i < layout->legend->len; i++)
    {
      const HcChartRect *s = &g_array_index (layout->legend, HcChartRect, i);

      if (i < HC_N_CATEGORIES)
        {
          paint_category_rect (cr, s, i, style);
          continue;
        }
      hc_chart_style_set_source (cr, style->cumulative);
      cairo_set_line_width (cr, 2);
      cairo_set_dash (cr, (double[]) { 6, 3 }, 2, 0);
      cairo_move_to (cr, s->x, s->y + s->height / 2);
      cairo_line_to (cr, s->x + s->width, s->y + s->height / 2);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
    }
}

void
hc_budget_paint (cairo_t              *cr,
                 const HcBudgetLayout *layout,
                 const HcChartStyle   *style)
{
  g_autoptr(HcChartText) text = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  hc_chart_style_set_source (cr, style->background);
  cairo_paint (cr);
  paint_monthly (cr, layout, style);
  paint_breakdown (cr, layout, style);
  paint_legend (cr, layout, style);
  text = _hc_chart_text_new (cr);
  _hc_chart_text_draw_labels (text, cr, layout->labels, style, NULL);
  cairo_restore (cr);
}
