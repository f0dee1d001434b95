/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-edits"

#include "config.h"

#include <math.h>

#include <glib/gi18n-lib.h>

#include "hc-calendar.h"
#include "hc-error.h"
#include "hc-plan-edits.h"
#include "hc-plan-private.h"

static guint
index_of (GListStore *store,
          gpointer    item)
{
  guint index = G_MAXUINT;

  if (!g_list_store_find (store, item, &index))
    return G_MAXUINT;
  return index;
}

/* Where a new position of @phase_id goes: after the phase's last one, or
 * before the first position of a later phase, or at the end. */
static guint
insertion_point (HcPlan     *plan,
                 const char *phase_id)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan));
  HcPhase *phase = hc_plan_find_phase (plan, phase_id);
  guint phase_index = phase != NULL ? index_of (G_LIST_STORE (phases), phase) : G_MAXUINT;
  guint n = g_list_model_get_n_items (positions);
  guint point = n;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcPosition) p = g_list_model_get_item (positions, i);
      HcPhase *other = hc_plan_find_phase (plan, hc_position_get_phase_id (p));
      guint other_index = other != NULL ? index_of (G_LIST_STORE (phases), other) : G_MAXUINT;

      if (g_strcmp0 (hc_position_get_phase_id (p), phase_id) == 0)
        point = i + 1;
      else if (point == n && phase_index != G_MAXUINT && other_index > phase_index &&
               other_index != G_MAXUINT)
        point = i;
    }
  return MIN (point, n);
}

HcPosition *
hc_plan_edit_add_position (HcPlan     *plan,
                           const char *phase_id)
{
  GListStore *roles = hc_plan_get_roles (plan);
  GListStore *phases = hc_plan_get_phases (plan);
  g_autoptr(HcRole) role = NULL;
  g_autoptr(HcPhase) first_phase = NULL;
  g_autofree char *id = NULL;
  HcPosition *position;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  role = g_list_model_get_item (G_LIST_MODEL (roles), 0);
  if (phase_id == NULL && (first_phase = g_list_model_get_item (G_LIST_MODEL (phases), 0)))
    phase_id = hc_phase_get_id (first_phase);
  id = hc_plan_make_unique_id (plan, G_LIST_MODEL (hc_plan_get_positions (plan)), "pos");
  position = hc_position_new (id, role != NULL ? hc_role_get_id (role) : "",
                              HC_SENIORITY_MID, phase_id != NULL ? phase_id : "");
  g_list_store_insert (hc_plan_get_positions (plan),
                       insertion_point (plan, phase_id), position);
  return position;
}

HcPosition *
hc_plan_edit_duplicate_position (HcPlan     *plan,
                                 HcPosition *position)
{
  GListStore *positions = hc_plan_get_positions (plan);
  g_autofree char *id = NULL;
  HcPosition *copy;
  guint index;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HC_IS_POSITION (position), NULL);

  index = index_of (positions, position);
  g_return_val_if_fail (index != G_MAXUINT, NULL);
  id = hc_plan_make_unique_id (plan, G_LIST_MODEL (positions), "pos");
  copy = hc_position_copy (position);
  hc_position_set_id (copy, id);
  g_list_store_insert (positions, index + 1, copy);
  return copy;
}

void
hc_plan_edit_remove_position (HcPlan     *plan,
                              HcPosition *position)
{
  guint index;

  g_return_if_fail (HC_IS_PLAN (plan));

  index = index_of (hc_plan_get_positions (plan), position);
  g_return_if_fail (index != G_MAXUINT);
  g_list_store_remove (hc_plan_get_positions (plan), index);
}

gboolean
hc_plan_edit_move_position (HcPlan     *plan,
                            HcPosition *position,
                            int         delta)
{
  GListStore *positions = hc_plan_get_positions (plan);
  g_autoptr(HcPosition) keep = NULL;
  g_autoptr(HcPosition) neighbour = NULL;
  guint index, target;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (delta == -1 || delta == 1, FALSE);

  index = index_of (positions, position);
  g_return_val_if_fail (index != G_MAXUINT, FALSE);
  if ((delta < 0 && index == 0) ||
      (delta > 0 && index + 1 >= g_list_model_get_n_items (G_LIST_MODEL (positions))))
    return FALSE;
  target = index + delta;
  neighbour = g_list_model_get_item (G_LIST_MODEL (positions), target);
  if (g_strcmp0 (hc_position_get_phase_id (neighbour), hc_position_get_phase_id (position)) != 0)
    return FALSE;
  keep = g_object_ref (position);
  _hc_plan_freeze_changed (plan);
  g_list_store_remove (positions, index);
  g_list_store_insert (positions, target, keep);
  _hc_plan_thaw_changed (plan);
  return TRUE;
}

