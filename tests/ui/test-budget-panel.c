/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The budget page's breakdown tables in a real window under Xvfb: every
 * cell against the core's figures, formatted with the app's own helpers,
 * after a load, an edit and a sort, and a plan of 10 000 positions. */
#define G_LOG_DOMAIN "test-budget-panel"

#include "config.h"

#include <string.h>
#include <sys/wait.h>
#include <glib/gstdio.h>

#include "hc-application.h"
#include "hc-assumptions-editor.h"
#include "hc-budget.h"
#include "hc-format.h"
#include "hc-plan-edits.h"
#include "hc-plan-io.h"
#include "hc-range-row.h"
#include "hc-templates.h"
#include "hc-timeline.h"
#include "hc-window-private.h"
#include "ui-test-util.h"


/* ---- helpers --------------------------------------------------------- */

/* A template's window on its budget page. */
static HcWindow *
open_budget (const char *name)
{
  HcWindow *window = open_template (name);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "budget");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}


static HcPositionTable *
position_table (HcWindow *window)
{
  return hc_budget_panel_get_position_table (window->budget_panel);
}

static HcCategoryTable *
category_table (HcWindow *window)
{
  return hc_budget_panel_get_category_table (window->budget_panel);
}

static void
count_widgets (GtkWidget *root,
               GType      type,
               guint     *count)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        (*count)++;
      count_widgets (child, type, count);
    }
}

/* What the core says each cell of a position's row holds. */
static char *
expected_cell (HcPlan           *plan,
               HcTimeline       *timeline,
               HcBudget         *budget,
               guint             position_index,
               HcPositionColumn  column)
{
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), position_index);
  const HcTimelineEntry *entry = hc_timeline_get_entry (timeline, position_index);
  const HcPositionCost *cost = hc_budget_get_position_cost (budget, position_index);
  const char *currency = hc_plan_get_currency (plan);
  GDate start = hc_plan_get_start_date (plan);

  g_assert_cmpuint (cost->position_index, ==, position_index);
  switch (column)
    {
    case HC_POSITION_COLUMN_POSITION:
      return hc_plan_describe_position (plan, position);
    case HC_POSITION_COLUMN_STARTS:
      return hc_format_week_month_span (entry->start, &start);
    case HC_POSITION_COLUMN_LOADED_ANNUAL:
      return hc_format_money_range_compact (cost->loaded_annual, currency);
    case HC_POSITION_COLUMN_FIRST_YEAR:
      return hc_format_money_range_compact (cost->first_year, currency);
    default:
      g_assert_not_reached ();
    }
}

/* "phase · location" */
static char *
expected_details (HcPlan     *plan,
                  HcTimeline *timeline,
                  guint       position_index)
{
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), position_index);
  const HcTimelineEntry *entry = hc_timeline_get_entry (timeline, position_index);
  g_autoptr(HcPhase) phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan)), entry->phase_index);

  const char *location = hc_position_get_location (position);

  g_assert_nonnull (phase);
  if (location == NULL || location[0] == '\0')
    return g_strdup (hc_phase_get_name (phase));
  return g_strdup_printf ("%s · %s", hc_phase_get_name (phase), location);
}

/* Under a loaded figure, what it is made of: its base salaries and the
 * benefits load, which reconcile with it by hand (DOMAIN.md: the
 * benefits load beside loaded salaries). */
static void
assert_loaded_make_up (HcPlan          *plan,
                       HcBudget        *budget,
                       HcPositionTable *table,
                       guint            row,
                       guint            index)
{
  const HcPositionCost *cost = hc_budget_get_position_cost (budget, index);
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), index);
  HcRange base = hc_range_scale (cost->annual_salary, hc_position_get_count (position));
  HcRange benefits = hc_budget_get_benefits_percent (budget);
  g_autofree char *shown = hc_position_table_dup_loaded_make_up (table, row);
  g_autofree char *base_text = hc_format_money_range_compact (base, hc_plan_get_currency (plan));
  g_autofree char *benefits_text = hc_format_percent_range (benefits);
  g_autofree char *expected = g_strdup_printf ("base %s + benefits %s", base_text, benefits_text);

  g_assert_cmpstr (shown, ==, expected);
  g_assert_cmpfloat_with_epsilon (base.low * (1 + benefits.low / 100), cost->loaded_annual.low, 1e-3);
  g_assert_cmpfloat_with_epsilon (base.high * (1 + benefits.high / 100), cost->loaded_annual.high, 1e-3);
}

