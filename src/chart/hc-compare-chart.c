/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hc-atomic-file.h"
#include "hc-budget-chart.h"
#include "hc-chart-png-private.h"
#include "hc-chart-pages.h"
#include "hc-chart-text-private.h"
#include "hc-compare-chart.h"
#include "hc-format.h"
#include "hc-plan-scenarios.h"

#define MARGIN 36.0
#define GAP 18.0
#define LABEL_WIDTH 170.0
#define GANTT_LABEL_WIDTH 150.0
#define MAX_ROW_HEIGHT 14.0
#define POINTS_PER_UNIT (72.0 / HC_CHART_UNITS_PER_INCH)

/* A column's colour: the base in the text's grey, each scenario in a
 * series colour, and a dash of its own so that print in grey keeps them
 * apart. */
static HcChartColor
column_color (const HcChartStyle *style,
              guint               column)
{
  /* The series colours that hold their own against a light and a dark
   * background, the darkest first. */
  static const guint order[] = { 0, 2, 5, 4 };

  return column == 0 ? style->text_dim : style->category[order[(column - 1) % G_N_ELEMENTS (order)]];
}

static void
set_dash (cairo_t *cr,
          guint    column)
{
  static const double dashes[][2] = { { 0, 0 }, { 8, 4 }, { 3, 3 }, { 12, 3 }, { 1.5, 3 } };

  if (column == 0)
    cairo_set_dash (cr, NULL, 0, 0);
  else
    cairo_set_dash (cr, dashes[column % G_N_ELEMENTS (dashes)], 2, 0);
}

static void
label (GArray          *labels,
       HcChartTextKind  kind,
       HcChartAlign     align,
       double           x,
       double           y,
       double           width,
       double           height,
       char            *text)
{
  g_autofree char *safe = _hc_chart_text_sanitize (text);

  g_free (text);
  hc_chart_label_array_add (labels, kind, align, x, y, width, height, g_steal_pointer (&safe));
}

/* The table: a row per figure, the value and under it its difference to
 * the first column.  Returns its height. */
