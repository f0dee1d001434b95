/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-validate"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hc-error.h"
#include "hc-validate.h"

/* The rules of hc-validate.h.  Each rule is written once, as the end of a
 * sentence ("must be a whole number from 1 to 10000"); refuse() puts the
 * field's name in front of it, as a plan file's path or as a label. */

static void
set_invalid (GError     **error,
             const char  *field,
             const char  *own_label,
             gboolean     predicate,
             const char  *rule)
{
  if (field == NULL)
    field = own_label;
  if (field[0] == '$')
    g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID, "%s: %s", field, rule);
  else if (predicate)
    /* Translators: a field's name and what it must be, as in
     * "Count must be a whole number from 1 to 10000" */
    g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID, C_("validation", "%s %s"),
                 field, rule);
  else
    /* Translators: a field's name and what is wrong with it, as in
     * "Salary: low (500000) must not be above high (400000)" */
    g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID, C_("validation", "%s: %s"),
                 field, rule);
}

/* @format says what the value must be ("must be …"). */
G_GNUC_PRINTF (4, 5)
static gboolean
refuse (GError     **error,
        const char  *field,
        const char  *own_label,
        const char  *format,
        ...)
{
  g_autofree char *rule = NULL;
  va_list args;

  va_start (args, format);
  rule = g_strdup_vprintf (format, args);
  va_end (args);
  set_invalid (error, field, own_label, TRUE, rule);
  return FALSE;
}

/* @format is a clause of its own ("low (…) must not be above …"). */
G_GNUC_PRINTF (4, 5)
static gboolean
refuse_clause (GError     **error,
               const char  *field,
               const char  *own_label,
               const char  *format,
               ...)
{
  g_autofree char *rule = NULL;
  va_list args;

  va_start (args, format);
  rule = g_strdup_vprintf (format, args);
  va_end (args);
  set_invalid (error, field, own_label, FALSE, rule);
  return FALSE;
}

/* Bounds as people write them: 10000000, not 1e+07.  Always the C
 * locale's digits: the same message is a file's error and a field's. */
static char *
format_bound (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%g", value));
}

static gboolean
is_whole (double value,
          double min,
          double max)
{
  return isfinite (value) && value == floor (value) && value >= min && value <= max;
}

static gboolean
check_whole (double       value,
             double       min,
             double       max,
             const char  *field,
             const char  *own_label,
             GError     **error)
{
  g_autofree char *min_text = format_bound (min);
  g_autofree char *max_text = format_bound (max);

  if (is_whole (value, min, max))
    return TRUE;
  return refuse (error, field, own_label, _("must be a whole number from %s to %s"),
                 min_text, max_text);
}

static gboolean
check_range (HcRange      r,
             double       min,
             double       max,
             const char  *field,
             const char  *own_label,
             GError     **error)
{
  if (!isfinite (r.low) || !isfinite (r.high)
      || r.low < min || r.high > max || r.low > max || r.high < min)
    {
      g_autofree char *min_text = format_bound (min);
      g_autofree char *max_text = format_bound (max);

      return refuse (error, field, own_label, _("must be a range of numbers from %s to %s"),
                     min_text, max_text);
    }
  if (r.low > r.high)
    {
      g_autofree char *low_text = format_bound (r.low);
      g_autofree char *high_text = format_bound (r.high);

      return refuse_clause (error, field, own_label, _("low (%s) must not be above high (%s)"),
                            low_text, high_text);
    }
  return TRUE;
}

static gboolean
check_text (const char  *text,
            glong        max_chars,
            gboolean     required,
            const char  *field,
            const char  *own_label,
            GError     **error)
{
  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return refuse (error, field, own_label, _("must be text"));
  if (required && *text == '\0')
    return refuse (error, field, own_label, _("must not be empty"));
  if (g_utf8_strlen (text, -1) > max_chars)
    return refuse (error, field, own_label, _("must be at most %ld characters long"), max_chars);
  return TRUE;
}

/* hc_range_check() of hc-types.h: the general form of the range rules. */
gboolean
hc_range_check (HcRange      r,
                double       min,
                double       max,
                const char  *path,
                GError     **error)
{
  return check_range (r, min, max, path, _("Range"), error);
}

