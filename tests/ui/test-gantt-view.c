/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Timeline page's Gantt view in a real window: what the pointer
 * finds, drags as undo steps, zoom presets, the keyboard, the selection
 * shared with the team list, the tooltip, the plan's order, hover without
 * repainting, and screenshots for a person to look at. */
#define G_LOG_DOMAIN "test-gantt-view"

#include "config.h"

#include <math.h>

#include "hc-application.h"
#include "hc-chart-format.h"
#include "hc-compat.h"
#include "hc-gantt-view-private.h"
#include "hc-plan-edits.h"
#include "hc-team-list.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

static const char *tmp_dir;

static HcWindow *
window_with_template (const char *name,
                      int         width,
                      int         height)
{
  HcWindow *window;
  g_autoptr(HcPlan) plan = hc_template_load (name, NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);

  /* Every test starts from "fit the plan", whatever zoom the last
   * window closed with (a window keeps it for the next). */
  g_settings_reset (hc_application_get_settings (get_app ()), "timeline-week-width");
  window = hc_window_new (GTK_APPLICATION (get_app ()));
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  hc_window_set_document (window, document);
  adw_view_stack_set_visible_child_name (window->view_stack, "timeline");
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  iterate ();
  g_assert_nonnull (window->gantt_view);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window->gantt_view));
  return window;
}

static HcPosition *
position_at (HcWindow *window,
             guint     index)
{
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan_of (window))),
                                                          index);
  return position;
}

static guint
n_positions (HcWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan_of (window))));
}

static double
search_start_of (HcWindow *window,
                 guint     index)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan_of (window));

  for (guint i = 0; i < hc_timeline_get_n_entries (timeline); i++)
    if (hc_timeline_get_entry (timeline, i)->position_index == index)
      return hc_timeline_get_entry (timeline, i)->search_start;
  g_assert_not_reached ();
}

static void
redraw (HcWindow *window)
{
  iterate ();
  gtk_widget_queue_draw (GTK_WIDGET (window->gantt_view));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window->gantt_view));
}

/* ---- hit-testing ----------------------------------------------------- */

static void
test_hit_bars (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcGanttHit hit;
  guint checked = 0;

  for (guint i = 0; i < n_positions (window); i++)
    {
      const char *id = hc_position_get_id (position_at (window, i));
      double x, y, low_x, high_x, ly;

      g_assert_true (hc_gantt_view_get_part_point (view, id, HC_GANTT_HIT_BAR, &x, &y));
      hit = hc_gantt_view_hit (view, x, y);
      g_assert_cmpint (hit.kind, ==, HC_GANTT_HIT_BAR);
      g_assert_cmpuint (hit.position_index, ==, i);
      /* The label column selects the row without gripping a bar. */
      g_assert_true (hc_gantt_view_get_part_point (view, id, HC_GANTT_HIT_POSITION_ROW, &x, &y));
      hit = hc_gantt_view_hit (view, x, y);
      g_assert_cmpint (hit.kind, ==, HC_GANTT_HIT_POSITION_ROW);
      g_assert_cmpuint (hit.position_index, ==, i);

      g_assert_true (hc_gantt_view_get_part_point (view, id, HC_GANTT_HIT_START_LOW, &low_x, &ly));
      g_assert_true (hc_gantt_view_get_part_point (view, id, HC_GANTT_HIT_START_HIGH, &high_x, &ly));
      if (high_x - low_x < 12)
        continue;
      g_assert_cmpint (hc_gantt_view_hit (view, low_x + 1, ly).kind, ==, HC_GANTT_HIT_START_LOW);
      g_assert_cmpint (hc_gantt_view_hit (view, high_x - 1, ly).kind, ==, HC_GANTT_HIT_START_HIGH);
      checked++;
    }
  g_assert_cmpuint (checked, >, 0);
  /* The axis header holds no row. */
  hit = hc_gantt_view_hit (view, 600, 5);
  g_assert_cmpint (hit.kind, ==, HC_GANTT_HIT_NONE);
  destroy_window (window);
}

