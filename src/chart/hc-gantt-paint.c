/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <math.h>

#include "hc-chart-text-private.h"
#include "hc-gantt-paint.h"

static HcChartColor
tint (const HcChartStyle *style, HcChartColor color, double amount)
{
  return hc_chart_color_mix (color, style->background, amount);
}

/* The darker ink for a bar's outline, milestone and pattern: darker than
 * the bar on either background, so it shows on light and dark alike. */
static HcChartColor
shade (HcChartColor color)
{
  return hc_chart_color_mix (color, (HcChartColor) { 0, 0, 0 }, 0.4);
}

static HcChartColor
milestone_color (const HcChartStyle *style, HcChartColor color)
{
  HcChartColor towards = style->dark ? (HcChartColor) { 1, 1, 1 } : (HcChartColor) { 0, 0, 0 };

  return hc_chart_color_mix (color, towards, style->milestone_shift);
}

static void
fill_rect (cairo_t *cr, double x, double y, double w, double h, HcChartColor color)
{
  hc_chart_style_set_source (cr, color);
  cairo_rectangle (cr, x, y, w, h);
  cairo_fill (cr);
}

static void
paint_row_background (cairo_t *cr, const HcGanttLayout *layout, const HcGanttRow *row,
                      const HcChartStyle *style)
{
  if (row->kind == HC_GANTT_ROW_PHASE)
    {
      fill_rect (cr, row->rect.x, row->rect.y, row->rect.width, row->rect.height, style->phase_row);
      hc_chart_style_set_source (cr, style->grid);
      cairo_rectangle (cr, row->rect.x, row->rect.y, row->rect.width, 1);
      cairo_fill (cr);
    }
  if (!isfinite (row->band_x0))
    return;
  if (row->kind == HC_GANTT_ROW_PHASE)
    fill_rect (cr, row->band_x0, row->rect.y + 3, row->band_x1 - row->band_x0, row->rect.height - 6,
               style->phase_band);
  else
    fill_rect (cr, row->band_x0, row->rect.y, row->band_x1 - row->band_x0, row->rect.height,
               hc_chart_color_mix (style->phase_band, style->background, 0.55));
}

static void
paint_diamond (cairo_t *cr, double cx, double cy, double r, HcChartColor fill, HcChartColor edge)
{
  cairo_move_to (cr, cx, cy - r);
  cairo_line_to (cr, cx + r, cy);
  cairo_line_to (cr, cx, cy + r);
  cairo_line_to (cr, cx - r, cy);
  cairo_close_path (cr);
  hc_chart_style_set_source (cr, fill);
  cairo_fill_preserve (cr);
  hc_chart_style_set_source (cr, edge);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
}

/* The ramp-up: four steps from a pale @kind where the hire starts to the
 * full colour where they are productive.  The steps are what tell it, in
 * the legend, from the flat swatch of the role's kind beside it.  Flat
 * fills, not a gradient: GTK's render nodes failed on gradients over a
 * 10,000-row view ("drawing failure … out of memory"). */
static void
fill_ramp (cairo_t *cr, const HcChartRect *r, HcChartColor kind, const HcChartStyle *style)
{
  const guint n_steps = 4;
  double step_w = r->width / n_steps;

  if (!isfinite (r->x) || !isfinite (r->width) || !(r->width > 0))
    return;
  cairo_save (cr);
  _hc_chart_rounded_rect (cr, r, 2.5);
  cairo_clip (cr);
  for (guint i = 0; i < n_steps; i++)
    /* Each step reaches under the next, so no seam shows between them. */
    fill_rect (cr, r->x + i * step_w, r->y, i + 1 < n_steps ? step_w + 0.5 : step_w, r->height,
               tint (style, kind, 0.6 * (n_steps - 1 - i) / (n_steps - 1)));
  cairo_restore (cr);
}

