/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"

G_BEGIN_DECLS

/* What changed between two plans (two files, or two scenarios of one),
 * as a list of items each with a sentence a leader can paste into an
 * email: "The Database engineer in “Database” now starts 3–5 weeks
 * later."  Positions are matched by id, then, among those left, by role
 * and phase in plan order, so a position whose id changed is the same
 * position.  Phases are matched by id.  The figures (first-year cash,
 * run rate, team complete) come from each plan's own budget and
 * timeline, computed by the ordinary engine. */
typedef enum
{
  HC_DIFF_POSITION_ADDED,
  HC_DIFF_POSITION_REMOVED,
  HC_DIFF_LEVEL,
  HC_DIFF_COUNT,
  HC_DIFF_LOCATION,
  HC_DIFF_SOURCING,
  HC_DIFF_PHASE_OF_POSITION,
  HC_DIFF_SEARCH_MOVED,
  HC_DIFF_START_MOVED,
  HC_DIFF_PHASE_ADDED,
  HC_DIFF_PHASE_REMOVED,
  HC_DIFF_PHASE_RENAMED,
  HC_DIFF_PHASE_TIMING,
  HC_DIFF_ASSUMPTION,
  HC_DIFF_HEADCOUNT,
  HC_DIFF_FIRST_YEAR,
  HC_DIFF_RUN_RATE,
  HC_DIFF_TEAM_COMPLETE,
  HC_DIFF_TITLE,
  HC_DIFF_START_DATE,
} HcDiffKind;

typedef struct
{
  HcDiffKind kind;
  char      *subject;   /* a position's, phase's or assumption's id; NULL for the figures */
  char      *from;      /* the old value in the C locale's notation, or NULL */
  char      *to;        /* the new value, or NULL */
  HcRange    delta;     /* moves and figures: new − old, low and high; else {0, 0} */
  char      *sentence;  /* translated, a whole sentence */
} HcDiffItem;

/* "position-added", …: the kind's name in --diff --json. */
const char *hc_diff_kind_to_string (HcDiffKind  kind);

/* The differences from @old_plan to @new_plan, the plan's title and
 * start date first, then positions, phases, assumptions and the figures
 * (starts are weeks from each plan's start, so a new start date moves
 * them all in the calendar but not in the timeline): a new array of HcDiffItem, empty
 * when the plans do not differ. */
GPtrArray  *hc_plan_diff           (HcPlan     *old_plan,
                                    HcPlan     *new_plan);
/* One sentence a line, or a line saying the plans do not differ. */
char       *hc_diff_to_text        (GPtrArray  *items);
/* What `headcount --diff --json` prints: {"old", "new", "changes": [{"kind",
 * "subject", "from", "to", "delta": {"low", "high"}, "text"}]}.  Ends with
 * a newline. */
GBytes     *hc_diff_to_json        (GPtrArray  *items,
                                    const char *old_label,
                                    const char *new_label);

/* A plan as stable, readable text for `git diff` (`headcount
 * --textconv`): the plan's members, then one line per assumption, phase,
 * position and scenario, in file order, numbers in the C locale's
 * notation and keys untranslated, so that the same plan gives the same
 * text in any locale. */
char       *hc_plan_to_stable_text (HcPlan     *plan);

G_END_DECLS