/* Every row of the position table shows its position's figures. */
static void
assert_positions_match_core (HcWindow *window)
{
  HcPlan *plan = plan_of (window);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  HcPositionTable *table = position_table (window);

  g_assert_cmpuint (hc_position_table_get_n_rows (table), ==, hc_budget_get_n_positions (budget));
  g_assert_cmpuint (hc_position_table_get_n_rows (table), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan))));
  for (guint row = 0; row < hc_position_table_get_n_rows (table); row++)
    {
      guint index = hc_position_table_get_position_index (table, row);
      g_autofree char *details = hc_position_table_dup_details (table, row);
      g_autofree char *expected_line = expected_details (plan, timeline, index);

      g_assert_cmpstr (details, ==, expected_line);
      assert_loaded_make_up (plan, budget, table, row, index);

      for (guint c = 0; c < HC_N_POSITION_COLUMNS; c++)
        {
          g_autofree char *shown = hc_position_table_dup_cell_text (table, row, c);
          g_autofree char *expected = expected_cell (plan, timeline, budget, index, c);

          g_assert_cmpstr (shown, ==, expected);
        }
    }
}

/* ---- tests ----------------------------------------------------------- */

static void
test_positions_follow_core (void)
{
  HcWindow *window = open_budget ("five-person");
  HcPositionTable *table = position_table (window);
  g_autofree char *first = NULL;

  g_assert_cmpuint (hc_position_table_get_n_rows (table), ==, 4);
  /* Unsorted, the table keeps the plan's order. */
  for (guint row = 0; row < 4; row++)
    g_assert_cmpuint (hc_position_table_get_position_index (table, row), ==, row);
  assert_positions_match_core (window);
  /* The page scrolls, and so gives the table only what it asks as a
   * minimum: four rows, not a slit of one and a half. */
  g_assert_cmpint (gtk_widget_get_height (GTK_WIDGET (table)), >, 150);
  /* The template's second position is two mid-level backend engineers. */
  first = hc_position_table_dup_cell_text (table, 1, HC_POSITION_COLUMN_POSITION);
  g_assert_true (g_str_has_prefix (first, "2 × "));
  destroy_window (window);
}

static void
test_positions_follow_edits (void)
{
  HcWindow *window = open_budget ("five-person");
  HcPositionTable *table = position_table (window);
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan_of (window))), 0);
  g_autofree char *before = hc_position_table_dup_cell_text (table, 0, HC_POSITION_COLUMN_FIRST_YEAR);
  g_autofree char *after = NULL;
  g_autofree char *title = NULL;
  g_autoptr(HcPosition) added = NULL;

  hc_document_begin_edit (hc_window_get_document (window), "Change Count", NULL);
  hc_position_set_count (position, 4);
  hc_document_end_edit (hc_window_get_document (window));
  iterate ();
  after = hc_position_table_dup_cell_text (table, 0, HC_POSITION_COLUMN_FIRST_YEAR);
  title = hc_position_table_dup_cell_text (table, 0, HC_POSITION_COLUMN_POSITION);
  g_assert_cmpstr (after, !=, before);
  g_assert_true (g_str_has_prefix (title, "4 × "));
  assert_positions_match_core (window);

  /* A new position is a new row. */
  added = hc_position_new ("added", "database", HC_SENIORITY_SENIOR, "database");
  hc_document_begin_edit (hc_window_get_document (window), "Add Position", NULL);
  g_list_store_append (hc_plan_get_positions (plan_of (window)), added);
  hc_document_end_edit (hc_window_get_document (window));
  iterate ();
  g_assert_cmpuint (hc_position_table_get_n_rows (table), ==, 5);
  assert_positions_match_core (window);
  destroy_window (window);
}