static double
paint_table (HcComparison       *comparison,
             cairo_t            *cr,
             HcChartText        *text,
             double              x,
             double              y,
             double              width,
             const HcChartStyle *style)
{
  const char *currency = hc_comparison_get_currency (comparison);
  guint n = hc_comparison_get_n_columns (comparison);
  const HcCompareColumn *first = hc_comparison_get_column (comparison, 0);
  double head = _hc_chart_text_line_height (HC_CHART_TEXT_HEADING) + 4;
  double line = _hc_chart_text_line_height (HC_CHART_TEXT_BODY);
  double small = _hc_chart_text_line_height (HC_CHART_TEXT_SMALL);
  double row = line + small + 4;
  double column_width = (width - LABEL_WIDTH) / n;
  g_autofree char *first_year = hc_budget_get_first_year_label (first->budget);
  g_autofree char *first_year_cash = g_strdup_printf (_("%s (cash)"), first_year);
  const char *row_labels[] = {
    C_("summary row", "Headcount"), first_year_cash, _("Annual run rate"), _("Team complete"),
    _("Team productive"), _("Checks and conflicts"),
  };
  g_autoptr(GArray) labels = hc_chart_label_array_new ();

  for (guint r = 0; r < G_N_ELEMENTS (row_labels); r++)
    {
      double ry = y + head + r * row;

      if (r % 2 == 0)
        {
          hc_chart_style_set_source (cr, style->axis_band[1]);
          cairo_rectangle (cr, x, ry, width, row);
          cairo_fill (cr);
        }
      label (labels, HC_CHART_TEXT_BODY, HC_CHART_ALIGN_START, x + 6, ry + 2, LABEL_WIDTH - 12, line,
             g_strdup (row_labels[r]));
    }
  for (guint c = 0; c < n; c++)
    {
      const HcCompareColumn *column = hc_comparison_get_column (comparison, c);
      double cx = x + LABEL_WIDTH + c * column_width + 6;
      double cw = column_width - 12;
      GDate start = hc_plan_get_start_date (column->plan);
      gboolean other = c > 0;
      char *values[6], *differences[6];
      g_autofree char *warnings = NULL;

      /* The column's colour, as its rows and its cash line have it. */
      hc_chart_style_set_source (cr, column_color (style, c));
      cairo_rectangle (cr, cx, y + head - 4, cw, 2.5);
      cairo_fill (cr);
      label (labels, HC_CHART_TEXT_HEADING, HC_CHART_ALIGN_START, cx, y, cw, head - 4,
             g_strdup (column->name));

      values[0] = g_strdup_printf ("%u", hc_plan_get_headcount (column->plan));
      differences[0] = other ? hc_compare_format_count_difference (hc_plan_get_headcount (first->plan),
                                                                   hc_plan_get_headcount (column->plan))
                             : NULL;
      values[1] = hc_format_money_range_compact (hc_budget_get_first_year (column->budget), currency);
      differences[1] = other ? hc_compare_format_money_difference (hc_budget_get_first_year (first->budget),
                                                                   hc_budget_get_first_year (column->budget),
                                                                   currency)
                             : NULL;
      values[2] = hc_format_money_range_compact (hc_budget_get_annual_run_rate (column->budget), currency);
      differences[2] = other ? hc_compare_format_money_difference (hc_budget_get_annual_run_rate (first->budget),
                                                                   hc_budget_get_annual_run_rate (column->budget),
                                                                   currency)
                             : NULL;
      values[3] = hc_format_week_month_span (hc_timeline_get_team_complete (column->timeline), &start);
      differences[3] = other ? hc_compare_format_weeks_difference (hc_timeline_get_team_complete (first->timeline),
                                                                   hc_timeline_get_team_complete (column->timeline))
                             : NULL;
      values[4] = hc_format_week_month_span (hc_timeline_get_team_productive (column->timeline), &start);
      differences[4] = other ? hc_compare_format_weeks_difference (hc_timeline_get_team_productive (first->timeline),
                                                                   hc_timeline_get_team_productive (column->timeline))
                             : NULL;
      /* Translators: the slide's checks cell: "1 warning, 2 notes · 1 conflict" */
      warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                               column->n_warnings), column->n_warnings);
      values[5] = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u conflict", "%s · %u conflicts",
                                                column->conflicts->len),
                                   warnings, column->conflicts->len);
      differences[5] = other && column->market != HC_MARKET_GUIDES
                       ? g_strdup (hc_market_get_label (column->market)) : NULL;
      for (guint r = 0; r < 6; r++)
        {
          double ry = y + head + r * row;

          label (labels, HC_CHART_TEXT_BODY, HC_CHART_ALIGN_START, cx, ry + 2, cw, line, values[r]);
          if (differences[r] != NULL)
            label (labels, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START, cx, ry + 2 + line, cw, small,
                   r == 5 ? differences[r] : g_strdup_printf ("(%s)", differences[r]));
          if (r != 5)
            g_free (differences[r]);
        }
    }
  _hc_chart_text_draw_labels (text, cr, labels, style, NULL);
  return head + G_N_ELEMENTS (row_labels) * row;
}

static guint
count_entries (HcComparison *comparison)
{
  guint entries = 0;

  for (guint c = 0; c < hc_comparison_get_n_columns (comparison); c++)
    entries += hc_timeline_get_n_entries (hc_comparison_get_column (comparison, c)->timeline);
  return entries;
}

/* Each column's rows under its name: the search (faint) and the start
 * (solid), on one time axis; a changed or added position is marked. */
