/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The window's layout under a person's hands: a sidebar that keeps its
 * width whatever the names in it, a budget page that scrolls as one page
 * under the wheel (real pointer events through XTEST), a view switcher
 * only where there is something to switch, and the Timeline's zoom kept
 * between starts. */
#define G_LOG_DOMAIN "test-window-layout"

#include "config.h"

#include <math.h>

#include <gtk/gtk.h>

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#include <X11/keysym.h>
#include <X11/extensions/XTest.h>
#endif

#include "hc-application.h"
#include "hc-plan-edits.h"
#include "hc-position-editor.h"
#include "hc-position-table.h"
#include "hc-team-list.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

/* ---- helpers ----------------------------------------------------------- */

/* A window showing @plan (taken) on @page. */
static HcWindow *
window_with_plan (HcPlan     *plan,
                  const char *page,
                  int         width,
                  int         height)
{
  g_autoptr(HcPlan) owned = plan;
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));
  g_autoptr(HcDocument) document = hc_document_new (owned, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  hc_window_set_document (window, document);
  adw_view_stack_set_visible_child_name (window->view_stack, page);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();
  return window;
}

/* Lets the window lay itself out after a change. */
static void
settle (HcWindow *window)
{
  iterate ();
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();
}

/* For a person to look at: the window as drawn, into the folder
 * HC_LOOK_DIR names (nothing without it). */
static void
save_look (HcWindow   *window,
           const char *name)
{
  const char *dir = g_getenv ("HC_LOOK_DIR");
  GtkSnapshot *snapshot;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width, height;

  if (dir == NULL)
    return;
  settle (window);
  width = gtk_widget_get_width (GTK_WIDGET (window));
  height = gtk_widget_get_height (GTK_WIDGET (window));
  snapshot = gtk_snapshot_new ();
  paintable = gtk_widget_paintable_new (GTK_WIDGET (window));
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* The five-person template with @n positions: its own (the first @n of
 * them), then copies. */
static HcPlan *
plan_with_positions (guint n)
{
  HcPlan *plan = hc_template_load ("five-person", NULL);
  GListStore *store = hc_plan_get_positions (plan);
  guint n_template = g_list_model_get_n_items (G_LIST_MODEL (store));

  if (n < n_template)
    g_list_store_splice (store, n, n_template - n, NULL, 0);
  for (guint i = n_template; i < n; i++)
    {
      g_autoptr(HcPosition) source = g_list_model_get_item (G_LIST_MODEL (store), i % n_template);
      g_autoptr(HcPosition) copy = hc_position_copy (source);
      g_autofree char *id = g_strdup_printf ("copy-%05u", i);

      hc_position_set_id (copy, id);
      g_list_store_append (store, copy);
    }
  return plan;
}

/* Renames the role of the plan's first position, as the roles dialog
 * would: one edit of the document. */
static void
rename_first_role (HcWindow   *window,
                   const char *name)
{
  HcDocument *document = hc_window_get_document (window);
  HcPlan *plan = hc_document_get_plan (document);
  g_autoptr(HcPosition) first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  HcRole *role = hc_plan_find_role (plan, hc_position_get_role_id (first));

  hc_document_begin_edit (document, "Rename Role", NULL);
  hc_role_set_name (role, name);
  hc_document_end_edit (document);
}

static char *
long_name (void)
{
  GString *name = g_string_new ("Senior principal staff backend platform engineer for");

  while (name->len < 100)
    g_string_append (name, " payments");
  g_string_truncate (name, 100);
  return g_string_free (name, FALSE);
}


/* ---- the pointer, through XTEST ------------------------------------------ */

#ifdef GDK_WINDOWING_X11
static Display *xdisplay;
#endif

static gboolean
skip_without_xtest (void)
{
#ifdef GDK_WINDOWING_X11
  GdkDisplay *display = gdk_display_get_default ();
  int event_base, error_base, major, minor;

  if (display != NULL && GDK_IS_X11_DISPLAY (display))
    {
      xdisplay = gdk_x11_display_get_xdisplay (display);
      if (XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor))
        return FALSE;
    }
#endif
  g_test_skip ("Needs an X11 display with the XTEST extension");
  return TRUE;
}

