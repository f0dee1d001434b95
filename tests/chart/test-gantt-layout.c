/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-gantt-layout"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "chart-test-plan.h"
#include "hc-chart.h"
#include "hc-chart-format.h"
#include "hc-chart-text-private.h"
#include "../hc-test.h"

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
  const GDate *start = hc_gantt_chart_get_start_date (chart);

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
      /* Calendar months from the start date, as in the CSV. */
      g_assert_cmpfloat_with_epsilon (band->rect.x, layout->plot.x + hc_chart_week_for_month (start, m - 1) * per_week, 0.01);
      g_assert_cmpfloat_with_epsilon (band->rect.x + band->rect.width,
                                      layout->plot.x + hc_chart_week_for_month (start, m) * per_week, 0.01);
    }
  g_assert_cmpuint (n_month_bands, ==, hc_chart_month_for_week (start, layout->end_week - 1e-6) + 1);
  g_assert_cmpfloat_with_epsilon (hc_chart_week_for_month (start, n_month_bands), layout->end_week, 1e-9);

  /* The guide's phases: weeks 1–8, weeks 4–10, months 2–4, months 3–6. */
  {
    /* Months are the plan's calendar months (hc-calendar.h). */
    const double expected[4][2] = {
      { 0, 8 }, { 3, 10 },
      { hc_chart_week_for_month (start, 1), hc_chart_week_for_month (start, 4) },
      { hc_chart_week_for_month (start, 2), hc_chart_week_for_month (start, 6) },
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

static HcGanttLayout *
time_split_page (HcGanttChart *chart, guint page)
{
  HcGanttOptions options;

  slide_options (&options);
  options.split_time = TRUE;
  return hc_gantt_layout_new_page (chart, &options, page);
}

/* Row labels are cut only where the page has no room: a long location
 * ("Berlin, Germany") once read "Berlin, Ger…" on a slide with weeks to
 * spare.  The label column widens for them, up to 40 % of the page. */
static void
test_labels_uncut (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  g_autoptr(HcGanttChart) chart = NULL;
  HcChartText *text = _hc_chart_text_get_measurer ();
  const double widths[] = { 1280, 1056, 600 };

  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      hc_position_set_location (position, i % 2 ? "Berlin, Germany" : "US (nationwide, remote)");
    }
  chart = chart_for_plan (plan);

  for (guint w = 0; w < G_N_ELEMENTS (widths); w++)
    {
      g_autoptr(HcGanttLayout) layout = NULL;
      HcGanttOptions options;
      guint n_rows = 0, n_cut = 0;

      hc_gantt_options_init (&options, widths[w], 720);
      layout = hc_gantt_layout_new_page (chart, &options, 0);
      for (guint i = 0; i < layout->labels->len; i++)
        {
          const HcChartLabel *label = &g_array_index (layout->labels, HcChartLabel, i);

          if (label->kind != HC_CHART_TEXT_BODY || !strstr (label->text, " · "))
            continue;
          n_rows++;
          n_cut += _hc_chart_text_width (text, HC_CHART_TEXT_BODY, label->text) > label->rect.width;
        }
      g_assert_cmpuint (n_rows, ==, g_list_model_get_n_items (positions));
      /* A slide and a Letter page hold them whole; a phone-narrow page
       * cuts rather than squeeze the plot away. */
      if (widths[w] >= 1000)
        g_assert_cmpuint (n_cut, ==, 0);
      else
        g_assert_cmpfloat (layout->label_column.width, <=, widths[w] * 0.4);
      g_assert_cmpfloat (layout->plot.width, >=, widths[w] * 0.45);
    }
}

/* A plan starting 1 Feb 2027: the axis's months are the calendar's, named
 * as dates; "Month 2 · 3 Mar" (a 30.4-day month) is gone. */
static void
test_calendar_months (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcGanttChart) chart = NULL;
  g_autoptr(HcGanttLayout) layout = NULL;
  HcGanttOptions options;
  GDate start;
  double march;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (plan, &start);
  chart = chart_for_plan (plan);
  slide_options (&options);
  layout = hc_gantt_layout_new_page (chart, &options, 0);

  /* 1 March is 28 days on: week 4, not 4.33. */
  march = hc_chart_week_for_month (&start, 1);
  g_assert_cmpfloat_with_epsilon (march, 4.0, 1e-9);
  g_assert_cmpuint (hc_chart_month_for_week (&start, 3.99), ==, 0);
  g_assert_cmpuint (hc_chart_month_for_week (&start, 4.0), ==, 1);
  g_assert_cmpuint (hc_chart_month_for_week (&start, 52 + 1.0 / 7), ==, 12);
  g_assert_cmpuint (hc_chart_month_for_week (&start, -3), ==, 0);
  /* A month is named after the calendar month it begins in: from
   * 30 November the first (30 Nov – 29 Dec) is "Nov", and the fourth,
   * from 28 February (the 30th clamped), "Feb". */
  {
    GDate late, d;

    g_date_clear (&late, 1);
    g_date_set_dmy (&late, 30, G_DATE_NOVEMBER, 2026);
    d = hc_chart_date_for_month_name (&late, 0);
    g_assert_cmpint (g_date_get_month (&d), ==, G_DATE_NOVEMBER);
    g_assert_cmpint (g_date_get_year (&d), ==, 2026);
    d = hc_chart_date_for_month_name (&late, 3);
    g_assert_cmpint (g_date_get_month (&d), ==, G_DATE_FEBRUARY);
    g_assert_cmpint (g_date_get_day (&d), ==, 28);
  }
  {
    GDate d = hc_chart_date_for_month_name (&start, 11);
    g_autofree char *name = hc_chart_format_month (&d);
    char expected[32];
    GDate jan;

    g_date_clear (&jan, 1);
    g_date_set_dmy (&jan, 1, G_DATE_JANUARY, 2028);
    g_date_strftime (expected, sizeof expected, "%b 2028", &jan);
    g_assert_cmpstr (name, ==, expected);
  }

  for (guint m = 0; m < 6; m++)
    {
      GDate d = hc_chart_date_for_month_name (&start, m);
      char full[64], medium[64];
      gboolean found = FALSE;

      g_date_strftime (full, sizeof full, "%B %Y", &d);
      g_date_strftime (medium, sizeof medium, "%b %Y", &d);
      found = find_label (layout, full, layout->header.y, layout->header.y + layout->header.height) != NULL
              || find_label (layout, medium, layout->header.y, layout->header.y + layout->header.height) != NULL;
      if (!found)
        g_error ("no month header reads “%s” or “%s”", full, medium);
    }
  for (guint i = 0; i < layout->labels->len; i++)
    g_assert_null (strstr (g_array_index (layout->labels, HcChartLabel, i).text, "Month "));
}

