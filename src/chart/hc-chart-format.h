/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hc-types.h"

G_BEGIN_DECLS

/* Money in the plan's currency (an ISO 4217 code).  Compact for axes and
 * headlines ("$1.2M", "$185K"), full for tables ("$185,000"), with the
 * locale's digit grouping (a comma where the locale has none). */
char  *hc_chart_format_money_compact       (double       amount,
                                            const char  *currency);
char  *hc_chart_format_money               (double       amount,
                                            const char  *currency);
/* "$805K–$1.1M", or one figure when low and high print the same. */
char  *hc_chart_format_money_range_compact (HcRange      range,
                                            const char  *currency);
char  *hc_chart_format_money_range         (HcRange      range,
                                            const char  *currency);
/* "15–25 %" */
char  *hc_chart_format_percent_range       (HcRange      range);

/* The calendar day @week weeks after @start (rounded to a day). */
GDate  hc_chart_date_for_week              (const GDate *start,
                                            double       week);
/* The week offset of @date from @start (may be negative). */
double hc_chart_week_for_date              (const GDate *start,
                                            const GDate *date);
/* "6 Apr 2026" in the locale's month names. */
char  *hc_chart_format_date                (const GDate *date);
char  *hc_chart_format_date_short          (const GDate *date); /* "6 Apr" */

G_END_DECLS
