/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-defaults"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hc-benchmarks.h"
#include "hc-defaults-private.h"
#include "hc-phase.h"
#include "hc-role.h"
#include "hc-extras-private.h"
#include "hc-plan.h"
#include "hc-plan-private.h"
#include "hc-format.h"

/* Every figure here follows DOMAIN.md, "How Headcount reads the two
 * guides" (the team guide is shared/domain/000_…, the hiring guide 004_…):
 *
 * - Salaries, annual base, US 2026.  Backend: where both guides give a
 *   band the default spans both — mid $120–180K (team guide $120–160K,
 *   hiring guide $120–180K), senior $150–280K ($150–200K and $170–280K+);
 *   junior $85–120K and staff $220–400K are the hiring guide's alone.
 *   Database and infrastructure engineers: the team guide's one band each
 *   ($130–170K, $140–180K), taken as mid-level.  Their other levels, and
 *   every platform figure, are estimates: the mid band scaled by the
 *   backend ladder at that level (senior 150/120 low, 280/180 high), each
 *   end never below the backend band's (the hiring guide puts data and
 *   infrastructure skills 10–20 % above backend pay), rounded half up to
 *   $1,000 — DOMAIN.md's binding table, the same in both benchmark sets.
 *   Database senior: 130 × 150/120 = 162.5 → $163K low, 170 × 280/180 =
 *   264.4 → below backend's 280, so $280K high.
 * - Time to hire: additional backend engineer 4–6 weeks and database
 *   specialist 6–10 (team guide); infrastructure 6–12 (team guide 6–10,
 *   hiring guide's DevOps 8–12); the first backend hire 6–10 (team guide),
 *   given to whichever position is the first backend hire.
 * - Ramp-up (hiring guide): senior 2–3 weeks, mid-level 8, junior 12+; the
 *   junior's upper bound (16) and staff's 2–3 are estimates. */

typedef struct
{
  HcRange  range;
  HcSource source;
} Figure;

#define TEAM(lo, hi)   { { lo, hi }, HC_SOURCE_TEAM_GUIDE }
#define HIRING(lo, hi) { { lo, hi }, HC_SOURCE_HIRING_GUIDE }
#define BOTH(lo, hi)   { { lo, hi }, HC_SOURCE_BOTH_GUIDES }
#define EST(lo, hi)    { { lo, hi }, HC_SOURCE_ESTIMATE }

typedef struct
{
  const char *id;
  const char *name;
  const char *description;
  HcRoleKind  kind;
  HcSkills    skills;
  Figure      salary[HC_N_SENIORITIES];
  Figure      time_to_hire;
} RoleDefault;

static const RoleDefault default_roles[] = {
  { "backend", N_("Backend / API engineer"),
    N_("REST and GraphQL APIs, business logic, integrations, authentication, error handling"),
    HC_ROLE_KIND_GENERALIST, HC_SKILL_API,
    { HIRING (85000, 120000), BOTH (120000, 180000), BOTH (150000, 280000), HIRING (220000, 400000) },
    TEAM (4, 6) },
  { "database", N_("Database engineer"),
    N_("Schema design, query optimisation, migrations, SQL and NoSQL, backup and recovery"),
    HC_ROLE_KIND_SPECIALIST, HC_SKILL_DATABASE,
    { EST (92000, 120000), TEAM (130000, 170000), EST (163000, 280000), EST (238000, 400000) },
    TEAM (6, 10) },
  { "infrastructure", N_("Infrastructure / DevOps engineer"),
    N_("Infrastructure as code, CI/CD, monitoring and alerting, cloud, security"),
    HC_ROLE_KIND_SPECIALIST, HC_SKILL_INFRASTRUCTURE,
    { EST (99000, 120000), TEAM (140000, 180000), EST (175000, 280000), EST (257000, 400000) },
    BOTH (6, 12) },
  { "platform", N_("Platform engineer"),
    N_("Internal platforms and developer tooling"),
    HC_ROLE_KIND_SPECIALIST, HC_SKILL_PLATFORM | HC_SKILL_INFRASTRUCTURE,
    { EST (99000, 120000), EST (140000, 180000), EST (175000, 280000), EST (257000, 400000) },
    EST (6, 12) },
};