#ifdef GDK_WINDOWING_X11
/* What real input reached a window: counted in the capture phase, before
 * any widget handles it, so that a test waits for its events to arrive
 * rather than for a time. */
typedef struct
{
  guint  releases;  /* buttons */
  guint  key_releases;
  guint  scrolls;
  double x, y;      /* the pointer's last position on the surface */
} SeenInput;

static SeenInput seen;
static GtkWidget *pointed;  /* what point_at() last pointed at */

static gboolean
on_input (GtkEventControllerLegacy *controller,
          GdkEvent                 *event,
          gpointer                  data)
{
  switch (gdk_event_get_event_type (event))
    {
    case GDK_BUTTON_RELEASE:
      seen.releases++;
      break;
    case GDK_KEY_RELEASE:
      seen.key_releases++;
      break;
    case GDK_SCROLL:
      seen.scrolls++;
      break;
    case GDK_MOTION_NOTIFY:
    case GDK_ENTER_NOTIFY:
      gdk_event_get_position (event, &seen.x, &seen.y);
      break;
    default:
      break;
    }
  return GDK_EVENT_PROPAGATE;
}

/* Counts the input @widget's window receives (once per window). */
static void
watch_input (GtkWidget *widget)
{
  GtkWidget *native = GTK_WIDGET (gtk_widget_get_native (widget));
  GtkEventController *controller;

  if (g_object_get_data (G_OBJECT (native), "hc-watch-input") != NULL)
    return;
  controller = gtk_event_controller_legacy_new ();
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  g_signal_connect (controller, "event", G_CALLBACK (on_input), NULL);
  gtk_widget_add_controller (native, controller);
  g_object_set_data (G_OBJECT (native), "hc-watch-input", GINT_TO_POINTER (1));
}

typedef struct
{
  guint *counter;
  guint  at_least;
} Count;

static gboolean
count_reached (gpointer data)
{
  Count *c = data;

  return *c->counter >= c->at_least;
}

static gboolean
pointer_there (gpointer data)
{
  const graphene_point_t *at = data;

  return fabs (seen.x - at->x) < 1 && fabs (seen.y - at->y) < 1;
}

/* Moves the pointer onto @widget, across the middle, @y pixels down, and
 * waits for the window to see it there. */
static void
point_at (GtkWidget *widget,
          double     y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  Window xid = gdk_x11_surface_get_xid (gtk_native_get_surface (native));
  graphene_point_t at, on_surface;
  double sx, sy;
  int rx, ry, root_x, root_y, win_x, win_y;
  unsigned int mask;
  Window child, root;

  watch_input (widget);
  pointed = widget;
  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native),
                                           &GRAPHENE_POINT_INIT (gtk_widget_get_width (widget) / 2.0,
                                                                 y),
                                           &at));
  gtk_native_get_surface_transform (native, &sx, &sy);
  on_surface = GRAPHENE_POINT_INIT ((int) (at.x + sx), (int) (at.y + sy));
  XTranslateCoordinates (xdisplay, xid, DefaultRootWindow (xdisplay),
                         (int) on_surface.x, (int) on_surface.y, &rx, &ry, &child);
  XQueryPointer (xdisplay, DefaultRootWindow (xdisplay), &root, &child,
                 &root_x, &root_y, &win_x, &win_y, &mask);
  /* A pointer already there makes no event: GTK saw it arrive before. */
  if (root_x == rx && root_y == ry)
    return;
  XTestFakeMotionEvent (xdisplay, -1, rx, ry, CurrentTime);
  XSync (xdisplay, False);
  wait_until (pointer_there, &on_surface);
}

/* Clicks the first button on @widget, in its middle. */
static void
click (GtkWidget *widget)
{
  Count released = { &seen.releases, 0 };

  point_at (widget, gtk_widget_get_height (widget) / 2.0);
  released.at_least = seen.releases + 1;
  XTestFakeButtonEvent (xdisplay, 1, True, CurrentTime);
  XTestFakeButtonEvent (xdisplay, 1, False, CurrentTime);
  XSync (xdisplay, False);
  wait_until (count_reached, &released);
}

/* Presses @keysym with Alt held, as a keyboard does, on @widget's window
 * (which has the focus). */
