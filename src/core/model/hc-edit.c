/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-edit"

#include "config.h"

#include <string.h>

#include "hc-edit-private.h"
#include "hc-extras-private.h"
#include "hc-model-private.h"
#include "hc-plan-private.h"

typedef enum
{
  CHANGE_PROPERTY,
  CHANGE_ROLE_SALARY,
  CHANGE_ROLE_RAMP_UP,
  CHANGE_PHASE_RANGE,
  CHANGE_EXTRAS,
  CHANGE_SPLICE,
} ChangeKind;

/* What the plan held before the change (after an undo: what it held
 * before the undo).  Every change is its own inverse: swap_change() puts
 * the held value in and keeps the one it replaced. */
typedef struct
{
  ChangeKind  kind;
  GObject    *object;   /* the model object, or the GListStore */
  union {
    struct { GParamSpec *pspec; GValue value; } property;
    struct { HcSeniority seniority; HcRange range; } role;
    struct { HcTimeUnit unit; guint first; guint last; } phase;
    HcExtras *extras;
    /* At @position the store holds @n_current items that @items replace. */
    struct { guint position; guint n_current; GPtrArray *items; } splice;
  } u;
} Change;

/* A change is found again by the object and what of it changed, so that
 * a second change to one value keeps only the first one's original. */
typedef struct
{
  gpointer object;
  gconstpointer what;
} ChangeKey;

struct _HcEdit
{
  GArray     *changes;  /* of Change, oldest first */
  GHashTable *seen;     /* of ChangeKey, while recording */
};

static guint
change_key_hash (gconstpointer data)
{
  const ChangeKey *key = data;

  return g_direct_hash (key->object) * 31 + g_direct_hash (key->what);
}

static gboolean
change_key_equal (gconstpointer a,
                  gconstpointer b)
{
  const ChangeKey *ka = a, *kb = b;

  return ka->object == kb->object && ka->what == kb->what;
}

static void
change_clear (gpointer data)
{
  Change *change = data;

  switch (change->kind)
    {
    case CHANGE_PROPERTY:
      g_value_unset (&change->u.property.value);
      g_param_spec_unref (change->u.property.pspec);
      break;
    case CHANGE_EXTRAS:
      g_clear_pointer (&change->u.extras, _hc_extras_unref);
      break;
    case CHANGE_SPLICE:
      g_clear_pointer (&change->u.splice.items, g_ptr_array_unref);
      break;
    case CHANGE_ROLE_SALARY:
    case CHANGE_ROLE_RAMP_UP:
    case CHANGE_PHASE_RANGE:
      break;
    }
  g_clear_object (&change->object);
}

static HcEdit *
hc_edit_new (void)
{
  HcEdit *self = g_new0 (HcEdit, 1);

  self->changes = g_array_new (FALSE, TRUE, sizeof (Change));
  g_array_set_clear_func (self->changes, change_clear);
  return self;
}

void
hc_edit_free (HcEdit *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->seen, g_hash_table_unref);
  g_array_unref (self->changes);
  g_free (self);
}

/* TRUE the first time @object's @what changes in this edit. */
static gboolean
first_change (HcEdit        *self,
              gpointer       object,
              gconstpointer  what)
{
  ChangeKey key = { object, what };
  ChangeKey *stored;

  if (self->seen == NULL)
    self->seen = g_hash_table_new_full (change_key_hash, change_key_equal, g_free, NULL);
  if (g_hash_table_contains (self->seen, &key))
    return FALSE;
  stored = g_memdup2 (&key, sizeof key);
  g_hash_table_add (self->seen, stored);
  return TRUE;
}

static Change *
append_change (HcEdit     *self,
               ChangeKind  kind,
               gpointer    object)
{
  Change change = { 0, };

  change.kind = kind;
  change.object = g_object_ref (object);
  g_array_append_val (self->changes, change);
  return &g_array_index (self->changes, Change, self->changes->len - 1);
}

/* The recording the plan that owns @object keeps, if any.  Objects not
 * (yet) in a plan have none: a new position is set up, then added, and
 * the addition alone is the change. */
static HcEdit *
recording_for (gpointer object)
{
  HcPlan *plan = _hc_plan_get_owner (object);

  return plan != NULL ? _hc_plan_get_recording (plan) : NULL;
}

