/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The plan's own words and its structure, in real windows under Xvfb:
 * the plan properties dialog (title, subtitle, notes; typing one undo step
 * a field; Ctrl+Z in the dialog), and removing roles and phases in the
 * Roles and Phases dialog (asked where the positions go, or refused with
 * their names). */
#define G_LOG_DOMAIN "test-plan-text"

#include "config.h"

#include <string.h>

#include "hc-compat.h"
#include "hc-gantt-chart.h"
#include "hc-plan-edits.h"
#include "hc-plan-io.h"
#include "hc-plan-properties.h"
#include "hc-roles-dialog.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

static const char *tmp_dir;

/* ---- helpers --------------------------------------------------------- */

static HcDocument *
document_of (HcWindow *window)
{
  return hc_window_get_document (window);
}

static guint
undo_depth (HcWindow *window)
{
  return hc_undo_stack_get_depth (hc_document_get_undo_stack (document_of (window)));
}

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

/* The shortcut for @trigger among @widget's own controllers, activated as
 * GTK does for a key press (GTK 4 cannot send a synthetic key event). */
static void
press_shortcut (GtkWidget  *widget,
                const char *trigger)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) wanted = gtk_shortcut_trigger_parse_string (trigger);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (!gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), wanted))
            continue;
          g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                       gtk_shortcut_get_arguments (shortcut)));
          iterate ();
          return;
        }
    }
  g_assert_not_reached ();
}

/* Typing a text a character at a time, as the field sees it. */
static void
type_text (GtkEditable *field,
           const char  *text)
{
  g_autofree char *typed = g_strdup (gtk_editable_get_text (field));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      g_autofree char *next = g_strdup_printf ("%s%.*s", typed, (int) (g_utf8_next_char (p) - p), p);

      gtk_editable_set_text (field, next);
      g_free (typed);
      typed = g_steal_pointer (&next);
    }
  iterate ();
}

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkTexture) texture = save_widget_screenshot (GTK_WIDGET (widget), tmp_dir, name);

  assert_shows_style (texture);
}

/* ---- the plan properties dialog -------------------------------------- */

typedef struct
{
  GtkWidget   *dialog;
  GtkEditable *title;
  GtkEditable *subtitle;
  GtkTextView *notes;
} Properties;

static Properties
open_properties (HcWindow *window)
{
  Properties p;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.plan-properties", NULL));
  iterate ();
  p.dialog = find_toplevel (HC_TYPE_PLAN_PROPERTIES);
  g_assert_nonnull (p.dialog);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (p.dialog)) == GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (p.dialog);
  p.title = GTK_EDITABLE (find_widget (p.dialog, ADW_TYPE_ENTRY_ROW, 0));
  p.subtitle = GTK_EDITABLE (find_widget (p.dialog, ADW_TYPE_ENTRY_ROW, 1));
  p.notes = GTK_TEXT_VIEW (find_widget (p.dialog, GTK_TYPE_TEXT_VIEW, 0));
  g_assert_nonnull (p.title);
  g_assert_nonnull (p.subtitle);
  g_assert_nonnull (p.notes);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (p.title)), ==, "_Title");
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (p.subtitle)), ==, "_Subtitle");
  return p;
}

static char *
notes_text (GtkTextView *view)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (gtk_text_view_get_buffer (view), &start, &end);
  return gtk_text_buffer_get_text (gtk_text_view_get_buffer (view), &start, &end, FALSE);
}

static char *
export_title_of (HcPlan *plan)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  g_autoptr(HcGanttChart) chart = hc_gantt_chart_new (plan, timeline, budget);

  return g_strdup (hc_gantt_chart_get_title (chart));
}

/* Typing a title: the window's title follows each key, the export's
 * title follows the plan, the typing is one step, and Ctrl+Z in the
 * dialog takes it back. */
