/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hc-compare.h"
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

/* What `headcount --compare --json` prints: the comparison's title,
 * currency and ranges note, then one object a column (the base, then each
 * scenario) with its figures, checks, conflicts, changed positions and its
 * difference to the first column.  Ends with a newline. */
GBytes *hc_comparison_to_json (HcComparison *comparison);

G_END_DECLS
