/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window in German, from the build tree's translations (meson's
 * HC_TEST_LOCALEDIR, where po/ builds de/LC_MESSAGES/headcount.mo): the
 * strings of the main window and the welcome page, a plural, a plan made
 * from a template in German while a plan read from a file keeps its own
 * words, and a screenshot of the example plan for a person to look at. */
#define G_LOG_DOMAIN "test-german"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>
#include <string.h>

#include "hc-application.h"
#include "hc-chart-format.h"
#include "hc-format.h"
#include "hc-roles-dialog.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

static gboolean
window_idle (gpointer data)
{
  return !_hc_window_is_busy (data);
}

static gboolean
is_german (void)
{
  if (g_str_equal (_("Headcount Plans"), "Headcount-Pläne"))
    return TRUE;
  g_error ("the messages are not German: is de_DE.UTF-8 installed and %s/de/LC_MESSAGES/%s.mo built?",
           g_getenv ("HC_TEST_LOCALEDIR"), GETTEXT_PACKAGE);
  return FALSE;
}

/* The titles of @root's preferences rows (action rows, expanders), in
 * order. */
static GPtrArray *
row_titles (GtkWidget *root)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GPtrArray *titles = g_ptr_array_new ();

  collect_widgets (root, ADW_TYPE_PREFERENCES_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    g_ptr_array_add (titles, (gpointer) adw_preferences_row_get_title (rows->pdata[i]));
  return titles;
}

static gboolean
contains_string (GPtrArray  *strings,
                 const char *wanted)
{
  for (guint i = 0; i < strings->len; i++)
    if (g_strcmp0 (strings->pdata[i], wanted) == 0)
      return TRUE;
  return FALSE;
}

static void save_screenshot (gpointer    window,
                             const char *dir,
                             const char *name);

/* A window with no plan: the welcome page and the header, in German. */
static void
test_welcome (void)
{
  HcWindow *window;
  GtkWidget *status;
  GtkWidget *button;
  g_autoptr(GPtrArray) titles = NULL;
  gboolean found_open = FALSE;
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  is_german ();
  window = new_window (1280, 800);
  status = find_widget (GTK_WIDGET (window->welcome_page), ADW_TYPE_STATUS_PAGE, 0);
  g_assert_nonnull (status);
  g_assert_cmpstr (adw_status_page_get_title (ADW_STATUS_PAGE (status)), ==, "Ein Backend-Team planen");
  g_assert_cmpstr (adw_status_page_get_description (ADW_STATUS_PAGE (status)), ==,
                   "Beginnen Sie mit einem leeren Plan oder einem aus dem Leitfaden, oder öffnen Sie eine Plandatei");

  collect_widgets (GTK_WIDGET (window->welcome_page), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      button = buttons->pdata[i];
      if (g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "Einen Plan ö_ffnen …") == 0)
        found_open = TRUE;
    }
  g_assert_true (found_open);

  /* The templates' titles, translated where they are shown. */
  titles = row_titles (GTK_WIDGET (window->welcome_page));
  g_assert_true (contains_string (titles, "Fünfköpfiges Team"));
  g_assert_true (contains_string (titles, "Erste Backend-Einstellung"));
  g_assert_false (contains_string (titles, "Five-person team"));

  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (window->sidebar_button)), ==,
                   "Team anzeigen (F9)");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (window->menu_button)), ==, "Hauptmenü");
  destroy_window (window);
}

static const char *
page_title (HcWindow   *window,
            const char *name)
{
  GtkWidget *child = adw_view_stack_get_child_by_name (window->view_stack, name);

  return adw_view_stack_page_get_title (adw_view_stack_get_page (window->view_stack, child));
}

/* A plan's window: the Timeline/Budget switcher, the summary with its
 * plural, and a plan made from a template in German. */
static void
test_plan_window (void)
{
  HcWindow *window;
  HcWindow *one;
  const char *summary;
  HcPlan *plan;
  g_autoptr(HcRole) role = NULL;

  is_german ();
  window = open_template ("five-person");
  g_assert_cmpstr (page_title (window, "timeline"), ==, "_Zeitplan");
  g_assert_cmpstr (page_title (window, "budget"), ==, "_Budget");

  /* "5 Personen · Erstes Jahr: 1,16 Mio. $–… · Team vollständig bis …" */
  summary = gtk_label_get_label (window->summary_label);
  g_test_message ("summary: %s", summary);
  g_assert_true (g_str_has_prefix (summary, "5 Personen · Erstes Jahr: "));
  g_assert_nonnull (strstr (summary, "\u00a0Mio.\u00a0$"));
  g_assert_nonnull (strstr (summary, " · Team vollständig in Wochen "));

  plan = hc_document_get_plan (hc_window_get_document (window));
  role = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_roles (plan)), 0);
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "Fünfköpfiges Backend-Team");
  g_assert_cmpstr (hc_role_get_name (role), ==, "Backend-/API-Entwickler");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Fünfköpfiges Backend-Team");

  /* The singular. */
  one = open_template ("first-hire");
  summary = gtk_label_get_label (one->summary_label);
  g_test_message ("summary: %s", summary);
  g_assert_true (g_str_has_prefix (summary, "1 Person · Erstes Jahr: "));

  destroy_window (one);
  destroy_window (window);
}