/* ---- drags ----------------------------------------------------------- */

static void
test_drag_bar_one_undo_step (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcDocument *document = hc_window_get_document (window);
  HcUndoStack *undo = hc_document_get_undo_stack (document);
  const char *id = hc_position_get_id (position_at (window, 1));
  double before = search_start_of (window, 1), ww = hc_gantt_view_get_week_width (view);
  HcRange cost_before = hc_budget_get_first_year (window->budget);
  HcRange cost_during;
  double x, y;

  g_assert_false (hc_undo_stack_can_undo (undo));
  g_assert_true (hc_gantt_view_get_part_point (view, id, HC_GANTT_HIT_BAR, &x, &y));
  g_assert_true (hc_gantt_view_drag_begin (view, x, y));
  /* Several steps of one drag, as the pointer moves. */
  hc_gantt_view_drag_update (view, ww * 1.2);
  hc_gantt_view_drag_update (view, ww * 5.3);
  hc_gantt_view_drag_update (view, ww * 8.1);
  g_assert_cmpfloat_with_epsilon (search_start_of (window, 1), before + 8, 1e-6);
  /* Every figure follows the hand: the window's budget is the new plan's. */
  cost_during = hc_budget_get_first_year (window->budget);
  g_assert_true (cost_during.low != cost_before.low || cost_during.high != cost_before.high);
  hc_gantt_view_drag_end (view);

  g_assert_true (hc_undo_stack_can_undo (undo));
  g_assert_cmpstr (hc_undo_stack_get_undo_label (undo), ==, "Move Search Start");
  g_assert_true (hc_document_undo (document));
  g_assert_cmpfloat_with_epsilon (search_start_of (window, 1), before, 1e-6);
  g_assert_false (hc_undo_stack_can_undo (undo));
  g_assert_cmpfloat (hc_budget_get_first_year (window->budget).low, ==, cost_before.low);
  destroy_window (window);
}

static void
test_drag_escape_cancels (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcDocument *document = hc_window_get_document (window);
  const char *id = hc_position_get_id (position_at (window, 1));
  double before = search_start_of (window, 1), ww = hc_gantt_view_get_week_width (view);
  double x, y;

  g_assert_true (hc_gantt_view_get_part_point (view, id, HC_GANTT_HIT_BAR, &x, &y));
  g_assert_true (hc_gantt_view_drag_begin (view, x, y));
  hc_gantt_view_drag_update (view, ww * 6);
  g_assert_cmpfloat (search_start_of (window, 1), !=, before);
  /* What Escape does. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.cancel-drag", NULL));
  g_assert_cmpfloat_with_epsilon (search_start_of (window, 1), before, 1e-6);
  /* The rest of the gesture moves nothing. */
  hc_gantt_view_drag_update (view, ww * 9);
  hc_gantt_view_drag_end (view);
  g_assert_cmpfloat_with_epsilon (search_start_of (window, 1), before, 1e-6);
  g_assert_false (hc_undo_stack_can_undo (hc_document_get_undo_stack (document)));
  g_assert_false (hc_document_get_modified (document));
  destroy_window (window);
}

static void
test_drag_end_changes_time_to_hire (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcDocument *document = hc_window_get_document (window);
  HcPosition *position = position_at (window, 1);
  HcRange before = hc_plan_get_time_to_hire (plan_of (window), position), after;
  double x, y;

  g_assert_true (hc_gantt_view_get_part_point (view, hc_position_get_id (position), HC_GANTT_HIT_START_HIGH, &x, &y));
  g_assert_true (hc_gantt_view_drag_begin (view, x - 1, y));
  hc_gantt_view_drag_update (view, hc_gantt_view_get_week_width (view) * 3);
  hc_gantt_view_drag_end (view);
  after = hc_plan_get_time_to_hire (plan_of (window), position);
  g_assert_cmpfloat (after.low, ==, before.low);
  g_assert_cmpfloat_with_epsilon (after.high, before.high + 3, 1e-6);
  g_assert_cmpstr (hc_undo_stack_get_undo_label (hc_document_get_undo_stack (document)), ==, "Change Time to Hire");
  destroy_window (window);
}

