/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-timeline"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "hc-plan-private.h"

#include "hc-benchmarks.h"
#include "hc-calendar.h"
#include "hc-resolve.h"
#include "hc-timeline.h"

struct _HcTimeline
{
  guint            n_entries;
  HcTimelineEntry *entries;
  HcRange          team_complete;
  HcRange          team_productive;
  HcRange          first_start;
  double           end_week;
};

/* Every figure comes from the plan's resolution (hc-resolve.h): the
 * search start, the time to hire and the ramp-up, already worked out. */
static void
compute_entry (HcTimelineEntry          *entry,
               const HcResolvedPosition *r)
{
  entry->count = r->count;
  entry->seniority = r->seniority;
  entry->kind = r->kind;
  entry->phase_index = r->phase_index;
  entry->phase_start = r->phase_start;
  entry->phase_end = r->phase_end;
  entry->first_hire = r->first_hire;
  entry->search_start = r->search_start;
  entry->time_to_hire = r->time_to_hire;
  entry->ramp_up = r->ramp_up;
  entry->start = hc_range_make (entry->search_start + entry->time_to_hire.low,
                                entry->search_start + entry->time_to_hire.high);
  entry->productive = hc_range_add (entry->start, entry->ramp_up);
}

static void
compute_summary (HcTimeline *self,
                 double      latest_phase_end)
{
  HcRange complete = { 0.0, 0.0 };
  HcRange productive = { 0.0, 0.0 };
  HcRange first = { 0.0, 0.0 };

  for (guint i = 0; i < self->n_entries; i++)
    {
      const HcTimelineEntry *e = &self->entries[i];

      complete.low = MAX (complete.low, e->start.low);
      complete.high = MAX (complete.high, e->start.high);
      productive.low = MAX (productive.low, e->productive.low);
      productive.high = MAX (productive.high, e->productive.high);
      first.low = i == 0 ? e->start.low : MIN (first.low, e->start.low);
      first.high = i == 0 ? e->start.high : MIN (first.high, e->start.high);
    }

  self->team_complete = complete;
  self->team_productive = productive;
  self->first_start = first;
  self->end_week = MAX (productive.high, latest_phase_end);
}

HcTimeline *
hc_timeline_compute (HcPlan *plan)
{
  g_autoptr(HcResolution) resolution = NULL;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  resolution = hc_resolution_get (plan);
  return hc_timeline_compute_resolved (resolution);
}

HcTimeline *
hc_timeline_compute_resolved (HcResolution *resolution)
{
  const HcResolvedPosition *resolved;
  HcTimeline *self;

  g_return_val_if_fail (resolution != NULL, NULL);

  resolved = hc_resolution_get_positions (resolution);
  self = g_atomic_rc_box_new0 (HcTimeline);
  self->n_entries = hc_resolution_get_n_positions (resolution);
  self->entries = g_new0 (HcTimelineEntry, MAX (self->n_entries, 1));

  for (guint i = 0; i < self->n_entries; i++)
    {
      self->entries[i].position_index = i;
      compute_entry (&self->entries[i], &resolved[i]);
    }

  compute_summary (self, hc_resolution_get_team (resolution)->latest_phase_end);

  return self;
}

HcTimeline *
hc_timeline_ref (HcTimeline *self)
{
  g_return_val_if_fail (self != NULL, NULL);

  return g_atomic_rc_box_acquire (self);
}

static void
hc_timeline_clear (gpointer data)
{
  HcTimeline *self = data;

  g_clear_pointer (&self->entries, g_free);
}

void
hc_timeline_unref (HcTimeline *self)
{
  g_return_if_fail (self != NULL);

  g_atomic_rc_box_release_full (self, hc_timeline_clear);
}

guint
hc_timeline_get_n_entries (HcTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0);

  return self->n_entries;
}

const HcTimelineEntry *
hc_timeline_get_entry (HcTimeline *self,
                       guint       index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->n_entries, NULL);

  return &self->entries[index];
}

HcRange
hc_timeline_get_team_complete (HcTimeline *self)
{
  g_return_val_if_fail (self != NULL, hc_range_make (0.0, 0.0));

  return self->team_complete;
}

HcRange
hc_timeline_get_team_productive (HcTimeline *self)
{
  g_return_val_if_fail (self != NULL, hc_range_make (0.0, 0.0));

  return self->team_productive;
}

HcRange
hc_timeline_get_first_start (HcTimeline *self)
{
  g_return_val_if_fail (self != NULL, hc_range_make (0.0, 0.0));

  return self->first_start;
}

double
hc_timeline_get_end_week (HcTimeline *self)
{
  g_return_val_if_fail (self != NULL, 0.0);

  return self->end_week;
}

guint
hc_week_number (double offset)
{
  /* The epsilon keeps an offset of 6 computed as 6.000000001 in week 6. */
  if (!isfinite (offset) || offset <= 1e-6)
    return 1;
  return (guint) MAX (1.0, ceil (offset - 1e-6));
}

char *
hc_format_week_span (HcRange offsets)
{
  guint first = hc_week_number (offsets.low);
  guint last = hc_week_number (offsets.high);

  if (first >= last)
    /* Translators: one week of the plan */
    return g_strdup_printf (_("week %u"), first);
  /* Translators: a span of weeks of the plan */
  return g_strdup_printf (_("weeks %u–%u"), first, last);
}

char *
hc_format_week_month_span (HcRange      offsets,
                           const GDate *start)
{
  g_autofree char *weeks = NULL;
  g_autofree char *months = NULL;
  GDate first, last;

  g_return_val_if_fail (start != NULL, NULL);

  weeks = hc_format_week_span (offsets);
  /* The dates the offsets stand for, start + 7 × w days, as the Gantt's
   * dates are: a team complete at offset 13 from 2 Aug is complete on
   * 1 Nov, and the span names November (it named the day before's
   * October). */
  first = hc_calendar_date_for_week (start, offsets.low);
  last = hc_calendar_date_for_week (start, MAX (offsets.low, offsets.high));
  months = hc_calendar_format_months_between (&first, &last);
  /* Translators: a span of weeks, then the months it falls in:
   * "weeks 6–10 · Mar–Apr 2027" */
  return g_strdup_printf (_("%s · %s"), weeks, months);
}
