/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Keyboard-only use of the application: real key presses sent through
 * the X server's XTEST extension under Xvfb, so GTK receives them as it
 * receives a person's typing, checked against the core's figures. */
#define G_LOG_DOMAIN "test-keyboard"

#include "config.h"

#include <gtk/gtk.h>

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#include <X11/keysym.h>
#include <X11/extensions/XTest.h>
#endif

#include "hc-application.h"
#include "hc-budget.h"
#include "hc-compat.h"
#include "hc-format.h"
#include "hc-new-plan-dialog.h"
#include "hc-plan-io.h"
#include "hc-position-editor.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

/* Guards a wait against a hang, so a broken key path fails with a
 * message rather than the harness's timeout.  Not a timing assertion:
 * every wait ends as soon as its condition holds. */
#define HANG_GUARD_US (30 * G_USEC_PER_SEC)
/* Presses of Tab allowed to reach a widget: more than the window has. */
#define MAX_TABS 200


#ifdef GDK_WINDOWING_X11

static Display *xdisplay;

/* ---- the main loop ---------------------------------------------------- */

typedef gboolean (*Condition) (gpointer data);

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Like wait_until, but a hang fails with what never happened. */
static void
wait_for (Condition   done,
          gpointer    data,
          const char *what)
{
  gint64 give_up = g_get_monotonic_time () + HANG_GUARD_US;
  guint id = g_timeout_add (10, wake_up, NULL);

  while (!done (data) && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
  if (!done (data))
    g_error ("Never happened: %s", what);
  iterate ();
}

/* ---- keys --------------------------------------------------------------- */

static gboolean
xtest_available (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  int event_base, error_base, major, minor;

  if (display == NULL || !GDK_IS_X11_DISPLAY (display))
    return FALSE;
  xdisplay = gdk_x11_display_get_xdisplay (display);
  return XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor);
}

static gboolean
skip_without_xtest (void)
{
  if (xtest_available ())
    return FALSE;
  g_test_skip ("Needs an X11 display with the XTEST extension");
  return TRUE;
}

static void
send_key (KeySym   keysym,
          gboolean down)
{
  KeyCode code = XKeysymToKeycode (xdisplay, keysym);

  g_assert_cmpuint (code, !=, 0);
  XTestFakeKeyEvent (xdisplay, code, down, CurrentTime);
}

static void
send_modifiers (GdkModifierType mods,
                gboolean        down)
{
  if (mods & GDK_CONTROL_MASK)
    send_key (XK_Control_L, down);
  if (mods & GDK_SHIFT_MASK)
    send_key (XK_Shift_L, down);
  if (mods & GDK_ALT_MASK)
    send_key (XK_Alt_L, down);
}

/* One key press with @mods held, as a keyboard sends it.  The server
 * makes the events when it handles the request, so once XSync returns
 * they wait in the connection's queue and the loop delivers them. */
static void
press (GdkModifierType mods,
       guint           keyval)
{
  send_modifiers (mods, TRUE);
  send_key (keyval, TRUE);
  send_key (keyval, FALSE);
  send_modifiers (mods, FALSE);
  XSync (xdisplay, False);
  iterate ();
}

static void
type_text (const char *digits)
{
  for (const char *c = digits; *c != '\0'; c++)
    press (0, gdk_unicode_to_keyval ((guint) *c));
}

/* ---- windows ------------------------------------------------------------ */


static gboolean
window_active (gpointer window)
{
  return gtk_window_is_active (window);
}

/* Without a window manager GDK gives a presented window the input focus
 * itself (XSetInputFocus), which needs the window mapped: present again
 * once it has drawn, and wait for the server's FocusIn. */
static void
focus_window (GtkWindow *window)
{
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  gtk_window_present (window);
  wait_for (window_active, window, "the window has the keyboard focus");
}

static HcWindow *
new_empty_window (void)
{
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  focus_window (GTK_WINDOW (window));
  g_assert_null (hc_window_get_document (window));
  return window;
}

static GListModel *
positions_of (HcWindow *window)
{
  return G_LIST_MODEL (hc_plan_get_positions (plan_of (window)));
}

