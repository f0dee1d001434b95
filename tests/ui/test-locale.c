/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window under German (de_DE.UTF-8, with English messages: the
 * figures follow the locale, not the language; test-german runs the German
 * messages): the figures it shows use the decimal comma and the
 * German abbreviations ("1,16 Mio. $") and never read "1,M", and what a person types in their own notation ("22,5",
 * "1.500") is read as they mean it. */
#define G_LOG_DOMAIN "test-locale"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "hc-application.h"
#include "hc-budget.h"
#include "hc-format.h"
#include "hc-range-row.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

/* A template's window on its budget page. */
static HcWindow *
open_budget (const char *name)
{
  HcWindow *window = open_template (name);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "budget");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static gboolean
is_german (void)
{
  /* A missing locale fails: these checks passing in C would say nothing. */
  if (g_str_equal (localeconv ()->decimal_point, ","))
    return TRUE;
  g_error ("the locale is %s, not German: is de_DE.UTF-8 installed (locales-all)?",
           setlocale (LC_NUMERIC, NULL));
  return FALSE;
}

/* "€1,M": a separator with no digit after it. */
static void
assert_figures_whole (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((*p == ',' || *p == '.') && p > text && g_ascii_isdigit (p[-1]) && !g_ascii_isdigit (p[1]))
      g_error ("a broken figure: “%s”", text);
}

static void
test_cards (void)
{
  HcWindow *window;
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  g_autofree char *first_year = NULL;
  const char *card;

  if (!is_german ())
    return;
  window = open_budget ("five-person");
  timeline = hc_timeline_compute (plan_of (window));
  budget = hc_budget_compute (plan_of (window), timeline);
  first_year = hc_format_money_range_compact (hc_budget_get_first_year (budget),
                                              hc_plan_get_currency (plan_of (window)));
  /* More than a million dollars: "1,16 Mio. $", where "$1,M" used to be. */
  g_assert_nonnull (strstr (first_year, ","));
  g_assert_true (g_str_has_suffix (first_year, "\u00a0Mio.\u00a0$"));

  card = hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_FIRST_YEAR);
  g_assert_cmpstr (card, ==, first_year);
  for (int c = HC_BUDGET_CARD_FIRST_YEAR; c <= HC_BUDGET_CARD_PER_ENGINEER; c++)
    assert_figures_whole (hc_budget_panel_get_card_text (window->budget_panel, c));
  destroy_window (window);
}

static void
test_typing_decimal_comma (void)
{
  HcWindow *window;
  HcRangeRow *benefits;
  HcRange value, before;

  if (!is_german ())
    return;
  window = open_budget ("five-person");
  benefits = HC_RANGE_ROW (find_widget (GTK_WIDGET (window->budget_panel), HC_TYPE_RANGE_ROW,
                                        HC_ASSUMPTION_BENEFITS_PERCENT));

  before = hc_cost_assumptions_get (hc_plan_get_assumptions (plan_of (window)), HC_ASSUMPTION_BENEFITS_PERCENT);
  g_assert_cmpfloat (before.high, !=, 22.5);
  /* "22,5" is twenty-two and a half, not 225. */
  gtk_editable_set_text (hc_range_row_get_high_editable (benefits), "22,5");
  iterate ();
  g_assert_null (hc_range_row_get_error (benefits));
  value = hc_cost_assumptions_get (hc_plan_get_assumptions (plan_of (window)), HC_ASSUMPTION_BENEFITS_PERCENT);
  g_assert_cmpfloat (value.high, ==, 22.5);

  /* "22.5" could be 225 (German grouping) or 22.5 (English): refused,
   * with a reason, and the plan keeps what it held before this edit began
   * (the typing of "22,5" was part of the same edit). */
  gtk_editable_set_text (hc_range_row_get_high_editable (benefits), "22.5");
  iterate ();
  g_assert_nonnull (hc_range_row_get_error (benefits));
  g_assert_nonnull (strstr (hc_range_row_get_error (benefits), "“,”"));
  value = hc_cost_assumptions_get (hc_plan_get_assumptions (plan_of (window)), HC_ASSUMPTION_BENEFITS_PERCENT);
  g_assert_cmpfloat (value.high, ==, before.high);

  /* What the field shows for a value it did not type, in the locale's
   * notation, reads back as that value. */
  hc_range_row_set_value (benefits, hc_range_make (17.5, 22.5));
  g_assert_cmpstr (gtk_editable_get_text (hc_range_row_get_low_editable (benefits)), ==, "17,5");
  g_assert_cmpstr (gtk_editable_get_text (hc_range_row_get_high_editable (benefits)), ==, "22,5");
  destroy_window (window);
}

/* For a person to look at: German figures on the budget page, wide and
 * narrow, where the longer "Tsd."/"Mio." must still fit. */
static void
save_screenshot (HcWindow   *window,
                 const char *dir,
                 const char *name)
{
  g_autoptr(GdkTexture) texture = save_widget_screenshot (GTK_WIDGET (window), dir, name);

  assert_shows_style (texture);
}

static void
test_screenshots (void)
{
  /* In $HC_SCREENSHOTS_DIR when set (README: Screenshots). */
  const char *dir = ui_test_dir ();
  const struct { int width, height; const char *name; } shots[] = {
    { 1280, 800, "budget-german.png" },
    { 360, 720, "budget-german-narrow.png" },
  };

  if (!is_german ())
    return;
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  for (guint i = 0; i < G_N_ELEMENTS (shots); i++)
    {
      HcWindow *window = open_budget ("five-person");

      gtk_window_set_default_size (GTK_WINDOW (window), shots[i].width, shots[i].height);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      save_screenshot (window, dir, shots[i].name);
      destroy_window (window);
    }
}

int
main (int   argc,
      char *argv[])
{
  int status;

  /* LANGUAGE=en: the figures, not the words.  gtk_test_init() sets en_US.UTF-8
   * (or keeps C) for every test, so this program sets its locale after. */
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  ui_test_init (&argc, &argv);
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("cannot set the locale de_DE.UTF-8: install it (locales-all on Debian)");
  g_test_add_func ("/locale/german/cards", test_cards);
  g_test_add_func ("/locale/german/typing", test_typing_decimal_comma);
  g_test_add_func ("/locale/german/screenshots", test_screenshots);

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
