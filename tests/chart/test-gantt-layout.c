/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gantt-layout"

#include "config.h"

#include <locale.h>
#include <math.h>

#include "chart-test-plan.h"
#include "hc-chart.h"

#define SLIDE_W 1280.0
#define SLIDE_H 720.0

static HcGanttChart *
chart_for_plan (HcPlan *plan)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);

  return hc_gantt_chart_new (plan, timeline, budget);
}

static HcGanttChart *
chart_for_template (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load (name, &error);

  g_assert_no_error (error);
  return chart_for_plan (plan);
}

static void
slide_options (HcGanttOptions *options)
{
  hc_gantt_options_init (options, SLIDE_W, SLIDE_H);
}

static const HcChartLabel *
find_label (const HcGanttLayout *layout, const char *text, double y_min, double y_max)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const HcChartLabel *label = &g_array_index (layout->labels, HcChartLabel, i);
      if (g_str_equal (label->text, text) && label->rect.y >= y_min && label->rect.y < y_max)
        return label;
    }
  return NULL;
}

/* Weeks 1–8 and months 2–6 sit where the calendar says, on the axis and
 * in the phase bands. */
static void
test_axis_mapping (void)
{
  g_autoptr(HcGanttChart) chart = chart_for_template ("five-person");
  g_autoptr(HcGanttLayout) layout = NULL;
  HcGanttOptions options;
  double per_week;
  guint n_month_bands = 0;

  slide_options (&options);
  layout = hc_gantt_layout_new_page (chart, &options, 0);
  per_week = layout->plot.width / layout->end_week;
  g_assert_cmpfloat (layout->end_week, >=, 6 * HC_WEEKS_PER_MONTH - 1e-6);
  g_assert_cmpfloat_with_epsilon (hc_gantt_layout_x_for_week (layout, 0), layout->plot.x, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_gantt_layout_x_for_week (layout, layout->end_week),
                                  layout->plot.x + layout->plot.width, 1e-9);

  for (guint w = 1; w <= 8; w++)
    {
      g_autofree char *text = g_strdup_printf ("%u", w);
      const HcChartLabel *label = find_label (layout, text, layout->header.y, layout->header.y + layout->header.height);
      g_assert_nonnull (label);
      /* Week w is [w − 1, w): its number is centred in that cell. */
      g_assert_cmpfloat_with_epsilon (label->rect.x + label->rect.width / 2, layout->plot.x + (w - 0.5) * per_week, 0.01);
    }

  for (guint i = 0; i < layout->bands->len; i++)
    {
      const HcGanttBand *band = &g_array_index (layout->bands, HcGanttBand, i);
      guint m = ++n_month_bands;

      if (m < 2 || m > 6)
        continue;
      g_assert_cmpfloat_with_epsilon (band->rect.x, layout->plot.x + (m - 1) * HC_WEEKS_PER_MONTH * per_week, 0.01);
      g_assert_cmpfloat_with_epsilon (band->rect.x + band->rect.width, layout->plot.x + m * HC_WEEKS_PER_MONTH * per_week, 0.01);
    }
  g_assert_cmpuint (n_month_bands, ==, (guint) lround (layout->end_week / HC_WEEKS_PER_MONTH));

  /* The guide's phases: weeks 1–8, weeks 4–10, months 2–4, months 3–6. */
  {
    const double expected[4][2] = {
      { 0, 8 }, { 3, 10 },
      { HC_WEEKS_PER_MONTH, 4 * HC_WEEKS_PER_MONTH }, { 2 * HC_WEEKS_PER_MONTH, 6 * HC_WEEKS_PER_MONTH },
    };
    guint p = 0;

    for (guint i = 0; i < layout->rows->len; i++)
      {
        const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
        if (row->kind != HC_GANTT_ROW_PHASE)
          continue;
        g_assert_cmpuint (p, <, 4);
        g_assert_cmpfloat_with_epsilon (row->band_x0, layout->plot.x + expected[p][0] * per_week, 0.01);
        g_assert_cmpfloat_with_epsilon (row->band_x1, layout->plot.x + expected[p][1] * per_week, 0.01);
        p++;
      }
    g_assert_cmpuint (p, ==, 4);
  }
}

/* Each position's search starts inside its phase, and its bars run in
 * order: search, uncertain start, ramp-up. */
