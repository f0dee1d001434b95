/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-summary"

#include "config.h"

#include "hc-budget.h"
#include "hc-checks.h"
#include "hc-compare.h"
#include "hc-plan-scenarios.h"
#include "hc-json-writer-private.h"
#include "hc-plan.h"
#include "hc-summary.h"
#include "hc-timeline.h"

/* The core writes the summary so that the command line needs no part of
 * the JSON writer, which stays the core's own (plan files are its main
 * work, and their byte-for-byte layout is not a public promise). */

static void
write_range (HcJsonWriter *w,
             const char   *name,
             HcRange       range,
             guint         decimals)
{
  /* Money to cents and weeks to tenths: a summary is read, not re-used. */
  _hc_json_writer_member (w, name);
  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, "low");
  _hc_json_writer_fixed (w, range.low, decimals);
  _hc_json_writer_member (w, "high");
  _hc_json_writer_fixed (w, range.high, decimals);
  _hc_json_writer_end_object (w);
}

/* A summary figure: its range, its midpoint and, in the window's words,
 * what it is. */
static void
write_figure (HcJsonWriter *w,
              const char   *name,
              HcRange       range,
              char         *definition_owned)
{
  g_autofree char *definition = definition_owned;

  _hc_json_writer_member (w, name);
  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, "low");
  _hc_json_writer_fixed (w, range.low, 2);
  _hc_json_writer_member (w, "high");
  _hc_json_writer_fixed (w, range.high, 2);
  _hc_json_writer_member (w, "mid");
  _hc_json_writer_fixed (w, hc_range_mid (range), 2);
  if (definition != NULL)
    {
      _hc_json_writer_member (w, "what");
      _hc_json_writer_string (w, definition);
    }
  _hc_json_writer_end_object (w);
}

/* Categories a script should read with care: the team's (software,
 * cloud) and the costs the guides leave out that the plan has not set. */
static void
write_category_kinds (HcJsonWriter *w,
                      HcBudget     *budget)
{
  _hc_json_writer_member (w, "team_wide_categories");
  _hc_json_writer_begin_array (w);
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    if (hc_category_is_team_wide (c))
      _hc_json_writer_string (w, hc_category_to_string (c));
  _hc_json_writer_end_array (w);
  _hc_json_writer_member (w, "not_in_guides_unset");
  _hc_json_writer_begin_array (w);
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    if (!hc_budget_category_is_set (budget, c))
      _hc_json_writer_string (w, hc_category_to_string (c));
  _hc_json_writer_end_array (w);
}

static void
write_checks (HcJsonWriter *w,
              GPtrArray    *checks)
{
  _hc_json_writer_member (w, "checks");
  _hc_json_writer_begin_array (w);
  for (guint i = 0; i < checks->len; i++)
    {
      HcCheck *check = g_ptr_array_index (checks, i);

      _hc_json_writer_begin_object (w);
      _hc_json_writer_member (w, "id");
      _hc_json_writer_string (w, check->id);
      _hc_json_writer_member (w, "severity");
      _hc_json_writer_string (w, check->severity == HC_CHECK_SEVERITY_WARNING ? "warning" : "info");
      _hc_json_writer_member (w, "message");
      _hc_json_writer_string (w, check->message);
      _hc_json_writer_member (w, "positions");
      _hc_json_writer_begin_array (w);
      for (guint k = 0; check->position_ids && check->position_ids[k]; k++)
        _hc_json_writer_string (w, check->position_ids[k]);
      _hc_json_writer_end_array (w);
      _hc_json_writer_end_object (w);
    }
  _hc_json_writer_end_array (w);
}