/* The first number in @text: "Month 14 · 1 Jun", "M14" and "14" all give 14. */
static guint
first_number (const char *text)
{
  while (*text != '\0' && !g_ascii_isdigit (*text))
    text++;
  g_assert_true (g_ascii_isdigit (*text));
  return (guint) g_ascii_strtoull (text, NULL, 10);
}

/* Pages are row pages × time slices, in reading order; the slices are
 * whole months at one readable scale and cover the axis end to end. */
static void
test_time_split_pages (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_long_plan (60);
  g_autoptr(HcGanttChart) chart = chart_for_plan (plan);
  HcGanttOptions options;
  guint n_row_pages, n_slices, n_pages;
  double expected_start = 0, per_week = 0;

  slide_options (&options);
  n_row_pages = hc_gantt_layout_count_pages (chart, &options);
  g_assert_cmpuint (hc_gantt_layout_count_time_slices (chart, &options), ==, 1);
  g_assert_cmpfloat (hc_gantt_chart_get_end_week (chart), >, 24 * HC_WEEKS_PER_MONTH);
  options.split_time = TRUE;
  n_slices = hc_gantt_layout_count_time_slices (chart, &options);
  n_pages = hc_gantt_layout_count_pages (chart, &options);
  g_assert_cmpuint (n_row_pages, >=, 2);
  g_assert_cmpuint (n_slices, >=, 2);
  /* The later rows are all hired in the first year: their second slice
   * would be a page of empty rows, and is left out. */
  g_assert_cmpuint (n_pages, >=, n_row_pages);
  g_assert_cmpuint (n_pages, <, n_row_pages * n_slices);

  for (guint p = 0, last_index = 0, n_rows_seen = 0; p < n_pages; p++)
    {
      g_autoptr(HcGanttLayout) layout = time_split_page (chart, p);
      g_autofree char *prefix = g_strdup_printf ("Page %u of %u · ", p + 1, n_pages);
      gboolean has_page_label = FALSE, has_bar = FALSE;
      guint index = layout->row_page * n_slices + layout->time_slice;

      /* Reading order: the same rows through time, then the next rows;
       * every row page at least once. */
      g_assert_true (p == 0 || index > last_index);
      n_rows_seen += p == 0 || layout->row_page != last_index / n_slices;
      last_index = index;
      if (p + 1 == n_pages)
        g_assert_cmpuint (n_rows_seen, ==, n_row_pages);
      for (guint i = 0; i < layout->rows->len; i++)
        {
          const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
          const HcGanttItem *item = hc_gantt_chart_get_item (chart, row->item_index);

          has_bar |= row->kind == HC_GANTT_ROW_POSITION && item->search_start < layout->end_week
                     && item->productive.high > layout->start_week;
        }
      g_assert_true (has_bar);
      g_assert_cmpuint (layout->n_row_pages, ==, n_row_pages);
      g_assert_cmpuint (layout->n_time_slices, ==, n_slices);
      for (guint i = 0; i < layout->labels->len; i++)
        has_page_label |= g_str_has_prefix (g_array_index (layout->labels, HcChartLabel, i).text, prefix);
      g_assert_true (has_page_label);
      g_assert_nonnull (find_label (layout, "Week", layout->header.y, layout->header.y + layout->header.height));
      assert_no_overlaps (layout);
      if (layout->row_page != 0)
        continue;

      /* Contiguous slices of whole months, every one at the same scale. */
      g_assert_cmpfloat_with_epsilon (layout->start_week, expected_start, 1e-9);
      g_assert_cmpfloat_with_epsilon (hc_chart_week_for_month (hc_gantt_chart_get_start_date (chart),
                                                               hc_chart_month_for_week (hc_gantt_chart_get_start_date (chart),
                                                                                        layout->start_week + 1e-6)),
                                      layout->start_week, 1e-9);
      g_assert_cmpfloat (layout->end_week, >, layout->start_week);
      if (per_week == 0)
        per_week = layout->plot.width / (layout->end_week - layout->start_week);
      g_assert_cmpfloat_with_epsilon (layout->plot.width / (layout->end_week - layout->start_week), per_week, 1e-9);
      g_assert_cmpfloat (per_week, >=, HC_GANTT_MIN_WEEK_WIDTH);
      g_assert_cmpfloat (layout->plot.x + layout->plot.width, <=, layout->width - 28 + 1e-9);
      expected_start = layout->end_week;
    }
  g_assert_cmpfloat_with_epsilon (expected_start, hc_gantt_chart_get_end_week (chart), 1e-9);
}

