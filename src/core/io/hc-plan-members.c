/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-io"

#include "config.h"

#include <string.h>

#include "hc-plan-members-private.h"

const HcMemberSpec _hc_range_members[N_RANGE_MEMBERS] = {
  { "low", TRUE }, { "high", TRUE },
};

const HcMemberSpec _hc_seniority_members[HC_N_SENIORITIES] = {
  { "junior", TRUE }, { "mid", TRUE }, { "senior", TRUE }, { "staff", TRUE },
};

const HcMemberSpec _hc_role_members[N_ROLE_MEMBERS] = {
  { "id", TRUE }, { "name", TRUE }, { "kind", TRUE }, { "skills", FALSE },
  { "description", FALSE },
  /* A built-in role may leave its figures out: they are the benchmark
   * set's (the reader insists on them for any other role). */
  { "salary", FALSE }, { "time_to_hire_weeks", FALSE }, { "ramp_up_weeks", FALSE },
};

const HcMemberSpec _hc_phase_members[N_PHASE_MEMBERS] = {
  { "id", TRUE }, { "name", TRUE }, { "description", FALSE }, { "unit", TRUE },
  { "first", TRUE }, { "last", TRUE },
};

const HcMemberSpec _hc_position_members[N_POSITION_MEMBERS] = {
  { "id", TRUE }, { "role", TRUE }, { "seniority", TRUE }, { "count", TRUE },
  /* A preset is stored by its name only: its percentage follows the
   * level (hc-locations.h).  A custom location stores its percentage. */
  { "location", TRUE }, { "location_adjustment_percent", FALSE },
  { "sourcing", TRUE }, { "phase", TRUE }, { "skills", FALSE },
  { "salary", FALSE }, { "earliest_start_week", FALSE },
  { "time_to_hire_weeks", FALSE }, { "relocation_per_person", FALSE },
  { "notes", FALSE },
};

const HcMemberSpec _hc_assumption_members[HC_N_ASSUMPTIONS] = {
  { "benefits_percent", FALSE }, { "agency_fee_percent", FALSE },
  { "equipment_per_person", FALSE }, { "software_per_month", FALSE },
  { "cloud_per_month", FALSE }, { "equity_pool_percent", FALSE },
  { "payroll_tax_percent", FALSE }, { "signing_bonus_per_person", FALSE },
  { "referral_bonus_per_person", FALSE },
};

const HcMemberSpec _hc_plan_members[N_PLAN_MEMBERS] = {
  { "format", TRUE }, { "version", TRUE }, { "title", TRUE }, { "subtitle", FALSE },
  { "currency", FALSE },
  { "start_date", FALSE }, { "horizon_months", FALSE }, { "notes", FALSE },
  { "assumptions", FALSE }, { "roles", FALSE }, { "phases", FALSE },
  { "positions", FALSE }, { "benchmarks", FALSE }, { "usd_exchange_rate", FALSE },
  { "scenarios", FALSE }, { "market", FALSE },
};

int
_hc_member_spec_find (const HcMemberSpec *specs,
                      guint               n_specs,
                      const char         *name)
{
  for (guint i = 0; i < n_specs; i++)
    if (strcmp (specs[i].name, name) == 0)
      return (int) i;
  return -1;
}
