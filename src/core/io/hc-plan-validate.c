/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-validate"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hc-error.h"
#include "hc-plan.h"
#include "hc-plan-members-private.h"
#include "hc-validate.h"

/* hc_plan_validate(): every value of a plan within the bounds a plan file
 * may hold, with the error naming the JSON path the value is saved at.
 * The loader relies on this for everything past JSON types; the rules
 * themselves are hc-validate.c's, which the editors ask too, so a file
 * and an edit are held to the same rules. */

G_GNUC_PRINTF (3, 4)
static gboolean
invalid (GError     **error,
         const char  *path,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID, "%s: %s", path, message);
  return FALSE;
}

/* "$.positions[3]" and "count" → "$.positions[3].count". */
static char *
member_path (const char *path,
             const char *member)
{
  return g_strconcat (path, ".", member, NULL);
}

static gboolean
check_id (const char  *id,
          GHashTable  *seen,
          const char  *path,
          GError     **error)
{
  if (!hc_validate_id (id, path, error))
    return FALSE;
  if (!g_hash_table_add (seen, (gpointer) id))
    return invalid (error, path, _("the id “%s” is used twice"), id);
  return TRUE;
}

static gboolean
validate_header (HcPlan  *plan,
                 GError **error)
{
  GDate start = hc_plan_get_start_date (plan);
  g_autofree char *title = member_path ("$", _hc_plan_members[PLAN_TITLE].name);
  g_autofree char *subtitle = member_path ("$", _hc_plan_members[PLAN_SUBTITLE].name);
  g_autofree char *currency = member_path ("$", _hc_plan_members[PLAN_CURRENCY].name);
  g_autofree char *notes = member_path ("$", _hc_plan_members[PLAN_NOTES].name);
  g_autofree char *start_date = member_path ("$", _hc_plan_members[PLAN_START_DATE].name);
  g_autofree char *horizon = member_path ("$", _hc_plan_members[PLAN_HORIZON_MONTHS].name);
  g_autofree char *rate = member_path ("$", _hc_plan_members[PLAN_USD_EXCHANGE_RATE].name);

  return hc_validate_title (hc_plan_get_title (plan), title, error)
      && hc_validate_subtitle (hc_plan_get_subtitle (plan), subtitle, error)
      && hc_validate_currency (hc_plan_get_currency (plan), currency, error)
      && hc_validate_notes (hc_plan_get_notes (plan), notes, error)
      && hc_validate_start_date (&start, start_date, error)
      && hc_validate_horizon_months (hc_plan_get_horizon_months (plan), horizon, error)
      && hc_validate_usd_exchange_rate (hc_plan_get_usd_exchange_rate (plan), rate, error);
}

static gboolean
validate_assumptions (HcCostAssumptions  *assumptions,
                      GError            **error)
{
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    {
      g_autofree char *path = g_strdup_printf ("$.%s.%s", _hc_plan_members[PLAN_ASSUMPTIONS].name, _hc_assumption_members[i].name);

      if (!hc_validate_assumption (i, hc_cost_assumptions_get (assumptions, i), path, error))
        return FALSE;
    }
  return TRUE;
}

/* What checking one list's items needs: the ids seen so far in that list,
 * and the ids positions may refer to. */
typedef struct
{
  GHashTable *ids;
  GHashTable *role_ids;
  GHashTable *phase_ids;
} ValidateContext;

typedef gboolean (*HcValidateItem) (gpointer item, const char *path,
                                    ValidateContext *context, GError **error);