static void
paint_gantt (HcComparison       *comparison,
             cairo_t            *cr,
             HcChartText        *text,
             const HcChartRect  *area,
             const HcChartStyle *style)
{
  double head = _hc_chart_text_line_height (HC_CHART_TEXT_BODY);
  double small = _hc_chart_text_line_height (HC_CHART_TEXT_SMALL);
  double legend = small + 4;
  double axis = small + 2;
  guint n = hc_comparison_get_n_columns (comparison);
  /* Rows share what the groups' names leave; a large plan's rows become
   * thin lines, which still show where its hires fall, and never spill
   * below the chart. */
  double row = MIN (MAX_ROW_HEIGHT, (area->height - legend - axis - n * head) / MAX (count_entries (comparison), 1));
  gboolean labelled = row >= _hc_chart_text_line_height (HC_CHART_TEXT_SMALL) - 2;
  double bars_x = area->x + (labelled ? GANTT_LABEL_WIDTH : 0);
  double bars_width = area->width - (bars_x - area->x);
  double end = 1;
  double y = area->y;
  double step;
  g_autoptr(GArray) labels = hc_chart_label_array_new ();

  for (guint c = 0; c < n; c++)
    end = MAX (end, hc_timeline_get_end_week (hc_comparison_get_column (comparison, c)->timeline));
  step = hc_chart_nice_step (end, 8);

  /* The week grid behind every group. */
  for (double w = 0; w <= end + 1e-9; w += step)
    {
      double gx = bars_x + w / end * bars_width;

      hc_chart_style_set_source (cr, style->grid);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, gx, area->y);
      cairo_line_to (cr, gx, area->y + area->height - legend - axis);
      cairo_stroke (cr);
      label (labels, HC_CHART_TEXT_AXIS, HC_CHART_ALIGN_CENTER, gx - 30,
             area->y + area->height - legend - axis, 60, axis,
             /* Translators: a week on the comparison's time axis: "week 12" */
             g_strdup_printf (_("week %u"), (guint) round (w)));
    }

  for (guint c = 0; c < n; c++)
    {
      const HcCompareColumn *column = hc_comparison_get_column (comparison, c);
      GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (column->plan));
      guint entries = hc_timeline_get_n_entries (column->timeline);

      hc_chart_style_set_source (cr, column_color (style, c));
      cairo_rectangle (cr, area->x, y + head - 3, 4, -(head - 6));
      cairo_fill (cr);
      label (labels, HC_CHART_TEXT_BODY, HC_CHART_ALIGN_START, area->x + 8, y, area->width - 8, head,
             g_strdup (column->name));
      y += head;
      for (guint i = 0; i < entries; i++)
        {
          const HcTimelineEntry *entry = hc_timeline_get_entry (column->timeline, i);
          g_autoptr(HcPosition) position = g_list_model_get_item (positions, entry->position_index);
          gboolean changed = g_hash_table_contains (column->changed, hc_position_get_id (position));
          HcChartColor ink = style->kind[entry->kind];
          double x0 = bars_x + entry->search_start / end * bars_width;
          double x1 = bars_x + entry->start.low / end * bars_width;
          double x2 = bars_x + entry->start.high / end * bars_width;
          double bar = row > 4 ? row - 3 : row;

          hc_chart_style_set_source (cr, hc_chart_color_mix (ink, style->background, style->search_fade));
          cairo_rectangle (cr, x0, y + (row - bar) / 2, MAX (x1 - x0, 0.5), bar);
          cairo_fill (cr);
          hc_chart_style_set_source (cr, ink);
          cairo_rectangle (cr, x1, y + (row - bar) / 2, MAX (x2 - x1, 1.5), bar);
          cairo_fill (cr);
          if (changed)
            {
              /* A mark in the margin and a frame: not colour alone. */
              hc_chart_style_set_source (cr, style->today);
              cairo_set_line_width (cr, MIN (1.5, bar / 2));
              cairo_rectangle (cr, x0, y + (row - bar) / 2, MAX (x2 - x0, 1.5), bar);
              cairo_stroke (cr);
              cairo_move_to (cr, bars_x - 7, y + row / 2 - MIN (4, row / 2));
              cairo_line_to (cr, bars_x - 1, y + row / 2);
              cairo_line_to (cr, bars_x - 7, y + row / 2 + MIN (4, row / 2));
              cairo_close_path (cr);
              cairo_fill (cr);
            }
          if (labelled)
            label (labels, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START, area->x + 8, y,
                   GANTT_LABEL_WIDTH - 18, row, hc_plan_describe_position (column->plan, position));
          y += row;
        }
    }
  hc_chart_style_set_source (cr, style->today);
  cairo_move_to (cr, area->x + 1, area->y + area->height - legend + 2);
  cairo_line_to (cr, area->x + 7, area->y + area->height - legend + legend / 2);
  cairo_line_to (cr, area->x + 1, area->y + area->height - 2);
  cairo_close_path (cr);
  cairo_fill (cr);
  label (labels, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START, area->x + 12, area->y + area->height - legend,
         area->width - 12, legend,
         g_strdup (_("added or changed in the scenario · faint: the search · solid: the start")));
  _hc_chart_text_draw_labels (text, cr, labels, style, NULL);
}

/* Every column's cash from the plan start, month by month: its range as
 * a faint band and its middle as a line. */
