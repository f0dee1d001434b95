/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-gantt-view"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hc-chart-format.h"
#include "hc-gantt-view-private.h"
#include "hc-plan-edits.h"

/* A press that moves less than this is a click, not a drag. */
#define DRAG_THRESHOLD 3.0

/* ---- what a position is, in words ------------------------------------ */

static guint
position_index_of (HcGanttView *self, const char *position_id)
{
  guint index;

  if (self->plan == NULL || position_id == NULL ||
      hc_plan_find_position (self->plan, position_id, &index) == NULL)
    return G_MAXUINT;
  return index;
}

static const HcGanttItem *
item_of (HcGanttView *self, const char *position_id)
{
  guint index, item;

  if (self->plan == NULL || self->chart == NULL || position_id == NULL)
    return NULL;
  if ((index = position_index_of (self, position_id)) == G_MAXUINT ||
      (item = hc_gantt_chart_find_position (self->chart, index)) == G_MAXUINT)
    return NULL;
  return hc_gantt_chart_get_item (self->chart, item);
}

static char *
date_for (HcGanttView *self, double week)
{
  GDate date = hc_chart_date_for_week (hc_gantt_chart_get_start_date (self->chart), week);

  return hc_chart_format_date (&date);
}

static char *
first_year_cost (HcGanttView *self, guint position_index)
{
  g_autofree char *money = NULL;
  guint months = self->budget != NULL ? hc_budget_get_first_year_months (self->budget) : 12;

  for (guint i = 0; self->budget != NULL && i < hc_budget_get_n_positions (self->budget); i++)
    {
      const HcPositionCost *cost = hc_budget_get_position_cost (self->budget, i);
      if (cost->position_index == position_index)
        money = hc_format_money_range_compact (cost->first_year, hc_plan_get_currency (self->plan));
    }
  if (money == NULL)
    money = g_strdup ("—");
  /* A horizon shorter than a year says what its total is (DOMAIN.md). */
  if (months >= 12)
    /* Translators: the last line of a position's tooltip */
    return g_strdup_printf (_("First-year cost: %s"), money);
  /* Translators: the last line of a position's tooltip, for a plan whose
   * horizon is shorter than a year */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Cost in the first %u month: %s",
                                       "Cost in the first %u months: %s", months),
                          months, money);
}

char *
hc_gantt_view_dup_tooltip (HcGanttView *self,
                           const char  *position_id)
{
  const HcGanttItem *item;
  HcPosition *position;
  HcRole *role;
  g_autofree char *search = NULL, *earliest = NULL, *latest = NULL, *ramp_end = NULL, *cost = NULL;

  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), NULL);

  if ((item = item_of (self, position_id)) == NULL)
    return NULL;
  position = hc_plan_find_position (self->plan, position_id, NULL);
  role = hc_plan_find_role (self->plan, hc_position_get_role_id (position));
  search = date_for (self, item->search_start);
  earliest = date_for (self, item->start.low);
  latest = date_for (self, item->start.high);
  ramp_end = date_for (self, item->productive.high);
  cost = first_year_cost (self, item->position_index);
  return g_strdup_printf (_("%s · %s\n"
                            "Count: %u · Location: %s · Sourcing: %s\n"
                            "Search: from %s, %g–%g weeks\n"
                            "Start: earliest %s, latest %s\n"
                            "Ramp-up ends: %s\n"
                            "%s"),
                          role != NULL ? hc_role_get_name (role) : _("Unknown role"),
                          hc_seniority_get_label (hc_position_get_seniority (position)),
                          hc_position_get_count (position),
                          hc_position_get_location (position) != NULL ? hc_position_get_location (position) : "—",
                          hc_sourcing_get_label (hc_position_get_sourcing (position)),
                          search, round (item->start.low - item->search_start),
                          round (item->start.high - item->search_start),
                          earliest, latest, ramp_end, cost);
}