static gboolean
validate_role (HcRole          *role,
               const char      *path,
               ValidateContext *context,
               GError         **error)
{
  g_autofree char *id_path = member_path (path, _hc_role_members[ROLE_ID].name);
  g_autofree char *name_path = member_path (path, _hc_role_members[ROLE_NAME].name);
  g_autofree char *tth_path = member_path (path, _hc_role_members[ROLE_TIME_TO_HIRE].name);
  g_autofree char *description_path = member_path (path, _hc_role_members[ROLE_DESCRIPTION].name);

  if (!check_id (hc_role_get_id (role), context->ids, id_path, error)
      || !hc_validate_name (hc_role_get_name (role), name_path, error)
      || !hc_validate_notes (hc_role_get_description (role), description_path, error)
      || !hc_validate_weeks (hc_role_get_time_to_hire (role), tth_path, error))
    return FALSE;

  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    {
      g_autofree char *salary_path = g_strdup_printf ("%s.%s.%s", path, _hc_role_members[ROLE_SALARY].name, hc_seniority_to_string (s));
      g_autofree char *ramp_path = g_strdup_printf ("%s.%s.%s", path, _hc_role_members[ROLE_RAMP_UP].name, hc_seniority_to_string (s));

      if (!hc_validate_salary (hc_role_get_salary (role, s), salary_path, error)
          || !hc_validate_weeks (hc_role_get_ramp_up (role, s), ramp_path, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_phase (HcPhase         *phase,
                const char      *path,
                ValidateContext *context,
                GError         **error)
{
  g_autofree char *id_path = member_path (path, _hc_phase_members[PHASE_ID].name);
  g_autofree char *name_path = member_path (path, _hc_phase_members[PHASE_NAME].name);
  g_autofree char *first_path = member_path (path, _hc_phase_members[PHASE_FIRST].name);
  g_autofree char *last_path = member_path (path, _hc_phase_members[PHASE_LAST].name);
  g_autofree char *description_path = member_path (path, _hc_phase_members[PHASE_DESCRIPTION].name);
  HcTimeUnit unit = hc_phase_get_unit (phase);

  return check_id (hc_phase_get_id (phase), context->ids, id_path, error)
      && hc_validate_name (hc_phase_get_name (phase), name_path, error)
      && hc_validate_notes (hc_phase_get_description (phase), description_path, error)
      && hc_validate_phase_first (unit, hc_phase_get_first (phase), first_path, error)
      && hc_validate_phase_last (unit, hc_phase_get_first (phase), hc_phase_get_last (phase),
                                 last_path, error);
}

static gboolean
validate_list (GListStore      *store,
               const char      *name,
               guint            max_items,
               HcValidateItem   validate,
               ValidateContext *context,
               GError         **error)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  g_autofree char *list_path = g_strdup_printf ("$.%s", name);

  if (n > max_items)
    return invalid (error, list_path, _("must hold at most %u entries"), max_items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (store), i);
      g_autofree char *path = g_strdup_printf ("$.%s[%u]", name, i);

      if (!validate (item, path, context, error))
        return FALSE;
    }
  return TRUE;
}

static gboolean
validate_position_ranges (HcPosition  *position,
                          const char  *path,
                          GError     **error)
{
  g_autofree char *count_path = member_path (path, _hc_position_members[POS_COUNT].name);
  g_autofree char *adjust_path = member_path (path, _hc_position_members[POS_LOCATION_ADJUSTMENT].name);
  g_autofree char *salary_path = member_path (path, _hc_position_members[POS_SALARY].name);
  g_autofree char *start_path = member_path (path, _hc_position_members[POS_EARLIEST_START].name);
  g_autofree char *tth_path = member_path (path, _hc_position_members[POS_TIME_TO_HIRE].name);
  g_autofree char *relocation_path = member_path (path, _hc_position_members[POS_RELOCATION].name);
  HcRange range;
  double week;

  return hc_validate_count (hc_position_get_count (position), count_path, error)
      && hc_validate_location_adjustment (hc_position_get_location_adjustment (position),
                                          adjust_path, error)
      && (!hc_position_get_salary_override (position, &range)
          || hc_validate_salary (range, salary_path, error))
      && (!hc_position_get_earliest_start (position, &week)
          || hc_validate_earliest_start (week, start_path, error))
      && (!hc_position_get_time_to_hire (position, &range)
          || hc_validate_weeks (range, tth_path, error))
      && hc_validate_relocation (hc_position_get_relocation (position), relocation_path, error);
}

static gboolean
validate_position (HcPosition      *position,
                   const char      *path,
                   ValidateContext *context,
                   GError         **error)
{
  g_autofree char *id_path = member_path (path, _hc_position_members[POS_ID].name);
  g_autofree char *role_path = member_path (path, _hc_position_members[POS_ROLE].name);
  g_autofree char *phase_path = member_path (path, _hc_position_members[POS_PHASE].name);
  g_autofree char *location_path = member_path (path, _hc_position_members[POS_LOCATION].name);
  g_autofree char *notes_path = member_path (path, _hc_position_members[POS_NOTES].name);
  const char *role_id = hc_position_get_role_id (position);
  const char *phase_id = hc_position_get_phase_id (position);

  if (!check_id (hc_position_get_id (position), context->ids, id_path, error))
    return FALSE;
  if (!g_hash_table_contains (context->role_ids, role_id))
    return invalid (error, role_path, _("there is no role “%s” in $.roles"), role_id);
  if (!g_hash_table_contains (context->phase_ids, phase_id))
    return invalid (error, phase_path, _("there is no phase “%s” in $.phases"), phase_id);
  if (!hc_validate_title (hc_position_get_location (position), location_path, error)
      || !hc_validate_notes (hc_position_get_notes (position), notes_path, error))
    return FALSE;
  return validate_position_ranges (position, path, error);
}

gboolean
hc_plan_validate (HcPlan  *self,
                  GError **error)
{
  g_autoptr(GHashTable) role_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) phase_ids = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) position_ids = g_hash_table_new (g_str_hash, g_str_equal);
  ValidateContext roles = { role_ids, NULL, NULL };
  ValidateContext phases = { phase_ids, NULL, NULL };
  ValidateContext positions = { position_ids, role_ids, phase_ids };

  g_return_val_if_fail (HC_IS_PLAN (self), FALSE);

  return validate_header (self, error)
      && validate_assumptions (hc_plan_get_assumptions (self), error)
      && validate_list (hc_plan_get_roles (self), _hc_plan_members[PLAN_ROLES].name, HC_MAX_ITEMS,
                        (HcValidateItem) validate_role, &roles, error)
      && validate_list (hc_plan_get_phases (self), _hc_plan_members[PLAN_PHASES].name, HC_MAX_ITEMS,
                        (HcValidateItem) validate_phase, &phases, error)
      && validate_list (hc_plan_get_positions (self), _hc_plan_members[PLAN_POSITIONS].name, HC_MAX_POSITIONS,
                        (HcValidateItem) validate_position, &positions, error);
}