static const Figure default_ramp_up[HC_N_SENIORITIES] = {
  [HC_SENIORITY_JUNIOR] = EST (12, 16),
  [HC_SENIORITY_MID]    = HIRING (8, 8),
  [HC_SENIORITY_SENIOR] = HIRING (2, 3),
  [HC_SENIORITY_STAFF]  = EST (2, 3),
};

static const Figure first_hire_time_to_hire = TEAM (6, 10);

/* The defaults of plans written before the benchmark set was named: only
 * the figures that have moved since. */
static const struct
{
  const char  *role_id;
  HcSeniority  seniority;
  HcRange      salary;
} legacy_salaries[] = {
  { "backend", HC_SENIORITY_MID, { 120000, 160000 } },
  { "backend", HC_SENIORITY_SENIOR, { 150000, 200000 } },
};

static const struct
{
  const char *role_id;
  HcRange     weeks;
} legacy_times[] = {
  { "infrastructure", { 6, 10 } },
  { "platform", { 6, 10 } },
};

static const HcRange legacy_benefits = { 21.5, 23 };

/* The specialists' bands at other levels that builds before DOMAIN.md's
 * table spelled out in files: the older backend ladder's ratios.  Neither
 * set prices with them now; a file that holds them keeps them until the
 * update moves them to the table. */
static const struct
{
  const char  *role_id;
  HcSeniority  seniority;
  HcRange      salary;
} superseded_salaries[] = {
  { "database", HC_SENIORITY_JUNIOR, { 92000, 128000 } },
  { "database", HC_SENIORITY_SENIOR, { 163000, 213000 } },
  { "database", HC_SENIORITY_STAFF, { 238000, 425000 } },
  { "infrastructure", HC_SENIORITY_JUNIOR, { 99000, 135000 } },
  { "infrastructure", HC_SENIORITY_SENIOR, { 175000, 225000 } },
  { "infrastructure", HC_SENIORITY_STAFF, { 257000, 450000 } },
  { "platform", HC_SENIORITY_JUNIOR, { 99000, 135000 } },
  { "platform", HC_SENIORITY_SENIOR, { 175000, 225000 } },
  { "platform", HC_SENIORITY_STAFF, { 257000, 450000 } },
};

gboolean
_hc_defaults_is_superseded_salary (const char  *role_id,
                                   HcSeniority  seniority,
                                   HcRange      salary)
{
  for (guint k = 0; k < G_N_ELEMENTS (superseded_salaries); k++)
    if (superseded_salaries[k].seniority == seniority
        && g_strcmp0 (superseded_salaries[k].role_id, role_id) == 0
        && hc_range_equal (superseded_salaries[k].salary, salary))
      return TRUE;
  return FALSE;
}

static const HcRange legacy_first_hire_weeks = { 6, 10 };

static const char * const source_labels[] = {
  N_("team guide"), N_("hiring guide"), N_("both guides"), N_("estimate — not in the guides"),
};

const char *
hc_source_get_label (HcSource source)
{
  g_return_val_if_fail ((guint) source < G_N_ELEMENTS (source_labels), NULL);
  return _(source_labels[source]);
}

static const RoleDefault *
find_role_default (const char *role_id)
{
  for (guint i = 0; i < G_N_ELEMENTS (default_roles); i++)
    if (g_strcmp0 (default_roles[i].id, role_id) == 0)
      return &default_roles[i];
  return NULL;
}

static void
give_figure (const Figure *figure,
             HcRange      *range,
             HcSource     *source)
{
  if (range != NULL)
    *range = figure->range;
  if (source != NULL)
    *source = figure->source;
}

gboolean
_hc_defaults_set_is_older (const char *set_id)
{
  return g_strcmp0 (set_id, HC_BENCHMARK_SET_TEAM_GUIDE) == 0;
}

