/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "hc-chart-format.h"

GDate
hc_chart_date_for_week (const GDate *start,
                        double       week)
{
  GDate date = *start;
  long days = lround (week * 7.0);

  if (!g_date_valid (&date))
    return date;
  if (days > 0)
    g_date_add_days (&date, (guint) days);
  else if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  return date;
}

double
hc_chart_week_for_date (const GDate *start,
                        const GDate *date)
{
  return g_date_days_between (start, date) / 7.0;
}

GDate
hc_chart_date_for_month (const GDate *start,
                         guint        month)
{
  GDate date = *start;

  if (g_date_valid (&date) && month > 0)
    g_date_add_months (&date, month);
  return date;
}

GDate
hc_chart_date_for_month_name (const GDate *start,
                              guint        month)
{
  double middle = (hc_chart_week_for_month (start, month) + hc_chart_week_for_month (start, month + 1)) / 2;

  return hc_chart_date_for_week (start, middle);
}

double
hc_chart_week_for_month (const GDate *start,
                         guint        month)
{
  GDate date;

  if (!g_date_valid (start))
    return month * HC_WEEKS_PER_MONTH;
  date = hc_chart_date_for_month (start, month);
  return hc_chart_week_for_date (start, &date);
}

guint
hc_chart_month_for_week (const GDate *start,
                         double       week)
{
  guint month;

  if (!(week > 0))
    return 0;
  /* A guess from the mean month, then the calendar's word on it. */
  month = (guint) MIN (floor (week / HC_WEEKS_PER_MONTH), 12.0 * 1000);
  while (month > 0 && hc_chart_week_for_month (start, month) > week + 1e-9)
    month--;
  while (hc_chart_week_for_month (start, month + 1) <= week + 1e-9)
    month++;
  return month;
}

static char *
format_date_with (const GDate *date, const char *format)
{
  char buf[128];

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  if (g_date_strftime (buf, sizeof buf, format, date) == 0)
    return g_strdup ("");
  return g_strdup (buf);
}

char *
hc_chart_format_date (const GDate *date)
{
  /* Translators: a day as strftime() writes it, "5 Jan 2027"; German
   * puts a point after the day: "%-d. %b %Y". */
  return format_date_with (date, C_("date format", "%-d %b %Y"));
}

char *
hc_chart_format_month (const GDate *date)
{
  /* Translators: a month as strftime() writes it, "Jan 2027" */
  return format_date_with (date, C_("date format", "%b %Y"));
}

char *
hc_chart_format_date_short (const GDate *date)
{
  /* Translators: a day without its year as strftime() writes it,
   * "5 Jan"; German "%-d. %b". */
  return format_date_with (date, C_("date format", "%-d %b"));
}