/* Dates in the locale's words and the translation's order, money in the
 * formatter's German form. */
static void
test_dates_and_money (void)
{
  GDate date;
  g_autofree char *day = NULL;
  g_autofree char *month = NULL;
  g_autofree char *money = NULL;

  is_german ();
  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 5, G_DATE_MARCH, 2027);
  day = hc_chart_format_date (&date);
  month = hc_chart_format_month (&date);
  g_assert_cmpstr (day, ==, "5. Mär 2027");
  g_assert_cmpstr (month, ==, "Mär 2027");
  money = hc_format_money_range_compact (hc_range_make (805000, 1500000), "USD");
  g_assert_cmpstr (money, ==, "805\u00a0Tsd.\u00a0$–1,5\u00a0Mio.\u00a0$");
}

static void
save_screenshot (gpointer    window,
                 const char *dir,
                 const char *name)
{
  g_autoptr(GdkTexture) texture = save_widget_screenshot (GTK_WIDGET (window), dir, name);

  assert_shows_style (texture);
}

/* The roles and phases dialog, its roles expanded: "Gehalt Senior" and
 * the other rows with the longest German titles. */
static void
save_roles_dialog (HcWindow   *window,
                   const char *dir)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  g_autoptr(GPtrArray) expanders = g_ptr_array_new ();
  GtkWidget *dialog = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.roles-phases", NULL));
  iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && dialog == NULL; i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (HC_IS_ROLES_DIALOG (toplevel))
        dialog = toplevel;
    }
  g_assert_nonnull (dialog);
  gtk_window_set_default_size (GTK_WINDOW (dialog), 640, 900);
  collect_widgets (dialog, ADW_TYPE_EXPANDER_ROW, expanders);
  if (expanders->len > 0)
    adw_expander_row_set_expanded (expanders->pdata[0], TRUE);
  spin_for_ms (300);
  save_screenshot (dialog, dir, "roles-dialog-german.png");
  gtk_window_destroy (GTK_WINDOW (dialog));
  iterate ();
}

/* The example plan, read from its file: what the file says (its title)
 * stays as written, the built-in roles and phases it leaves out come in
 * German. */
static void
test_example_plan (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("HC_TOP_SRCDIR"), "data", "examples",
                                            "five-person.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window;
  HcPlan *plan;
  g_autoptr(HcPhase) phase = NULL;

  is_german ();
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  window = new_window (1280, 800);
  hc_window_open_file (window, file);
  wait_until (window_idle, window);
  g_assert_nonnull (hc_window_get_document (window));
  plan = hc_document_get_plan (hc_window_get_document (window));
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "Five-person backend team");
  phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan)), 0);
  g_assert_cmpstr (hc_phase_get_name (phase), ==, "Backend-Fundament");

  destroy_window (window);
}

/* For a person to look at, for cut-off German words (in
 * $HC_SCREENSHOTS_DIR when set; README: Screenshots): the welcome page,
 * then the example plan's timeline and budget pages, a position's editor,
 * the roles dialog and the narrow window. */
static void
test_screenshots (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("HC_TOP_SRCDIR"), "data", "examples",
                                            "five-person.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  const char *dir = ui_test_dir ();
  HcWindow *window;

  is_german ();
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  window = new_window (1280, 800);
  save_screenshot (window, dir, "welcome-german.png");
  hc_window_open_file (window, file);
  wait_until (window_idle, window);
  g_assert_nonnull (hc_window_get_document (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "timeline");
  spin_for_ms (300);
  save_screenshot (window, dir, "main-window-german.png");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "budget");
  spin_for_ms (300);
  save_screenshot (window, dir, "budget-window-german.png");
  /* A new position opens its editor in the sidebar: the longest
   * German labels of the window. */
  gtk_widget_activate_action (GTK_WIDGET (window), "win.add-position", NULL);
  spin_for_ms (300);
  save_screenshot (window, dir, "position-editor-german.png");
  save_roles_dialog (window, dir);
  /* Narrow, where the sidebar folds and long words must wrap. */
  gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
  spin_for_ms (300);
  save_screenshot (window, dir, "main-window-german-narrow.png");
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  const char *localedir = g_getenv ("HC_TEST_LOCALEDIR");
  int status;

  /* LANGUAGE is ignored under LC_ALL=C: German needs a German locale.
   * gtk_test_init() sets its own locale for every test, so this program
   * sets its locale and text domain after, as main.c does. */
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "de", TRUE);
  ui_test_init (&argc, &argv);
  setlocale (LC_ALL, "");
  g_assert_nonnull (localedir);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  g_test_add_func ("/german/welcome", test_welcome);
  g_test_add_func ("/german/plan-window", test_plan_window);
  g_test_add_func ("/german/dates-and-money", test_dates_and_money);
  g_test_add_func ("/german/example-plan", test_example_plan);
  g_test_add_func ("/german/screenshots", test_screenshots);

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