/* Each bar is cut at the slice edges: its pieces lie inside their page's
 * plot, together add up to the whole bar, and say where they run on. */
static void
test_time_split_bars (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_long_plan (60);
  g_autoptr(HcGanttChart) chart = NULL;
  g_autoptr(GArray) shown = g_array_new (FALSE, TRUE, sizeof (double));
  g_autoptr(GArray) milestones = g_array_new (FALSE, TRUE, sizeof (guint));
  HcGanttOptions options;
  guint n_pages, n_before = 0, n_after = 0;

  /* The middle position's search begins two weeks before the first
   * slice ends, so its bar runs across that edge whatever the slices'
   * length. */
  {
    g_autoptr(HcGanttChart) probe = chart_for_plan (plan);
    g_autoptr(HcGanttLayout) first = time_split_page (probe, 0);
    g_autoptr(HcPosition) middle = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 1);
    double week = floor (first->end_week) - 2;

    hc_position_set_earliest_start (middle, &week);
  }
  chart = chart_for_plan (plan);
  slide_options (&options);
  options.split_time = TRUE;
  n_pages = hc_gantt_layout_count_pages (chart, &options);
  g_array_set_size (shown, 60);
  g_array_set_size (milestones, 60);

  for (guint p = 0; p < n_pages; p++)
    {
      g_autoptr(HcGanttLayout) layout = time_split_page (chart, p);
      double per_week = layout->plot.width / (layout->end_week - layout->start_week);
      double plot_end = layout->plot.x + layout->plot.width;

      for (guint i = 0; i < layout->rows->len; i++)
        {
          const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
          const HcGanttItem *item = hc_gantt_chart_get_item (chart, row->item_index);
          gboolean overlaps = item->search_start < layout->end_week && item->productive.high > layout->start_week;

          if (row->kind != HC_GANTT_ROW_POSITION)
            continue;
          g_assert_cmpfloat (row->search_x, >=, layout->plot.x - 1e-9);
          g_assert_cmpfloat (row->productive_high_x, <=, plot_end + 1e-9);
          g_assert_cmpfloat (row->search_x, <=, row->start_low_x);
          g_assert_cmpfloat (row->start_high_x, <=, row->productive_high_x);
          g_assert_cmpint (row->productive_high_x - row->search_x > 1e-9, ==, overlaps);
          g_assert_cmpint (row->continues_before, ==, overlaps && item->search_start < layout->start_week);
          g_assert_cmpint (row->continues_after, ==, overlaps && item->productive.high > layout->end_week);
          if (overlaps)
            g_assert_cmpfloat_with_epsilon (row->search_x,
                                            hc_gantt_layout_x_for_week (layout, MAX (item->search_start, layout->start_week)), 1e-9);
          g_array_index (shown, double, row->position_index) += (row->productive_high_x - row->search_x) / per_week;
          g_array_index (milestones, guint, row->position_index) += row->has_milestone;
          n_before += row->continues_before;
          n_after += row->continues_after;
        }
    }
  /* The middle position runs across the first slice's end. */
  g_assert_cmpuint (n_before, >=, 1);
  g_assert_cmpuint (n_after, ==, n_before);

  for (guint i = 0; i < 60; i++)
    {
      const HcGanttItem *item = hc_gantt_chart_get_item (chart, hc_gantt_chart_find_position (chart, i));
      g_assert_cmpfloat_with_epsilon (g_array_index (shown, double, i), item->productive.high - item->search_start, 1e-6);
      g_assert_cmpuint (g_array_index (milestones, guint, i), ==, 1);
    }
  /* The late position's bar is on the second slice only. */
  {
    g_autoptr(HcGanttLayout) first = time_split_page (chart, 0);
    const HcGanttItem *late = hc_gantt_chart_get_item (chart, hc_gantt_chart_find_position (chart, 0));
    g_assert_cmpfloat (late->search_start, >=, first->end_week);
  }
}