gboolean
_hc_defaults_get_salary (gboolean     older,
                         const char  *role_id,
                         HcSeniority  seniority,
                         HcRange     *salary,
                         HcSource    *source,
                         gboolean    *moved)
{
  const RoleDefault *d = find_role_default (role_id);

  g_return_val_if_fail ((guint) seniority < HC_N_SENIORITIES, FALSE);
  if (d == NULL)
    return FALSE;
  give_figure (&d->salary[seniority], salary, source);
  if (moved != NULL)
    *moved = FALSE;
  for (guint k = 0; older && k < G_N_ELEMENTS (legacy_salaries); k++)
    if (legacy_salaries[k].seniority == seniority && g_str_equal (legacy_salaries[k].role_id, d->id))
      {
        if (salary != NULL)
          *salary = legacy_salaries[k].salary;
        if (moved != NULL)
          *moved = TRUE;
      }
  return TRUE;
}

gboolean
_hc_defaults_get_time_to_hire (gboolean    older,
                               const char *role_id,
                               HcRange    *weeks,
                               HcSource   *source,
                               gboolean   *moved)
{
  const RoleDefault *d = find_role_default (role_id);

  if (d == NULL)
    return FALSE;
  give_figure (&d->time_to_hire, weeks, source);
  if (moved != NULL)
    *moved = FALSE;
  for (guint k = 0; older && k < G_N_ELEMENTS (legacy_times); k++)
    if (g_str_equal (legacy_times[k].role_id, d->id))
      {
        if (weeks != NULL)
          *weeks = legacy_times[k].weeks;
        if (moved != NULL)
          *moved = TRUE;
      }
  return TRUE;
}

HcRange
_hc_defaults_get_benefits (gboolean older)
{
  return older ? legacy_benefits : hc_cost_assumptions_get_default (HC_ASSUMPTION_BENEFITS_PERCENT);
}

gboolean
hc_benchmark_get_salary (const char  *role_id,
                         HcSeniority  seniority,
                         HcRange     *salary,
                         HcSource    *source)
{
  const RoleDefault *d = find_role_default (role_id);

  g_return_val_if_fail ((guint) seniority < HC_N_SENIORITIES, FALSE);
  if (d == NULL)
    return FALSE;
  give_figure (&d->salary[seniority], salary, source);
  return TRUE;
}

gboolean
hc_benchmark_get_time_to_hire (const char *role_id,
                               HcRange    *weeks,
                               HcSource   *source)
{
  const RoleDefault *d = find_role_default (role_id);

  if (d == NULL)
    return FALSE;
  give_figure (&d->time_to_hire, weeks, source);
  return TRUE;
}

HcRange
hc_benchmark_get_ramp_up (HcSeniority  seniority,
                          HcSource    *source)
{
  HcRange weeks = { 0, 0 };

  g_return_val_if_fail ((guint) seniority < HC_N_SENIORITIES, weeks);
  give_figure (&default_ramp_up[seniority], &weeks, source);
  return weeks;
}

HcRange
hc_benchmark_get_first_hire_time_to_hire (HcSource *source)
{
  HcRange weeks;

  give_figure (&first_hire_time_to_hire, &weeks, source);
  return weeks;
}

HcRange
hc_benchmark_get_infrastructure_premium (void)
{
  return hc_range_make (1.15, 1.20);
}

gboolean
hc_benchmark_get_team_total (guint    people,
                             HcRange *total)
{
  /* The team guide's "3-person team" and "5-person team" lines. */
  if (people == 3)
    *total = hc_range_make (500000, 650000);
  else if (people == 5)
    *total = hc_range_make (800000, 1000000);
  else
    return FALSE;
  return TRUE;
}

HcRange
hc_benchmark_get_team_build_months (void)
{
  return hc_range_make (3, 6);
}

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

gboolean
hc_benchmark_get_phase_source (HcPhase  *phase,
                               HcSource *source)
{
  gboolean built_in = FALSE;

  g_return_val_if_fail (HC_IS_PHASE (phase), FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (default_phases); i++)
    {
      const PhaseDefault *d = &default_phases[i];

      if (hc_phase_get_unit (phase) == d->unit
          && hc_phase_get_first (phase) == d->first
          && hc_phase_get_last (phase) == d->last)
        {
          if (source != NULL)
            *source = HC_SOURCE_TEAM_GUIDE;
          return TRUE;
        }
      built_in |= g_strcmp0 (hc_phase_get_id (phase), d->id) == 0;
    }
  /* One of the guide's phases at a window the guide does not give (a
   * template's own: option A's second backend engineer in months 3–4,
   * option B's specialists later): an estimate, and said so (DOMAIN.md).
   * A phase of the plan's own is neither. */
  if (built_in && source != NULL)
    *source = HC_SOURCE_ESTIMATE;
  return built_in;
}