static void
test_properties_title (void)
{
  HcWindow *window = open_template ("five-person");
  const char *original = hc_plan_get_title (plan_of (window));
  g_autofree char *original_copy = g_strdup (original);
  g_autofree char *chart_title = NULL;
  guint depth = undo_depth (window);
  Properties p = open_properties (window);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (p.dialog)), ==, "Plan Properties");
  g_assert_cmpstr (gtk_editable_get_text (p.title), ==, original_copy);
  gtk_editable_set_text (p.title, "");
  type_text (p.title, "Series A team");
  g_assert_cmpstr (hc_plan_get_title (plan_of (window)), ==, "Series A team");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "• Series A team");
  chart_title = export_title_of (plan_of (window));
  g_assert_cmpstr (chart_title, ==, "\u2068Series A team\u2069");
  /* Clearing the field and typing fourteen keys: one step. */
  g_assert_cmpuint (undo_depth (window), ==, depth + 1);
  g_assert_cmpstr (hc_undo_stack_get_undo_label (hc_document_get_undo_stack (document_of (window))), ==,
                   "Change Title");

  press_shortcut (p.dialog, "<Control>z");
  g_assert_cmpstr (hc_plan_get_title (plan_of (window)), ==, original_copy);
  g_assert_cmpstr (gtk_editable_get_text (p.title), ==, original_copy);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, original_copy);
  g_assert_false (hc_document_get_modified (document_of (window)));

  press_shortcut (p.dialog, "<Control><Shift>z");
  g_assert_cmpstr (hc_plan_get_title (plan_of (window)), ==, "Series A team");
  g_assert_cmpstr (gtk_editable_get_text (p.title), ==, "Series A team");

  /* A title longer than a file holds is marked and kept out of the plan. */
  {
    g_autofree char *too_long = g_strnfill (HC_MAX_NAME_LENGTH + 1, 'x');

    gtk_editable_set_text (p.title, too_long);
    iterate ();
    g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (p.title), "error"));
    g_assert_cmpstr (hc_plan_get_title (plan_of (window)), ==, "Series A team");
  }
  gtk_window_close (GTK_WINDOW (p.dialog));
  iterate ();
  g_assert_null (find_toplevel (HC_TYPE_PLAN_PROPERTIES));
  destroy_all_windows ();
}

/* Subtitle and notes: each field its own step, undone newest first; the
 * subtitle reaches the charts, the notes the file. */
static void
test_properties_subtitle_notes (void)
{
  HcWindow *window = open_template ("three-person");
  guint depth = undo_depth (window);
  Properties p = open_properties (window);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (p.notes);
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *notes = NULL;

  g_assert_cmpstr (gtk_editable_get_text (p.subtitle), ==, "");
  type_text (p.subtitle, "Board, May");
  g_assert_cmpstr (hc_plan_get_subtitle (plan_of (window)), ==, "Board, May");
  gtk_text_buffer_insert_at_cursor (buffer, "Hire in Berlin first.", -1);
  gtk_text_buffer_insert_at_cursor (buffer, "\nThen remote.", -1);
  iterate ();
  g_assert_cmpstr (hc_plan_get_notes (plan_of (window)), ==, "Hire in Berlin first.\nThen remote.");
  g_assert_cmpuint (undo_depth (window), ==, depth + 2);
  saved = hc_plan_to_bytes (plan_of (window));
  g_assert_nonnull (g_strstr_len (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved),
                                  "\"subtitle\": \"Board, May\""));

  press_shortcut (p.dialog, "<Control>z");
  g_assert_cmpstr (hc_plan_get_notes (plan_of (window)), ==, "");
  notes = notes_text (p.notes);
  g_assert_cmpstr (notes, ==, "");
  g_assert_cmpstr (hc_plan_get_subtitle (plan_of (window)), ==, "Board, May");
  press_shortcut (p.dialog, "<Control>z");
  g_assert_cmpstr (hc_plan_get_subtitle (plan_of (window)), ==, "");
  g_assert_cmpstr (gtk_editable_get_text (p.subtitle), ==, "");
  g_assert_cmpuint (undo_depth (window), ==, depth);

  /* An undo from the window's menu shows in the open dialog too. */
  type_text (p.subtitle, "Q3");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (p.subtitle), ==, "");
  destroy_all_windows ();
}

/* F4 and the primary menu reach it; a window with no plan has nothing to
 * show. */