gboolean
hc_validate_currency (const char  *code,
                      const char  *field,
                      GError     **error)
{
  gboolean ok = code != NULL && strlen (code) == 3;

  for (guint i = 0; ok && i < 3; i++)
    ok = g_ascii_isupper (code[i]);
  if (!ok)
    return refuse (error, field, _("Currency"),
                   _("must be a three-letter ISO 4217 code such as USD or EUR"));
  return TRUE;
}

gboolean
hc_validate_count (double       count,
                   const char  *field,
                   GError     **error)
{
  return check_whole (count, 1, HC_MAX_COUNT, field, _("Count"), error);
}

gboolean
hc_validate_horizon_months (double       months,
                            const char  *field,
                            GError     **error)
{
  return check_whole (months, 1, HC_MAX_HORIZON_MONTHS, field, _("Horizon"), error);
}

gboolean
hc_validate_usd_exchange_rate (double       rate,
                               const char  *field,
                               GError     **error)
{
  /* 0 stands for "no rate set": the plan is in US dollars, or says nothing. */
  if (rate == 0 || (isfinite (rate) && rate >= HC_MIN_EXCHANGE_RATE && rate <= HC_MAX_EXCHANGE_RATE))
    return TRUE;
  return refuse (error, field, _("Exchange rate"),
                 _("must be a number from 0.000001 to 1000000 (units of the plan’s currency per US dollar)"));
}

gboolean
hc_validate_location_adjustment (double       percent,
                                 const char  *field,
                                 GError     **error)
{
  g_autofree char *min_text = format_bound (HC_MIN_LOCATION_PCT);
  g_autofree char *max_text = format_bound (HC_MAX_LOCATION_PCT);

  if (isfinite (percent) && percent >= HC_MIN_LOCATION_PCT && percent <= HC_MAX_LOCATION_PCT)
    return TRUE;
  return refuse (error, field, _("Location adjustment"),
                 _("must be a percentage from %s to %s"), min_text, max_text);
}

gboolean
hc_validate_earliest_start (double       week,
                            const char  *field,
                            GError     **error)
{
  g_autofree char *max_text = format_bound (HC_MAX_WEEKS);

  if (isfinite (week) && week >= 0 && week <= HC_MAX_WEEKS)
    return TRUE;
  return refuse (error, field, _("Earliest start"), _("must be a week from 0 to %s"), max_text);
}

gboolean
hc_validate_salary (HcRange      salary,
                    const char  *field,
                    GError     **error)
{
  return check_range (salary, 0, HC_MAX_SALARY, field, _("Salary"), error);
}

gboolean
hc_validate_weeks (HcRange      weeks,
                   const char  *field,
                   GError     **error)
{
  return check_range (weeks, 0, HC_MAX_WEEKS, field, _("Weeks"), error);
}

/* An amount paid per person (a bonus, relocation): a negative figure is
 * the likeliest slip, and gets a sentence of its own. */
static gboolean
check_amount_paid (HcRange      value,
                   const char  *field,
                   const char  *own_label,
                   GError     **error)
{
  if (value.low < 0 || value.high < 0)
    return refuse (error, field, own_label, _("must not be negative: an amount paid, 0 for none"));
  return check_range (value, 0, HC_MAX_MONEY, field, own_label, error);
}

gboolean
hc_validate_assumption (HcAssumption  which,
                        HcRange       value,
                        const char   *field,
                        GError      **error)
{
  HcRange limits;

  g_return_val_if_fail (which < HC_N_ASSUMPTIONS, FALSE);

  limits = hc_cost_assumptions_get_limits (which);
  switch (which)
    {
    case HC_ASSUMPTION_PAYROLL_TAX_PERCENT:
      /* Beyond the benefits load, a share of the salary itself. */
      if (isfinite (value.low) && isfinite (value.high)
          && (value.low < 0 || value.high < 0 || value.low > 100 || value.high > 100))
        return refuse (error, field, hc_assumption_get_label (which),
                       _("must be a percentage of base salary from 0 to 100"));
      break;
    case HC_ASSUMPTION_SIGNING_BONUS_PER_PERSON:
    case HC_ASSUMPTION_REFERRAL_BONUS_PER_PERSON:
      return check_amount_paid (value, field, hc_assumption_get_label (which), error);
    default:
      break;
    }
  return check_range (value, limits.low, limits.high, field,
                      hc_assumption_get_label (which), error);
}