void
_hc_model_record_property (gpointer    object,
                           GParamSpec *pspec)
{
  HcEdit *self = recording_for (object);
  Change *change;

  if (self == NULL || !first_change (self, object, pspec))
    return;
  change = append_change (self, CHANGE_PROPERTY, object);
  change->u.property.pspec = g_param_spec_ref (pspec);
  g_value_init (&change->u.property.value, pspec->value_type);
  g_object_get_property (object, pspec->name, &change->u.property.value);
}

/* A static address per seniority and kind, to key the change by. */
static const char role_range_tags[2][HC_N_SENIORITIES] = { { 0 } };

void
_hc_model_record_role_range (HcRole      *role,
                             gboolean     ramp_up,
                             HcSeniority  seniority)
{
  HcEdit *self = recording_for (role);
  Change *change;

  if (self == NULL || !first_change (self, role, &role_range_tags[ramp_up != 0][seniority]))
    return;
  change = append_change (self, ramp_up ? CHANGE_ROLE_RAMP_UP : CHANGE_ROLE_SALARY, role);
  change->u.role.seniority = seniority;
  change->u.role.range = ramp_up ? hc_role_get_ramp_up (role, seniority)
                                 : hc_role_get_salary (role, seniority);
}

void
_hc_model_record_phase_range (HcPhase *phase)
{
  static const char tag = 0;
  HcEdit *self = recording_for (phase);
  Change *change;

  if (self == NULL || !first_change (self, phase, &tag))
    return;
  change = append_change (self, CHANGE_PHASE_RANGE, phase);
  change->u.phase.unit = hc_phase_get_unit (phase);
  change->u.phase.first = hc_phase_get_first (phase);
  change->u.phase.last = hc_phase_get_last (phase);
}

void
_hc_edit_record_extras (gpointer object)
{
  static const char tag = 0;
  HcEdit *self = recording_for (object);
  HcExtras *extras;
  Change *change;

  if (self == NULL || !first_change (self, object, &tag))
    return;
  change = append_change (self, CHANGE_EXTRAS, object);
  extras = _hc_extras_get (object);
  change->u.extras = extras != NULL ? _hc_extras_ref (extras) : NULL;
}

void
_hc_edit_record_splice (HcEdit     *self,
                        GListStore *store,
                        guint       position,
                        gpointer   *removed,
                        guint       n_removed,
                        guint       n_added)
{
  Change *change = append_change (self, CHANGE_SPLICE, store);

  change->u.splice.position = position;
  change->u.splice.n_current = n_added;
  change->u.splice.items = g_ptr_array_new_full (n_removed, g_object_unref);
  for (guint i = 0; i < n_removed; i++)
    g_ptr_array_add (change->u.splice.items, g_object_ref (removed[i]));
}

static void
swap_splice (Change *change)
{
  GListModel *model = G_LIST_MODEL (change->object);
  GPtrArray *current = g_ptr_array_new_full (change->u.splice.n_current, g_object_unref);
  GPtrArray *restore = change->u.splice.items;

  for (guint i = 0; i < change->u.splice.n_current; i++)
    g_ptr_array_add (current, g_list_model_get_item (model, change->u.splice.position + i));
  g_list_store_splice (G_LIST_STORE (model), change->u.splice.position,
                       change->u.splice.n_current, restore->pdata, restore->len);
  change->u.splice.n_current = restore->len;
  change->u.splice.items = current;
  g_ptr_array_unref (restore);
}

