/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-resolve"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "hc-benchmarks.h"
#include "hc-defaults-private.h"
#include "hc-locations.h"
#include "hc-plan-private.h"
#include "hc-resolve.h"

struct _HcResolution
{
  guint64             generation;   /* the plan's, when it was worked out */
  guint               n_positions;
  HcResolvedPosition *positions;
  HcResolvedTeam      team;
};

static const char * const figure_ids[] = {
  "none", "person", "preset", "team-guide", "hiring-guide", "both-guides",
  "estimate", "older-set", "converted", "market",
};

static const char * const figure_labels[] = {
  "", N_("set by hand"), N_("location preset"), N_("team guide"), N_("hiring guide"),
  N_("both guides"), N_("estimate — not in the guides"), N_("older benchmark set"),
  N_("converted US benchmark"), N_("market estimate — not in the guides"),
};

G_STATIC_ASSERT (G_N_ELEMENTS (figure_ids) == HC_FIGURE_MARKET + 1);
G_STATIC_ASSERT (G_N_ELEMENTS (figure_labels) == HC_FIGURE_MARKET + 1);

const char *
hc_figure_source_get_label (HcFigureSource source)
{
  g_return_val_if_fail ((guint) source < G_N_ELEMENTS (figure_labels), NULL);
  return source == HC_FIGURE_NONE ? "" : _(figure_labels[source]);
}

const char *
hc_figure_source_to_string (HcFigureSource source)
{
  g_return_val_if_fail ((guint) source < G_N_ELEMENTS (figure_ids), NULL);
  return figure_ids[source];
}

static HcFigureSource
from_guide (HcSource source)
{
  switch (source)
    {
    case HC_SOURCE_TEAM_GUIDE: return HC_FIGURE_TEAM_GUIDE;
    case HC_SOURCE_HIRING_GUIDE: return HC_FIGURE_HIRING_GUIDE;
    case HC_SOURCE_BOTH_GUIDES: return HC_FIGURE_BOTH_GUIDES;
    case HC_SOURCE_ESTIMATE: return HC_FIGURE_ESTIMATE;
    default: return HC_FIGURE_NONE;
    }
}

/* A default's source: the older set's mark where that set gives the
 * figure differently from the current one, else the guide's. */
static HcFigureSource
default_source (HcSource guide,
                gboolean moved)
{
  return moved ? HC_FIGURE_OLDER_SET : from_guide (guide);
}

/* What every position of one role shares, worked out once per role. */
typedef struct
{
  HcRoleKind     kind;
  HcSkills       skills;
  HcRange        band[HC_N_SENIORITIES];
  HcFigureSource band_source[HC_N_SENIORITIES];
  HcSource       band_guide[HC_N_SENIORITIES];
  gboolean       band_is_default[HC_N_SENIORITIES]; /* US dollars: converted */
  HcRange        time_to_hire;
  HcFigureSource time_to_hire_source;
  HcRange        ramp_up[HC_N_SENIORITIES];
  HcFigureSource ramp_up_source[HC_N_SENIORITIES];
} RoleInfo;

typedef struct
{
  guint          index;
  double         start;
  double         end;
  HcFigureSource source;
} PhaseInfo;

/* Everything a position's figures are read against. */
typedef struct
{
  HcResolvedTeam  team;
  GHashTable     *roles;   /* id → RoleInfo*, the first of an id */
  GHashTable     *phases;  /* id → PhaseInfo*, the first of an id */
  RoleInfo       *role_infos;
  PhaseInfo      *phase_infos;
} Context;