char *
hc_phase_format_range_with_source (HcPhase *phase)
{
  g_autofree char *range = NULL;
  HcSource source;

  g_return_val_if_fail (HC_IS_PHASE (phase), NULL);

  range = hc_phase_format_range (phase);
  if (!hc_benchmark_get_phase_source (phase, &source) || source != HC_SOURCE_ESTIMATE)
    return g_steal_pointer (&range);
  /* Translators: a phase's window the guides do not give, "Months 3–4 ·
   * estimate" */
  return g_strdup_printf (_("%s · estimate"), range);
}

void
_hc_defaults_add_roles (GListStore *roles)
{
  _hc_defaults_add_roles_of_set (roles, FALSE);
}

void
_hc_defaults_add_roles_of_set (GListStore *roles,
                               gboolean    older)
{
  for (guint i = 0; i < G_N_ELEMENTS (default_roles); i++)
    {
      const RoleDefault *d = &default_roles[i];
      g_autoptr(HcRole) role = hc_role_new (d->id, _(d->name), d->kind);

      hc_role_set_description (role, _(d->description));
      hc_role_set_skills (role, d->skills);
      _hc_defaults_fill_role_salary (role, older);
      _hc_defaults_fill_role_time_to_hire (role, older);
      _hc_defaults_fill_role_ramp_up (role);
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

static gboolean
has_extras (gpointer object)
{
  HcExtras *extras = _hc_extras_get (object);

  return extras != NULL && _hc_extras_get_n (extras) > 0;
}

gboolean
_hc_defaults_role_salary_is_default (HcRole *role)
{
  const RoleDefault *d = find_role_default (hc_role_get_id (role));

  if (d == NULL)
    return FALSE;
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    if (!hc_range_equal (hc_role_get_salary (role, s), d->salary[s].range))
      return FALSE;
  return TRUE;
}

gboolean
_hc_defaults_role_time_to_hire_is_default (HcRole *role)
{
  const RoleDefault *d = find_role_default (hc_role_get_id (role));

  return d != NULL && hc_range_equal (hc_role_get_time_to_hire (role), d->time_to_hire.range);
}

gboolean
_hc_defaults_role_ramp_up_is_default (HcRole *role)
{
  if (find_role_default (hc_role_get_id (role)) == NULL)
    return FALSE;
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    if (!hc_range_equal (hc_role_get_ramp_up (role, s), default_ramp_up[s].range))
      return FALSE;
  return TRUE;
}

gboolean
_hc_defaults_fill_role_salary (HcRole   *role,
                               gboolean  older)
{
  HcRange salary;

  if (find_role_default (hc_role_get_id (role)) == NULL)
    return FALSE;
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    {
      _hc_defaults_get_salary (older, hc_role_get_id (role), s, &salary, NULL, NULL);
      hc_role_set_salary (role, s, salary);
    }
  return TRUE;
}

gboolean
_hc_defaults_fill_role_time_to_hire (HcRole   *role,
                                     gboolean  older)
{
  HcRange weeks;

  if (!_hc_defaults_get_time_to_hire (older, hc_role_get_id (role), &weeks, NULL, NULL))
    return FALSE;
  hc_role_set_time_to_hire (role, weeks);
  return TRUE;
}

gboolean
_hc_defaults_fill_role_ramp_up (HcRole *role)
{
  if (find_role_default (hc_role_get_id (role)) == NULL)
    return FALSE;
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    hc_role_set_ramp_up (role, s, default_ramp_up[s].range);
  return TRUE;
}

gboolean
_hc_defaults_roles_are_default (GListModel *roles)
{
  guint n = g_list_model_get_n_items (roles);

  if (n != G_N_ELEMENTS (default_roles))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcRole) role = g_list_model_get_item (roles, i);
      const RoleDefault *d = &default_roles[i];

      if (g_strcmp0 (hc_role_get_id (role), d->id) != 0
          || g_strcmp0 (hc_role_get_name (role), _(d->name)) != 0
          || g_strcmp0 (hc_role_get_description (role), _(d->description)) != 0
          || hc_role_get_kind (role) != d->kind
          || hc_role_get_skills (role) != d->skills
          || !_hc_defaults_role_salary_is_default (role)
          || !_hc_defaults_role_time_to_hire_is_default (role)
          || !_hc_defaults_role_ramp_up_is_default (role)
          || has_extras (role))
        return FALSE;
    }
  return TRUE;
}

