/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The team sidebar's list with a big plan: a model item per position, a
 * few rows on screen, and edits that update items in place. */
#define G_LOG_DOMAIN "test-team-list"

#include "config.h"

#include "hc-application.h"
#include "hc-plan-edits.h"
#include "hc-team-list.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

#define N_BIG 10000
/* GTK 4.8's list view keeps at most 200 rows around its anchor, plus
 * the few its focus and selection trackers hold, however long the list. */
#define MAX_ROWS 250



/* The five-person template grown to @n positions: each of its positions
 * copied into a block, so that the phases still come in runs. */
static HcPlan *
make_big_plan (guint n)
{
  HcPlan *plan = hc_template_load ("five-person", NULL);
  GListStore *store = hc_plan_get_positions (plan);
  guint n_template = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);

  g_assert_cmpuint (n_template, >, 1);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcPosition) source = g_list_model_get_item (G_LIST_MODEL (store), i * n_template / n);
      HcPosition *copy = hc_position_copy (source);
      g_autofree char *id = g_strdup_printf ("big-%05u", i);

      hc_position_set_id (copy, id);
      g_ptr_array_add (copies, copy);
    }
  g_list_store_splice (store, 0, n_template, copies->pdata, copies->len);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (store)), ==, n);
  return plan;
}

static HcWindow *
window_with_plan (HcPlan *plan)
{
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  hc_window_set_document (window, document);
  /* The budget page: most of these tests are about the sidebar. */
  adw_view_stack_set_visible_child_name (window->view_stack, "budget");
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();
  return window;
}

static HcTeamList *
team_list_of (HcWindow *window)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_widgets (GTK_WIDGET (window->editor), HC_TYPE_TEAM_LIST, found);
  g_assert_cmpuint (found->len, ==, 1);
  return g_ptr_array_index (found, 0);
}

/* Row widgets bound to a position, the only ones that carry its id. */
static guint
count_rows (GtkWidget *root)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += (g_object_get_data (G_OBJECT (child), "hc-position-id") != NULL) + count_rows (child);
  return n;
}

static HcTeamItem *
item_at (HcTeamList *list,
         guint       index)
{
  g_autoptr(HcTeamItem) item = g_list_model_get_item (hc_team_list_get_items (list), index);

  return item; /* the model holds it */
}

static HcPosition *
position_at (HcPlan *plan,
             guint   index)
{
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), index);

  return position; /* the plan holds it */
}

typedef struct {
  guint n_emissions, position, removed, added;
} ItemsChanged;

static void
on_items_changed (GListModel   *model,
                  guint         position,
                  guint         removed,
                  guint         added,
                  ItemsChanged *seen)
{
  seen->n_emissions++;
  seen->position = position;
  seen->removed = removed;
  seen->added = added;
}

static void
count_notify (GObject    *item,
              GParamSpec *pspec,
              guint      *n)
{
  (*n)++;
}

static void
assert_item_shows (HcTeamItem *item,
                   HcPlan     *plan,
                   HcPosition *position)
{
  g_autofree char *title = hc_plan_describe_position (plan, position);

  g_assert_cmpstr (hc_team_item_get_position_id (item), ==, hc_position_get_id (position));
  g_assert_cmpstr (hc_team_item_get_title (item), ==, title);
}

/* 10,000 positions: 10,000 items, a screenful of rows, headings only on
 * each run's first position. */
/* A plan this large has the window follow an edit once typing pauses
 * (HC_WINDOW_REFRESH_PAUSE_MS): wait for that. */
static gboolean
refreshed (gpointer data)
{
  return ((HcWindow *) data)->refresh_timeout == 0;
}

static void
settle (HcWindow *window)
{
  iterate ();
  wait_until (refreshed, window);
}