static guint
index_of_position (HcWindow   *window,
                   const char *id)
{
  GListModel *positions = positions_of (window);

  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);

      if (g_strcmp0 (hc_position_get_id (position), id) == 0)
        return i;
    }
  return G_MAXUINT;
}

static HcPosition *
find_position (HcWindow   *window,
               const char *id)
{
  return hc_plan_find_position (plan_of (window), id, NULL);
}

static GBytes *
plan_bytes (HcWindow *window)
{
  return hc_plan_to_bytes (plan_of (window));
}

static GtkWidget *
focus_of (HcWindow *window)
{
  return gtk_root_get_focus (GTK_ROOT (window));
}

static char *
describe_widget (GtkWidget *widget)
{
  const char *label = NULL;

  if (widget == NULL)
    return g_strdup ("(none)");
  if (ADW_IS_PREFERENCES_ROW (widget))
    label = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (widget));
  else if (gtk_widget_get_tooltip_text (widget) != NULL)
    label = gtk_widget_get_tooltip_text (widget);
  else if (GTK_IS_BUTTON (widget))
    label = gtk_button_get_label (GTK_BUTTON (widget));
  return g_strdup_printf ("%s “%s” in %s%s%s", G_OBJECT_TYPE_NAME (widget), label != NULL ? label : "",
                          G_OBJECT_TYPE_NAME (gtk_widget_get_parent (widget)),
                          gtk_widget_get_parent (gtk_widget_get_parent (widget)) != NULL ? " in " : "",
                          gtk_widget_get_parent (gtk_widget_get_parent (widget)) != NULL
                          ? G_OBJECT_TYPE_NAME (gtk_widget_get_parent (gtk_widget_get_parent (widget))) : "");
}

/* The position row holding the focus, or NULL. */
static const char *
focused_position_id (HcWindow *window)
{
  for (GtkWidget *w = focus_of (window); w != NULL; w = gtk_widget_get_parent (w))
    if (g_object_get_data (G_OBJECT (w), "hc-position-id") != NULL)
      return g_object_get_data (G_OBJECT (w), "hc-position-id");
  return NULL;
}

typedef gboolean (*FocusTest) (GtkWidget *focus,
                               gpointer   data);

/* Presses Tab (Shift+Tab if @backward) until @test holds for the focus
 * widget; returns the number of presses. */
static guint
tab_until (HcWindow  *window,
           gboolean   backward,
           FocusTest  test,
           gpointer   data,
           const char *what)
{
  for (guint presses = 0; presses <= MAX_TABS; presses++)
    {
      if (test (focus_of (window), data))
        return presses;
      press (backward ? GDK_SHIFT_MASK : 0, GDK_KEY_Tab);
    }
  g_error ("Tab never reached %s", what);
}

static gboolean
is_inside (GtkWidget *focus,
           gpointer   target)
{
  return focus != NULL && (focus == target || gtk_widget_is_ancestor (focus, target));
}

static gboolean
is_position_row (GtkWidget *focus,
                 gpointer   data)
{
  /* The team list's rows are list view rows that carry the id. */
  return focus != NULL && g_object_get_data (G_OBJECT (focus), "hc-position-id") != NULL;
}

static gboolean
is_button_for (GtkWidget *focus,
               gpointer   action_name)
{
  return focus != NULL && GTK_IS_BUTTON (focus) &&
         g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (focus)), action_name) == 0;
}

static HcPositionEditor *
get_position_editor (HcWindow *window)
{
  return HC_POSITION_EDITOR (find_widget (GTK_WIDGET (window->editor), HC_TYPE_POSITION_EDITOR, 0));
}

static GtkStack *
editor_stack (HcWindow *window)
{
  return GTK_STACK (find_widget (GTK_WIDGET (window->editor), GTK_TYPE_STACK, 0));
}

static gboolean
editing_position (gpointer window)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (editor_stack (window)), "editor") == 0 &&
         hc_position_editor_get_position (get_position_editor (window)) != NULL;
}

static gboolean
showing_list (gpointer window)
{
  return g_strcmp0 (gtk_stack_get_visible_child_name (editor_stack (window)), "list") == 0;
}

/* The position the editor shows, by id (it survives undo). */
static const char *
edited_id (HcWindow *window)
{
  HcPosition *position = hc_position_editor_get_position (get_position_editor (window));

  g_assert_nonnull (position);
  return hc_position_get_id (position);
}

