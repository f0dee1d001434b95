/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The application in real windows under Xvfb, driven through its actions
 * and widgets as a person would, checked against the core's figures. */
#define G_LOG_DOMAIN "test-window"

#include "config.h"

#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "hc-application.h"
#include "hc-budget.h"
#include "hc-compat.h"
#include "hc-export-dialog.h"
#include "hc-format.h"
#include "hc-plan-io.h"
#include "hc-position-editor.h"
#include "hc-range-row.h"
#include "hc-roles-dialog.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

static const char *tmp_dir;

/* ---- helpers --------------------------------------------------------- */

static gboolean
window_idle (gpointer data)
{
  return !_hc_window_is_busy (data);
}


/* The @nth widget of @type under @root, depth first. */

static HcPositionEditor *
get_position_editor (HcWindow *window)
{
  return HC_POSITION_EDITOR (find_widget (GTK_WIDGET (window->editor), HC_TYPE_POSITION_EDITOR, 0));
}

static char *
expected_first_year (HcPlan *plan)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);

  return hc_format_money_range_compact (hc_budget_get_first_year (budget), hc_plan_get_currency (plan));
}

static char *
expected_run_rate (HcPlan *plan)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);

  return hc_format_money_range_compact (hc_budget_get_annual_run_rate (budget), hc_plan_get_currency (plan));
}

static void
assert_budget_matches_core (HcWindow *window)
{
  HcPlan *plan = plan_of (window);
  g_autofree char *first_year = expected_first_year (plan);
  g_autofree char *run_rate = expected_run_rate (plan);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  g_autofree char *salaries = hc_format_money_range_compact (hc_budget_get_first_year_category (budget, HC_CATEGORY_SALARIES),
                                                     hc_plan_get_currency (plan));

  g_assert_cmpstr (hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_FIRST_YEAR), ==, first_year);
  g_assert_cmpstr (hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_RUN_RATE), ==, run_rate);
  g_assert_cmpstr (hc_budget_panel_get_category_text (window->budget_panel, HC_CATEGORY_SALARIES), ==, salaries);
  g_assert_nonnull (strstr (_hc_window_get_summary (window), first_year));
}

static GBytes *
copy_bytes (GBytes *bytes)
{
  return g_bytes_new (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}

static gboolean
held_only_by_us (gpointer object)
{
  return G_OBJECT (object)->ref_count == 1;
}

/* ---- tests ----------------------------------------------------------- */

static void
test_each_template (void)
{
  const HcTemplateInfo *templates = hc_templates_list ();

  for (guint i = 0; templates[i].name != NULL; i++)
    {
      HcWindow *window = open_template (templates[i].name);
      g_autoptr(HcPlan) expected = hc_template_load (templates[i].name, NULL);
      g_autoptr(GBytes) expected_bytes = hc_plan_to_bytes (expected);
      g_autoptr(GBytes) shown = hc_plan_to_bytes (plan_of (window));
      GWeakRef ref;

      g_test_message ("template %s", templates[i].name);
      g_assert_true (g_bytes_equal (expected_bytes, shown));
      g_assert_false (hc_document_get_modified (hc_window_get_document (window)));
      g_assert_cmpuint (hc_plan_get_headcount (plan_of (window)), ==, hc_plan_get_headcount (expected));
      assert_budget_matches_core (window);
      /* An untouched plan closes without a question. */
      g_weak_ref_init (&ref, window);
      gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
      iterate ();
      g_assert_null (g_weak_ref_get (&ref));
      g_weak_ref_clear (&ref);
    }
}

static void
test_count_changes_budget_undo_redo (void)
{
  HcWindow *window = open_template ("five-person");
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan_of (window)));
  g_autoptr(HcPosition) first = g_list_model_get_item (positions, 0);
  g_autofree char *before = g_strdup (hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_FIRST_YEAR));
  guint count = hc_position_get_count (first);
  g_autofree char *id = g_strdup (hc_position_get_id (first));
  HcPositionEditor *editor;
  GtkSpinButton *spin;
  HcUndoStack *undo = hc_document_get_undo_stack (hc_window_get_document (window));
  HcPosition *now;

  hc_composition_editor_edit_position (window->editor, id);
  editor = get_position_editor (window);
  g_assert_true (hc_position_editor_get_position (editor) == first);
  spin = GTK_SPIN_BUTTON (find_widget (GTK_WIDGET (editor), GTK_TYPE_SPIN_BUTTON, 0));
  /* Clicking + three times is one step: the same field, in a row. */
  gtk_spin_button_set_value (spin, count + 1);
  gtk_spin_button_set_value (spin, count + 2);
  gtk_spin_button_set_value (spin, count + 3);
  iterate ();
  g_assert_cmpuint (hc_position_get_count (first), ==, count + 3);
  g_assert_cmpuint (hc_undo_stack_get_depth (undo), ==, 1);
  g_assert_cmpstr (hc_undo_stack_get_undo_label (undo), ==, "Change Count");
  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));
  g_assert_cmpstr (hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_FIRST_YEAR), !=, before);
  assert_budget_matches_core (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  now = hc_plan_find_position (plan_of (window), id, NULL);
  /* Undo changes the plan in place: the very position the editor shows. */
  g_assert_true (now == first);
  g_assert_cmpuint (hc_position_get_count (now), ==, count);
  g_assert_cmpstr (hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_FIRST_YEAR), ==, before);
  g_assert_false (hc_document_get_modified (hc_window_get_document (window)));
  g_assert_true (hc_position_editor_get_position (editor) == now);
  g_assert_cmpint (gtk_spin_button_get_value_as_int (spin), ==, count);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  iterate ();
  now = hc_plan_find_position (plan_of (window), id, NULL);
  g_assert_cmpuint (hc_position_get_count (now), ==, count + 3);
  assert_budget_matches_core (window);
  destroy_window (window);
}

/* Undoing the addition of the position being edited takes the editor
 * back to the list; redo brings the same object back. */
static void
test_undo_add_while_editing (void)
{
  HcWindow *window = open_template ("three-person");
  HcPlan *plan = plan_of (window);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan)));
  HcPositionEditor *editor;
  g_autoptr(HcPosition) added = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.add-position", NULL));
  iterate ();
  editor = get_position_editor (window);
  added = g_object_ref (hc_position_editor_get_position (editor));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan))), ==, n + 1);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_true (plan_of (window) == plan);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan))), ==, n);
  g_assert_null (hc_position_editor_get_position (editor));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.redo", NULL));
  iterate ();
  g_assert_true (hc_plan_find_position (plan, hc_position_get_id (added), NULL) == added);
  destroy_window (window);
}

static void
test_invalid_range_not_applied (void)
{
  HcWindow *window = open_template ("three-person");
  g_autoptr(HcPosition) first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan_of (window))), 0);
  g_autoptr(GBytes) before = copy_bytes (hc_document_get_bytes (hc_window_get_document (window)));
  HcRangeRow *salary;
  HcRange value;

  hc_composition_editor_edit_position (window->editor, hc_position_get_id (first));
  salary = HC_RANGE_ROW (find_widget (GTK_WIDGET (get_position_editor (window)), HC_TYPE_RANGE_ROW, 0));
  gtk_editable_set_text (hc_range_row_get_low_editable (salary), "300000");
  gtk_editable_set_text (hc_range_row_get_high_editable (salary), "200000");
  iterate ();
  /* 300K–200K: low above high is refused at the field... */
  g_assert_cmpstr (hc_range_row_get_error (salary), ==,
                   "Salary: low (300000) must not be above high (200000)");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (salary), "error"));
  gtk_editable_set_text (hc_range_row_get_high_editable (salary), "-5");
  iterate ();
  g_assert_cmpstr (hc_range_row_get_error (salary), ==,
                   "Salary must be a range of numbers from 0 to 10000000");
  /* ...and the high field's half never reached the model. */
  g_assert_false (hc_position_get_salary_override (first, &value) && value.high < 0);
  gtk_editable_set_text (hc_range_row_get_high_editable (salary), "310K");
  iterate ();
  g_assert_null (hc_range_row_get_error (salary));
  g_assert_true (hc_position_get_salary_override (first, &value));
  g_assert_cmpfloat (value.low, ==, 300000);
  g_assert_cmpfloat (value.high, ==, 310000);
  g_assert_false (g_bytes_equal (before, hc_document_get_bytes (hc_window_get_document (window))));
  assert_budget_matches_core (window);
  destroy_window (window);
}