static void
paint_cash (HcComparison       *comparison,
            cairo_t            *cr,
            HcChartText        *text,
            const HcChartRect  *area,
            const HcChartStyle *style)
{
  const char *currency = hc_comparison_get_currency (comparison);
  guint n = hc_comparison_get_n_columns (comparison);
  double head = _hc_chart_text_line_height (HC_CHART_TEXT_HEADING);
  double small = _hc_chart_text_line_height (HC_CHART_TEXT_SMALL);
  double legend = n * (small + 2);
  double axis_width = 64;
  HcChartRect plot = { area->x + axis_width, area->y + head + 6, area->width - axis_width,
                       area->height - head - 6 - small - 6 - legend };
  guint months = 1;
  double top = 1, step;
  g_autoptr(GArray) labels = hc_chart_label_array_new ();

  label (labels, HC_CHART_TEXT_HEADING, HC_CHART_ALIGN_START, area->x, area->y, area->width, head,
         g_strdup (_("Cumulative cash")));
  for (guint c = 0; c < n; c++)
    {
      HcBudget *budget = hc_comparison_get_column (comparison, c)->budget;
      guint m = hc_budget_get_n_months (budget);

      months = MAX (months, m);
      if (m > 0)
        top = MAX (top, hc_budget_get_cumulative (budget, m - 1).high);
    }
  step = hc_chart_nice_step (top, 5);
  top = ceil (top / step) * step;
  for (double v = 0; v <= top + step / 2; v += step)
    {
      double gy = plot.y + plot.height - v / top * plot.height;

      hc_chart_style_set_source (cr, style->grid);
      cairo_set_line_width (cr, 0.75);
      cairo_move_to (cr, plot.x, gy);
      cairo_line_to (cr, plot.x + plot.width, gy);
      cairo_stroke (cr);
      label (labels, HC_CHART_TEXT_AXIS, HC_CHART_ALIGN_END, area->x, gy - small / 2, axis_width - 6, small,
             hc_format_money_compact (v, currency));
    }
  for (guint m = 0; m <= months; m += MAX (months / 6, 1))
    label (labels, HC_CHART_TEXT_AXIS, HC_CHART_ALIGN_CENTER, plot.x + (double) m / months * plot.width - 30,
           plot.y + plot.height + 3, 60, small,
           /* Translators: a month on the cash chart's axis: "month 12" */
           g_strdup_printf (_("month %u"), m));

  for (guint c = 0; c < n; c++)
    {
      const HcCompareColumn *column = hc_comparison_get_column (comparison, c);
      guint m = hc_budget_get_n_months (column->budget);
      HcChartColor color = column_color (style, c);

      /* Month k ends at x(k + 1): cash starts at 0 on the plan's first day. */
      cairo_move_to (cr, plot.x, plot.y + plot.height);
      for (guint k = 0; k < m; k++)
        cairo_line_to (cr, plot.x + (double) (k + 1) / months * plot.width,
                       plot.y + plot.height - hc_budget_get_cumulative (column->budget, k).high / top * plot.height);
      for (guint k = m; k > 0; k--)
        cairo_line_to (cr, plot.x + (double) k / months * plot.width,
                       plot.y + plot.height - hc_budget_get_cumulative (column->budget, k - 1).low / top * plot.height);
      cairo_close_path (cr);
      hc_chart_style_set_source_alpha (cr, color, 0.12);
      cairo_fill (cr);

      cairo_move_to (cr, plot.x, plot.y + plot.height);
      for (guint k = 0; k < m; k++)
        cairo_line_to (cr, plot.x + (double) (k + 1) / months * plot.width,
                       plot.y + plot.height - hc_range_mid (hc_budget_get_cumulative (column->budget, k)) / top * plot.height);
      hc_chart_style_set_source (cr, color);
      cairo_set_line_width (cr, 2);
      set_dash (cr, c);
      cairo_stroke (cr);

      /* The legend: the line as drawn, then the name. */
      {
        double ly = area->y + area->height - legend + c * (small + 2) + small / 2;

        cairo_move_to (cr, area->x + axis_width, ly);
        cairo_line_to (cr, area->x + axis_width + 28, ly);
        cairo_stroke (cr);
        label (labels, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START, area->x + axis_width + 34, ly - small / 2,
               area->width - axis_width - 34, small, g_strdup (column->name));
      }
      cairo_set_dash (cr, NULL, 0, 0);
    }
  _hc_chart_text_draw_labels (text, cr, labels, style, NULL);
}