/* The AdwComboRow of the editor titled @title. */
static GtkWidget *
editor_combo_row (HcWindow   *window,
                  const char *title)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (get_position_editor (window)), ADW_TYPE_COMBO_ROW, rows);
  for (guint i = 0; i < rows->len; i++)
    if (g_strcmp0 (adw_preferences_row_get_title (g_ptr_array_index (rows, i)), title) == 0)
      return g_ptr_array_index (rows, i);
  g_error ("No row “%s” in the position editor", title);
}

static char *
expected_first_year (HcPlan *plan)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);

  return hc_format_money_range_compact (hc_budget_get_first_year (budget),
                                              hc_plan_get_currency (plan));
}

static gboolean
budget_card_current (gpointer window)
{
  g_autofree char *expected = expected_first_year (plan_of (window));

  return g_strcmp0 (hc_budget_panel_get_card_text (HC_WINDOW (window)->budget_panel,
                                                   HC_BUDGET_CARD_FIRST_YEAR), expected) == 0;
}

/* ---- the scenario: one window, one step per test ------------------------- */

static HcWindow *window;
static char *first_id;    /* the position whose count was typed */

static gboolean
new_plan_dialog_active (gpointer data)
{
  GList *toplevels = gtk_window_list_toplevels ();
  gboolean found = FALSE;

  for (GList *l = toplevels; l != NULL; l = l->next)
    found |= HC_IS_NEW_PLAN_DIALOG (l->data) && gtk_window_is_active (l->data);
  g_list_free (toplevels);
  return found;
}

static gboolean
has_document (gpointer data)
{
  return hc_window_get_document (data) != NULL;
}

/* Ctrl+N, Down, Down, Enter: the second template (the blank plan is the
 * first row), in the empty window. */
static void
test_new_plan (void)
{
  const HcTemplateInfo *templates = hc_templates_list ();
  g_autoptr(HcPlan) expected = NULL;
  g_autoptr(GBytes) expected_bytes = NULL;
  g_autoptr(GBytes) shown = NULL;

  if (skip_without_xtest ())
    return;
  window = new_empty_window ();
  press (GDK_CONTROL_MASK, GDK_KEY_n);
  wait_for (new_plan_dialog_active, NULL, "Ctrl+N shows the New Plan dialog, focused");
  press (0, GDK_KEY_Down);
  press (0, GDK_KEY_Down);
  press (0, GDK_KEY_Return);
  wait_for (has_document, window, "Enter puts the chosen template in the window");
  g_assert_false (new_plan_dialog_active (NULL));

  g_assert_nonnull (templates[1].name);
  expected = hc_template_load (templates[1].name, NULL);
  expected_bytes = hc_plan_to_bytes (expected);
  shown = plan_bytes (window);
  g_assert_true (g_bytes_equal (expected_bytes, shown));
  g_assert_false (hc_document_get_modified (hc_window_get_document (window)));
  focus_window (GTK_WINDOW (window));
}

static gboolean
count_is_3 (gpointer id)
{
  HcPosition *position = find_position (window, id);

  return position != NULL && hc_position_get_count (position) == 3;
}

static guint
n_positions (void)
{
  return g_list_model_get_n_items (positions_of (window));
}

/* Tab to the first position, Enter to edit it, type a count, Ctrl+D,
 * Alt+Up and Alt+Down on the copy, Escape. */
