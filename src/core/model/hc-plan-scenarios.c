/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hc-error.h"
#include "hc-extras-private.h"
#include "hc-plan-edits.h"
#include "hc-plan-scenarios-private.h"
#include "hc-resolve.h"
#include "hc-scenario-io-private.h"
#include "hc-validate.h"

/* ───────────────────────── Editing the list ─────────────────────────
 * The list and its scenarios never change: each edit builds a new list
 * sharing the scenarios it leaves alone, and sets it on the plan as one
 * recorded change. */

static HcScenario *
find_scenario (HcPlan     *plan,
               const char *scenario,
               guint      *index)
{
  return hc_scenario_list_find (hc_plan_get_scenarios (plan), scenario, index);
}

/* Sets the list with @scenario (consumed) in place of number @index, or
 * after the others when @index is the count; NULL @scenario removes it. */
static void
replace_scenario (HcPlan     *plan,
                  guint       index,
                  HcScenario *scenario)
{
  g_autoptr(GPtrArray) array = hc_scenario_list_copy_array (hc_plan_get_scenarios (plan));
  g_autoptr(HcScenarioList) list = NULL;

  if (index == array->len)
    g_ptr_array_add (array, scenario);
  else if (scenario == NULL)
    g_ptr_array_remove_index (array, index);
  else
    {
      hc_scenario_unref (g_ptr_array_index (array, index));
      g_ptr_array_index (array, index) = scenario;
    }
  list = hc_scenario_list_new (g_steal_pointer (&array));
  hc_plan_set_scenarios (plan, list);
}

static gboolean
check_name (HcPlan      *plan,
            const char  *name,
            HcScenario  *except,
            GError     **error)
{
  HcScenarioList *list = hc_plan_get_scenarios (plan);

  if (!hc_validate_name (name, _("The scenario’s name"), error))
    return FALSE;
  for (guint i = 0; i < hc_scenario_list_get_n (list); i++)
    {
      HcScenario *other = hc_scenario_list_get (list, i);

      if (other != except && (g_str_equal (hc_scenario_get_name (other), name) ||
                              g_str_equal (hc_scenario_get_id (other), name)))
        {
          g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID,
                       _("There is a scenario “%s” already; give this one another name"), name);
          return FALSE;
        }
    }
  return TRUE;
}

/* "Option B (agency)" → "option-b-agency", unique among the scenarios. */
static char *
make_id (HcPlan     *plan,
         const char *name)
{
  g_autoptr(GString) id = g_string_new (NULL);
  g_autofree char *ascii = g_str_to_ascii (name, "C");
  g_autofree char *candidate = NULL;

  for (const char *p = ascii; *p != '\0'; p++)
    if (g_ascii_isalnum (*p))
      g_string_append_c (id, g_ascii_tolower (*p));
    else if (id->len > 0 && id->str[id->len - 1] != '-')
      g_string_append_c (id, '-');
  while (id->len > 0 && id->str[id->len - 1] == '-')
    g_string_truncate (id, id->len - 1);
  if (id->len > 40)
    g_string_truncate (id, 40);
  if (id->len == 0)
    g_string_assign (id, "scenario");
  candidate = g_strdup (id->str);
  for (guint n = 2; find_scenario (plan, candidate, NULL) != NULL; n++)
    {
      g_free (candidate);
      candidate = g_strdup_printf ("%s-%u", id->str, n);
    }
  return g_steal_pointer (&candidate);
}

char *
hc_plan_add_scenario (HcPlan      *plan,
                      const char  *name,
                      GError     **error)
{
  g_autofree char *id = NULL;
  guint n;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);


  if (!check_name (plan, name, NULL, error))
    return NULL;
  id = make_id (plan, name);
  n = hc_scenario_list_get_n (hc_plan_get_scenarios (plan));
  replace_scenario (plan, n, hc_scenario_new (id, name, HC_MARKET_GUIDES, NULL, NULL));
  return g_steal_pointer (&id);
}

gboolean
hc_plan_remove_scenario (HcPlan     *plan,
                         const char *scenario)
{
  guint index;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);

  if (find_scenario (plan, scenario, &index) == NULL)
    return FALSE;
  replace_scenario (plan, index, NULL);
  return TRUE;
}

