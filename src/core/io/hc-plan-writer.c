/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-io"

#include "config.h"

#include <string.h>

#include "hc-benchmarks.h"
#include "hc-defaults-private.h"
#include "hc-extras-private.h"
#include "hc-json-writer-private.h"
#include "hc-locations.h"
#include "hc-plan-io.h"
#include "hc-plan-members-private.h"
#include "hc-plan-reader-private.h"
#include "hc-scenario-io-private.h"

static void
write_extras (HcJsonWriter       *w,
              gpointer            object,
              const HcMemberSpec *specs,
              guint               n_specs)
{
  HcExtras *extras = _hc_extras_get (object);
  guint n = extras != NULL ? _hc_extras_get_n (extras) : 0;

  for (guint i = 0; i < n; i++)
    {
      const char *name = _hc_extras_get_name (extras, i);
      const char *text;
      gsize len;

      /* A known name among the extras would be written twice. */
      if (_hc_member_spec_find (specs, n_specs, name) >= 0)
        continue;
      text = _hc_extras_get_text (extras, i, &len);
      _hc_json_writer_raw_member (w, name, text, len);
    }
}

static void
write_range (HcJsonWriter *w,
             const char   *name,
             HcRange       range)
{
  _hc_json_writer_member (w, name);
  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, _hc_range_members[0].name);
  _hc_json_writer_double (w, range.low);
  _hc_json_writer_member (w, _hc_range_members[1].name);
  _hc_json_writer_double (w, range.high);
  _hc_json_writer_end_object (w);
}

static void
write_string (HcJsonWriter *w,
              const char   *name,
              const char   *value)
{
  _hc_json_writer_member (w, name);
  _hc_json_writer_string (w, value);
}

static void
write_skills (HcJsonWriter *w,
              HcSkills      skills)
{
  /* Roles and positions name it alike. */
  g_assert (strcmp (_hc_role_members[ROLE_SKILLS].name, _hc_position_members[POS_SKILLS].name) == 0);
  _hc_json_writer_member (w, _hc_position_members[POS_SKILLS].name);
  _hc_json_writer_begin_array (w);
  for (guint i = 0; i < HC_N_SKILLS; i++)
    if (skills & (1u << i))
      _hc_json_writer_string (w, hc_skill_to_string ((HcSkills) (1u << i)));
  _hc_json_writer_end_array (w);
}

static void
write_seniority_table (HcJsonWriter *w,
                       const char   *name,
                       HcRole       *role,
                       HcRange     (*get) (HcRole *, HcSeniority))
{
  _hc_json_writer_member (w, name);
  _hc_json_writer_begin_object (w);
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    write_range (w, _hc_seniority_members[s].name, get (role, (HcSeniority) s));
  _hc_json_writer_end_object (w);
}

static void
write_role (HcJsonWriter *w,
            HcRole       *role)
{
  _hc_json_writer_begin_object (w);
  write_string (w, _hc_role_members[ROLE_ID].name, hc_role_get_id (role));
  write_string (w, _hc_role_members[ROLE_NAME].name, hc_role_get_name (role));
  write_string (w, _hc_role_members[ROLE_KIND].name, hc_role_kind_to_string (hc_role_get_kind (role)));
  write_skills (w, hc_role_get_skills (role));
  write_string (w, _hc_role_members[ROLE_DESCRIPTION].name, hc_role_get_description (role));
  /* A built-in role's benchmark figures are left out, so that a better
   * benchmark set reaches the plan; a figure the person set is kept. */
  if (!_hc_defaults_role_salary_is_default (role))
    write_seniority_table (w, _hc_role_members[ROLE_SALARY].name, role, hc_role_get_salary);
  if (!_hc_defaults_role_time_to_hire_is_default (role))
    write_range (w, _hc_role_members[ROLE_TIME_TO_HIRE].name, hc_role_get_time_to_hire (role));
  if (!_hc_defaults_role_ramp_up_is_default (role))
    write_seniority_table (w, _hc_role_members[ROLE_RAMP_UP].name, role, hc_role_get_ramp_up);
  write_extras (w, role, _hc_role_members, N_ROLE_MEMBERS);
  _hc_json_writer_end_object (w);
}