static void
swap_change (Change *change)
{
  GValue now = G_VALUE_INIT;
  HcRange range;
  HcTimeUnit unit;
  guint first, last;
  HcExtras *extras;

  switch (change->kind)
    {
    case CHANGE_PROPERTY:
      g_value_init (&now, change->u.property.pspec->value_type);
      g_object_get_property (change->object, change->u.property.pspec->name, &now);
      g_object_set_property (change->object, change->u.property.pspec->name,
                             &change->u.property.value);
      g_value_unset (&change->u.property.value);
      change->u.property.value = now;
      break;
    case CHANGE_ROLE_SALARY:
      range = hc_role_get_salary (HC_ROLE (change->object), change->u.role.seniority);
      hc_role_set_salary (HC_ROLE (change->object), change->u.role.seniority,
                          change->u.role.range);
      change->u.role.range = range;
      break;
    case CHANGE_ROLE_RAMP_UP:
      range = hc_role_get_ramp_up (HC_ROLE (change->object), change->u.role.seniority);
      hc_role_set_ramp_up (HC_ROLE (change->object), change->u.role.seniority,
                           change->u.role.range);
      change->u.role.range = range;
      break;
    case CHANGE_PHASE_RANGE:
      unit = hc_phase_get_unit (HC_PHASE (change->object));
      first = hc_phase_get_first (HC_PHASE (change->object));
      last = hc_phase_get_last (HC_PHASE (change->object));
      hc_phase_set_range (HC_PHASE (change->object), change->u.phase.unit,
                          change->u.phase.first, change->u.phase.last);
      change->u.phase.unit = unit;
      change->u.phase.first = first;
      change->u.phase.last = last;
      break;
    case CHANGE_EXTRAS:
      extras = _hc_extras_get (change->object);
      extras = extras != NULL ? _hc_extras_ref (extras) : NULL;
      _hc_extras_set (change->object, change->u.extras);
      g_clear_pointer (&change->u.extras, _hc_extras_unref);
      change->u.extras = extras;
      /* Unknown members are no property: say the object changed. */
      g_signal_emit_by_name (change->object, "changed");
      break;
    case CHANGE_SPLICE:
      swap_splice (change);
      break;
    }
}

static gboolean
values_equal (GParamSpec   *pspec,
              const GValue *a,
              const GValue *b)
{
  if (G_VALUE_HOLDS (a, HC_TYPE_RANGE))
    {
      const HcRange *ra = g_value_get_boxed (a), *rb = g_value_get_boxed (b);

      return (ra == NULL) == (rb == NULL) && (ra == NULL || hc_range_equal (*ra, *rb));
    }
  if (G_VALUE_HOLDS (a, G_TYPE_DATE))
    {
      const GDate *da = g_value_get_boxed (a), *db = g_value_get_boxed (b);

      return (da == NULL) == (db == NULL) && (da == NULL || g_date_compare (da, db) == 0);
    }
  return g_param_values_cmp (pspec, a, b) == 0;
}

/* Whether the plan still holds what @change would put back. */
static gboolean
change_is_void (Change *change)
{
  GValue now = G_VALUE_INIT;
  gboolean same;
  HcPhase *phase;

  switch (change->kind)
    {
    case CHANGE_PROPERTY:
      g_value_init (&now, change->u.property.pspec->value_type);
      g_object_get_property (change->object, change->u.property.pspec->name, &now);
      same = values_equal (change->u.property.pspec, &now, &change->u.property.value);
      g_value_unset (&now);
      return same;
    case CHANGE_ROLE_SALARY:
      return hc_range_equal (change->u.role.range,
                             hc_role_get_salary (HC_ROLE (change->object),
                                                 change->u.role.seniority));
    case CHANGE_ROLE_RAMP_UP:
      return hc_range_equal (change->u.role.range,
                             hc_role_get_ramp_up (HC_ROLE (change->object),
                                                  change->u.role.seniority));
    case CHANGE_PHASE_RANGE:
      phase = HC_PHASE (change->object);
      return change->u.phase.unit == hc_phase_get_unit (phase) &&
             change->u.phase.first == hc_phase_get_first (phase) &&
             change->u.phase.last == hc_phase_get_last (phase);
    case CHANGE_EXTRAS:
      return change->u.extras == _hc_extras_get (change->object);
    case CHANGE_SPLICE:
      return FALSE;
    }
  g_assert_not_reached ();
}

void
hc_plan_begin_recording (HcPlan *plan)
{
  g_return_if_fail (HC_IS_PLAN (plan));
  g_return_if_fail (_hc_plan_get_recording (plan) == NULL);

  _hc_plan_set_recording (plan, hc_edit_new ());
}

HcEdit *
hc_plan_end_recording (HcPlan *plan)
{
  HcEdit *self;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  self = _hc_plan_get_recording (plan);
  g_return_val_if_fail (self != NULL, NULL);
  _hc_plan_set_recording (plan, NULL);
  g_clear_pointer (&self->seen, g_hash_table_unref);

  /* Values set and set back (typing "5", then erasing it) are no change;
   * the lists' changes are kept as they are. */
  for (guint i = self->changes->len; i > 0; i--)
    if (change_is_void (&g_array_index (self->changes, Change, i - 1)))
      g_array_remove_index (self->changes, i - 1);
  if (self->changes->len == 0)
    {
      hc_edit_free (self);
      return NULL;
    }
  return self;
}