static HcScenario *
scenario_with (HcScenario *old,
               const char *name,
               HcMarket    market,
               GPtrArray  *changes)
{
  gpointer extras = hc_scenario_get_extras (old);

  return hc_scenario_new (hc_scenario_get_id (old), name, market,
                          changes != NULL ? changes : hc_scenario_copy_changes (old),
                          extras != NULL ? _hc_extras_ref (extras) : NULL);
}

gboolean
hc_plan_rename_scenario (HcPlan      *plan,
                         const char  *scenario,
                         const char  *name,
                         GError     **error)
{
  HcScenario *old;
  guint index;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);

  old = find_scenario (plan, scenario, &index);
  if (old == NULL)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_NOT_FOUND,
                   _("There is no scenario “%s”"), scenario);
      return FALSE;
    }
  if (g_str_equal (hc_scenario_get_name (old), name))
    return TRUE;
  if (!check_name (plan, name, old, error))
    return FALSE;
  replace_scenario (plan, index, scenario_with (old, name, hc_scenario_get_market (old), NULL));
  return TRUE;
}

gboolean
hc_plan_set_scenario_market (HcPlan     *plan,
                             const char *scenario,
                             HcMarket    market)
{
  HcScenario *old;
  guint index;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (market < HC_N_MARKETS, FALSE);

  old = find_scenario (plan, scenario, &index);
  if (old == NULL)
    return FALSE;
  if (hc_scenario_get_market (old) != market)
    replace_scenario (plan, index, scenario_with (old, hc_scenario_get_name (old), market, NULL));
  return TRUE;
}

gboolean
hc_plan_set_scenario_change (HcPlan                 *plan,
                             const char             *scenario,
                             const HcScenarioChange *change,
                             GError                **error)
{
  g_autoptr(HcScenarioChange) checked = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  HcScenario *old;
  guint index;
  guint i;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (change != NULL, FALSE);

  old = find_scenario (plan, scenario, &index);
  if (old == NULL)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_NOT_FOUND,
                   _("There is no scenario “%s”"), scenario);
      return FALSE;
    }
  checked = hc_scenario_change_copy (change);
  if (!_hc_scenario_change_check (checked, "$", error))
    return FALSE;
  changes = hc_scenario_copy_changes (old);
  for (i = 0; i < changes->len; i++)
    if (hc_scenario_change_same_key (g_ptr_array_index (changes, i), checked))
      break;
  if (i < changes->len)
    {
      hc_scenario_change_free (g_ptr_array_index (changes, i));
      g_ptr_array_index (changes, i) = g_steal_pointer (&checked);
    }
  else
    g_ptr_array_add (changes, g_steal_pointer (&checked));
  replace_scenario (plan, index, scenario_with (old, hc_scenario_get_name (old),
                                                hc_scenario_get_market (old),
                                                g_steal_pointer (&changes)));
  return TRUE;
}

gboolean
hc_plan_remove_scenario_change (HcPlan     *plan,
                                const char *scenario,
                                guint       change)
{
  g_autoptr(GPtrArray) changes = NULL;
  HcScenario *old;
  guint index;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);

  old = find_scenario (plan, scenario, &index);
  if (old == NULL || change >= hc_scenario_get_n_changes (old))
    return FALSE;
  changes = hc_scenario_copy_changes (old);
  g_ptr_array_remove_index (changes, change);
  replace_scenario (plan, index, scenario_with (old, hc_scenario_get_name (old),
                                                hc_scenario_get_market (old),
                                                g_steal_pointer (&changes)));
  return TRUE;
}

/* ───────────────────────── The plan a scenario makes ───────────────────────── */

void
hc_scenario_conflict_free (HcScenarioConflict *conflict)
{
  if (conflict == NULL)
    return;
  g_free (conflict->message);
  g_free (conflict);
}

static void add_conflict (GPtrArray  *conflicts,
                          int         change,
                          const char *format,
                          ...) G_GNUC_PRINTF (3, 4);

static void
add_conflict (GPtrArray  *conflicts,
              int         change,
              const char *format,
              ...)
{
  HcScenarioConflict *conflict = g_new0 (HcScenarioConflict, 1);
  g_autofree char *what = NULL;
  va_list args;

  va_start (args, format);
  what = g_strdup_vprintf (format, args);
  va_end (args);
  conflict->change = change;
  conflict->message = change >= 0
                      /* TRANSLATORS: "Change 3: the position “pos-4” is not in the base plan" */
                      ? g_strdup_printf (_("Change %d: %s"), change + 1, what)
                      : g_steal_pointer (&what);
  g_ptr_array_add (conflicts, conflict);
}