static void
resolve_role (HcRole   *role,
              gboolean  older,
              RoleInfo *info)
{
  const char *id = hc_role_get_id (role);
  HcRange weeks;
  HcSource guide;
  gboolean moved;

  info->kind = hc_role_get_kind (role);
  info->skills = hc_role_get_skills (role);
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    {
      HcRange benchmark;

      info->band[s] = hc_role_get_salary (role, s);
      /* A band equal to the set's default is the default (DOMAIN.md, "What
       * a plan file stores"); any other is the person's own. */
      if (_hc_defaults_get_salary (older, id, s, &benchmark, &guide, &moved)
          && hc_range_equal (benchmark, info->band[s]))
        {
          info->band_is_default[s] = TRUE;
          info->band_guide[s] = moved ? HC_SOURCE_TEAM_GUIDE : guide;
          info->band_source[s] = default_source (guide, moved);
        }
      else if (older && _hc_defaults_is_superseded_salary (id, s, info->band[s]))
        {
          /* An older file's spelled-out default from before DOMAIN.md's
           * table: the older set's, until the update. */
          info->band_is_default[s] = TRUE;
          info->band_guide[s] = HC_SOURCE_ESTIMATE;
          info->band_source[s] = HC_FIGURE_OLDER_SET;
        }
      else
        {
          info->band_is_default[s] = FALSE;
          info->band_guide[s] = HC_SOURCE_ESTIMATE;
          info->band_source[s] = HC_FIGURE_PERSON;
        }

      info->ramp_up[s] = hc_role_get_ramp_up (role, s);
      benchmark = hc_benchmark_get_ramp_up (s, &guide);
      info->ramp_up_source[s] = _hc_defaults_get_salary (older, id, s, NULL, NULL, NULL)
                                && hc_range_equal (benchmark, info->ramp_up[s])
                                ? from_guide (guide) : HC_FIGURE_PERSON;
    }
  info->time_to_hire = hc_role_get_time_to_hire (role);
  info->time_to_hire_source =
    _hc_defaults_get_time_to_hire (older, id, &weeks, &guide, &moved)
    && hc_range_equal (weeks, info->time_to_hire)
    ? default_source (guide, moved) : HC_FIGURE_PERSON;
}

/* An assumption: the set's default (converted at the plan's rate when it
 * is money) or the person's figure as it is. */
static void
resolve_assumption (HcPlan         *plan,
                    HcAssumption    which,
                    HcRange         set_default,
                    gboolean        moved,
                    gboolean        money,
                    double          scale,
                    HcRange        *value,
                    HcFigureSource *source)
{
  HcRange set = hc_cost_assumptions_get (hc_plan_get_assumptions (plan), which);

  if (!hc_range_equal (set, set_default))
    {
      *value = hc_range_scale (set, scale);
      *source = HC_FIGURE_PERSON;
      return;
    }
  if (!hc_cost_assumptions_is_in_guides (which))
    {
      /* Left at 0: not a guide's figure, nothing to convert. */
      *value = hc_range_scale (set, scale);
      *source = HC_FIGURE_NONE;
      return;
    }
  *source = default_source (hc_cost_assumptions_get_source (which), moved);
  if (money)
    {
      double rate = hc_plan_get_benchmark_factor (plan);

      set = hc_range_scale (set, rate);
      if (rate != 1.0)
        *source = HC_FIGURE_CONVERTED;
    }
  *value = hc_range_scale (set, scale);
}