static gboolean
find_phase_band (HcGanttView *view, double *x, double *y)
{
  int width = gtk_widget_get_width (GTK_WIDGET (view)), height = gtk_widget_get_height (GTK_WIDGET (view));

  for (int j = 0; j < height; j += 4)
    for (int i = width / 3; i < width; i += 8)
      if (hc_gantt_view_hit (view, i, j).kind == HC_GANTT_HIT_PHASE_BAND)
        {
          *x = i;
          *y = j;
          return TRUE;
        }
  return FALSE;
}

static void
test_drag_phase (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcDocument *document = hc_window_get_document (window);
  HcGanttHit hit;
  g_autoptr(HcPhase) phase = NULL;
  guint first;
  double x = 0, y = 0;

  g_assert_true (find_phase_band (view, &x, &y));
  hit = hc_gantt_view_hit (view, x, y);
  phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan_of (window))),
                                 hc_gantt_chart_get_item (view->chart, hit.item_index)->phase_index);
  first = hc_phase_get_first (phase);
  g_assert_true (hc_gantt_view_drag_begin (view, x, y));
  /* Far enough for a phase in months or in weeks. */
  hc_gantt_view_drag_update (view, hc_gantt_view_get_week_width (view) * 2 * HC_WEEKS_PER_MONTH);
  hc_gantt_view_drag_end (view);
  g_assert_cmpuint (hc_phase_get_first (phase), >, first);
  g_assert_cmpstr (hc_undo_stack_get_undo_label (hc_document_get_undo_stack (document)), ==, "Move Phase");
  g_assert_true (hc_document_undo (document));
  g_assert_cmpuint (hc_phase_get_first (phase), ==, first);
  destroy_window (window);
}

/* ---- zoom ------------------------------------------------------------ */

static gboolean
has_label_with_prefix (const HcGanttLayout *layout, const char *prefix)
{
  for (guint i = 0; i < layout->labels->len; i++)
    if (g_str_has_prefix (g_array_index (layout->labels, HcChartLabel, i).text, prefix))
      return TRUE;
  return FALSE;
}

/* The axis header as the view shows it now. */
static HcGanttLayout *
header_layout (HcGanttView *view)
{
  HcGanttOptions options;
  double plot_x, hx;

  _hc_gantt_view_get_options (view, &options);
  plot_x = hc_gantt_layout_get_plot_x (&options);
  hx = gtk_adjustment_get_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (view)));
  return hc_gantt_layout_new_visible (view->chart, &options,
                                      &(HcChartRect) { hx + plot_x, 0, gtk_widget_get_width (GTK_WIDGET (view)) - plot_x,
                                                       hc_gantt_layout_get_header_height (view->chart) });
}