void
hc_plan_edit_set_phase (HcPlan     *plan,
                        HcPosition *position,
                        const char *phase_id)
{
  GListStore *positions = hc_plan_get_positions (plan);
  g_autoptr(HcPosition) keep = NULL;
  guint index;

  g_return_if_fail (HC_IS_PLAN (plan));
  g_return_if_fail (phase_id != NULL);

  if (g_strcmp0 (hc_position_get_phase_id (position), phase_id) == 0)
    return;
  index = index_of (positions, position);
  g_return_if_fail (index != G_MAXUINT);
  keep = g_object_ref (position);
  _hc_plan_freeze_changed (plan);
  g_list_store_remove (positions, index);
  hc_position_set_phase_id (keep, phase_id);
  g_list_store_insert (positions, insertion_point (plan, phase_id), keep);
  _hc_plan_thaw_changed (plan);
}

HcRole *
hc_plan_edit_add_role (HcPlan     *plan,
                       const char *name)
{
  GListStore *roles = hc_plan_get_roles (plan);
  g_autofree char *id = hc_plan_make_unique_id (plan, G_LIST_MODEL (roles), "role");
  g_autoptr(HcRole) template = g_list_model_get_item (G_LIST_MODEL (roles), 0);
  HcRole *role = hc_role_new (id, name, HC_ROLE_KIND_GENERALIST);

  /* Start from the first role's figures: a plausible range beats zeros,
   * which the plan checks would read as a free engineer. */
  for (guint s = 0; template != NULL && s < HC_N_SENIORITIES; s++)
    {
      hc_role_set_salary (role, s, hc_role_get_salary (template, s));
      hc_role_set_ramp_up (role, s, hc_role_get_ramp_up (template, s));
    }
  if (template != NULL)
    hc_role_set_time_to_hire (role, hc_role_get_time_to_hire (template));
  g_list_store_append (roles, role);
  return role;
}

HcPhase *
hc_plan_edit_add_phase (HcPlan     *plan,
                        const char *name)
{
  GListStore *phases = hc_plan_get_phases (plan);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (phases));
  g_autoptr(HcPhase) last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (phases), n - 1) : NULL;
  g_autofree char *id = hc_plan_make_unique_id (plan, G_LIST_MODEL (phases), "phase");
  HcPhase *phase;

  if (last != NULL)
    phase = hc_phase_new (id, name, hc_phase_get_unit (last),
                          hc_phase_get_last (last), hc_phase_get_last (last) + 2);
  else
    phase = hc_phase_new (id, name, HC_TIME_UNIT_WEEK, 1, 8);
  g_list_store_append (phases, phase);
  return phase;
}

typedef const char *(*HcPositionRef) (HcPosition *position);

static GPtrArray *
find_users (HcPlan        *plan,
            HcPositionRef  get_ref,
            const char    *id)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  GPtrArray *users = g_ptr_array_new ();
  guint n = g_list_model_get_n_items (positions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);

      if (g_strcmp0 (get_ref (position), id) == 0)
        g_ptr_array_add (users, position); /* the plan holds it */
    }
  return users;
}

GPtrArray *
hc_plan_edit_find_role_users (HcPlan *plan,
                              HcRole *role)
{
  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HC_IS_ROLE (role), NULL);

  return find_users (plan, hc_position_get_role_id, hc_role_get_id (role));
}

GPtrArray *
hc_plan_edit_find_phase_users (HcPlan  *plan,
                               HcPhase *phase)
{
  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (HC_IS_PHASE (phase), NULL);

  return find_users (plan, hc_position_get_phase_id, hc_phase_get_id (phase));
}