/* A check that names positions selects them in the team list.  The plan
 * is made for it: every position junior, so the first hire is not the
 * senior backend engineer the guide asks for, and that check names the
 * first hire (the templates follow the guide and name no one). */
static void
test_check_selects_positions (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("three-person", NULL);
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  g_autoptr(HcDocument) document = NULL;
  g_auto(GStrv) selection = NULL;
  HcWindow *window;
  HcCheck *check = NULL;
  guint index = 0;

  g_assert_nonnull (plan);
  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);

      hc_position_set_seniority (position, HC_SENIORITY_JUNIOR);
    }
  document = hc_document_new (plan, NULL);
  window = new_window (1280, 800);
  hc_window_set_document (window, document);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();

  for (guint i = 0; window->checks != NULL && i < window->checks->len; i++)
    {
      HcCheck *c = g_ptr_array_index (window->checks, i);

      if (c->position_ids != NULL && c->position_ids[0] != NULL)
        {
          check = c;
          index = i;
          break;
        }
    }
  g_assert_nonnull (check);
  g_assert_cmpstr (check->id, ==, "first-hire-senior-backend");
  hc_composition_editor_activate_check (window->editor, index);
  selection = hc_composition_editor_dup_selection (window->editor);
  g_assert_true (g_strv_equal ((const char * const *) selection,
                               (const char * const *) check->position_ids));
  destroy_window (window);
}

static void
test_save_close_reopen (void)
{
  HcWindow *window = open_template ("option-a");
  g_autofree char *path = tmp_path ("reopen.headcount");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) on_disk = NULL;
  g_autoptr(GBytes) reopened = NULL;
  HcWindow *again;
  guint n_windows;

  hc_document_begin_edit (hc_window_get_document (window), "Rename", NULL);
  hc_plan_set_title (plan_of (window), "Saved and reopened");
  hc_document_end_edit (hc_window_get_document (window));
  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));
  _hc_window_save_to (window, file, FALSE);
  wait_until (window_idle, window);
  g_assert_null (_hc_window_get_last_error (window));
  g_assert_false (hc_document_get_modified (hc_window_get_document (window)));
  saved = copy_bytes (hc_document_get_bytes (hc_window_get_document (window)));
  on_disk = g_file_load_bytes (file, NULL, NULL, NULL);
  g_assert_true (g_bytes_equal (saved, on_disk));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Saved and reopened");

  /* Opening it again raises the window that has it. */
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ())));
  hc_window_open_file (window, file);
  wait_until (window_idle, window);
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ()))), ==, n_windows);

  destroy_window (window);
  again = new_window (1280, 800);
  hc_window_open_file (again, file);
  wait_until (window_idle, again);
  g_assert_nonnull (hc_window_get_document (again));
  reopened = hc_plan_to_bytes (plan_of (again));
  g_assert_true (g_bytes_equal (reopened, on_disk));
  g_assert_false (hc_document_get_modified (hc_window_get_document (again)));
  destroy_window (again);
}

static void
test_close_with_changes_cancel (void)
{
  HcWindow *window = open_template ("first-hire");
  g_autoptr(GBytes) edited = NULL;
  GtkWidget *alert;
  GWeakRef ref;

  hc_document_begin_edit (hc_window_get_document (window), "Horizon", NULL);
  hc_plan_set_horizon_months (plan_of (window), 18);
  hc_document_end_edit (hc_window_get_document (window));
  edited = copy_bytes (hc_document_get_bytes (hc_window_get_document (window)));
  g_weak_ref_init (&ref, window);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  iterate ();
  alert = hc_compat_alert_find (GTK_WINDOW (window));
  g_assert_nonnull (alert);
  hc_compat_alert_respond (alert, "cancel");
  iterate ();
  /* Cancel really cancels: the window and the edit are still there. */
  g_assert_true (g_weak_ref_get (&ref) == (gpointer) window);
  g_object_unref (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));
  g_assert_true (g_bytes_equal (edited, hc_document_get_bytes (hc_window_get_document (window))));
  g_assert_cmpuint (hc_plan_get_horizon_months (plan_of (window)), ==, 18);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.close", NULL);
  iterate ();
  hc_compat_alert_respond (hc_compat_alert_find (GTK_WINDOW (window)), "discard");
  iterate ();
  g_assert_null (g_weak_ref_get (&ref));
  g_weak_ref_clear (&ref);
}

static void
test_open_broken_file (void)
{
  HcWindow *window = open_template ("five-person");
  g_autofree char *path = tmp_path ("broken.headcount");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) before = copy_bytes (hc_document_get_bytes (hc_window_get_document (window)));
  HcPlan *plan_before = plan_of (window);
  guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ())));
  GtkWidget *alert;

  g_assert_true (g_file_set_contents (path, "{\n  \"format\": \"headcount\",\n  \"version\": 1,\n  oops\n}\n", -1, NULL));
  hc_window_open_file (window, file);
  wait_until (window_idle, window);
  /* The loader's message, with where it is, shown in the window... */
  g_assert_nonnull (_hc_window_get_last_error (window));
  g_test_message ("error: %s", _hc_window_get_last_error (window));
  g_assert_true (g_str_has_prefix (_hc_window_get_last_error (window), "4:"));
  alert = hc_compat_alert_find (GTK_WINDOW (window));
  g_assert_nonnull (alert);
  hc_compat_alert_respond (alert, "close");
  iterate ();
  /* ...and the open plan exactly as it was, in the same window. */
  g_assert_true (plan_of (window) == plan_before);
  g_assert_true (g_bytes_equal (before, hc_document_get_bytes (hc_window_get_document (window))));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ()))), ==, n_windows);
  destroy_window (window);
}


static gboolean
window_has_document (gpointer data)
{
  return hc_window_get_document (data) != NULL && !_hc_window_is_busy (data);
}

static gboolean
has_label_containing (GtkWidget  *root,
                      const char *text)
{
  if (GTK_IS_LABEL (root) && strstr (gtk_label_get_label (GTK_LABEL (root)), text) != NULL)
    return TRUE;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_label_containing (child, text))
      return TRUE;
  return FALSE;
}

/* A v1 file that stored a preset with another level's percentage takes
 * the level's figure, and the window says so when it opens it (DOMAIN.md,
 * "Geography follows the level"): a toast, over the plan. */
static void
test_open_stale_preset (void)
{
  HcWindow *window = new_window (1280, 800);
  g_autofree char *path = tmp_path ("stale-preset.headcount");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPosition) position = NULL;

  g_assert_true (g_file_set_contents (path,
                                      "{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\","
                                      " \"benchmarks\": \"us-2026\", \"positions\": ["
                                      "{\"id\": \"a\", \"role\": \"backend\", \"seniority\": \"senior\","
                                      " \"count\": 1, \"location\": \"SF Bay Area\","
                                      " \"location_adjustment_percent\": 35, \"sourcing\": \"direct\","
                                      " \"phase\": \"foundation\", \"skills\": [\"database\"]}]}",
                                      -1, NULL));
  hc_window_open_file (window, file);
  wait_until (window_has_document, window);
  iterate ();
  position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan_of (window))), 0);
  g_assert_cmpfloat (hc_position_get_location_adjustment (position), ==, 40);
  g_assert_true (has_label_containing (GTK_WIDGET (window->toast_overlay), "location preset"));
  destroy_window (window);
}

/* A FIFO hung the window for ever; it is refused with a message. */
static void
test_open_fifo (void)
{
  HcWindow *window = open_template ("five-person");
  g_autofree char *path = tmp_path ("pipe.headcount");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *alert;

  g_unlink (path);
  g_assert_cmpint (mkfifo (path, 0600), ==, 0);
  hc_window_open_file (window, file);
  wait_until (window_idle, window);
  g_assert_nonnull (_hc_window_get_last_error (window));
  g_assert_nonnull (strstr (_hc_window_get_last_error (window), "it is not a regular file"));
  alert = hc_compat_alert_find (GTK_WINDOW (window));
  g_assert_nonnull (alert);
  hc_compat_alert_respond (alert, "close");
  iterate ();
  destroy_window (window);
  g_unlink (path);
}

/* The button in @root whose action is @action_name. */
static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action_name)
{
  if (GTK_IS_BUTTON (root)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (root)), action_name) == 0)
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action_name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A plan written with the older benchmarks opens with a banner that names
 * the figures an update changes; the update is one undoable edit, and its
 * undo offers it again. */