static void
press_alt (GtkWidget *widget,
           KeySym     keysym)
{
  KeyCode alt = XKeysymToKeycode (xdisplay, XK_Alt_L);
  KeyCode key = XKeysymToKeycode (xdisplay, keysym);
  Count released = { &seen.key_releases, 0 };

  watch_input (widget);
  released.at_least = seen.key_releases + 2;
  XTestFakeKeyEvent (xdisplay, alt, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, key, True, CurrentTime);
  XTestFakeKeyEvent (xdisplay, key, False, CurrentTime);
  XTestFakeKeyEvent (xdisplay, alt, False, CurrentTime);
  XSync (xdisplay, False);
  wait_until (count_reached, &released);
}

/* Whether @adjustment moved past @than, down (@sign 1) or up (-1): the
 * wheel's scrolling may end a few frames after its events. */
typedef struct
{
  GtkAdjustment *adjustment;
  double         than;
  int            sign;
} Moved;

static gboolean
moved (gpointer data)
{
  Moved *m = data;
  double value = gtk_adjustment_get_value (m->adjustment);

  return m->sign > 0 ? value > m->than : value < m->than;
}

/* Turns the wheel @clicks notches down (or up, negative), as a mouse
 * does (X buttons 5 and 4), over the widget point_at() last pointed at. */
static void
wheel (int clicks)
{
  Count scrolled = { &seen.scrolls, 0 };

  for (int i = 0; i < ABS (clicks); i++)
    {
      scrolled.at_least = seen.scrolls + 1;
      XTestFakeButtonEvent (xdisplay, clicks > 0 ? 5 : 4, True, CurrentTime);
      XTestFakeButtonEvent (xdisplay, clicks > 0 ? 5 : 4, False, CurrentTime);
      XSync (xdisplay, False);
      wait_until (count_reached, &scrolled);
      /* Not yet a wait on a condition: with the notches closer together
       * than this, GTK 4.8's scrolled window applies none of them (the
       * events arrive, the page does not move; not understood yet). */
      spin_for_ms (30);
    }
  wait_for_frames (pointed, 2);
}
#endif

/* ---- the sidebar ------------------------------------------------------- */

static void
assert_sidebar_keeps_width (gboolean in_editor)
{
  HcWindow *window = window_with_plan (hc_template_load ("five-person", NULL), "timeline", 1280, 800);
  HcPlan *plan = hc_document_get_plan (hc_window_get_document (window));
  g_autoptr(HcPosition) first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  g_autofree char *name = long_name ();
  HcDocument *document = hc_window_get_document (window);
  int sidebar, content;

  if (in_editor)
    hc_composition_editor_edit_position (window->editor, hc_position_get_id (first));
  settle (window);
  sidebar = gtk_widget_get_width (GTK_WIDGET (window->editor));
  content = gtk_widget_get_width (GTK_WIDGET (window->view_stack));
  g_assert_cmpint (sidebar, >, 0);

  rename_first_role (window, name);
  settle (window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->editor)), ==, sidebar);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->view_stack)), ==, content);

  /* And a long location, the other free text a row shows. */
  hc_document_begin_edit (document, "Change Location", NULL);
  hc_position_set_location (first, name);
  hc_document_end_edit (document);
  settle (window);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->editor)), ==, sidebar);
  g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (window->view_stack)), ==, content);
  save_look (window, in_editor ? "sidebar-long-editor.png" : "sidebar-long-list.png");
  destroy_window (window);
}

static void
test_sidebar_width_list (void)
{
  assert_sidebar_keeps_width (FALSE);
}

static void
test_sidebar_width_editor (void)
{
  assert_sidebar_keeps_width (TRUE);
}


/* ---- the budget page ----------------------------------------------------- */

static GtkScrolledWindow *
budget_page_scroller (HcWindow *window)
{
  GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window->budget_panel));

  g_assert_true (GTK_IS_SCROLLED_WINDOW (child));
  return GTK_SCROLLED_WINDOW (child);
}

/* Scrolls the page so that @widget's top is @offset pixels below the
 * page's top. */
