/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hc-benchmarks.h"
#include "hc-locations.h"
#include "hc-defaults-private.h"
#include "hc-edit-private.h"
#include "hc-extras-private.h"
#include "hc-model-private.h"
#include "hc-plan-private.h"

/* The plan follows every object in its three lists so that it can say
 * "changed" for any edit.  A GListStore does not say which items an
 * "items-changed" removed, so each list keeps a mirror of the items it has
 * connected to. */
typedef struct
{
  GListStore *store;
  GPtrArray  *connected;
} HcPlanList;

typedef struct
{
  HcPlan *plan;
} HcPlanOwner;

struct _HcPlan
{
  GObject            parent_instance;

  char              *title;
  char              *subtitle;
  char              *currency;
  char              *notes;
  char              *benchmarks;      /* the benchmark set its defaults come from */
  GDate              start_date;
  guint              horizon_months;
  double             usd_exchange_rate;
  HcScenarioList    *scenarios;       /* NULL when the plan has none */
  HcMarket           market;          /* the guides' but in a scenario's plan */

  HcCostAssumptions *assumptions;
  HcPlanList         roles;
  HcPlanList         phases;
  HcPlanList         positions;

  HcPlanOwner       *owner;
  HcEdit            *recording;       /* owned; NULL when not recording */
  guint              changed_freeze;
  gboolean           changed_pending;
  guint64            generation;      /* counts changes, for hc_resolution_get() */
};

G_DEFINE_FINAL_TYPE (HcPlan, hc_plan, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_CURRENCY,
  PROP_START_DATE,
  PROP_HORIZON_MONTHS,
  PROP_NOTES,
  PROP_USD_EXCHANGE_RATE,
  PROP_BENCHMARKS,
  PROP_SCENARIOS,
  PROP_MARKET,
  PROP_ASSUMPTIONS,
  PROP_ROLES,
  PROP_PHASES,
  PROP_POSITIONS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static guint changed_signal;

static void
hc_plan_emit_changed (HcPlan *self)
{
  /* Counted at once, even while ::changed waits for a thaw, so that a
   * figure read in between is never an earlier state's. */
  self->generation++;
  if (self->changed_freeze > 0)
    {
      self->changed_pending = TRUE;
      return;
    }
  g_signal_emit (self, changed_signal, 0);
}

/* Model objects find the plan they belong to through this, to record
 * their changes in its edit.  All of a plan's objects share one small
 * box that the plan empties when it goes: a position an undo step keeps
 * after removing it may outlive its plan.  (A GWeakRef per object would
 * cost the plan a list of ten thousand weak locations.) */
static GQuark
owner_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("hc-plan-owner");
  return quark;
}

/* An object stays owned after it is removed, so that an edit that takes a
 * position out, changes it and puts it back records all three. */
static void
set_owner (gpointer  object,
           HcPlan   *self)
{
  if (g_object_get_qdata (object, owner_quark ()) == self->owner)
    return;
  g_object_set_qdata_full (object, owner_quark (), g_rc_box_acquire (self->owner),
                           g_rc_box_release);
}

HcPlan *
_hc_plan_get_owner (gpointer object)
{
  HcPlanOwner *owner;

  if (HC_IS_PLAN (object))
    return object;
  owner = g_object_get_qdata (object, owner_quark ());
  return owner != NULL ? owner->plan : NULL;
}

guint64
_hc_plan_get_generation (HcPlan *self)
{
  return self->generation;
}

GPtrArray *
_hc_plan_get_position_array (HcPlan *self)
{
  return self->positions.connected;
}

HcEdit *
_hc_plan_get_recording (HcPlan *self)
{
  return self->recording;
}

void
_hc_plan_set_recording (HcPlan *self,
                        HcEdit *recording)
{
  self->recording = recording;
}

void
_hc_plan_freeze_changed (HcPlan *self)
{
  self->changed_freeze++;
}

void
_hc_plan_thaw_changed (HcPlan *self)
{
  g_return_if_fail (self->changed_freeze > 0);

  if (--self->changed_freeze > 0 || !self->changed_pending)
    return;
  self->changed_pending = FALSE;
  g_signal_emit (self, changed_signal, 0);
}