gboolean
_hc_gantt_view_query_tooltip (GtkWidget  *widget,
                              int         x,
                              int         y,
                              gboolean    keyboard,
                              GtkTooltip *tooltip)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  g_autofree char *text = NULL;

  if (keyboard)
    text = self->selected_id != NULL ? hc_gantt_view_dup_tooltip (self, self->selected_id) : NULL;
  else
    {
      HcGanttHit hit = hc_gantt_view_hit (self, x, y);
      HcPosition *position;

      if (hit.position_index != G_MAXUINT &&
          (position = _hc_gantt_view_get_position (self, hit.position_index)) != NULL)
        text = hc_gantt_view_dup_tooltip (self, hc_position_get_id (position));
    }
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* ---- direct manipulation --------------------------------------------- */

static HcPosition *
selected_position (HcGanttView *self)
{
  return self->plan != NULL && self->selected_id != NULL
         ? hc_plan_find_position (self->plan, self->selected_id, NULL) : NULL;
}

static HcRange
time_to_hire_of (HcGanttView *self, HcPosition *position)
{
  /* The resolution's, so that the first backend hire's 6–10 weeks are
   * what a drag starts from, not its role's 4–6. */
  return hc_plan_get_time_to_hire (self->plan, position);
}

/* A week, or a month for a phase that counts in months: the step the
 * core snaps the position's times to. */
static double
step_of (HcGanttView *self, HcPosition *position)
{
  const char *phase_id = hc_position_get_phase_id (position);
  HcPhase *phase = phase_id != NULL ? hc_plan_find_phase (self->plan, phase_id) : NULL;

  return phase != NULL && hc_phase_get_unit (phase) == HC_TIME_UNIT_MONTH ? HC_WEEKS_PER_MONTH : 1.0;
}

static void
clear_drag (HcGanttView *self)
{
  g_clear_object (&self->drag.position);
  g_clear_object (&self->drag.phase);
  memset (&self->drag, 0, sizeof self->drag);
  _hc_gantt_view_update_actions (self);
}

gboolean
hc_gantt_view_drag_begin (HcGanttView *self,
                          double       x,
                          double       y)
{
  HcGanttHit hit;
  const HcGanttItem *item;

  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), FALSE);

  clear_drag (self);
  if (self->document == NULL || self->chart == NULL)
    return FALSE;
  hit = hc_gantt_view_hit (self, x, y);
  if (hit.kind != HC_GANTT_HIT_BAR && hit.kind != HC_GANTT_HIT_START_LOW &&
      hit.kind != HC_GANTT_HIT_START_HIGH && hit.kind != HC_GANTT_HIT_PHASE_BAND)
    return FALSE;
  item = hc_gantt_chart_get_item (self->chart, hit.item_index);
  if (hit.kind == HC_GANTT_HIT_PHASE_BAND)
    {
      if (item->phase_index == G_MAXUINT)
        return FALSE;
      self->drag.phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (self->plan)), item->phase_index);
    }
  else
    {
      self->drag.position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (self->plan)),
                                                   hit.position_index);
      self->drag.search_start = item->search_start;
      self->drag.time_to_hire = time_to_hire_of (self, self->drag.position);
      _hc_gantt_view_select_item (self, hit.item_index, FALSE);
    }
  self->drag.kind = hit.kind;
  _hc_gantt_view_update_actions (self);
  return TRUE;
}

static const char *
drag_label (HcGanttHitKind kind)
{
  switch (kind)
    {
    case HC_GANTT_HIT_BAR: return _("Move Search Start");
    case HC_GANTT_HIT_PHASE_BAND: return _("Move Phase");
    default: return _("Change Time to Hire");
    }
}