static void
test_categories_follow_core (void)
{
  HcWindow *window = open_budget ("option-a");
  HcPlan *plan = plan_of (window);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  const char *currency = hc_plan_get_currency (plan);
  HcCategoryTable *table = category_table (window);
  HcRange total = hc_budget_get_first_year (budget);
  g_autofree char *total_text = hc_format_money_range_compact (total, currency);
  g_autofree char *total_mid = hc_format_money_compact (hc_range_mid (total), currency);
  g_autofree char *equity = hc_format_percent_range (hc_budget_get_equity_pool_percent (budget));
  double shares = 0;

  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    {
      HcRange value = hc_budget_get_first_year_category (budget, c);
      g_autofree char *range = hc_format_money_range_compact (value, currency);
      g_autofree char *mid = hc_format_money_compact (hc_range_mid (value), currency);
      double share = 100 * hc_range_mid (value) / hc_range_mid (total);
      g_autofree char *share_text = hc_format_percent_range ((HcRange) { share, share });

      g_assert_cmpstr (hc_category_table_get_text (table, c, HC_CATEGORY_COLUMN_NAME), ==, hc_category_get_label (c));
      g_assert_cmpstr (hc_category_table_get_text (table, c, HC_CATEGORY_COLUMN_FIRST_YEAR), ==, range);
      g_assert_cmpstr (hc_budget_panel_get_category_text (window->budget_panel, c), ==, range);
      g_assert_cmpstr (hc_category_table_get_text (table, c, HC_CATEGORY_COLUMN_MIDPOINT), ==, mid);
      g_assert_cmpstr (hc_category_table_get_text (table, c, HC_CATEGORY_COLUMN_SHARE), ==, share_text);
      shares += share;
    }
  /* The cash categories make up the whole total. */
  g_assert_cmpfloat_with_epsilon (shares, 100, 1e-6);
  g_assert_cmpfloat (hc_range_mid (hc_budget_get_first_year_category (budget, HC_CATEGORY_SALARIES)), >, 0);
  g_assert_cmpstr (hc_category_table_get_text (table, HC_CATEGORY_ROW_TOTAL, HC_CATEGORY_COLUMN_FIRST_YEAR), ==, total_text);
  g_assert_cmpstr (hc_category_table_get_text (table, HC_CATEGORY_ROW_TOTAL, HC_CATEGORY_COLUMN_MIDPOINT), ==, total_mid);
  g_assert_cmpstr (hc_category_table_get_text (table, HC_CATEGORY_ROW_TOTAL, HC_CATEGORY_COLUMN_SHARE), ==, "100 %");
  g_assert_cmpstr (hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_FIRST_YEAR), ==, total_text);
  g_assert_cmpstr (hc_category_table_get_text (table, HC_CATEGORY_ROW_EQUITY, HC_CATEGORY_COLUMN_FIRST_YEAR), ==, equity);
  g_assert_cmpstr (equity, ==, "15–25 %");
  destroy_window (window);
}

static double
first_year_mid (HcBudget *budget,
                guint     position_index)
{
  return hc_range_mid (hc_budget_get_position_cost (budget, position_index)->first_year);
}

static void
assert_sorted_by_first_year (HcWindow    *window,
                             GtkSortType  direction)
{
  HcPositionTable *table = position_table (window);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan_of (window));
  g_autoptr(HcBudget) budget = hc_budget_compute (plan_of (window), timeline);
  gboolean moved = FALSE;

  for (guint row = 1; row < hc_position_table_get_n_rows (table); row++)
    {
      double prev = first_year_mid (budget, hc_position_table_get_position_index (table, row - 1));
      double here = first_year_mid (budget, hc_position_table_get_position_index (table, row));

      if (direction == GTK_SORT_ASCENDING)
        g_assert_cmpfloat (prev, <=, here);
      else
        g_assert_cmpfloat (prev, >=, here);
      moved |= hc_position_table_get_position_index (table, row) != row;
    }
  /* five-person's plan order is not already sorted either way. */
  g_assert_true (moved || hc_position_table_get_position_index (table, 0) != 0);
}

