/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The budget chart's layout at the widths it is drawn at: a slide, a
 * wide window and a phone-narrow one. */
#define G_LOG_DOMAIN "test-budget-layout"

#include "config.h"

#include <locale.h>
#include <math.h>

#include "hc-budget-chart.h"
#include "hc-templates.h"
#include "hc-timeline.h"
#include "../hc-test.h"

typedef struct
{
  HcPlan   *plan;
  HcBudget *budget;
} Fixture;

static void
fixture_set_up (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcTimeline) timeline = NULL;

  f->plan = hc_template_load ("five-person", &error);
  g_assert_no_error (error);
  timeline = hc_timeline_compute (f->plan);
  f->budget = hc_budget_compute (f->plan, timeline);
}

static void
fixture_tear_down (Fixture       *f,
                   gconstpointer  data)
{
  hc_budget_unref (f->budget);
  g_object_unref (f->plan);
}

static void
assert_inside (const HcChartRect *r,
               double             width,
               double             height)
{
  g_assert_cmpfloat (r->x, >=, 0);
  g_assert_cmpfloat (r->y, >=, 0);
  g_assert_cmpfloat (r->x + r->width, <=, width);
  g_assert_cmpfloat (r->y + r->height, <=, height);
}

/* Wide: the months on the left, the first year by category on the right,
 * one bar a category, and every legend entry on one line. */
static void
test_wide (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(HcBudgetLayout) layout = hc_budget_layout_new (f->plan, f->budget, 1200, 560, FALSE, NULL);

  g_assert_cmpuint (layout->bars->len, ==, HC_N_CATEGORIES);
  g_assert_cmpfloat (layout->breakdown.x, >, layout->monthly.x + layout->monthly.width);
  g_assert_cmpfloat (layout->equity_box.width, >, 0);
  g_assert_cmpuint (layout->legend->len, ==, HC_N_CATEGORIES + 1);
  for (guint i = 0; i < layout->legend->len; i++)
    g_assert_cmpfloat (g_array_index (layout->legend, HcChartRect, i).y, ==,
                       g_array_index (layout->legend, HcChartRect, 0).y);
  assert_inside (&layout->breakdown, 1200, 560);
}

/* Narrow: no second panel; the months take the width, and the legend
 * wraps onto more lines instead of losing entries. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(HcBudgetLayout) layout = hc_budget_layout_new (f->plan, f->budget, 340, 440, FALSE, NULL);
  const HcChartRect *first, *last;

  g_assert_cmpuint (layout->bars->len, ==, 0);
  g_assert_cmpfloat (layout->equity_box.width, ==, 0);
  g_assert_cmpfloat (layout->monthly.width, >, 340 / 2.0);
  assert_inside (&layout->monthly, 340, 440);
  g_assert_cmpuint (layout->legend->len, ==, HC_N_CATEGORIES + 1);
  first = &g_array_index (layout->legend, HcChartRect, 0);
  last = &g_array_index (layout->legend, HcChartRect, layout->legend->len - 1);
  g_assert_cmpfloat (last->y, >, first->y);
  for (guint i = 0; i < layout->legend->len; i++)
    assert_inside (&g_array_index (layout->legend, HcChartRect, i), 340, 440);
  /* The legend sits below the plot and its month labels. */
  g_assert_cmpfloat (first->y, >, layout->monthly.y + layout->monthly.height);
}

/* Every month label names the calendar month of the bar under it, at
 * every width (one label a month or one every few), for a start on the
 * first of a month: 1 Feb 2027 over 24 months once read "Dec, Jan 28,
 * Apr", weeks of 30.4 days drifting off the calendar.  The year shows on
 * the first label and wherever it changes. */