/* After the last position of @phase_id, else at the end: the editor shows
 * a phase's positions together. */
static void
insert_position (HcPlan     *plan,
                 HcPosition *position)
{
  GListStore *store = hc_plan_get_positions (plan);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint at = n;

  for (guint i = n; i > 0; i--)
    {
      g_autoptr(HcPosition) other = g_list_model_get_item (G_LIST_MODEL (store), i - 1);

      if (g_str_equal (hc_position_get_phase_id (other), hc_position_get_phase_id (position)))
        {
          at = i;
          break;
        }
    }
  g_list_store_insert (store, at, position);
}

static gboolean
find_store_index (GListStore *store,
                  gpointer    item,
                  guint      *index)
{
  return g_list_store_find (store, item, index);
}

/* Phases, the start date and the assumptions: what positions then refer
 * to. */
static void
apply_plan_changes (HcPlan     *plan,
                    HcScenario *scenario,
                    GPtrArray  *conflicts)
{
  for (guint i = 0; i < hc_scenario_get_n_changes (scenario); i++)
    {
      const HcScenarioChange *change = hc_scenario_get_change (scenario, i);
      g_autoptr(GError) error = NULL;
      HcPhase *phase;
      HcAssumption which;
      HcRange range;
      GDate date;

      switch (change->kind)
        {
        case HC_CHANGE_SET_START_DATE:
          if (_hc_scenario_parse_date (change->value, &date, &error))
            hc_plan_set_start_date (plan, &date);
          break;
        case HC_CHANGE_SET_ASSUMPTION:
          if (hc_assumption_from_string (change->target, &which) &&
              _hc_scenario_parse_range (change->value, &range, &error))
            hc_cost_assumptions_set (hc_plan_get_assumptions (plan), which, range);
          break;
        case HC_CHANGE_ADD_PHASE:
          if (hc_plan_find_phase (plan, change->target) != NULL)
            add_conflict (conflicts, i, _("the phase “%s” is in the base plan already"), change->target);
          else
            {
              g_autoptr(HcPhase) added = _hc_scenario_parse_phase (change->value, &error);

              if (added != NULL)
                g_list_store_append (hc_plan_get_phases (plan), added);
            }
          break;
        case HC_CHANGE_SET_PHASE:
          phase = hc_plan_find_phase (plan, change->target);
          if (phase == NULL)
            add_conflict (conflicts, i, _("the phase “%s” is not in the base plan"), change->target);
          else
            _hc_scenario_set_phase_field (phase, change->field, change->value, &error);
          break;
        default:
          break;
        }
      /* A change the loader or hc_plan_set_scenario_change() checked
       * cannot fail here; say so if one does. */
      if (error != NULL)
        add_conflict (conflicts, i, "%s", error->message);
    }
}

static gboolean
position_refs_known (HcPlan     *plan,
                     HcPosition *position,
                     GPtrArray  *conflicts,
                     guint       i)
{
  if (hc_plan_find_role (plan, hc_position_get_role_id (position)) == NULL)
    {
      add_conflict (conflicts, i, _("the role “%s” is not in the plan"),
                    hc_position_get_role_id (position));
      return FALSE;
    }
  if (hc_plan_find_phase (plan, hc_position_get_phase_id (position)) == NULL)
    {
      add_conflict (conflicts, i, _("the phase “%s” is not in the plan"),
                    hc_position_get_phase_id (position));
      return FALSE;
    }
  return TRUE;
}

/* The position @id of @plan, by @index (id → position, the first of two
 * with one id, as hc_plan_find_position() finds it), and where it is. */
static HcPosition *
find_indexed (HcPlan     *plan,
              GHashTable *index,
              const char *id,
              guint      *at)
{
  HcPosition *position = g_hash_table_lookup (index, id);

  if (position != NULL && at != NULL &&
      !g_list_store_find (hc_plan_get_positions (plan), position, at))
    return NULL;
  return position;
}