/* Enough for a person to find them, short enough for a dialog. */
char *
hc_plan_edit_describe_positions (HcPlan    *plan,
                                 GPtrArray *users)
{
  guint shown;
  g_autoptr(GString) names = g_string_new (NULL);

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (users != NULL, NULL);

  shown = MIN (users->len, 4);
  for (guint i = 0; i < shown; i++)
    {
      g_autofree char *name = hc_plan_describe_position (plan, g_ptr_array_index (users, i));

      if (i > 0)
        g_string_append (names, _(", "));
      g_string_append (names, name);
    }
  if (users->len > shown)
    {
      guint more = users->len - shown;

      /* Translators: the end of a list of positions, after the first few */
      g_string_append_printf (names, g_dngettext (GETTEXT_PACKAGE, " and %u more", " and %u more", more),
                              more);
    }
  return g_string_free (g_steal_pointer (&names), FALSE);
}

typedef enum
{
  REMOVAL_OK,
  REMOVAL_LAST,      /* the list's only item */
  REMOVAL_NO_TARGET, /* positions use it and have nowhere to go */
} RemovalVerdict;

static RemovalVerdict
judge_removal (GListStore *store,
               gpointer    item,
               GPtrArray  *users,
               gpointer    replacement)
{
  /* Positions in the way are named first: they are what a person must
   * change before the item can go. */
  if (users->len > 0 && (replacement == NULL || replacement == item))
    return REMOVAL_NO_TARGET;
  if (g_list_model_get_n_items (G_LIST_MODEL (store)) <= 1)
    return REMOVAL_LAST;
  return REMOVAL_OK;
}

gboolean
hc_plan_edit_remove_role (HcPlan      *plan,
                          HcRole      *role,
                          const char  *replacement_id,
                          GError     **error)
{
  GListStore *roles;
  g_autoptr(GPtrArray) users = NULL;
  g_autofree char *names = NULL;
  guint index;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (HC_IS_ROLE (role), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  roles = hc_plan_get_roles (plan);
  index = index_of (roles, role);
  g_return_val_if_fail (index != G_MAXUINT, FALSE);
  users = hc_plan_edit_find_role_users (plan, role);
  switch (judge_removal (roles, role, users, hc_plan_find_role (plan, replacement_id)))
    {
    case REMOVAL_LAST:
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID,
                   _("The role “%s” cannot be removed: a plan needs at least one role."),
                   hc_role_get_name (role));
      return FALSE;
    case REMOVAL_NO_TARGET:
      names = hc_plan_edit_describe_positions (plan, users);
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID,
                   _("The role “%s” cannot be removed: it is used by %s; there is no other role to give them."),
                   hc_role_get_name (role), names);
      return FALSE;
    case REMOVAL_OK:
    default:
      break;
    }

  _hc_plan_freeze_changed (plan);
  for (guint i = 0; i < users->len; i++)
    hc_position_set_role_id (g_ptr_array_index (users, i), replacement_id);
  g_list_store_remove (roles, index);
  _hc_plan_thaw_changed (plan);
  return TRUE;
}

gboolean
hc_plan_edit_remove_phase (HcPlan      *plan,
                           HcPhase     *phase,
                           const char  *replacement_id,
                           GError     **error)
{
  GListStore *phases;
  g_autoptr(GPtrArray) users = NULL;
  g_autoptr(HcPhase) keep = NULL;
  g_autofree char *names = NULL;
  guint index;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (HC_IS_PHASE (phase), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  phases = hc_plan_get_phases (plan);
  index = index_of (phases, phase);
  g_return_val_if_fail (index != G_MAXUINT, FALSE);
  users = hc_plan_edit_find_phase_users (plan, phase);
  switch (judge_removal (phases, phase, users, hc_plan_find_phase (plan, replacement_id)))
    {
    case REMOVAL_LAST:
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID,
                   _("The phase “%s” cannot be removed: a plan needs at least one phase."),
                   hc_phase_get_name (phase));
      return FALSE;
    case REMOVAL_NO_TARGET:
      names = hc_plan_edit_describe_positions (plan, users);
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID,
                   _("The phase “%s” cannot be removed: it holds %s; there is no other phase to move them to."),
                   hc_phase_get_name (phase), names);
      return FALSE;
    case REMOVAL_OK:
    default:
      break;
    }

  keep = g_object_ref (phase);
  _hc_plan_freeze_changed (plan);
  /* Out of the list first: the moved positions then go after the other
   * phase's own, as a position moved there by hand would. */
  g_list_store_remove (phases, index);
  for (guint i = 0; i < users->len; i++)
    hc_plan_edit_set_phase (plan, g_ptr_array_index (users, i), replacement_id);
  _hc_plan_thaw_changed (plan);
  return TRUE;
}