static void
test_update_benchmarks (void)
{
  HcWindow *window = new_window (1280, 800);
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "legacy",
                                                 "five-person-spelled-out.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcUndoStack *undo;
  HcPlan *plan;
  HcRange before, after;
  const char *text;
  GtkWidget *update;

  hc_window_open_file (window, file);
  wait_until (window_idle, window);
  g_assert_nonnull (hc_window_get_document (window));
  plan = plan_of (window);
  undo = hc_document_get_undo_stack (hc_window_get_document (window));
  g_assert_cmpstr (hc_plan_get_benchmarks (plan), ==, HC_BENCHMARK_SET_TEAM_GUIDE);
  g_assert_true (gtk_revealer_get_reveal_child (window->benchmarks_banner));
  text = gtk_label_get_label (window->benchmarks_label);
  g_test_message ("banner: %s", text);
  g_assert_nonnull (strstr (text, "older benchmarks (US 2026, team guide only)"));
  g_assert_nonnull (strstr (text, "Benefits: 21.5–23 % → 20.8–23.5 %"));
  g_assert_nonnull (strstr (text, "Backend / API engineer, Senior: $150K–$200K → $150K–$280K"));
  before = hc_budget_get_loaded_salaries (window->budget);

  update = find_action_button (GTK_WIDGET (window->benchmarks_banner), "win.update-benchmarks");
  g_assert_nonnull (update);
  g_assert_true (gtk_widget_is_sensitive (update));
  /* A click, as the pointer gives it (activate would wait for the
   * button's pressed look to time out). */
  g_signal_emit_by_name (update, "clicked");
  iterate ();
  g_assert_cmpstr (hc_plan_get_benchmarks (plan), ==, HC_BENCHMARK_SET);
  g_assert_false (gtk_revealer_get_reveal_child (window->benchmarks_banner));
  g_assert_cmpstr (hc_undo_stack_get_undo_label (undo), ==, "Update Benchmarks");
  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));
  /* The senior band widens: the window's figures follow. */
  after = hc_budget_get_loaded_salaries (window->budget);
  g_assert_cmpfloat (after.high, >, before.high);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_cmpstr (hc_plan_get_benchmarks (plan_of (window)), ==, HC_BENCHMARK_SET_TEAM_GUIDE);
  g_assert_true (gtk_revealer_get_reveal_child (window->benchmarks_banner));
  g_assert_cmpfloat (hc_budget_get_loaded_salaries (window->budget).high, ==, before.high);

  /* Kept as it is: the banner goes until another plan is shown. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-benchmarks", NULL));
  iterate ();
  g_assert_false (gtk_revealer_get_reveal_child (window->benchmarks_banner));
  destroy_window (window);
}

static void
assert_save_fails (HcWindow   *window,
                   const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *alert;

  g_clear_pointer (&window->last_error, g_free);
  _hc_window_save_to (window, file, FALSE);
  wait_until (window_idle, window);
  g_assert_nonnull (_hc_window_get_last_error (window));
  g_test_message ("save error: %s", _hc_window_get_last_error (window));
  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));
  g_assert_null (hc_document_get_file (hc_window_get_document (window)));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  alert = hc_compat_alert_find (GTK_WINDOW (window));
  g_assert_nonnull (alert);
  hc_compat_alert_respond (alert, "cancel");
  iterate ();
}

static void
test_save_fails_stays_unsaved (void)
{
  HcWindow *window = open_template ("three-person");
  g_autofree char *missing = tmp_path ("no-such-folder/plan.headcount");
  g_autofree char *locked_dir = tmp_path ("read-only");
  g_autofree char *locked = g_build_filename (locked_dir, "plan.headcount", NULL);

  hc_document_begin_edit (hc_window_get_document (window), "Title", NULL);
  hc_plan_set_title (plan_of (window), "Unsaved");
  hc_document_end_edit (hc_window_get_document (window));
  assert_save_fails (window, missing);
  if (geteuid () != 0)
    {
      g_assert_cmpint (g_mkdir (locked_dir, 0500), ==, 0);
      assert_save_fails (window, locked);
      g_chmod (locked_dir, 0700);
    }
  else
    {
      /* Root writes into any chmod-ed folder, as CI does; sysfs refuses
       * new files to root too, with the same "permission denied". */
      assert_save_fails (window, "/sys/plan.headcount");
    }
  destroy_window (window);
}

/* The shown export dialog, or NULL. */
static HcExportDialog *
find_export_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (HC_IS_EXPORT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* win.export-csv (the budget page's button) opens the export dialog on the
 * budget's CSV, which writes what the core computes for the plan on
 * screen; a failed export says so on the dialog without touching the
 * plan. */
static void
test_export_csv (void)
{
  HcWindow *window = open_template ("option-b");
  g_autofree char *path = tmp_path ("budget.csv");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) missing = g_file_new_for_path ("/nonexistent/budget.csv");
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan_of (window));
  g_autoptr(HcBudget) budget = hc_budget_compute (plan_of (window), timeline);
  g_autofree char *expected = hc_budget_to_csv (budget, plan_of (window));
  g_autofree char *contents = NULL;
  HcExportDialog *dialog;
  GtkWidget *alert;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export-csv", NULL));
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpint (hc_export_dialog_get_chart (dialog), ==, HC_CHART_BUDGET);
  g_assert_cmpint (hc_export_dialog_get_format (dialog), ==, HC_EXPORT_FORMAT_CSV);

  g_assert_false (hc_export_dialog_export_to (dialog, missing));
  alert = hc_compat_alert_find (GTK_WINDOW (dialog));
  g_assert_nonnull (alert);
  hc_compat_alert_respond (alert, "close");
  iterate ();
  g_assert_true (find_export_dialog () == dialog);

  g_assert_true (hc_export_dialog_export_to (dialog, file));
  iterate ();
  g_assert_null (find_export_dialog ());
  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  g_assert_cmpstr (contents, ==, expected);
  g_assert_false (hc_document_get_modified (hc_window_get_document (window)));
  g_unlink (path);
  destroy_window (window);
}

/* Narrowing a shown window folds the sidebar away and moves the page
 * switcher to the bottom, the plan's name into the header's middle;
 * widening brings all back.  G_DEBUG's
 * fatal-warnings also holds the header bar to never being drawn with a
 * child left unallocated while it rearranges. */
static gboolean
switcher_at_bottom (gpointer data)
{
  HcWindow *window = data;

  return adw_view_switcher_bar_get_reveal (window->switcher_bar) &&
         !gtk_widget_get_visible (GTK_WIDGET (window->plan_label));
}

static gboolean
switcher_in_header (gpointer data)
{
  HcWindow *window = data;

  return !adw_view_switcher_bar_get_reveal (window->switcher_bar) &&
         gtk_widget_get_visible (GTK_WIDGET (window->plan_label));
}

static void
test_narrow_and_wide (void)
{
  HcWindow *window = open_template ("five-person");

  wait_until (switcher_in_header, window);
  g_assert_false (adw_flap_get_folded (window->flap));
  for (int round = 0; round < 2; round++)
    {
      gtk_window_set_default_size (GTK_WINDOW (window), 360, 720);
      wait_until (switcher_at_bottom, window);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      g_assert_true (adw_flap_get_folded (window->flap));
      gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
      wait_until (switcher_in_header, window);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
      g_assert_false (adw_flap_get_folded (window->flap));
    }
  destroy_window (window);
}

/* ---- roles and phases ------------------------------------------------ */

static GtkWidget *
find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (toplevel, type) && gtk_widget_get_visible (toplevel))
        return toplevel;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *root,
             const char *label)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), label) == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

/* The @nth widget of @type in the dialog's row for the role or phase @id. */
static GtkWidget *
find_tagged (GtkWidget  *root,
             GType       type,
             const char *id,
             guint       nth)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  for (guint i = 0; i < found->len; i++)
    if (g_strcmp0 (g_object_get_data (g_ptr_array_index (found, i), "hc-id"), id) == 0 && nth-- == 0)
      return g_ptr_array_index (found, i);
  return NULL;
}

/* The Roles and Phases dialog: a custom role with its own salary ranges,
 * a phase renamed and re-timed, each one undoable step in the plan. */
