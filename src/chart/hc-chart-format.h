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
/* "6 Apr 2026" in the locale's month names. */
char  *hc_chart_format_date                (const GDate *date);
char  *hc_chart_format_date_short          (const GDate *date); /* "6 Apr" */

G_END_DECLS