static void
test_big_plan_virtualised (void)
{
  g_autoptr(HcPlan) plan = make_big_plan (N_BIG);
  HcWindow *window = window_with_plan (plan);
  HcTeamList *list = team_list_of (window);
  GListModel *items = hc_team_list_get_items (list);
  guint rows = count_rows (GTK_WIDGET (list));
  guint headings = 0;

  g_assert_cmpuint (g_list_model_get_n_items (items), ==, N_BIG);
  g_test_message ("%u row widgets for %u positions", rows, N_BIG);
  g_assert_cmpuint (rows, >, 0);
  g_assert_cmpuint (rows, <, MAX_ROWS);
  assert_item_shows (item_at (list, 0), plan, position_at (plan, 0));
  assert_item_shows (item_at (list, N_BIG - 1), plan, position_at (plan, N_BIG - 1));
  g_assert_cmpstr (hc_team_item_get_heading (item_at (list, 0)), ==,
                   hc_phase_get_name (hc_plan_find_phase (plan, hc_position_get_phase_id (position_at (plan, 0)))));
  g_assert_true (hc_team_item_get_place (item_at (list, 0)) & HC_TEAM_PLACE_LIST_START);
  g_assert_true (hc_team_item_get_place (item_at (list, N_BIG - 1)) & HC_TEAM_PLACE_LIST_END);
  for (guint i = 0; i < N_BIG; i++)
    {
      gboolean starts = i == 0 || g_strcmp0 (hc_position_get_phase_id (position_at (plan, i)),
                                             hc_position_get_phase_id (position_at (plan, i - 1))) != 0;

      g_assert_cmpint (hc_team_item_get_heading (item_at (list, i)) != NULL, ==, starts);
      headings += starts;
    }
  g_assert_cmpuint (headings, >=, 2);
  g_assert_cmpuint (headings, <=, 5);
  destroy_window (window);
}

/* A count edit changes one item's title in place: no items-changed, the
 * same item object, a notify on it and none on its neighbour. */
static void
test_count_edit_in_place (void)
{
  g_autoptr(HcPlan) plan = make_big_plan (N_BIG);
  HcWindow *window = window_with_plan (plan);
  HcTeamList *list = team_list_of (window);
  GListModel *items = hc_team_list_get_items (list);
  HcDocument *document = hc_window_get_document (window);
  g_autoptr(HcTeamItem) edited = g_object_ref (item_at (list, 5000));
  HcTeamItem *neighbour = item_at (list, 4999);
  HcPosition *position = position_at (plan, 5000);
  g_autofree char *before = g_strdup (hc_team_item_get_title (edited));
  ItemsChanged seen = { 0 };
  guint edited_notifies = 0, neighbour_notifies = 0;

  g_signal_connect (items, "items-changed", G_CALLBACK (on_items_changed), &seen);
  g_signal_connect (edited, "notify::title", G_CALLBACK (count_notify), &edited_notifies);
  g_signal_connect (neighbour, "notify", G_CALLBACK (count_notify), &neighbour_notifies);
  hc_document_begin_edit (document, "Change Count", NULL);
  hc_position_set_count (position, hc_position_get_count (position) + 6);
  hc_document_end_edit (document);
  settle (window);

  g_assert_cmpuint (seen.n_emissions, ==, 0);
  g_assert_true (item_at (list, 5000) == edited);
  g_assert_cmpstr (hc_team_item_get_title (edited), !=, before);
  assert_item_shows (edited, hc_document_get_plan (document), position);
  g_assert_cmpuint (edited_notifies, ==, 1);
  g_assert_cmpuint (neighbour_notifies, ==, 0);

  /* Removing one position splices out one item, once. */
  hc_document_begin_edit (document, "Remove Position", NULL);
  hc_plan_edit_remove_position (plan, position);
  hc_document_end_edit (document);
  settle (window);
  g_assert_cmpuint (seen.n_emissions, ==, 1);
  g_assert_cmpuint (seen.position, ==, 5000);
  g_assert_cmpuint (seen.removed, ==, 1);
  g_assert_cmpuint (seen.added, ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (items), ==, N_BIG - 1);
  g_assert_true (item_at (list, 4999) == neighbour);
  g_signal_handlers_disconnect_by_data (items, &seen);
  g_signal_handlers_disconnect_by_data (edited, &edited_notifies);
  g_signal_handlers_disconnect_by_data (neighbour, &neighbour_notifies);
  destroy_window (window);
}

/* Leaving the editor of a position far down the list scrolls to its row
 * and focuses it, a row that did not exist before. */
static void
test_focus_far_row (void)
{
  g_autoptr(HcPlan) plan = make_big_plan (N_BIG);
  HcWindow *window = window_with_plan (plan);
  HcTeamList *list = team_list_of (window);
  HcPosition *far = position_at (plan, 9000);
  g_autoptr(GPtrArray) editors = g_ptr_array_new ();
  GtkWidget *focus;

  g_assert_null (hc_team_item_get_row (item_at (list, 9000)));
  hc_composition_editor_edit_position (window->editor, hc_position_get_id (far));
  iterate ();
  collect_widgets (GTK_WIDGET (window->editor), g_type_from_name ("HcPositionEditor"), editors);
  g_assert_cmpuint (editors->len, ==, 1);
  g_signal_emit_by_name (g_ptr_array_index (editors, 0), "done");
  iterate ();
  focus = gtk_root_get_focus (GTK_ROOT (window));
  g_assert_nonnull (focus);
  g_assert_true (focus == hc_team_item_get_row (item_at (list, 9000)));
  g_assert_cmpstr (g_object_get_data (G_OBJECT (focus), "hc-position-id"), ==, hc_position_get_id (far));
  g_assert_cmpuint (count_rows (GTK_WIDGET (list)), <, MAX_ROWS);
  destroy_window (window);
}