/* Search, uncertain start, ramp-up, milestone: see hc-gantt-layout.h. */
static void
paint_position_bars (cairo_t *cr, const HcGanttRow *row, const HcChartStyle *style)
{
  HcChartColor kind = style->kind[row->role_kind == HC_ROLE_KIND_SPECIALIST];
  HcChartColor edge = shade (kind);
  double y = row->bar.y, h = row->bar.height;
  HcChartRect search = { row->search_x, y + h * 0.2, row->start_low_x - row->search_x, h * 0.6 };
  HcChartRect range = { row->start_low_x, y, row->start_high_x - row->start_low_x, h };
  HcChartRect ramp = { row->start_high_x, y, row->productive_high_x - row->start_high_x, h };

  fill_rect (cr, search.x, search.y, search.width, search.height, tint (style, kind, style->search_fade));
  fill_rect (cr, range.x, range.y, range.width, range.height, tint (style, kind, style->range_fade));
  _hc_chart_fill_pattern (cr, &range, HC_CHART_PATTERN_HATCH, kind, 1.0);

  fill_ramp (cr, &ramp, kind, style);
  if (row->role_kind == HC_ROLE_KIND_SPECIALIST)
    _hc_chart_fill_pattern (cr, &ramp, HC_CHART_PATTERN_STRIPES, edge, 0.55);

  if (row->has_milestone)
    paint_diamond (cr, row->start_low_x, y + h / 2, h * 0.62, milestone_color (style, kind), style->background);
}

/* On a time slice a milestone near an edge would reach past the plot,
 * into the arrowhead's gap: bars stop at the page's time range. */
static void
paint_clipped_bars (cairo_t *cr, const HcGanttLayout *layout, const HcGanttRow *row, const HcChartStyle *style)
{
  if (layout->n_time_slices == 1)
    {
      paint_position_bars (cr, row, style);
      return;
    }
  cairo_save (cr);
  cairo_rectangle (cr, layout->plot.x, row->rect.y, layout->plot.width, row->rect.height);
  cairo_clip (cr);
  paint_position_bars (cr, row, style);
  cairo_restore (cr);
}

/* A small arrowhead in the gap beside the plot, pointing the way a bar
 * runs on to the page before or after: outside the plot, so it never
 * hides a bar, and short of the label column. */
static void
paint_continuation (cairo_t *cr, const HcGanttLayout *layout, const HcGanttRow *row, const HcChartStyle *style)
{
  HcChartColor edge = shade (style->kind[row->role_kind == HC_ROLE_KIND_SPECIALIST]);
  double cy = row->bar.y + row->bar.height / 2, half = row->bar.height * 0.42;
  double left = layout->plot.x, right = layout->plot.x + layout->plot.width;

  hc_chart_style_set_source (cr, edge);
  if (row->continues_before)
    {
      cairo_move_to (cr, left - 2, cy - half);
      cairo_line_to (cr, left - 8, cy);
      cairo_line_to (cr, left - 2, cy + half);
      cairo_close_path (cr);
    }
  if (row->continues_after)
    {
      cairo_move_to (cr, right + 2, cy - half);
      cairo_line_to (cr, right + 8, cy);
      cairo_line_to (cr, right + 2, cy + half);
      cairo_close_path (cr);
    }
  cairo_fill (cr);
}

static void
paint_rows (cairo_t *cr, const HcGanttLayout *layout, const HcChartStyle *style)
{
  for (guint i = 0; i < layout->rows->len; i++)
    paint_row_background (cr, layout, &g_array_index (layout->rows, HcGanttRow, i), style);

  hc_chart_style_set_source (cr, style->grid);
  for (guint i = 0; i < layout->grid->len; i++)
    {
      double x = round (g_array_index (layout->grid, double, i));
      cairo_rectangle (cr, x, layout->plot.y, 1, layout->plot.height);
    }
  cairo_fill (cr);

  for (guint i = 0; i < layout->rows->len; i++)
    {
      const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
      if (row->kind != HC_GANTT_ROW_POSITION)
        continue;
      paint_clipped_bars (cr, layout, row, style);
      paint_continuation (cr, layout, row, style);
    }
}

static void
paint_header (cairo_t *cr, const HcGanttLayout *layout, const HcChartStyle *style)
{
  const HcChartRect *h = &layout->header;

  /* Opaque across the whole width: in a scrolled view it covers the rows
   * that slide under it. */
  fill_rect (cr, 0, h->y, layout->width, h->height, style->background);
  for (guint i = 0; i < layout->bands->len; i++)
    {
      const HcGanttBand *band = &g_array_index (layout->bands, HcGanttBand, i);
      fill_rect (cr, band->rect.x, band->rect.y, band->rect.width, band->rect.height,
                 style->axis_band[band->shade]);
    }

  hc_chart_style_set_source (cr, style->text_dim);
  for (guint i = 0; i < layout->week_ticks->len; i++)
    {
      const HcGanttTick *tick = &g_array_index (layout->week_ticks, HcGanttTick, i);
      double len = tick->labelled ? 6 : 3;
      cairo_rectangle (cr, round (tick->x), h->y + h->height - len, 1, len);
    }
  cairo_rectangle (cr, h->x, h->y + h->height - 1, h->width, 1);
  cairo_fill (cr);
}