void
hc_compare_chart_paint (HcComparison       *comparison,
                        cairo_t            *cr,
                        double              width,
                        double              height,
                        const HcChartStyle *style)
{
  g_autoptr(HcChartText) text = _hc_chart_text_new (cr);
  g_autoptr(GArray) labels = hc_chart_label_array_new ();
  double title = _hc_chart_text_line_height (HC_CHART_TEXT_TITLE);
  double small = _hc_chart_text_line_height (HC_CHART_TEXT_SMALL);
  double y = MARGIN;
  double inner = width - 2 * MARGIN;
  double table;
  HcChartRect gantt, cash;

  g_return_if_fail (comparison != NULL);

  hc_chart_style_set_source (cr, style->background);
  cairo_paint (cr);

  /* Translators: the comparison slide's title; %s is the plan's title */
  label (labels, HC_CHART_TEXT_TITLE, HC_CHART_ALIGN_START, MARGIN, y, inner, title,
         g_strdup_printf (_("%s: options side by side"), hc_comparison_get_title (comparison)));
  y += title + 10;
  table = paint_table (comparison, cr, text, MARGIN, y, inner, style);
  y += table + GAP;

  gantt = (HcChartRect) { MARGIN, y, inner * 0.58, height - MARGIN - small - 6 - y };
  cash = (HcChartRect) { MARGIN + inner * 0.58 + GAP, y, inner * 0.42 - GAP, gantt.height };
  paint_gantt (comparison, cr, text, &gantt, style);
  paint_cash (comparison, cr, text, &cash, style);

  label (labels, HC_CHART_TEXT_SMALL, HC_CHART_ALIGN_START, MARGIN, height - MARGIN - small + 4, inner, small,
         /* Translators: the slide's footer: what the differences are to, and the ranges' note */
         g_strdup_printf (_("Differences to “%s” · %s"), hc_comparison_get_column (comparison, 0)->name,
                          hc_budget_get_ranges_note ()));
  _hc_chart_text_draw_labels (text, cr, labels, style, NULL);
}

/* ───────────────────────── Export ───────────────────────── */

static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return hc_atomic_file_write (closure, data, length, NULL) ? CAIRO_STATUS_SUCCESS
                                                            : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
write_png_bytes (gpointer      closure,
                 const guint8 *data,
                 gsize         len)
{
  return hc_atomic_file_write (closure, data, len, NULL);
}

gboolean
hc_compare_chart_export (HcComparison  *comparison,
                         const char    *path,
                         HcPageFormat   page,
                         double         scale,
                         GError       **error)
{
  g_autofree char *lower = g_ascii_strdown (path, -1);
  HcAtomicFile *file;
  cairo_surface_t *surface;
  cairo_status_t status;
  double width, height;
  cairo_t *cr;

  g_return_val_if_fail (comparison != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (!g_str_has_suffix (lower, ".pdf") && !g_str_has_suffix (lower, ".svg") &&
      !g_str_has_suffix (lower, ".png"))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: cannot tell the format from the name; end it in .pdf, .svg or .png"), path);
      return FALSE;
    }
  hc_page_format_get_size (page == HC_PAGE_FIT ? HC_PAGE_SLIDE : page, &width, &height);
  scale = scale > 0 ? scale : 2.0;
  file = hc_atomic_file_begin (path, HC_ATOMIC_FILE_NONE, error);
  if (file == NULL)
    return FALSE;

  if (g_str_has_suffix (lower, ".png"))
    {
      surface = _hc_chart_image_surface_new ((int) ceil (width * scale - 1e-6),
                                             (int) ceil (height * scale - 1e-6));
      cr = cairo_create (surface);
      cairo_scale (cr, scale, scale);
      hc_compare_chart_paint (comparison, cr, width, height, hc_chart_style_get_light ());
      status = cairo_status (cr);
      cairo_destroy (cr);
      if (status == CAIRO_STATUS_SUCCESS &&
          !_hc_chart_write_png (surface, write_png_bytes, file, NULL))
        status = CAIRO_STATUS_WRITE_ERROR;
      cairo_surface_destroy (surface);
    }
  else
    {
      if (g_str_has_suffix (lower, ".pdf"))
        {
          g_autofree char *title = _hc_chart_text_sanitize (hc_comparison_get_title (comparison));

          surface = cairo_pdf_surface_create_for_stream (write_to_file, file, width * POINTS_PER_UNIT,
                                                         height * POINTS_PER_UNIT);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
          cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Headcount " PACKAGE_VERSION);
        }
      else
        {
          surface = cairo_svg_surface_create_for_stream (write_to_file, file, width * POINTS_PER_UNIT,
                                                         height * POINTS_PER_UNIT);
          cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
        }
      cr = cairo_create (surface);
      cairo_scale (cr, POINTS_PER_UNIT, POINTS_PER_UNIT);
      hc_compare_chart_paint (comparison, cr, width, height, hc_chart_style_get_light ());
      cairo_show_page (cr);
      status = cairo_status (cr);
      cairo_destroy (cr);
      cairo_surface_finish (surface);
      if (status == CAIRO_STATUS_SUCCESS)
        status = cairo_surface_status (surface);
      cairo_surface_destroy (surface);
    }
  if (!hc_atomic_file_check (file, error))
    {
      hc_atomic_file_abort (file);
      return FALSE;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      hc_atomic_file_abort (file);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: could not write the chart: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return hc_atomic_file_commit (file, error);
}