static void
resolve_team (HcPlan         *plan,
              HcResolvedTeam *team)
{
  HcRange benefits_default;

  team->older_set = _hc_defaults_set_is_older (hc_plan_get_benchmarks (plan));
  team->exchange_rate = hc_plan_get_benchmark_factor (plan);
  team->exchange_source = g_strcmp0 (hc_plan_get_currency (plan), "USD") != 0
                          && hc_plan_get_usd_exchange_rate (plan) > 0
                          ? HC_FIGURE_CONVERTED : HC_FIGURE_NONE;
  benefits_default = _hc_defaults_get_benefits (team->older_set);
  resolve_assumption (plan, HC_ASSUMPTION_BENEFITS_PERCENT, benefits_default,
                      !hc_range_equal (benefits_default, _hc_defaults_get_benefits (FALSE)),
                      FALSE, 0.01, &team->benefits, &team->benefits_source);
  resolve_assumption (plan, HC_ASSUMPTION_AGENCY_FEE_PERCENT,
                      hc_cost_assumptions_get_default (HC_ASSUMPTION_AGENCY_FEE_PERCENT),
                      FALSE, FALSE, 0.01, &team->agency_fee, &team->agency_fee_source);
  resolve_assumption (plan, HC_ASSUMPTION_EQUIPMENT_PER_PERSON,
                      hc_cost_assumptions_get_default (HC_ASSUMPTION_EQUIPMENT_PER_PERSON),
                      FALSE, TRUE, 1.0, &team->equipment, &team->equipment_source);
  resolve_assumption (plan, HC_ASSUMPTION_SOFTWARE_PER_MONTH,
                      hc_cost_assumptions_get_default (HC_ASSUMPTION_SOFTWARE_PER_MONTH),
                      FALSE, TRUE, 1.0, &team->software, &team->software_source);
  resolve_assumption (plan, HC_ASSUMPTION_CLOUD_PER_MONTH,
                      hc_cost_assumptions_get_default (HC_ASSUMPTION_CLOUD_PER_MONTH),
                      FALSE, TRUE, 1.0, &team->cloud, &team->cloud_source);
  /* The plan's own money, in its own currency: never converted. */
  resolve_assumption (plan, HC_ASSUMPTION_PAYROLL_TAX_PERCENT,
                      hc_cost_assumptions_get_default (HC_ASSUMPTION_PAYROLL_TAX_PERCENT),
                      FALSE, FALSE, 0.01, &team->payroll_tax, &team->payroll_tax_source);
  resolve_assumption (plan, HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON,
                      hc_cost_assumptions_get_default (HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON),
                      FALSE, FALSE, 1.0, &team->signing_bonus, &team->signing_bonus_source);
  resolve_assumption (plan, HC_ASSUMPTION_REFERRAL_BONUS_PER_PERSON,
                      hc_cost_assumptions_get_default (HC_ASSUMPTION_REFERRAL_BONUS_PER_PERSON),
                      FALSE, FALSE, 1.0, &team->referral_bonus, &team->referral_bonus_source);
  team->market = hc_plan_get_market (plan);
  team->market_factor = hc_market_get_factor (team->market);
  team->first_hire = -1;
}

static void
context_init (Context *ctx,
              HcPlan  *plan)
{
  GListModel *roles = G_LIST_MODEL (hc_plan_get_roles (plan));
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan));
  guint n_roles = g_list_model_get_n_items (roles);
  guint n_phases = g_list_model_get_n_items (phases);
  GDate start = hc_plan_get_start_date (plan);

  memset (ctx, 0, sizeof *ctx);
  resolve_team (plan, &ctx->team);
  ctx->roles = g_hash_table_new (g_str_hash, g_str_equal);
  ctx->phases = g_hash_table_new (g_str_hash, g_str_equal);
  ctx->role_infos = g_new0 (RoleInfo, MAX (n_roles, 1));
  ctx->phase_infos = g_new0 (PhaseInfo, MAX (n_phases, 1));

  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr(HcRole) role = g_list_model_get_item (roles, i);
      const char *id = hc_role_get_id (role);

      resolve_role (role, ctx->team.older_set, &ctx->role_infos[i]);
      if (id != NULL && !g_hash_table_contains (ctx->roles, id))
        g_hash_table_insert (ctx->roles, (gpointer) id, &ctx->role_infos[i]);
    }
  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (phases, i);
      const char *id = hc_phase_get_id (phase);
      PhaseInfo *info = &ctx->phase_infos[i];

      info->index = i;
      info->start = hc_phase_get_start_week (phase, &start);
      info->end = hc_phase_get_end_week (phase, &start);
      info->source = _hc_defaults_phase_is_default (phase) ? HC_FIGURE_TEAM_GUIDE : HC_FIGURE_PERSON;
      ctx->team.latest_phase_end = MAX (ctx->team.latest_phase_end, info->end);
      if (id != NULL && !g_hash_table_contains (ctx->phases, id))
        g_hash_table_insert (ctx->phases, (gpointer) id, info);
    }
}

static void
context_clear (Context *ctx)
{
  g_clear_pointer (&ctx->roles, g_hash_table_unref);
  g_clear_pointer (&ctx->phases, g_hash_table_unref);
  g_clear_pointer (&ctx->role_infos, g_free);
  g_clear_pointer (&ctx->phase_infos, g_free);
}

/* The location: a preset's figure for the level (an estimate where the
 * guide gives none for it), or a percentage typed by hand. */
