/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Ctrl+N's New Plan dialog in real windows under Xvfb: it lists the
 * templates, and the chosen one lands in the empty window it was opened
 * over or in a new window, never in a window that has a plan. */
#define G_LOG_DOMAIN "test-new-plan"

#include "config.h"

#include "hc-application.h"
#include "hc-chart-format.h"
#include "hc-new-plan-dialog.h"
#include "hc-plan-io.h"
#include "hc-templates.h"
#include "ui-test-util.h"

static const char *tmp_dir;

/* ---- helpers --------------------------------------------------------- */


static GPtrArray *
list_plan_windows (void)
{
  GPtrArray *windows = g_ptr_array_new ();

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (get_app ())); l != NULL; l = l->next)
    if (HC_IS_WINDOW (l->data))
      g_ptr_array_add (windows, l->data);
  return windows;
}

static guint
count_plan_windows (void)
{
  g_autoptr(GPtrArray) windows = list_plan_windows ();

  return windows->len;
}

static guint
count_positions (HcPlan *plan)
{
  return g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan)));
}

static guint
template_position_count (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load (name, &error);

  g_assert_no_error (error);
  return count_positions (plan);
}

static guint
template_index (const char *name)
{
  const HcTemplateInfo *templates = hc_templates_list ();

  for (guint i = 0; templates[i].name != NULL; i++)
    if (g_strcmp0 (templates[i].name, name) == 0)
      return i;
  g_assert_not_reached ();
}

static HcWindow *
new_empty_window (void)
{
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  g_assert_null (hc_window_get_document (window));
  return window;
}

/* A window showing a template, through the welcome page's action. */
static HcWindow *
new_plan_window (const char *name)
{
  HcWindow *window = new_empty_window ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s", name));
  iterate ();
  g_assert_nonnull (hc_window_get_document (window));
  return window;
}

/* Every window gone, the plan windows with them. */
static void
close_everything (void)
{
  destroy_all_windows ();
  g_assert_cmpuint (count_plan_windows (), ==, 0);
}

static HcNewPlanDialog *
find_dialog (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  HcNewPlanDialog *found = NULL;

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (HC_IS_NEW_PLAN_DIALOG (l->data))
      {
        g_assert_null (found);
        found = l->data;
      }
  g_list_free (toplevels);
  return found;
}

static GPtrArray *
dialog_rows (HcNewPlanDialog *dialog)
{
  GPtrArray *rows = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (dialog), ADW_TYPE_ACTION_ROW, rows);
  return rows;
}

/* The shortcut @widget's own controllers bind to @keyval, or NULL. */
static GtkShortcut *
find_key_shortcut (GtkWidget *widget,
                   guint      keyval)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  g_autoptr(GtkShortcutTrigger) key = gtk_keyval_trigger_new (keyval, 0);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GObject) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller))
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);

          if (gtk_shortcut_trigger_equal (gtk_shortcut_get_trigger (shortcut), key))
            return g_steal_pointer (&shortcut);
        }
    }
  return NULL;
}

/* A key press without modifiers as GTK 4 handles it when no widget
 * consumes the event itself: the first shortcut for the key, from the
 * focus widget up to the window.  GTK 4 has no public way to send a
 * synthetic key event. */
static void
press_key (GtkWindow *window,
           guint      keyval)
{
  for (GtkWidget *widget = gtk_root_get_focus (GTK_ROOT (window)); widget != NULL;
       widget = gtk_widget_get_parent (widget))
    {
      g_autoptr(GtkShortcut) shortcut = find_key_shortcut (widget, keyval);

      if (shortcut != NULL)
        {
          g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, widget,
                                                       gtk_shortcut_get_arguments (shortcut)));
          iterate ();
          return;
        }
    }
  g_assert_not_reached ();
}