static void
test_edit_position (void)
{
  g_autofree char *id = NULL;
  g_autofree char *copy_id = NULL;
  GtkWidget *count_spin;
  guint index, n;

  if (skip_without_xtest ())
    return;
  g_assert_nonnull (window);
  tab_until (window, FALSE, is_position_row, NULL, "a position row");
  id = g_strdup (focused_position_id (window));
  index = index_of_position (window, id);
  g_assert_cmpuint (index, ==, 0);
  g_assert_cmpuint (hc_position_get_count (find_position (window, id)), !=, 3);
  first_id = g_strdup (id);

  press (0, GDK_KEY_Return);
  wait_for (editing_position, window, "Enter on a row opens the position editor");
  g_assert_cmpstr (edited_id (window), ==, id);

  count_spin = find_widget (GTK_WIDGET (get_position_editor (window)), GTK_TYPE_SPIN_BUTTON, 0);
  tab_until (window, FALSE, is_inside, count_spin, "the count");
  press (GDK_CONTROL_MASK, GDK_KEY_a);
  type_text ("3");
  press (0, GDK_KEY_Tab);
  wait_for (count_is_3, id, "the typed count reaches the plan");
  g_assert_false (is_inside (focus_of (window), count_spin));
  wait_for (budget_card_current, window, "the budget card shows the core's first-year cost");

  /* Ctrl+D: a copy right after it, in the editor. */
  n = n_positions ();
  press (GDK_CONTROL_MASK, GDK_KEY_d);
  g_assert_cmpuint (n_positions (), ==, n + 1);
  copy_id = g_strdup (edited_id (window));
  g_assert_cmpstr (copy_id, !=, id);
  g_assert_cmpuint (index_of_position (window, copy_id), ==, index + 1);
  g_assert_cmpuint (hc_position_get_count (find_position (window, copy_id)), ==, 3);
  g_assert_true (budget_card_current (window));

  press (GDK_ALT_MASK, GDK_KEY_Up);
  g_assert_cmpuint (index_of_position (window, copy_id), ==, index);
  g_assert_cmpuint (index_of_position (window, id), ==, index + 1);
  press (GDK_ALT_MASK, GDK_KEY_Down);
  g_assert_cmpuint (index_of_position (window, copy_id), ==, index + 1);
  g_assert_cmpuint (index_of_position (window, id), ==, index);
  g_assert_cmpstr (edited_id (window), ==, copy_id);

  press (0, GDK_KEY_Escape);
  wait_for (showing_list, window, "Escape goes back to the list");
  g_assert_cmpstr (focused_position_id (window), ==, copy_id);
}

static gboolean
combo_popover_open (gpointer row)
{
  GtkWidget *popover = find_widget (row, GTK_TYPE_POPOVER, 0);

  return popover != NULL && gtk_widget_get_mapped (popover);
}

static guint
n_phases (void)
{
  return g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_phases (plan_of (window))));
}

static guint
phase_index (const char *phase_id)
{
  for (guint i = 0; i < n_phases (); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan_of (window))), i);

      if (g_strcmp0 (hc_phase_get_id (phase), phase_id) == 0)
        return i;
    }
  g_error ("No phase %s", phase_id);
}

static const char *
phase_of (const char *id)
{
  return hc_position_get_phase_id (find_position (window, id));
}

/* Remove the copy with the trash button, then move a position to the
 * next phase through the phase row's list: Tab, Space, arrows, Enter. */
static void
test_remove_and_change_phase (void)
{
  g_autofree char *copy_id = NULL;
  g_autofree char *id = NULL;
  g_autofree char *old_phase = NULL;
  g_autofree char *new_phase = NULL;
  GtkWidget *phase_row;
  guint index, old_index, new_index, n = n_positions ();

  if (skip_without_xtest ())
    return;
  copy_id = g_strdup (focused_position_id (window));
  g_assert_nonnull (copy_id);
  index = index_of_position (window, copy_id);
  press (0, GDK_KEY_Return);
  wait_for (editing_position, window, "Enter opens the copy");
  tab_until (window, FALSE, is_button_for, (gpointer) "editor.remove", "the Remove button");
  press (0, GDK_KEY_space);
  wait_for (showing_list, window, "removing goes back to the list");
  g_assert_cmpuint (n_positions (), ==, n - 1);
  g_assert_null (find_position (window, copy_id));
  g_assert_true (budget_card_current (window));
  /* The focus is on the position that took the removed one's place. */
  g_assert_cmpuint (index_of_position (window, focused_position_id (window)), ==, MIN (index, n - 2));

  /* The focused position, one phase further (or back if in the last). */
  id = g_strdup (focused_position_id (window));
  old_phase = g_strdup (phase_of (id));
  old_index = phase_index (old_phase);
  new_index = old_index + 1 < n_phases () ? old_index + 1 : old_index - 1;
  g_assert_cmpuint (n_phases (), >=, 2);
  press (0, GDK_KEY_Return);
  wait_for (editing_position, window, "Enter opens the position");
  phase_row = editor_combo_row (window, "_Phase");
  tab_until (window, FALSE, is_inside, phase_row, "the phase row");
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (phase_row)), ==, old_index);
  press (0, GDK_KEY_space);
  wait_for (combo_popover_open, phase_row, "Space opens the phase list");
  press (0, new_index > old_index ? GDK_KEY_Down : GDK_KEY_Up);
  press (0, GDK_KEY_Return);
  g_assert_false (combo_popover_open (phase_row));
  g_assert_cmpuint (phase_index (phase_of (id)), ==, new_index);
  g_assert_cmpstr (edited_id (window), ==, id);
  g_assert_true (budget_card_current (window));
  g_assert_true (focus_of (window) == phase_row);

  /* Ctrl+Z takes the move back, Ctrl+Shift+Z makes it again. */
  press (GDK_CONTROL_MASK, GDK_KEY_z);
  g_assert_cmpstr (phase_of (id), ==, old_phase);
  g_assert_cmpuint (hc_position_get_count (find_position (window, first_id)), ==, 3);
  press (GDK_CONTROL_MASK | GDK_SHIFT_MASK, GDK_KEY_z);
  g_assert_cmpuint (phase_index (phase_of (id)), ==, new_index);

  press (0, GDK_KEY_Escape);
  wait_for (showing_list, window, "Escape goes back to the list");
  g_assert_cmpstr (focused_position_id (window), ==, id);
}