static void
test_bars_in_phase (void)
{
  for (const HcTemplateInfo *t = hc_templates_list (); t->name != NULL; t++)
    {
      g_autoptr(HcGanttChart) chart = chart_for_template (t->name);
      g_autoptr(HcGanttLayout) layout = NULL;
      HcGanttOptions options;
      guint n_positions = 0;

      slide_options (&options);
      layout = hc_gantt_layout_new_page (chart, &options, 0);
      for (guint i = 0; i < layout->rows->len; i++)
        {
          const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
          if (row->kind != HC_GANTT_ROW_POSITION)
            continue;
          n_positions++;
          g_assert_true (isfinite (row->band_x0));
          g_assert_cmpfloat (row->search_x, >=, row->band_x0 - 1e-6);
          g_assert_cmpfloat (row->search_x, <=, row->band_x1 + 1e-6);
          g_assert_cmpfloat (row->search_x, <=, row->start_low_x);
          g_assert_cmpfloat (row->start_low_x, <=, row->start_high_x);
          g_assert_cmpfloat (row->start_high_x, <, row->productive_high_x);
          g_assert_cmpfloat (row->productive_high_x, <=, layout->plot.x + layout->plot.width + 1e-6);
          g_assert_cmpfloat (row->bar.y, >=, row->rect.y);
          g_assert_cmpfloat (row->bar.y + row->bar.height, <=, row->rect.y + row->rect.height);
        }
      g_assert_cmpuint (n_positions, >, 0);
    }
}

static void
assert_no_overlaps (const HcGanttLayout *layout)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const HcChartLabel *a = &g_array_index (layout->labels, HcChartLabel, i);

      g_assert_cmpfloat (a->rect.x, >=, 0);
      g_assert_cmpfloat (a->rect.x + a->rect.width, <=, layout->width);
      g_assert_cmpfloat (a->rect.y + a->rect.height, <=, layout->height);
      for (guint j = i + 1; j < layout->labels->len; j++)
        {
          const HcChartLabel *b = &g_array_index (layout->labels, HcChartLabel, j);
          if (hc_chart_rect_intersects (&a->rect, &b->rect))
            g_error ("labels “%s” and “%s” overlap", a->text, b->text);
        }
      /* Never over a bar either. */
      for (guint r = 0; r < layout->rows->len; r++)
        {
          const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, r);
          HcChartRect bar = { row->search_x, row->bar.y, row->productive_high_x - row->search_x, row->bar.height };
          if (row->kind == HC_GANTT_ROW_POSITION && hc_chart_rect_intersects (&a->rect, &bar))
            g_error ("label “%s” lies over a bar", a->text);
        }
    }
}

static void
test_no_overlaps (void)
{
  const double sizes[][2] = { { 1280, 720 }, { 1123, 794 }, { 800, 600 } };

  for (const HcTemplateInfo *t = hc_templates_list (); t->name != NULL; t++)
    for (guint s = 0; s < G_N_ELEMENTS (sizes); s++)
      {
        g_autoptr(HcGanttChart) chart = chart_for_template (t->name);
        HcGanttOptions options;

        hc_gantt_options_init (&options, sizes[s][0], sizes[s][1]);
        for (guint p = 0; p < hc_gantt_layout_count_pages (chart, &options); p++)
          {
            g_autoptr(HcGanttLayout) layout = hc_gantt_layout_new_page (chart, &options, p);
            assert_no_overlaps (layout);
          }
      }

  {
    g_autoptr(HcPlan) plan = chart_test_make_plan (200);
    g_autoptr(HcGanttChart) chart = chart_for_plan (plan);
    HcGanttOptions options;

    slide_options (&options);
    for (guint p = 0; p < hc_gantt_layout_count_pages (chart, &options); p++)
      {
        g_autoptr(HcGanttLayout) layout = hc_gantt_layout_new_page (chart, &options, p);
        assert_no_overlaps (layout);
      }
  }
}

/* Every position row lands on exactly one page, inside the body, and every
 * page shows the axis header and "Page N of M". */