static void
test_sort_by_first_year (void)
{
  HcWindow *window = open_budget ("five-person");
  HcPositionTable *table = position_table (window);

  hc_position_table_sort_by (table, HC_POSITION_COLUMN_FIRST_YEAR, GTK_SORT_DESCENDING);
  iterate ();
  assert_sorted_by_first_year (window, GTK_SORT_DESCENDING);
  /* The rows carry their own figures when they move. */
  assert_positions_match_core (window);
  hc_position_table_sort_by (table, HC_POSITION_COLUMN_FIRST_YEAR, GTK_SORT_ASCENDING);
  iterate ();
  assert_sorted_by_first_year (window, GTK_SORT_ASCENDING);
  assert_positions_match_core (window);
  /* Positions sort by name, as a person reads them. */
  hc_position_table_sort_by (table, HC_POSITION_COLUMN_POSITION, GTK_SORT_ASCENDING);
  iterate ();
  for (guint row = 1; row < hc_position_table_get_n_rows (table); row++)
    {
      g_autofree char *prev = hc_position_table_dup_cell_text (table, row - 1, HC_POSITION_COLUMN_POSITION);
      g_autofree char *here = hc_position_table_dup_cell_text (table, row, HC_POSITION_COLUMN_POSITION);

      g_assert_cmpint (g_utf8_collate (prev, here), <=, 0);
    }
  {
    g_autofree char *first = hc_position_table_dup_cell_text (table, 0, HC_POSITION_COLUMN_POSITION);

    /* "2 × Mid-level…" before "Mid-level…" and "Senior…" */
    g_assert_true (g_str_has_prefix (first, "2 × "));
  }
  destroy_window (window);
}

static HcPlan *
make_large_plan (guint n_positions)
{
  HcPlan *plan = hc_plan_new_default ();
  static const char * const phases[] = { "foundation", "capacity", "database", "infrastructure" };
  static const char * const roles[] = { "backend", "backend", "database", "infrastructure" };
  g_autoptr(GPtrArray) positions = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = 0; i < n_positions; i++)
    {
      g_autofree char *id = g_strdup_printf ("pos-%u", i);
      HcPosition *position = hc_position_new (id, roles[i % 4], i % HC_N_SENIORITIES, phases[i % 4]);

      hc_position_set_count (position, 1 + i % 3);
      g_ptr_array_add (positions, position);
    }
  g_list_store_splice (hc_plan_get_positions (plan), 0, 0, positions->pdata, positions->len);
  return plan;
}

/* Ten thousand positions: every one a row, but only a window of them is
 * built as widgets, and the table scrolls inside its own bounded card.
 * The table alone, in a plain window: the rest of the main window is not
 * what this measures. */
static void
test_large_plan_virtualised (void)
{
  g_autoptr(HcPlan) plan = make_large_plan (10000);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  GtkWidget *window = gtk_window_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *table = hc_position_table_new ();
  guint labels = 0;
  guint index;
  g_autofree char *shown = NULL;
  g_autofree char *expected = NULL;

  g_assert_true (hc_plan_validate (plan, NULL));
  /* In a box that gives it all the height it asks for. */
  gtk_box_append (GTK_BOX (box), table);
  gtk_window_set_child (GTK_WINDOW (window), box);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 900);
  hc_position_table_set_figures (HC_POSITION_TABLE (table), plan, timeline, budget);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (window);
  iterate ();

  g_assert_cmpuint (hc_position_table_get_n_rows (HC_POSITION_TABLE (table)), ==, 10000);
  count_widgets (table, GTK_TYPE_LABEL, &labels);
  g_test_message ("%u labels for 10000 rows, table %d px high", labels, gtk_widget_get_height (table));
  g_assert_cmpuint (labels, >, HC_N_POSITION_COLUMNS);
  g_assert_cmpuint (labels, <, 2000);
  g_assert_cmpint (gtk_widget_get_height (table), >, 100);
  g_assert_cmpint (gtk_widget_get_height (table), <, 600);

  hc_position_table_sort_by (HC_POSITION_TABLE (table), HC_POSITION_COLUMN_FIRST_YEAR, GTK_SORT_DESCENDING);
  for (guint row = 1; row < 10000; row++)
    g_assert_cmpfloat (first_year_mid (budget, hc_position_table_get_position_index (HC_POSITION_TABLE (table), row - 1)), >=,
                       first_year_mid (budget, hc_position_table_get_position_index (HC_POSITION_TABLE (table), row)));
  index = hc_position_table_get_position_index (HC_POSITION_TABLE (table), 9999);
  shown = hc_position_table_dup_cell_text (HC_POSITION_TABLE (table), 9999, HC_POSITION_COLUMN_FIRST_YEAR);
  expected = hc_format_money_range_compact (hc_budget_get_position_cost (budget, index)->first_year,
                                                  hc_plan_get_currency (plan));
  g_assert_cmpstr (shown, ==, expected);
  gtk_window_destroy (GTK_WINDOW (window));
  iterate ();
}