static void
test_roles_and_phases (void)
{
  HcWindow *window = open_template ("three-person");
  GListModel *roles = G_LIST_MODEL (hc_plan_get_roles (plan_of (window)));
  guint n_roles = g_list_model_get_n_items (roles);
  g_autoptr(HcPhase) phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan_of (window))), 0);
  g_autofree char *phase_id = g_strdup (hc_phase_get_id (phase));
  g_autoptr(HcRole) added = NULL;
  GtkWidget *dialog, *name;
  HcRangeRow *senior_salary, *span;
  HcRange salary;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.roles-phases", NULL));
  iterate ();
  dialog = find_toplevel (HC_TYPE_ROLES_DIALOG);
  g_assert_nonnull (dialog);

  g_signal_emit_by_name (find_button (dialog, "_Add Role"), "clicked");
  iterate ();
  g_assert_cmpuint (g_list_model_get_n_items (roles), ==, n_roles + 1);
  added = g_list_model_get_item (roles, n_roles);
  name = find_tagged (dialog, ADW_TYPE_ENTRY_ROW, hc_role_get_id (added), 0);
  g_assert_nonnull (name);
  gtk_editable_set_text (GTK_EDITABLE (name), "Site reliability engineer");
  senior_salary = HC_RANGE_ROW (find_tagged (dialog, HC_TYPE_RANGE_ROW, hc_role_get_id (added), HC_SENIORITY_SENIOR));
  gtk_editable_set_text (hc_range_row_get_low_editable (senior_salary), "170K");
  gtk_editable_set_text (hc_range_row_get_high_editable (senior_salary), "215K");
  iterate ();
  g_assert_cmpstr (hc_role_get_name (added), ==, "Site reliability engineer");
  salary = hc_role_get_salary (added, HC_SENIORITY_SENIOR);
  g_assert_cmpfloat (salary.low, ==, 170000);
  g_assert_cmpfloat (salary.high, ==, 215000);

  gtk_editable_set_text (GTK_EDITABLE (find_tagged (dialog, ADW_TYPE_ENTRY_ROW, phase_id, 0)), "Foundation");
  span = HC_RANGE_ROW (find_tagged (dialog, HC_TYPE_RANGE_ROW, phase_id, 0));
  gtk_editable_set_text (hc_range_row_get_high_editable (span), "9");
  iterate ();
  g_assert_cmpstr (hc_phase_get_name (phase), ==, "Foundation");
  g_assert_cmpuint (hc_phase_get_last (phase), ==, 9);
  assert_budget_matches_core (window);

  /* Undo takes back the re-timing alone.  It brings a new plan object:
   * look the phase and the role up again. */
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  {
    g_autoptr(HcPhase) undone = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan_of (window))), 0);
    g_autoptr(HcRole) kept = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_roles (plan_of (window))), n_roles);

    g_assert_cmpstr (hc_phase_get_name (undone), ==, "Foundation");
    g_assert_cmpuint (hc_phase_get_last (undone), !=, 9);
    g_assert_nonnull (kept);
    g_assert_cmpstr (hc_role_get_name (kept), ==, "Site reliability engineer");
  }
  destroy_window (window);
}

/* A cost assumption changed on the budget page moves every figure, shows
 * the way back to the guide's figure, and that way goes back. */
static GtkWidget *
find_reset_button (GtkWidget *range_row)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (range_row, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_widget_get_tooltip_text (g_ptr_array_index (buttons, i)), "Back to the Default") == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

static void
test_assumption_and_default (void)
{
  HcWindow *window = open_template ("five-person");
  HcCostAssumptions *costs = hc_plan_get_assumptions (plan_of (window));
  HcRange guide = hc_cost_assumptions_get_default (HC_ASSUMPTION_BENEFITS_PERCENT);
  g_autofree char *first_year_before = expected_first_year (plan_of (window));
  HcRangeRow *benefits;
  GtkWidget *reset;
  HcRange value;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "budget");
  benefits = HC_RANGE_ROW (find_widget (GTK_WIDGET (window->budget_panel), HC_TYPE_RANGE_ROW,
                                        HC_ASSUMPTION_BENEFITS_PERCENT));
  reset = find_reset_button (GTK_WIDGET (benefits));
  g_assert_nonnull (reset);
  g_assert_false (gtk_widget_get_visible (reset));

  gtk_editable_set_text (hc_range_row_get_high_editable (benefits), "30");
  iterate ();
  value = hc_cost_assumptions_get (hc_plan_get_assumptions (plan_of (window)), HC_ASSUMPTION_BENEFITS_PERCENT);
  g_assert_cmpfloat (value.high, ==, 30);
  assert_budget_matches_core (window);
  g_assert_cmpstr (hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_FIRST_YEAR), !=, first_year_before);
  g_assert_true (gtk_widget_get_visible (reset));

  g_signal_emit_by_name (reset, "clicked");
  iterate ();
  costs = hc_plan_get_assumptions (plan_of (window));
  g_assert_true (hc_range_equal (hc_cost_assumptions_get (costs, HC_ASSUMPTION_BENEFITS_PERCENT), guide));
  g_assert_cmpstr (hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_FIRST_YEAR), ==, first_year_before);
  g_assert_false (gtk_widget_get_visible (reset));
  destroy_window (window);
}

/* ---- the file chooser, changes on disk, dropped files ---------------- */

/* The save dialog on screen: GtkFileChooserNative falls back to a
 * GtkFileChooserDialog in this process when no portal is running, as
 * under the tests' private session bus; so does GtkFileDialog. */
static GtkFileChooser *
find_file_chooser (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      G_GNUC_BEGIN_IGNORE_DEPRECATIONS
      if (GTK_IS_FILE_CHOOSER (toplevel) && gtk_widget_get_visible (toplevel))
        return GTK_FILE_CHOOSER (toplevel);
      G_GNUC_END_IGNORE_DEPRECATIONS
    }
  return NULL;
}

static gboolean
file_chooser_shown (gpointer data)
{
  return find_file_chooser () != NULL;
}

static GtkFileChooser *
wait_for_file_chooser (void)
{
  wait_until (file_chooser_shown, NULL);
  return find_file_chooser ();
}

static void
answer_file_chooser (GtkFileChooser *chooser,
                     int             response)
{
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_dialog_response (GTK_DIALOG (chooser), response);
  G_GNUC_END_IGNORE_DEPRECATIONS
  iterate ();
}

static gboolean
document_saved_as (gpointer data)
{
  HcWindow *window = data;
  GFile *file = hc_document_get_file (hc_window_get_document (window));

  return !_hc_window_is_busy (window) && file != NULL &&
         !hc_document_get_modified (hc_window_get_document (window));
}

static void
rename_plan (HcWindow   *window,
             const char *title)
{
  hc_document_begin_edit (hc_window_get_document (window), "Title", NULL);
  hc_plan_set_title (plan_of (window), title);
  hc_document_end_edit (hc_window_get_document (window));
}

/* Save As through the chooser: it suggests the plan's name, Cancel writes
 * nothing, and a chosen file is written and becomes the plan's file.  A
 * failed save leads there too, through its "Save As…" answer. */
static void
test_save_as_through_chooser (void)
{
  HcWindow *window = open_template ("three-person");
  g_autofree char *path = tmp_path ("chosen.headcount");
  g_autoptr(GFile) folder = g_file_new_for_path (tmp_dir);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) refused = g_file_new_for_path ("/nonexistent/plan.headcount");
  g_autoptr(GBytes) on_disk = NULL;
  g_autofree char *suggested = NULL;
  GtkFileChooser *chooser;

  rename_plan (window, "Chosen: by hand");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save-as", NULL);
  chooser = wait_for_file_chooser ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_cmpint (gtk_file_chooser_get_action (chooser), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  suggested = gtk_file_chooser_get_current_name (chooser);
  G_GNUC_END_IGNORE_DEPRECATIONS
  /* The plan's name, made safe for a file name. */
  g_assert_cmpstr (suggested, ==, "Chosen- by hand.headcount");
  answer_file_chooser (chooser, GTK_RESPONSE_CANCEL);
  g_assert_null (find_file_chooser ());
  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));
  g_assert_null (hc_document_get_file (hc_window_get_document (window)));

  /* A save that fails offers Save As, which opens the chooser. */
  _hc_window_save_to (window, refused, FALSE);
  wait_until (window_idle, window);
  hc_compat_alert_respond (hc_compat_alert_find (GTK_WINDOW (window)), "save-as");
  chooser = wait_for_file_chooser ();
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  g_assert_true (gtk_file_chooser_set_current_folder (chooser, folder, NULL));
  gtk_file_chooser_set_current_name (chooser, "chosen.headcount");
  G_GNUC_END_IGNORE_DEPRECATIONS
  answer_file_chooser (chooser, GTK_RESPONSE_ACCEPT);
  wait_until (document_saved_as, window);
  g_assert_true (g_file_equal (hc_document_get_file (hc_window_get_document (window)), file));
  on_disk = g_file_load_bytes (file, NULL, NULL, NULL);
  g_assert_nonnull (on_disk);
  g_assert_true (g_bytes_equal (on_disk, hc_document_get_bytes (hc_window_get_document (window))));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Chosen: by hand");
  destroy_window (window);
  g_unlink (path);
}