static void
test_properties_reachable (void)
{
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (get_app ()),
                                                                "win.plan-properties");
  HcWindow *empty = new_window (1280, 800);

  g_assert_true (g_strv_contains ((const char * const *) accels, "F4"));
  gtk_widget_activate_action (GTK_WIDGET (empty), "win.plan-properties", NULL);
  iterate ();
  g_assert_null (find_toplevel (HC_TYPE_PLAN_PROPERTIES));
  destroy_all_windows ();
}

/* A click on the plan's title, as the header shows it, as GTK delivers it
 * to the widget's click gesture. */
static void
click_title (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_GESTURE_CLICK (controller))
        {
          g_signal_emit_by_name (controller, "released", 1, 10.0, 10.0);
          iterate ();
          return;
        }
    }
  g_assert_not_reached ();
}

/* The title beside the sidebar button opens the dialog; the switcher
 * title does only while it shows the title, not the page buttons. */
static void
test_properties_from_title (void)
{
  HcWindow *window = open_template ("five-person");
  GtkWidget *dialog;

  g_assert_false (adw_view_switcher_title_get_title_visible (window->switcher_title));
  click_title (GTK_WIDGET (window->switcher_title));
  g_assert_null (find_toplevel (HC_TYPE_PLAN_PROPERTIES));
  click_title (GTK_WIDGET (window->plan_label));
  dialog = find_toplevel (HC_TYPE_PLAN_PROPERTIES);
  g_assert_nonnull (dialog);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  destroy_all_windows ();
}

