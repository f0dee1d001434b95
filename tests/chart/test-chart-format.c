/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-format"

#include "config.h"

#include <locale.h>

#include "hc-chart.h"
#include "../hc-test.h"

/* Money and numbers are the core's, tested in tests/core/test-format.c; the
 * charts' own formats are the calendar's. */

static void
test_dates (void)
{
  GDate start, d;
  g_autofree char *text = NULL;
  g_autofree char *short_text = NULL;
  /* The locale's month names: this program also runs under de_DE. */
  gboolean german = g_str_has_prefix (setlocale (LC_TIME, NULL), "de");

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 6, G_DATE_APRIL, 2026);
  d = hc_chart_date_for_week (&start, 4);
  text = hc_chart_format_date (&d);
  g_assert_cmpstr (text, ==, german ? "4 Mai 2026" : "4 May 2026");
  short_text = hc_chart_format_date_short (&start);
  g_assert_cmpstr (short_text, ==, "6 Apr");
  g_assert_cmpfloat_with_epsilon (hc_chart_week_for_date (&start, &d), 4.0, 1e-9);
}

static void
test_nice_step (void)
{
  g_assert_cmpfloat (hc_chart_nice_step (150000, 5), ==, 50000);
  g_assert_cmpfloat (hc_chart_nice_step (93000, 5), ==, 20000);
  g_assert_cmpfloat (hc_chart_nice_step (7, 5), ==, 2);
}

static void
test_from_string (void)
{
  HcPageFormat page;
  HcChartKind kind;

  g_assert_true (hc_page_format_from_string ("slide", &page) && page == HC_PAGE_SLIDE);
  g_assert_true (hc_page_format_from_string ("a4", &page) && page == HC_PAGE_A4);
  g_assert_true (hc_page_format_from_string ("letter", &page) && page == HC_PAGE_LETTER);
  g_assert_true (hc_page_format_from_string ("fit", &page) && page == HC_PAGE_FIT);
  g_assert_false (hc_page_format_from_string ("a3", &page));
  g_assert_true (hc_chart_kind_from_string ("gantt", &kind) && kind == HC_CHART_GANTT);
  g_assert_true (hc_chart_kind_from_string ("budget", &kind) && kind == HC_CHART_BUDGET);
  g_assert_true (hc_chart_kind_from_string ("all", &kind) && kind == HC_CHART_ALL);
  g_assert_false (hc_chart_kind_from_string ("pie", &kind));
  g_assert_false (hc_chart_kind_from_string (NULL, &kind));
}

int
main (int argc, char **argv)
{
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/format/dates", test_dates);
  g_test_add_func ("/chart/format/nice-step", test_nice_step);
  g_test_add_func ("/chart/format/from-string", test_from_string);
  return g_test_run ();
}