static void
hc_plan_property_changed (HcPlan *self,
                          guint   prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  hc_plan_emit_changed (self);
}

static void
on_item_changed (GObject *item,
                 HcPlan  *self)
{
  hc_plan_emit_changed (self);
}

static void
on_items_changed (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  HcPlan     *self)
{
  HcPlanList *list = G_LIST_STORE (model) == self->roles.store ? &self->roles
                   : G_LIST_STORE (model) == self->phases.store ? &self->phases
                   : &self->positions;

  if (self->recording != NULL)
    _hc_edit_record_splice (self->recording, G_LIST_STORE (model), position,
                            list->connected->pdata + position, removed, added);
  for (guint i = 0; i < removed; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (list->connected, position + i),
                                          on_item_changed, self);
  g_ptr_array_remove_range (list->connected, position, removed);

  for (guint i = 0; i < added; i++)
    {
      GObject *item = g_list_model_get_item (model, position + i);

      g_signal_connect (item, "changed", G_CALLBACK (on_item_changed), self);
      set_owner (item, self);
      g_ptr_array_insert (list->connected, position + i, item);
    }

  hc_plan_emit_changed (self);
}

static void
hc_plan_list_init (HcPlan     *self,
                   HcPlanList *list,
                   GType       item_type)
{
  list->store = g_list_store_new (item_type);
  list->connected = g_ptr_array_new_with_free_func (g_object_unref);
  g_signal_connect (list->store, "items-changed", G_CALLBACK (on_items_changed), self);
}

static void
hc_plan_list_clear (HcPlan     *self,
                    HcPlanList *list)
{
  if (list->store == NULL)
    return;
  g_signal_handlers_disconnect_by_data (list->store, self);
  for (guint i = 0; i < list->connected->len; i++)
    g_signal_handlers_disconnect_by_func (g_ptr_array_index (list->connected, i),
                                          on_item_changed, self);
  g_clear_pointer (&list->connected, g_ptr_array_unref);
  g_clear_object (&list->store);
}

static void
hc_plan_dispose (GObject *object)
{
  HcPlan *self = HC_PLAN (object);

  g_clear_pointer (&self->recording, hc_edit_free);
  if (self->owner != NULL)
    {
      self->owner->plan = NULL;
      g_clear_pointer (&self->owner, g_rc_box_release);
    }
  hc_plan_list_clear (self, &self->roles);
  hc_plan_list_clear (self, &self->phases);
  hc_plan_list_clear (self, &self->positions);
  if (self->assumptions != NULL)
    g_signal_handlers_disconnect_by_data (self->assumptions, self);
  g_clear_object (&self->assumptions);

  G_OBJECT_CLASS (hc_plan_parent_class)->dispose (object);
}

static void
hc_plan_finalize (GObject *object)
{
  HcPlan *self = HC_PLAN (object);

  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->currency);
  g_free (self->notes);
  g_free (self->benchmarks);
  g_clear_pointer (&self->scenarios, hc_scenario_list_unref);

  G_OBJECT_CLASS (hc_plan_parent_class)->finalize (object);
}