static gboolean
reload_offered (gpointer data)
{
  return gtk_revealer_get_reveal_child (HC_WINDOW (data)->disk_banner);
}

/* Another program rewrites the plan's file: the window offers to reload
 * it, and reloading shows what is on disk now. */
static void
write_plan_elsewhere (const char *path,
                      const char *title)
{
  g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
  g_autoptr(GBytes) bytes = NULL;

  hc_plan_set_title (plan, title);
  bytes = hc_plan_to_bytes (plan);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
}

static void
test_reload_changed_on_disk (void)
{
  HcWindow *window = open_template ("first-hire");
  g_autofree char *path = tmp_path ("watched.headcount");
  g_autoptr(GFile) file = g_file_new_for_path (path);

  rename_plan (window, "Ours");
  _hc_window_save_to (window, file, FALSE);
  wait_until (document_saved_as, window);
  /* Our own save is no news.  (A late event would only let this pass,
   * never fail it wrongly.) */
  spin_for_ms (300);
  g_assert_false (reload_offered (window));

  write_plan_elsewhere (path, "Theirs");
  wait_until (reload_offered, window);
  g_assert_cmpstr (hc_plan_get_title (plan_of (window)), ==, "Ours");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.reload", NULL);
  wait_until (window_idle, window);
  g_assert_false (reload_offered (window));
  g_assert_cmpstr (hc_plan_get_title (plan_of (window)), ==, "Theirs");
  g_assert_false (hc_document_get_modified (hc_window_get_document (window)));

  /* "Keep This Version" leaves the plan as it is on screen. */
  write_plan_elsewhere (path, "Theirs again");
  wait_until (reload_offered, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.dismiss-reload", NULL);
  iterate ();
  g_assert_false (reload_offered (window));
  g_assert_cmpstr (hc_plan_get_title (plan_of (window)), ==, "Theirs");
  destroy_window (window);
  g_unlink (path);
}


static gboolean
alert_shown (gpointer data)
{
  return !_hc_window_is_busy (data) && hc_compat_alert_find (GTK_WINDOW (data)) != NULL;
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL;
}

/* Ctrl+S after another program changed the file (the banner may be up or
 * not): the window asks, and writes only on "Save Anyway". */
static void
test_save_conflict_asks (void)
{
  HcWindow *window = open_template ("first-hire");
  g_autofree char *path = tmp_path ("conflict.headcount");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *alert;

  rename_plan (window, "Ours");
  _hc_window_save_to (window, file, FALSE);
  wait_until (document_saved_as, window);
  write_plan_elsewhere (path, "Theirs");
  rename_plan (window, "Ours, edited");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL);
  wait_until (alert_shown, window);
  g_assert_true (file_holds (path, "Theirs"));
  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));

  alert = hc_compat_alert_find (GTK_WINDOW (window));
  hc_compat_alert_respond (alert, "overwrite");
  wait_until (document_saved_as, window);
  g_assert_true (file_holds (path, "Ours, edited"));
  destroy_window (window);
  g_unlink (path);
}

/* Names with "&" and "<" are text: the Roles dialog shows them as they
 * are, without markup warnings (fatal in tests). */
static void
test_roles_dialog_names_not_markup (void)
{
  HcWindow *window = open_template ("three-person");
  g_autoptr(HcRole) role = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_roles (plan_of (window))), 0);
  g_autoptr(HcPhase) phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan_of (window))), 0);
  GtkWidget *dialog;
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  gboolean role_shown = FALSE, phase_shown = FALSE;

  hc_document_begin_edit (hc_window_get_document (window), "Names", NULL);
  hc_role_set_name (role, "R&D <Platform>");
  hc_phase_set_name (phase, "Q1 & <b>Q2");
  hc_document_end_edit (hc_window_get_document (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.roles-phases", NULL));
  iterate ();
  dialog = find_toplevel (HC_TYPE_ROLES_DIALOG);
  g_assert_nonnull (dialog);
  collect_widgets (dialog, ADW_TYPE_EXPANDER_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    {
      const char *title = adw_preferences_row_get_title (g_ptr_array_index (rows, i));

      role_shown |= g_strcmp0 (title, "R&D <Platform>") == 0;
      phase_shown |= g_strcmp0 (title, "Q1 & <b>Q2") == 0;
    }
  g_assert_true (role_shown);
  g_assert_true (phase_shown);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  destroy_window (window);
}


static gboolean
figures_refreshed (gpointer data)
{
  HcWindow *window = data;

  return window->refresh_timeout == 0;
}

/* Typing in a large plan does no whole-plan work per key: five edits in a
 * row each return at once, and the figures are computed once, after the
 * pause.  HC_TEST_TYPING_POSITIONS=100000 measures the largest documented
 * plan (the figures are printed with --verbose). */
static void
test_typing_in_large_plan (void)
{
  const char *env = g_getenv ("HC_TEST_TYPING_POSITIONS");
  guint n = env != NULL ? (guint) g_ascii_strtoull (env, NULL, 10) : HC_WINDOW_LARGE_PLAN_POSITIONS + 1000;
  HcWindow *window = new_window (1280, 800);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = NULL;
  g_autoptr(GPtrArray) positions = g_ptr_array_new_with_free_func (g_object_unref);
  HcPosition *first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  guint before;
  gint64 start, worst = 0, total = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      HcPosition *position = hc_position_new (id, hc_position_get_role_id (first), HC_SENIORITY_MID,
                                              hc_position_get_phase_id (first));

      g_ptr_array_add (positions, position);
    }
  g_list_store_splice (hc_plan_get_positions (plan), 0, 0, positions->pdata, positions->len);
  g_object_unref (first);
  document = hc_document_new (plan, NULL);
  start = g_get_monotonic_time ();
  hc_window_set_document (window, document);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_test_message ("%u positions: shown in %.0f ms", n, (g_get_monotonic_time () - start) / 1000.0);

  before = window->n_refreshes;
  /* However slow this machine (a sanitizer build, a busy CI), the keys
   * below come faster than a pause: what counts is that typing computes
   * no figures, not how fast it goes. */
  window->refresh_pause_ms = 60 * 1000;
  for (guint i = 0; i < 5; i++)
    {
      g_autofree char *title = g_strdup_printf ("Typed %u", i);
      gint64 t0 = g_get_monotonic_time (), spent;

      hc_document_begin_edit (document, "Title", "title");
      hc_plan_set_title (plan, title);
      hc_document_end_edit (document);
      iterate ();
      spent = g_get_monotonic_time () - t0;
      worst = MAX (worst, spent);
      total += spent;
      g_test_message ("key %u: %.1f ms", i, spent / 1000.0);
    }
  g_test_message ("%u positions: 5 keys, %.1f ms in all, %.1f ms the slowest", n,
                  total / 1000.0, worst / 1000.0);
  /* No figures on the input path… */
  g_assert_cmpuint (window->n_refreshes, ==, before);
  g_assert_cmpuint (window->refresh_timeout, !=, 0);
  /* …but once typing pauses: one more key, then a pause of the usual
   * length. */
  window->refresh_pause_ms = HC_WINDOW_REFRESH_PAUSE_MS;
  hc_document_begin_edit (document, "Title", "title");
  hc_plan_set_title (plan, "Typed, then paused");
  hc_document_end_edit (document);
  g_assert_cmpuint (window->n_refreshes, ==, before);
  start = g_get_monotonic_time ();
  wait_until (figures_refreshed, window);
  g_assert_cmpuint (window->n_refreshes, ==, before + 1);
  g_test_message ("%u positions: figures after the pause in %.0f ms", n,
                  (g_get_monotonic_time () - start) / 1000.0 - HC_WINDOW_REFRESH_PAUSE_MS);
  destroy_window (window);
}


/* A draft left by an earlier run, written as the session writes one. */
static char *
leave_draft (const char *title,
             gboolean    corrupt)
{
  HcSession *session = hc_application_get_session (get_app ());
  g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
  g_autoptr(HcDocument) document = hc_document_new_from_draft (plan, NULL, NULL);
  g_autoptr(GError) error = NULL;

  hc_plan_set_title (plan, title);
  g_assert_true (hc_session_write_draft (session, document, &error));
  g_assert_no_error (error);
  if (corrupt)
    {
      g_autofree char *path = hc_session_get_draft_path (session, hc_document_get_draft_id (document));
      g_assert_true (g_file_set_contents (path, "{\"format\": \"headcount\", \"vers", -1, NULL));
    }
  return g_strdup (hc_document_get_draft_id (document));
}

static guint
count_plan_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (get_app ())); l != NULL; l = l->next)
    if (HC_IS_WINDOW (l->data) && hc_window_get_document (l->data) != NULL)
      n++;
  return n;
}