gboolean
_hc_defaults_phases_are_default (GListModel *phases)
{
  guint n = g_list_model_get_n_items (phases);

  if (n != G_N_ELEMENTS (default_phases))
    return FALSE;
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (phases, i);
      const PhaseDefault *d = &default_phases[i];

      if (g_strcmp0 (hc_phase_get_id (phase), d->id) != 0
          || g_strcmp0 (hc_phase_get_name (phase), _(d->name)) != 0
          || g_strcmp0 (hc_phase_get_description (phase), _(d->description)) != 0
          || hc_phase_get_unit (phase) != d->unit
          || hc_phase_get_first (phase) != d->first
          || hc_phase_get_last (phase) != d->last
          || has_extras (phase))
        return FALSE;
    }
  return TRUE;
}

const char *
hc_benchmark_set_get_label (const char *set_id)
{
  if (g_strcmp0 (set_id, HC_BENCHMARK_SET) == 0)
    return _("US 2026, both guides");
  if (g_strcmp0 (set_id, HC_BENCHMARK_SET_TEAM_GUIDE) == 0)
    return _("US 2026, team guide only");
  return NULL;
}

gboolean
hc_plan_has_older_benchmarks (HcPlan *plan)
{
  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);

  /* A set this build does not know may be a newer one: never offered as
   * an update, which could only take it back. */
  return g_strcmp0 (hc_plan_get_benchmarks (plan), HC_BENCHMARK_SET_TEAM_GUIDE) == 0;
}

static char *
format_weeks (HcRange weeks)
{
  g_autofree char *low = hc_format_number (HC_FORMAT_FOR_PEOPLE, weeks.low, 1);
  g_autofree char *high = hc_format_number (HC_FORMAT_FOR_PEOPLE, weeks.high, 1);

  return g_strdup_printf ("%s–%s", low, high);
}

/* Calls @change for every figure of @plan that is at the older set's
 * default and that the current set gives differently: what an update
 * moves, and nothing a person set. */
typedef void (*ChangeFunc) (HcPlan     *plan,
                            HcRole     *role,      /* NULL: the benefits */
                            int         seniority, /* -1: the time to hire */
                            HcRange     from,
                            HcRange     to,
                            gpointer    data);

static void
foreach_benchmark_change (HcPlan     *plan,
                          ChangeFunc  change,
                          gpointer    data)
{
  GListModel *roles = G_LIST_MODEL (hc_plan_get_roles (plan));
  HcRange benefits = hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                              HC_ASSUMPTION_BENEFITS_PERCENT);

  if (hc_range_equal (benefits, legacy_benefits))
    change (plan, NULL, -1, benefits,
            hc_cost_assumptions_get_default (HC_ASSUMPTION_BENEFITS_PERCENT), data);

  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HcRole) role = g_list_model_get_item (roles, i);
      const RoleDefault *d = find_role_default (hc_role_get_id (role));

      if (d == NULL)
        continue;
      for (guint k = 0; k < G_N_ELEMENTS (legacy_salaries); k++)
        if (g_str_equal (legacy_salaries[k].role_id, d->id)
            && hc_range_equal (hc_role_get_salary (role, legacy_salaries[k].seniority),
                               legacy_salaries[k].salary))
          change (plan, role, legacy_salaries[k].seniority, legacy_salaries[k].salary,
                  d->salary[legacy_salaries[k].seniority].range, data);
      for (guint k = 0; k < G_N_ELEMENTS (superseded_salaries); k++)
        if (g_str_equal (superseded_salaries[k].role_id, d->id)
            && hc_range_equal (hc_role_get_salary (role, superseded_salaries[k].seniority),
                               superseded_salaries[k].salary))
          change (plan, role, superseded_salaries[k].seniority, superseded_salaries[k].salary,
                  d->salary[superseded_salaries[k].seniority].range, data);
      for (guint k = 0; k < G_N_ELEMENTS (legacy_times); k++)
        if (g_str_equal (legacy_times[k].role_id, d->id)
            && hc_range_equal (hc_role_get_time_to_hire (role), legacy_times[k].weeks))
          change (plan, role, -1, legacy_times[k].weeks, d->time_to_hire.range, data);
    }
}