static void
hc_plan_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  HcPlan *self = HC_PLAN (object);

  switch (prop_id)
    {
    case PROP_TITLE: g_value_set_string (value, self->title); break;
    case PROP_SUBTITLE: g_value_set_string (value, self->subtitle); break;
    case PROP_CURRENCY: g_value_set_string (value, self->currency); break;
    case PROP_START_DATE: g_value_set_boxed (value, &self->start_date); break;
    case PROP_HORIZON_MONTHS: g_value_set_uint (value, self->horizon_months); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_USD_EXCHANGE_RATE: g_value_set_double (value, self->usd_exchange_rate); break;
    case PROP_BENCHMARKS: g_value_set_string (value, self->benchmarks); break;
    case PROP_SCENARIOS: g_value_set_boxed (value, self->scenarios); break;
    case PROP_MARKET: g_value_set_uint (value, self->market); break;
    case PROP_ASSUMPTIONS: g_value_set_object (value, self->assumptions); break;
    case PROP_ROLES: g_value_set_object (value, self->roles.store); break;
    case PROP_PHASES: g_value_set_object (value, self->phases.store); break;
    case PROP_POSITIONS: g_value_set_object (value, self->positions.store); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_plan_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  HcPlan *self = HC_PLAN (object);

  switch (prop_id)
    {
    case PROP_TITLE: hc_plan_set_title (self, g_value_get_string (value)); break;
    case PROP_SUBTITLE: hc_plan_set_subtitle (self, g_value_get_string (value)); break;
    case PROP_CURRENCY: hc_plan_set_currency (self, g_value_get_string (value)); break;
    case PROP_START_DATE:
      if (g_value_get_boxed (value) != NULL)
        hc_plan_set_start_date (self, g_value_get_boxed (value));
      break;
    case PROP_HORIZON_MONTHS: hc_plan_set_horizon_months (self, g_value_get_uint (value)); break;
    case PROP_NOTES: hc_plan_set_notes (self, g_value_get_string (value)); break;
    case PROP_USD_EXCHANGE_RATE:
      hc_plan_set_usd_exchange_rate (self, g_value_get_double (value));
      break;
    case PROP_BENCHMARKS: hc_plan_set_benchmarks (self, g_value_get_string (value)); break;
    case PROP_SCENARIOS: hc_plan_set_scenarios (self, g_value_get_boxed (value)); break;
    case PROP_MARKET: hc_plan_set_market (self, (HcMarket) g_value_get_uint (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_plan_class_init (HcPlanClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_only = G_PARAM_READABLE | G_PARAM_STATIC_STRINGS;

  object_class->dispose = hc_plan_dispose;
  object_class->finalize = hc_plan_finalize;
  object_class->get_property = hc_plan_get_property;
  object_class->set_property = hc_plan_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, "", flags);
  properties[PROP_CURRENCY] = g_param_spec_string ("currency", NULL, NULL, "USD", flags);
  properties[PROP_BENCHMARKS] = g_param_spec_string ("benchmarks", NULL, NULL, HC_BENCHMARK_SET, flags);
  properties[PROP_START_DATE] = g_param_spec_boxed ("start-date", NULL, NULL, G_TYPE_DATE, flags);
  properties[PROP_SCENARIOS] = g_param_spec_boxed ("scenarios", NULL, NULL,
                                                   HC_TYPE_SCENARIO_LIST, flags);
  /* An HcMarket; no enum type is registered for it. */
  properties[PROP_MARKET] = g_param_spec_uint ("market", NULL, NULL,
                                               0, HC_N_MARKETS - 1, HC_MARKET_GUIDES, flags);
  properties[PROP_HORIZON_MONTHS] = g_param_spec_uint ("horizon-months", NULL, NULL,
                                                       0, G_MAXUINT, 24, flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  /* 0 when the plan states none. */
  properties[PROP_USD_EXCHANGE_RATE] = g_param_spec_double ("usd-exchange-rate", NULL, NULL,
                                                            0, G_MAXDOUBLE, 0, flags);
  properties[PROP_ASSUMPTIONS] = g_param_spec_object ("assumptions", NULL, NULL,
                                                      HC_TYPE_COST_ASSUMPTIONS, read_only);
  properties[PROP_ROLES] = g_param_spec_object ("roles", NULL, NULL, G_TYPE_LIST_MODEL, read_only);
  properties[PROP_PHASES] = g_param_spec_object ("phases", NULL, NULL, G_TYPE_LIST_MODEL, read_only);
  properties[PROP_POSITIONS] = g_param_spec_object ("positions", NULL, NULL,
                                                    G_TYPE_LIST_MODEL, read_only);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * HcPlan::changed:
   *
   * Emitted after any change anywhere in the plan.
   */
  changed_signal = g_signal_new ("changed", HC_TYPE_PLAN, G_SIGNAL_RUN_LAST, 0,
                                 NULL, NULL, NULL, G_TYPE_NONE, 0);
}

/* The plan starts on the Monday after today, as a new hiring plan would. */
static void
next_monday (GDate *date)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  int to_monday;

  g_date_clear (date, 1);
  g_date_set_dmy (date, g_date_time_get_day_of_month (now),
                  g_date_time_get_month (now), g_date_time_get_year (now));
  to_monday = 8 - g_date_get_weekday (date);
  g_date_add_days (date, to_monday == 8 ? 7 : to_monday);
}

static void
hc_plan_init (HcPlan *self)
{
  self->title = g_strdup ("");
  self->subtitle = g_strdup ("");
  self->currency = g_strdup ("USD");
  self->benchmarks = g_strdup (HC_BENCHMARK_SET);
  self->notes = g_strdup ("");
  self->horizon_months = 24;
  next_monday (&self->start_date);

  self->owner = g_rc_box_new0 (HcPlanOwner);
  self->owner->plan = self;
  self->assumptions = hc_cost_assumptions_new ();
  set_owner (self->assumptions, self);
  g_signal_connect_swapped (self->assumptions, "changed",
                            G_CALLBACK (hc_plan_emit_changed), self);
  hc_plan_list_init (self, &self->roles, HC_TYPE_ROLE);
  hc_plan_list_init (self, &self->phases, HC_TYPE_PHASE);
  hc_plan_list_init (self, &self->positions, HC_TYPE_POSITION);
}

HcPlan *
hc_plan_new (void)
{
  return g_object_new (HC_TYPE_PLAN, NULL);
}

HcPlan *
hc_plan_new_default (void)
{
  HcPlan *self = hc_plan_new ();

  hc_plan_set_title (self, _("Untitled Plan"));
  _hc_defaults_add_roles (self->roles.store);
  _hc_defaults_add_phases (self->phases.store);
  return self;
}

typedef gpointer (*HcCopyFunc) (gpointer item);

static void
copy_list (GListStore *from,
           GListStore *to,
           HcCopyFunc  copy)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (from));
  g_autoptr(GPtrArray) copies = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (from), i);
      g_ptr_array_add (copies, copy (item));
    }
  g_list_store_splice (to, 0, g_list_model_get_n_items (G_LIST_MODEL (to)),
                       copies->pdata, copies->len);
}