GBytes *
hc_summary_to_json (HcPlan     *plan,
                    HcTimeline *timeline,
                    HcBudget   *budget,
                    GPtrArray  *checks)
{
  g_autoptr(HcJsonWriter) w = NULL;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (timeline != NULL, NULL);
  g_return_val_if_fail (budget != NULL, NULL);
  g_return_val_if_fail (checks != NULL, NULL);

  w = _hc_json_writer_new ();
  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, "title");
  _hc_json_writer_string (w, hc_plan_get_title (plan));
  _hc_json_writer_member (w, "currency");
  _hc_json_writer_string (w, hc_plan_get_currency (plan));
  _hc_json_writer_member (w, "headcount");
  _hc_json_writer_int (w, hc_plan_get_headcount (plan));
  write_range (w, "base_salaries", hc_budget_get_base_salaries (budget), 2);
  write_range (w, "benefits_percent", hc_budget_get_benefits_percent (budget), 2);
  /* Its make-up is the two members above: a sentence with money in it
   * would follow the locale, and machines read the same bytes anywhere. */
  write_figure (w, "loaded_salaries", hc_budget_get_loaded_salaries (budget), NULL);
  write_range (w, "annual_payroll_tax", hc_budget_get_annual_payroll_tax (budget), 2);
  write_figure (w, "annual_run_rate", hc_budget_get_annual_run_rate (budget),
                hc_budget_describe_run_rate (budget));
  write_figure (w, "first_year", hc_budget_get_first_year (budget),
                hc_budget_describe_first_year (budget));
  /* 12, or the horizon if shorter: a 6-month plan's "first_year" is six
   * months of cash, and a script must be able to tell. */
  _hc_json_writer_member (w, "first_year_months");
  _hc_json_writer_int (w, hc_budget_get_first_year_months (budget));
  _hc_json_writer_member (w, "ranges");
  _hc_json_writer_string (w, hc_budget_get_ranges_note ());
  _hc_json_writer_member (w, "categories");
  _hc_json_writer_begin_object (w);
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    write_range (w, hc_category_to_string (c), hc_budget_get_first_year_category (budget, c), 2);
  _hc_json_writer_end_object (w);
  write_category_kinds (w, budget);
  write_figure (w, "cost_per_engineer", hc_budget_get_cost_per_engineer (budget),
                hc_budget_describe_cost_per_engineer (budget));
  write_range (w, "equity_pool_percent", hc_budget_get_equity_pool_percent (budget), 2);
  write_range (w, "team_complete_week", hc_timeline_get_team_complete (timeline), 1);
  write_range (w, "team_productive_week", hc_timeline_get_team_productive (timeline), 1);
  write_checks (w, checks);
  _hc_json_writer_end_object (w);

  return _hc_json_writer_free_to_bytes (g_steal_pointer (&w));
}

static void
write_difference_range (HcJsonWriter *w,
                        const char   *name,
                        HcRange       from,
                        HcRange       to,
                        guint         decimals)
{
  write_range (w, name, (HcRange) { to.low - from.low, to.high - from.high }, decimals);
}

static int
compare_strings (gconstpointer a,
                 gconstpointer b)
{
  return g_strcmp0 (*(const char * const *) a, *(const char * const *) b);
}

