/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-types.h"

G_BEGIN_DECLS

/* The plan's calendar (DOMAIN.md, "Months are counted from the start
 * date"): the one meaning of "month" in the budget, the timeline's phase
 * windows, the checks, the summaries, the CSV and every chart.
 *
 * Month 0 of a plan starting on @start runs from @start to the day before
 * the same day a month later; month m begins m calendar months after
 * @start, counted from @start each time (so a plan from 31 January has
 * months from 31 Jan, 28 Feb, 31 Mar, …: a short month clamps, it does
 * not drift).  Weeks are the plan's offsets (hc-types.h): week w is the
 * day 7·w after @start, fractions of a day included.
 *
 * Every function accepts an invalid @start (a plan not yet validated) and
 * then falls back to months of HC_WEEKS_PER_MONTH, so that nothing divides
 * by zero; a valid plan always has a valid start date. */

/* The calendar day @week weeks after @start (rounded to the nearest day). */
GDate    hc_calendar_date_for_week    (const GDate *start,
                                       double       week);
/* The week offset of @date from @start (negative before it). */
double   hc_calendar_week_for_date    (const GDate *start,
                                       const GDate *date);
/* The first day of month @month (from 0). */
GDate    hc_calendar_month_first_day  (const GDate *start,
                                       guint        month);
/* The week offset where month @month (from 0) begins: month 1 of a plan
 * from 1 February begins at 4 weeks (28 days), month 2 at 59/7. */
double   hc_calendar_week_for_month   (const GDate *start,
                                       guint        month);
/* How many days month @month has (28–31). */
guint    hc_calendar_month_days       (const GDate *start,
                                       guint        month);
/* The month (from 0) that holds week offset @week; 0 before the start. */
guint    hc_calendar_month_for_week   (const GDate *start,
                                       double       week);
/* @week as a position in months: the month that holds it plus the share
 * of that month's days already gone.  Day 20 of a 28-day month is
 * 19/28 into it; exactly a month boundary is a whole number. */
double   hc_calendar_month_position   (const GDate *start,
                                       double       week);
/* The same for code that asks for many positions (the budget): @starts
 * holds the week offsets where months 0 … @n_months begin
 * (hc_calendar_fill_month_starts()); a week past the last is @n_months or
 * more. */
void     hc_calendar_fill_month_starts (const GDate *start,
                                        double      *starts,
                                        guint        n_months);
double   hc_calendar_month_position_in (const double *starts,
                                        guint         n_months,
                                        double        week);
/* The week offset of the month boundary nearest to @week. */
double   hc_calendar_snap_to_month    (const GDate *start,
                                       double       week);

/* "Feb 2027": plan month @month named after the calendar month in which it
 * begins (DOMAIN.md), in the locale's month names.  Newly allocated; ""
 * without a valid @start. */
char    *hc_calendar_format_month      (const GDate *start,
                                        guint        month);
/* The calendar months from @from's to @to's as one span: "Mar 2027",
 * "Mar–Apr 2027", "Dec 2027–Jan 2028".  Translated, newly allocated;
 * "" if either date is invalid. */
char    *hc_calendar_format_months_between (const GDate *from,
                                            const GDate *to);

G_END_DECLS