HcPlan *
hc_plan_copy (HcPlan *self)
{
  HcPlan *copy;

  g_return_val_if_fail (HC_IS_PLAN (self), NULL);

  copy = hc_plan_new ();
  _hc_model_set_string (&copy->title, self->title);
  _hc_model_set_string (&copy->subtitle, self->subtitle);
  _hc_model_set_string (&copy->currency, self->currency);
  _hc_model_set_string (&copy->notes, self->notes);
  _hc_model_set_string (&copy->benchmarks, self->benchmarks);
  copy->start_date = self->start_date;
  copy->horizon_months = self->horizon_months;
  copy->usd_exchange_rate = self->usd_exchange_rate;
  copy->scenarios = self->scenarios != NULL ? hc_scenario_list_ref (self->scenarios) : NULL;
  copy->market = self->market;
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    hc_cost_assumptions_set (copy->assumptions, i, hc_cost_assumptions_get (self->assumptions, i));
  _hc_extras_copy (copy->assumptions, self->assumptions);
  copy_list (self->roles.store, copy->roles.store, (HcCopyFunc) hc_role_copy);
  copy_list (self->phases.store, copy->phases.store, (HcCopyFunc) hc_phase_copy);
  copy_list (self->positions.store, copy->positions.store, (HcCopyFunc) hc_position_copy);
  _hc_extras_copy (copy, self);
  return copy;
}

#define STRING_ACCESSORS(field, PROP)                                  \
  const char *hc_plan_get_##field (HcPlan *self)                       \
  {                                                                    \
    g_return_val_if_fail (HC_IS_PLAN (self), NULL);                    \
    return self->field;                                                \
  }                                                                    \
  void hc_plan_set_##field (HcPlan *self, const char *value)           \
  {                                                                    \
    g_return_if_fail (HC_IS_PLAN (self));                              \
    if (!_hc_model_string_differs (self->field, value))                \
      return;                                                          \
    _hc_model_record_property (self, properties[PROP]);                \
    _hc_model_set_string (&self->field, value);                        \
    hc_plan_property_changed (self, PROP);                             \
  }

