/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan"

#include "config.h"

#include "hc-edit-private.h"
#include "hc-extras-private.h"
#include "hc-plan-private.h"

/* Reloading a plan in place keeps every object a view shows, so a view
 * follows its objects, never the document's plan.  Values go through the
 * setters, which tell apart what changed and record it. */

static gboolean
is_phase_timing (GObject    *object,
                 GParamSpec *pspec)
{
  /* Set together by hc_phase_set_range(), never one by one: a phase is
   * not to be seen ending before it starts. */
  return HC_IS_PHASE (object) &&
         (g_str_equal (pspec->name, "unit") || g_str_equal (pspec->name, "first") ||
          g_str_equal (pspec->name, "last"));
}

static void
assign_properties (GObject *dest,
                   GObject *src)
{
  g_autofree GParamSpec **pspecs = NULL;
  guint n;

  pspecs = g_object_class_list_properties (G_OBJECT_GET_CLASS (dest), &n);
  for (guint i = 0; i < n; i++)
    {
      GValue value = G_VALUE_INIT;

      if ((pspecs[i]->flags & G_PARAM_WRITABLE) == 0 ||
          (pspecs[i]->flags & G_PARAM_CONSTRUCT_ONLY) != 0 ||
          is_phase_timing (dest, pspecs[i]))
        continue;
      g_value_init (&value, pspecs[i]->value_type);
      g_object_get_property (src, pspecs[i]->name, &value);
      g_object_set_property (dest, pspecs[i]->name, &value);
      g_value_unset (&value);
    }
}

static void
assign_extras (gpointer dest,
               gpointer src)
{
  HcExtras *have = _hc_extras_get (dest);
  HcExtras *want = _hc_extras_get (src);

  if (_hc_extras_equal (have, want))
    return;
  _hc_edit_record_extras (dest);
  _hc_extras_copy (dest, src);
  g_signal_emit_by_name (dest, "changed");
}

static void
assign_role (gpointer dest,
             gpointer src)
{
  assign_properties (dest, src);
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    {
      hc_role_set_salary (dest, s, hc_role_get_salary (src, s));
      hc_role_set_ramp_up (dest, s, hc_role_get_ramp_up (src, s));
    }
  assign_extras (dest, src);
}

static void
assign_phase (gpointer dest,
              gpointer src)
{
  assign_properties (dest, src);
  hc_phase_set_range (dest, hc_phase_get_unit (src), hc_phase_get_first (src),
                      hc_phase_get_last (src));
  assign_extras (dest, src);
}

static void
assign_object (gpointer dest,
               gpointer src)
{
  assign_properties (dest, src);
  assign_extras (dest, src);
}

typedef const char *(*IdFunc)     (gpointer item);
typedef gpointer    (*CopyFunc)   (gpointer item);
typedef void        (*AssignFunc) (gpointer dest,
                                   gpointer src);

static void
assign_list (GListStore *live,
             GListStore *loaded,
             IdFunc      get_id,
             CopyFunc    copy,
             AssignFunc  assign)
{
  guint n_live = g_list_model_get_n_items (G_LIST_MODEL (live));
  guint n_loaded = g_list_model_get_n_items (G_LIST_MODEL (loaded));
  g_autoptr(GHashTable) by_id = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_object_unref);
  g_autoptr(GPtrArray) have = g_ptr_array_new_full (n_live, g_object_unref);
  g_autoptr(GPtrArray) want = g_ptr_array_new_full (n_loaded, g_object_unref);
  guint prefix = 0, suffix = 0;

  for (guint i = 0; i < n_live; i++)
    {
      gpointer item = g_list_model_get_item (G_LIST_MODEL (live), i);

      g_ptr_array_add (have, item);
      if (!g_hash_table_contains (by_id, get_id (item)))
        g_hash_table_insert (by_id, (gpointer) get_id (item), g_object_ref (item));
    }
  for (guint i = 0; i < n_loaded; i++)
    {
      g_autoptr(GObject) source = g_list_model_get_item (G_LIST_MODEL (loaded), i);
      gpointer item = NULL;

      /* Stolen, so that a second item of one id is a new object. */
      if (g_hash_table_steal_extended (by_id, get_id (source), NULL, &item))
        assign (item, source);
      else
        item = copy (source);
      g_ptr_array_add (want, item);
    }

  while (prefix < have->len && prefix < want->len &&
         have->pdata[prefix] == want->pdata[prefix])
    prefix++;
  while (suffix < have->len - prefix && suffix < want->len - prefix &&
         have->pdata[have->len - 1 - suffix] == want->pdata[want->len - 1 - suffix])
    suffix++;
  if (prefix == have->len && prefix == want->len)
    return;
  g_list_store_splice (live, prefix, have->len - prefix - suffix,
                       want->pdata + prefix, want->len - prefix - suffix);
}

void
hc_plan_assign (HcPlan *self,
                HcPlan *loaded)
{
  g_return_if_fail (HC_IS_PLAN (self));
  g_return_if_fail (HC_IS_PLAN (loaded));

  if (self == loaded)
    return;
  _hc_plan_freeze_changed (self);
  assign_object (G_OBJECT (self), G_OBJECT (loaded));
  assign_object (G_OBJECT (hc_plan_get_assumptions (self)),
                 G_OBJECT (hc_plan_get_assumptions (loaded)));
  assign_list (hc_plan_get_roles (self), hc_plan_get_roles (loaded),
               (IdFunc) hc_role_get_id, (CopyFunc) hc_role_copy, assign_role);
  assign_list (hc_plan_get_phases (self), hc_plan_get_phases (loaded),
               (IdFunc) hc_phase_get_id, (CopyFunc) hc_phase_copy, assign_phase);
  assign_list (hc_plan_get_positions (self), hc_plan_get_positions (loaded),
               (IdFunc) hc_position_get_id, (CopyFunc) hc_position_copy, assign_object);
  _hc_plan_thaw_changed (self);
}