/* Ctrl+N's action; returns the dialog it showed, after its first frame. */
static HcNewPlanDialog *
activate_new (void)
{
  HcNewPlanDialog *dialog;

  g_assert_null (find_dialog ());
  g_action_group_activate_action (G_ACTION_GROUP (get_app ()), "new", NULL);
  iterate ();
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

/* Arrows from the first row, then Enter: what a keyboard does.  The
 * first row is the blank plan; template N is row N + 1. */
static void
choose_with_keyboard (HcNewPlanDialog *dialog,
                      const char      *name)
{
  g_autoptr(GPtrArray) rows = dialog_rows (dialog);
  guint index = template_index (name) + 1;

  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == g_ptr_array_index (rows, 0));
  for (guint i = 0; i < index; i++)
    press_key (GTK_WINDOW (dialog), GDK_KEY_Down);
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == g_ptr_array_index (rows, index));
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, index)), ==,
                   hc_templates_list ()[index - 1].title);
  press_key (GTK_WINDOW (dialog), GDK_KEY_Return);
}

static void
assert_gone (GWeakRef *ref)
{
  gpointer object = g_weak_ref_get (ref);

  g_assert_null (object);
  g_weak_ref_clear (ref);
}

/* ---- tests ----------------------------------------------------------- */

static void
test_lists_templates (void)
{
  const HcTemplateInfo *templates = hc_templates_list ();
  HcWindow *window = new_plan_window ("five-person");
  HcNewPlanDialog *dialog = activate_new ();
  g_autoptr(GPtrArray) rows = dialog_rows (dialog);
  guint n_templates = 0;

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  /* Not an application window: the parent stays the active one, which
   * decides where the chosen plan goes. */
  g_assert_null (g_list_find (gtk_application_get_windows (GTK_APPLICATION (get_app ())), dialog));
  g_assert_true (gtk_application_get_active_window (GTK_APPLICATION (get_app ())) == GTK_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "New Plan");
  while (templates[n_templates].name != NULL)
    n_templates++;
  g_assert_cmpuint (n_templates, >=, 5);
  g_assert_cmpuint (rows->len, ==, n_templates + 1);
  /* The blank plan first, with an action of its own and no target. */
  g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, "Blank Plan");
  g_assert_cmpstr (gtk_actionable_get_action_name (g_ptr_array_index (rows, 0)), ==, "new-plan.blank");
  g_assert_null (gtk_actionable_get_action_target_value (g_ptr_array_index (rows, 0)));
  g_assert_true (gtk_root_get_focus (GTK_ROOT (dialog)) == g_ptr_array_index (rows, 0));
  for (guint i = 0; i < n_templates; i++)
    {
      GtkWidget *row = g_ptr_array_index (rows, i + 1);
      GVariant *target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (row));

      g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, templates[i].title);
      g_autofree char *line = hc_template_describe (templates[i].name, hc_format_money_range_compact);

      /* What the team is, then the figures the engine computes for it. */
      g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, line);
      g_assert_true (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
      g_assert_cmpstr (g_variant_get_string (target, NULL), ==, templates[i].name);
    }
  close_everything ();
}

static void
test_plan_window_opens_new_window (void)
{
  HcWindow *first = new_plan_window ("five-person");
  HcDocument *first_document = hc_window_get_document (first);
  g_autoptr(GBytes) first_before = hc_plan_to_bytes (plan_of (first));
  g_autoptr(GBytes) first_after = NULL;
  g_autoptr(GPtrArray) windows = NULL;
  HcNewPlanDialog *dialog = activate_new ();
  HcWindow *second = NULL;
  GWeakRef ref;

  g_assert_cmpuint (template_position_count ("three-person"), !=, count_positions (plan_of (first)));
  g_weak_ref_init (&ref, dialog);
  choose_with_keyboard (dialog, "three-person");
  assert_gone (&ref);

  windows = list_plan_windows ();
  g_assert_cmpuint (windows->len, ==, 2);
  for (guint i = 0; i < windows->len; i++)
    if (g_ptr_array_index (windows, i) != first)
      second = g_ptr_array_index (windows, i);
  g_assert_nonnull (second);
  g_assert_nonnull (hc_window_get_document (second));
  g_assert_cmpuint (count_positions (plan_of (second)), ==, template_position_count ("three-person"));
  /* The plan that was open is untouched. */
  g_assert_true (hc_window_get_document (first) == first_document);
  first_after = hc_plan_to_bytes (plan_of (first));
  g_assert_true (g_bytes_equal (first_before, first_after));
  close_everything ();
}