static void
apply_position_changes (HcPlan     *plan,
                        HcScenario *scenario,
                        GPtrArray  *conflicts)
{
  GListStore *positions = hc_plan_get_positions (plan);
  GListModel *model = G_LIST_MODEL (positions);
  /* A look-up by id for each change would compare every id of a large
   * plan each time: index them once. */
  g_autoptr(GHashTable) index = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (model, i);

      if (!g_hash_table_contains (index, hc_position_get_id (position)))
        g_hash_table_insert (index, (gpointer) hc_position_get_id (position), position);
    }
  for (guint i = 0; i < hc_scenario_get_n_changes (scenario); i++)
    {
      const HcScenarioChange *change = hc_scenario_get_change (scenario, i);
      g_autoptr(GError) error = NULL;
      g_autoptr(HcPosition) trial = NULL;
      HcPosition *position;
      guint at;

      switch (change->kind)
        {
        case HC_CHANGE_ADD_POSITION:
          if (g_hash_table_contains (index, change->target))
            {
              add_conflict (conflicts, i, _("the position “%s” is in the base plan already"),
                            change->target);
              break;
            }
          trial = _hc_scenario_parse_position (change->value, &error);
          if (trial == NULL || !position_refs_known (plan, trial, conflicts, i))
            break;
          insert_position (plan, trial);
          g_hash_table_insert (index, (gpointer) hc_position_get_id (trial), trial);
          break;
        case HC_CHANGE_REMOVE_POSITION:
          position = find_indexed (plan, index, change->target, &at);
          if (position == NULL)
            add_conflict (conflicts, i, _("the position “%s” is not in the base plan"), change->target);
          else
            {
              g_hash_table_remove (index, change->target);
              g_list_store_remove (positions, at);
            }
          break;
        case HC_CHANGE_SET_POSITION:
          position = find_indexed (plan, index, change->target, NULL);
          if (position == NULL)
            {
              add_conflict (conflicts, i, _("the position “%s” is not in the base plan"), change->target);
              break;
            }
          /* A new role or phase is tried on a copy first: one that is gone
           * leaves the position as the base has it.  Any other value was
           * checked when the change was made. */
          if (g_str_equal (change->field, "role") || g_str_equal (change->field, "phase"))
            {
              trial = hc_position_copy (position);
              if (!_hc_scenario_set_position_field (trial, change->field, change->value, &error) ||
                  !position_refs_known (plan, trial, conflicts, i))
                break;
            }
          _hc_scenario_set_position_field (position, change->field, change->value, &error);
          break;
        default:
          break;
        }
      if (error != NULL)
        add_conflict (conflicts, i, "%s", error->message);
    }
}

/* After the positions: a phase goes only when none is left in it. */
static void
apply_phase_removals (HcPlan     *plan,
                      HcScenario *scenario,
                      GPtrArray  *conflicts)
{
  GListStore *phases = hc_plan_get_phases (plan);

  for (guint i = 0; i < hc_scenario_get_n_changes (scenario); i++)
    {
      const HcScenarioChange *change = hc_scenario_get_change (scenario, i);
      g_autoptr(GPtrArray) users = NULL;
      HcPhase *phase;
      guint index;

      if (change->kind != HC_CHANGE_REMOVE_PHASE)
        continue;
      phase = hc_plan_find_phase (plan, change->target);
      if (phase == NULL)
        {
          add_conflict (conflicts, i, _("the phase “%s” is not in the base plan"), change->target);
          continue;
        }
      users = hc_plan_edit_find_phase_users (plan, phase);
      if (users->len > 0)
        {
          g_autofree char *who = hc_plan_edit_describe_positions (plan, users);

          add_conflict (conflicts, i, _("the phase “%s” still has positions: %s"),
                        change->target, who);
          continue;
        }
      if (find_store_index (phases, phase, &index))
        g_list_store_remove (phases, index);
    }
}