static gboolean
save_question_active (gpointer data)
{
  GtkWidget *alert = hc_compat_alert_find (data);

  return alert != NULL && gtk_window_is_active (GTK_WINDOW (alert));
}

static gboolean
no_save_question (gpointer data)
{
  return hc_compat_alert_find (data) == NULL;
}

/* Alt+2, Alt+1, F9 twice, then Ctrl+W on the edited plan and Escape. */
static void
test_window_shortcuts (void)
{
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;

  if (skip_without_xtest ())
    return;
  press (GDK_ALT_MASK, GDK_KEY_2);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "budget");
  press (GDK_ALT_MASK, GDK_KEY_1);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "timeline");
  g_assert_true (adw_flap_get_reveal_flap (window->flap));
  press (0, GDK_KEY_F9);
  g_assert_false (adw_flap_get_reveal_flap (window->flap));
  press (0, GDK_KEY_F9);
  g_assert_true (adw_flap_get_reveal_flap (window->flap));

  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));
  before = plan_bytes (window);
  press (GDK_CONTROL_MASK, GDK_KEY_w);
  wait_for (save_question_active, window, "Ctrl+W asks whether to save, focused");
  press (0, GDK_KEY_Escape);
  wait_for (no_save_question, window, "Escape cancels the question");
  g_assert_nonnull (g_list_find (gtk_application_get_windows (GTK_APPLICATION (get_app ())), window));
  after = plan_bytes (window);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));
  focus_window (GTK_WINDOW (window));
}

/* Buttons and rows a person can see and use under @root. */
static void
collect_controls (GtkWidget *root,
                  GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (!gtk_widget_get_mapped (child) || !gtk_widget_is_sensitive (child))
        continue;
      if (GTK_IS_BUTTON (child) || GTK_IS_LIST_BOX_ROW (child) || GTK_IS_SPIN_BUTTON (child))
        g_ptr_array_add (found, child);
      /* A spin button's − and + are its arrow keys' mouse twins. */
      if (!GTK_IS_SPIN_BUTTON (child))
        collect_controls (child, found);
    }
}

/* Tab from the focus until it comes back: the cycle, in order. */
/* "GtkText in GtkSpinButton in AdwActionRow; …" for the last @n widgets
 * that had the focus, each with three of its ancestors: where a trap is. */
static char *
describe_last_focus (GPtrArray *visited,
                     guint      n)
{
  GString *text = g_string_new (NULL);

  for (guint i = visited->len > n ? visited->len - n : 0; i < visited->len; i++)
    {
      GtkWidget *widget = g_ptr_array_index (visited, i);

      g_string_append_printf (text, "%s%s", text->len > 0 ? "; " : "", G_OBJECT_TYPE_NAME (widget));
      widget = gtk_widget_get_parent (widget);
      for (guint depth = 0; depth < 3 && widget != NULL; depth++, widget = gtk_widget_get_parent (widget))
        g_string_append_printf (text, " in %s", G_OBJECT_TYPE_NAME (widget));
    }
  return g_string_free (text, FALSE);
}