static void
scroll_page_to (HcWindow  *window,
                GtkWidget *widget,
                double     offset)
{
  GtkScrolledWindow *page = budget_page_scroller (window);
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (page);
  graphene_point_t top;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (page), &GRAPHENE_POINT_INIT (0, 0), &top));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_value (adjustment) + top.y - offset);
  settle (window);
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (root, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_strcmp0 (gtk_label_get_label (labels->pdata[i]), text) == 0)
      return labels->pdata[i];
  return NULL;
}

/* Every column's title lies inside the table as drawn: none is cut off
 * or scrolled out of sight to the right. */
static void
assert_columns_visible (HcWindow *window)
{
  GtkWidget *table = GTK_WIDGET (hc_budget_panel_get_position_table (window->budget_panel));
  static const char * const titles[] = { "Position", "Starts", "Loaded Annual", "First Year" };

  for (guint i = 0; i < G_N_ELEMENTS (titles); i++)
    {
      GtkLabel *title = find_label (table, titles[i]);
      graphene_rect_t bounds;

      g_test_message ("column %s", titles[i]);
      g_assert_nonnull (title);
      g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (title), table, &bounds));
      g_assert_cmpfloat (bounds.origin.x, >=, 0);
      g_assert_cmpfloat (bounds.origin.x + bounds.size.width, <=, gtk_widget_get_width (table));
      /* Its whole text, not an ellipsis. */
      g_assert_cmpint (gtk_widget_get_width (GTK_WIDGET (title)), >=,
                       ({ int min; gtk_widget_measure (GTK_WIDGET (title), GTK_ORIENTATION_HORIZONTAL, -1,
                                                       NULL, &min, NULL, NULL); min; }));
    }
}

static void
assert_wheel_scrolls_page (guint n_positions)
{
  HcWindow *window = window_with_plan (plan_with_positions (n_positions), "budget", 1280, 800);
  GtkWidget *table = GTK_WIDGET (hc_budget_panel_get_position_table (window->budget_panel));
  GtkAdjustment *page = gtk_scrolled_window_get_vadjustment (budget_page_scroller (window));
  double before, after;

  g_assert_cmpuint (hc_position_table_get_n_rows (HC_POSITION_TABLE (table)), ==, n_positions);
  /* The table's top a little below the page's: the pointer goes on its
   * rows, which fill what is left of the page below. */
  scroll_page_to (window, table, 40);
  assert_columns_visible (window);
  {
    g_autofree char *look = g_strdup_printf ("budget-%u.png", n_positions);
    save_look (window, look);
  }
#ifdef GDK_WINDOWING_X11
  point_at (table, 120);
  before = gtk_adjustment_get_value (page);
  wheel (3);
  wait_until (moved, (&(Moved) { page, before, 1 }));
  after = gtk_adjustment_get_value (page);
  g_test_message ("%u positions: page from %.0f to %.0f", n_positions, before, after);
  g_assert_cmpfloat (after, >, before);
  wheel (-3);
  wait_until (moved, (&(Moved) { page, after, -1 }));
  g_assert_cmpfloat (gtk_adjustment_get_value (page), <, after);
#endif
  destroy_window (window);
}

static void
test_budget_wheel_few (void)
{
  if (skip_without_xtest ())
    return;
  assert_wheel_scrolls_page (4);
}

static void
test_budget_wheel_many (void)
{
  if (skip_without_xtest ())
    return;
  assert_wheel_scrolls_page (60);
}

/* A long plan's table scrolls its own rows, at a fixed height, and hands
 * the wheel to the page once its rows end. */
static void
test_budget_wheel_long (void)
{
  HcWindow *window;
  GtkWidget *table;
  GtkAdjustment *page, *rows;
  double before, rows_before;

  if (skip_without_xtest ())
    return;
  window = window_with_plan (plan_with_positions (400), "budget", 1280, 800);
  table = GTK_WIDGET (hc_budget_panel_get_position_table (window->budget_panel));
  page = gtk_scrolled_window_get_vadjustment (budget_page_scroller (window));
  rows = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (gtk_widget_get_first_child (table)));
  /* Most of a screen, not 400 rows' worth. */
  g_assert_cmpint (gtk_widget_get_height (table), <, 800);
  g_assert_cmpint (gtk_widget_get_height (table), >, 400);
  scroll_page_to (window, table, 40);
  assert_columns_visible (window);