static void
write_phase (HcJsonWriter *w,
             HcPhase      *phase)
{
  _hc_json_writer_begin_object (w);
  write_string (w, _hc_phase_members[PHASE_ID].name, hc_phase_get_id (phase));
  write_string (w, _hc_phase_members[PHASE_NAME].name, hc_phase_get_name (phase));
  write_string (w, _hc_phase_members[PHASE_DESCRIPTION].name, hc_phase_get_description (phase));
  write_string (w, _hc_phase_members[PHASE_UNIT].name, hc_time_unit_to_string (hc_phase_get_unit (phase)));
  _hc_json_writer_member (w, _hc_phase_members[PHASE_FIRST].name);
  _hc_json_writer_int (w, hc_phase_get_first (phase));
  _hc_json_writer_member (w, _hc_phase_members[PHASE_LAST].name);
  _hc_json_writer_int (w, hc_phase_get_last (phase));
  write_extras (w, phase, _hc_phase_members, N_PHASE_MEMBERS);
  _hc_json_writer_end_object (w);
}

/* Members a position has only when set. */
static void
write_position_optionals (HcJsonWriter *w,
                          HcPosition   *position)
{
  const char *notes = hc_position_get_notes (position);
  HcRange range;
  double week;

  if (hc_position_get_skills (position) != HC_SKILL_NONE)
    write_skills (w, hc_position_get_skills (position));
  if (hc_position_get_salary_override (position, &range))
    write_range (w, _hc_position_members[POS_SALARY].name, range);
  if (hc_position_get_earliest_start (position, &week))
    {
      _hc_json_writer_member (w, _hc_position_members[POS_EARLIEST_START].name);
      _hc_json_writer_double (w, week);
    }
  if (hc_position_get_time_to_hire (position, &range))
    write_range (w, _hc_position_members[POS_TIME_TO_HIRE].name, range);
  /* Zero is the default, as for the plan's own costs the guides leave
   * out: only a set relocation is written. */
  range = hc_position_get_relocation (position);
  if (range.low != 0 || range.high != 0)
    write_range (w, _hc_position_members[POS_RELOCATION].name, range);
  if (notes != NULL && *notes != '\0')
    write_string (w, _hc_position_members[POS_NOTES].name, notes);
}

static void
write_position (HcJsonWriter *w,
                HcPosition   *position)
{
  _hc_json_writer_begin_object (w);
  write_string (w, _hc_position_members[POS_ID].name, hc_position_get_id (position));
  write_string (w, _hc_position_members[POS_ROLE].name, hc_position_get_role_id (position));
  write_string (w, _hc_position_members[POS_SENIORITY].name, hc_seniority_to_string (hc_position_get_seniority (position)));
  _hc_json_writer_member (w, _hc_position_members[POS_COUNT].name);
  _hc_json_writer_int (w, hc_position_get_count (position));
  write_string (w, _hc_position_members[POS_LOCATION].name, hc_position_get_location (position));
  /* A preset by its name only, so that its percentage follows the level
   * wherever the plan is read; a custom location with its own. */
  if (hc_position_get_location_preset (position) == NULL)
    {
      _hc_json_writer_member (w, _hc_position_members[POS_LOCATION_ADJUSTMENT].name);
      _hc_json_writer_double (w, hc_position_get_location_adjustment (position));
    }
  write_string (w, _hc_position_members[POS_SOURCING].name, hc_sourcing_to_string (hc_position_get_sourcing (position)));
  write_string (w, _hc_position_members[POS_PHASE].name, hc_position_get_phase_id (position));
  write_position_optionals (w, position);
  write_extras (w, position, _hc_position_members, N_POSITION_MEMBERS);
  _hc_json_writer_end_object (w);
}

