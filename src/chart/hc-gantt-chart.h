/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-budget.h"
#include "hc-plan.h"
#include "hc-timeline.h"

G_BEGIN_DECLS

/* What the phase chart shows, taken from a plan once: its rows in order
 * (each phase, then the positions hired in it), their weeks, and every
 * text.  A snapshot that holds no reference to the plan; build a new one
 * after a change.  Layouts (hc-gantt-layout.h) place it on a page or in a
 * scrolled view. */
typedef struct _HcGanttChart HcGanttChart;

typedef enum
{
  HC_GANTT_ITEM_PHASE,
  HC_GANTT_ITEM_POSITION,
} HcGanttItemKind;

/* One row of the chart.  A position with a count above one is one row
 * marked "×N" (never N rows), so the chart's length follows the plan's. */
typedef struct
{
  HcGanttItemKind kind;
  guint           phase_index;     /* G_MAXUINT: positions without a phase */
  guint           position_index;  /* positions; G_MAXUINT for a phase */
  guint           count;
  HcRoleKind      role_kind;
  double          search_start;    /* weeks from the plan start */
  HcRange         start;
  HcRange         productive;
  double          phase_start;     /* the phase's range, for every row */
  double          phase_end;
  char           *label;           /* role · seniority · location, or the phase's name */
  char           *range_label;     /* "Weeks 1–8" (phases) */
} HcGanttItem;

/* @budget may be NULL: the title block and footer then leave cost out. */
HcGanttChart      *hc_gantt_chart_new           (HcPlan       *plan,
                                                 HcTimeline   *timeline,
                                                 HcBudget     *budget);
void               hc_gantt_chart_unref         (HcGanttChart *self);

guint              hc_gantt_chart_get_n_items   (HcGanttChart *self);
const HcGanttItem *hc_gantt_chart_get_item      (HcGanttChart *self,
                                                 guint         index);
/* The item index of the row for position @position_index, or G_MAXUINT. */
guint              hc_gantt_chart_find_position (HcGanttChart *self,
                                                 guint         position_index);
/* The end of the time axis in weeks: the last thing that happens, rounded
 * up to a whole month of the plan. */
double             hc_gantt_chart_get_end_week  (HcGanttChart *self);
const GDate       *hc_gantt_chart_get_start_date (HcGanttChart *self);
const char        *hc_gantt_chart_get_title     (HcGanttChart *self);
/* The plan's own subtitle, drawn under the title; NULL if it has none. */
const char        *hc_gantt_chart_get_plan_subtitle (HcGanttChart *self);
/* The budget summary for a footer; NULL without a budget. */
const char        *hc_gantt_chart_get_summary   (HcGanttChart *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcGanttChart, hc_gantt_chart_unref)

G_END_DECLS
