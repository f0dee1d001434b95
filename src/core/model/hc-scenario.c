/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-scenario"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hc-extras-private.h"
#include "hc-scenario.h"

static const char *const market_names[HC_N_MARKETS] = {
  "guides", "tighter-20", "tighter-30",
};

const char *
hc_market_to_string (HcMarket market)
{
  g_return_val_if_fail (market < HC_N_MARKETS, NULL);
  return market_names[market];
}

gboolean
hc_market_from_string (const char *str,
                       HcMarket   *out)
{
  for (guint i = 0; i < HC_N_MARKETS; i++)
    if (g_strcmp0 (str, market_names[i]) == 0)
      {
        *out = (HcMarket) i;
        return TRUE;
      }
  return FALSE;
}

const char *
hc_market_get_label (HcMarket market)
{
  switch (market)
    {
    case HC_MARKET_GUIDES:
      return _("As the guides describe it");
    case HC_MARKET_TIGHTER_20:
      return _("Tighter: searches +20 % (estimate — not in the guides)");
    case HC_MARKET_TIGHTER_30:
      return _("Tighter: searches +30 % (estimate — not in the guides)");
    default:
      g_return_val_if_reached (NULL);
    }
}

double
hc_market_get_factor (HcMarket market)
{
  return market == HC_MARKET_TIGHTER_20 ? 1.2 : market == HC_MARKET_TIGHTER_30 ? 1.3 : 1.0;
}

static const char *const change_kind_names[HC_N_CHANGE_KINDS] = {
  "set-position", "add-position", "remove-position",
  "set-phase", "add-phase", "remove-phase", "order-phases",
  "set-assumption", "set-start-date",
};

const char *
hc_change_kind_to_string (HcChangeKind kind)
{
  g_return_val_if_fail (kind < HC_N_CHANGE_KINDS, NULL);
  return change_kind_names[kind];
}

gboolean
hc_change_kind_from_string (const char   *str,
                            HcChangeKind *out)
{
  for (guint i = 0; i < HC_N_CHANGE_KINDS; i++)
    if (g_strcmp0 (str, change_kind_names[i]) == 0)
      {
        *out = (HcChangeKind) i;
        return TRUE;
      }
  return FALSE;
}

HcScenarioChange *
hc_scenario_change_new (HcChangeKind  kind,
                        const char   *target,
                        const char   *field,
                        const char   *value)
{
  HcScenarioChange *change = g_new0 (HcScenarioChange, 1);

  change->kind = kind;
  change->target = g_strdup (target);
  change->field = g_strdup (field);
  change->value = g_strdup (value);
  return change;
}

HcScenarioChange *
hc_scenario_change_copy (const HcScenarioChange *change)
{
  HcScenarioChange *copy = hc_scenario_change_new (change->kind, change->target,
                                                   change->field, change->value);

  copy->extras = change->extras != NULL ? _hc_extras_ref (change->extras) : NULL;
  return copy;
}

void
hc_scenario_change_free (HcScenarioChange *change)
{
  if (change == NULL)
    return;
  g_free (change->target);
  g_free (change->field);
  g_free (change->value);
  g_clear_pointer (&change->extras, _hc_extras_unref);
  g_free (change);
}

gboolean
hc_scenario_change_same_key (const HcScenarioChange *a,
                             const HcScenarioChange *b)
{
  /* Two added items are the same only by their id, which is in the
   * value: the caller compares those. */
  return a->kind == b->kind && g_strcmp0 (a->target, b->target) == 0 &&
         g_strcmp0 (a->field, b->field) == 0;
}

struct _HcScenario
{
  char      *id;
  char      *name;
  HcMarket   market;
  GPtrArray *changes;
  HcExtras  *extras;
};

static void
hc_scenario_clear (gpointer data)
{
  HcScenario *self = data;

  g_free (self->id);
  g_free (self->name);
  g_ptr_array_unref (self->changes);
  g_clear_pointer (&self->extras, _hc_extras_unref);
}

G_DEFINE_BOXED_TYPE (HcScenario, hc_scenario, hc_scenario_ref, hc_scenario_unref)

HcScenario *
hc_scenario_new (const char *id,
                 const char *name,
                 HcMarket    market,
                 GPtrArray  *changes,
                 gpointer    extras)
{
  HcScenario *self = g_atomic_rc_box_new0 (HcScenario);

  self->id = g_strdup (id);
  self->name = g_strdup (name);
  self->market = market;
  self->changes = changes != NULL
                  ? changes
                  : g_ptr_array_new_with_free_func ((GDestroyNotify) hc_scenario_change_free);
  self->extras = extras;
  return self;
}

