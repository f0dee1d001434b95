/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "hc-calendar.h"
#include "hc-chart-format.h"

/* The calendar is the core's (hc-calendar.h), so that the charts, the
 * budget, the CSV and the summaries count the same months. */

GDate
hc_chart_date_for_week (const GDate *start,
                        double       week)
{
  return hc_calendar_date_for_week (start, week);
}

double
hc_chart_week_for_date (const GDate *start,
                        const GDate *date)
{
  return hc_calendar_week_for_date (start, date);
}

GDate
hc_chart_date_for_month_name (const GDate *start,
                              guint        month)
{
  return hc_calendar_month_first_day (start, month);
}

double
hc_chart_week_for_month (const GDate *start,
                         guint        month)
{
  return hc_calendar_week_for_month (start, month);
}

guint
hc_chart_month_for_week (const GDate *start,
                         double       week)
{
  return hc_calendar_month_for_week (start, week);
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
