/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"
#include "hc-resolve.h"

G_BEGIN_DECLS

/* When each position is searched for, starts, and becomes productive, in
 * weeks from the plan start, as ranges: "low" is the early case (the
 * shortest time to hire), "high" the late case.
 *
 *   search_start      the position's earliest start if it sets one (before
 *                     its phase's start too: a plan check notes that),
 *                     else its phase's start
 *   time_to_hire      hc_plan_get_time_to_hire(): the first backend hire's
 *                     6–10 weeks unless the position sets its own
 *   start             search_start + time to hire
 *   phase_end         the phase's end: the hire-by target a plan check
 *                     compares the late start with
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
  gboolean    first_hire;      /* hc_plan_get_first_hire() */
  double      search_start;
  double      phase_start;     /* 0 if the phase is unknown */
  double      phase_end;       /* 0 if the phase is unknown */
  HcRange     time_to_hire;
  HcRange     start;
  HcRange     ramp_up;
  HcRange     productive;
} HcTimelineEntry;

HcTimeline            *hc_timeline_compute          (HcPlan     *plan);
/* The same from a resolution already at hand (hc-resolve.h). */
HcTimeline            *hc_timeline_compute_resolved (HcResolution *resolution);
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

/* The words for a span of week offsets, the same in the window, the
 * command line and the charts.  An offset w lies in week ⌈w⌉ (week 1 is
 * [0, 1)), so a hire 6–10 weeks after the plan starts is "weeks 6–10";
 * a span inside one week is "week 9", never "weeks 9–9".  Translated,
 * newly allocated. */
guint                  hc_week_number               (double      offset);
char                  *hc_format_week_span          (HcRange     offsets);
/* "weeks 6–10 · Mar–Apr 2027": the weeks, then the calendar months of the
 * dates the span's ends stand for (@start + 7 × w days, to the nearest
 * day, as hc_calendar_date_for_week() gives them), for a plan starting on
 * @start.  The months are the dates' own: from 30 November a span from
 * 10 March is "Mar", though the plan month it lies in begins 28 February.
 * What the window, the command line and the charts say for a span of
 * weeks. */
char                  *hc_format_week_month_span    (HcRange      offsets,
                                                     const GDate *start);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcTimeline, hc_timeline_unref)

G_END_DECLS