static void
apply_drag (HcGanttView *self, double delta)
{
  HcGanttDrag *d = &self->drag;
  HcRange tth = d->time_to_hire;
  double unit;

  switch (d->kind)
    {
    case HC_GANTT_HIT_BAR:
      hc_plan_edit_move_search_start (self->plan, d->position, d->search_start + delta);
      break;
    case HC_GANTT_HIT_START_LOW:
      tth.low = MAX (0, tth.low + delta);
      hc_plan_edit_set_time_to_hire (self->plan, d->position, tth);
      break;
    case HC_GANTT_HIT_START_HIGH:
      tth.high = MAX (0, tth.high + delta);
      hc_plan_edit_set_time_to_hire (self->plan, d->position, tth);
      break;
    case HC_GANTT_HIT_PHASE_BAND:
      unit = hc_phase_get_unit (d->phase) == HC_TIME_UNIT_MONTH ? HC_WEEKS_PER_MONTH : 1.0;
      d->phase_moved += hc_plan_edit_move_phase (self->plan, d->phase, delta - d->phase_moved) * unit;
      break;
    default:
      break;
    }
}

void
hc_gantt_view_drag_update (HcGanttView *self,
                           double       offset_x)
{
  guint serial;

  g_return_if_fail (HC_IS_GANTT_VIEW (self));

  if (self->drag.kind == HC_GANTT_HIT_NONE || self->drag.cancelled)
    return;
  if (!self->drag.started)
    {
      if (fabs (offset_x) < DRAG_THRESHOLD)
        return;
      /* The whole drag is one undo step, named for what it does. */
      hc_document_begin_edit (self->document, drag_label (self->drag.kind), NULL);
      self->drag.started = TRUE;
    }
  serial = self->plan_serial;
  apply_drag (self, offset_x / self->week_width);
  if (serial != self->plan_serial)
    _hc_gantt_view_emit_live_edit (self);
}

void
hc_gantt_view_drag_end (HcGanttView *self)
{
  g_return_if_fail (HC_IS_GANTT_VIEW (self));

  if (self->drag.started && !self->drag.cancelled)
    hc_document_end_edit (self->document);
  clear_drag (self);
}

void
hc_gantt_view_drag_cancel (HcGanttView *self)
{
  g_return_if_fail (HC_IS_GANTT_VIEW (self));

  if (self->drag.started && !self->drag.cancelled)
    hc_document_cancel_edit (self->document);
  if (self->drag.kind != HC_GANTT_HIT_NONE)
    self->drag.cancelled = TRUE;
}

gboolean
hc_gantt_view_get_part_point (HcGanttView   *self,
                              const char    *position_id,
                              HcGanttHitKind part,
                              double        *x,
                              double        *y)
{
  const HcGanttLayout *layout = _hc_gantt_view_get_hit_layout (self);
  const HcGanttRow *row;
  guint index;
  double cx, hx;

  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), FALSE);

  if (layout == NULL || (index = position_index_of (self, position_id)) == G_MAXUINT ||
      (row = hc_gantt_layout_find_row (layout, index)) == NULL)
    return FALSE;
  switch (part)
    {
    case HC_GANTT_HIT_START_LOW: cx = row->start_low_x; break;
    case HC_GANTT_HIT_START_HIGH: cx = row->start_high_x; break;
    case HC_GANTT_HIT_POSITION_ROW: cx = row->rect.x + 20; break;
    default: cx = (row->start_high_x + row->productive_high_x) / 2; break;
    }
  hx = part == HC_GANTT_HIT_POSITION_ROW ? 0 : floor (gtk_adjustment_get_value (self->hadjustment));
  *x = cx - hx;
  *y = row->bar.y + row->bar.height / 2 - floor (gtk_adjustment_get_value (self->vadjustment));
  return *x >= 0 && *x < gtk_widget_get_width (GTK_WIDGET (self));
}

/* ---- gestures -------------------------------------------------------- */

static void
on_drag_begin (GtkGestureDrag *gesture, double x, double y, HcGanttView *self)
{
  if (!hc_gantt_view_drag_begin (self, x, y))
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_DENIED);
}

static void
on_drag_update (GtkGestureDrag *gesture, double offset_x, double offset_y, HcGanttView *self)
{
  if (!self->drag.started && fabs (offset_x) >= DRAG_THRESHOLD)
    gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
  hc_gantt_view_drag_update (self, offset_x);
}

static void
on_drag_end (GtkGestureDrag *gesture, double offset_x, double offset_y, HcGanttView *self)
{
  hc_gantt_view_drag_end (self);
}