STRING_ACCESSORS (title, PROP_TITLE)
STRING_ACCESSORS (subtitle, PROP_SUBTITLE)
STRING_ACCESSORS (currency, PROP_CURRENCY)
STRING_ACCESSORS (notes, PROP_NOTES)
STRING_ACCESSORS (benchmarks, PROP_BENCHMARKS)

GDate
hc_plan_get_start_date (HcPlan *self)
{
  GDate invalid;

  g_date_clear (&invalid, 1);
  g_return_val_if_fail (HC_IS_PLAN (self), invalid);
  return self->start_date;
}

void
hc_plan_set_start_date (HcPlan      *self,
                        const GDate *date)
{
  g_return_if_fail (HC_IS_PLAN (self));
  g_return_if_fail (date != NULL && g_date_valid (date));

  if (g_date_compare (&self->start_date, date) == 0)
    return;
  _hc_model_record_property (self, properties[PROP_START_DATE]);
  self->start_date = *date;
  hc_plan_property_changed (self, PROP_START_DATE);
}

guint
hc_plan_get_horizon_months (HcPlan *self)
{
  g_return_val_if_fail (HC_IS_PLAN (self), 0);
  return self->horizon_months;
}

void
hc_plan_set_horizon_months (HcPlan *self,
                            guint   months)
{
  g_return_if_fail (HC_IS_PLAN (self));
  if (self->horizon_months == months)
    return;
  _hc_model_record_property (self, properties[PROP_HORIZON_MONTHS]);
  self->horizon_months = months;
  hc_plan_property_changed (self, PROP_HORIZON_MONTHS);
}

double
hc_plan_get_usd_exchange_rate (HcPlan *self)
{
  g_return_val_if_fail (HC_IS_PLAN (self), 0);
  return self->usd_exchange_rate;
}

void
hc_plan_set_usd_exchange_rate (HcPlan *self,
                               double  rate)
{
  g_return_if_fail (HC_IS_PLAN (self));
  if (self->usd_exchange_rate == rate)
    return;
  _hc_model_record_property (self, properties[PROP_USD_EXCHANGE_RATE]);
  self->usd_exchange_rate = rate;
  hc_plan_property_changed (self, PROP_USD_EXCHANGE_RATE);
}

HcMarket
hc_plan_get_market (HcPlan *self)
{
  g_return_val_if_fail (HC_IS_PLAN (self), HC_MARKET_GUIDES);
  return self->market;
}

void
hc_plan_set_market (HcPlan   *self,
                    HcMarket  market)
{
  g_return_if_fail (HC_IS_PLAN (self));
  g_return_if_fail ((guint) market < HC_N_MARKETS);

  if (self->market == market)
    return;
  _hc_model_record_property (self, properties[PROP_MARKET]);
  self->market = market;
  hc_plan_property_changed (self, PROP_MARKET);
}

HcScenarioList *
hc_plan_get_scenarios (HcPlan *self)
{
  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  return self->scenarios;
}

void
hc_plan_set_scenarios (HcPlan         *self,
                       HcScenarioList *scenarios)
{
  g_return_if_fail (HC_IS_PLAN (self));

  /* An empty list is none: the file is then written as version 1. */
  if (scenarios != NULL && hc_scenario_list_get_n (scenarios) == 0)
    scenarios = NULL;
  /* A plan read back from its file holds new lists of the same
   * scenarios: no change, as for any other value. */
  if (self->scenarios == scenarios || hc_scenario_list_equal (self->scenarios, scenarios))
    return;
  _hc_model_record_property (self, properties[PROP_SCENARIOS]);
  g_clear_pointer (&self->scenarios, hc_scenario_list_unref);
  self->scenarios = scenarios != NULL ? hc_scenario_list_ref (scenarios) : NULL;
  hc_plan_property_changed (self, PROP_SCENARIOS);
}

double
hc_plan_get_benchmark_factor (HcPlan *self)
{
  g_return_val_if_fail (HC_IS_PLAN (self), 1);
  if (g_strcmp0 (self->currency, "USD") == 0 || !(self->usd_exchange_rate > 0))
    return 1;
  return self->usd_exchange_rate;
}