static void
resolve_location (HcPosition         *position,
                  HcResolvedPosition *out)
{
  const HcLocationPreset *preset = hc_position_get_location_preset (position);
  gboolean estimate = FALSE;
  double percent;

  /* A preset is its figure for the position's level, whatever percentage
   * a plan built in code may still hold (DOMAIN.md, "Geography follows
   * the level"); any other location is the percentage typed for it. */
  if (preset != NULL)
    percent = hc_location_preset_get_adjustment (preset, out->seniority, &estimate);
  else
    percent = hc_position_get_location_adjustment (position);
  out->location_factor = 1.0 + percent / 100.0;
  if (percent == 0)
    out->location_source = HC_FIGURE_NONE;
  else if (preset != NULL)
    out->location_source = estimate ? HC_FIGURE_ESTIMATE : HC_FIGURE_PRESET;
  else
    out->location_source = HC_FIGURE_PERSON;
}

static void resolve_benchmark (const Context      *ctx,
                               HcPosition         *position,
                               const RoleInfo     *role,
                               HcResolvedPosition *out);

static void
resolve_salary (const Context      *ctx,
                HcPosition         *position,
                const RoleInfo     *role,
                HcResolvedPosition *out)
{
  HcRange own;

  out->location_factor = 1.0;
  out->location_source = HC_FIGURE_NONE;
  out->skill_premium = hc_range_make (1.0, 1.0);
  out->skill_source = HC_FIGURE_NONE;
  out->exchange_rate = 1.0;
  out->exchange_source = HC_FIGURE_NONE;
  out->band_guide = HC_SOURCE_ESTIMATE;
  out->band = hc_range_make (0, 0);
  out->band_source = HC_FIGURE_NONE;
  out->benchmark = out->band;

  if (role != NULL)
    resolve_benchmark (ctx, position, role, out);
  /* A salary set on the position is the person's, in the plan's currency,
   * and used as it is: no location, premium or rate moves it. */
  if (hc_position_get_salary_override (position, &own))
    {
      out->salary = own;
      out->salary_source = HC_FIGURE_PERSON;
    }
  else
    {
      out->salary = out->benchmark;
      out->salary_source = out->band_source;
    }
}

static void
resolve_benchmark (const Context      *ctx,
                   HcPosition         *position,
                   const RoleInfo     *role,
                   HcResolvedPosition *out)
{
  out->band = role->band[out->seniority];
  out->band_source = role->band_source[out->seniority];
  out->band_guide = role->band_guide[out->seniority];
  resolve_location (position, out);
  /* The hiring guide's infrastructure premium: a generalist who also
   * brings Kubernetes/AWS/GCP skills earns 15–20 % more than a pure API
   * developer.  A specialist's own band already prices them in. */
  if (out->kind == HC_ROLE_KIND_GENERALIST && (out->skills & HC_SKILL_INFRASTRUCTURE) != 0)
    {
      out->skill_premium = hc_benchmark_get_infrastructure_premium ();
      out->skill_source = HC_FIGURE_HIRING_GUIDE;
    }
  /* Only a benchmark default is US dollars; a band the person typed in
   * the role table is already in the plan's currency. */
  if (role->band_is_default[out->seniority])
    {
      out->exchange_rate = ctx->team.exchange_rate;
      out->exchange_source = ctx->team.exchange_source;
    }
  out->benchmark = hc_range_make (out->band.low * out->location_factor * out->skill_premium.low
                                  * out->exchange_rate,
                                  out->band.high * out->location_factor * out->skill_premium.high
                                  * out->exchange_rate);
}

/* A tighter market makes every search longer (hc-scenario.h): a time to
 * hire from the guides (or the older set, or the first hire's rule) is
 * stretched by its factor, one the person set is theirs and stays.  The
 * stretched figure is Headcount's estimate, and says so. */
static void
stretch_for_market (const HcResolvedTeam *team,
                    HcResolvedPosition   *out)
{
  if (team->market_factor == 1.0 || out->time_to_hire_source == HC_FIGURE_PERSON
      || out->time_to_hire_source == HC_FIGURE_NONE)
    return;
  /* Within what a plan may hold, as every time to hire is. */
  out->time_to_hire = hc_range_make (MIN (out->time_to_hire.low * team->market_factor, HC_MAX_WEEKS),
                                     MIN (out->time_to_hire.high * team->market_factor, HC_MAX_WEEKS));
  out->time_to_hire_source = HC_FIGURE_MARKET;
}