GBytes *
hc_comparison_to_json (HcComparison *comparison)
{
  g_autoptr(HcJsonWriter) w = NULL;
  const HcCompareColumn *first;

  g_return_val_if_fail (comparison != NULL, NULL);

  w = _hc_json_writer_new ();
  first = hc_comparison_get_column (comparison, 0);

  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, "title");
  _hc_json_writer_string (w, hc_comparison_get_title (comparison));
  _hc_json_writer_member (w, "currency");
  _hc_json_writer_string (w, hc_comparison_get_currency (comparison));
  _hc_json_writer_member (w, "ranges");
  _hc_json_writer_string (w, hc_budget_get_ranges_note ());
  _hc_json_writer_member (w, "columns");
  _hc_json_writer_begin_array (w);
  for (guint c = 0; c < hc_comparison_get_n_columns (comparison); c++)
    {
      const HcCompareColumn *column = hc_comparison_get_column (comparison, c);
      g_autoptr(GPtrArray) changed = g_ptr_array_new ();
      GHashTableIter iter;
      gpointer key;

      _hc_json_writer_begin_object (w);
      _hc_json_writer_member (w, "scenario");
      if (column->id != NULL)
        _hc_json_writer_string (w, column->id);
      else
        _hc_json_writer_null (w);
      _hc_json_writer_member (w, "name");
      _hc_json_writer_string (w, column->name);
      _hc_json_writer_member (w, "market");
      _hc_json_writer_string (w, hc_market_to_string (column->market));
      _hc_json_writer_member (w, "headcount");
      _hc_json_writer_int (w, hc_plan_get_headcount (column->plan));
      write_range (w, "first_year", hc_budget_get_first_year (column->budget), 2);
      _hc_json_writer_member (w, "first_year_months");
      _hc_json_writer_int (w, hc_budget_get_first_year_months (column->budget));
      write_range (w, "annual_run_rate", hc_budget_get_annual_run_rate (column->budget), 2);
      write_range (w, "team_complete_week", hc_timeline_get_team_complete (column->timeline), 1);
      write_range (w, "team_productive_week", hc_timeline_get_team_productive (column->timeline), 1);
      write_checks (w, column->checks);
      _hc_json_writer_member (w, "conflicts");
      _hc_json_writer_begin_array (w);
      for (guint k = 0; k < column->conflicts->len; k++)
        {
          HcScenarioConflict *conflict = g_ptr_array_index (column->conflicts, k);

          _hc_json_writer_begin_object (w);
          _hc_json_writer_member (w, "change");
          if (conflict->change >= 0)
            _hc_json_writer_int (w, conflict->change);
          else
            _hc_json_writer_null (w);
          _hc_json_writer_member (w, "message");
          _hc_json_writer_string (w, conflict->message);
          _hc_json_writer_end_object (w);
        }
      _hc_json_writer_end_array (w);
      /* Sorted: a hash table's order is no order a diff should see. */
      g_hash_table_iter_init (&iter, column->changed);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        g_ptr_array_add (changed, key);
      g_ptr_array_sort (changed, compare_strings);
      _hc_json_writer_member (w, "changed_positions");
      _hc_json_writer_begin_array (w);
      for (guint k = 0; k < changed->len; k++)
        _hc_json_writer_string (w, g_ptr_array_index (changed, k));
      _hc_json_writer_end_array (w);
      _hc_json_writer_member (w, "difference");
      _hc_json_writer_begin_object (w);
      _hc_json_writer_member (w, "headcount");
      _hc_json_writer_int (w, (gint64) hc_plan_get_headcount (column->plan) -
                              (gint64) hc_plan_get_headcount (first->plan));
      write_difference_range (w, "first_year", hc_budget_get_first_year (first->budget),
                              hc_budget_get_first_year (column->budget), 2);
      write_difference_range (w, "annual_run_rate", hc_budget_get_annual_run_rate (first->budget),
                              hc_budget_get_annual_run_rate (column->budget), 2);
      write_difference_range (w, "team_complete_week", hc_timeline_get_team_complete (first->timeline),
                              hc_timeline_get_team_complete (column->timeline), 1);
      write_difference_range (w, "team_productive_week",
                              hc_timeline_get_team_productive (first->timeline),
                              hc_timeline_get_team_productive (column->timeline), 1);
      _hc_json_writer_member (w, "checks");
      _hc_json_writer_int (w, (gint64) column->checks->len - (gint64) first->checks->len);
      _hc_json_writer_member (w, "conflicts");
      _hc_json_writer_int (w, (gint64) column->conflicts->len - (gint64) first->conflicts->len);
      _hc_json_writer_end_object (w);
      _hc_json_writer_end_object (w);
    }
  _hc_json_writer_end_array (w);
  _hc_json_writer_end_object (w);

  return _hc_json_writer_free_to_bytes (g_steal_pointer (&w));
}
