/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Scenarios: switching to one (the plan it makes, then its timeline,
 * budget and checks: what the window computes when a person picks it)
 * and the compare table of the base and four scenarios.  Floor: the
 * base's own timeline, budget and checks.  Target: each under 16 ms (a
 * frame) at 1,000 positions. */
#define G_LOG_DOMAIN "hc-bench"

#include "config.h"

#include <stdio.h>
#include <time.h>

#include "headcount-core.h"
#include "hc-bench-util.h"

#define REPEATS 15

typedef struct
{
  HcPlan *plan;
  char   *scenario;
} ScenarioData;

static void
bench_base (gpointer user_data)
{
  ScenarioData *data = user_data;
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (data->plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (data->plan, timeline);
  g_autoptr(GPtrArray) checks = hc_plan_check (data->plan, timeline);
}

static void
bench_switch (gpointer user_data)
{
  ScenarioData *data = user_data;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autoptr(HcPlan) plan = hc_plan_resolve_scenario (data->plan, data->scenario, &conflicts);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  g_autoptr(GPtrArray) checks = hc_plan_check (plan, timeline);
}

static void
bench_compare (gpointer user_data)
{
  ScenarioData *data = user_data;
  g_autoptr(HcComparison) comparison = hc_comparison_new (data->plan, NULL, NULL);
}

/* Four scenarios of some fifty changes each: counts, sourcing and
 * seniority changed, positions removed and added, a phase re-timed, and
 * each a market setting. */
static void
add_scenarios (HcPlan *plan)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  guint n = g_list_model_get_n_items (positions);

  for (guint s = 0; s < 4; s++)
    {
      g_autofree char *name = g_strdup_printf ("Scenario %u", s + 1);
      g_autofree char *id = hc_plan_add_scenario (plan, name, NULL);

      hc_plan_set_scenario_market (plan, id, (HcMarket) (s % HC_N_MARKETS));
      for (guint k = 0; k < 48; k++)
        {
          g_autoptr(HcPosition) position = g_list_model_get_item (positions, (s * 97 + k * 13) % n);
          static const char *const fields[] = { "count", "sourcing", "seniority" };
          static const char *const values[] = { "3", "\"agency\"", "\"senior\"" };
          g_autoptr(HcScenarioChange) change =
            hc_scenario_change_new (HC_CHANGE_SET_POSITION, hc_position_get_id (position),
                                    fields[k % 3], values[k % 3]);

          hc_plan_set_scenario_change (plan, id, change, NULL);
        }
      {
        g_autoptr(HcPosition) position = g_list_model_get_item (positions, (s * 31 + 7) % n);
        g_autoptr(HcScenarioChange) removal =
          hc_scenario_change_new (HC_CHANGE_REMOVE_POSITION, hc_position_get_id (position), NULL, NULL);
        g_autoptr(HcScenarioChange) window =
          hc_scenario_change_new (HC_CHANGE_SET_PHASE, "capacity", "window",
                                  "{\"unit\": \"week\", \"first\": 6, \"last\": 14}");
        g_autofree char *added_json =
          g_strdup_printf ("{\"id\": \"added-%u\", \"role\": \"backend\", \"seniority\": \"mid\", "
                           "\"count\": 2, \"location\": \"Remote\", \"location_adjustment_percent\": -10, "
                           "\"sourcing\": \"referral\", \"phase\": \"capacity\"}", s);
        g_autoptr(HcScenarioChange) added =
          hc_scenario_change_new (HC_CHANGE_ADD_POSITION, NULL, NULL, added_json);

        hc_plan_set_scenario_change (plan, id, removal, NULL);
        hc_plan_set_scenario_change (plan, id, window, NULL);
        hc_plan_set_scenario_change (plan, id, added, NULL);
      }
    }
}

/* The median CPU time of one run: on a machine shared with other work the
 * wall time says more about the neighbours than about this code, and a
 * frame's budget is spent in CPU time. */
static double
median_cpu_ms (HcBenchFunc func,
               gpointer    data)
{
  double times[REPEATS];

  func (data);
  for (guint i = 0; i < REPEATS; i++)
    {
      struct timespec a, b;

      clock_gettime (CLOCK_THREAD_CPUTIME_ID, &a);
      func (data);
      clock_gettime (CLOCK_THREAD_CPUTIME_ID, &b);
      times[i] = (b.tv_sec - a.tv_sec) * 1e3 + (b.tv_nsec - a.tv_nsec) / 1e6;
    }
  for (guint i = 1; i < REPEATS; i++)
    for (guint k = i; k > 0 && times[k - 1] > times[k]; k--)
      {
        double t = times[k];

        times[k] = times[k - 1];
        times[k - 1] = t;
      }
  return times[REPEATS / 2];
}

void
hc_bench_scenarios_run (HcPlan *plan)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan)));
  ScenarioData data = { plan, g_strdup ("Scenario 2") };
  double floor_ms, ms;
  g_autofree char *label = NULL;

  add_scenarios (plan);
  printf ("# scenarios: %u positions, 4 scenarios of 51 changes (target: each under 16 ms)\n", n);
  floor_ms = hc_bench_median_ms (bench_base, &data, REPEATS);
  label = g_strdup_printf ("base timeline+budget+checks (floor) %u", n);
  hc_bench_print (label, floor_ms, floor_ms);
  g_clear_pointer (&label, g_free);
  ms = hc_bench_median_ms (bench_switch, &data, REPEATS);
  label = g_strdup_printf ("switch scenario: resolve+timeline+budget+checks %u", n);
  hc_bench_print (label, ms, floor_ms);
  printf ("  (CPU time %.3f ms)\n", median_cpu_ms (bench_switch, &data));
  g_clear_pointer (&label, g_free);
  ms = hc_bench_median_ms (bench_compare, &data, REPEATS);
  label = g_strdup_printf ("compare table: base and 4 scenarios %u", n);
  hc_bench_print (label, ms, floor_ms);
  printf ("  (CPU time %.3f ms)\n", median_cpu_ms (bench_compare, &data));
  g_free (data.scenario);
}