static void
test_empty_window_takes_plan (void)
{
  HcWindow *window = new_empty_window ();
  HcNewPlanDialog *dialog = activate_new ();
  g_autoptr(GPtrArray) rows = dialog_rows (dialog);
  guint index = template_index ("first-hire") + 1;

  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  /* A click on the row, as opposed to the keyboard. */
  g_signal_emit_by_name (g_ptr_array_index (rows, index), "activate");
  iterate ();
  g_assert_null (find_dialog ());
  g_assert_cmpuint (count_plan_windows (), ==, 1);
  g_assert_nonnull (hc_window_get_document (window));
  g_assert_cmpuint (count_positions (plan_of (window)), ==, template_position_count ("first-hire"));
  close_everything ();
}

static void
test_no_window (void)
{
  HcNewPlanDialog *dialog;
  HcWindow *window;
  g_autoptr(GPtrArray) windows = NULL;

  g_assert_cmpuint (count_plan_windows (), ==, 0);
  dialog = activate_new ();
  windows = list_plan_windows ();
  g_assert_cmpuint (windows->len, ==, 1);
  window = g_ptr_array_index (windows, 0);
  g_assert_null (hc_window_get_document (window));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (window));
  choose_with_keyboard (dialog, "option-b");
  g_assert_cmpuint (count_plan_windows (), ==, 1);
  g_assert_cmpuint (count_positions (plan_of (window)), ==, template_position_count ("option-b"));
  close_everything ();
}

/* Enter on the first row: an empty plan with the guide's roles and
 * phases, "Untitled Plan", unsaved and unmodified; over a window with a
 * plan, in a window of its own. */
static void
assert_blank_plan (HcWindow *window)
{
  g_autoptr(HcPlan) defaults = hc_plan_new_default ();
  HcPlan *plan = plan_of (window);

  g_assert_cmpuint (count_positions (plan), ==, 0);
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "Untitled Plan");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Untitled Plan");
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_roles (plan))), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_roles (defaults))));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_phases (plan))), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_phases (defaults))));
  g_assert_true (hc_plan_validate (plan, NULL));
  g_assert_null (hc_document_get_file (hc_window_get_document (window)));
  g_assert_false (hc_document_get_modified (hc_window_get_document (window)));
}

static void
test_blank_plan (void)
{
  HcWindow *window = new_empty_window ();
  HcNewPlanDialog *dialog = activate_new ();
  g_autoptr(GPtrArray) windows = NULL;
  HcWindow *second = NULL;

  press_key (GTK_WINDOW (dialog), GDK_KEY_Return);
  g_assert_null (find_dialog ());
  g_assert_cmpuint (count_plan_windows (), ==, 1);
  assert_blank_plan (window);

  /* Over a plan: a new window, the plan left as it was. */
  dialog = activate_new ();
  press_key (GTK_WINDOW (dialog), GDK_KEY_Return);
  windows = list_plan_windows ();
  g_assert_cmpuint (windows->len, ==, 2);
  for (guint i = 0; i < windows->len; i++)
    if (g_ptr_array_index (windows, i) != window)
      second = g_ptr_array_index (windows, i);
  g_assert_nonnull (second);
  assert_blank_plan (second);
  close_everything ();

  /* The welcome page's first row is the same choice. */
  window = new_empty_window ();
  {
    g_autoptr(GPtrArray) rows = g_ptr_array_new ();

    collect_widgets (GTK_WIDGET (window), ADW_TYPE_ACTION_ROW, rows);
    g_assert_cmpuint (rows->len, >, 1);
    g_assert_cmpstr (adw_preferences_row_get_title (g_ptr_array_index (rows, 0)), ==, "Blank Plan");
    g_assert_cmpstr (gtk_actionable_get_action_name (g_ptr_array_index (rows, 0)), ==, "win.new-blank");
    g_signal_emit_by_name (g_ptr_array_index (rows, 0), "activate");
    iterate ();
    assert_blank_plan (window);
  }
  close_everything ();
}