static void
apply_phase_order (HcPlan     *plan,
                   HcScenario *scenario,
                   GPtrArray  *conflicts)
{
  GListStore *phases = hc_plan_get_phases (plan);

  for (guint i = 0; i < hc_scenario_get_n_changes (scenario); i++)
    {
      const HcScenarioChange *change = hc_scenario_get_change (scenario, i);
      g_auto(GStrv) ids = NULL;
      g_autoptr(GPtrArray) order = NULL;
      g_autoptr(GString) missing = NULL;
      guint n;

      if (change->kind != HC_CHANGE_ORDER_PHASES)
        continue;
      ids = _hc_scenario_parse_ids (change->value);
      if (ids == NULL)
        continue;
      n = g_list_model_get_n_items (G_LIST_MODEL (phases));
      order = g_ptr_array_new_with_free_func (g_object_unref);
      /* The phases it names in its order, then those it does not name
       * (added to the base since) in the base's order. */
      for (guint k = 0; ids[k] != NULL; k++)
        {
          HcPhase *phase = hc_plan_find_phase (plan, ids[k]);

          if (phase == NULL)
            {
              if (missing == NULL)
                missing = g_string_new (NULL);
              else
                g_string_append (missing, ", ");
              g_string_append_printf (missing, "“%s”", ids[k]);
            }
          else if (!g_ptr_array_find (order, phase, NULL))
            g_ptr_array_add (order, g_object_ref (phase));
        }
      for (guint k = 0; k < n; k++)
        {
          g_autoptr(HcPhase) phase = g_list_model_get_item (G_LIST_MODEL (phases), k);

          if (!g_ptr_array_find (order, phase, NULL))
            g_ptr_array_add (order, g_object_ref (phase));
        }
      g_list_store_splice (phases, 0, n, order->pdata, order->len);
      if (missing != NULL)
        add_conflict (conflicts, i, _("the order names phases that are not in the plan: %s"),
                      missing->str);
    }
}

HcPlan *
hc_plan_resolve_scenario (HcPlan      *plan,
                          const char  *scenario,
                          GPtrArray  **conflicts_out)
{
  g_autoptr(GPtrArray) conflicts = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_scenario_conflict_free);
  g_autoptr(HcPlan) resolved = NULL;
  HcScenario *found = NULL;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  if (scenario != NULL)
    {
      found = find_scenario (plan, scenario, NULL);
      if (found == NULL)
        return NULL;
    }
  resolved = hc_plan_copy (plan);
  hc_plan_set_scenarios (resolved, NULL);
  if (found != NULL)
    {
      apply_plan_changes (resolved, found, conflicts);
      apply_position_changes (resolved, found, conflicts);
      apply_phase_removals (resolved, found, conflicts);
      apply_phase_order (resolved, found, conflicts);
      /* The market is the resolution's to read (hc-resolve.h): it
       * stretches each time to hire the person did not set, and marks
       * it as its own estimate.  No position is changed for it. */
      hc_plan_set_market (resolved, hc_scenario_get_market (found));
      /* No hc_plan_validate() of the whole plan here: it would cost a
       * switch of scenario more than the figures do.  The base is valid;
       * each change was checked on its own when it was read or made, and
       * what it refers to (a role, a phase, an id taken or gone) is
       * checked as it is made, above: what fails is a conflict. */
    }
  if (conflicts_out != NULL)
    *conflicts_out = g_steal_pointer (&conflicts);
  return g_steal_pointer (&resolved);
}

GHashTable *
hc_plan_get_scenario_changed_positions (HcPlan     *plan,
                                        const char *scenario)
{
  GHashTable *ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  HcScenario *found;

  g_return_val_if_fail (HC_IS_PLAN (plan), ids);

  found = scenario != NULL ? find_scenario (plan, scenario, NULL) : NULL;
  for (guint i = 0; found != NULL && i < hc_scenario_get_n_changes (found); i++)
    {
      const HcScenarioChange *change = hc_scenario_get_change (found, i);

      if (change->kind == HC_CHANGE_SET_POSITION || change->kind == HC_CHANGE_ADD_POSITION)
        g_hash_table_add (ids, g_strdup (change->target));
    }
  return ids;
}

/* ───────────────────────── Changes from an edited plan ───────────────────────── */

typedef const char *(*HcIdFunc) (gpointer item);

static GHashTable *
index_by_id (GListModel *model,
             HcIdFunc    get_id)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);

      /* The first of two with one id, as the plan's look-ups find it. */
      if (!g_hash_table_contains (table, get_id (item)))
        g_hash_table_insert (table, (gpointer) get_id (item), item);
    }
  return table;
}

static void
add_change (GPtrArray    *changes,
            HcChangeKind  kind,
            const char   *target,
            const char   *field,
            char         *value)
{
  g_ptr_array_add (changes, hc_scenario_change_new (kind, target, field, value));
  g_free (value);
}

