/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-calendar"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "hc-calendar.h"

/* Further than any plan reaches (HC_MAX_WEEKS is ten years), so that a
 * corrupt offset cannot make the month search run for ever. */
#define MAX_MONTH (12u * 1000u)

GDate
hc_calendar_date_for_week (const GDate *start,
                           double       week)
{
  GDate date = *start;
  /* Clamped to a hundred years either way: no plan goes near, and GDate
   * refuses days past its year 65535. */
  double rounded = isfinite (week) ? round (CLAMP (week, -HC_MAX_WEEKS * 10, HC_MAX_WEEKS * 10) * 7.0) : 0.0;
  long days = (long) rounded;

  if (!g_date_valid (&date))
    return date;
  if (days > 0)
    g_date_add_days (&date, (guint) days);
  else if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  return date;
}

double
hc_calendar_week_for_date (const GDate *start,
                           const GDate *date)
{
  if (!g_date_valid (start) || !g_date_valid (date))
    return 0.0;
  return g_date_days_between (start, date) / 7.0;
}

GDate
hc_calendar_month_first_day (const GDate *start,
                             guint        month)
{
  GDate date = *start;

  /* Always from the start date itself: stepping month by month would let
   * one short month pull every later month's day back (31 Jan → 28 Feb →
   * 28 Mar). */
  if (g_date_valid (&date) && month > 0)
    g_date_add_months (&date, MIN (month, MAX_MONTH));
  return date;
}

double
hc_calendar_week_for_month (const GDate *start,
                            guint        month)
{
  GDate date;

  if (!g_date_valid (start))
    return month * HC_WEEKS_PER_MONTH;
  date = hc_calendar_month_first_day (start, month);
  return hc_calendar_week_for_date (start, &date);
}

guint
hc_calendar_month_days (const GDate *start,
                        guint        month)
{
  double weeks = hc_calendar_week_for_month (start, month + 1) - hc_calendar_week_for_month (start, month);

  return (guint) lround (weeks * 7.0);
}

guint
hc_calendar_month_for_week (const GDate *start,
                            double       week)
{
  guint month;

  if (!(week > 0) || !isfinite (week))
    return 0;
  /* A guess from the mean month, then the calendar's word on it. */
  month = (guint) MIN (floor (week / HC_WEEKS_PER_MONTH), (double) MAX_MONTH);
  while (month > 0 && hc_calendar_week_for_month (start, month) > week + 1e-9)
    month--;
  while (month < MAX_MONTH && hc_calendar_week_for_month (start, month + 1) <= week + 1e-9)
    month++;
  return month;
}

/* Month @month plus the share of it gone at @week, which lies in
 * [@from, @to). */
static double
position_in_month (guint  month,
                   double from,
                   double to,
                   double week)
{
  double share = (week - from) / (to - from);

  /* Rounding in the week offset must not move a start on the boundary
   * into the month before. */
  if (share < 1e-9)
    share = 0.0;
  return month + CLAMP (share, 0.0, 1.0);
}

double
hc_calendar_month_position (const GDate *start,
                            double       week)
{
  guint month;

  if (!(week > 0) || !isfinite (week))
    return 0.0;
  month = hc_calendar_month_for_week (start, week);
  return position_in_month (month, hc_calendar_week_for_month (start, month),
                            hc_calendar_week_for_month (start, month + 1), week);
}

void
hc_calendar_fill_month_starts (const GDate *start,
                               double      *starts,
                               guint        n_months)
{
  for (guint m = 0; m <= n_months; m++)
    starts[m] = hc_calendar_week_for_month (start, m);
}

double
hc_calendar_month_position_in (const double *starts,
                               guint         n_months,
                               double        week)
{
  guint low = 0, high = n_months;

  if (!(week > 0) || !isfinite (week))
    return 0.0;
  if (week + 1e-9 >= starts[n_months])
    return n_months + MAX (week - starts[n_months], 0.0);
  /* The last month that begins at or before @week, as
   * hc_calendar_month_for_week() finds it. */
  while (high - low > 1)
    {
      guint mid = (low + high) / 2;

      if (starts[mid] <= week + 1e-9)
        low = mid;
      else
        high = mid;
    }
  return position_in_month (low, starts[low], starts[low + 1], week);
}

double
hc_calendar_snap_to_month (const GDate *start,
                           double       week)
{
  guint month;
  double from, to;

  if (!(week > 0) || !isfinite (week))
    return 0.0;
  month = hc_calendar_month_for_week (start, week);
  from = hc_calendar_week_for_month (start, month);
  to = hc_calendar_week_for_month (start, month + 1);
  return week - from <= to - week ? from : to;
}

static char *
format_date (const GDate *date,
             const char  *format)
{
  char buf[128];

  if (!g_date_valid (date) || g_date_strftime (buf, sizeof buf, format, date) == 0)
    return g_strdup ("");
  return g_strdup (buf);
}

char *
hc_calendar_format_month (const GDate *start,
                          guint        month)
{
  GDate first = hc_calendar_month_first_day (start, month);

  return format_date (&first, "%b %Y");
}

char *
hc_calendar_format_months_between (const GDate *from,
                                   const GDate *to)
{
  g_autofree char *from_month = NULL;
  g_autofree char *to_month = NULL;

  if (!g_date_valid (from) || !g_date_valid (to))
    return g_strdup ("");
  if (g_date_get_year (from) == g_date_get_year (to)
      && g_date_get_month (from) >= g_date_get_month (to))
    return format_date (from, "%b %Y");
  if (g_date_get_year (from) == g_date_get_year (to))
    {
      from_month = format_date (from, "%b");
      to_month = format_date (to, "%b");
      /* Translators: a span of months in one year, "Mar–Apr 2027" */
      return g_strdup_printf (_("%s–%s %u"), from_month, to_month, (guint) g_date_get_year (to));
    }
  from_month = format_date (from, "%b %Y");
  to_month = format_date (to, "%b %Y");
  /* Translators: a span of months across years, "Dec 2027–Jan 2028" */
  return g_strdup_printf (_("%s–%s"), from_month, to_month);
}
