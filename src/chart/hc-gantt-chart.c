/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hc-benchmarks.h"
#include "hc-chart-format.h"
#include "hc-chart-text-private.h"
#include "hc-gantt-chart-private.h"

static void
clear_item (gpointer data)
{
  HcGanttItem *item = data;

  g_clear_pointer (&item->label, g_free);
  g_clear_pointer (&item->range_label, g_free);
}

static char *
position_label (HcPlan *plan, HcPosition *position)
{
  HcRole *role = hc_plan_find_role (plan, hc_position_get_role_id (position));
  const char *role_name = role != NULL ? hc_role_get_name (role) : hc_position_get_role_id (position);
  const char *seniority = hc_seniority_get_label (hc_position_get_seniority (position));
  const char *location = hc_position_get_location (position);
  /* The user's names each keep their direction to themselves. */
  g_autofree char *role_text = _hc_chart_text_isolate (role_name);

  if (location != NULL && location[0] != '\0')
    {
      g_autofree char *location_text = _hc_chart_text_isolate (location);
      return g_strdup_printf ("%s · %s · %s", role_text, seniority, location_text);
    }
  return g_strdup_printf ("%s · %s", role_text, seniority);
}

static HcGanttItem
phase_item (HcPlan *plan, guint phase_index)
{
  HcGanttItem item = { .kind = HC_GANTT_ITEM_PHASE, .phase_index = phase_index,
                       .position_index = G_MAXUINT };

  if (phase_index == G_MAXUINT)
    {
      item.label = g_strdup (_("Not in a phase"));
      item.range_label = g_strdup ("");
      item.phase_start = item.phase_end = NAN;
      return item;
    }

  g_autoptr(HcPhase) phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan)), phase_index);
  item.label = _hc_chart_text_isolate (hc_phase_get_name (phase));
  item.range_label = hc_phase_format_range_with_source (phase);
  {
    GDate start = hc_plan_get_start_date (plan);

    item.phase_start = hc_phase_get_start_week (phase, &start);
    item.phase_end = hc_phase_get_end_week (phase, &start);
  }
  return item;
}

static HcGanttItem
position_item (HcPlan                *plan,
               const HcTimelineEntry *entry,
               const HcGanttItem     *phase)
{
  g_autoptr(HcPosition) position =
    g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), entry->position_index);
  HcGanttItem item = {
    .kind = HC_GANTT_ITEM_POSITION,
    .phase_index = entry->phase_index,
    .position_index = entry->position_index,
    .count = entry->count,
    .role_kind = entry->kind,
    .search_start = entry->search_start,
    .start = entry->start,
    .productive = entry->productive,
    .phase_start = phase->phase_start,
    .phase_end = phase->phase_end,
  };

  item.label = position_label (plan, position);
  return item;
}

/* Inside a phase, rows keep the plan's order: moving a position up in the
 * team list moves its bar up, on screen and in every export. */
static int
compare_entries (gconstpointer a, gconstpointer b)
{
  const HcTimelineEntry *x = *(const HcTimelineEntry **) a;
  const HcTimelineEntry *y = *(const HcTimelineEntry **) b;

  return (x->position_index > y->position_index) - (x->position_index < y->position_index);
}

static void
add_group (HcGanttChart *self, HcPlan *plan, HcTimeline *timeline, guint phase_index)
{
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();
  HcGanttItem header = phase_item (plan, phase_index);

  for (guint i = 0; i < hc_timeline_get_n_entries (timeline); i++)
    {
      const HcTimelineEntry *entry = hc_timeline_get_entry (timeline, i);
      if (entry->phase_index == phase_index)
        g_ptr_array_add (entries, (gpointer) entry);
    }

  /* A group of nothing without a phase would only be noise. */
  if (phase_index == G_MAXUINT && entries->len == 0)
    {
      clear_item (&header);
      return;
    }

  g_ptr_array_sort (entries, compare_entries);
  g_array_append_val (self->items, header);
  for (guint i = 0; i < entries->len; i++)
    {
      HcGanttItem item = position_item (plan, entries->pdata[i], &header);
      g_array_append_val (self->items, item);
    }
}

static double
axis_end_week (HcGanttChart *self, HcTimeline *timeline)
{
  double end = hc_timeline_get_end_week (timeline);

  for (guint i = 0; i < self->items->len; i++)
    {
      const HcGanttItem *item = &g_array_index (self->items, HcGanttItem, i);
      if (isfinite (item->phase_end))
        end = MAX (end, item->phase_end);
      if (item->kind == HC_GANTT_ITEM_POSITION)
        end = MAX (end, item->productive.high);
    }
  /* Whole calendar months, at least two, so the month bands never end
   * mid-month. */
  return hc_chart_week_for_month (&self->start_date,
                                  MAX (2, hc_chart_month_for_week (&self->start_date, end - 1e-6) + 1));
}

