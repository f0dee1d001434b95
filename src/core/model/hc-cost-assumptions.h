/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-benchmarks.h"
#include "hc-types.h"

G_BEGIN_DECLS

#define HC_TYPE_COST_ASSUMPTIONS (hc_cost_assumptions_get_type ())
G_DECLARE_FINAL_TYPE (HcCostAssumptions, hc_cost_assumptions, HC, COST_ASSUMPTIONS, GObject)

/* The plan-wide cost figures besides salaries, each a range.  A new object
 * holds the guide's defaults. */
typedef enum
{
  HC_ASSUMPTION_BENEFITS_PERCENT,     /* % of base salary */
  HC_ASSUMPTION_AGENCY_FEE_PERCENT,   /* % of an agency hire's base salary, once */
  HC_ASSUMPTION_EQUIPMENT_PER_PERSON, /* money, once at the start date */
  HC_ASSUMPTION_SOFTWARE_PER_MONTH,   /* money, team-wide */
  HC_ASSUMPTION_CLOUD_PER_MONTH,      /* money, team-wide */
  HC_ASSUMPTION_EQUITY_POOL_PERCENT,  /* % of the company, non-cash */
  /* Costs the guides leave out (DOMAIN.md): zero until the plan sets
   * them, and hc_cost_assumptions_is_in_guides() says so. */
  HC_ASSUMPTION_PAYROLL_TAX_PERCENT,  /* % of base salary beyond benefits, monthly */
  HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON,   /* money, once at the start date */
  HC_ASSUMPTION_REFERRAL_BONUS_PER_PERSON,  /* money, once per referral hire */
} HcAssumption;
#define HC_N_ASSUMPTIONS 9

HcCostAssumptions *hc_cost_assumptions_new         (void);

HcRange     hc_cost_assumptions_get                (HcCostAssumptions *self,
                                                    HcAssumption       which);
void        hc_cost_assumptions_set                (HcCostAssumptions *self,
                                                    HcAssumption       which,
                                                    HcRange            value);
/* The guide's figure, for a "reset to default" button. */
HcRange     hc_cost_assumptions_get_default        (HcAssumption       which);
/* Where the default comes from (the team guide), for those in the
 * guides; */
HcSource    hc_cost_assumptions_get_source         (HcAssumption       which);
/* FALSE for a cost the guides leave out: its default is zero, "not in
 * the guides", until the plan sets it. */
gboolean    hc_cost_assumptions_is_in_guides       (HcAssumption       which);
/* TRUE for a percentage of base salary (or of the company), FALSE for
 * money. */
gboolean    hc_assumption_is_percent               (HcAssumption       which);
/* The bounds hc_plan_validate() holds the value to. */
HcRange     hc_cost_assumptions_get_limits         (HcAssumption       which);
/* "benefits_percent", … : the key in a plan file. */
const char *hc_assumption_to_string                (HcAssumption       which);
gboolean    hc_assumption_from_string              (const char        *str,
                                                    HcAssumption      *out);
const char *hc_assumption_get_label                (HcAssumption       which);

G_END_DECLS
