/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hc-budget-chart.h"
#include "hc-chart-pages.h"
#include "hc-gantt-paint.h"

/* The shortest "fit" page: a plan of one row still gets a readable page. */
#define MIN_FIT_HEIGHT 200.0

struct _HcChartPages
{
  HcPlan         *plan;
  HcBudget       *budget;
  HcGanttChart   *gantt;
  HcGanttOptions  options;       /* the phase chart's pages */
  guint           n_gantt_pages;
  gboolean        budget_page;
  double          width;         /* the budget page's size */
  double          height;
};

void
hc_page_format_get_size (HcPageFormat  page,
                         double       *width,
                         double       *height)
{
  g_return_if_fail (width != NULL && height != NULL);

  switch (page)
    {
    case HC_PAGE_A4:
      *width = 297.0 / 25.4 * HC_CHART_UNITS_PER_INCH;
      *height = 210.0 / 25.4 * HC_CHART_UNITS_PER_INCH;
      break;
    case HC_PAGE_LETTER:
      *width = 11.0 * HC_CHART_UNITS_PER_INCH;
      *height = 8.5 * HC_CHART_UNITS_PER_INCH;
      break;
    case HC_PAGE_SLIDE:
    case HC_PAGE_FIT:
    default:
      *width = 13.333 * HC_CHART_UNITS_PER_INCH;
      *height = 7.5 * HC_CHART_UNITS_PER_INCH;
      break;
    }
  *width = round (*width);
  *height = round (*height);
}

static HcChartPages *
pages_new (HcPlan      *plan,
           HcChartKind  kind,
           double       width,
           double       height,
           gboolean     fit,
           gboolean     split_time,
           const GDate *prepared)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  HcChartPages *self = g_rc_box_new0 (HcChartPages);

  self->plan = g_object_ref (plan);
  self->budget = hc_budget_compute (plan, timeline);
  self->gantt = hc_gantt_chart_new (plan, timeline, self->budget);
  self->width = width;
  self->height = height;
  hc_gantt_options_init (&self->options, width, height);
  self->options.split_time = split_time;
  if (prepared != NULL)
    self->options.today = *prepared;
  if (kind != HC_CHART_BUDGET)
    {
      if (fit)
        self->options.height = MAX (hc_gantt_layout_get_fit_height (self->gantt, &self->options),
                                    MIN_FIT_HEIGHT);
      self->n_gantt_pages = hc_gantt_layout_count_pages (self->gantt, &self->options);
    }
  self->budget_page = kind != HC_CHART_GANTT;
  /* One document: the phase chart's pages count the budget page too. */
  if (self->budget_page)
    self->options.pages_after = 1;
  return self;
}

HcChartPages *
hc_chart_pages_new (HcPlan      *plan,
                    HcChartKind  kind,
                    double       width,
                    double       height,
                    gboolean     split_time,
                    const GDate *prepared)
{
  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (width > 0 && height > 0, NULL);
  g_return_val_if_fail ((guint) kind <= HC_CHART_ALL, NULL);

  return pages_new (plan, kind, width, height, FALSE, split_time, prepared);
}

HcChartPages *
hc_chart_pages_new_for_format (HcPlan       *plan,
                               HcChartKind   kind,
                               HcPageFormat  page,
                               gboolean      split_time,
                               const GDate  *prepared)
{
  double width, height;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail ((guint) kind <= HC_CHART_ALL, NULL);

  hc_page_format_get_size (page, &width, &height);
  return pages_new (plan, kind, width, height, page == HC_PAGE_FIT, split_time, prepared);
}

HcChartPages *
hc_chart_pages_ref (HcChartPages *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_rc_box_acquire (self);
}

static void
pages_clear (HcChartPages *self)
{
  g_clear_object (&self->plan);
  g_clear_pointer (&self->budget, hc_budget_unref);
  g_clear_pointer (&self->gantt, hc_gantt_chart_unref);
}

void
hc_chart_pages_unref (HcChartPages *self)
{
  g_return_if_fail (self != NULL);

  g_rc_box_release_full (self, (GDestroyNotify) pages_clear);
}

guint
hc_chart_pages_get_n_pages (HcChartPages *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_gantt_pages + (self->budget_page ? 1 : 0);
}

gboolean
hc_chart_pages_is_budget_page (HcChartPages *self,
                               guint         page)
{
  g_return_val_if_fail (self != NULL, FALSE);

  return self->budget_page && page == self->n_gantt_pages;
}

void
hc_chart_pages_get_page_size (HcChartPages *self,
                              guint         page,
                              double       *width,
                              double       *height)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (page < hc_chart_pages_get_n_pages (self));
  g_return_if_fail (width != NULL && height != NULL);

  if (hc_chart_pages_is_budget_page (self, page))
    {
      *width = self->width;
      *height = self->height;
    }
  else
    {
      *width = self->options.width;
      *height = self->options.height;
    }
}

void
hc_chart_pages_paint (HcChartPages       *self,
                      cairo_t            *cr,
                      guint               page,
                      const HcChartStyle *style)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);
  g_return_if_fail (style != NULL);
  g_return_if_fail (page < hc_chart_pages_get_n_pages (self));

  cairo_save (cr);
  if (hc_chart_pages_is_budget_page (self, page))
    {
      g_autoptr(HcBudgetLayout) layout =
        hc_budget_layout_new (self->plan, self->budget, self->width, self->height, TRUE, &self->options.today);
      guint n_pages = hc_chart_pages_get_n_pages (self);

      if (n_pages > 1)
        hc_budget_layout_add_page_label (layout, g_strdup_printf (_("Page %u of %u"), page + 1, n_pages));
      hc_budget_paint (cr, layout, style);
    }
  else
    {
      g_autoptr(HcGanttLayout) layout = hc_gantt_layout_new_page (self->gantt, &self->options, page);
      hc_gantt_paint (cr, layout, style);
    }
  cairo_restore (cr);
}