static void
test_properties_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  HcWindow *window = open_template ("five-person");
  Properties p;

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  hc_document_begin_edit (document_of (window), "Words", NULL);
  hc_plan_set_subtitle (plan_of (window), "Board review, March 2027");
  hc_plan_set_notes (plan_of (window), "Salaries are the guide's US figures.\n"
                                       "The database engineer may come from the platform team.");
  hc_document_end_edit (document_of (window));
  p = open_properties (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  save_screenshot (p.dialog, "plan-properties-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (p.dialog, "plan-properties-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  destroy_all_windows ();
}

/* ---- removing roles and phases ---------------------------------------- */

static GtkWidget *
open_roles_dialog (HcWindow *window)
{
  GtkWidget *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.roles-phases", NULL));
  iterate ();
  dialog = find_toplevel (HC_TYPE_ROLES_DIALOG);
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (dialog);
  return dialog;
}

/* The Remove button of @item's row. */
static GtkWidget *
find_remove_button (GtkWidget *dialog,
                    gpointer   item)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (dialog, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    {
      GtkWidget *button = g_ptr_array_index (buttons, i);

      if (g_object_get_data (G_OBJECT (button), "hc-item") == item &&
          g_strcmp0 (gtk_button_get_label (GTK_BUTTON (button)), "_Remove") == 0)
        return button;
    }
  return NULL;
}

static gboolean
alert_answered (gpointer data)
{
  return hc_compat_alert_find (data) == NULL;
}

static void
answer (GtkWidget  *dialog,
        GtkWidget  *alert,
        const char *response)
{
  hc_compat_alert_respond (alert, response);
  wait_until (alert_answered, dialog);
  iterate ();
}

static gboolean
expander_shown (GtkWidget  *dialog,
                const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_widgets (dialog, ADW_TYPE_EXPANDER_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return TRUE;
  return FALSE;
}

/* Removing a role that a position has asks which role it takes, offers
 * only the others, and does it as one step that undo takes back: the role
 * at its place, the position on it. */
static void
test_remove_used_role (void)
{
  HcWindow *window = open_template ("five-person");
  HcPlan *plan = plan_of (window);
  HcRole *database = hc_plan_find_role (plan, "database");
  g_autoptr(GPtrArray) users = hc_plan_edit_find_role_users (plan, database);
  HcPosition *user;
  GtkWidget *dialog = open_roles_dialog (window);
  GtkWidget *alert;
  GtkDropDown *choice;
  GListModel *names;
  guint index = G_MAXUINT, backend_choice = G_MAXUINT;
  guint depth = undo_depth (window);
  g_autoptr(GBytes) before = hc_plan_to_bytes (plan);
  g_autoptr(GBytes) after_undo = NULL;

  g_assert_cmpuint (users->len, ==, 1);
  user = g_object_ref (g_ptr_array_index (users, 0));
  g_assert_true (g_list_store_find (hc_plan_get_roles (plan), database, &index));
  g_assert_true (expander_shown (dialog, "Database engineer"));

  /* Asked, then Cancel: nothing happens. */
  g_signal_emit_by_name (find_remove_button (dialog, database), "clicked");
  iterate ();
  alert = hc_compat_alert_find (GTK_WINDOW (dialog));
  g_assert_nonnull (alert);
  answer (dialog, alert, "cancel");
  g_assert_nonnull (hc_plan_find_role (plan, "database"));
  g_assert_cmpuint (undo_depth (window), ==, depth);

  g_signal_emit_by_name (find_remove_button (dialog, database), "clicked");
  iterate ();
  alert = hc_compat_alert_find (GTK_WINDOW (dialog));
  g_assert_nonnull (alert);
  choice = GTK_DROP_DOWN (find_widget (alert, GTK_TYPE_DROP_DOWN, 0));
  g_assert_nonnull (choice);
  /* The question names the position it is about. */
  {
    g_autofree char *body = NULL;
    g_autofree char *who = hc_plan_describe_position (plan, user);

    g_object_get (alert, "body", &body, NULL);
    g_assert_nonnull (strstr (body, who));
  }
  names = gtk_drop_down_get_model (choice);
  g_assert_cmpuint (g_list_model_get_n_items (names), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_roles (plan))) - 1);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    {
      const char *name = gtk_string_list_get_string (GTK_STRING_LIST (names), i);

      g_assert_cmpstr (name, !=, "Database engineer");
      if (g_strcmp0 (name, "Backend / API engineer") == 0)
        backend_choice = i;
    }
  g_assert_cmpuint (backend_choice, !=, G_MAXUINT);
  gtk_drop_down_set_selected (choice, backend_choice);
  save_screenshot (alert, "remove-role-question.png");
  answer (dialog, alert, "remove");

  g_assert_null (hc_plan_find_role (plan, "database"));
  g_assert_cmpstr (hc_position_get_role_id (user), ==, "backend");
  g_assert_cmpuint (undo_depth (window), ==, depth + 1);
  g_assert_cmpstr (hc_undo_stack_get_undo_label (hc_document_get_undo_stack (document_of (window))), ==,
                   "Remove Role");
  g_assert_false (expander_shown (dialog, "Database engineer"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_true (hc_plan_find_role (plan, "database") == database);
  g_assert_true (g_list_store_find (hc_plan_get_roles (plan), database, &index) && index == 1);
  g_assert_cmpstr (hc_position_get_role_id (user), ==, "database");
  g_assert_true (expander_shown (dialog, "Database engineer"));
  after_undo = hc_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after_undo));
  g_object_unref (user);
  destroy_all_windows ();
}