static void
popup_menu (HcGanttView *self, double x, double y);

static void
on_click_pressed (GtkGestureClick *gesture, int n_press, double x, double y, HcGanttView *self)
{
  guint button = gtk_gesture_single_get_current_button (GTK_GESTURE_SINGLE (gesture));
  HcGanttHit hit = hc_gantt_view_hit (self, x, y);

  gtk_widget_grab_focus (GTK_WIDGET (self));
  if (hit.position_index != G_MAXUINT)
    _hc_gantt_view_select_item (self, hit.item_index, FALSE);
  else if (button == GDK_BUTTON_PRIMARY && hit.kind == HC_GANTT_HIT_NONE)
    hc_gantt_view_set_selected_position (self, NULL);
  if (button == GDK_BUTTON_SECONDARY)
    popup_menu (self, x, y);
  else if (button == GDK_BUTTON_PRIMARY && n_press == 2 && hit.position_index != G_MAXUINT)
    _hc_gantt_view_emit_activate (self, self->selected_id);
}

static double pointer_x = -1;

static void
on_motion (GtkEventControllerMotion *motion, double x, double y, HcGanttView *self)
{
  HcGanttHit hit = hc_gantt_view_hit (self, x, y);
  const char *cursor = NULL;

  pointer_x = x;
  _hc_gantt_view_set_hover (self, hit.item_index);
  if (hit.kind == HC_GANTT_HIT_START_LOW || hit.kind == HC_GANTT_HIT_START_HIGH)
    cursor = "ew-resize";
  else if (hit.kind == HC_GANTT_HIT_BAR || hit.kind == HC_GANTT_HIT_PHASE_BAND)
    cursor = self->drag.started ? "grabbing" : "grab";
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), cursor);
}

static void
on_leave (GtkEventControllerMotion *motion, HcGanttView *self)
{
  pointer_x = -1;
  _hc_gantt_view_set_hover (self, G_MAXUINT);
}

static gboolean
on_scroll (GtkEventControllerScroll *scroll, double dx, double dy, HcGanttView *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (scroll));

  if (!(state & GDK_CONTROL_MASK) || dy == 0)
    return FALSE;
  _hc_gantt_view_zoom_live (self, pow (1.15, -dy), pointer_x);
  return TRUE;
}

static void
on_pinch_begin (GtkGesture *gesture, GdkEventSequence *sequence, HcGanttView *self)
{
  self->pinch_start_width = self->week_width;
}

static void
on_pinch_scale (GtkGestureZoom *gesture, double scale, HcGanttView *self)
{
  double x, y;

  if (!gtk_gesture_get_bounding_box_center (GTK_GESTURE (gesture), &x, &y))
    x = -1;
  _hc_gantt_view_zoom_live (self, self->pinch_start_width * scale / self->week_width, x);
}

/* ---- keyboard -------------------------------------------------------- */

static guint
current_item (HcGanttView *self)
{
  const HcGanttItem *item = item_of (self, self->selected_id);
  guint index;

  if (item == NULL)
    return G_MAXUINT;
  index = position_index_of (self, self->selected_id);
  return hc_gantt_chart_find_position (self->chart, index);
}

static void
action_select (GtkWidget *widget, const char *name, GVariant *args)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  int dir = g_variant_get_int32 (args);
  guint n, i;

  if (self->chart == NULL || (n = hc_gantt_chart_get_n_items (self->chart)) == 0)
    return;
  i = current_item (self);
  if (i == G_MAXUINT)
    i = dir > 0 ? G_MAXUINT : n;
  /* Phase rows are headings: the selection walks positions only. */
  do
    i += dir;
  while (i < n && hc_gantt_chart_get_item (self->chart, i)->kind != HC_GANTT_ITEM_POSITION);
  if (i < n)
    _hc_gantt_view_select_item (self, i, TRUE);
}