static void
test_zoom_presets (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcGanttLayout *layout;
  double first, last, ww, plot_x, anchor, week_before, week_after;

  /* A plan opens fitted: from its start to its last ramp-up end. */
  hc_gantt_view_get_visible_weeks (view, &first, &last);
  g_assert_cmpfloat (first, ==, 0);
  g_assert_cmpfloat (fabs (last - hc_gantt_view_get_plan_end (view)), <, 0.5);

  hc_gantt_view_zoom_to (view, HC_GANTT_ZOOM_WEEKS);
  redraw (window);
  layout = header_layout (view);
  g_assert_cmpuint (layout->week_ticks->len, >, 0);
  for (guint i = 0; i < layout->week_ticks->len; i++)
    g_assert_true (g_array_index (layout->week_ticks, HcGanttTick, i).labelled);
  /* …and drawn: a number per week on screen. */
  g_assert_true (has_label_with_prefix (layout, "1"));
  g_assert_true (has_label_with_prefix (layout, "2"));
  hc_gantt_layout_free (layout);

  hc_gantt_view_zoom_to (view, HC_GANTT_ZOOM_MONTHS);
  redraw (window);
  layout = header_layout (view);
  /* A month holds its name, as a date ("Apr 2026" or "April 2026"). */
  {
    GDate date = hc_plan_get_start_date (plan_of (window));
    char month_1[32], month_2[32];

    g_date_add_days (&date, 15);
    g_date_strftime (month_1, sizeof month_1, "%b", &date);
    g_date_add_days (&date, 31);
    g_date_strftime (month_2, sizeof month_2, "%b", &date);
    g_assert_true (has_label_with_prefix (layout, month_1));
    g_assert_true (has_label_with_prefix (layout, month_2));
  }
  hc_gantt_layout_free (layout);

  hc_gantt_view_zoom_to (view, HC_GANTT_ZOOM_QUARTERS);
  redraw (window);
  hc_gantt_view_get_visible_weeks (view, &first, &last);
  /* A quarter some 150 pixels: a year and more in a 1280 window. */
  g_assert_cmpfloat (last - first, >, 52);
  g_assert_cmpfloat (fabs (hc_gantt_view_get_week_width (view) * 3 * HC_WEEKS_PER_MONTH - 150), <, 1);

  /* Ctrl+plus, Ctrl+0, through the window's actions. */
  ww = hc_gantt_view_get_week_width (view);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom", "s", "in"));
  g_assert_cmpfloat (hc_gantt_view_get_week_width (view), >, ww);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.zoom", "s", "fit"));
  redraw (window);
  hc_gantt_view_get_visible_weeks (view, &first, &last);
  g_assert_cmpfloat (first, ==, 0);
  g_assert_cmpfloat (fabs (last - hc_gantt_view_get_plan_end (view)), <, 0.5);

  /* Zooming keeps the week under the pointer where it was. */
  plot_x = _hc_gantt_view_plot_x (view);
  anchor = plot_x + 300;
  hc_gantt_view_get_visible_weeks (view, &first, &last);
  week_before = first + (anchor - plot_x) / hc_gantt_view_get_week_width (view);
  hc_gantt_view_zoom_by (view, 3, anchor);
  redraw (window);
  hc_gantt_view_get_visible_weeks (view, &first, &last);
  week_after = first + (anchor - plot_x) / hc_gantt_view_get_week_width (view);
  g_assert_cmpfloat (fabs (week_after - week_before), <, 1.0 / hc_gantt_view_get_week_width (view) + 1e-6);
  destroy_window (window);
}

/* ---- keyboard, selection, menu --------------------------------------- */