static void
diff_phases (HcPlan    *base,
             HcPlan    *edited,
             GPtrArray *changes)
{
  GListModel *base_phases = G_LIST_MODEL (hc_plan_get_phases (base));
  GListModel *edited_phases = G_LIST_MODEL (hc_plan_get_phases (edited));
  g_autoptr(GHashTable) in_base = index_by_id (base_phases, (HcIdFunc) hc_phase_get_id);
  g_autoptr(GHashTable) in_edited = index_by_id (edited_phases, (HcIdFunc) hc_phase_get_id);
  g_autoptr(GPtrArray) expected = g_ptr_array_new ();
  g_autoptr(GPtrArray) actual = g_ptr_array_new ();
  gboolean reordered = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (base_phases); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (base_phases, i);

      if (g_hash_table_contains (in_edited, hc_phase_get_id (phase)))
        g_ptr_array_add (expected, (gpointer) hc_phase_get_id (phase));
      else
        add_change (changes, HC_CHANGE_REMOVE_PHASE, hc_phase_get_id (phase), NULL, NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (edited_phases); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (edited_phases, i);
      HcPhase *was = g_hash_table_lookup (in_base, hc_phase_get_id (phase));

      g_ptr_array_add (actual, (gpointer) hc_phase_get_id (phase));
      if (was == NULL)
        {
          g_ptr_array_add (expected, (gpointer) hc_phase_get_id (phase));
          add_change (changes, HC_CHANGE_ADD_PHASE, hc_phase_get_id (phase), NULL,
                      _hc_scenario_phase_text (phase));
          continue;
        }
      for (guint f = 0; _hc_scenario_phase_fields[f] != NULL; f++)
        {
          g_autofree char *old = _hc_scenario_phase_field_text (was, _hc_scenario_phase_fields[f]);
          char *now = _hc_scenario_phase_field_text (phase, _hc_scenario_phase_fields[f]);

          if (!g_str_equal (old, now))
            add_change (changes, HC_CHANGE_SET_PHASE, hc_phase_get_id (phase),
                        _hc_scenario_phase_fields[f], now);
          else
            g_free (now);
        }
    }
  for (guint i = 0; i < actual->len && !reordered; i++)
    reordered = !g_str_equal (g_ptr_array_index (actual, i), g_ptr_array_index (expected, i));
  if (reordered)
    {
      g_ptr_array_add (actual, NULL);
      add_change (changes, HC_CHANGE_ORDER_PHASES, NULL, NULL,
                  _hc_scenario_ids_text ((const char *const *) actual->pdata));
    }
}