static void
resolve_one (const Context      *ctx,
             HcPosition         *position,
             gboolean            first_hire,
             HcResolvedPosition *out)
{
  const char *role_id = hc_position_get_role_id (position);
  const char *phase_id = hc_position_get_phase_id (position);
  const RoleInfo *role = role_id != NULL ? g_hash_table_lookup (ctx->roles, role_id) : NULL;
  const PhaseInfo *phase = phase_id != NULL ? g_hash_table_lookup (ctx->phases, phase_id) : NULL;
  HcSource guide;
  double earliest;

  out->count = hc_position_get_count (position);
  out->seniority = hc_position_get_seniority (position);
  out->sourcing = hc_position_get_sourcing (position);
  out->role_known = role != NULL;
  out->kind = role != NULL ? role->kind : HC_ROLE_KIND_GENERALIST;
  out->skills = hc_position_get_skills (position) | (role != NULL ? role->skills : HC_SKILL_NONE);
  out->first_hire = first_hire;

  resolve_salary (ctx, position, role, out);

  out->benefits = ctx->team.benefits;
  out->benefits_source = ctx->team.benefits_source;
  if (out->sourcing == HC_SOURCING_AGENCY)
    {
      out->fee = ctx->team.agency_fee;
      out->fee_source = ctx->team.agency_fee_source;
    }
  else
    {
      out->fee = hc_range_make (0, 0);
      out->fee_source = HC_FIGURE_NONE;
    }
  out->one_time = ctx->team.equipment;
  out->one_time_source = ctx->team.equipment_source;
  out->relocation = hc_position_get_relocation (position);

  /* Time to hire: the position's own; else the first backend hire's 6–10
   * weeks (team guide); else the role's. */
  if (first_hire)
    {
      out->default_time_to_hire = hc_benchmark_get_first_hire_time_to_hire (&guide);
      out->default_time_to_hire_source = from_guide (guide);
    }
  else if (role != NULL)
    {
      out->default_time_to_hire = role->time_to_hire;
      out->default_time_to_hire_source = role->time_to_hire_source;
    }
  else
    {
      out->default_time_to_hire = hc_range_make (0, 0);
      out->default_time_to_hire_source = HC_FIGURE_NONE;
    }
  if (hc_position_get_time_to_hire (position, &out->time_to_hire))
    out->time_to_hire_source = HC_FIGURE_PERSON;
  else
    {
      out->time_to_hire = out->default_time_to_hire;
      out->time_to_hire_source = out->default_time_to_hire_source;
    }
  stretch_for_market (&ctx->team, out);

  if (role != NULL)
    {
      out->ramp_up = role->ramp_up[out->seniority];
      out->ramp_up_source = role->ramp_up_source[out->seniority];
    }
  else
    {
      out->ramp_up = hc_range_make (0, 0);
      out->ramp_up_source = HC_FIGURE_NONE;
    }

  /* A position whose phase is unknown (an unvalidated plan) keeps zeros
   * rather than stopping the whole computation. */
  out->phase_index = phase != NULL ? phase->index : G_MAXUINT;
  out->phase_start = phase != NULL ? phase->start : 0.0;
  out->phase_end = phase != NULL ? phase->end : 0.0;
  out->phase_source = phase != NULL ? phase->source : HC_FIGURE_NONE;
  out->search_start = out->phase_start;
  out->search_start_source = out->phase_source;
  /* What a person set is kept, before its phase too (DOMAIN.md, "Phase
   * windows"); a plan check says so. */
  if (hc_position_get_earliest_start (position, &earliest))
    {
      out->search_start = earliest;
      out->search_start_source = HC_FIGURE_PERSON;
    }
}

/* The first backend hire (DOMAIN.md): the first generalist position, in
 * plan order, of the earliest phase; a position whose phase is unknown
 * comes last.  The same rule as hc_plan_get_first_hire(), found in the
 * same pass that resolves the positions; it then takes the first hire's
 * 6–10 weeks unless it sets its own. */