static GPtrArray *
walk_focus (gboolean backward)
{
  GPtrArray *visited = g_ptr_array_new ();
  GtkWidget *start = focus_of (window);

  g_assert_nonnull (start);
  g_ptr_array_add (visited, start);
  for (guint presses = 0; presses < MAX_TABS; presses++)
    {
      press (backward ? GDK_SHIFT_MASK : 0, GDK_KEY_Tab);
      if (focus_of (window) == start)
        return visited;
      g_assert_nonnull (focus_of (window));
      g_ptr_array_add (visited, focus_of (window));
    }
  g_error ("Tab never came back to where it started: a focus trap; it went round %s",
           describe_last_focus (visited, 8));
}

static void
assert_all_reached (GtkWidget *root,
                    GPtrArray *visited)
{
  g_autoptr(GPtrArray) controls = g_ptr_array_new ();

  collect_controls (root, controls);
  g_assert_cmpuint (controls->len, >, 0);
  for (guint i = 0; i < controls->len; i++)
    {
      GtkWidget *control = g_ptr_array_index (controls, i);
      gboolean reached = FALSE;

      for (guint j = 0; j < visited->len && !reached; j++)
        reached = is_inside (g_ptr_array_index (visited, j), control);
      if (!reached)
        {
          g_autofree char *what = describe_widget (control);
          g_autofree char *walk = describe_last_focus (visited, visited->len);

          g_error ("Tab never reaches %s; it went round %s", what, walk);
        }
    }
}

/* Tab visits every control of the team list, the position editor and the
 * budget page, and comes round; Shift+Tab goes the same way back. */
static void
walk_and_check (GtkWidget *root)
{
  g_autoptr(GPtrArray) forward = walk_focus (FALSE);
  g_autoptr(GPtrArray) backward = NULL;

  assert_all_reached (root, forward);
  assert_all_reached (GTK_WIDGET (window->budget_panel), forward);
  backward = walk_focus (TRUE);
  g_assert_cmpuint (backward->len, ==, forward->len);
  for (guint i = 1; i < forward->len; i++)
    g_assert_true (g_ptr_array_index (backward, i) == g_ptr_array_index (forward, forward->len - i));
}

static void
test_focus_walk (void)
{
  if (skip_without_xtest ())
    return;
  press (GDK_ALT_MASK, GDK_KEY_2);
  g_assert_cmpstr (adw_view_stack_get_visible_child_name (window->view_stack), ==, "budget");
  /* As a person does: Tab once the page is on screen, all of it laid out
   * (GTK 4.2x lays out a newly shown page over more than one frame). */
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window->budget_panel));
  wait_for_frames (GTK_WIDGET (window->budget_panel), 3);
  tab_until (window, FALSE, is_position_row, NULL, "a position row");
  walk_and_check (GTK_WIDGET (window->editor));

  tab_until (window, FALSE, is_position_row, NULL, "a position row");
  press (0, GDK_KEY_Return);
  wait_for (editing_position, window, "Enter opens the position editor");
  walk_and_check (GTK_WIDGET (get_position_editor (window)));
  press (0, GDK_KEY_Escape);
  wait_for (showing_list, window, "Escape goes back to the list");

  /* The edited plan goes without a question. */
  window->close_confirmed = TRUE;
  destroy_all_windows ();
  g_clear_pointer (&first_id, g_free);
}

#else

static void
test_skipped (void)
{
  g_test_skip ("Needs an X11 display with the XTEST extension");
}

#endif /* GDK_WINDOWING_X11 */

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);

#ifdef GDK_WINDOWING_X11
  g_test_add_func ("/keyboard/new-plan", test_new_plan);
  g_test_add_func ("/keyboard/edit-position", test_edit_position);
  g_test_add_func ("/keyboard/remove-and-change-phase", test_remove_and_change_phase);
  g_test_add_func ("/keyboard/window-shortcuts", test_window_shortcuts);
  g_test_add_func ("/keyboard/focus-walk", test_focus_walk);
#else
  g_test_add_func ("/keyboard/new-plan", test_skipped);
#endif

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