static void
test_keyboard (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcDocument *document = hc_window_get_document (window);
  HcGanttChart *chart = view->chart;
  guint first_item = G_MAXUINT, second_item = G_MAXUINT, index;
  HcPosition *position;
  HcRange tth;
  double before;

  for (guint i = 0; i < hc_gantt_chart_get_n_items (chart); i++)
    if (hc_gantt_chart_get_item (chart, i)->kind == HC_GANTT_ITEM_POSITION)
      {
        if (first_item == G_MAXUINT)
          first_item = i;
        else if (second_item == G_MAXUINT)
          second_item = i;
      }
  g_assert_null (hc_gantt_view_get_selected_position (view));
  /* Down from nothing: the first position, skipping the phase's row. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.select", "i", 1));
  index = hc_gantt_chart_get_item (chart, first_item)->position_index;
  g_assert_cmpstr (hc_gantt_view_get_selected_position (view), ==, hc_position_get_id (position_at (window, index)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.select", "i", 1));
  index = hc_gantt_chart_get_item (chart, second_item)->position_index;
  position = position_at (window, index);
  g_assert_cmpstr (hc_gantt_view_get_selected_position (view), ==, hc_position_get_id (position));

  /* Shift+Right: a week (or the phase's month) later, one step. */
  before = search_start_of (window, index);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.move", "i", 1));
  g_assert_cmpfloat (search_start_of (window, index), >, before);
  g_assert_cmpstr (hc_undo_stack_get_undo_label (hc_document_get_undo_stack (document)), ==, "Move Search Start");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.move", "i", -1));
  g_assert_cmpfloat_with_epsilon (search_start_of (window, index), before, 1e-6);

  /* Shift+Alt+Right widens the time to hire, Shift+Alt+Left narrows it. */
  tth = hc_plan_get_time_to_hire (plan_of (window), position);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.widen", "i", 1));
  g_assert_cmpfloat (hc_plan_get_time_to_hire (plan_of (window), position).high, >, tth.high);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.widen", "i", -1));
  g_assert_cmpfloat_with_epsilon (hc_plan_get_time_to_hire (plan_of (window), position).high, tth.high, 1e-6);

  /* Up goes back.  (Each edit made the view a new chart: the old one is
   * gone.) */
  chart = view->chart;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.select", "i", -1));
  index = hc_gantt_chart_get_item (chart, first_item)->position_index;
  g_assert_cmpstr (hc_gantt_view_get_selected_position (view), ==, hc_position_get_id (position_at (window, index)));
  destroy_window (window);
}

static void
test_selection_shared (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcTeamList *team = hc_composition_editor_get_team_list (window->editor);
  const char *a = hc_position_get_id (position_at (window, 0));
  const char *b = hc_position_get_id (position_at (window, 2));
  g_autoptr(HcTeamItem) item = NULL;
  double x, y;

  /* A click on a bar selects it in both. */
  g_assert_true (hc_gantt_view_get_part_point (view, a, HC_GANTT_HIT_BAR, &x, &y));
  _hc_gantt_view_select_item (view, hc_gantt_view_hit (view, x, y).item_index, FALSE);
  g_assert_cmpstr (hc_gantt_view_get_selected_position (view), ==, a);
  g_assert_cmpstr (hc_team_list_get_selected_position (team), ==, a);
  item = g_list_model_get_item (hc_team_list_get_items (team), hc_team_list_find (team, a));
  g_assert_true (hc_team_item_get_selected (item));

  /* Choosing a row in the sidebar selects it in the timeline. */
  g_signal_emit_by_name (team, "activate-position", b);
  g_assert_cmpstr (hc_gantt_view_get_selected_position (view), ==, b);
  g_assert_cmpstr (hc_team_list_get_selected_position (team), ==, b);
  g_assert_false (hc_team_item_get_selected (item));
  destroy_window (window);
}

static void
test_tooltip (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcPlan *plan = plan_of (window);
  HcPosition *position = position_at (window, 0);
  HcRole *role = hc_plan_find_role (plan, hc_position_get_role_id (position));
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  const HcTimelineEntry *entry = NULL;
  g_autofree char *text = hc_gantt_view_dup_tooltip (view, hc_position_get_id (position));
  g_autofree char *cost = NULL;
  g_autofree char *earliest = NULL;
  g_autofree char *count = g_strdup_printf ("Count: %u", hc_position_get_count (position));
  GDate start = hc_plan_get_start_date (plan), date;

  for (guint i = 0; i < hc_timeline_get_n_entries (timeline); i++)
    if (hc_timeline_get_entry (timeline, i)->position_index == 0)
      entry = hc_timeline_get_entry (timeline, i);
  g_assert_nonnull (entry);
  for (guint i = 0; i < hc_budget_get_n_positions (window->budget); i++)
    if (hc_budget_get_position_cost (window->budget, i)->position_index == 0)
      cost = hc_format_money_range_compact (hc_budget_get_position_cost (window->budget, i)->first_year,
                                                  hc_plan_get_currency (plan));
  date = hc_chart_date_for_week (&start, entry->start.low);
  earliest = hc_chart_format_date (&date);

  g_assert_nonnull (text);
  g_test_message ("%s", text);
  g_assert_nonnull (strstr (text, hc_role_get_name (role)));
  g_assert_nonnull (strstr (text, hc_seniority_get_label (hc_position_get_seniority (position))));
  g_assert_nonnull (strstr (text, count));
  g_assert_nonnull (strstr (text, hc_sourcing_get_label (hc_position_get_sourcing (position))));
  g_assert_nonnull (strstr (text, earliest));
  g_assert_nonnull (strstr (text, cost));
  g_assert_nonnull (strstr (text, "Ramp-up ends"));
  destroy_window (window);
}