/* A later slice numbers its weeks and months as the plan does. */
static void
test_time_split_axis (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_long_plan (60);
  g_autoptr(HcGanttChart) chart = chart_for_plan (plan);
  g_autoptr(HcGanttLayout) first = time_split_page (chart, 0);
  g_autoptr(HcGanttLayout) later = time_split_page (chart, 1);
  double week_row_y = later->header.y + later->header.height - 20;
  const GDate *start = hc_gantt_chart_get_start_date (chart);
  guint first_month = hc_chart_month_for_week (start, later->start_week + 1e-6);
  guint n_weeks = 0, n_months = 0;

  g_assert_cmpuint (later->time_slice, ==, 1);
  g_assert_cmpfloat (later->start_week, >, first->start_week + 20);
  g_assert_nonnull (find_label (first, "1", week_row_y, week_row_y + 1));
  g_assert_null (find_label (later, "1", week_row_y, week_row_y + 1));

  for (guint i = 0; i < later->labels->len; i++)
    {
      const HcChartLabel *label = &g_array_index (later->labels, HcChartLabel, i);
      guint w;

      if (label->rect.y != week_row_y || label->rect.x < later->plot.x)
        continue;
      w = first_number (label->text);
      g_assert_cmpfloat (w - 1, >=, later->start_week);
      g_assert_cmpfloat (w, <=, later->end_week);
      g_assert_cmpfloat_with_epsilon (label->rect.x + label->rect.width / 2,
                                      hc_gantt_layout_x_for_week (later, w - 0.5), 0.01);
      n_weeks++;
    }
  g_assert_cmpuint (n_weeks, >=, 10);
  for (guint i = 0; i < later->week_ticks->len; i++)
    {
      double x = g_array_index (later->week_ticks, HcGanttTick, i).x;
      g_assert_cmpfloat (x, >=, later->plot.x - 1e-9);
      g_assert_cmpfloat (x, <=, later->plot.x + later->plot.width + 1e-9);
    }

  /* Month bands sit below the quarter row, numbered on from the first slice. */
  for (guint i = 0; i < later->bands->len; i++)
    {
      const HcGanttBand *band = &g_array_index (later->bands, HcGanttBand, i);
      guint m = first_month + n_months;

      if (band->rect.y == later->header.y)
        continue;
      g_assert_cmpfloat_with_epsilon (band->rect.x, hc_gantt_layout_x_for_week (later, hc_chart_week_for_month (start, m)), 1e-6);
      n_months++;
    }
  g_assert_cmpfloat_with_epsilon (hc_chart_week_for_month (start, first_month), later->start_week, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_chart_week_for_month (start, first_month + n_months), later->end_week, 1e-9);
  g_assert_cmpuint (first_month, >, 1);
  /* Each month's header names it as a date: "Feb 2027", "February 2027",
   * or at least its month name. */
  for (guint i = 0, m = first_month; i < later->labels->len; i++)
    {
      const HcChartLabel *label = &g_array_index (later->labels, HcChartLabel, i);

      if (label->rect.y == later->header.y + 18 && label->rect.x >= later->plot.x)
        {
          GDate date = hc_chart_date_for_month_name (start, m++);
          char name[64];

          g_date_strftime (name, sizeof name, "%b", &date);
          g_assert_true (g_str_has_prefix (label->text, name) || g_ascii_isdigit (label->text[0]));
        }
      if (i + 1 == later->labels->len)
        g_assert_cmpuint (m, ==, first_month + n_months);
    }
}

/* Hit-testing on a later slice still finds each row's position. */
static void
test_time_split_hit_testing (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_long_plan (60);
  g_autoptr(HcGanttChart) chart = chart_for_plan (plan);
  /* The first rows' second slice: the late hires run on into it. */
  g_autoptr(HcGanttLayout) layout = time_split_page (chart, 1);
  guint n_positions = 0;

  g_assert_cmpuint (layout->time_slice, ==, 1);
  g_assert_cmpuint (layout->row_page, ==, 0);
  for (guint i = 0; i < layout->rows->len; i++)
    {
      const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
      double cy = row->rect.y + row->rect.height / 2;
      int expected = row->kind == HC_GANTT_ROW_POSITION ? (int) row->position_index : -1;

      g_assert_cmpint (hc_gantt_layout_item_at (layout, layout->plot.x + layout->plot.width / 2, cy), ==, expected);
      g_assert_cmpint (hc_gantt_layout_item_at (layout, layout->label_column.x + 20, cy), ==, expected);
      if (row->kind == HC_GANTT_ROW_POSITION)
        {
          n_positions++;
          g_assert_true (hc_gantt_layout_find_row (layout, row->position_index) == row);
        }
    }
  g_assert_cmpuint (n_positions, >, 10);
  g_assert_cmpint (hc_gantt_layout_item_at (layout, layout->plot.x + 5, layout->header.y + 2), ==, -1);
}

/* A plan that fits one page's width is laid out exactly as without it. */
static void
test_time_split_short_plan (void)
{
  g_autoptr(HcGanttChart) chart = chart_for_template ("five-person");
  g_autoptr(HcGanttLayout) plain = NULL;
  g_autoptr(HcGanttLayout) split = NULL;
  HcGanttOptions options;

  slide_options (&options);
  plain = hc_gantt_layout_new_page (chart, &options, 0);
  options.split_time = TRUE;
  g_assert_cmpuint (hc_gantt_layout_count_time_slices (chart, &options), ==, 1);
  g_assert_cmpuint (hc_gantt_layout_count_pages (chart, &options), ==, 1);
  split = hc_gantt_layout_new_page (chart, &options, 0);
  g_assert_cmpuint (split->rows->len, ==, plain->rows->len);
  g_assert_cmpuint (split->labels->len, ==, plain->labels->len);
  g_assert_cmpfloat (split->plot.width, ==, plain->plot.width);
  for (guint i = 0; i < split->rows->len; i++)
    g_assert_cmpfloat (g_array_index (split->rows, HcGanttRow, i).productive_high_x, ==,
                       g_array_index (plain->rows, HcGanttRow, i).productive_high_x);
}

