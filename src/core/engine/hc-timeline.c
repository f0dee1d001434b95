/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-timeline"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "hc-plan-private.h"

#include "hc-benchmarks.h"
#include "hc-calendar.h"
#include "hc-format-private.h"
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

/* What a position needs from its phase, looked up once per phase rather
 * than once per position. */
typedef struct
{
  guint  index;
  double start_week;
  double end_week;
} PhaseInfo;

static GHashTable *
build_phase_table (HcPlan       *plan,
                   const GDate  *start,
                   PhaseInfo   **infos_out,
                   double       *latest_end_out)
{
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan));
  guint n = g_list_model_get_n_items (phases);
  GHashTable *table = g_hash_table_new (g_str_hash, g_str_equal);
  PhaseInfo *infos = g_new0 (PhaseInfo, MAX (n, 1));
  double latest_end = 0.0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (phases, i);
      const char *id = hc_phase_get_id (phase);

      infos[i].index = i;
      infos[i].start_week = hc_phase_get_start_week (phase, start);
      infos[i].end_week = hc_phase_get_end_week (phase, start);
      latest_end = MAX (latest_end, infos[i].end_week);

      if (id != NULL && !g_hash_table_contains (table, id))
        g_hash_table_insert (table, (gpointer) id, &infos[i]);
    }

  *infos_out = infos;
  *latest_end_out = latest_end;
  return table;
}

static void
compute_entry (HcTimelineEntry *entry,
               HcPosition      *position,
               HcRole          *role,
               const PhaseInfo *phase,
               gboolean         first_hire)
{
  HcRange own;

  double earliest;

  entry->count = hc_position_get_count (position);
  entry->seniority = hc_position_get_seniority (position);
  entry->kind = role != NULL ? hc_role_get_kind (role) : HC_ROLE_KIND_GENERALIST;
  entry->phase_index = phase != NULL ? phase->index : G_MAXUINT;
  entry->phase_end = phase != NULL ? phase->end_week : 0.0;
  entry->first_hire = first_hire;

  /* A position whose phase or role is unknown (an unvalidated plan) keeps
   * zeros there rather than stopping the whole computation. */
  entry->phase_start = phase != NULL ? phase->start_week : 0.0;
  entry->search_start = entry->phase_start;
  /* What a person set is kept, before its phase too (DOMAIN.md, "Phase
   * windows"); a plan check says so. */
  if (hc_position_get_earliest_start (position, &earliest))
    entry->search_start = earliest;

  /* The rule of hc_plan_get_time_to_hire(), with the first hire found
   * once for the whole plan. */
  if (hc_position_get_time_to_hire (position, &own))
    entry->time_to_hire = own;
  else if (first_hire)
    entry->time_to_hire = hc_benchmark_get_first_hire_time_to_hire (NULL);
  else
    entry->time_to_hire = hc_position_get_effective_time_to_hire (position, role);

  entry->ramp_up = role != NULL
    ? hc_role_get_ramp_up (role, entry->seniority)
    : hc_range_make (0.0, 0.0);

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
  g_autoptr(GHashTable) roles = NULL;
  g_autoptr(GHashTable) phases = NULL;
  g_autofree PhaseInfo *phase_infos = NULL;
  GListModel *positions;
  HcPosition *first_hire;
  HcTimeline *self;
  double latest_phase_end;
  GDate start;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  start = hc_plan_get_start_date (plan);
  roles = _hc_plan_build_role_table (plan);
  phases = build_phase_table (plan, &start, &phase_infos, &latest_phase_end);
  positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  first_hire = hc_plan_get_first_hire (plan);

  self = g_atomic_rc_box_new0 (HcTimeline);
  self->n_entries = g_list_model_get_n_items (positions);
  self->entries = g_new0 (HcTimelineEntry, MAX (self->n_entries, 1));

  for (guint i = 0; i < self->n_entries; i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      const char *role_id = hc_position_get_role_id (position);
      const char *phase_id = hc_position_get_phase_id (position);

      self->entries[i].position_index = i;
      compute_entry (&self->entries[i], position,
                     role_id != NULL ? g_hash_table_lookup (roles, role_id) : NULL,
                     phase_id != NULL ? g_hash_table_lookup (phases, phase_id) : NULL,
                     position == first_hire);
    }

  compute_summary (self, latest_phase_end);

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

/* Tenths with the locale's decimal point: "2.1", "2,1". */
static char *
format_tenths (long                 tenths,
               const HcNumberStyle *style)
{
  return g_strdup_printf ("%ld%s%ld", tenths / 10, style->decimal, labs (tenths % 10));
}

char *
hc_format_month_span (HcRange months)
{
  /* Tenths as whole numbers, so that 2.05 and 2.0999 cannot print as two
   * different "2.1"s or a "2.1–2.1". */
  long low = lround (months.low * 10.0);
  long high = lround (months.high * 10.0);
  HcNumberStyle style;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  _hc_number_style_get (&style);
  from = format_tenths (low, &style);
  if (low >= high)
    /* Translators: a month of the plan, to a tenth ("month 2.5") */
    return g_strdup_printf (_("month %s"), from);
  to = format_tenths (high, &style);
  /* Translators: a span of months of the plan, to a tenth ("months 1.4–2.3") */
  return g_strdup_printf (_("months %s–%s"), from, to);
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