static gboolean
row_above (HcGanttView *view, const char *a, const char *b)
{
  double xa, ya, xb, yb;

  g_assert_true (hc_gantt_view_get_part_point (view, a, HC_GANTT_HIT_POSITION_ROW, &xa, &ya));
  g_assert_true (hc_gantt_view_get_part_point (view, b, HC_GANTT_HIT_POSITION_ROW, &xb, &yb));
  return ya < yb;
}

static void
test_plan_order (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcDocument *document = hc_window_get_document (window);
  guint n, moved = G_MAXUINT;

  /* Two neighbours of one phase: a position and its copy. */
  hc_document_begin_edit (document, "Duplicate", NULL);
  g_object_unref (hc_plan_edit_duplicate_position (plan_of (window), position_at (window, 0)));
  hc_document_end_edit (document);
  redraw (window);
  n = n_positions (window);
  for (guint i = 1; i < n && moved == G_MAXUINT; i++)
    if (g_strcmp0 (hc_position_get_phase_id (position_at (window, i)),
                   hc_position_get_phase_id (position_at (window, i - 1))) == 0)
      moved = i;
  g_assert_cmpuint (moved, !=, G_MAXUINT);
  {
    g_autofree char *upper = g_strdup (hc_position_get_id (position_at (window, moved - 1)));
    g_autofree char *lower = g_strdup (hc_position_get_id (position_at (window, moved)));

    g_assert_true (row_above (view, upper, lower));
    hc_document_begin_edit (document, "Move Up", NULL);
    g_assert_true (hc_plan_edit_move_position (plan_of (window), position_at (window, moved), -1));
    hc_document_end_edit (document);
    redraw (window);
    g_assert_true (row_above (view, lower, upper));
  }
  destroy_window (window);
}

static void
count_activation (HcGanttView *view, const char *position_id, gpointer data)
{
  g_assert_nonnull (position_id);
  (*(guint *) data)++;
}

static void
test_menu_actions (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  HcDocument *document = hc_window_get_document (window);
  HcUndoStack *undo = hc_document_get_undo_stack (document);
  guint n = n_positions (window);
  g_autoptr(HcPhase) last_phase = NULL;
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan_of (window)));
  g_autofree char *id = g_strdup (hc_position_get_id (position_at (window, 0)));
  HcPosition *position;
  guint activated = 0;

  g_assert_false (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.duplicate", NULL) &&
                  n_positions (window) != n);
  hc_gantt_view_set_selected_position (view, id);

  /* Open (Enter, a double click): the sidebar shows the position. */
  g_signal_connect (view, "activate-position", G_CALLBACK (count_activation), &activated);
  adw_flap_set_reveal_flap (window->flap, FALSE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.open", NULL));
  g_assert_cmpuint (activated, ==, 1);
  g_assert_true (adw_flap_get_reveal_flap (window->flap));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.duplicate", NULL));
  g_assert_cmpuint (n_positions (window), ==, n + 1);
  g_assert_cmpstr (hc_undo_stack_get_undo_label (undo), ==, "Duplicate Position");
  /* The copy is selected now. */
  g_assert_cmpstr (hc_gantt_view_get_selected_position (view), !=, id);

  last_phase = g_list_model_get_item (phases, g_list_model_get_n_items (phases) - 1);
  hc_gantt_view_set_selected_position (view, id);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.move-to-phase", "s",
                                             hc_phase_get_id (last_phase)));
  position = hc_plan_find_position (plan_of (window), id, NULL);
  g_assert_cmpstr (hc_position_get_phase_id (position), ==, hc_phase_get_id (last_phase));
  g_assert_cmpstr (hc_undo_stack_get_undo_label (undo), ==, "Move to Phase");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.remove", NULL));
  g_assert_null (hc_plan_find_position (plan_of (window), id, NULL));
  g_assert_null (hc_gantt_view_get_selected_position (view));
  g_assert_cmpstr (hc_undo_stack_get_undo_label (undo), ==, "Remove Position");
  destroy_window (window);
}

