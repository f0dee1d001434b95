/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-validate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hc-error.h"
#include "hc-plan.h"

/* hc_plan_validate(): every value of a plan within the bounds a plan file
 * may hold, with the error naming the JSON path the value is saved at.
 * The loader relies on this for everything past JSON types, so a file and
 * an edit are held to the same rules. */

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

static gboolean
check_text (const char  *text,
            glong        max_chars,
            gboolean     required,
            const char  *path,
            GError     **error)
{
  if (required && *text == '\0')
    return invalid (error, path, _("must not be empty"));
  if (g_utf8_strlen (text, -1) > max_chars)
    return invalid (error, path, _("must be at most %ld characters long"), max_chars);
  return TRUE;
}

static gboolean
check_id (const char  *id,
          GHashTable  *seen,
          const char  *path,
          GError     **error)
{
  if (!check_text (id, HC_MAX_ID_LENGTH, TRUE, path, error))
    return FALSE;
  if (!g_hash_table_add (seen, (gpointer) id))
    return invalid (error, path, _("the id “%s” is used twice"), id);
  return TRUE;
}

static gboolean
check_currency (const char  *code,
                GError     **error)
{
  gboolean ok = strlen (code) == 3;

  for (guint i = 0; ok && i < 3; i++)
    ok = g_ascii_isupper (code[i]);
  if (!ok)
    return invalid (error, "$.currency",
                    _("must be a three-letter ISO 4217 code such as USD or EUR"));
  return TRUE;
}

static gboolean
validate_header (HcPlan  *plan,
                 GError **error)
{
  GDate start = hc_plan_get_start_date (plan);
  guint horizon = hc_plan_get_horizon_months (plan);
  double rate;

  if (!check_text (hc_plan_get_title (plan), HC_MAX_NAME_LENGTH, FALSE, "$.title", error)
      || !check_currency (hc_plan_get_currency (plan), error)
      || !check_text (hc_plan_get_notes (plan), HC_MAX_NOTES_LENGTH, FALSE, "$.notes", error))
    return FALSE;
  if (!g_date_valid (&start)
      || g_date_get_year (&start) < HC_MIN_YEAR || g_date_get_year (&start) > HC_MAX_YEAR)
    return invalid (error, "$.start_date", _("must be a date between the years %d and %d"),
                    HC_MIN_YEAR, HC_MAX_YEAR);
  if (horizon < 1 || horizon > HC_MAX_HORIZON_MONTHS)
    return invalid (error, "$.horizon_months", _("must be a whole number from 1 to %d"),
                    HC_MAX_HORIZON_MONTHS);
  rate = hc_plan_get_usd_exchange_rate (plan);
  if (rate != 0 && !(rate >= HC_MIN_EXCHANGE_RATE && rate <= HC_MAX_EXCHANGE_RATE))
    return invalid (error, "$.usd_exchange_rate",
                    _("must be a number from 0.000001 to 1000000 (units of the plan’s currency per US dollar)"));
  return TRUE;
}

