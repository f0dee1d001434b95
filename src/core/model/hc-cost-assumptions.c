/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-cost-assumptions"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hc-cost-assumptions.h"
#include "hc-enums.h"
#include "hc-extras-private.h"
#include "hc-model-private.h"

struct _HcCostAssumptions
{
  GObject parent_instance;

  HcRange values[HC_N_ASSUMPTIONS];
};

G_DEFINE_FINAL_TYPE (HcCostAssumptions, hc_cost_assumptions, G_TYPE_OBJECT)

/* One property per assumption, in HcAssumption order after PROP_0. */
enum {
  PROP_0,
  N_PROPS = HC_N_ASSUMPTIONS + 1
};

static GParamSpec *properties[N_PROPS];
static guint changed_signal;

typedef struct
{
  const char *key;       /* in files */
  const char *property;
  const char *label;
  HcRange     fallback;  /* the guide's figure (DOMAIN.md) */
  HcRange     limits;
  HcSource    source;
  gboolean    not_in_guides;
  gboolean    percent;
} HcAssumptionInfo;

static const HcAssumptionInfo infos[HC_N_ASSUMPTIONS] = {
  /* The span the team guide's "total with benefits" table implies: each
   * end of each role's total over the same end of its base runs from
   * 145/120 − 1 = 20.8 % (backend, low) to 210/170 − 1 = 23.5 %
   * (database, high). */
  [HC_ASSUMPTION_BENEFITS_PERCENT] =
    { "benefits_percent", "benefits-percent", N_("Benefits"),
      { 20.8, 23.5 }, { 0, 200 }, HC_SOURCE_TEAM_GUIDE, FALSE, TRUE },
  [HC_ASSUMPTION_AGENCY_FEE_PERCENT] =
    { "agency_fee_percent", "agency-fee-percent", N_("Agency fee"),
      { 20, 25 }, { 0, 100 }, HC_SOURCE_TEAM_GUIDE, FALSE, TRUE },
  [HC_ASSUMPTION_EQUIPMENT_PER_PERSON] =
    { "equipment_per_person", "equipment-per-person", N_("Equipment per person"),
      { 3000, 5000 }, { 0, HC_MAX_MONEY }, HC_SOURCE_TEAM_GUIDE },
  [HC_ASSUMPTION_SOFTWARE_PER_MONTH] =
    { "software_per_month", "software-per-month", N_("Software tools per month"),
      { 2000, 5000 }, { 0, HC_MAX_MONEY }, HC_SOURCE_TEAM_GUIDE },
  [HC_ASSUMPTION_CLOUD_PER_MONTH] =
    { "cloud_per_month", "cloud-per-month", N_("Cloud per month"),
      { 1000, 10000 }, { 0, HC_MAX_MONEY }, HC_SOURCE_TEAM_GUIDE },
  [HC_ASSUMPTION_EQUITY_POOL_PERCENT] =
    { "equity_pool_percent", "equity-pool-percent", N_("Equity pool"),
      { 15, 25 }, { 0, 100 }, HC_SOURCE_TEAM_GUIDE, FALSE, TRUE },
  /* The guides leave these out: the plan's own to set (DOMAIN.md,
   * "Team-wide costs").  Zero until set, so that a plan that says nothing
   * keeps the guides' totals.  Payroll tax is what the employer pays
   * beyond the benefits load, so it stops at 100 % of base. */
  [HC_ASSUMPTION_PAYROLL_TAX_PERCENT] =
    { "payroll_tax_percent", "payroll-tax-percent", N_("Payroll tax"),
      { 0, 0 }, { 0, 100 }, HC_SOURCE_ESTIMATE, TRUE, TRUE },
  [HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON] =
    { "signing_bonus_per_person", "signing-bonus-per-person", N_("Signing bonus per person"),
      { 0, 0 }, { 0, HC_MAX_MONEY }, HC_SOURCE_ESTIMATE, TRUE, FALSE },
  [HC_ASSUMPTION_REFERRAL_BONUS_PER_PERSON] =
    { "referral_bonus_per_person", "referral-bonus-per-person", N_("Referral bonus per hire"),
      { 0, 0 }, { 0, HC_MAX_MONEY }, HC_SOURCE_ESTIMATE, TRUE, FALSE },
};

