/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hc-types.h"

G_BEGIN_DECLS

/* A plan's figures for a script: what `headcount --summary --json`
 * prints.  One object with the plan's title, currency and headcount, the
 * budget's ranges ({"low": …, "high": …}, money to cents, weeks to
 * tenths, in the C locale's notation), the first year's months and
 * categories, the team-complete and team-productive weeks, and @checks
 * (from hc_plan_check()) as {"id", "severity", "message", "positions"}.
 * Ends with a newline. */
GBytes *hc_summary_to_json (HcPlan     *plan,
                            HcTimeline *timeline,
                            HcBudget   *budget,
                            GPtrArray  *checks);

G_END_DECLS