static void
test_pagination (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (1000);
  g_autoptr(HcGanttChart) chart = chart_for_plan (plan);
  g_autoptr(GArray) seen = g_array_new (FALSE, TRUE, sizeof (guint));
  HcGanttOptions options;
  guint n_pages, n_phase_rows = 0;

  slide_options (&options);
  g_array_set_size (seen, 1000);
  n_pages = hc_gantt_layout_count_pages (chart, &options);
  g_assert_cmpuint (n_pages, >, 1000 / 30);

  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(HcGanttLayout) layout = hc_gantt_layout_new_page (chart, &options, p);
      g_autofree char *page_text = g_strdup_printf ("Page %u of %u", p + 1, n_pages);

      g_assert_nonnull (find_label (layout, page_text, 0, layout->height));
      g_assert_nonnull (find_label (layout, "Week", layout->header.y, layout->header.y + layout->header.height));
      g_assert_cmpuint (layout->rows->len, >, 1);
      for (guint i = 0; i < layout->rows->len; i++)
        {
          const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);

          g_assert_cmpfloat (row->rect.y, >=, layout->header.y + layout->header.height);
          g_assert_cmpfloat (row->rect.y + row->rect.height, <=, layout->height - 28 - 38);
          if (row->kind == HC_GANTT_ROW_POSITION)
            g_array_index (seen, guint, row->position_index)++;
          else if (!row->continued)
            n_phase_rows++;
        }
      /* A page never ends on a phase header. */
      g_assert_cmpint (g_array_index (layout->rows, HcGanttRow, layout->rows->len - 1).kind, ==, HC_GANTT_ROW_POSITION);
    }

  for (guint i = 0; i < 1000; i++)
    g_assert_cmpuint (g_array_index (seen, guint, i), ==, 1);
  g_assert_cmpuint (n_phase_rows, ==, 4);
}

static void
test_hit_testing (void)
{
  g_autoptr(HcGanttChart) chart = chart_for_template ("five-person");
  g_autoptr(HcGanttLayout) layout = NULL;
  HcGanttOptions options;
  guint n_positions = 0;

  slide_options (&options);
  layout = hc_gantt_layout_new_page (chart, &options, 0);
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
      double cy = row->rect.y + row->rect.height / 2;
      int expected = row->kind == HC_GANTT_ROW_POSITION ? (int) row->position_index : -1;

      g_assert_cmpint (hc_gantt_layout_item_at (layout, (row->start_low_x + row->productive_high_x) / 2, cy), ==, expected);
      g_assert_cmpint (hc_gantt_layout_item_at (layout, layout->label_column.x + 20, cy), ==, expected);
      if (row->kind == HC_GANTT_ROW_POSITION)
        {
          n_positions++;
          g_assert_true (hc_gantt_layout_find_row (layout, row->position_index) == row);
        }
    }
  g_assert_cmpuint (n_positions, ==, 4);
  g_assert_cmpint (hc_gantt_layout_item_at (layout, layout->plot.x + 5, layout->header.y + 2), ==, -1);
  g_assert_cmpint (hc_gantt_layout_item_at (layout, 5, 5), ==, -1);
}

/* The scrolled view lays out only what is in view, and hit-tests in
 * content coordinates. */
static void
test_visible (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (1000);
  g_autoptr(HcGanttChart) chart = chart_for_plan (plan);
  g_autoptr(HcGanttLayout) layout = NULL;
  HcGanttOptions options;
  HcChartRect visible = { 0, 10000, 1920, 1080 };
  double content_h;

  hc_gantt_options_init (&options, 1920, 0);
  options.show_title = options.show_footer = FALSE;
  content_h = hc_gantt_layout_get_content_height (chart, &options);
  g_assert_cmpfloat (content_h, >, 1000 * 24);

  layout = hc_gantt_layout_new_visible (chart, &options, &visible);
  g_assert_cmpuint (layout->rows->len, >, 30);
  g_assert_cmpuint (layout->rows->len, <, 60);
  g_assert_cmpfloat (layout->header.y, ==, visible.y);
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
      g_assert_cmpfloat (row->rect.y + row->rect.height, >, visible.y + layout->header.height);
      g_assert_cmpfloat (row->rect.y, <, visible.y + visible.height);
      double y = MAX (row->rect.y, layout->header.y + layout->header.height) + 1;

      /* The part of a row under the pinned header belongs to the header. */
      g_assert_cmpint (hc_gantt_layout_item_at (layout, row->productive_high_x - 1, layout->header.y + 1), ==, -1);
      if (row->kind == HC_GANTT_ROW_POSITION)
        g_assert_cmpint (hc_gantt_layout_item_at (layout, row->productive_high_x - 1, y), ==,
                         (int) row->position_index);
    }
}

int
main (int argc, char **argv)
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/gantt/axis-mapping", test_axis_mapping);
  g_test_add_func ("/chart/gantt/bars-in-phase", test_bars_in_phase);
  g_test_add_func ("/chart/gantt/no-overlaps", test_no_overlaps);
  g_test_add_func ("/chart/gantt/pagination", test_pagination);
  g_test_add_func ("/chart/gantt/hit-testing", test_hit_testing);
  g_test_add_func ("/chart/gantt/visible", test_visible);
  return g_test_run ();
}