/* The view's layout: a fixed label column and a plot as wide as the zoom
 * asks; rows only, or the header alone; the hit test's parts; a row's
 * extent as the scrolled layout places it; the legend strip. */
/* The abbreviated name of the calendar month @days after the template's
 * start, as the axis names months ("Feb", "Feb 2027", "February 2027"). */
static char *
month_after_start (const char *template_name,
                   guint       days)
{
  g_autoptr(HcPlan) plan = hc_template_load (template_name, NULL);
  GDate date = hc_plan_get_start_date (plan);
  char name[32];

  g_date_add_days (&date, days);
  g_date_strftime (name, sizeof name, "%b", &date);
  return g_strdup (name);
}

static void
test_view_helpers (void)
{
  g_autoptr(HcGanttChart) chart = chart_for_template ("five-person");
  g_autoptr(HcGanttLayout) rows = NULL;
  g_autoptr(HcGanttLayout) header = NULL;
  g_autoptr(HcGanttLayout) legend = NULL;
  HcGanttOptions options;
  double plot_x, hh, end = hc_gantt_chart_get_end_week (chart), top, height;
  guint checked = 0;
  gboolean month_2 = FALSE;
  double one_line;
  /* The plan's second month lies in the header window below, its sixth
   * does not. */
  g_autofree char *second_month = month_after_start ("five-person", 45);
  g_autofree char *sixth_month = month_after_start ("five-person", 167);

  hc_gantt_options_init (&options, 1, 0);
  options.show_title = options.show_footer = FALSE;
  options.label_width = 200;
  hc_gantt_options_set_plot_width (&options, end * 30);
  plot_x = hc_gantt_layout_get_plot_x (&options);
  g_assert_cmpfloat (plot_x, >, 200);
  hh = hc_gantt_layout_get_header_height (chart);
  g_assert_cmpfloat (hh, >, 0);

  options.rows_only = TRUE;
  rows = hc_gantt_layout_new_visible (chart, &options, &(HcChartRect) { 0, 0, options.width, 2000 });
  g_assert_cmpfloat (rows->plot.x, ==, plot_x);
  g_assert_cmpfloat (fabs (hc_gantt_layout_x_for_week (rows, 1) - hc_gantt_layout_x_for_week (rows, 0) - 30), <, 1e-9);
  /* Rows only: no header cells, no week numbers. */
  g_assert_cmpuint (rows->bands->len, ==, 0);
  g_assert_cmpuint (rows->week_ticks->len, ==, 0);
  g_assert_cmpuint (rows->rows->len, ==, hc_gantt_chart_get_n_items (chart));

  for (guint i = 0; i < rows->rows->len; i++)
    {
      const HcGanttRow *row = &g_array_index (rows->rows, HcGanttRow, i);
      double cy = row->bar.y + row->bar.height / 2;
      HcGanttHit hit;

      hc_gantt_layout_get_item_extent (chart, row->item_index, &top, &height);
      g_assert_cmpfloat (top, ==, row->rect.y);
      g_assert_cmpfloat (height, ==, row->rect.height);
      if (row->kind == HC_GANTT_ROW_PHASE)
        {
          hit = hc_gantt_layout_hit (rows, (row->band_x0 + row->band_x1) / 2, cy, 5);
          g_assert_cmpint (hit.kind, ==, HC_GANTT_HIT_PHASE_BAND);
          g_assert_cmpuint (hit.item_index, ==, row->item_index);
          continue;
        }
      hit = hc_gantt_layout_hit (rows, (row->start_high_x + row->productive_high_x) / 2, cy, 5);
      g_assert_cmpint (hit.kind, ==, HC_GANTT_HIT_BAR);
      g_assert_cmpuint (hit.position_index, ==, row->position_index);
      hit = hc_gantt_layout_hit (rows, row->start_low_x + 1, cy, 5);
      g_assert_cmpint (hit.kind, ==, HC_GANTT_HIT_START_LOW);
      hit = hc_gantt_layout_hit (rows, row->start_high_x - 1, cy, 5);
      g_assert_cmpint (hit.kind, ==, HC_GANTT_HIT_START_HIGH);
      /* The label column selects, never grips. */
      hit = hc_gantt_layout_hit (rows, plot_x - 20, cy, 5);
      g_assert_cmpint (hit.kind, ==, HC_GANTT_HIT_POSITION_ROW);
      /* Past the bar's end: the row, not the bar. */
      if (row->productive_high_x + 20 < rows->plot.x + rows->plot.width)
        g_assert_cmpint (hc_gantt_layout_hit (rows, row->productive_high_x + 20, cy, 5).kind, ==,
                         HC_GANTT_HIT_POSITION_ROW);
      checked++;
    }
  g_assert_cmpuint (checked, ==, 4);
  g_assert_cmpint (hc_gantt_layout_hit (rows, 10, 1e6, 5).kind, ==, HC_GANTT_HIT_NONE);

  /* The header of a window onto months 2 and 3: their full labels, and
   * none of month 6's. */
  options.rows_only = FALSE;
  header = hc_gantt_layout_new_visible (chart, &options,
                                        &(HcChartRect) { plot_x + 4.4 * 30, 0, 8 * 30, hh });
  g_assert_cmpuint (header->rows->len, ==, 0);
  g_assert_cmpuint (header->bands->len, >, 0);
  for (guint i = 0; i < header->labels->len; i++)
    {
      const char *text = g_array_index (header->labels, HcChartLabel, i).text;

      month_2 |= g_str_has_prefix (text, second_month);
      g_assert_false (g_str_has_prefix (text, sixth_month));
    }
  g_assert_true (month_2);

  /* Every week numbered from this width up. */
  g_assert_cmpfloat (hc_gantt_layout_get_week_label_width (chart), >, 8);
  g_assert_cmpfloat (hc_gantt_layout_get_week_label_width (chart), <, 60);

  legend = hc_gantt_layout_new_legend (1200);
  g_assert_cmpuint (legend->legend->len, ==, HC_GANTT_LEGEND_RAMP_UP + 1);
  g_assert_cmpuint (legend->labels->len, ==, legend->legend->len);
  one_line = legend->height;
  /* Narrow: every item still, on more lines. */
  legend = (hc_gantt_layout_free (legend), hc_gantt_layout_new_legend (300));
  g_assert_cmpuint (legend->legend->len, ==, HC_GANTT_LEGEND_RAMP_UP + 1);
  g_assert_cmpfloat (legend->height, >, 2 * one_line - 10);
  for (guint i = 0; i < legend->labels->len; i++)
    {
      const HcChartLabel *label = &g_array_index (legend->labels, HcChartLabel, i);
      g_assert_cmpfloat (label->rect.x + label->rect.width, <=, 300);
      g_assert_cmpfloat (label->rect.y + label->rect.height, <=, legend->height);
    }
}