gboolean
hc_validate_relocation (HcRange      per_person,
                        const char  *field,
                        GError     **error)
{
  return check_amount_paid (per_person, field, _("Relocation per person"), error);
}

static double
phase_max (HcTimeUnit unit)
{
  return unit == HC_TIME_UNIT_MONTH ? HC_MAX_HORIZON_MONTHS : HC_MAX_WEEKS;
}

gboolean
hc_validate_phase_first (HcTimeUnit   unit,
                         double       first,
                         const char  *field,
                         GError     **error)
{
  return check_whole (first, 1, phase_max (unit), field, _("From"), error);
}

gboolean
hc_validate_phase_last (HcTimeUnit   unit,
                        double       first,
                        double       last,
                        const char  *field,
                        GError     **error)
{
  g_autofree char *first_text = NULL;
  g_autofree char *max_text = NULL;

  if (is_whole (last, MAX (first, 1), phase_max (unit)))
    return TRUE;
  first_text = format_bound (MAX (first, 1));
  max_text = format_bound (phase_max (unit));
  return refuse (error, field, _("To"), _("must be a whole number from %s (the first) to %s"),
                 first_text, max_text);
}

gboolean
hc_validate_name (const char  *text,
                  const char  *field,
                  GError     **error)
{
  return check_text (text, HC_MAX_NAME_LENGTH, TRUE, field, _("Name"), error);
}

gboolean
hc_validate_title (const char  *text,
                   const char  *field,
                   GError     **error)
{
  return check_text (text, HC_MAX_NAME_LENGTH, FALSE, field, _("Title"), error);
}

gboolean
hc_validate_subtitle (const char  *text,
                      const char  *field,
                      GError     **error)
{
  return check_text (text, HC_MAX_NAME_LENGTH, FALSE, field, _("Subtitle"), error);
}

gboolean
hc_validate_notes (const char  *text,
                   const char  *field,
                   GError     **error)
{
  return check_text (text, HC_MAX_NOTES_LENGTH, FALSE, field, _("Notes"), error);
}

gboolean
hc_validate_id (const char  *id,
                const char  *field,
                GError     **error)
{
  return check_text (id, HC_MAX_ID_LENGTH, TRUE, field, _("Id"), error);
}

/* The number written by @n_digits ASCII digits at @str, or -1. */
static int
parse_digits (const char *str,
              guint       n_digits)
{
  int value = 0;

  for (guint i = 0; i < n_digits; i++)
    {
      if (!g_ascii_isdigit (str[i]))
        return -1;
      value = value * 10 + (str[i] - '0');
    }
  return value;
}

gboolean
hc_parse_iso_date (const char *text,
                   GDate      *date)
{
  int year, month, day;

  g_return_val_if_fail (date != NULL, FALSE);

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-' ||
      (year = parse_digits (text, 4)) < 1 ||
      (month = parse_digits (text + 5, 2)) < 1 || month > 12 ||
      (day = parse_digits (text + 8, 2)) < 1 ||
      !g_date_valid_dmy ((GDateDay) day, (GDateMonth) month, (GDateYear) year))
    return FALSE;
  g_date_clear (date, 1);
  g_date_set_dmy (date, (GDateDay) day, (GDateMonth) month, (GDateYear) year);
  return TRUE;
}

gboolean
hc_validate_start_date (const GDate  *date,
                        const char   *field,
                        GError      **error)
{
  if (date == NULL || !g_date_valid (date)
      || g_date_get_year (date) < HC_MIN_YEAR || g_date_get_year (date) > HC_MAX_YEAR)
    return refuse (error, field, _("Start date"), _("must be a date between the years %d and %d"),
                   HC_MIN_YEAR, HC_MAX_YEAR);
  return TRUE;
}

gboolean
hc_validate_start_date_text (const char  *text,
                             const char  *field,
                             GDate       *date,
                             GError     **error)
{
  GDate parsed;

  g_return_val_if_fail (date != NULL, FALSE);

  if (!hc_parse_iso_date (text, &parsed))
    return refuse (error, field, _("Start date"), _("must be a date written YYYY-MM-DD"));
  if (!hc_validate_start_date (&parsed, field, error))
    return FALSE;
  *date = parsed;
  return TRUE;
}