static gboolean
counts_in_months (HcPlan     *plan,
                  HcPosition *position)
{
  HcPhase *phase = hc_plan_find_phase (plan, hc_position_get_phase_id (position));

  return phase != NULL && hc_phase_get_unit (phase) == HC_TIME_UNIT_MONTH;
}

/* The step a duration snaps to for a position: its phase's unit.  A
 * duration has no calendar position, so a month of it is the mean month;
 * dates snap to the plan's calendar months instead (snap_date()). */
static double
snap_step (HcPlan     *plan,
           HcPosition *position)
{
  return counts_in_months (plan, position) ? HC_WEEKS_PER_MONTH : 1.0;
}

static double
snap (double value,
      double step)
{
  return round (value / step) * step;
}

double
hc_plan_edit_move_search_start (HcPlan     *plan,
                                HcPosition *position,
                                double      week)
{
  HcPhase *phase;
  double phase_start;
  GDate start;

  g_return_val_if_fail (HC_IS_PLAN (plan), 0);
  g_return_val_if_fail (HC_IS_POSITION (position), 0);

  start = hc_plan_get_start_date (plan);
  phase = hc_plan_find_phase (plan, hc_position_get_phase_id (position));
  phase_start = phase != NULL ? hc_phase_get_start_week (phase, &start) : 0;
  /* A date snaps to the start of a calendar month, as the timeline's
   * month columns are drawn, or to a whole week. */
  week = counts_in_months (plan, position) ? hc_calendar_snap_to_month (&start, week)
                                           : snap (week, 1.0);
  week = CLAMP (week, 0, HC_MAX_WEEKS);
  if (week <= phase_start)
    {
      hc_position_set_earliest_start (position, NULL);
      return phase_start;
    }
  hc_position_set_earliest_start (position, &week);
  return week;
}

void
hc_plan_edit_set_time_to_hire (HcPlan     *plan,
                               HcPosition *position,
                               HcRange     weeks)
{
  double step;
  HcRange snapped;

  g_return_if_fail (HC_IS_PLAN (plan));
  g_return_if_fail (HC_IS_POSITION (position));

  step = snap_step (plan, position);
  snapped.low = CLAMP (snap (MIN (weeks.low, weeks.high), step), step, HC_MAX_WEEKS);
  snapped.high = CLAMP (snap (MAX (weeks.low, weeks.high), step), snapped.low, HC_MAX_WEEKS);
  hc_position_set_time_to_hire (position, &snapped);
}

int
hc_plan_edit_move_phase (HcPlan  *plan,
                         HcPhase *phase,
                         double   delta_weeks)
{
  HcTimeUnit unit;
  double shift;
  int units;
  GDate start;
  guint first, last, max;
  GListModel *positions;
  guint n;

  g_return_val_if_fail (HC_IS_PLAN (plan), 0);
  g_return_val_if_fail (HC_IS_PHASE (phase), 0);

  start = hc_plan_get_start_date (plan);
  unit = hc_phase_get_unit (phase);
  units = (int) round (delta_weeks / (unit == HC_TIME_UNIT_MONTH ? HC_WEEKS_PER_MONTH : 1.0));
  first = hc_phase_get_first (phase);
  last = hc_phase_get_last (phase);
  max = unit == HC_TIME_UNIT_MONTH ? HC_MAX_HORIZON_MONTHS : (guint) HC_MAX_WEEKS;
  /* Never before the first unit of the plan, nor past the last a plan
   * may hold. */
  if (units < 0 && (guint) -units >= first)
    units = 1 - (int) first;
  if (units > 0 && last + units > max)
    units = last < max ? (int) (max - last) : 0;
  if (units == 0)
    return 0;

  /* The positions move with the phase's start, by calendar months when
   * it counts in months: from 1 February, one month later is 28 days. */
  shift = -hc_phase_get_start_week (phase, &start);
  _hc_plan_freeze_changed (plan);
  hc_phase_set_range (phase, unit, first + units, last + units);
  shift += hc_phase_get_start_week (phase, &start);
  positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  n = g_list_model_get_n_items (positions);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      double week;

      if (g_strcmp0 (hc_position_get_phase_id (position), hc_phase_get_id (phase)) != 0 ||
          !hc_position_get_earliest_start (position, &week))
        continue;
      week = CLAMP (week + shift, 0, HC_MAX_WEEKS);
      hc_position_set_earliest_start (position, &week);
    }
  _hc_plan_thaw_changed (plan);
  return units;
}