/* ---- screenshots, for a person to look at ------------------------------ */

static void
save_screenshot (HcWindow   *window,
                 const char *dir,
                 const char *name)
{
  g_autoptr(GdkTexture) texture = save_widget_screenshot (GTK_WIDGET (window), dir, name);

  assert_shows_style (texture);
}

/* Scrolls the budget page so that the category table is at its top. */
static void
scroll_to_tables (HcWindow *window)
{
  GtkWidget *table = GTK_WIDGET (category_table (window));
  GtkWidget *scrolled = gtk_widget_get_ancestor (gtk_widget_get_parent (table), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  GtkWidget *content = gtk_scrolled_window_get_child (GTK_SCROLLED_WINDOW (scrolled));
  double x, y;

  g_assert_true (gtk_widget_translate_coordinates (table, content, 0, 0, &x, &y));
  gtk_adjustment_set_value (adjustment, y - 48);
}

static void
shoot (const char     *dir,
       int             width,
       int             height,
       AdwColorScheme  scheme,
       const char     *name)
{
  HcWindow *window;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), scheme);
  window = open_budget ("five-person");
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();
  scroll_to_tables (window);
  save_screenshot (window, dir, name);
  destroy_window (window);
}

static void
test_screenshots (void)
{
  /* In $HC_SCREENSHOTS_DIR when set (README: Screenshots). */
  const char *dir = ui_test_dir ();

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  shoot (dir, 1280, 800, ADW_COLOR_SCHEME_FORCE_LIGHT, "budget-tables-light.png");
  shoot (dir, 1280, 800, ADW_COLOR_SCHEME_FORCE_DARK, "budget-tables-dark.png");
  shoot (dir, 360, 720, ADW_COLOR_SCHEME_FORCE_LIGHT, "budget-tables-narrow.png");
  shoot (dir, 360, 720, ADW_COLOR_SCHEME_FORCE_DARK, "budget-tables-narrow-dark.png");
  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), ADW_COLOR_SCHEME_DEFAULT);
}

/* Whether a label showing @text is in @root and visible. */
static gboolean
has_label (GtkWidget  *root,
           const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_label (GTK_LABEL (root)), text) != NULL
      && gtk_widget_is_visible (root))
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label (child, text))
      return TRUE;
  return FALSE;
}

/* The page says what the ranges mean and what the first-year total is;
 * the window's words for the team-complete weeks are the command line's. */
static void
test_labels_say_what_figures_are (void)
{
  HcWindow *window = open_budget ("first-hire");
  HcPlan *plan = plan_of (window);
  GtkWidget *panel = GTK_WIDGET (window->budget_panel);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autofree char *weeks = hc_format_week_span (hc_timeline_get_team_complete (timeline));
  g_autofree char *tooltip = NULL;

  g_assert_cmpstr (weeks, ==, "weeks 6–10");
  g_assert_true (has_label (panel, hc_budget_get_ranges_note ()));
  g_assert_true (has_label (panel, "First year · Cash"));
  /* The label as the cards write it: lowercasing it is English only. */
  g_assert_nonnull (strstr (gtk_label_get_label (window->summary_label), "First year: "));
  g_assert_nonnull (strstr (gtk_label_get_label (window->summary_label), "weeks 6–10"));

  /* The tables' columns and the Gantt's tooltip name the first year. */
  g_assert_true (has_label (panel, "First Year"));
  tooltip = hc_gantt_view_dup_tooltip (window->gantt_view, "first-backend");
  g_assert_nonnull (strstr (tooltip, "\nFirst-year cost: "));
  g_clear_pointer (&tooltip, g_free);

  hc_plan_set_horizon_months (plan, 6);
  iterate ();
  g_assert_true (has_label (panel, "First 6 months · Cash"));
  g_assert_false (has_label (panel, "First year · Cash"));
  g_assert_nonnull (strstr (gtk_label_get_label (window->summary_label), "First 6 months: "));
  /* And so does every other place that shows the total (DOMAIN.md): the
   * category and position tables' columns (they said "First Year"), the
   * Gantt's tooltip ("First-year cost"). */
  g_assert_true (has_label (panel, "First 6 Months"));
  g_assert_false (has_label (panel, "First Year"));
  tooltip = hc_gantt_view_dup_tooltip (window->gantt_view, "first-backend");
  g_assert_nonnull (strstr (tooltip, "\nCost in the first 6 months: "));
  g_assert_null (strstr (tooltip, "First-year"));
  destroy_window (window);
}