static void
build_texts (HcGanttChart *self, HcPlan *plan, HcBudget *budget)
{
  g_autofree char *start = hc_chart_format_date (&self->start_date);
  guint headcount = hc_plan_get_headcount (plan);
  const char *currency = hc_plan_get_currency (plan);
  g_autofree char *people = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u person", "%u people", headcount),
                                             headcount);

  self->title = hc_plan_get_title (plan) != NULL && *hc_plan_get_title (plan)
                ? _hc_chart_text_isolate (hc_plan_get_title (plan)) : g_strdup (_("Hiring plan"));
  if (*hc_plan_get_subtitle (plan) != '\0')
    self->plan_subtitle = _hc_chart_text_isolate (hc_plan_get_subtitle (plan));
  if (budget == NULL)
    {
      self->subtitle = g_strdup_printf (_("Starts %s · %s"), start, people);
      return;
    }

  g_autofree char *first_year = hc_format_money_range_compact (hc_budget_get_first_year (budget), currency);
  g_autofree char *run_rate = hc_format_money_range_compact (hc_budget_get_annual_run_rate (budget), currency);
  g_autofree char *per_head = hc_format_money_range_compact (hc_budget_get_cost_per_engineer (budget), currency);
  g_autofree char *equity = hc_format_percent_range (hc_budget_get_equity_pool_percent (budget));

  g_autofree char *first_year_label = hc_budget_get_first_year_label (budget);
  /* What the per-head figure is, in the budget page's words. */
  g_autofree char *per_head_what = hc_budget_describe_cost_per_engineer (budget);

  /* "First 6 months" for a short horizon: the figure is what it says. */
  self->subtitle = g_strdup_printf (_("Starts %s · %s · %s: cost %s"), start, people,
                                    first_year_label, first_year);
  if (headcount > 0)
    /* Translators: "First year: cash $600K–$1.1M · Run rate $833K–$1.4M
     * a year · $167K–$281K run rate per engineer (run rate ÷ 5 people,
     * team-wide software and cloud included) · Equity pool 0 % (non-cash)
     * · …" */
    self->summary = g_strdup_printf (_("%s: cash %s · Run rate %s a year · %s run rate per engineer (%s) · "
                                       "Equity pool %s (non-cash) · %s"),
                                     first_year_label, first_year, run_rate, per_head, per_head_what,
                                     equity, hc_budget_get_ranges_note ());
  else
    /* No one to divide by: no figure per engineer. */
    self->summary = g_strdup_printf (_("%s: cash %s · Run rate %s a year · Equity pool %s (non-cash) · %s"),
                                     first_year_label, first_year, run_rate, equity,
                                     hc_budget_get_ranges_note ());
}

HcGanttChart *
hc_gantt_chart_new (HcPlan     *plan,
                    HcTimeline *timeline,
                    HcBudget   *budget)
{
  HcGanttChart *self;
  guint n_phases;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (timeline != NULL, NULL);

  self = g_new0 (HcGanttChart, 1);
  self->ref_count = 1;
  self->items = g_array_new (FALSE, TRUE, sizeof (HcGanttItem));
  g_array_set_clear_func (self->items, clear_item);
  self->start_date = hc_plan_get_start_date (plan);
  self->currency = g_strdup (hc_plan_get_currency (plan));

  n_phases = g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_phases (plan)));
  for (guint p = 0; p < n_phases; p++)
    add_group (self, plan, timeline, p);
  add_group (self, plan, timeline, G_MAXUINT);

  self->end_week = axis_end_week (self, timeline);
  build_texts (self, plan, budget);
  return self;
}

void
hc_gantt_chart_unref (HcGanttChart *self)
{
  if (self == NULL || !g_atomic_int_dec_and_test (&self->ref_count))
    return;
  g_array_unref (self->items);
  g_free (self->currency);
  g_free (self->title);
  g_free (self->plan_subtitle);
  g_free (self->subtitle);
  g_free (self->summary);
  g_free (self);
}

guint
hc_gantt_chart_get_n_items (HcGanttChart *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->items->len;
}

const HcGanttItem *
hc_gantt_chart_get_item (HcGanttChart *self,
                         guint         index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->items->len, NULL);
  return &g_array_index (self->items, HcGanttItem, index);
}

guint
hc_gantt_chart_find_position (HcGanttChart *self,
                              guint         position_index)
{
  g_return_val_if_fail (self != NULL, G_MAXUINT);
  for (guint i = 0; i < self->items->len; i++)
    if (g_array_index (self->items, HcGanttItem, i).position_index == position_index)
      return i;
  return G_MAXUINT;
}

double
hc_gantt_chart_get_end_week (HcGanttChart *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->end_week;
}

const GDate *
hc_gantt_chart_get_start_date (HcGanttChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return &self->start_date;
}

const char *
hc_gantt_chart_get_title (HcGanttChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->title;
}

const char *
hc_gantt_chart_get_plan_subtitle (HcGanttChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->plan_subtitle;
}

const char *
hc_gantt_chart_get_summary (HcGanttChart *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->summary;
}