static void
close_plan_windows (void)
{
  g_autoptr(GList) windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (get_app ())));

  /* Every Headcount window: a restored draft may have gone into the
   * empty one the test opened. */
  for (GList *l = windows; l != NULL; l = l->next)
    if (HC_IS_WINDOW (l->data))
      destroy_window (l->data);
}

static void
remove_all_drafts (void)
{
  HcSession *session = hc_application_get_session (get_app ());
  g_autoptr(GPtrArray) drafts = hc_session_list_drafts (session);

  for (guint i = 0; i < drafts->len; i++)
    hc_session_remove_draft (session, ((HcDraft *) g_ptr_array_index (drafts, i))->id);
}

/* A corrupt draft beside a good one: the good one opens, the bad one is
 * set aside with its bytes and said, and is not offered again. */
static void
test_restore_corrupt_draft (void)
{
  HcSession *session = hc_application_get_session (get_app ());
  HcWindow *parent = new_window (800, 600);
  g_autofree char *good = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *bad_path = NULL;
  g_autofree char *aside = NULL;
  g_autoptr(GPtrArray) left = NULL;
  GtkWidget *alert = NULL;

  remove_all_drafts ();
  good = leave_draft ("Good draft", FALSE);
  bad = leave_draft ("Broken draft", TRUE);
  bad_path = hc_session_get_draft_path (session, bad);
  aside = g_strconcat (bad_path, ".unreadable", NULL);
  gtk_window_present (GTK_WINDOW (parent));
  iterate ();

  g_assert_cmpuint (hc_application_restore_drafts (get_app ()), ==, 1);
  iterate ();
  g_assert_cmpuint (count_plan_windows (), ==, 1);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (get_app ())); l != NULL && alert == NULL; l = l->next)
    alert = hc_compat_alert_find (l->data);
  g_assert_nonnull (alert);
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
  left = hc_session_list_drafts (session);
  g_assert_cmpuint (left->len, ==, 1);
  g_assert_cmpstr (((HcDraft *) g_ptr_array_index (left, 0))->id, ==, good);
  hc_compat_alert_respond (alert, "close");
  close_plan_windows ();
  g_unlink (aside);
  g_free (aside);
  {
    g_autofree char *folder = g_path_get_dirname (bad_path);
    aside = g_strconcat (folder, "/", bad, ".draft.unreadable", NULL);
  }
  g_unlink (aside);
  remove_all_drafts ();
}

/* The restore question is a window of its own: its icon (the app's) must
 * be one the icon theme has wherever Headcount runs from, or the window
 * list shows a broken image.  The theme is made to look in an empty
 * folder only, as for a build run where it is not installed (this
 * program's XDG_DATA_DIRS names the source tree's data/): what is left
 * is what the application brings in its resources. */
static void
test_restore_offer_icon (void)
{
  HcWindow *parent = new_window (800, 600);
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gtk_widget_get_display (GTK_WIDGET (parent)));
  g_auto(GStrv) search_path = gtk_icon_theme_get_search_path (theme);
  g_autofree char *empty = g_dir_make_tmp ("test-window-icons-XXXXXX", NULL);
  const char *const nowhere[] = { empty, NULL };
  GtkWidget *alert;
  const char *icon;

  g_assert_nonnull (empty);
  remove_all_drafts ();
  g_free (leave_draft ("A draft", FALSE));
  gtk_window_present (GTK_WINDOW (parent));
  g_assert_cmpuint (hc_application_offer_drafts (get_app (), GTK_WINDOW (parent)), ==, 1);
  iterate ();
  alert = hc_compat_alert_find (GTK_WINDOW (parent));
  g_assert_nonnull (alert);
  icon = gtk_window_get_icon_name (GTK_WINDOW (gtk_widget_get_root (alert)));
  if (icon == NULL)
    icon = gtk_window_get_default_icon_name ();
  g_assert_nonnull (icon);

  gtk_icon_theme_set_search_path (theme, nowhere);
  g_assert_true (gtk_icon_theme_has_icon (theme, icon));
  gtk_icon_theme_set_search_path (theme, (const char *const *) search_path);

  hc_compat_alert_respond (alert, "later");
  iterate ();
  gtk_window_destroy (GTK_WINDOW (parent));
  remove_all_drafts ();
  g_rmdir (empty);
}

/* More than a few drafts: a list to choose from, not a window each. */
static void
test_many_drafts_offer_a_list (void)
{
  HcSession *session = hc_application_get_session (get_app ());
  HcWindow *parent = new_window (800, 600);
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) left = NULL;
  GtkWidget *chooser;

  remove_all_drafts ();
  for (guint i = 0; i < 12; i++)
    {
      g_autofree char *title = g_strdup_printf ("Draft %u", i);
      g_free (leave_draft (title, FALSE));
    }
  gtk_window_present (GTK_WINDOW (parent));
  g_assert_cmpuint (hc_application_offer_drafts (get_app (), GTK_WINDOW (parent)), ==, 12);
  iterate ();
  hc_compat_alert_respond (hc_compat_alert_find (GTK_WINDOW (parent)), "restore");
  iterate ();
  /* No window opened yet: the list asks which. */
  g_assert_cmpuint (count_plan_windows (), ==, 0);
  chooser = NULL;
  {
    GListModel *toplevels = gtk_window_get_toplevels ();

    for (guint i = 0; i < g_list_model_get_n_items (toplevels) && chooser == NULL; i++)
      {
        g_autoptr(GtkWidget) w = g_list_model_get_item (toplevels, i);

        if (g_strcmp0 (gtk_widget_get_name (w), "draft-chooser") == 0)
          chooser = w;
      }
  }
  g_assert_nonnull (chooser);
  collect_widgets (chooser, GTK_TYPE_CHECK_BUTTON, checks);
  g_assert_cmpuint (checks->len, ==, 12);
  gtk_check_button_set_active (g_ptr_array_index (checks, 2), TRUE);
  gtk_check_button_set_active (g_ptr_array_index (checks, 7), TRUE);
  g_signal_emit_by_name (find_button (chooser, "_Restore Selected"), "clicked");
  iterate ();
  g_assert_cmpuint (count_plan_windows (), ==, 2);
  /* The others are kept for later. */
  left = hc_session_list_drafts (session);
  g_assert_cmpuint (left->len, ==, 12);
  close_plan_windows ();
  remove_all_drafts ();
}

static GtkDropTarget *
find_drop_target (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DROP_TARGET (controller))
        return GTK_DROP_TARGET (controller);
    }
  return NULL;
}

/* What the window's drop target does when a file manager drops @file. */
static gboolean
drop_file (HcWindow *window,
           GFile    *file)
{
  GtkDropTarget *target = find_drop_target (GTK_WIDGET (window));
  GValue value = G_VALUE_INIT;
  GSList *files = g_slist_prepend (NULL, file);
  gboolean handled = FALSE;

  g_assert_nonnull (target);
  g_assert_true (gtk_drop_target_get_actions (target) & GDK_ACTION_COPY);
  g_value_init (&value, GDK_TYPE_FILE_LIST);
  g_value_set_boxed (&value, files);
  g_signal_emit_by_name (target, "drop", &value, 20.0, 20.0, &handled);
  g_value_unset (&value);
  g_slist_free (files);
  wait_until (window_idle, window);
  return handled;
}