/* The timeline of 10,000 positions: a chart hundreds of thousands of
 * pixels tall, of which only the part on screen is drawn (drawn whole it
 * overflowed cairo's surfaces and GL's textures). */
static graphene_rect_t
chart_drawing_bounds (HcWindow *window)
{
  GtkWidget *chart = GTK_WIDGET (window->gantt_view);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (chart);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  graphene_rect_t bounds;

  gdk_paintable_snapshot (paintable, snapshot, gtk_widget_get_width (chart), gtk_widget_get_height (chart));
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  gsk_render_node_get_bounds (node, &bounds);
  return bounds;
}

/* Pixels of the generalists' blue in the window as drawn now. */
static guint
count_bar_pixels (HcWindow *window)
{
  GtkWidget *widget = GTK_WIDGET (window);
  int width = gtk_widget_get_width (widget), height = gtk_widget_get_height (widget);
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (widget);
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  guint count = 0;

  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  /* GTK 4.2x's widget paintable is empty until the window's next frame
   * after a change (seen under load in the Debian testing stage). */
  for (guint frames = 0; node == NULL && frames < 100; frames++)
    {
      wait_for_frames (widget, 1);
      snapshot = gtk_snapshot_new ();
      gdk_paintable_snapshot (paintable, snapshot, width, height);
      node = gtk_snapshot_free_to_node (snapshot);
    }
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  gdk_texture_download (texture, pixels, (gsize) width * 4);
  /* GDK_MEMORY_DEFAULT: B, G, R, A. */
  for (gsize i = 0; i < (gsize) width * height; i++)
    if (pixels[4 * i] > pixels[4 * i + 2] + 80)
      count++;
  return count;
}

static void
test_big_plan_timeline (void)
{
  g_autoptr(HcPlan) plan = make_big_plan (N_BIG);
  HcWindow *window = window_with_plan (plan);
  GtkWidget *scrolled;
  GtkAdjustment *scroll;
  graphene_rect_t drawn;
  HcGanttHit hit;

  adw_view_stack_set_visible_child_name (window->view_stack, "timeline");
  g_assert_nonnull (window->gantt_view);
  scrolled = gtk_widget_get_ancestor (GTK_WIDGET (window->gantt_view), GTK_TYPE_SCROLLED_WINDOW);
  scroll = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scrolled));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();
  /* The view scrolls its rows itself: as tall as the page, its content
   * as tall as every row. */
  g_assert_cmpfloat (gtk_adjustment_get_upper (scroll), >, 100000);
  drawn = chart_drawing_bounds (window);
  g_assert_cmpfloat (drawn.size.height, <=, gtk_widget_get_height (scrolled) + 2);
  g_assert_cmpuint (count_bar_pixels (window), >, 1000);

  /* Scrolled to the middle: the rows there are drawn and under the
   * pointer, no more than a page of them. */
  gtk_adjustment_set_value (scroll, (gtk_adjustment_get_upper (scroll) - gtk_adjustment_get_page_size (scroll)) / 2);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();
  drawn = chart_drawing_bounds (window);
  g_assert_cmpfloat (drawn.size.height, <=, gtk_widget_get_height (scrolled) + 2);
  g_assert_cmpuint (count_bar_pixels (window), >, 1000);
  /* The middle row may be a phase's: the nearest position's row below. */
  for (double y = gtk_widget_get_height (scrolled) / 2.0; y < gtk_widget_get_height (scrolled); y += 6)
    if ((hit = hc_gantt_view_hit (window->gantt_view, 60, y)).position_index != G_MAXUINT)
      break;
  g_assert_cmpuint (hit.position_index, >, N_BIG / 3);
  g_assert_cmpuint (hit.position_index, <, 2 * N_BIG / 3);
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);
  g_test_add_func ("/team-list/big-plan-virtualised", test_big_plan_virtualised);
  g_test_add_func ("/team-list/big-plan-timeline", test_big_plan_timeline);
  g_test_add_func ("/team-list/count-edit-in-place", test_count_edit_in_place);
  g_test_add_func ("/team-list/focus-far-row", test_focus_far_row);
  status = g_test_run ();
  ui_test_finish ();
  return status;
}