/* ---- the scrolled view's month and quarter headers at every zoom ---------- */

static char *
strftime_dup (const GDate *date, const char *format)
{
  char buf[64] = "";

  g_date_strftime (buf, sizeof buf, format, date);
  return g_strdup (buf);
}

/* Which of the row's forms @text is for @date, as bits: 1 "February
 * 2027", 2 "Feb 2027", 4 "Feb", 8 "F" (May's are alike). */
static guint
month_forms_of (const char *text, const GDate *date)
{
  g_autofree char *full = strftime_dup (date, "%B %Y");
  g_autofree char *medium = strftime_dup (date, "%b %Y");
  g_autofree char *bare = strftime_dup (date, "%b");
  g_autofree char *initial = g_utf8_substring (bare, 0, 1);

  return (g_str_equal (text, full) ? 1 : 0) | (g_str_equal (text, medium) ? 2 : 0) |
         (g_str_equal (text, bare) ? 4 : 0) | (g_str_equal (text, initial) ? 8 : 0);
}

static const HcChartLabel *
label_in_band (const HcGanttLayout *layout, const HcGanttBand *band)
{
  for (guint i = 0; i < layout->labels->len; i++)
    {
      const HcChartLabel *label = &g_array_index (layout->labels, HcChartLabel, i);

      if (label->rect.y == band->rect.y && label->rect.x >= band->rect.x - 0.01 &&
          label->rect.x + label->rect.width <= band->rect.x + band->rect.width + 0.01)
        return label;
    }
  return NULL;
}

/* A label reaching across @band's middle, on its row. */
static const HcChartLabel *
label_across_band (const HcGanttLayout *layout, const HcGanttBand *band)
{
  double middle = band->rect.x + band->rect.width / 2;

  for (guint i = 0; i < layout->labels->len; i++)
    {
      const HcChartLabel *label = &g_array_index (layout->labels, HcChartLabel, i);

      if (label->rect.y == band->rect.y && label->rect.x <= middle &&
          label->rect.x + label->rect.width >= middle)
        return label;
    }
  return NULL;
}

/* Each month named in one form across the row, at each zoom the view
 * offers and at each plot width: never "Feb 2027" beside a bare "Mar"
 * (the first month and each January aside, which carry the year when the
 * row leaves it out), and every year the axis covers written somewhere in
 * the header. */