/* A phase too: its positions move to the chosen phase. */
static void
test_remove_used_phase (void)
{
  HcWindow *window = open_template ("five-person");
  HcPlan *plan = plan_of (window);
  HcPhase *capacity = hc_plan_find_phase (plan, "capacity");
  g_autoptr(GPtrArray) users = hc_plan_edit_find_phase_users (plan, capacity);
  GtkWidget *dialog = open_roles_dialog (window);
  GtkWidget *alert;
  GtkDropDown *choice;
  GListModel *names;
  guint target = G_MAXUINT;

  g_assert_cmpuint (users->len, >, 0);
  g_signal_emit_by_name (find_remove_button (dialog, capacity), "clicked");
  iterate ();
  alert = hc_compat_alert_find (GTK_WINDOW (dialog));
  g_assert_nonnull (alert);
  choice = GTK_DROP_DOWN (find_widget (alert, GTK_TYPE_DROP_DOWN, 0));
  names = gtk_drop_down_get_model (choice);
  for (guint i = 0; i < g_list_model_get_n_items (names); i++)
    if (g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (names), i), "Database specialist") == 0)
      target = i;
  g_assert_cmpuint (target, !=, G_MAXUINT);
  gtk_drop_down_set_selected (choice, target);
  answer (dialog, alert, "remove");
  g_assert_null (hc_plan_find_phase (plan, "capacity"));
  for (guint i = 0; i < users->len; i++)
    g_assert_cmpstr (hc_position_get_phase_id (g_ptr_array_index (users, i)), ==, "database");
  g_assert_true (hc_plan_validate (plan, NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_true (hc_plan_find_phase (plan, "capacity") == capacity);
  for (guint i = 0; i < users->len; i++)
    g_assert_cmpstr (hc_position_get_phase_id (g_ptr_array_index (users, i)), ==, "capacity");
  destroy_all_windows ();
}

/* A role nobody has goes at once, no question. */
static void
test_remove_unused_role (void)
{
  HcWindow *window = open_template ("five-person");
  HcPlan *plan = plan_of (window);
  HcRole *platform = hc_plan_find_role (plan, "platform");
  g_autoptr(GPtrArray) users = hc_plan_edit_find_role_users (plan, platform);
  GtkWidget *dialog = open_roles_dialog (window);

  g_assert_cmpuint (users->len, ==, 0);
  g_signal_emit_by_name (find_remove_button (dialog, platform), "clicked");
  iterate ();
  g_assert_null (hc_compat_alert_find (GTK_WINDOW (dialog)));
  g_assert_null (hc_plan_find_role (plan, "platform"));
  g_assert_false (expander_shown (dialog, "Platform engineer"));
  destroy_all_windows ();
}

/* With no other role for them, the dialog says so and names the
 * positions; the plan is untouched. */
static void
test_remove_refused (void)
{
  HcWindow *window = new_window (1280, 800);
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  g_autoptr(HcDocument) document = NULL;
  g_autoptr(HcPosition) position = NULL;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  GListStore *roles = hc_plan_get_roles (plan);
  HcRole *only;
  GtkWidget *dialog, *alert;
  g_autofree char *body = NULL;

  g_list_store_splice (roles, 1, g_list_model_get_n_items (G_LIST_MODEL (roles)) - 1, NULL, 0);
  only = hc_plan_find_role (plan, "backend");
  g_assert_nonnull (only);
  position = hc_position_new ("lead", "backend", HC_SENIORITY_SENIOR, "foundation");
  g_list_store_append (hc_plan_get_positions (plan), position);
  document = hc_document_new (plan, NULL);
  hc_window_set_document (window, document);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  before = hc_plan_to_bytes (plan);

  dialog = open_roles_dialog (window);
  g_signal_emit_by_name (find_remove_button (dialog, only), "clicked");
  iterate ();
  alert = hc_compat_alert_find (GTK_WINDOW (dialog));
  g_assert_nonnull (alert);
  g_assert_null (find_widget (alert, GTK_TYPE_DROP_DOWN, 0));
  g_object_get (alert, "body", &body, NULL);
  g_assert_nonnull (strstr (body, "Senior Backend / API engineer"));
  g_assert_nonnull (strstr (body, "there is no other role"));
  answer (dialog, alert, "close");
  after = hc_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_false (hc_undo_stack_can_undo (hc_document_get_undo_stack (document)));
  destroy_all_windows ();
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_dir = ui_test_init (&argc, &argv);
  g_test_add_func ("/plan-text/properties-title", test_properties_title);
  g_test_add_func ("/plan-text/properties-subtitle-notes", test_properties_subtitle_notes);
  g_test_add_func ("/plan-text/properties-reachable", test_properties_reachable);
  g_test_add_func ("/plan-text/properties-from-title", test_properties_from_title);
  g_test_add_func ("/plan-text/screenshots", test_properties_screenshots);
  g_test_add_func ("/plan-text/remove-used-role", test_remove_used_role);
  g_test_add_func ("/plan-text/remove-used-phase", test_remove_used_phase);
  g_test_add_func ("/plan-text/remove-unused-role", test_remove_unused_role);
  g_test_add_func ("/plan-text/remove-refused", test_remove_refused);

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