static void
paint_today (cairo_t *cr, const HcGanttLayout *layout, const HcChartStyle *style)
{
  if (!layout->has_today)
    return;
  hc_chart_style_set_source (cr, style->today);
  cairo_set_line_width (cr, 1.5);
  cairo_move_to (cr, layout->today_x, layout->header.y);
  cairo_line_to (cr, layout->today_x, layout->plot.y + layout->plot.height + 2);
  cairo_stroke (cr);
}

static void
paint_legend_swatch (cairo_t *cr, const HcGanttLegendItem *item, const HcChartStyle *style)
{
  HcGanttRow sample = { .bar = item->swatch };
  const HcChartRect *s = &item->swatch;
  HcChartColor generalist = style->kind[0];

  switch (item->kind)
    {
    case HC_GANTT_LEGEND_GENERALIST:
    case HC_GANTT_LEGEND_SPECIALIST:
      sample.role_kind = item->kind == HC_GANTT_LEGEND_SPECIALIST ? HC_ROLE_KIND_SPECIALIST : HC_ROLE_KIND_GENERALIST;
      fill_rect (cr, s->x, s->y, s->width, s->height, style->kind[sample.role_kind]);
      if (sample.role_kind == HC_ROLE_KIND_SPECIALIST)
        _hc_chart_fill_pattern (cr, s, HC_CHART_PATTERN_STRIPES,
                                shade (style->kind[1]), 0.55);
      break;
    case HC_GANTT_LEGEND_SEARCH:
      fill_rect (cr, s->x, s->y + s->height * 0.2, s->width, s->height * 0.6,
                 tint (style, generalist, style->search_fade));
      break;
    case HC_GANTT_LEGEND_START_RANGE:
      fill_rect (cr, s->x, s->y, s->width, s->height, tint (style, generalist, style->range_fade));
      _hc_chart_fill_pattern (cr, s, HC_CHART_PATTERN_HATCH, generalist, 1.0);
      break;
    case HC_GANTT_LEGEND_MILESTONE:
      paint_diamond (cr, s->x + s->width / 2, s->y + s->height / 2, s->height * 0.62,
                     milestone_color (style, generalist), style->background);
      break;
    case HC_GANTT_LEGEND_RAMP_UP:
    default:
      fill_ramp (cr, s, generalist, style);
      break;
    }
}

void
hc_gantt_paint (cairo_t             *cr,
                const HcGanttLayout *layout,
                const HcChartStyle  *style)
{
  g_autoptr(HcChartText) text = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (layout != NULL);
  g_return_if_fail (style != NULL);

  cairo_save (cr);
  hc_chart_style_set_source (cr, style->background);
  cairo_paint (cr);

  paint_rows (cr, layout, style);
  paint_header (cr, layout, style);
  paint_today (cr, layout, style);
  for (guint i = 0; i < layout->legend->len; i++)
    paint_legend_swatch (cr, &g_array_index (layout->legend, HcGanttLegendItem, i), style);

  text = _hc_chart_text_new (cr);
  _hc_chart_text_draw_labels (text, cr, layout->labels, style, NULL);
  cairo_restore (cr);
}

void
hc_gantt_paint_visible (cairo_t              *cr,
                        HcGanttChart         *chart,
                        const HcGanttOptions *options,
                        const HcChartRect    *visible,
                        const HcChartStyle   *style)
{
  g_autoptr(HcGanttLayout) layout = NULL;

  g_return_if_fail (cr != NULL);
  g_return_if_fail (visible != NULL);

  layout = hc_gantt_layout_new_visible (chart, options, visible);
  cairo_save (cr);
  cairo_rectangle (cr, visible->x, visible->y, visible->width, visible->height);
  cairo_clip (cr);
  hc_gantt_paint (cr, layout, style);
  cairo_restore (cr);
}