static void
action_move (GtkWidget *widget, const char *name, GVariant *args)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  HcPosition *position = selected_position (self);
  const HcGanttItem *item = item_of (self, self->selected_id);
  int dir = g_variant_get_int32 (args);

  if (position == NULL || item == NULL || self->document == NULL)
    return;
  hc_document_begin_edit (self->document, _("Move Search Start"), NULL);
  hc_plan_edit_move_search_start (self->plan, position, item->search_start + dir * step_of (self, position));
  hc_document_end_edit (self->document);
}

static void
action_widen (GtkWidget *widget, const char *name, GVariant *args)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  HcPosition *position = selected_position (self);
  int dir = g_variant_get_int32 (args);
  HcRange tth;

  if (position == NULL || self->document == NULL)
    return;
  tth = time_to_hire_of (self, position);
  tth.high = MAX (tth.low, tth.high + dir * step_of (self, position));
  hc_document_begin_edit (self->document, _("Change Time to Hire"), NULL);
  hc_plan_edit_set_time_to_hire (self->plan, position, tth);
  hc_document_end_edit (self->document);
}

static void
action_scroll_time (GtkWidget *widget, const char *name, GVariant *args)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);

  if (self->hadjustment == NULL)
    return;
  gtk_adjustment_set_value (self->hadjustment, gtk_adjustment_get_value (self->hadjustment) +
                                               g_variant_get_int32 (args) * self->week_width * 4);
}

static void
action_cancel_drag (GtkWidget *widget, const char *name, GVariant *args)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);

  if (self->drag.kind == HC_GANTT_HIT_NONE || self->drag.cancelled)
    return;
  hc_gantt_view_drag_cancel (self);
}


static void
action_menu (GtkWidget *widget, const char *name, GVariant *args)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  double x, y;

  /* From the keyboard: at the selected bar, else near the top middle. */
  if (self->selected_id == NULL ||
      !hc_gantt_view_get_part_point (self, self->selected_id, HC_GANTT_HIT_BAR, &x, &y))
    {
      x = gtk_widget_get_width (widget) / 2.0;
      y = MIN (gtk_widget_get_height (widget) / 4.0, 120);
    }
  popup_menu (self, x, y);
}

/* ---- actions and the context menu ------------------------------------ */

static void
action_open (GtkWidget *widget, const char *name, GVariant *param)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);

  if (self->selected_id != NULL)
    _hc_gantt_view_emit_activate (self, self->selected_id);
}

static void
action_duplicate (GtkWidget *widget, const char *name, GVariant *param)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  HcPosition *position = selected_position (self);
  g_autoptr(HcPosition) copy = NULL;
  g_autofree char *id = NULL;

  if (position == NULL)
    return;
  hc_document_begin_edit (self->document, _("Duplicate Position"), NULL);
  copy = hc_plan_edit_duplicate_position (self->plan, position);
  id = g_strdup (hc_position_get_id (copy));
  hc_document_end_edit (self->document);
  hc_gantt_view_set_selected_position (self, id);
}

static void
action_remove (GtkWidget *widget, const char *name, GVariant *param)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  HcPosition *position = selected_position (self);

  if (position == NULL)
    return;
  hc_document_begin_edit (self->document, _("Remove Position"), NULL);
  hc_plan_edit_remove_position (self->plan, position);
  hc_document_end_edit (self->document);
}

static void
action_move_to_phase (GtkWidget *widget, const char *name, GVariant *param)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  HcPosition *position = selected_position (self);
  const char *phase_id = g_variant_get_string (param, NULL);

  if (position == NULL || hc_plan_find_phase (self->plan, phase_id) == NULL)
    return;
  hc_document_begin_edit (self->document, _("Move to Phase"), NULL);
  hc_plan_edit_set_phase (self->plan, position, phase_id);
  hc_document_end_edit (self->document);
}

