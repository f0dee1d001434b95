/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hc-cost-assumptions.h"
#include "hc-types.h"

G_BEGIN_DECLS

/* The members of each kind of object in a plan file, in the order they
 * are written: the reader walks them to read a file, the writer to know
 * which kept extras would repeat a known name. */
typedef struct
{
  const char *name;
  gboolean    required;
} HcMemberSpec;

enum
{
  ROLE_ID, ROLE_NAME, ROLE_KIND, ROLE_SKILLS, ROLE_DESCRIPTION, ROLE_SALARY,
  ROLE_TIME_TO_HIRE, ROLE_RAMP_UP, N_ROLE_MEMBERS
};

enum
{
  PHASE_ID, PHASE_NAME, PHASE_DESCRIPTION, PHASE_UNIT, PHASE_FIRST, PHASE_LAST,
  N_PHASE_MEMBERS
};

enum
{
  POS_ID, POS_ROLE, POS_SENIORITY, POS_COUNT, POS_LOCATION, POS_LOCATION_ADJUSTMENT,
  POS_SOURCING, POS_PHASE, POS_SKILLS, POS_SALARY, POS_EARLIEST_START,
  POS_TIME_TO_HIRE, POS_RELOCATION, POS_NOTES, N_POSITION_MEMBERS
};

enum
{
  PLAN_FORMAT, PLAN_VERSION, PLAN_TITLE, PLAN_SUBTITLE, PLAN_CURRENCY, PLAN_START_DATE,
  PLAN_HORIZON_MONTHS, PLAN_NOTES, PLAN_ASSUMPTIONS, PLAN_ROLES, PLAN_PHASES,
  PLAN_POSITIONS, PLAN_BENCHMARKS, PLAN_USD_EXCHANGE_RATE, PLAN_SCENARIOS, PLAN_MARKET,
  N_PLAN_MEMBERS
};

#define N_RANGE_MEMBERS 2

/* Ranges: {"low": …, "high": …} */
extern const HcMemberSpec _hc_range_members[N_RANGE_MEMBERS];
/* Tables by seniority: {"junior": R, "mid": R, "senior": R, "staff": R} */
extern const HcMemberSpec _hc_seniority_members[HC_N_SENIORITIES];
extern const HcMemberSpec _hc_role_members[N_ROLE_MEMBERS];
extern const HcMemberSpec _hc_phase_members[N_PHASE_MEMBERS];
extern const HcMemberSpec _hc_position_members[N_POSITION_MEMBERS];
/* In HcAssumption order. */
extern const HcMemberSpec _hc_assumption_members[HC_N_ASSUMPTIONS];
extern const HcMemberSpec _hc_plan_members[N_PLAN_MEMBERS];

/* The index of @name in @specs, or -1. */
int _hc_member_spec_find (const HcMemberSpec *specs,
                          guint               n_specs,
                          const char         *name);

G_END_DECLS