static void
mark_first_hire (const HcResolvedTeam *team,
                 HcResolvedPosition   *positions,
                 GPtrArray            *objects,
                 gint                  first)
{
  HcResolvedPosition *r;
  HcSource guide;

  if (first < 0)
    return;
  r = &positions[first];
  r->first_hire = TRUE;
  r->default_time_to_hire = hc_benchmark_get_first_hire_time_to_hire (&guide);
  r->default_time_to_hire_source = from_guide (guide);
  /* Set on the position, not a figure of the role table. */
  if (!hc_position_get_time_to_hire (g_ptr_array_index (objects, first), NULL))
    {
      r->time_to_hire = r->default_time_to_hire;
      r->time_to_hire_source = r->default_time_to_hire_source;
      stretch_for_market (team, r);
    }
}

HcResolution *
hc_resolution_compute (HcPlan *plan)
{
  GPtrArray *positions;
  HcResolution *self;
  Context ctx;
  double first_start = G_MAXDOUBLE;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  context_init (&ctx, plan);
  positions = _hc_plan_get_position_array (plan);

  self = g_atomic_rc_box_new0 (HcResolution);
  self->generation = _hc_plan_get_generation (plan);
  self->n_positions = positions->len;
  /* Every member is written below: no need to clear. */
  self->positions = g_new (HcResolvedPosition, MAX (positions->len, 1));
  for (guint i = 0; i < positions->len; i++)
    {
      HcResolvedPosition *r = &self->positions[i];
      double start;

      resolve_one (&ctx, g_ptr_array_index (positions, i), FALSE, r);
      ctx.team.headcount += r->count;
      if (!r->role_known || r->kind != HC_ROLE_KIND_GENERALIST)
        continue;
      start = r->phase_index != G_MAXUINT ? r->phase_start : G_MAXDOUBLE / 2;
      /* Strictly earlier only: a tie goes to the first in plan order. */
      if (ctx.team.first_hire < 0 || start < first_start)
        {
          ctx.team.first_hire = (gint) i;
          first_start = start;
        }
    }
  mark_first_hire (&ctx.team, self->positions, positions, ctx.team.first_hire);
  self->team = ctx.team;
  context_clear (&ctx);
  return self;
}

static GQuark
resolution_quark (void)
{
  return g_quark_from_static_string ("hc-resolution");
}

HcResolution *
hc_resolution_get (HcPlan *plan)
{
  HcResolution *cached;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  cached = g_object_get_qdata (G_OBJECT (plan), resolution_quark ());
  if (cached == NULL || cached->generation != _hc_plan_get_generation (plan))
    {
      cached = hc_resolution_compute (plan);
      g_object_set_qdata_full (G_OBJECT (plan), resolution_quark (), cached,
                               (GDestroyNotify) hc_resolution_unref);
    }
  return hc_resolution_ref (cached);
}

HcResolution *
hc_resolution_ref (HcResolution *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
hc_resolution_clear (gpointer data)
{
  HcResolution *self = data;

  g_clear_pointer (&self->positions, g_free);
}

void
hc_resolution_unref (HcResolution *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, hc_resolution_clear);
}

guint
hc_resolution_get_n_positions (HcResolution *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_positions;
}

const HcResolvedPosition *
hc_resolution_get_positions (HcResolution *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->positions;
}

const HcResolvedPosition *
hc_resolution_get_position (HcResolution *self,
                            guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_positions, NULL);
  return &self->positions[index];
}

const HcResolvedTeam *
hc_resolution_get_team (HcResolution *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->team;
}

void
hc_resolve_position (HcPlan             *plan,
                     HcPosition         *position,
                     HcResolvedPosition *out)
{
  GPtrArray *positions;
  guint index;
  Context ctx;

  g_return_if_fail (HC_IS_PLAN (plan));
  g_return_if_fail (HC_IS_POSITION (position));
  g_return_if_fail (out != NULL);

  positions = _hc_plan_get_position_array (plan);
  if (g_ptr_array_find (positions, position, &index))
    {
      g_autoptr(HcResolution) resolution = hc_resolution_get (plan);

      *out = resolution->positions[index];
      return;
    }
  /* Not (or no longer) in the plan: resolved as if it were its last. */
  context_init (&ctx, plan);
  resolve_one (&ctx, position, FALSE, out);
  context_clear (&ctx);
}

static HcSource
add_hiring_guide (HcSource source)
{
  return source == HC_SOURCE_TEAM_GUIDE ? HC_SOURCE_BOTH_GUIDES : source;
}

