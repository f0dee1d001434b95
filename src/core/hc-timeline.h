/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"

G_BEGIN_DECLS

/* When each position is searched for, starts, and becomes productive, in
 * weeks from the plan start, as ranges: "low" is the early case (the
 * shortest time to hire), "high" the late case.
 *
 *   search_start      the phase's start, or the position's earliest start
 *                     if that is later
 *   start             search_start + time to hire
 *   productive        start + ramp-up for the seniority
 *
 * A snapshot: it holds no reference to the plan and does not follow it;
 * compute a new one after a change (it is cheap). */
typedef struct
{
  guint       position_index;  /* in hc_plan_get_positions() */
  guint       phase_index;     /* in hc_plan_get_phases(), G_MAXUINT if none */
  guint       count;
  HcRoleKind  kind;
  HcSeniority seniority;
  double      search_start;
  HcRange     time_to_hire;
  HcRange     start;
  HcRange     ramp_up;
  HcRange     productive;
} HcTimelineEntry;

HcTimeline            *hc_timeline_compute          (HcPlan     *plan);
HcTimeline            *hc_timeline_ref              (HcTimeline *self);
void                   hc_timeline_unref            (HcTimeline *self);

guint                  hc_timeline_get_n_entries    (HcTimeline *self);
const HcTimelineEntry *hc_timeline_get_entry        (HcTimeline *self,
                                                     guint       index);
/* The week by which everyone has started: the latest start, early case
 * and late case.  {0, 0} for an empty plan. */
HcRange                hc_timeline_get_team_complete (HcTimeline *self);
/* The week by which everyone is productive, same cases. */
HcRange                hc_timeline_get_team_productive (HcTimeline *self);
/* The first start of anyone, early and late case; {0, 0} if empty. */
HcRange                hc_timeline_get_first_start  (HcTimeline *self);
/* The last week anything happens in (latest productive, latest phase end):
 * what a chart's time axis has to show. */
double                 hc_timeline_get_end_week     (HcTimeline *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcTimeline, hc_timeline_unref)

G_END_DECLS