typedef void (*HcWriteItem) (HcJsonWriter *w,
                             gpointer      item);

static void
write_list (HcJsonWriter *w,
            const char   *name,
            GListStore   *store,
            HcWriteItem   write_item)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  _hc_json_writer_member (w, name);
  _hc_json_writer_begin_array (w);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);

      write_item (w, item);
    }
  _hc_json_writer_end_array (w);
}

/* The default of the set the plan names: a plan on the older set has its
 * benefits (hc-defaults-private.h). */
static HcRange
set_default (HcPlan       *plan,
             HcAssumption  which)
{
  if (which == HC_ASSUMPTION_BENEFITS_PERCENT)
    return _hc_defaults_get_benefits (_hc_defaults_set_is_older (hc_plan_get_benchmarks (plan)));
  return hc_cost_assumptions_get_default (which);
}

static void
write_assumptions (HcJsonWriter      *w,
                   HcPlan            *plan)
{
  HcCostAssumptions *assumptions = hc_plan_get_assumptions (plan);
  HcExtras *extras = _hc_extras_get (assumptions);
  gboolean any = extras != NULL && _hc_extras_get_n (extras) > 0;

  /* Only the figures the person set: the others are the benchmark set's. */
  for (guint i = 0; i < HC_N_ASSUMPTIONS && !any; i++)
    any = !hc_range_equal (hc_cost_assumptions_get (assumptions, (HcAssumption) i),
                           set_default (plan, (HcAssumption) i));
  if (!any)
    return;
  _hc_json_writer_member (w, _hc_plan_members[PLAN_ASSUMPTIONS].name);
  _hc_json_writer_begin_object (w);
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    {
      HcRange value = hc_cost_assumptions_get (assumptions, (HcAssumption) i);

      if (!hc_range_equal (value, set_default (plan, (HcAssumption) i)))
        write_range (w, _hc_assumption_members[i].name, value);
    }
  write_extras (w, assumptions, _hc_assumption_members, HC_N_ASSUMPTIONS);
  _hc_json_writer_end_object (w);
}

static void
write_plan_header (HcJsonWriter *w,
                   HcPlan       *plan)
{
  GDate date = hc_plan_get_start_date (plan);
  g_autofree char *date_str = NULL;

  if (g_date_valid (&date))
    date_str = g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (&date),
                                g_date_get_month (&date), g_date_get_day (&date));
  write_string (w, _hc_plan_members[PLAN_FORMAT].name, HC_PLAN_FORMAT_NAME);
  _hc_json_writer_member (w, _hc_plan_members[PLAN_VERSION].name);
  /* Version 2 only says "this plan has scenarios" (or is one, written
   * with its market): a plan without them stays readable by a build that
   * knows version 1. */
  _hc_json_writer_int (w, hc_plan_get_scenarios (plan) != NULL
                          || hc_plan_get_market (plan) != HC_MARKET_GUIDES
                          ? HC_PLAN_FORMAT_VERSION : HC_PLAN_FORMAT_VERSION_NO_SCENARIOS);
  write_string (w, _hc_plan_members[PLAN_TITLE].name, hc_plan_get_title (plan));
  /* Optional and newer than the format's version: a plan without one is
   * written as it always was. */
  if (*hc_plan_get_subtitle (plan) != '\0')
    write_string (w, _hc_plan_members[PLAN_SUBTITLE].name, hc_plan_get_subtitle (plan));
  write_string (w, _hc_plan_members[PLAN_CURRENCY].name, hc_plan_get_currency (plan));
  write_string (w, _hc_plan_members[PLAN_START_DATE].name, date_str != NULL ? date_str : "");
  _hc_json_writer_member (w, _hc_plan_members[PLAN_HORIZON_MONTHS].name);
  _hc_json_writer_int (w, hc_plan_get_horizon_months (plan));
  write_string (w, _hc_plan_members[PLAN_NOTES].name, hc_plan_get_notes (plan));
  if (hc_plan_get_usd_exchange_rate (plan) != 0)
    {
      _hc_json_writer_member (w, _hc_plan_members[PLAN_USD_EXCHANGE_RATE].name);
      _hc_json_writer_double (w, hc_plan_get_usd_exchange_rate (plan));
    }
  /* Names the set the left-out defaults come from (DOMAIN.md, "What a
   * plan file stores"). */
  write_string (w, _hc_plan_members[PLAN_BENCHMARKS].name, hc_plan_get_benchmarks (plan));
  /* A scenario's plan written on its own keeps its market: the guides'
   * is the default, and left out. */
  if (hc_plan_get_market (plan) != HC_MARKET_GUIDES)
    write_string (w, _hc_plan_members[PLAN_MARKET].name, hc_market_to_string (hc_plan_get_market (plan)));
}