/* ---- drawing --------------------------------------------------------- */

static void
test_hover_paints_nothing (void)
{
  HcWindow *window = window_with_template ("five-person", 1280, 800);
  HcGanttView *view = window->gantt_view;
  guint tiles, layouts, n = hc_gantt_chart_get_n_items (view->chart);

  _hc_gantt_view_set_hover (view, 0);
  redraw (window);
  tiles = hc_gantt_view_get_tiles_painted (view);
  layouts = hc_gantt_view_get_layouts_built (view);
  g_assert_cmpuint (tiles, >, 0);
  for (guint i = 0; i < n; i++)
    {
      _hc_gantt_view_set_hover (view, i);
      gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
    }
  hc_gantt_view_set_selected_position (view, hc_position_get_id (position_at (window, 1)));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (view));
  g_assert_cmpuint (hc_gantt_view_get_tiles_painted (view), ==, tiles);
  g_assert_cmpuint (hc_gantt_view_get_layouts_built (view), ==, layouts);

  /* A change of plan paints again. */
  hc_document_begin_edit (hc_window_get_document (window), "Count", NULL);
  hc_position_set_count (position_at (window, 0), 3);
  hc_document_end_edit (hc_window_get_document (window));
  redraw (window);
  g_assert_cmpuint (hc_gantt_view_get_tiles_painted (view), >, tiles);
  destroy_window (window);
}

/* WCAG's relative luminance and contrast ratio. */
static double
luminance (HcChartColor c)
{
  double rgb[3] = { c.red, c.green, c.blue };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

static double
contrast (HcChartColor a,
          HcChartColor b)
{
  double la = luminance (a), lb = luminance (b);

  return (MAX (la, lb) + 0.05) / (MIN (la, lb) + 0.05);
}

/* Selection, hover and focus take the theme's accent: one that stands
 * out from the chart's background in light and in dark, and a change of
 * appearance paints the timeline again in the new colours. */
static void
test_theme_colours (void)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  HcWindow *window;
  HcGanttView *view;
  HcChartStyle light, dark;
  guint tiles;

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = window_with_template ("five-person", 1280, 800);
  view = window->gantt_view;
  hc_gantt_view_set_selected_position (view, hc_position_get_id (position_at (window, 1)));
  redraw (window);
  hc_compat_get_chart_style (GTK_WIDGET (view), &light);
  g_assert_false (light.dark);
  g_assert_cmpfloat (contrast (light.accent, light.background), >=, 3.0);
  g_assert_cmpfloat (view->style.accent.red, ==, light.accent.red);
  g_assert_cmpfloat (view->style.accent.blue, ==, light.accent.blue);
  tiles = hc_gantt_view_get_tiles_painted (view);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  redraw (window);
  hc_compat_get_chart_style (GTK_WIDGET (view), &dark);
  g_assert_true (dark.dark);
  g_assert_cmpfloat (contrast (dark.accent, dark.background), >=, 3.0);
  g_assert_cmpfloat (luminance (dark.accent), >, luminance (light.accent));
  g_assert_true (view->style.dark);
  g_assert_cmpfloat (view->style.accent.red, ==, dark.accent.red);
  g_assert_cmpfloat (view->style.accent.blue, ==, dark.accent.blue);
  g_assert_cmpuint (hc_gantt_view_get_tiles_painted (view), >, tiles);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  destroy_window (window);
}