static GtkWidget *
find_cancel_button (HcNewPlanDialog *dialog)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (dialog), GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_button_get_label (g_ptr_array_index (buttons, i)), "_Cancel") == 0)
      return g_ptr_array_index (buttons, i);
  return NULL;
}

typedef enum
{
  DISMISS_CANCEL,
  DISMISS_ESCAPE,
  DISMISS_CLOSE,
} Dismiss;

static void
dismiss (HcNewPlanDialog *dialog,
         Dismiss          how)
{
  switch (how)
    {
    case DISMISS_CANCEL:
      /* "clicked", not "activate": a button's activation shows the
       * press for a moment before it clicks. */
      g_assert_nonnull (find_cancel_button (dialog));
      g_signal_emit_by_name (find_cancel_button (dialog), "clicked");
      break;
    case DISMISS_ESCAPE:
      press_key (GTK_WINDOW (dialog), GDK_KEY_Escape);
      break;
    case DISMISS_CLOSE:
      gtk_window_close (GTK_WINDOW (dialog));
      break;
    default:
      g_assert_not_reached ();
    }
  iterate ();
}

static void
test_dismiss_creates_nothing (void)
{
  HcWindow *plan_window = new_plan_window ("five-person");
  g_autoptr(GBytes) before = hc_plan_to_bytes (plan_of (plan_window));

  for (Dismiss how = DISMISS_CANCEL; how <= DISMISS_CLOSE; how++)
    {
      HcNewPlanDialog *dialog = activate_new ();
      g_autoptr(GBytes) after = NULL;
      GWeakRef ref;

      g_test_message ("dismissed by %d", how);
      g_weak_ref_init (&ref, dialog);
      dismiss (dialog, how);
      assert_gone (&ref);
      g_assert_cmpuint (count_plan_windows (), ==, 1);
      after = hc_plan_to_bytes (plan_of (plan_window));
      g_assert_true (g_bytes_equal (before, after));
    }
  close_everything ();

  /* Over an empty window, which stays empty. */
  {
    HcWindow *empty = new_empty_window ();

    dismiss (activate_new (), DISMISS_CANCEL);
    g_assert_null (find_dialog ());
    g_assert_cmpuint (count_plan_windows (), ==, 1);
    g_assert_null (hc_window_get_document (empty));
  }
  close_everything ();
}

/* ---- screenshots ----------------------------------------------------- */

static void
save_screenshot (GtkWidget  *widget,
                 const char *name)
{
  g_autoptr(GdkTexture) texture = save_widget_screenshot (GTK_WIDGET (widget), tmp_dir, name);

  assert_shows_style (texture);
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  HcNewPlanDialog *dialog;

  /* GNOME's own title bar buttons, not those of a bare X server. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  new_plan_window ("five-person");
  dialog = activate_new ();
  save_screenshot (GTK_WIDGET (dialog), "new-plan-dialog-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (GTK_WIDGET (dialog), "new-plan-dialog-dark.png");
  close_everything ();

  /* The welcome page lists the same rows through the same code. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  save_screenshot (GTK_WIDGET (new_empty_window ()), "welcome-page-light.png");
  close_everything ();
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_dir = ui_test_init (&argc, &argv);
  g_test_add_func ("/new-plan/lists-templates", test_lists_templates);
  g_test_add_func ("/new-plan/plan-window-opens-new-window", test_plan_window_opens_new_window);
  g_test_add_func ("/new-plan/empty-window-takes-plan", test_empty_window_takes_plan);
  g_test_add_func ("/new-plan/no-window", test_no_window);
  g_test_add_func ("/new-plan/blank-plan", test_blank_plan);
  g_test_add_func ("/new-plan/dismiss-creates-nothing", test_dismiss_creates_nothing);
  g_test_add_func ("/new-plan/screenshots", test_screenshots);

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