static void
diff_positions (HcPlan    *base,
                HcPlan    *edited,
                GPtrArray *changes)
{
  GListModel *base_positions = G_LIST_MODEL (hc_plan_get_positions (base));
  GListModel *edited_positions = G_LIST_MODEL (hc_plan_get_positions (edited));
  g_autoptr(GHashTable) in_base = index_by_id (base_positions, (HcIdFunc) hc_position_get_id);
  g_autoptr(GHashTable) in_edited = index_by_id (edited_positions, (HcIdFunc) hc_position_get_id);

  for (guint i = 0; i < g_list_model_get_n_items (base_positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (base_positions, i);

      if (!g_hash_table_contains (in_edited, hc_position_get_id (position)))
        add_change (changes, HC_CHANGE_REMOVE_POSITION, hc_position_get_id (position), NULL, NULL);
    }
  for (guint i = 0; i < g_list_model_get_n_items (edited_positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (edited_positions, i);
      HcPosition *was = g_hash_table_lookup (in_base, hc_position_get_id (position));

      if (was == NULL)
        {
          add_change (changes, HC_CHANGE_ADD_POSITION, hc_position_get_id (position), NULL,
                      _hc_scenario_position_text (position));
          continue;
        }
      for (guint f = 0; _hc_scenario_position_fields[f] != NULL; f++)
        {
          const char *field = _hc_scenario_position_fields[f];
          g_autofree char *old = _hc_scenario_position_field_text (was, field);
          char *now = _hc_scenario_position_field_text (position, field);

          if (!g_str_equal (old, now))
            add_change (changes, HC_CHANGE_SET_POSITION, hc_position_get_id (position), field, now);
          else
            g_free (now);
        }
    }
}

gboolean
hc_plan_record_scenario (HcPlan     *plan,
                         const char *scenario,
                         HcPlan     *edited)
{
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_scenario_change_free);
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(HcPlan) old_plan = NULL;
  HcCostAssumptions *base_costs, *edited_costs;
  GDate base_date, edited_date;
  HcScenario *old;
  guint index;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (HC_IS_PLAN (edited), FALSE);

  old = find_scenario (plan, scenario, &index);
  if (old == NULL)
    return FALSE;

  /* The market's stretch is the resolution's, never a position's: the
   * edited plan's times to hire are what the person and the scenario
   * set, so the base is compared as it is. */
  base_date = hc_plan_get_start_date (plan);
  edited_date = hc_plan_get_start_date (edited);
  if (g_date_compare (&base_date, &edited_date) != 0)
    {
      char text[32];

      g_snprintf (text, sizeof text, "\"%04u-%02u-%02u\"", g_date_get_year (&edited_date),
                  g_date_get_month (&edited_date), g_date_get_day (&edited_date));
      add_change (changes, HC_CHANGE_SET_START_DATE, NULL, NULL, g_strdup (text));
    }
  base_costs = hc_plan_get_assumptions (plan);
  edited_costs = hc_plan_get_assumptions (edited);
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    {
      HcRange now = hc_cost_assumptions_get (edited_costs, (HcAssumption) i);

      if (!hc_range_equal (hc_cost_assumptions_get (base_costs, (HcAssumption) i), now))
        add_change (changes, HC_CHANGE_SET_ASSUMPTION, hc_assumption_to_string ((HcAssumption) i),
                    NULL, _hc_scenario_range_text (now));
    }
  diff_phases (plan, edited, changes);
  diff_positions (plan, edited, changes);

  /* A conflict is never dropped quietly: the changes that cannot be made
   * stay, after the others, until a person drops them. */
  old_plan = hc_plan_resolve_scenario (plan, scenario, &conflicts);
  for (guint i = 0; i < conflicts->len; i++)
    {
      HcScenarioConflict *conflict = g_ptr_array_index (conflicts, i);
      const HcScenarioChange *change;
      gboolean have = FALSE;

      if (conflict->change < 0)
        continue;
      change = hc_scenario_get_change (old, (guint) conflict->change);
      for (guint k = 0; k < changes->len && !have; k++)
        have = hc_scenario_change_same_key (g_ptr_array_index (changes, k), change);
      if (!have)
        g_ptr_array_add (changes, hc_scenario_change_copy (change));
    }

  /* The market the edited plan carries is the scenario's: a view that
   * shows the scenario may set it there. */
  replace_scenario (plan, index, scenario_with (old, hc_scenario_get_name (old),
                                                hc_plan_get_market (edited),
                                                g_steal_pointer (&changes)));
  return TRUE;
}

/* ───────────────────────── Templates ───────────────────────── */

void
_hc_plan_translate_scenarios (HcPlan       *plan,
                              const char *(*translate) (const char *text))
{
  HcScenarioList *list = hc_plan_get_scenarios (plan);
  g_autoptr(GPtrArray) scenarios = NULL;
  g_autoptr(HcScenarioList) translated = NULL;

  if (list == NULL)
    return;
  scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_scenario_unref);
  for (guint i = 0; i < hc_scenario_list_get_n (list); i++)
    {
      HcScenario *scenario = hc_scenario_list_get (list, i);
      GPtrArray *changes = hc_scenario_copy_changes (scenario);

      for (guint k = 0; k < changes->len; k++)
        {
          HcScenarioChange *change = g_ptr_array_index (changes, k);
          g_auto(GStrv) one = NULL;
          g_autofree char *array = NULL;
          const char *text;

          if (!(change->kind == HC_CHANGE_SET_POSITION && g_strcmp0 (change->field, "notes") == 0) &&
              !(change->kind == HC_CHANGE_SET_PHASE && g_strcmp0 (change->field, "window") != 0))
            continue;
          /* A JSON string is read as a list of one. */
          array = g_strdup_printf ("[%s]", change->value);
          one = _hc_scenario_parse_ids (array);
          if (one == NULL || one[0] == NULL || one[1] != NULL)
            continue;
          text = translate (one[0]);
          if (text != one[0])
            {
              g_free (change->value);
              change->value = _hc_scenario_string_text (text);
            }
        }
      g_ptr_array_add (scenarios, scenario_with (scenario, translate (hc_scenario_get_name (scenario)),
                                                 hc_scenario_get_market (scenario), changes));
    }
  translated = hc_scenario_list_new (g_steal_pointer (&scenarios));
  hc_plan_set_scenarios (plan, translated);
}