static void
test_drop_files (void)
{
  g_autofree char *path = tmp_path ("dropped.headcount");
  g_autofree char *broken_path = tmp_path ("dropped-broken.headcount");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) broken = g_file_new_for_path (broken_path);
  HcWindow *window = new_window (1280, 800);
  HcWindow *other = open_template ("option-b");
  g_autoptr(GBytes) other_before = copy_bytes (hc_document_get_bytes (hc_window_get_document (other)));
  guint n_windows;

  write_plan_elsewhere (path, "Dropped");
  g_assert_true (g_file_set_contents (broken_path, "{\"format\": \"headcount\", \"version\": 1, ", -1, NULL));

  /* On an empty window, the plan opens there. */
  g_assert_true (drop_file (window, file));
  g_assert_nonnull (hc_window_get_document (window));
  g_assert_true (g_file_equal (hc_document_get_file (hc_window_get_document (window)), file));
  g_assert_cmpstr (hc_plan_get_title (plan_of (window)), ==, "Dropped");

  /* On another plan's window, the window that has it is raised: no
   * second window, and the other plan is untouched. */
  n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ())));
  g_assert_true (drop_file (other, file));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ()))), ==, n_windows);
  g_assert_true (g_bytes_equal (other_before, hc_document_get_bytes (hc_window_get_document (other))));

  /* A broken file says what and where, and changes nothing. */
  drop_file (other, broken);
  g_assert_nonnull (_hc_window_get_last_error (other));
  hc_compat_alert_respond (hc_compat_alert_find (GTK_WINDOW (other)), "close");
  iterate ();
  g_assert_true (g_bytes_equal (other_before, hc_document_get_bytes (hc_window_get_document (other))));
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ()))), ==, n_windows);

  destroy_window (window);
  destroy_window (other);
  g_unlink (path);
  g_unlink (broken_path);
}

/* The shortcuts window comes after the first frame, with its Ctrl+? */
static gboolean
has_help_overlay (gpointer data)
{
  return gtk_application_window_get_help_overlay (data) != NULL;
}

static void
test_shortcuts_window (void)
{
  HcWindow *window = open_template ("first-hire");
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (get_app ()),
                                                                 "win.show-help-overlay");
  GtkShortcutsWindow *overlay;

  wait_until (has_help_overlay, window);
  g_assert_true (accels[0] != NULL && g_str_equal (accels[0], "<Control>question"));
  overlay = gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL));
  iterate ();
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (overlay)));
  gtk_window_close (GTK_WINDOW (overlay));
  iterate ();
  destroy_window (window);
}

/* A plan opened from the command line or the file manager: the window
 * shows the plan as its first picture, never the welcome page first. */
static gboolean
window_with_plan_shown (gpointer data)
{
  HcWindow *window = hc_application_find_window (get_app (), data);

  return window != NULL && gtk_widget_get_visible (GTK_WIDGET (window));
}

static void
test_open_shows_plan_first (void)
{
  g_autofree char *path = tmp_path ("opened.headcount");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  guint n_windows = g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ())));
  HcWindow *window;

  write_plan_elsewhere (path, "Opened from the command line");
  g_application_open (G_APPLICATION (get_app ()), &file, 1, "");
  g_assert_cmpuint (g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ()))), ==, n_windows + 1);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (get_app ())); l != NULL; l = l->next)
    g_assert_false (HC_IS_WINDOW (l->data) && hc_window_get_document (l->data) == NULL &&
                    gtk_widget_get_visible (l->data));
  wait_until (window_with_plan_shown, file);
  window = hc_application_find_window (get_app (), file);
  g_assert_cmpstr (hc_plan_get_title (plan_of (window)), ==, "Opened from the command line");
  destroy_window (window);
  g_unlink (path);
}

/* A window with its plan, its position editor open, the roles dialog and
 * the shortcuts window: once closed, every one of them and the document
 * are finalized, so nothing of a closed plan stays in memory. */
static void
test_closed_window_is_finalized (void)
{
  HcWindow *window = open_template ("five-person");
  HcDocument *document = g_object_ref (hc_window_get_document (window));
  HcPlan *plan = g_object_ref (plan_of (window));
  HcPosition *position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  GtkWindow *dialog;

  hc_composition_editor_edit_position (window->editor, hc_position_get_id (position));
  g_object_unref (position);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "budget");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.roles-phases", NULL));
  iterate ();
  dialog = NULL;
  for (guint i = 0; i < g_list_model_get_n_items (gtk_window_get_toplevels ()); i++)
    {
      g_autoptr(GtkWindow) toplevel = g_list_model_get_item (gtk_window_get_toplevels (), i);

      if (gtk_window_get_transient_for (toplevel) == GTK_WINDOW (window))
        dialog = g_object_ref (toplevel);
    }
  g_assert_nonnull (dialog);
  gtk_window_destroy (dialog);
  iterate ();
  g_assert_finalize_object (dialog);
  destroy_window (window);
  /* Whatever the window's last idle held lets go: ours is the last. */
  wait_until (held_only_by_us, document);
  g_assert_finalize_object (document);
  g_assert_finalize_object (plan);
}

/* A window closed right after its plan is shown stays closed: the timer
 * that shows a slow load's window must not bring it back. */
static void
test_close_right_after_opening (void)
{
  g_autofree char *path = tmp_path ("closed-early.headcount");
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcWindow) window = NULL;
  gint64 until;

  write_plan_elsewhere (path, "Closed right after opening");
  g_application_open (G_APPLICATION (get_app ()), &file, 1, "");
  wait_until (window_with_plan_shown, file);
  window = g_object_ref (hc_application_find_window (get_app (), file));
  /* Held past its closing, to look at it after: not destroy_window(),
   * which asserts it gone. */
  gtk_window_close (GTK_WINDOW (window));
  iterate ();
  /* Past the moment a slow load's window would be shown. */
  until = g_get_monotonic_time () + 600 * G_TIME_SPAN_MILLISECOND;
  while (g_get_monotonic_time () < until)
    g_main_context_iteration (NULL, FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window)));
  g_assert_null (g_list_find (gtk_application_get_windows (GTK_APPLICATION (get_app ())), window));
  g_unlink (path);
}

/* Crash and restore, in three processes: the first edits a plan, waits
 * for its draft, and dies without shutting down; the second starts, is
 * offered the draft, puts the question off and ends cleanly; the third is
 * offered it again and restores the same plan. */
static GBytes *
expected_draft_bytes (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);

  hc_plan_set_title (plan, "Killed before saving");
  return hc_plan_to_bytes (plan);
}

static gboolean
draft_written (gpointer data)
{
  g_autoptr(GPtrArray) drafts = hc_session_list_drafts (hc_application_get_session (get_app ()));
  g_autofree char *contents = NULL;
  gsize length;

  if (drafts->len != 1 ||
      !g_file_get_contents (((HcDraft *) g_ptr_array_index (drafts, 0))->path, &contents, &length, NULL))
    return FALSE;
  return length == g_bytes_get_size (data) &&
         memcmp (contents, g_bytes_get_data (data, NULL), length) == 0;
}

/* Drafts hold salaries: the core's atomic writer makes every file in
 * their folder its owner's only, and leaves no temporary file. */
static void
assert_drafts_private (void)
{
  g_autoptr(GPtrArray) drafts = hc_session_list_drafts (hc_application_get_session (get_app ()));
  g_autofree char *folder = g_path_get_dirname (((HcDraft *) g_ptr_array_index (drafts, 0))->path);
  g_autoptr(GDir) dir = g_dir_open (folder, 0, NULL);
  const char *name;
  guint n = 0;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (folder, name, NULL);
      GStatBuf st;

      g_assert_false (g_str_has_suffix (name, ".tmp"));
      g_assert_cmpint (g_stat (path, &st), ==, 0);
      g_assert_cmpint (st.st_mode & 0777, ==, 0600);
      n++;
    }
  g_assert_cmpuint (n, >=, 2); /* the plan and its description */
}

static void
test_draft_crash_child (void)
{
  HcWindow *window = open_template ("five-person");
  g_autoptr(GBytes) expected = expected_draft_bytes ();

  hc_document_begin_edit (hc_window_get_document (window), "Title", NULL);
  hc_plan_set_title (plan_of (window), "Killed before saving");
  hc_document_end_edit (hc_window_get_document (window));
  g_assert_true (g_bytes_equal (expected, hc_document_get_bytes (hc_window_get_document (window))));
  wait_until (draft_written, expected);
  assert_drafts_private ();
  /* No shutdown, no clean-shutdown flag: as after SIGKILL. */
  kill (getpid (), SIGKILL);
}

static gboolean
restored_window_exists (gpointer data)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (get_app ())); l != NULL; l = l->next)
    {
      HcDocument *document = HC_IS_WINDOW (l->data) ? hc_window_get_document (l->data) : NULL;
      if (document != NULL && g_bytes_equal (hc_document_get_bytes (document), data))
        return TRUE;
    }
  return FALSE;
}

/* Starts the application as a person would and returns the restore
 * question it puts up over its first window. */
