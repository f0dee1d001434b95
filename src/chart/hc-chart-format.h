/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hc-format.h"
#include "hc-types.h"

G_BEGIN_DECLS

/* Money, numbers and percentages are the core's (hc-format.h); what is
 * left here is the calendar, which only the charts draw. */

/* The calendar day @week weeks after @start (rounded to a day). */
GDate  hc_chart_date_for_week              (const GDate *start,
                                            double       week);
/* The week offset of @date from @start (may be negative). */
double hc_chart_week_for_date              (const GDate *start,
                                            const GDate *date);
/* Calendar months, the one meaning of "month" in every chart, the CSV and
 * the summary: month 0 of a plan runs from its start date to the same
 * day a month later (the last day of a shorter month), and so on.
 *
 * The week offset where month @month (from 0) begins.  Without a valid
 * @start: @month × HC_WEEKS_PER_MONTH. */
double hc_chart_week_for_month             (const GDate *start,
                                            guint        month);
/* The month (from 0) that holds week offset @week; 0 before the start. */
guint  hc_chart_month_for_week             (const GDate *start,
                                            double       week);
/* The date month @month is named by: its first day, since a label names
 * the calendar month in which a month begins (DOMAIN.md, "Months are
 * counted from the start date").  From the 1st this is the calendar month
 * itself; from 30 November, the month to 29 December is "Nov". */
GDate  hc_chart_date_for_month_name        (const GDate *start,
                                            guint        month);
/* "Feb 2027": a month named as a date, in the locale's month names. */
char  *hc_chart_format_month               (const GDate *date);

/* "6 Apr 2026" in the locale's month names. */
char  *hc_chart_format_date                (const GDate *date);
char  *hc_chart_format_date_short          (const GDate *date); /* "6 Apr" */

G_END_DECLS