static void
assert_header_consistent (HcPlan *plan, double week_width)
{
  g_autoptr(HcGanttChart) chart = chart_for_plan (plan);
  const GDate *start = hc_gantt_chart_get_start_date (chart);
  double end_week = hc_gantt_chart_get_end_week (chart);
  g_autoptr(HcGanttLayout) layout = NULL;
  g_autoptr(GString) seen = g_string_new (NULL);
  HcGanttOptions options;
  HcChartRect visible;
  guint row_forms = 15;  /* the forms every month so far reads in */
  guint n_months = 0, n_named = 0;

  hc_gantt_options_init (&options, 800, 600);
  options.show_title = FALSE;
  options.show_footer = FALSE;
  options.label_width = 240;
  hc_gantt_options_set_plot_width (&options, week_width * end_week);
  visible = (HcChartRect) { 0, 0, options.width, hc_gantt_layout_get_header_height (chart) };
  layout = hc_gantt_layout_new_visible (chart, &options, &visible);

  for (guint i = 0; i < layout->labels->len; i++)
    {
      const HcChartLabel *label = &g_array_index (layout->labels, HcChartLabel, i);

      if (label->rect.y < layout->header.y + layout->header.height)
        g_string_append_printf (seen, "%s|", label->text);
    }
  for (guint i = 0; i < layout->bands->len; i++)
    {
      const HcGanttBand *band = &g_array_index (layout->bands, HcGanttBand, i);
      const HcChartLabel *label;
      GDate date;
      guint forms;

      if (band->rect.height != 22.0)  /* the quarter row's bands */
        continue;
      date = hc_chart_date_for_month_name (start, n_months++);
      label = label_in_band (layout, band);
      if (label == NULL)
        {
          /* A year spanning a few narrow months names them all. */
          n_named += label_across_band (layout, band) != NULL;
          continue;
        }
      n_named++;
      forms = month_forms_of (label->text, &date);
      if (n_months == 1 || g_date_get_month (&date) == G_DATE_JANUARY)
        continue;
      g_test_message ("week %.1f px: month %u reads “%s”", week_width, n_months, label->text);
      g_assert_cmpuint (forms, !=, 0);
      row_forms &= forms;
      g_assert_cmpuint (row_forms, !=, 0);
    }
  g_assert_cmpuint (n_months, >, 0);
  /* Every month is named, or none (a letter needs about 14 pixels) and
   * only the years are written. */
  g_test_message ("week %.1f px: %u of %u months named: %s", week_width, n_named, n_months, seen->str);
  g_assert_true (n_named == n_months || row_forms == 15);
  /* Each year the axis covers is written out in the header. */
  for (guint m = 0; m < n_months; m++)
    {
      GDate date = hc_chart_date_for_month_name (start, m);
      g_autofree char *year = strftime_dup (&date, "%Y");
      g_autofree char *short_year = g_strdup_printf ("’%02u", g_date_get_year (&date) % 100);

      if (strstr (seen->str, year) == NULL && strstr (seen->str, short_year) == NULL)
        g_error ("week %.1f px: %s is nowhere in the header: %s", week_width, year, seen->str);
    }
}

static void
test_view_header_every_zoom (void)
{
  static const double week_widths[] = { 3.2, 4, 5, 7, 9, 12, 16, 24, 40, 80 };
  g_autoptr(HcPlan) long_plan = chart_test_make_long_plan (12);
  g_autoptr(HcPlan) short_plan = hc_template_load ("five-person", NULL);
  GDate start;

  /* A start on 1 February: January comes eleven months on. */
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (long_plan, &start);
  hc_plan_set_start_date (short_plan, &start);
  for (guint i = 0; i < G_N_ELEMENTS (week_widths); i++)
    {
      assert_header_consistent (long_plan, week_widths[i]);
      assert_header_consistent (short_plan, week_widths[i]);
    }
}

/* The last quarter, which the axis cuts short, still says its year while
 * there is room for "Q4 ’27". */
static void
test_view_last_quarter_year (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_long_plan (12);
  g_autoptr(HcGanttChart) chart = chart_for_plan (plan);
  g_autoptr(HcGanttLayout) layout = NULL;
  const HcGanttBand *last = NULL;
  const HcChartLabel *label;
  HcGanttOptions options;
  HcChartRect visible;

  hc_gantt_options_init (&options, 800, 600);
  options.label_width = 240;
  hc_gantt_options_set_plot_width (&options, 24 * hc_gantt_chart_get_end_week (chart));
  visible = (HcChartRect) { 0, 0, options.width, hc_gantt_layout_get_header_height (chart) };
  layout = hc_gantt_layout_new_visible (chart, &options, &visible);
  for (guint i = 0; i < layout->bands->len; i++)
    if (g_array_index (layout->bands, HcGanttBand, i).rect.height == 18.0)
      last = &g_array_index (layout->bands, HcGanttBand, i);
  g_assert_nonnull (last);
  label = label_in_band (layout, last);
  g_assert_nonnull (label);
  g_test_message ("last quarter %.0f px: “%s”", last->rect.width, label->text);
  if (last->rect.width >= 60)
    g_assert_true (strstr (label->text, " 20") != NULL || strstr (label->text, "’") != NULL);
}

/* A summary longer than the page is wide (a German one is half again as
 * long as the English) goes on two lines, broken between its parts: every
 * part is on the page, whole, and the rows end above the footer. */
