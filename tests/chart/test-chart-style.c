/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-chart-style"

#include "config.h"

#include "hc-chart.h"

static void
assert_colour_equal (HcChartColor a,
                     HcChartColor b)
{
  g_assert_cmpfloat (a.red, ==, b.red);
  g_assert_cmpfloat (a.green, ==, b.green);
  g_assert_cmpfloat (a.blue, ==, b.blue);
}

/* On screen a chart takes the desktop's accent for its marks and keeps
 * everything else of the light or dark style; high contrast dims no text
 * and makes every mark stronger and wider. */
static void
test_screen (void)
{
  const HcChartStyle *light = hc_chart_style_get_light ();
  const HcChartStyle *dark = hc_chart_style_get_dark ();
  const HcChartColor pink = { 0.84, 0.38, 0.6 };
  HcChartStyle style;

  hc_chart_style_init_screen (&style, FALSE, FALSE, pink);
  g_assert_false (style.dark);
  assert_colour_equal (style.accent, pink);
  assert_colour_equal (style.background, light->background);
  assert_colour_equal (style.text_dim, light->text_dim);
  assert_colour_equal (style.kind[0], light->kind[0]);
  g_assert_cmpfloat (style.selection_alpha, ==, light->selection_alpha);
  g_assert_cmpfloat (style.mark_width, ==, light->mark_width);

  hc_chart_style_init_screen (&style, TRUE, FALSE, pink);
  g_assert_true (style.dark);
  assert_colour_equal (style.accent, pink);
  assert_colour_equal (style.background, dark->background);
  assert_colour_equal (style.text_dim, dark->text_dim);

  for (int d = 0; d < 2; d++)
    {
      const HcChartStyle *base = d ? dark : light;

      hc_chart_style_init_screen (&style, d, TRUE, pink);
      assert_colour_equal (style.accent, pink);
      assert_colour_equal (style.background, base->background);
      assert_colour_equal (style.text_dim, base->text);
      g_assert_cmpfloat (style.hover_alpha, >, base->hover_alpha);
      g_assert_cmpfloat (style.selection_alpha, >, base->selection_alpha);
      g_assert_cmpfloat (style.focus_alpha, ==, 1.0);
      g_assert_cmpfloat (style.mark_width, >, base->mark_width);
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/chart/style/screen", test_screen);
  return g_test_run ();
}