#ifdef GDK_WINDOWING_X11
  point_at (table, 120);
  before = gtk_adjustment_get_value (page);
  rows_before = gtk_adjustment_get_value (rows);
  wheel (3);
  wait_until (moved, (&(Moved) { rows, rows_before, 1 }));
  g_assert_cmpfloat (gtk_adjustment_get_value (rows), >, rows_before);
  g_assert_cmpfloat (gtk_adjustment_get_value (page), ==, before);
  /* At the last rows, the page goes on. */
  gtk_adjustment_set_value (rows, gtk_adjustment_get_upper (rows) - gtk_adjustment_get_page_size (rows));
  settle (window);
  wheel (3);
  wait_until (moved, (&(Moved) { page, before, 1 }));
  g_assert_cmpfloat (gtk_adjustment_get_value (page), >, before);
#endif
  destroy_window (window);
}

/* A window of modest width, the sidebar open: every column still shows,
 * the positions' words shortened rather than the figures cut. */
static void
test_budget_columns_narrow (void)
{
  g_autoptr(HcPlan) plan = plan_with_positions (60);
  g_autoptr(HcPosition) first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  g_autofree char *name = long_name ();
  HcWindow *window;

  hc_position_set_location (first, name);
  window = window_with_plan (g_object_ref (plan), "budget", 960, 700);
  g_assert_true (adw_flap_get_reveal_flap (window->flap));
  g_assert_false (adw_flap_get_folded (window->flap));
  scroll_page_to (window, GTK_WIDGET (hc_budget_panel_get_position_table (window->budget_panel)), 40);
  assert_columns_visible (window);
  save_look (window, "budget-narrow.png");
  destroy_window (window);
}

/* ---- the view switcher ---------------------------------------------------- */

static gboolean any_switcher_mapped (HcWindow *window);

static gboolean
switcher_mapped (gpointer window)
{
  return any_switcher_mapped (window);
}

static gboolean
any_switcher_mapped (HcWindow *window)
{
  g_autoptr(GPtrArray) switchers = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (window), ADW_TYPE_VIEW_SWITCHER, switchers);
  g_assert_cmpuint (switchers->len, >, 0);
  for (guint i = 0; i < switchers->len; i++)
    if (gtk_widget_get_mapped (switchers->pdata[i]))
      return TRUE;
  return FALSE;
}

/* The welcome page has nothing to switch between: no switcher, in the
 * header or at the bottom, until a plan is shown. */
static void
test_switcher_only_with_plan (void)
{
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  settle (window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (window->main_stack), ==, "welcome");
  g_assert_false (any_switcher_mapped (window));
  save_look (window, "welcome.png");

  hc_window_set_document (window, document);
  settle (window);
  /* The switcher appears once the page is laid out, a frame or two on. */
  wait_until (switcher_mapped, window);
  destroy_window (window);
}

/* ---- moving a position ------------------------------------------------------ */

static GtkWidget *
find_action_button (GtkWidget  *root,
                    const char *action)
{
  g_autoptr(GPtrArray) buttons = g_ptr_array_new ();

  collect_widgets (root, GTK_TYPE_BUTTON, buttons);
  for (guint i = 0; i < buttons->len; i++)
    if (g_strcmp0 (gtk_actionable_get_action_name (buttons->pdata[i]), action) == 0)
      return buttons->pdata[i];
  return NULL;
}

static guint
index_of (HcPlan     *plan,
          HcPosition *position)
{
  guint index = G_MAXUINT;

  g_assert_true (g_list_store_find (hc_plan_get_positions (plan), position, &index));
  return index;
}

static gboolean
window_active (gpointer window)
{
  return gtk_window_is_active (window);
}

/* The move buttons and Alt+Up/Down move the same position, whichever
 * was used first: a button that goes insensitive at the end of the
 * phase must not take the keyboard's place with it. */