HcCostAssumptions *
hc_plan_get_assumptions (HcPlan *self)
{
  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  return self->assumptions;
}

GListStore *
hc_plan_get_roles (HcPlan *self)
{
  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  return self->roles.store;
}

GListStore *
hc_plan_get_phases (HcPlan *self)
{
  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  return self->phases.store;
}

GListStore *
hc_plan_get_positions (HcPlan *self)
{
  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  return self->positions.store;
}

/* The mirrors hold the items in order, so look-ups need no references. */
typedef const char *(*HcIdFunc) (gpointer item);

static gpointer
find_by_id (HcPlanList *list,
            HcIdFunc    get_id,
            const char *id,
            guint      *index_out)
{
  if (id == NULL)
    return NULL;
  for (guint i = 0; i < list->connected->len; i++)
    {
      gpointer item = g_ptr_array_index (list->connected, i);

      if (g_str_equal (get_id (item), id))
        {
          if (index_out != NULL)
            *index_out = i;
          return item;
        }
    }
  return NULL;
}

HcRole *
hc_plan_find_role (HcPlan     *self,
                   const char *id)
{
  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  return find_by_id (&self->roles, (HcIdFunc) hc_role_get_id, id, NULL);
}

HcPhase *
hc_plan_find_phase (HcPlan     *self,
                    const char *id)
{
  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  return find_by_id (&self->phases, (HcIdFunc) hc_phase_get_id, id, NULL);
}

HcPosition *
hc_plan_find_position (HcPlan     *self,
                       const char *id,
                       guint      *index_out)
{
  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  return find_by_id (&self->positions, (HcIdFunc) hc_position_get_id, id, index_out);
}

guint
hc_plan_get_headcount (HcPlan *self)
{
  guint total = 0;

  g_return_val_if_fail (HC_IS_PLAN (self), 0);

  for (guint i = 0; i < self->positions.connected->len; i++)
    total += hc_position_get_count (g_ptr_array_index (self->positions.connected, i));
  return total;
}

char *
hc_plan_make_unique_id (HcPlan     *self,
                        GListModel *among,
                        const char *prefix)
{
  g_autoptr(GHashTable) taken = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint n;

  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  g_return_val_if_fail (G_IS_LIST_MODEL (among), NULL);

  n = g_list_model_get_n_items (among);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (among, i);
      g_autofree char *id = NULL;

      g_object_get (item, "id", &id, NULL);
      g_hash_table_add (taken, g_steal_pointer (&id));
    }
  for (guint k = n + 1;; k++)
    {
      g_autofree char *candidate = g_strdup_printf ("%s-%u", prefix, k);

      if (!g_hash_table_contains (taken, candidate))
        return g_steal_pointer (&candidate);
    }
}

GHashTable *
_hc_plan_build_role_table (HcPlan *self)
{
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (HC_IS_PLAN (self), table);

  for (guint i = 0; i < self->roles.connected->len; i++)
    {
      HcRole *role = g_ptr_array_index (self->roles.connected, i);
      const char *id = hc_role_get_id (role);

      if (!g_hash_table_contains (table, id))
        g_hash_table_insert (table, (gpointer) id, role);
    }
  return table;
}

char *
hc_plan_describe_position (HcPlan     *self,
                           HcPosition *position)
{
  HcRole *role;
  const char *role_name;
  const char *seniority;
  guint count;

  g_return_val_if_fail (HC_IS_PLAN (self), NULL);
  g_return_val_if_fail (HC_IS_POSITION (position), NULL);

  role = hc_plan_find_role (self, hc_position_get_role_id (position));
  role_name = role != NULL ? hc_role_get_name (role) : hc_position_get_role_id (position);
  seniority = hc_seniority_get_label (hc_position_get_seniority (position));
  count = hc_position_get_count (position);
  if (count == 1)
    /* Translators: seniority, then role: "Senior Backend / API engineer" */
    return g_strdup_printf (_("%s %s"), seniority, role_name);
  /* Translators: count × seniority role */
  return g_strdup_printf (_("%u × %s %s"), count, seniority, role_name);
}
