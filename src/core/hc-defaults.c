/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-defaults"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hc-defaults-private.h"
#include "hc-phase.h"
#include "hc-role.h"

/* Every figure here is from the guide (shared/domain/DOMAIN.md):
 *
 * - Salaries, annual base, US 2026.  Backend: junior and staff from the
 *   level bands ($85–120K, $220–400K), mid and senior from the role table
 *   ("Backend engineer" $120–160K, "Senior backend engineer" $150–200K).
 *   Database and infrastructure engineers: the role table gives one band
 *   each ($130–170K, $140–180K), taken as mid-level; their other levels
 *   follow the backend ladder's ratios (junior ×0.71–0.75, senior ×1.25,
 *   staff ×1.47–2.0 of senior), rounded to $1K.  Platform engineers are
 *   paid as infrastructure engineers (the infrastructure premium).
 * - Time to hire: additional backend engineer 4–6 weeks, specialists 6–10
 *   (the first backend engineer's 6–10 is set on that position).
 * - Ramp-up: senior and staff 2–3 weeks, mid-level 8, junior 12+ (12–16). */

typedef struct
{
  const char *id;
  const char *name;
  const char *description;
  HcRoleKind  kind;
  HcSkills    skills;
  HcRange     salary[HC_N_SENIORITIES];
  HcRange     time_to_hire;
} RoleDefault;

static const RoleDefault default_roles[] = {
  { "backend", N_("Backend / API engineer"),
    N_("REST and GraphQL APIs, business logic, integrations, authentication, error handling"),
    HC_ROLE_KIND_GENERALIST, HC_SKILL_API,
    { { 85000, 120000 }, { 120000, 160000 }, { 150000, 200000 }, { 220000, 400000 } },
    { 4, 6 } },
  { "database", N_("Database engineer"),
    N_("Schema design, query optimisation, migrations, SQL and NoSQL, backup and recovery"),
    HC_ROLE_KIND_SPECIALIST, HC_SKILL_DATABASE,
    { { 92000, 128000 }, { 130000, 170000 }, { 163000, 213000 }, { 238000, 425000 } },
    { 6, 10 } },
  { "infrastructure", N_("Infrastructure / DevOps engineer"),
    N_("Infrastructure as code, CI/CD, monitoring and alerting, cloud, security"),
    HC_ROLE_KIND_SPECIALIST, HC_SKILL_INFRASTRUCTURE,
    { { 99000, 135000 }, { 140000, 180000 }, { 175000, 225000 }, { 257000, 450000 } },
    { 6, 10 } },
  { "platform", N_("Platform engineer"),
    N_("Internal platforms and developer tooling"),
    HC_ROLE_KIND_SPECIALIST, HC_SKILL_PLATFORM | HC_SKILL_INFRASTRUCTURE,
    { { 99000, 135000 }, { 140000, 180000 }, { 175000, 225000 }, { 257000, 450000 } },
    { 6, 10 } },
};

static const HcRange default_ramp_up[HC_N_SENIORITIES] = {
  [HC_SENIORITY_JUNIOR] = { 12, 16 },
  [HC_SENIORITY_MID]    = { 8, 8 },
  [HC_SENIORITY_SENIOR] = { 2, 3 },
  [HC_SENIORITY_STAFF]  = { 2, 3 },
};

typedef struct
{
  const char *id;
  const char *name;
  const char *description;
  HcTimeUnit  unit;
  guint       first;
  guint       last;
} PhaseDefault;

static const PhaseDefault default_phases[] = {
  { "foundation", N_("Backend foundation"),
    N_("The first backend engineer: 5+ years, API and database design, works independently"),
    HC_TIME_UNIT_WEEK, 1, 8 },
  { "capacity", N_("Additional backend capacity"),
    N_("More backend engineers: 3–5 years, independent, good communicators"),
    HC_TIME_UNIT_WEEK, 4, 10 },
  { "database", N_("Database specialist"),
    N_("When data complexity, query performance or volume demand it"),
    HC_TIME_UNIT_MONTH, 2, 4 },
  { "infrastructure", N_("Infrastructure specialist"),
    N_("When deployments, reliability and scaling need dedicated focus"),
    HC_TIME_UNIT_MONTH, 3, 6 },
};

void
_hc_defaults_add_roles (GListStore *roles)
{
  for (guint i = 0; i < G_N_ELEMENTS (default_roles); i++)
    {
      const RoleDefault *d = &default_roles[i];
      g_autoptr(HcRole) role = hc_role_new (d->id, _(d->name), d->kind);

      hc_role_set_description (role, _(d->description));
      hc_role_set_skills (role, d->skills);
      hc_role_set_time_to_hire (role, d->time_to_hire);
      for (guint s = 0; s < HC_N_SENIORITIES; s++)
        {
          hc_role_set_salary (role, s, d->salary[s]);
          hc_role_set_ramp_up (role, s, default_ramp_up[s]);
        }
      g_list_store_append (roles, role);
    }
}

void
_hc_defaults_add_phases (GListStore *phases)
{
  for (guint i = 0; i < G_N_ELEMENTS (default_phases); i++)
    {
      const PhaseDefault *d = &default_phases[i];
      g_autoptr(HcPhase) phase = hc_phase_new (d->id, _(d->name), d->unit, d->first, d->last);

      hc_phase_set_description (phase, _(d->description));
      g_list_store_append (phases, phase);
    }
}