/* The command line named on this program's command line (meson passes
 * it), for the words-against-words test. */
static const char *headcount_path;

/* The value of the row @label of `headcount --summary`'s text. */
static char *
summary_row (const char *summary,
             const char *label)
{
  g_auto(GStrv) lines = g_strsplit (summary, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = g_strstrip (lines[i]);

      if (g_str_has_prefix (line, label))
        return g_strdup (g_strchug ((char *) line + strlen (label)));
    }
  g_error ("no row “%s” in the summary:\n%s", label, summary);
  return NULL;
}

/* The window and the command line on the same plan give the same words
 * for the team-complete span: the calendar months as dates.  The plan
 * starts on 30 November, where a plan month (from 28 February) and the
 * calendar month of its days (March) part ways. */
static void
test_window_and_cli_same_words (void)
{
  HcWindow *window = open_budget ("five-person");
  HcPlan *plan = plan_of (window);
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("hc-words-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(GFile) file = NULL;
  g_autofree char *out = NULL;
  g_autofree char *complete = NULL;
  g_autofree char *window_words = NULL;
  const char *argv[] = { headcount_path, "--summary", NULL, NULL };
  int wait_status = 0;
  GDate start;

  g_assert_no_error (error);
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 30, G_DATE_NOVEMBER, 2026);
  hc_plan_set_start_date (plan, &start);
  iterate ();
  path = g_build_filename (dir, "words.headcount", NULL);
  file = g_file_new_for_path (path);
  g_assert_true (hc_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);

  argv[2] = path;
  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                &out, NULL, &wait_status, &error);
  g_assert_no_error (error);
  g_assert_true (WIFEXITED (wait_status) && WEXITSTATUS (wait_status) == 0);

  complete = summary_row (out, "Team complete");
  g_assert_true (g_str_has_prefix (complete, "weeks "));
  g_assert_true (g_str_has_suffix (complete, " 2027"));
  window_words = g_strdup_printf ("team complete by %s", complete);
  if (strstr (gtk_label_get_label (window->summary_label), window_words) == NULL)
    g_error ("the window says “%s”, the command line “%s”",
             gtk_label_get_label (window->summary_label), complete);
  g_assert_true (has_label (GTK_WIDGET (window->budget_panel), complete));

  g_unlink (path);
  g_rmdir (dir);
  destroy_window (window);
}

/* A plan in another currency shows the exchange-rate row and says whether
 * the benchmarks are converted. */
static void
test_exchange_rate_row (void)
{
  HcWindow *window = open_budget ("first-hire");
  HcPlan *plan = plan_of (window);
  GtkWidget *panel = GTK_WIDGET (window->budget_panel);

  g_assert_false (has_label (panel, "1 USD in"));
  hc_plan_set_currency (plan, "EUR");
  iterate ();
  g_assert_true (has_label (panel, "US Dollar Exchange Rate"));
  g_assert_true (has_label (panel, "1 USD in EUR; 0 shows the US-dollar benchmarks unconverted"));
  hc_plan_set_usd_exchange_rate (plan, 0.5);
  iterate ();
  g_assert_true (has_label (panel, "1 USD in EUR: benchmarks converted from US 2026 figures"));
  destroy_window (window);
}

/* The costs the guides leave out: zero and said so until set, set through
 * the assumptions editor as an undoable edit; a payroll tax above 100 %
 * is refused in the rule's words and changes nothing.  The cards say what
 * their figures are. */
