/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plan's subtitle on the charts: a line of its own under the title,
 * on every page of the Gantt and on the budget chart, overlapping nothing,
 * and in the text of an exported PDF once a page. */
#define G_LOG_DOMAIN "test-chart-subtitle"

#include "config.h"

#include <glib/gstdio.h>
#include <locale.h>
#include <string.h>

#include "chart-test-plan.h"
#include "hc-chart.h"
#include "../hc-test.h"

#define SUBTITLE "Board review, March 2027"
#define A4_W 1123.0
#define A4_H 794.0

/* Labels hold drawn text between direction isolates (U+2068 … U+2069). */
static gboolean
label_is (const HcChartLabel *label,
          const char         *text)
{
  g_autofree char *isolated = g_strdup_printf ("\u2068%s\u2069", text);

  return g_str_equal (label->text, text) || g_str_equal (label->text, isolated);
}

static const HcChartLabel *
find_label (GArray     *labels,
            const char *text)
{
  const HcChartLabel *found = NULL;

  for (guint i = 0; i < labels->len; i++)
    if (label_is (&g_array_index (labels, HcChartLabel, i), text))
      {
        g_assert_null (found); /* once a page */
        found = &g_array_index (labels, HcChartLabel, i);
      }
  return found;
}

static const HcChartLabel *
find_label_of_kind (GArray          *labels,
                    HcChartTextKind  kind)
{
  for (guint i = 0; i < labels->len; i++)
    if (g_array_index (labels, HcChartLabel, i).kind == kind)
      return &g_array_index (labels, HcChartLabel, i);
  return NULL;
}

static gboolean
rects_overlap (const HcChartRect *a,
               const HcChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

/* The subtitle sits under the title and above the figures line, and no
 * other label of the page touches it. */
static void
assert_subtitle_placed (GArray *labels,
                        double  content_top)
{
  const HcChartLabel *subtitle = find_label (labels, SUBTITLE);
  const HcChartLabel *title = find_label_of_kind (labels, HC_CHART_TEXT_TITLE);
  const HcChartLabel *figures = find_label_of_kind (labels, HC_CHART_TEXT_SUBTITLE);

  g_assert_nonnull (subtitle);
  g_assert_nonnull (title);
  g_assert_nonnull (figures);
  g_assert_cmpfloat (subtitle->rect.y, >=, title->rect.y + title->rect.height);
  g_assert_cmpfloat (figures->rect.y, >=, subtitle->rect.y + subtitle->rect.height);
  g_assert_cmpfloat (content_top, >=, figures->rect.y + figures->rect.height);
  g_assert_cmpfloat (subtitle->rect.width, >, 0);
  for (guint i = 0; i < labels->len; i++)
    {
      const HcChartLabel *other = &g_array_index (labels, HcChartLabel, i);

      if (other != subtitle)
        g_assert_false (rects_overlap (&other->rect, &subtitle->rect));
    }
}

static HcGanttChart *
chart_for_plan (HcPlan *plan)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);

  return hc_gantt_chart_new (plan, timeline, budget);
}

/* Every page of a Gantt that takes several carries it. */
static void
test_gantt_every_page (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (80);
  g_autoptr(HcGanttChart) chart = NULL;
  HcGanttOptions options;
  guint n_pages;

  hc_plan_set_subtitle (plan, SUBTITLE);
  chart = chart_for_plan (plan);
  g_assert_cmpstr (hc_gantt_chart_get_plan_subtitle (chart), ==, "\u2068" SUBTITLE "\u2069");
  hc_gantt_options_init (&options, A4_W, A4_H);
  n_pages = hc_gantt_layout_count_pages (chart, &options);
  g_assert_cmpuint (n_pages, >, 1);
  for (guint page = 0; page < n_pages; page++)
    {
      HcGanttLayout *layout = hc_gantt_layout_new_page (chart, &options, page);

      assert_subtitle_placed (layout->labels, layout->plot.y);
      hc_gantt_layout_free (layout);
    }
}

/* A plan without one draws no empty line: the page is as it was, and
 * the room goes to rows. */