gboolean
hc_plan_is_recording (HcPlan *plan)
{
  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  return _hc_plan_get_recording (plan) != NULL;
}

static void
swap_all (HcEdit   *self,
          HcPlan   *plan,
          gboolean  newest_first)
{
  HcEdit *recording = _hc_plan_get_recording (plan);
  guint n = self->changes->len;

  /* An undo is not itself an edit: keep it out of a running recording. */
  _hc_plan_set_recording (plan, NULL);
  _hc_plan_freeze_changed (plan);
  for (guint i = 0; i < n; i++)
    swap_change (&g_array_index (self->changes, Change, newest_first ? n - 1 - i : i));
  _hc_plan_thaw_changed (plan);
  _hc_plan_set_recording (plan, recording);
}

void
hc_edit_undo (HcEdit *self,
              HcPlan *plan)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (HC_IS_PLAN (plan));

  swap_all (self, plan, TRUE);
}

void
hc_edit_redo (HcEdit *self,
              HcPlan *plan)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (HC_IS_PLAN (plan));

  swap_all (self, plan, FALSE);
}

static gconstpointer
change_what (Change *change)
{
  static const char extras_tag = 0, phase_tag = 0;

  switch (change->kind)
    {
    case CHANGE_PROPERTY:
      return change->u.property.pspec;
    case CHANGE_ROLE_SALARY:
      return &role_range_tags[0][change->u.role.seniority];
    case CHANGE_ROLE_RAMP_UP:
      return &role_range_tags[1][change->u.role.seniority];
    case CHANGE_PHASE_RANGE:
      return &phase_tag;
    case CHANGE_EXTRAS:
      return &extras_tag;
    case CHANGE_SPLICE:
      return NULL;
    }
  g_assert_not_reached ();
}

void
hc_edit_merge (HcEdit *self,
               HcEdit *later)
{
  g_autoptr(GHashTable) have = g_hash_table_new_full (change_key_hash, change_key_equal,
                                                      g_free, NULL);
  gboolean structural = FALSE;

  g_return_if_fail (self != NULL);
  g_return_if_fail (later != NULL);

  for (guint i = 0; i < self->changes->len; i++)
    {
      Change *change = &g_array_index (self->changes, Change, i);
      ChangeKey key = { change->object, change_what (change) };

      structural |= change->kind == CHANGE_SPLICE;
      g_hash_table_add (have, g_memdup2 (&key, sizeof key));
    }
  for (guint i = 0; i < later->changes->len; i++)
    {
      Change *change = &g_array_index (later->changes, Change, i);
      ChangeKey key = { change->object, change_what (change) };

      /* The first value is the one to go back to; after a list change the
       * order of swaps matters, so everything is kept. */
      if (!structural && change->kind != CHANGE_SPLICE && g_hash_table_contains (have, &key))
        {
          change_clear (change);
          continue;
        }
      structural |= change->kind == CHANGE_SPLICE;
      g_array_append_vals (self->changes, change, 1);
    }
  /* The changes now belong to @self. */
  g_array_set_clear_func (later->changes, NULL);
  hc_edit_free (later);
}

guint
hc_edit_get_n_changes (HcEdit *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->changes->len;
}

gsize
hc_edit_get_size (HcEdit *self)
{
  gsize size;

  g_return_val_if_fail (self != NULL, 0);

  size = sizeof *self + self->changes->len * sizeof (Change);
  for (guint i = 0; i < self->changes->len; i++)
    {
      Change *change = &g_array_index (self->changes, Change, i);

      if (change->kind == CHANGE_PROPERTY && G_VALUE_HOLDS_STRING (&change->u.property.value))
        size += strlen (g_value_get_string (&change->u.property.value) ?: "") + 1;
      else if (change->kind == CHANGE_PROPERTY && G_VALUE_HOLDS_BOXED (&change->u.property.value))
        size += sizeof (GDate) + sizeof (HcRange);
      else if (change->kind == CHANGE_SPLICE)
        /* Removed items live on in the edit: a model object is a few
         * hundred bytes. */
        size += change->u.splice.items->len * (sizeof (gpointer) + 256);
    }
  return size;
}