static void
action_zoom (GtkWidget *widget, const char *name, GVariant *param)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  const char *preset = g_variant_get_string (param, NULL);

  if (g_str_equal (preset, "weeks"))
    hc_gantt_view_zoom_to (self, HC_GANTT_ZOOM_WEEKS);
  else if (g_str_equal (preset, "months"))
    hc_gantt_view_zoom_to (self, HC_GANTT_ZOOM_MONTHS);
  else if (g_str_equal (preset, "quarters"))
    hc_gantt_view_zoom_to (self, HC_GANTT_ZOOM_QUARTERS);
  else if (g_str_equal (preset, "fit"))
    hc_gantt_view_zoom_to (self, HC_GANTT_ZOOM_FIT);
  else if (g_str_equal (preset, "in"))
    hc_gantt_view_zoom_by (self, 1.25, -1);
  else if (g_str_equal (preset, "out"))
    hc_gantt_view_zoom_by (self, 0.8, -1);
}

static GMenuModel *
build_menu (HcGanttView *self)
{
  GMenu *menu = g_menu_new ();
  g_autoptr(GMenu) phases = g_menu_new ();
  g_autoptr(GMenu) edit = g_menu_new ();
  g_autoptr(GMenu) remove = g_menu_new ();
  g_autoptr(GMenu) chart = g_menu_new ();
  GListModel *list = G_LIST_MODEL (hc_plan_get_phases (self->plan));

  /* The whole chart, wherever the click: the window's Copy Chart. */
  g_menu_append (chart, _("_Copy Chart"), "win.copy-chart");
  if (self->selected_id == NULL)
    {
      g_menu_append_section (menu, NULL, G_MENU_MODEL (chart));
      return G_MENU_MODEL (menu);
    }
  g_menu_append (edit, _("_Open"), "gantt.open");
  g_menu_append (edit, _("_Duplicate"), "gantt.duplicate");
  for (guint i = 0; i < g_list_model_get_n_items (list); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (list, i);
      g_autoptr(GMenuItem) item = g_menu_item_new (hc_phase_get_name (phase), NULL);

      g_menu_item_set_action_and_target (item, "gantt.move-to-phase", "s", hc_phase_get_id (phase));
      g_menu_append_item (phases, item);
    }
  if (g_list_model_get_n_items (list) > 0)
    g_menu_append_submenu (edit, _("_Move to Phase"), G_MENU_MODEL (phases));
  g_menu_append (remove, _("_Remove"), "gantt.remove");
  g_menu_append_section (menu, NULL, G_MENU_MODEL (edit));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (remove));
  g_menu_append_section (menu, NULL, G_MENU_MODEL (chart));
  return G_MENU_MODEL (menu);
}

static void
popup_menu (HcGanttView *self, double x, double y)
{
  g_autoptr(GMenuModel) model = NULL;

  if (self->plan == NULL)
    return;
  model = build_menu (self);
  g_clear_pointer (&self->menu, gtk_widget_unparent);
  self->menu = gtk_popover_menu_new_from_model (model);
  gtk_widget_set_parent (self->menu, GTK_WIDGET (self));
  gtk_popover_set_has_arrow (GTK_POPOVER (self->menu), FALSE);
  gtk_popover_set_pointing_to (GTK_POPOVER (self->menu), &(GdkRectangle) { (int) x, (int) y, 1, 1 });
  gtk_popover_popup (GTK_POPOVER (self->menu));
}

void
_hc_gantt_view_update_actions (HcGanttView *self)
{
  gboolean selected = selected_position (self) != NULL && self->document != NULL;

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gantt.open", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gantt.duplicate", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gantt.remove", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gantt.move-to-phase", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gantt.move", selected);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gantt.widen", selected);
  /* With nothing selected the menu still offers Copy Chart. */
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gantt.menu", self->plan != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "gantt.cancel-drag", self->drag.kind != HC_GANTT_HIT_NONE);
}

static void
bind (GtkWidgetClass *widget_class, guint keyval, GdkModifierType mods, const char *action, int arg)
{
  if (g_str_equal (action, "gantt.open") || g_str_equal (action, "gantt.cancel-drag") ||
      g_str_equal (action, "gantt.menu"))
    gtk_widget_class_add_binding_action (widget_class, keyval, mods, action, NULL);
  else
    gtk_widget_class_add_binding_action (widget_class, keyval, mods, action, "i", arg);
}