static GtkWidget *
start_and_find_restore_question (void)
{
  GtkWindow *window;
  GtkWidget *alert;

  get_app ();
  g_application_activate (G_APPLICATION (get_app ()));
  iterate ();
  window = gtk_application_get_active_window (GTK_APPLICATION (get_app ()));
  g_assert_nonnull (window);
  alert = hc_compat_alert_find (window);
  g_assert_nonnull (alert);
  return alert;
}

/* After the crash: the question is put off (Escape), then the application
 * ends cleanly.  The draft must be offered again on the next start. */
static void
test_draft_later_child (void)
{
  GtkWidget *alert = start_and_find_restore_question ();
  g_autoptr(GPtrArray) drafts = NULL;

  g_assert_true (hc_session_get_crashed (hc_application_get_session (get_app ())));
  hc_compat_alert_respond (alert, "later");
  iterate ();
  drafts = hc_session_list_drafts (hc_application_get_session (get_app ()));
  g_assert_cmpuint (drafts->len, ==, 1);
  /* What the application's shutdown does after a clean exit. */
  hc_session_shutdown (hc_application_get_session (get_app ()));
}

static void
test_draft_restore_child (void)
{
  g_autoptr(GBytes) expected = expected_draft_bytes ();
  GtkWidget *alert = start_and_find_restore_question ();

  g_assert_false (hc_session_get_crashed (hc_application_get_session (get_app ())));
  hc_compat_alert_respond (alert, "restore");
  wait_until (restored_window_exists, expected);
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (get_app ())); l != NULL; l = l->next)
    if (HC_IS_WINDOW (l->data) && hc_window_get_document (l->data) != NULL)
      {
        g_assert_true (hc_document_get_modified (hc_window_get_document (l->data)));
        g_assert_cmpstr (hc_plan_get_title (plan_of (l->data)), ==, "Killed before saving");
      }
}

static void
test_draft_survives_crash (void)
{
  g_autofree char *state = tmp_path ("state");

  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_test_trap_subprocess ("/window/drafts/subprocess/crash", 120 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_failed ();
  g_test_trap_subprocess ("/window/drafts/subprocess/later", 120 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
  g_test_trap_subprocess ("/window/drafts/subprocess/restore", 120 * G_USEC_PER_SEC,
                          G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_test_trap_assert_passed ();
}

/* ---- screenshots ----------------------------------------------------- */

static void
save_screenshot (gpointer    window,
                 const char *name)
{
  g_autoptr(GdkTexture) texture = save_widget_screenshot (GTK_WIDGET (window), tmp_dir, name);

  assert_shows_style (texture);
}

/* What the window's frame takes of its default size under this display;
 * measured once, so that screenshots are asked for at their exact size. */
static int frame_width = -1;
static int frame_height = -1;

static void
measure_frame (void)
{
  GtkWidget *probe = adw_window_new ();

  gtk_window_set_default_size (GTK_WINDOW (probe), 600, 500);
  adw_window_set_content (ADW_WINDOW (probe), gtk_label_new (""));
  gtk_window_present (GTK_WINDOW (probe));
  gtk_test_widget_wait_for_draw (probe);
  frame_width = 600 - gtk_widget_get_width (probe);
  frame_height = 500 - gtk_widget_get_height (probe);
  gtk_window_destroy (GTK_WINDOW (probe));
  iterate ();
}

static HcWindow *
screenshot_window (int width,
                   int height)
{
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);

  if (frame_width < 0)
    measure_frame ();
  hc_window_set_document (window, document);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "budget");
  gtk_window_set_default_size (GTK_WINDOW (window), width + frame_width, height + frame_height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();
  /* xvfb-run's default screen is 1280 wide, less than a 1280 window and
   * its frame: take screenshots with a larger screen (-s "-screen 0
   * 1920x1080x24"); elsewhere the size is only reported. */
  if (gtk_widget_get_width (GTK_WIDGET (window)) != width ||
      gtk_widget_get_height (GTK_WIDGET (window)) != height)
    g_test_message ("the screen holds only %d × %d of %d × %d",
                    gtk_widget_get_width (GTK_WIDGET (window)),
                    gtk_widget_get_height (GTK_WIDGET (window)), width, height);
  return window;
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  HcWindow *window;

  /* GNOME's own title bar buttons, not those of a bare X server.  (No
   * animations either, for every UI test: see ui_test_init.) */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = screenshot_window (1280, 800);
  save_screenshot (window, "main-window-light.png");
  save_screenshot (window, "main-window.png");
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "timeline");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (window, "main-window-timeline.png");
  wait_until (has_help_overlay, window);
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-help-overlay", NULL);
  save_screenshot (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)),
                   "shortcuts.png");
  gtk_window_close (GTK_WINDOW (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window))));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "budget");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  iterate ();
  gtk_widget_queue_draw (GTK_WIDGET (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  save_screenshot (window, "main-window-dark.png");
  destroy_window (window);

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = screenshot_window (360, 720);
  /* Narrow: the sidebar folds away behind its button. */
  g_assert_true (adw_flap_get_folded (window->flap));
  /* …and the page switcher moves to the bottom. */
  wait_until (switcher_at_bottom, window);
  save_screenshot (window, "main-window-narrow.png");
  destroy_window (window);

  /* Folding hid the sidebar; that is not a preference to carry over. */
  window = screenshot_window (1280, 800);
  g_assert_false (adw_flap_get_folded (window->flap));
  g_assert_true (adw_flap_get_reveal_flap (window->flap));
  destroy_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_dir = ui_test_init (&argc, &argv);
  /* Three groups, each a meson test of its own (tests/ui/meson.build), so
   * that they run side by side: /window/edit, /window/files and
   * /window/drafts.  A new case goes in one of them. */

  g_test_add_func ("/window/edit/templates", test_each_template);
  g_test_add_func ("/window/edit/count-budget-undo-redo", test_count_changes_budget_undo_redo);
  g_test_add_func ("/window/edit/undo-add-while-editing", test_undo_add_while_editing);
  g_test_add_func ("/window/edit/invalid-range", test_invalid_range_not_applied);
  g_test_add_func ("/window/edit/check-selects", test_check_selects_positions);
  g_test_add_func ("/window/files/save-close-reopen", test_save_close_reopen);
  g_test_add_func ("/window/files/close-cancel", test_close_with_changes_cancel);
  g_test_add_func ("/window/files/open-broken", test_open_broken_file);
  g_test_add_func ("/window/files/open-stale-preset", test_open_stale_preset);
  g_test_add_func ("/window/files/open-fifo", test_open_fifo);
  g_test_add_func ("/window/edit/update-benchmarks", test_update_benchmarks);
  g_test_add_func ("/window/files/export-csv", test_export_csv);
  g_test_add_func ("/window/files/save-fails", test_save_fails_stays_unsaved);
  g_test_add_func ("/window/edit/roles-and-phases", test_roles_and_phases);
  g_test_add_func ("/window/edit/assumption-and-default", test_assumption_and_default);
  g_test_add_func ("/window/edit/narrow-and-wide", test_narrow_and_wide);
  g_test_add_func ("/window/files/save-as-chooser", test_save_as_through_chooser);
  g_test_add_func ("/window/files/reload-changed-on-disk", test_reload_changed_on_disk);
  g_test_add_func ("/window/files/save-conflict-asks", test_save_conflict_asks);
  g_test_add_func ("/window/edit/typing-in-large-plan", test_typing_in_large_plan);
  g_test_add_func ("/window/drafts/restore-corrupt", test_restore_corrupt_draft);
  g_test_add_func ("/window/drafts/many-offer-a-list", test_many_drafts_offer_a_list);
  g_test_add_func ("/window/drafts/restore-offer-icon", test_restore_offer_icon);
  g_test_add_func ("/window/edit/roles-dialog-names-not-markup", test_roles_dialog_names_not_markup);
  g_test_add_func ("/window/files/drop-files", test_drop_files);
  g_test_add_func ("/window/edit/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/window/files/open-shows-plan-first", test_open_shows_plan_first);
  g_test_add_func ("/window/files/close-right-after-opening", test_close_right_after_opening);
  g_test_add_func ("/window/files/closed-window-is-finalized", test_closed_window_is_finalized);
  g_test_add_func ("/window/drafts/crash-later-restore", test_draft_survives_crash);
  g_test_add_func ("/window/drafts/subprocess/crash", test_draft_crash_child);
  g_test_add_func ("/window/drafts/subprocess/later", test_draft_later_child);
  g_test_add_func ("/window/drafts/subprocess/restore", test_draft_restore_child);
  g_test_add_func ("/window/screenshots", test_screenshots);

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