static gboolean
validate_assumptions (HcCostAssumptions  *assumptions,
                      GError            **error)
{
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    {
      HcRange limits = hc_cost_assumptions_get_limits (i);
      g_autofree char *path = g_strdup_printf ("$.assumptions.%s", hc_assumption_to_string (i));

      if (!hc_range_check (hc_cost_assumptions_get (assumptions, i),
                           limits.low, limits.high, path, error))
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
  g_autofree char *id_path = g_strconcat (path, ".id", NULL);
  g_autofree char *name_path = g_strconcat (path, ".name", NULL);
  g_autofree char *tth_path = g_strconcat (path, ".time_to_hire_weeks", NULL);
  g_autofree char *description_path = g_strconcat (path, ".description", NULL);

  if (!check_id (hc_role_get_id (role), context->ids, id_path, error)
      || !check_text (hc_role_get_name (role), HC_MAX_NAME_LENGTH, TRUE, name_path, error)
      || !check_text (hc_role_get_description (role), HC_MAX_NOTES_LENGTH, FALSE, description_path, error)
      || !hc_range_check (hc_role_get_time_to_hire (role), 0, HC_MAX_WEEKS, tth_path, error))
    return FALSE;

  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    {
      g_autofree char *salary_path = g_strdup_printf ("%s.salary.%s", path,
                                                      hc_seniority_to_string (s));
      g_autofree char *ramp_path = g_strdup_printf ("%s.ramp_up_weeks.%s", path,
                                                    hc_seniority_to_string (s));

      if (!hc_range_check (hc_role_get_salary (role, s), 0, HC_MAX_SALARY, salary_path, error)
          || !hc_range_check (hc_role_get_ramp_up (role, s), 0, HC_MAX_WEEKS, ramp_path, error))
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
  g_autofree char *id_path = g_strconcat (path, ".id", NULL);
  g_autofree char *name_path = g_strconcat (path, ".name", NULL);
  g_autofree char *first_path = g_strconcat (path, ".first", NULL);
  g_autofree char *last_path = g_strconcat (path, ".last", NULL);
  g_autofree char *description_path = g_strconcat (path, ".description", NULL);
  guint max = hc_phase_get_unit (phase) == HC_TIME_UNIT_MONTH
              ? HC_MAX_HORIZON_MONTHS : (guint) HC_MAX_WEEKS;

  if (!check_id (hc_phase_get_id (phase), context->ids, id_path, error)
      || !check_text (hc_phase_get_name (phase), HC_MAX_NAME_LENGTH, TRUE, name_path, error)
      || !check_text (hc_phase_get_description (phase), HC_MAX_NOTES_LENGTH, FALSE, description_path, error))
    return FALSE;
  if (hc_phase_get_first (phase) < 1 || hc_phase_get_first (phase) > max)
    return invalid (error, first_path, _("must be a whole number from 1 to %u"), max);
  if (hc_phase_get_last (phase) < hc_phase_get_first (phase) || hc_phase_get_last (phase) > max)
    return invalid (error, last_path, _("must be a whole number from %u (the first) to %u"),
                    hc_phase_get_first (phase), max);
  return TRUE;
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
  g_autofree char *count_path = g_strconcat (path, ".count", NULL);
  g_autofree char *adjust_path = g_strconcat (path, ".location_adjustment_percent", NULL);
  g_autofree char *salary_path = g_strconcat (path, ".salary", NULL);
  g_autofree char *start_path = g_strconcat (path, ".earliest_start_week", NULL);
  g_autofree char *tth_path = g_strconcat (path, ".time_to_hire_weeks", NULL);
  double adjustment = hc_position_get_location_adjustment (position);
  HcRange range;
  double week;

  if (hc_position_get_count (position) < 1 || hc_position_get_count (position) > HC_MAX_COUNT)
    return invalid (error, count_path, _("must be a whole number from 1 to %d"), HC_MAX_COUNT);
  if (!isfinite (adjustment) || adjustment < HC_MIN_LOCATION_PCT || adjustment > HC_MAX_LOCATION_PCT)
    return invalid (error, adjust_path, _("must be a percentage from %g to %g"),
                    HC_MIN_LOCATION_PCT, HC_MAX_LOCATION_PCT);
  if (hc_position_get_salary_override (position, &range)
      && !hc_range_check (range, 0, HC_MAX_SALARY, salary_path, error))
    return FALSE;
  if (hc_position_get_earliest_start (position, &week)
      && (!isfinite (week) || week < 0 || week > HC_MAX_WEEKS))
    return invalid (error, start_path, _("must be a week from 0 to %g"), HC_MAX_WEEKS);
  if (hc_position_get_time_to_hire (position, &range)
      && !hc_range_check (range, 0, HC_MAX_WEEKS, tth_path, error))
    return FALSE;
  return TRUE;
}

static gboolean
validate_position (HcPosition      *position,
                   const char      *path,
                   ValidateContext *context,
                   GError         **error)
{
  g_autofree char *id_path = g_strconcat (path, ".id", NULL);
  g_autofree char *role_path = g_strconcat (path, ".role", NULL);
  g_autofree char *phase_path = g_strconcat (path, ".phase", NULL);
  g_autofree char *location_path = g_strconcat (path, ".location", NULL);
  g_autofree char *notes_path = g_strconcat (path, ".notes", NULL);
  const char *role_id = hc_position_get_role_id (position);
  const char *phase_id = hc_position_get_phase_id (position);

  if (!check_id (hc_position_get_id (position), context->ids, id_path, error))
    return FALSE;
  if (!g_hash_table_contains (context->role_ids, role_id))
    return invalid (error, role_path, _("there is no role “%s” in $.roles"), role_id);
  if (!g_hash_table_contains (context->phase_ids, phase_id))
    return invalid (error, phase_path, _("there is no phase “%s” in $.phases"), phase_id);
  if (!check_text (hc_position_get_location (position), HC_MAX_NAME_LENGTH, FALSE,
                   location_path, error)
      || !check_text (hc_position_get_notes (position), HC_MAX_NOTES_LENGTH, FALSE,
                      notes_path, error))
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
      && validate_list (hc_plan_get_roles (self), "roles", HC_MAX_ITEMS,
                        (HcValidateItem) validate_role, &roles, error)
      && validate_list (hc_plan_get_phases (self), "phases", HC_MAX_ITEMS,
                        (HcValidateItem) validate_phase, &phases, error)
      && validate_list (hc_plan_get_positions (self), "positions", HC_MAX_POSITIONS,
                        (HcValidateItem) validate_position, &positions, error);
}