HcScenario *
hc_scenario_ref (HcScenario *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
hc_scenario_unref (HcScenario *self)
{
  g_atomic_rc_box_release_full (self, hc_scenario_clear);
}

const char *
hc_scenario_get_id (HcScenario *self)
{
  return self->id;
}

const char *
hc_scenario_get_name (HcScenario *self)
{
  return self->name;
}

HcMarket
hc_scenario_get_market (HcScenario *self)
{
  return self->market;
}

guint
hc_scenario_get_n_changes (HcScenario *self)
{
  return self->changes->len;
}

const HcScenarioChange *
hc_scenario_get_change (HcScenario *self,
                        guint       index)
{
  g_return_val_if_fail (index < self->changes->len, NULL);
  return g_ptr_array_index (self->changes, index);
}

gpointer
hc_scenario_get_extras (HcScenario *self)
{
  return self->extras;
}

GPtrArray *
hc_scenario_copy_changes (HcScenario *self)
{
  GPtrArray *copy = g_ptr_array_new_full (self->changes->len,
                                          (GDestroyNotify) hc_scenario_change_free);

  for (guint i = 0; i < self->changes->len; i++)
    g_ptr_array_add (copy, hc_scenario_change_copy (g_ptr_array_index (self->changes, i)));
  return copy;
}

struct _HcScenarioList
{
  GPtrArray *scenarios;
};

static void
hc_scenario_list_clear (gpointer data)
{
  HcScenarioList *self = data;

  g_ptr_array_unref (self->scenarios);
}

G_DEFINE_BOXED_TYPE (HcScenarioList, hc_scenario_list, hc_scenario_list_ref, hc_scenario_list_unref)

HcScenarioList *
hc_scenario_list_new (GPtrArray *scenarios)
{
  HcScenarioList *self = g_atomic_rc_box_new0 (HcScenarioList);

  self->scenarios = scenarios != NULL
                    ? scenarios
                    : g_ptr_array_new_with_free_func ((GDestroyNotify) hc_scenario_unref);
  return self;
}

HcScenarioList *
hc_scenario_list_ref (HcScenarioList *self)
{
  return g_atomic_rc_box_acquire (self);
}

void
hc_scenario_list_unref (HcScenarioList *self)
{
  g_atomic_rc_box_release_full (self, hc_scenario_list_clear);
}

guint
hc_scenario_list_get_n (HcScenarioList *self)
{
  return self != NULL ? self->scenarios->len : 0;
}

HcScenario *
hc_scenario_list_get (HcScenarioList *self,
                      guint           index)
{
  g_return_val_if_fail (self != NULL && index < self->scenarios->len, NULL);
  return g_ptr_array_index (self->scenarios, index);
}

HcScenario *
hc_scenario_list_find (HcScenarioList *self,
                       const char     *id_or_name,
                       guint          *index_out)
{
  if (self == NULL || id_or_name == NULL)
    return NULL;
  for (guint pass = 0; pass < 2; pass++)
    for (guint i = 0; i < self->scenarios->len; i++)
      {
        HcScenario *scenario = g_ptr_array_index (self->scenarios, i);

        if (g_strcmp0 (pass == 0 ? scenario->id : scenario->name, id_or_name) == 0)
          {
            if (index_out != NULL)
              *index_out = i;
            return scenario;
          }
      }
  return NULL;
}

GPtrArray *
hc_scenario_list_copy_array (HcScenarioList *self)
{
  GPtrArray *copy = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_scenario_unref);

  for (guint i = 0; i < hc_scenario_list_get_n (self); i++)
    g_ptr_array_add (copy, hc_scenario_ref (g_ptr_array_index (self->scenarios, i)));
  return copy;
}

static gboolean
change_equal (const HcScenarioChange *a,
              const HcScenarioChange *b)
{
  return hc_scenario_change_same_key (a, b) && g_strcmp0 (a->value, b->value) == 0 &&
         _hc_extras_equal (a->extras, b->extras);
}

static gboolean
scenario_equal (HcScenario *a,
                HcScenario *b)
{
  if (a == b)
    return TRUE;
  if (g_strcmp0 (a->id, b->id) != 0 || g_strcmp0 (a->name, b->name) != 0 ||
      a->market != b->market || a->changes->len != b->changes->len ||
      !_hc_extras_equal (a->extras, b->extras))
    return FALSE;
  for (guint i = 0; i < a->changes->len; i++)
    if (!change_equal (g_ptr_array_index (a->changes, i), g_ptr_array_index (b->changes, i)))
      return FALSE;
  return TRUE;
}

gboolean
hc_scenario_list_equal (HcScenarioList *a,
                        HcScenarioList *b)
{
  if (hc_scenario_list_get_n (a) != hc_scenario_list_get_n (b))
    return FALSE;
  for (guint i = 0; i < hc_scenario_list_get_n (a); i++)
    if (!scenario_equal (hc_scenario_list_get (a, i), hc_scenario_list_get (b, i)))
      return FALSE;
  return TRUE;
}