static void
hc_cost_assumptions_get_property (GObject    *object,
                                  guint       prop_id,
                                  GValue     *value,
                                  GParamSpec *pspec)
{
  HcCostAssumptions *self = HC_COST_ASSUMPTIONS (object);

  if (prop_id == PROP_0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  g_value_set_boxed (value, &self->values[prop_id - 1]);
}

static void
hc_cost_assumptions_set_property (GObject      *object,
                                  guint         prop_id,
                                  const GValue *value,
                                  GParamSpec   *pspec)
{
  HcCostAssumptions *self = HC_COST_ASSUMPTIONS (object);
  const HcRange *range;

  if (prop_id == PROP_0 || prop_id >= N_PROPS)
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
      return;
    }
  range = g_value_get_boxed (value);
  if (range != NULL)
    hc_cost_assumptions_set (self, prop_id - 1, *range);
}

static void
hc_cost_assumptions_class_init (HcCostAssumptionsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->get_property = hc_cost_assumptions_get_property;
  object_class->set_property = hc_cost_assumptions_set_property;

  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    properties[i + 1] = g_param_spec_boxed (infos[i].property, NULL, NULL, HC_TYPE_RANGE,
                                            G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY
                                            | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  changed_signal = _hc_model_changed_signal_new (HC_TYPE_COST_ASSUMPTIONS);
}

static void
hc_cost_assumptions_init (HcCostAssumptions *self)
{
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    self->values[i] = infos[i].fallback;
}

HcCostAssumptions *
hc_cost_assumptions_new (void)
{
  return g_object_new (HC_TYPE_COST_ASSUMPTIONS, NULL);
}

HcRange
hc_cost_assumptions_get (HcCostAssumptions *self,
                         HcAssumption       which)
{
  g_return_val_if_fail (HC_IS_COST_ASSUMPTIONS (self), hc_range_make (0, 0));
  g_return_val_if_fail ((guint) which < HC_N_ASSUMPTIONS, hc_range_make (0, 0));
  return self->values[which];
}

void
hc_cost_assumptions_set (HcCostAssumptions *self,
                         HcAssumption       which,
                         HcRange            value)
{
  g_return_if_fail (HC_IS_COST_ASSUMPTIONS (self));
  g_return_if_fail ((guint) which < HC_N_ASSUMPTIONS);

  if (hc_range_equal (self->values[which], value))
    return;
  _hc_model_record_property (self, properties[which + 1]);
  self->values[which] = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[which + 1]);
  g_signal_emit (self, changed_signal, 0);
}

HcRange
hc_cost_assumptions_get_default (HcAssumption which)
{
  g_return_val_if_fail ((guint) which < HC_N_ASSUMPTIONS, hc_range_make (0, 0));
  return infos[which].fallback;
}

HcRange
hc_cost_assumptions_get_limits (HcAssumption which)
{
  g_return_val_if_fail ((guint) which < HC_N_ASSUMPTIONS, hc_range_make (0, 0));
  return infos[which].limits;
}

const char *
hc_assumption_to_string (HcAssumption which)
{
  g_return_val_if_fail ((guint) which < HC_N_ASSUMPTIONS, NULL);
  return infos[which].key;
}

gboolean
hc_assumption_from_string (const char   *str,
                           HcAssumption *out)
{
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    if (g_strcmp0 (infos[i].key, str) == 0)
      {
        *out = (HcAssumption) i;
        return TRUE;
      }
  return FALSE;
}

const char *
hc_assumption_get_label (HcAssumption which)
{
  g_return_val_if_fail ((guint) which < HC_N_ASSUMPTIONS, NULL);
  return _(infos[which].label);
}

HcSource
hc_cost_assumptions_get_source (HcAssumption which)
{
  g_return_val_if_fail ((guint) which < HC_N_ASSUMPTIONS, HC_SOURCE_ESTIMATE);
  return infos[which].source;
}

gboolean
hc_cost_assumptions_is_in_guides (HcAssumption which)
{
  g_return_val_if_fail ((guint) which < HC_N_ASSUMPTIONS, FALSE);
  return !infos[which].not_in_guides;
}

gboolean
hc_assumption_is_percent (HcAssumption which)
{
  g_return_val_if_fail ((guint) which < HC_N_ASSUMPTIONS, FALSE);
  return infos[which].percent;
}