static void
describe_change (HcPlan   *plan,
                 HcRole   *role,
                 int       seniority,
                 HcRange   from,
                 HcRange   to,
                 gpointer  data)
{
  GPtrArray *lines = data;
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;

  if (role == NULL)
    {
      old_text = hc_format_percent_range (from);
      new_text = hc_format_percent_range (to);
      /* Translators: a benchmark that an update changes, "21.5–23 % → 20.8–23.5 %" */
      g_ptr_array_add (lines, g_strdup_printf (_("Benefits: %s → %s"), old_text, new_text));
    }
  else if (seniority < 0)
    {
      old_text = format_weeks (from);
      new_text = format_weeks (to);
      /* Translators: a role's time to hire that an update changes */
      g_ptr_array_add (lines, g_strdup_printf (_("%s, time to hire: %s → %s weeks"),
                                               hc_role_get_name (role), old_text, new_text));
    }
  else
    {
      /* The benchmarks are US dollars, whatever the plan's currency. */
      old_text = hc_format_money_range_compact (from, "USD");
      new_text = hc_format_money_range_compact (to, "USD");
      /* Translators: a role's base salary at a level that an update
       * changes: "Backend / API engineer, Senior: $150K–$200K → $150K–$280K" */
      g_ptr_array_add (lines, g_strdup_printf (_("%s, %s: %s → %s"), hc_role_get_name (role),
                                               hc_seniority_get_label (seniority),
                                               old_text, new_text));
    }
}

GPtrArray *
hc_plan_list_benchmark_changes (HcPlan *plan)
{
  GPtrArray *lines;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  lines = g_ptr_array_new_with_free_func (g_free);
  if (hc_plan_has_older_benchmarks (plan))
    foreach_benchmark_change (plan, describe_change, lines);
  return lines;
}

static void
apply_change (HcPlan   *plan,
              HcRole   *role,
              int       seniority,
              HcRange   from,
              HcRange   to,
              gpointer  data)
{
  if (role == NULL)
    hc_cost_assumptions_set (hc_plan_get_assumptions (plan), HC_ASSUMPTION_BENEFITS_PERCENT, to);
  else if (seniority < 0)
    hc_role_set_time_to_hire (role, to);
  else
    hc_role_set_salary (role, seniority, to);
}

gboolean
hc_plan_update_benchmarks (HcPlan *plan)
{
  HcPosition *first_hire;
  HcRange weeks;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);

  if (!hc_plan_has_older_benchmarks (plan))
    return FALSE;

  /* Through the plan's ordinary setters, so that a plan that records
   * (hc_plan_begin_recording()) gets the whole update as one edit, and
   * one HcPlan::changed. */
  _hc_plan_freeze_changed (plan);
  foreach_benchmark_change (plan, apply_change, NULL);
  /* The older templates typed the first hire's 6–10 weeks into the
   * position; the first-hire rule gives the same figure now, as a
   * default. */
  first_hire = hc_plan_get_first_hire (plan);
  if (first_hire != NULL && hc_position_get_time_to_hire (first_hire, &weeks)
      && hc_range_equal (weeks, legacy_first_hire_weeks))
    hc_position_set_time_to_hire (first_hire, NULL);
  hc_plan_set_benchmarks (plan, HC_BENCHMARK_SET);
  _hc_plan_thaw_changed (plan);
  return TRUE;
}

gboolean
_hc_defaults_phase_is_default (HcPhase *phase)
{
  const char *id = hc_phase_get_id (phase);

  for (guint i = 0; i < G_N_ELEMENTS (default_phases); i++)
    if (g_strcmp0 (default_phases[i].id, id) == 0)
      return hc_phase_get_unit (phase) == default_phases[i].unit
             && hc_phase_get_first (phase) == default_phases[i].first
             && hc_phase_get_last (phase) == default_phases[i].last;
  return FALSE;
}