static void
test_move_keys_after_button (void)
{
  HcPlan *plan;
  HcWindow *window;
  g_autoptr(HcPosition) first = NULL;
  GtkWidget *editor, *up;

  if (skip_without_xtest ())
    return;
  plan = hc_template_load ("five-person", NULL);
  first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  /* Three positions in the first phase: the first, then two copies. */
  g_object_unref (hc_plan_edit_duplicate_position (plan, first));
  g_object_unref (hc_plan_edit_duplicate_position (plan, first));
  window = window_with_plan (plan, "timeline", 1280, 800);
  wait_until (window_active, window);
  plan = hc_document_get_plan (hc_window_get_document (window));
  g_assert_cmpuint (index_of (plan, first), ==, 0);

  hc_composition_editor_edit_position (window->editor, hc_position_get_id (first));
  settle (window);
  editor = find_widget (GTK_WIDGET (window->editor), HC_TYPE_POSITION_EDITOR, 0);
  up = find_action_button (editor, "editor.move-up");
  g_assert_nonnull (up);
#ifdef GDK_WINDOWING_X11
  /* Down by the keyboard, back up by the button: up goes insensitive. */
  press_alt (GTK_WIDGET (window), XK_Down);
  g_assert_cmpuint (index_of (plan, first), ==, 1);
  click (up);
  g_assert_cmpuint (index_of (plan, first), ==, 0);
  g_assert_false (gtk_widget_get_sensitive (up));
  /* The keyboard still moves it, both ways. */
  press_alt (GTK_WIDGET (window), XK_Down);
  g_assert_cmpuint (index_of (plan, first), ==, 1);
  press_alt (GTK_WIDGET (window), XK_Down);
  g_assert_cmpuint (index_of (plan, first), ==, 2);
  press_alt (GTK_WIDGET (window), XK_Up);
  g_assert_cmpuint (index_of (plan, first), ==, 1);
  /* And the focus is still in the editor, for the next field. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (window)), editor));
#endif
  destroy_window (window);
}

/* ---- the Timeline's zoom, kept ------------------------------------------------ */

static HcWindow *
timeline_window (void)
{
  HcWindow *window = window_with_plan (hc_template_load ("five-person", NULL), "timeline", 1280, 800);

  _hc_window_ensure_gantt_view (window);
  settle (window);
  return window;
}

/* A window closes with its zoom saved; the next one opens at it. "Fit"
 * is saved as such, not as the width it had at the time. */
static void
test_timeline_zoom_kept (void)
{
  GSettings *settings = hc_application_get_settings (get_app ());
  HcWindow *window;
  double width;

  g_assert_nonnull (settings);
  g_settings_reset (settings, "timeline-week-width");
  window = timeline_window ();
  g_assert_true (hc_gantt_view_get_fit (window->gantt_view));
  hc_gantt_view_zoom_to (window->gantt_view, HC_GANTT_ZOOM_WEEKS);
  hc_gantt_view_zoom_by (window->gantt_view, 1.5, -1);
  width = hc_gantt_view_get_week_width (window->gantt_view);
  g_assert_false (hc_gantt_view_get_fit (window->gantt_view));
  gtk_window_close (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpfloat_with_epsilon (g_settings_get_double (settings, "timeline-week-width"), width, 1e-9);

  window = timeline_window ();
  g_assert_false (hc_gantt_view_get_fit (window->gantt_view));
  g_assert_cmpfloat_with_epsilon (hc_gantt_view_get_week_width (window->gantt_view), width, 1e-9);
  hc_gantt_view_zoom_to (window->gantt_view, HC_GANTT_ZOOM_FIT);
  gtk_window_close (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpfloat (g_settings_get_double (settings, "timeline-week-width"), ==, 0);

  window = timeline_window ();
  g_assert_true (hc_gantt_view_get_fit (window->gantt_view));
  destroy_window (window);
  g_settings_reset (settings, "timeline-week-width");
}

/* ---- drop-down choices ---------------------------------------------------------- */

static gboolean
popover_shown (gpointer popover)
{
  return gtk_widget_get_mapped (popover);
}

/* Saves @widget (a popover, say) as drawn, into HC_LOOK_DIR. */
static void
save_widget_look (GtkWidget  *widget,
                  const char *name)
{
  const char *dir = g_getenv ("HC_LOOK_DIR");
  GtkSnapshot *snapshot;
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = NULL;
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);

  if (dir == NULL)
    return;
  snapshot = gtk_snapshot_new ();
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (gtk_widget_get_native (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  path = g_build_filename (dir, name, NULL);
  g_assert_true (gdk_texture_save_to_png (texture, path));
}

/* Every choice of each of the position editor's drop-downs reads whole,
 * in the list and in the row, where the window has room for it. */
static void
test_dropdown_choices_whole (void)
{
  HcWindow *window = window_with_plan (hc_template_load ("five-person", NULL), "timeline", 1280, 800);
  HcPlan *plan = hc_document_get_plan (hc_window_get_document (window));
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 3);
  g_autoptr(GPtrArray) rows = g_ptr_array_new ();
  GtkWidget *editor;

  hc_composition_editor_edit_position (window->editor, hc_position_get_id (position));
  settle (window);
  editor = find_widget (GTK_WIDGET (window->editor), HC_TYPE_POSITION_EDITOR, 0);
  collect_widgets (editor, ADW_TYPE_COMBO_ROW, rows);
  g_assert_cmpuint (rows->len, ==, 4);
  for (guint r = 0; r < rows->len; r++)
    {
      GtkWidget *row = rows->pdata[r];
      GtkWidget *popover = find_widget (row, GTK_TYPE_POPOVER, 0);
      g_autoptr(GPtrArray) labels = g_ptr_array_new ();
      guint n_choices = g_list_model_get_n_items (adw_combo_row_get_model (ADW_COMBO_ROW (row)));
      guint n_seen = 0;

      g_assert_nonnull (popover);
      gtk_widget_activate (row);
      wait_until (popover_shown, popover);
      settle (window);
      collect_widgets (popover, GTK_TYPE_LABEL, labels);
      for (guint i = 0; i < labels->len; i++)
        {
          GtkLabel *label = labels->pdata[i];

          if (!gtk_widget_get_mapped (GTK_WIDGET (label)) || gtk_label_get_label (label)[0] == '\0')
            continue;
          g_test_message ("choice “%s”: %d px", gtk_label_get_label (label),
                          gtk_widget_get_width (GTK_WIDGET (label)));
          g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
          n_seen++;
        }
      g_assert_cmpuint (n_seen, >=, MIN (n_choices, 4));
      {
        g_autofree char *look = g_strdup_printf ("dropdown-%u.png", r);
        save_widget_look (popover, look);
      }
      gtk_popover_popdown (GTK_POPOVER (popover));
      settle (window);
      /* The chosen item, in the row itself. */
      {
        GtkStringObject *chosen = adw_combo_row_get_selected_item (ADW_COMBO_ROW (row));
        g_autoptr(GPtrArray) row_labels = g_ptr_array_new ();
        gboolean found = FALSE;

        collect_widgets (row, GTK_TYPE_LABEL, row_labels);
        for (guint i = 0; i < row_labels->len; i++)
          {
            GtkLabel *label = row_labels->pdata[i];

            if (gtk_widget_is_ancestor (GTK_WIDGET (label), popover) || !gtk_widget_get_mapped (GTK_WIDGET (label)) ||
                g_strcmp0 (gtk_label_get_label (label), gtk_string_object_get_string (chosen)) != 0)
              continue;
            g_assert_false (pango_layout_is_ellipsized (gtk_label_get_layout (label)));
            found = TRUE;
          }
        g_assert_true (found);
      }
    }
  save_look (window, "editor.png");
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);
  g_test_add_func ("/window-layout/sidebar-width/list", test_sidebar_width_list);
  g_test_add_func ("/window-layout/sidebar-width/editor", test_sidebar_width_editor);
  g_test_add_func ("/window-layout/budget/wheel-few", test_budget_wheel_few);
  g_test_add_func ("/window-layout/budget/wheel-many", test_budget_wheel_many);
  g_test_add_func ("/window-layout/budget/wheel-long", test_budget_wheel_long);
  g_test_add_func ("/window-layout/budget/columns-narrow", test_budget_columns_narrow);
  g_test_add_func ("/window-layout/switcher-only-with-plan", test_switcher_only_with_plan);
  g_test_add_func ("/window-layout/move-keys-after-button", test_move_keys_after_button);
  g_test_add_func ("/window-layout/timeline-zoom-kept", test_timeline_zoom_kept);
  g_test_add_func ("/window-layout/dropdown-choices-whole", test_dropdown_choices_whole);
  status = g_test_run ();
  ui_test_finish ();
  return status;
}