GBytes *
hc_plan_to_bytes (HcPlan *plan)
{
  return _hc_plan_to_bytes_measured (plan, NULL, NULL, NULL);
}

GBytes *
_hc_plan_to_bytes_measured (HcPlan  *plan,
                            char   **largest_unknown,
                            gsize   *largest_size,
                            gsize   *unknown_total)
{
  g_autoptr(HcJsonWriter) w = _hc_json_writer_new ();
  const char *largest;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  _hc_json_writer_begin_object (w);
  write_plan_header (w, plan);
  write_assumptions (w, plan);
  if (!_hc_defaults_roles_are_default (G_LIST_MODEL (hc_plan_get_roles (plan))))
    write_list (w, _hc_plan_members[PLAN_ROLES].name, hc_plan_get_roles (plan), (HcWriteItem) write_role);
  if (!_hc_defaults_phases_are_default (G_LIST_MODEL (hc_plan_get_phases (plan))))
    write_list (w, _hc_plan_members[PLAN_PHASES].name, hc_plan_get_phases (plan), (HcWriteItem) write_phase);
  write_list (w, _hc_plan_members[PLAN_POSITIONS].name, hc_plan_get_positions (plan), (HcWriteItem) write_position);
  if (hc_plan_get_scenarios (plan) != NULL)
    {
      _hc_json_writer_member (w, _hc_plan_members[PLAN_SCENARIOS].name);
      _hc_scenarios_write (w, hc_plan_get_scenarios (plan));
    }
  write_extras (w, plan, _hc_plan_members, N_PLAN_MEMBERS);
  _hc_json_writer_end_object (w);
  largest = _hc_json_writer_get_largest_raw (w, largest_size, unknown_total);
  if (largest_unknown != NULL)
    *largest_unknown = g_strdup (largest);
  return _hc_json_writer_free_to_bytes (g_steal_pointer (&w));
}

/* For scenarios, which keep an added position or phase as its JSON. */
void
_hc_plan_write_position (HcJsonWriter *w,
                         HcPosition   *position)
{
  write_position (w, position);
}

void
_hc_plan_write_phase (HcJsonWriter *w,
                      HcPhase      *phase)
{
  write_phase (w, phase);
}

void
_hc_plan_write_range (HcJsonWriter *w,
                      HcRange       range)
{
  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, _hc_range_members[0].name);
  _hc_json_writer_double (w, range.low);
  _hc_json_writer_member (w, _hc_range_members[1].name);
  _hc_json_writer_double (w, range.high);
  _hc_json_writer_end_object (w);
}

void
_hc_plan_write_skills (HcJsonWriter *w,
                       HcSkills      skills)
{
  _hc_json_writer_begin_array (w);
  for (guint i = 0; i < HC_N_SKILLS; i++)
    if (skills & (1u << i))
      _hc_json_writer_string (w, hc_skill_to_string ((HcSkills) (1u << i)));
  _hc_json_writer_end_array (w);
}