static void
test_month_labels (Fixture       *f,
                   gconstpointer  data)
{
  static const double widths[] = { 1280, 900, 600, 340 };
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (f->plan, &start);
  hc_plan_set_horizon_months (f->plan, 24);
  timeline = hc_timeline_compute (f->plan);
  budget = hc_budget_compute (f->plan, timeline);
  g_assert_cmpuint (hc_budget_get_n_months (budget), ==, 24);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(HcBudgetLayout) layout = hc_budget_layout_new (f->plan, budget, widths[w], 560, FALSE, NULL);
      const HcChartRect *plot = &layout->monthly;
      double slot = plot->width / 24;
      guint n_seen = 0, last_year = 0, previous = G_MAXUINT, step = 0;

      for (guint i = 0; i < layout->labels->len; i++)
        {
          const HcChartLabel *label = &g_array_index (layout->labels, HcChartLabel, i);
          double cx = label->rect.x + label->rect.width / 2;
          GDate date = start;
          char month[32], with_year[32];
          guint m;

          if (label->kind != HC_CHART_TEXT_AXIS || label->rect.y < plot->y + plot->height)
            continue;
          m = (guint) floor ((cx - plot->x) / slot);
          g_assert_cmpuint (m, <, 24);
          g_date_add_months (&date, m);
          g_date_strftime (month, sizeof month, "%b", &date);
          g_date_strftime (with_year, sizeof with_year, "%b %y", &date);
          if (g_date_get_year (&date) != last_year)
            g_assert_cmpstr (label->text, ==, with_year);
          else
            g_assert_cmpstr (label->text, ==, month);
          last_year = g_date_get_year (&date);
          n_seen++;
          /* Regular: the same number of months between labels, a divisor
           * of a year, on the same months every year (Jan, Apr, Jul, Oct). */
          if (previous != G_MAXUINT)
            {
              if (step == 0)
                step = m - previous;
              g_assert_cmpuint (m - previous, ==, step);
              g_assert_true (12 % step == 0 || step % 12 == 0);
              g_assert_cmpuint ((g_date_get_month (&date) - 1) % step, ==, 0);
            }
          previous = m;
        }
      /* A label at least every half-year. */
      g_assert_cmpuint (n_seen, >=, 4);
    }
}

/* A plan whose horizon is shorter than a year says "first N months"
 * wherever it shows that total (DOMAIN.md): the panel's heading too,
 * which said "First year" on a 4-month plan. */
static void
test_short_horizon_heading (Fixture       *f,
                            gconstpointer  data)
{
  static const struct { guint horizon; const char *heading; } cases[] = {
    { 24, "First year by category, low–high" },
    { 12, "First year by category, low–high" },
    { 4, "First 4 months by category, low–high" },
    { 1, "First 1 month by category, low–high" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(HcTimeline) timeline = NULL;
      g_autoptr(HcBudget) budget = NULL;
      g_autoptr(HcBudgetLayout) layout = NULL;
      guint found = 0;

      hc_plan_set_horizon_months (f->plan, cases[i].horizon);
      timeline = hc_timeline_compute (f->plan);
      budget = hc_budget_compute (f->plan, timeline);
      layout = hc_budget_layout_new (f->plan, budget, 1200, 560, FALSE, NULL);
      for (guint k = 0; k < layout->labels->len; k++)
        {
          const HcChartLabel *label = &g_array_index (layout->labels, HcChartLabel, k);

          if (g_strcmp0 (label->text, cases[i].heading) == 0)
            found++;
          if (cases[i].horizon < 12)
            g_assert_null (g_strstr_len (label->text, -1, "irst year"));
        }
      g_assert_cmpuint (found, ==, 1);
    }
}

int
main (int   argc,
      char *argv[])
{
  /* The locale meson gives: these tests run under C.UTF-8 and de_DE.UTF-8. */
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/budget-layout/wide", Fixture, NULL, fixture_set_up, test_wide, fixture_tear_down);
  g_test_add ("/budget-layout/narrow", Fixture, NULL, fixture_set_up, test_narrow, fixture_tear_down);
  g_test_add ("/budget-layout/month-labels", Fixture, NULL, fixture_set_up, test_month_labels, fixture_tear_down);
  g_test_add ("/budget-layout/short-horizon-heading", Fixture, NULL, fixture_set_up,
              test_short_horizon_heading, fixture_tear_down);
  return g_test_run ();
}