void
_hc_gantt_view_class_init_input (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "gantt.open", NULL, action_open);
  gtk_widget_class_install_action (widget_class, "gantt.duplicate", NULL, action_duplicate);
  gtk_widget_class_install_action (widget_class, "gantt.remove", NULL, action_remove);
  gtk_widget_class_install_action (widget_class, "gantt.move-to-phase", "s", action_move_to_phase);
  gtk_widget_class_install_action (widget_class, "gantt.zoom", "s", action_zoom);
  /* The keyboard's: each an action, so a test or a menu can drive it. */
  gtk_widget_class_install_action (widget_class, "gantt.select", "i", action_select);
  gtk_widget_class_install_action (widget_class, "gantt.move", "i", action_move);
  gtk_widget_class_install_action (widget_class, "gantt.widen", "i", action_widen);
  gtk_widget_class_install_action (widget_class, "gantt.scroll-time", "i", action_scroll_time);
  gtk_widget_class_install_action (widget_class, "gantt.cancel-drag", NULL, action_cancel_drag);
  gtk_widget_class_install_action (widget_class, "gantt.menu", NULL, action_menu);

  bind (widget_class, GDK_KEY_Up, 0, "gantt.select", -1);
  bind (widget_class, GDK_KEY_Down, 0, "gantt.select", 1);
  bind (widget_class, GDK_KEY_Left, 0, "gantt.scroll-time", -1);
  bind (widget_class, GDK_KEY_Right, 0, "gantt.scroll-time", 1);
  bind (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK, "gantt.move", -1);
  bind (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK, "gantt.move", 1);
  bind (widget_class, GDK_KEY_Left, GDK_SHIFT_MASK | GDK_ALT_MASK, "gantt.widen", -1);
  bind (widget_class, GDK_KEY_Right, GDK_SHIFT_MASK | GDK_ALT_MASK, "gantt.widen", 1);
  bind (widget_class, GDK_KEY_Escape, 0, "gantt.cancel-drag", 0);
  bind (widget_class, GDK_KEY_Return, 0, "gantt.open", 0);
  bind (widget_class, GDK_KEY_KP_Enter, 0, "gantt.open", 0);
  bind (widget_class, GDK_KEY_Menu, 0, "gantt.menu", 0);
  bind (widget_class, GDK_KEY_F10, GDK_SHIFT_MASK, "gantt.menu", 0);
}

void
_hc_gantt_view_init_input (HcGanttView *self)
{
  GtkWidget *widget = GTK_WIDGET (self);
  GtkGesture *click = gtk_gesture_click_new ();
  GtkGesture *drag = gtk_gesture_drag_new ();
  GtkGesture *pinch = gtk_gesture_zoom_new ();
  GtkEventController *motion = gtk_event_controller_motion_new ();
  GtkEventController *scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_VERTICAL);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), 0);
  g_signal_connect (click, "pressed", G_CALLBACK (on_click_pressed), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (click));
  g_signal_connect (drag, "drag-begin", G_CALLBACK (on_drag_begin), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (on_drag_update), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (on_drag_end), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (drag));
  g_signal_connect (pinch, "begin", G_CALLBACK (on_pinch_begin), self);
  g_signal_connect (pinch, "scale-changed", G_CALLBACK (on_pinch_scale), self);
  gtk_widget_add_controller (widget, GTK_EVENT_CONTROLLER (pinch));
  g_signal_connect (motion, "motion", G_CALLBACK (on_motion), self);
  g_signal_connect (motion, "leave", G_CALLBACK (on_leave), self);
  gtk_widget_add_controller (widget, motion);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (widget, scroll);
  /* The focus ring is drawn with the overlay. */
  g_signal_connect_swapped (focus, "enter", G_CALLBACK (gtk_widget_queue_draw), self);
  g_signal_connect_swapped (focus, "leave", G_CALLBACK (gtk_widget_queue_draw), self);
  gtk_widget_add_controller (widget, focus);
  _hc_gantt_view_update_actions (self);
}