static void
test_gantt_without (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (80);
  g_autoptr(HcGanttChart) plain = chart_for_plan (plan);
  g_autoptr(HcGanttChart) with = NULL;
  HcGanttLayout *plain_layout, *with_layout;
  HcGanttOptions options;

  g_assert_null (hc_gantt_chart_get_plan_subtitle (plain));
  hc_plan_set_subtitle (plan, SUBTITLE);
  with = chart_for_plan (plan);
  hc_gantt_options_init (&options, A4_W, A4_H);
  plain_layout = hc_gantt_layout_new_page (plain, &options, 0);
  with_layout = hc_gantt_layout_new_page (with, &options, 0);
  g_assert_null (find_label (plain_layout->labels, SUBTITLE));
  g_assert_cmpfloat (with_layout->plot.y, >, plain_layout->plot.y);
  g_assert_cmpuint (hc_gantt_layout_count_pages (with, &options), >=,
                    hc_gantt_layout_count_pages (plain, &options));
  hc_gantt_layout_free (plain_layout);
  hc_gantt_layout_free (with_layout);
}

static void
test_budget (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", &error);
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  g_autoptr(HcBudgetLayout) layout = NULL;
  g_autoptr(HcBudgetLayout) untitled = NULL;

  g_assert_no_error (error);
  hc_plan_set_subtitle (plan, SUBTITLE);
  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  layout = hc_budget_layout_new (plan, budget, 1280, 720, TRUE, NULL);
  assert_subtitle_placed (layout->labels, layout->monthly.y);
  /* The window's chart has no title block, so no subtitle either. */
  untitled = hc_budget_layout_new (plan, budget, 1280, 720, FALSE, NULL);
  g_assert_null (find_label (untitled->labels, SUBTITLE));
}

static char *
pdf_text (const char *pdf)
{
  g_autofree char *exe = g_find_program_in_path ("pdftotext");
  const char *argv[] = { exe, "-q", pdf, "-", NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (exe == NULL)
    {
      g_test_skip ("pdftotext is not installed (poppler-utils)");
      return NULL;
    }
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static char *
pdf_info (const char *pdf)
{
  g_autofree char *exe = g_find_program_in_path ("pdfinfo");
  const char *argv[] = { exe, pdf, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status = 0;

  if (exe == NULL)
    return NULL;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

static guint
count_occurrences (const char *haystack,
                   const char *needle)
{
  guint n = 0;

  for (const char *p = strstr (haystack, needle); p != NULL; p = strstr (p + 1, needle))
    n++;
  return n;
}

/* The export a board gets: the phases and the budget, the subtitle under
 * the title of each page, the notes nowhere. */
static void
test_pdf_export (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (80);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hc-subtitle-XXXXXX", &error);
  g_autofree char *pdf = NULL;
  g_autofree char *text = NULL;
  g_autofree char *info = NULL;
  g_autoptr(HcGanttChart) chart = NULL;
  HcGanttOptions options;
  guint gantt_pages;

  g_assert_no_error (error);
  hc_plan_set_subtitle (plan, SUBTITLE);
  hc_plan_set_notes (plan, "Private note for the hiring manager");
  pdf = g_build_filename (dir, "plan.pdf", NULL);
  g_assert_true (hc_chart_export (plan, pdf, HC_CHART_ALL, HC_PAGE_A4, 0, &error));
  g_assert_no_error (error);
  text = pdf_text (pdf);
  info = pdf_info (pdf);
  g_unlink (pdf);
  g_rmdir (dir);
  if (text == NULL)
    return;
  chart = chart_for_plan (plan);
  hc_gantt_options_init (&options, A4_W, A4_H);
  gantt_pages = hc_gantt_layout_count_pages (chart, &options);
  /* Each Gantt page and the budget page. */
  g_assert_cmpuint (count_occurrences (text, SUBTITLE), ==, gantt_pages + 1);
  g_assert_null (strstr (text, "Private note"));
  /* And in the document's properties, as its subject. */
  if (info != NULL)
    g_assert_nonnull (strstr (info, "Subject:         " SUBTITLE "\n"));
}

int
main (int   argc,
      char *argv[])
{
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/chart-subtitle/gantt-every-page", test_gantt_every_page);
  g_test_add_func ("/chart-subtitle/gantt-without", test_gantt_without);
  g_test_add_func ("/chart-subtitle/budget", test_budget);
  g_test_add_func ("/chart-subtitle/pdf-export", test_pdf_export);

  return g_test_run ();
}