gboolean
hc_resolved_salary_source (const HcResolvedPosition *resolved,
                           HcSource                 *source)
{
  HcSource found;

  g_return_val_if_fail (resolved != NULL, FALSE);

  if (resolved->salary_source == HC_FIGURE_PERSON || resolved->salary_source == HC_FIGURE_NONE
      || resolved->location_source == HC_FIGURE_PERSON)
    return FALSE;
  found = resolved->band_guide;
  if (resolved->location_source == HC_FIGURE_ESTIMATE)
    found = HC_SOURCE_ESTIMATE;
  else if (resolved->location_source == HC_FIGURE_PRESET)
    found = add_hiring_guide (found);
  if (resolved->skill_source == HC_FIGURE_HIRING_GUIDE)
    found = add_hiring_guide (found);
  if (source != NULL)
    *source = found;
  return TRUE;
}

/* The plan's readers of single figures (hc-plan.h), for the editors: each
 * reads the resolution, none works a figure out on its own. */

HcRange
hc_plan_get_benchmark_salary (HcPlan     *self,
                              HcPosition *position)
{
  HcResolvedPosition resolved;

  g_return_val_if_fail (HC_IS_PLAN (self), hc_range_make (0, 0));
  g_return_val_if_fail (HC_IS_POSITION (position), hc_range_make (0, 0));

  hc_resolve_position (self, position, &resolved);
  return resolved.benchmark;
}

HcRange
hc_plan_get_annual_salary (HcPlan     *self,
                           HcPosition *position)
{
  HcResolvedPosition resolved;

  g_return_val_if_fail (HC_IS_PLAN (self), hc_range_make (0, 0));
  g_return_val_if_fail (HC_IS_POSITION (position), hc_range_make (0, 0));

  hc_resolve_position (self, position, &resolved);
  return resolved.salary;
}

gboolean
hc_plan_get_salary_source (HcPlan     *self,
                           HcPosition *position,
                           HcSource   *source)
{
  HcResolvedPosition resolved;

  g_return_val_if_fail (HC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (HC_IS_POSITION (position), FALSE);

  hc_resolve_position (self, position, &resolved);
  return hc_resolved_salary_source (&resolved, source);
}

HcRange
hc_plan_get_time_to_hire (HcPlan     *self,
                          HcPosition *position)
{
  HcResolvedPosition resolved;

  g_return_val_if_fail (HC_IS_PLAN (self), hc_range_make (0, 0));
  g_return_val_if_fail (HC_IS_POSITION (position), hc_range_make (0, 0));

  hc_resolve_position (self, position, &resolved);
  return resolved.time_to_hire;
}

gboolean
hc_plan_get_time_to_hire_source (HcPlan     *self,
                                 HcPosition *position,
                                 HcSource   *source)
{
  HcResolvedPosition resolved;
  HcSource found;

  g_return_val_if_fail (HC_IS_PLAN (self), FALSE);
  g_return_val_if_fail (HC_IS_POSITION (position), FALSE);

  hc_resolve_position (self, position, &resolved);
  switch (resolved.time_to_hire_source)
    {
    case HC_FIGURE_TEAM_GUIDE:
    case HC_FIGURE_OLDER_SET: /* the older set's times are the team guide's */
      found = HC_SOURCE_TEAM_GUIDE;
      break;
    case HC_FIGURE_HIRING_GUIDE: found = HC_SOURCE_HIRING_GUIDE; break;
    case HC_FIGURE_BOTH_GUIDES: found = HC_SOURCE_BOTH_GUIDES; break;
    case HC_FIGURE_ESTIMATE:
    case HC_FIGURE_MARKET: /* the market's stretch is Headcount's estimate */
      found = HC_SOURCE_ESTIMATE;
      break;
    default: return FALSE;
    }
  if (source != NULL)
    *source = found;
  return TRUE;
}

HcPosition *
hc_plan_get_first_hire (HcPlan *self)
{
  g_autoptr(HcResolution) resolution = NULL;
  gint first;

  g_return_val_if_fail (HC_IS_PLAN (self), NULL);

  resolution = hc_resolution_get (self);
  first = resolution->team.first_hire;
  return first >= 0 ? g_ptr_array_index (_hc_plan_get_position_array (self), first) : NULL;
}