static void
test_costs_not_in_guides (void)
{
  HcWindow *window = open_template ("five-person");
  HcPlan *plan = plan_of (window);
  HcCategoryTable *table = category_table (window);
  HcAssumptionsEditor *editor = HC_ASSUMPTIONS_EDITOR (hc_budget_panel_get_assumptions_editor (window->budget_panel));
  HcRangeRow *row = HC_RANGE_ROW (hc_assumptions_editor_get_row (editor, HC_ASSUMPTION_PAYROLL_TAX_PERCENT));
  GtkEditable *high = hc_range_row_get_high_editable (row);
  g_autoptr(GBytes) before = hc_plan_to_bytes (plan);
  g_autoptr(GBytes) after = NULL;
  const char *what;

  g_assert_cmpstr (hc_category_table_get_note (table, HC_CATEGORY_PAYROLL_TAX), ==,
                   "not in the guides, 0 until set");
  g_assert_cmpstr (hc_category_table_get_note (table, HC_CATEGORY_RELOCATION), ==,
                   "not in the guides, 0 until set");
  g_assert_cmpstr (hc_category_table_get_note (table, HC_CATEGORY_SOFTWARE), ==,
                   "the team’s, from the first start, flat with headcount");
  g_assert_null (hc_category_table_get_note (table, HC_CATEGORY_SALARIES));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Not in the guides · 0 until set");
  what = hc_budget_panel_get_card_what (window->budget_panel, HC_BUDGET_CARD_PER_ENGINEER);
  g_assert_cmpstr (what, ==, "run rate ÷ 5 people, team-wide software and cloud included");
  what = hc_budget_panel_get_card_what (window->budget_panel, HC_BUDGET_CARD_RUN_RATE);
  g_assert_nonnull (strstr (what, "base $660,000–$990,000 + benefits 20.8–23.5 %"));
  g_assert_true (has_label (GTK_WIDGET (window->budget_panel), "Run Rate per Engineer"));

  /* 0–120: refused, the plan as it was. */
  gtk_editable_delete_text (high, 0, -1);
  iterate ();
  gtk_editable_set_text (high, "120");
  iterate ();
  g_assert_cmpstr (hc_range_row_get_error (row), ==,
                   "Payroll tax must be a percentage of base salary from 0 to 100");
  after = hc_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));

  /* 0–8: in the plan, the totals and the table; undo takes it back. */
  gtk_editable_set_text (high, "8");
  iterate ();
  g_assert_null (hc_range_row_get_error (row));
  g_assert_true (hc_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (plan), HC_ASSUMPTION_PAYROLL_TAX_PERCENT),
                                 hc_range_make (0, 8)));
  g_assert_null (hc_category_table_get_note (table, HC_CATEGORY_PAYROLL_TAX));
  g_assert_cmpstr (hc_category_table_get_text (table, HC_CATEGORY_PAYROLL_TAX, HC_CATEGORY_COLUMN_FIRST_YEAR),
                   !=, "$0");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_true (hc_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (plan), HC_ASSUMPTION_PAYROLL_TAX_PERCENT),
                                 hc_range_make (0, 0)));
  g_assert_cmpstr (hc_category_table_get_note (table, HC_CATEGORY_PAYROLL_TAX), ==,
                   "not in the guides, 0 until set");
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);
  g_assert_cmpint (argc, ==, 2);
  headcount_path = argv[1];
  g_test_add_func ("/budget-panel/positions", test_positions_follow_core);
  g_test_add_func ("/budget-panel/positions-follow-edits", test_positions_follow_edits);
  g_test_add_func ("/budget-panel/categories", test_categories_follow_core);
  g_test_add_func ("/budget-panel/costs-not-in-guides", test_costs_not_in_guides);
  g_test_add_func ("/budget-panel/sort-by-first-year", test_sort_by_first_year);
  g_test_add_func ("/budget-panel/large-plan", test_large_plan_virtualised);
  g_test_add_func ("/budget-panel/labels", test_labels_say_what_figures_are);
  g_test_add_func ("/budget-panel/exchange-rate-row", test_exchange_rate_row);
  g_test_add_func ("/budget-panel/window-and-cli-same-words", test_window_and_cli_same_words);
  g_test_add_func ("/budget-panel/screenshots", test_screenshots);

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