/* The view is built after the first frame, not with the window. */
static gboolean
has_gantt_view (gpointer data)
{
  return HC_WINDOW (data)->gantt_view != NULL;
}

static void
test_built_after_first_frame (void)
{
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  GtkWidget *view;

  hc_window_set_document (window, document);
  g_assert_null (window->gantt_view);
  gtk_window_present (GTK_WINDOW (window));
  wait_until (has_gantt_view, window);
  view = GTK_WIDGET (window->gantt_view);
  g_object_add_weak_pointer (G_OBJECT (view), (gpointer *) &view);
  destroy_window (window);
  iterate ();
  /* Nothing keeps the view alive once its window is gone. */
  g_assert_null (view);
}

static void
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  g_autoptr(GdkTexture) texture = save_widget_screenshot (GTK_WIDGET (window), tmp_dir, name);

  assert_shows_style (texture);
}

static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  HcWindow *window;
  const char *id;
  double x, y;

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  window = window_with_template ("five-person", 1280, 800);
  id = hc_position_get_id (position_at (window, 2));
  hc_gantt_view_set_selected_position (window->gantt_view, id);
  g_assert_true (hc_gantt_view_get_part_point (window->gantt_view, hc_position_get_id (position_at (window, 3)),
                                               HC_GANTT_HIT_BAR, &x, &y));
  _hc_gantt_view_set_hover (window->gantt_view, hc_gantt_view_hit (window->gantt_view, x, y).item_index);
  save_screenshot (GTK_WIDGET (window), "timeline-light.png");

  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  redraw (window);
  save_screenshot (GTK_WIDGET (window), "timeline-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);

  /* Zoomed in on the second month, scrolled through time: the labels
   * and the header stay. */
  hc_gantt_view_zoom_to (window->gantt_view, HC_GANTT_ZOOM_MONTHS);
  hc_gantt_view_zoom_by (window->gantt_view, 1.6, -1);
  gtk_adjustment_set_value (gtk_scrollable_get_hadjustment (GTK_SCROLLABLE (window->gantt_view)),
                            4 * hc_gantt_view_get_week_width (window->gantt_view));
  redraw (window);
  save_screenshot (GTK_WIDGET (window), "timeline-zoomed.png");
  destroy_window (window);

  window = window_with_template ("five-person", 360, 720);
  save_screenshot (GTK_WIDGET (window), "timeline-narrow.png");
  destroy_window (window);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_dir = ui_test_init (&argc, &argv);

  g_test_add_func ("/gantt/hit-bars", test_hit_bars);
  g_test_add_func ("/gantt/drag-bar-one-undo-step", test_drag_bar_one_undo_step);
  g_test_add_func ("/gantt/drag-escape-cancels", test_drag_escape_cancels);
  g_test_add_func ("/gantt/drag-end-time-to-hire", test_drag_end_changes_time_to_hire);
  g_test_add_func ("/gantt/drag-phase", test_drag_phase);
  g_test_add_func ("/gantt/zoom-presets", test_zoom_presets);
  g_test_add_func ("/gantt/keyboard", test_keyboard);
  g_test_add_func ("/gantt/selection-shared", test_selection_shared);
  g_test_add_func ("/gantt/tooltip", test_tooltip);
  g_test_add_func ("/gantt/plan-order", test_plan_order);
  g_test_add_func ("/gantt/menu-actions", test_menu_actions);
  g_test_add_func ("/gantt/hover-paints-nothing", test_hover_paints_nothing);
  g_test_add_func ("/gantt/built-after-first-frame", test_built_after_first_frame);
  g_test_add_func ("/gantt/theme-colours", test_theme_colours);
  g_test_add_func ("/gantt/screenshots", test_screenshots);

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
