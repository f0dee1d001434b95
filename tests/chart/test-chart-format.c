/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-format"

#include "config.h"

#include <locale.h>

#include "hc-chart.h"

static void
assert_compact (double amount, const char *currency, const char *expected)
{
  g_autofree char *text = hc_chart_format_money_compact (amount, currency);
  g_assert_cmpstr (text, ==, expected);
}

static void
test_money_compact (void)
{
  assert_compact (185000, "USD", "$185K");
  assert_compact (1200000, "USD", "$1.2M");
  assert_compact (1065000, "USD", "$1.07M");
  assert_compact (999600, "USD", "$1M");
  assert_compact (12500, "USD", "$12.5K");
  assert_compact (1064999, "USD", "$1.06M");
  assert_compact (12340000, "USD", "$12.3M");
  assert_compact (1500, "USD", "$1.5K");
  assert_compact (950, "USD", "$950");
  assert_compact (0, "USD", "$0");
  assert_compact (2500000000.0, "USD", "$2.5B");
  assert_compact (185000, "EUR", "€185K");
  assert_compact (185000, "CHF", "CHF 185K");
  assert_compact (-5000, "GBP", "−£5K");
}

static void
test_money_full (void)
{
  g_autofree char *a = hc_chart_format_money (185000, "USD");
  g_autofree char *b = hc_chart_format_money (1234567.4, "USD");
  g_autofree char *c = hc_chart_format_money (999, "EUR");
  g_autofree char *r = hc_chart_format_money_range (hc_range_make (805000, 1065000), "USD");
  g_autofree char *rc = hc_chart_format_money_range_compact (hc_range_make (805000, 1065000), "USD");
  g_autofree char *same = hc_chart_format_money_range_compact (hc_range_make (3000, 3000), "USD");
  g_autofree char *pct = hc_chart_format_percent_range (hc_range_make (15, 25));

  g_assert_cmpstr (a, ==, "$185,000");
  g_assert_cmpstr (b, ==, "$1,234,567");
  g_assert_cmpstr (c, ==, "€999");
  g_assert_cmpstr (r, ==, "$805,000–$1,065,000");
  g_assert_cmpstr (rc, ==, "$805K–$1.07M");
  g_assert_cmpstr (same, ==, "$3K");
  g_assert_cmpstr (pct, ==, "15–25 %");
}

static void
test_dates (void)
{
  GDate start, d;
  g_autofree char *text = NULL;
  g_autofree char *short_text = NULL;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 6, G_DATE_APRIL, 2026);
  d = hc_chart_date_for_week (&start, 4);
  text = hc_chart_format_date (&d);
  g_assert_cmpstr (text, ==, "4 May 2026");
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
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/format/money-compact", test_money_compact);
  g_test_add_func ("/chart/format/money-full", test_money_full);
  g_test_add_func ("/chart/format/dates", test_dates);
  g_test_add_func ("/chart/format/nice-step", test_nice_step);
  g_test_add_func ("/chart/format/from-string", test_from_string);
  return g_test_run ();
}