static void
test_summary_wraps (void)
{
  g_autoptr(HcGanttChart) chart = chart_for_template ("five-person");
  g_autoptr(HcGanttLayout) layout = NULL;
  g_auto(GStrv) parts = g_strsplit (hc_gantt_chart_get_summary (chart), " · ", -1);
  HcChartText *text = _hc_chart_text_get_measurer ();
  HcGanttOptions options;
  double first_y = G_MAXDOUBLE, last_y = 0;
  guint lines = 0;

  double summary_w = _hc_chart_text_width (text, HC_CHART_TEXT_SMALL, hc_gantt_chart_get_summary (chart));

  /* A line 70 % of the summary wide (beside the margins and the page
   * label's room): one cannot hold it, two can. */
  hc_gantt_options_init (&options, ceil (0.7 * summary_w) + 2 * 28.0 + 150, SLIDE_H);
  layout = hc_gantt_layout_new_page (chart, &options, 0);
  g_assert_cmpfloat (summary_w, >, options.width - 2 * 28.0);

  for (guint p = 0; parts[p] != NULL; p++)
    {
      const HcChartLabel *found = NULL;

      for (guint i = 0; i < layout->labels->len && found == NULL; i++)
        {
          const HcChartLabel *label = &g_array_index (layout->labels, HcChartLabel, i);

          if (label->kind == HC_CHART_TEXT_SMALL && strstr (label->text, parts[p]) != NULL
              && label->rect.y > layout->plot.y + layout->plot.height)
            found = label;
        }
      g_assert_nonnull (found);
      /* Whole: the line fits its rectangle, so nothing is cut. */
      g_assert_cmpfloat (_hc_chart_text_width (text, HC_CHART_TEXT_SMALL, found->text), <=, found->rect.width + 1e-6);
      first_y = MIN (first_y, found->rect.y);
      last_y = MAX (last_y, found->rect.y);
    }
  lines = (guint) round ((last_y - first_y) / 18.0) + 1;
  g_assert_cmpuint (lines, ==, 2);
  g_assert_cmpfloat (last_y + 18.0, <=, options.height);
}

/* The summary says what its per-head figure is, in the budget page's
 * words: the run rate per engineer, run rate ÷ headcount with the
 * team-wide costs in it.  A plan without people gives no such figure. */
static void
test_summary_per_engineer (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", &error);
  g_autoptr(HcPlan) empty = hc_plan_new_default ();
  g_autoptr(HcGanttChart) chart = NULL;
  g_autoptr(HcGanttChart) empty_chart = NULL;
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  g_autofree char *per_head = NULL;
  g_autofree char *expected = NULL;

  g_assert_no_error (error);
  g_assert_cmpuint (hc_plan_get_headcount (plan), ==, 5);
  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  chart = hc_gantt_chart_new (plan, timeline, budget);
  per_head = hc_format_money_range_compact (hc_budget_get_cost_per_engineer (budget),
                                            hc_plan_get_currency (plan));
  expected = g_strdup_printf ("· %s run rate per engineer (run rate ÷ 5 people, "
                              "team-wide software and cloud included) ·", per_head);
  g_test_message ("%s", hc_gantt_chart_get_summary (chart));
  g_assert_nonnull (strstr (hc_gantt_chart_get_summary (chart), expected));
  /* The figure is the run rate's fifth, team-wide costs and all. */
  g_assert_cmpfloat_with_epsilon (hc_budget_get_cost_per_engineer (budget).high * 5,
                                  hc_budget_get_annual_run_rate (budget).high, 1e-6);

  g_assert_cmpuint (hc_plan_get_headcount (empty), ==, 0);
  empty_chart = chart_for_plan (empty);
  g_assert_nonnull (strstr (hc_gantt_chart_get_summary (empty_chart), "Run rate"));
  g_assert_null (strstr (hc_gantt_chart_get_summary (empty_chart), "per engineer"));
}

int
main (int argc, char **argv)
{
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/gantt/axis-mapping", test_axis_mapping);
  g_test_add_func ("/chart/gantt/calendar-months", test_calendar_months);
  g_test_add_func ("/chart/gantt/labels-uncut", test_labels_uncut);
  g_test_add_func ("/chart/gantt/bars-in-phase", test_bars_in_phase);
  g_test_add_func ("/chart/gantt/no-overlaps", test_no_overlaps);
  g_test_add_func ("/chart/gantt/pagination", test_pagination);
  g_test_add_func ("/chart/gantt/hit-testing", test_hit_testing);
  g_test_add_func ("/chart/gantt/visible", test_visible);
  g_test_add_func ("/chart/gantt/time-split/pages", test_time_split_pages);
  g_test_add_func ("/chart/gantt/time-split/bars", test_time_split_bars);
  g_test_add_func ("/chart/gantt/time-split/axis", test_time_split_axis);
  g_test_add_func ("/chart/gantt/time-split/hit-testing", test_time_split_hit_testing);
  g_test_add_func ("/chart/gantt/time-split/short-plan", test_time_split_short_plan);
  g_test_add_func ("/chart/gantt/view-helpers", test_view_helpers);
  g_test_add_func ("/chart/gantt/view-header-every-zoom", test_view_header_every_zoom);
  g_test_add_func ("/chart/gantt/view-last-quarter-year", test_view_last_quarter_year);
  g_test_add_func ("/chart/gantt/summary-wraps", test_summary_wraps);
  g_test_add_func ("/chart/gantt/summary-per-engineer", test_summary_per_engineer);
  return g_test_run ();
}
