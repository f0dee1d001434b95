/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-scenarios"

#include "config.h"

#include <string.h>

#include "headcount-core.h"

/* Scenarios: changes of every kind made on the base, base edits reaching
 * them, conflicts kept, undo, the file's versions and bad input. */

static HcPlan *
make_plan (void)
{
  HcPlan *plan = hc_plan_new_default ();
  const char *phases[] = { "foundation", "foundation", "capacity", "database", "infrastructure" };
  const char *roles[] = { "backend", "backend", "backend", "database", "infrastructure" };
  GDate start;

  for (guint i = 0; i < G_N_ELEMENTS (phases); i++)
    {
      g_autofree char *id = g_strdup_printf ("pos-%u", i + 1);
      g_autoptr(HcPosition) position = hc_position_new (id, roles[i], HC_SENIORITY_MID, phases[i]);

      g_list_store_append (hc_plan_get_positions (plan), position);
    }
  hc_plan_set_title (plan, "Scenarios");
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (plan, &start);
  return plan;
}

static HcPlan *
load_string (const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return hc_plan_load_from_bytes (bytes, error);
}

static char *
plan_to_string (HcPlan *plan)
{
  g_autoptr(GBytes) bytes = hc_plan_to_bytes (plan);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static HcPlan *
save_and_load (HcPlan *plan)
{
  g_autofree char *text = plan_to_string (plan);
  g_autoptr(GError) error = NULL;
  HcPlan *loaded = load_string (text, &error);

  g_assert_no_error (error);
  return loaded;
}

static void
set_change (HcPlan       *plan,
            const char   *scenario,
            HcChangeKind  kind,
            const char   *target,
            const char   *field,
            const char   *value)
{
  g_autoptr(HcScenarioChange) change = hc_scenario_change_new (kind, target, field, value);
  g_autoptr(GError) error = NULL;

  gboolean ok = hc_plan_set_scenario_change (plan, scenario, change, &error);

  g_assert_no_error (error);
  g_assert_true (ok);
}

static HcPlan *
resolve_clean (HcPlan     *plan,
               const char *scenario)
{
  g_autoptr(GPtrArray) conflicts = NULL;
  HcPlan *resolved = hc_plan_resolve_scenario (plan, scenario, &conflicts);

  g_assert_nonnull (resolved);
  for (guint i = 0; i < conflicts->len; i++)
    g_test_message ("conflict: %s", ((HcScenarioConflict *) g_ptr_array_index (conflicts, i))->message);
  g_assert_cmpuint (conflicts->len, ==, 0);
  return resolved;
}

static HcPosition *
find_position (HcPlan     *plan,
               const char *id)
{
  return hc_plan_find_position (plan, id, NULL);
}

static char *
phase_ids (HcPlan *plan)
{
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan));
  g_autoptr(GString) ids = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (phases, i);

      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", hc_phase_get_id (phase));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

/* ───────────────────────── Changes of every kind ───────────────────────── */

static void
test_every_kind (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcPlan) resolved = NULL;
  g_autofree char *base_bytes = NULL;
  g_autofree char *order = NULL;
  g_autofree char *id = NULL;
  HcPosition *position;
  HcPhase *phase;
  HcRange range;
  GDate date;
  double week;

  id = hc_plan_add_scenario (plan, "Option B (agency)", NULL);
  g_assert_cmpstr (id, ==, "option-b-agency");
  base_bytes = plan_to_string (plan);

  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-1", "count", "3");
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-1", "sourcing", "\"agency\"");
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-2", "seniority", "\"senior\"");
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-2", "salary", "{\"low\": 150000, \"high\": 160000}");
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-2", "earliest_start_week", "4");
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-2", "skills", "[\"database\"]");
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-2", "location", "\"Berlin\"");
  set_change (plan, id, HC_CHANGE_REMOVE_POSITION, "pos-5", NULL, NULL);
  set_change (plan, id, HC_CHANGE_ADD_PHASE, NULL, NULL,
              "{\"id\": \"later\", \"name\": \"Later\", \"unit\": \"month\", \"first\": 7, \"last\": 9}");
  set_change (plan, id, HC_CHANGE_ADD_POSITION, NULL, NULL,
              "{\"id\": \"pos-9\", \"role\": \"backend\", \"seniority\": \"junior\", \"count\": 2, "
              "\"location\": \"Remote\", \"location_adjustment_percent\": -10, \"sourcing\": \"referral\", "
              "\"phase\": \"later\"}");
  set_change (plan, id, HC_CHANGE_SET_PHASE, "capacity", "window",
              "{\"unit\": \"week\", \"first\": 10, \"last\": 20}");
  set_change (plan, id, HC_CHANGE_SET_PHASE, "capacity", "name", "\"Capacity, later\"");
  set_change (plan, id, HC_CHANGE_REMOVE_PHASE, "infrastructure", NULL, NULL);
  set_change (plan, id, HC_CHANGE_ORDER_PHASES, NULL, NULL, "[\"later\", \"foundation\"]");
  set_change (plan, id, HC_CHANGE_SET_ASSUMPTION, "agency_fee_percent", NULL,
              "{\"low\": 25, \"high\": 25}");
  set_change (plan, id, HC_CHANGE_SET_START_DATE, NULL, NULL, "\"2027-03-01\"");
  /* A second change to one value replaces the first. */
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-1", "count", "4");
  g_assert_cmpuint (hc_scenario_get_n_changes (hc_scenario_list_find (hc_plan_get_scenarios (plan), id, NULL)),
                    ==, 16);

  resolved = resolve_clean (plan, "Option B (agency)");
  position = find_position (resolved, "pos-1");
  g_assert_cmpuint (hc_position_get_count (position), ==, 4);
  g_assert_cmpint (hc_position_get_sourcing (position), ==, HC_SOURCING_AGENCY);
  position = find_position (resolved, "pos-2");
  g_assert_cmpint (hc_position_get_seniority (position), ==, HC_SENIORITY_SENIOR);
  g_assert_true (hc_position_get_salary_override (position, &range));
  g_assert_cmpfloat (range.low, ==, 150000);
  g_assert_true (hc_position_get_earliest_start (position, &week));
  g_assert_cmpfloat (week, ==, 4);
  g_assert_cmpint (hc_position_get_skills (position), ==, HC_SKILL_DATABASE);
  g_assert_cmpstr (hc_position_get_location (position), ==, "Berlin");
  g_assert_null (find_position (resolved, "pos-5"));
  position = find_position (resolved, "pos-9");
  g_assert_nonnull (position);
  g_assert_cmpuint (hc_position_get_count (position), ==, 2);
  phase = hc_plan_find_phase (resolved, "capacity");
  g_assert_cmpuint (hc_phase_get_first (phase), ==, 10);
  g_assert_cmpuint (hc_phase_get_last (phase), ==, 20);
  g_assert_cmpstr (hc_phase_get_name (phase), ==, "Capacity, later");
  g_assert_null (hc_plan_find_phase (resolved, "infrastructure"));
  order = phase_ids (resolved);
  g_assert_true (g_str_has_prefix (order, "later foundation "));
  g_assert_cmpfloat (hc_cost_assumptions_get (hc_plan_get_assumptions (resolved), HC_ASSUMPTION_AGENCY_FEE_PERCENT).low, ==, 25);
  date = hc_plan_get_start_date (resolved);
  g_assert_cmpuint (g_date_get_month (&date), ==, G_DATE_MARCH);
  g_assert_null (hc_plan_get_scenarios (resolved));
  g_assert_cmpuint (hc_plan_get_headcount (resolved), ==, 4 + 1 + 1 + 1 + 2);

  /* The base is as it was, but for its scenarios. */
  g_assert_cmpuint (hc_position_get_count (find_position (plan, "pos-1")), ==, 1);
  g_assert_nonnull (find_position (plan, "pos-5"));

  /* Taking a value away: null brings the role's figure back. */
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-2", "salary", "null");
  g_clear_object (&resolved);
  resolved = resolve_clean (plan, id);
  g_assert_false (hc_position_get_salary_override (find_position (resolved, "pos-2"), NULL));

  /* And the base alone is the base. */
  g_clear_object (&resolved);
  resolved = resolve_clean (plan, NULL);
  g_assert_cmpuint (hc_plan_get_headcount (resolved), ==, hc_plan_get_headcount (plan));
  g_assert_null (hc_plan_resolve_scenario (plan, "No such", NULL));
}

static void
test_base_edits_flow_in (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcPlan) resolved = NULL;
  g_autofree char *id = hc_plan_add_scenario (plan, "B", NULL);

  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-1", "count", "3");
  hc_position_set_count (find_position (plan, "pos-1"), 2);
  hc_position_set_sourcing (find_position (plan, "pos-1"), HC_SOURCING_REFERRAL);
  hc_position_set_count (find_position (plan, "pos-2"), 5);
  hc_cost_assumptions_set (hc_plan_get_assumptions (plan), HC_ASSUMPTION_BENEFITS_PERCENT,
                           (HcRange) { 30, 31 });

  resolved = resolve_clean (plan, id);
  /* The scenario's own value stays; every other edit reaches it. */
  g_assert_cmpuint (hc_position_get_count (find_position (resolved, "pos-1")), ==, 3);
  g_assert_cmpint (hc_position_get_sourcing (find_position (resolved, "pos-1")), ==, HC_SOURCING_REFERRAL);
  g_assert_cmpuint (hc_position_get_count (find_position (resolved, "pos-2")), ==, 5);
  g_assert_cmpfloat (hc_cost_assumptions_get (hc_plan_get_assumptions (resolved), HC_ASSUMPTION_BENEFITS_PERCENT).low, ==, 30);
}

/* ───────────────────────── Conflicts ───────────────────────── */

static void
test_conflict_kept (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcPlan) resolved = NULL;
  g_autoptr(HcPlan) loaded = NULL;
  g_autoptr(HcPlan) edited = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  HcScenarioConflict *conflict;
  HcScenario *scenario;
  g_autofree char *id = hc_plan_add_scenario (plan, "B", NULL);
  guint index;

  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-5", "count", "2");
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-1", "count", "3");
  g_assert_nonnull (hc_plan_find_position (plan, "pos-5", &index));
  g_list_store_remove (hc_plan_get_positions (plan), index);

  resolved = hc_plan_resolve_scenario (plan, id, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  conflict = g_ptr_array_index (conflicts, 0);
  g_assert_cmpint (conflict->change, ==, 0);
  g_assert_nonnull (strstr (conflict->message, "“pos-5”"));
  g_assert_true (g_str_has_prefix (conflict->message, "Change 1:"));
  /* The other change is made all the same. */
  g_assert_cmpuint (hc_position_get_count (find_position (resolved, "pos-1")), ==, 3);

  /* Saved and loaded, the change is there and is the same conflict. */
  text = plan_to_string (plan);
  g_assert_nonnull (strstr (text, "\"position\": \"pos-5\""));
  loaded = load_string (text, NULL);
  g_assert_nonnull (loaded);
  g_clear_pointer (&conflicts, g_ptr_array_unref);
  g_clear_object (&resolved);
  resolved = hc_plan_resolve_scenario (loaded, id, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 1);
  again = plan_to_string (loaded);
  g_assert_cmpstr (text, ==, again);

  /* An edit made in the scenario keeps it too. */
  edited = hc_plan_resolve_scenario (loaded, id, NULL);
  hc_position_set_count (find_position (edited, "pos-2"), 4);
  g_assert_true (hc_plan_record_scenario (loaded, id, edited));
  scenario = hc_scenario_list_find (hc_plan_get_scenarios (loaded), id, NULL);
  g_assert_cmpuint (hc_scenario_get_n_changes (scenario), ==, 3);
  g_assert_cmpstr (hc_scenario_get_change (scenario, 2)->target, ==, "pos-5");

  /* Putting the position back in the base resolves it. */
  {
    g_autoptr(HcPosition) back = hc_position_new ("pos-5", "backend", HC_SENIORITY_MID, "foundation");

    g_list_store_append (hc_plan_get_positions (loaded), back);
    g_clear_pointer (&conflicts, g_ptr_array_unref);
    g_clear_object (&resolved);
    resolved = hc_plan_resolve_scenario (loaded, id, &conflicts);
    g_assert_cmpuint (conflicts->len, ==, 0);
    g_assert_cmpuint (hc_position_get_count (find_position (resolved, "pos-5")), ==, 2);
  }
}

static void
test_conflict_kinds (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcPlan) resolved = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;
  g_autofree char *id = hc_plan_add_scenario (plan, "B", NULL);

  set_change (plan, id, HC_CHANGE_SET_PHASE, "gone", "name", "\"X\"");
  set_change (plan, id, HC_CHANGE_REMOVE_PHASE, "foundation", NULL, NULL);   /* still has positions */
  set_change (plan, id, HC_CHANGE_ADD_POSITION, NULL, NULL,
              "{\"id\": \"pos-1\", \"role\": \"backend\", \"seniority\": \"mid\", \"count\": 1, "
              "\"location\": \"X\", \"location_adjustment_percent\": 0, \"sourcing\": \"direct\", "
              "\"phase\": \"foundation\"}");                                   /* id taken */
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-2", "phase", "\"nowhere\"");
  set_change (plan, id, HC_CHANGE_ORDER_PHASES, NULL, NULL, "[\"capacity\", \"gone\"]");
  resolved = hc_plan_resolve_scenario (plan, id, &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 5);
  /* The position whose phase would be gone stays as the base has it. */
  g_assert_cmpstr (hc_position_get_phase_id (find_position (resolved, "pos-2")), ==, "foundation");
  g_assert_nonnull (hc_plan_find_phase (resolved, "foundation"));
  g_assert_true (hc_plan_validate (resolved, NULL));
}

/* ───────────────────────── Undo ───────────────────────── */

static void
test_undo_redo (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcEdit) add = NULL;
  g_autoptr(HcEdit) change = NULL;
  g_autoptr(HcEdit) market = NULL;
  g_autofree char *before = plan_to_string (plan);
  g_autofree char *after_add = NULL;
  g_autofree char *after_all = NULL;
  g_autofree char *now = NULL;
  g_autofree char *id = NULL;

  hc_plan_begin_recording (plan);
  id = hc_plan_add_scenario (plan, "B", NULL);
  add = hc_plan_end_recording (plan);
  g_assert_nonnull (add);
  after_add = plan_to_string (plan);

  hc_plan_begin_recording (plan);
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-1", "count", "3");
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-1", "sourcing", "\"agency\"");
  change = hc_plan_end_recording (plan);
  /* Two changes in one edit are one step. */
  g_assert_cmpuint (hc_edit_get_n_changes (change), ==, 1);

  hc_plan_begin_recording (plan);
  g_assert_true (hc_plan_set_scenario_market (plan, "B", HC_MARKET_TIGHTER_30));
  market = hc_plan_end_recording (plan);
  after_all = plan_to_string (plan);
  g_assert_nonnull (strstr (after_all, "\"market\": \"tighter-30\""));

  hc_edit_undo (market, plan);
  hc_edit_undo (change, plan);
  now = plan_to_string (plan);
  g_assert_cmpstr (now, ==, after_add);
  g_clear_pointer (&now, g_free);
  hc_edit_undo (add, plan);
  now = plan_to_string (plan);
  g_assert_cmpstr (now, ==, before);
  g_assert_null (hc_plan_get_scenarios (plan));
  g_clear_pointer (&now, g_free);

  hc_edit_redo (add, plan);
  hc_edit_redo (change, plan);
  hc_edit_redo (market, plan);
  now = plan_to_string (plan);
  g_assert_cmpstr (now, ==, after_all);
}

/* ───────────────────────── Recording an edited plan ───────────────────────── */

static void
test_record_edited (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcPlan) edited = NULL;
  g_autoptr(HcPlan) resolved = NULL;
  g_autoptr(HcPosition) added = hc_position_new ("pos-new", "database", HC_SENIORITY_SENIOR, "capacity");
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;
  g_autofree char *id = hc_plan_add_scenario (plan, "Edited", NULL);
  guint index;

  g_assert_true (hc_plan_set_scenario_market (plan, id, HC_MARKET_TIGHTER_20));
  edited = hc_plan_resolve_scenario (plan, id, NULL);
  hc_position_set_count (find_position (edited, "pos-3"), 6);
  hc_position_set_notes (find_position (edited, "pos-3"), "More of them");
  g_assert_nonnull (hc_plan_find_position (edited, "pos-4", &index));
  g_list_store_remove (hc_plan_get_positions (edited), index);
  /* Where the plan puts a phase's new position, with its own time to
   * hire: the market stretches only the times the scenario does not set. */
  hc_position_set_time_to_hire (added, &(HcRange) { 6, 9 });
  g_list_store_insert (hc_plan_get_positions (edited), 3, added);
  hc_phase_set_range (hc_plan_find_phase (edited, "database"), HC_TIME_UNIT_WEEK, 12, 30);
  hc_plan_set_title (edited, "Scenarios"); /* the same: no change */

  g_assert_true (hc_plan_record_scenario (plan, id, edited));
  resolved = resolve_clean (plan, id);
  want = plan_to_string (edited);
  got = plan_to_string (resolved);
  g_assert_cmpstr (got, ==, want);
  /* The market's stretch is no change of the scenario's. */
  g_assert_cmpuint (hc_scenario_get_n_changes (hc_scenario_list_find (hc_plan_get_scenarios (plan), id, NULL)),
                    ==, 5);
  {
    g_autoptr(GHashTable) changed = hc_plan_get_scenario_changed_positions (plan, id);

    g_assert_cmpuint (g_hash_table_size (changed), ==, 2);
  }
}

/* ───────────────────────── The market ───────────────────────── */

static void
test_market (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcPlan) base = NULL;
  g_autoptr(HcPlan) tight = NULL;
  g_autoptr(HcPlan) loaded = NULL;
  g_autoptr(HcPlan) tight_again = NULL;
  g_autoptr(HcResolution) was_resolution = NULL;
  g_autoptr(HcResolution) resolution = NULL;
  g_autoptr(HcTimeline) base_timeline = NULL;
  g_autoptr(HcTimeline) tight_timeline = NULL;
  g_autofree char *text = NULL;
  g_autofree char *again = NULL;
  HcRange own = { 5, 7 };
  HcRange base_own = { 9, 11 };
  g_autofree char *id = hc_plan_add_scenario (plan, "Tight", NULL);

  /* pos-2 sets its own time in the base; the scenario sets pos-3's. */
  hc_position_set_time_to_hire (find_position (plan, "pos-2"), &base_own);
  g_assert_true (hc_plan_set_scenario_market (plan, id, HC_MARKET_TIGHTER_20));
  set_change (plan, id, HC_CHANGE_SET_POSITION, "pos-3", "time_to_hire_weeks", "{\"low\": 5, \"high\": 7}");
  base = resolve_clean (plan, NULL);
  tight = resolve_clean (plan, id);
  /* The plan made for the scenario carries its market; the base's, and
   * so the base's figures, are the guides'. */
  g_assert_cmpint (hc_plan_get_market (base), ==, HC_MARKET_GUIDES);
  g_assert_cmpint (hc_plan_get_market (tight), ==, HC_MARKET_TIGHTER_20);
  was_resolution = hc_resolution_get (base);
  resolution = hc_resolution_get (tight);
  for (guint i = 0; i < 5; i++)
    {
      const HcResolvedPosition *was = hc_resolution_get_position (was_resolution, i);
      const HcResolvedPosition *now = hc_resolution_get_position (resolution, i);
      g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (tight)), i);

      if (i == 1 || i == 2)
        {
          /* A time the person (pos-2) or the scenario (pos-3) sets is
           * theirs: not stretched, still set by hand. */
          g_assert_true (hc_range_equal (now->time_to_hire, i == 1 ? base_own : own));
          g_assert_cmpint (now->time_to_hire_source, ==, HC_FIGURE_PERSON);
          continue;
        }
      g_assert_cmpint (was->time_to_hire_source, !=, HC_FIGURE_MARKET);
      g_assert_cmpfloat_with_epsilon (now->time_to_hire.low, was->time_to_hire.low * 1.2, 1e-9);
      g_assert_cmpfloat_with_epsilon (now->time_to_hire.high, was->time_to_hire.high * 1.2, 1e-9);
      g_assert_cmpint (now->time_to_hire_source, ==, HC_FIGURE_MARKET);
      /* The position holds no time of its own for it: a view shows the
       * market's estimate, not one "set by hand". */
      g_assert_false (hc_position_get_time_to_hire (position, NULL));
    }
  /* The first backend hire (pos-1): the guides' 6–10 weeks, × 1.2. */
  g_assert_true (hc_plan_get_first_hire (tight) == find_position (tight, "pos-1"));
  g_assert_true (hc_range_equal (hc_resolution_get_position (was_resolution, 0)->time_to_hire,
                                 hc_range_make (6, 10)));
  g_assert_cmpfloat_with_epsilon (hc_resolution_get_position (resolution, 0)->time_to_hire.low, 7.2, 1e-9);
  g_assert_cmpfloat_with_epsilon (hc_resolution_get_position (resolution, 0)->time_to_hire.high, 12, 1e-9);
  /* Longer searches: the team is complete later. */
  base_timeline = hc_timeline_compute (base);
  tight_timeline = hc_timeline_compute (tight);
  g_assert_cmpfloat (hc_timeline_get_team_complete (tight_timeline).high, >,
                     hc_timeline_get_team_complete (base_timeline).high);

  /* Saved and loaded, nothing is lost: the same file, the same market,
   * the same stretched figures. */
  text = plan_to_string (plan);
  g_assert_nonnull (strstr (text, "\"market\": \"tighter-20\""));
  loaded = save_and_load (plan);
  again = plan_to_string (loaded);
  g_assert_cmpstr (text, ==, again);
  tight_again = resolve_clean (loaded, id);
  g_assert_cmpint (hc_plan_get_market (tight_again), ==, HC_MARKET_TIGHTER_20);
  {
    g_autoptr(HcResolution) reloaded = hc_resolution_get (tight_again);

    for (guint i = 0; i < 5; i++)
      {
        g_assert_true (hc_range_equal (hc_resolution_get_position (reloaded, i)->time_to_hire,
                                       hc_resolution_get_position (resolution, i)->time_to_hire));
        g_assert_cmpint (hc_resolution_get_position (reloaded, i)->time_to_hire_source, ==,
                         hc_resolution_get_position (resolution, i)->time_to_hire_source);
      }
  }

  /* The scenario's plan written on its own (--export with --scenario)
   * keeps its market, and so its figures. */
  {
    g_autofree char *alone = plan_to_string (tight);
    g_autoptr(HcPlan) alone_loaded = save_and_load (tight);
    g_autoptr(HcResolution) alone_resolution = hc_resolution_get (alone_loaded);
    g_autofree char *base_alone = plan_to_string (base);

    g_assert_nonnull (strstr (alone, "\"version\": 2,"));
    g_assert_nonnull (strstr (alone, "\"market\": \"tighter-20\""));
    g_assert_cmpint (hc_plan_get_market (alone_loaded), ==, HC_MARKET_TIGHTER_20);
    g_assert_true (hc_range_equal (hc_resolution_get_position (alone_resolution, 0)->time_to_hire,
                                   hc_resolution_get_position (resolution, 0)->time_to_hire));
    g_assert_cmpint (hc_resolution_get_position (alone_resolution, 0)->time_to_hire_source, ==,
                     HC_FIGURE_MARKET);
    /* The base (no scenarios of its own, the guides' market): version 1,
     * no market member. */
    g_assert_nonnull (strstr (base_alone, "\"version\": 1,"));
    g_assert_null (strstr (base_alone, "\"market\""));
  }

  /* The market set on the plan a view shows is the scenario's. */
  hc_plan_set_market (tight_again, HC_MARKET_TIGHTER_30);
  g_assert_true (hc_plan_record_scenario (loaded, id, tight_again));
  g_assert_cmpint (hc_scenario_get_market (hc_scenario_list_find (hc_plan_get_scenarios (loaded), id, NULL)),
                   ==, HC_MARKET_TIGHTER_30);
  g_assert_cmpuint (hc_scenario_get_n_changes (hc_scenario_list_find (hc_plan_get_scenarios (loaded), id, NULL)),
                    ==, 1);

  g_assert_true (hc_market_from_string ("tighter-30", &(HcMarket) { 0 }));
  g_assert_cmpfloat (hc_market_get_factor (HC_MARKET_TIGHTER_30), ==, 1.3);
  g_assert_nonnull (strstr (hc_market_get_label (HC_MARKET_TIGHTER_20), "+20"));
}

/* ───────────────────────── The file ───────────────────────── */

static void
test_versions (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) newer = NULL;
  g_autofree char *v1 = plan_to_string (plan);
  g_autofree char *v2 = NULL;
  g_autofree char *back = NULL;

  g_assert_nonnull (strstr (v1, "\"version\": 1,"));
  g_assert_null (strstr (v1, "scenarios"));
  g_free (hc_plan_add_scenario (plan, "B", NULL));
  v2 = plan_to_string (plan);
  g_assert_nonnull (strstr (v2, "\"version\": 2,"));
  g_assert_nonnull (strstr (v2, "\"scenarios\": ["));
  /* Without its scenarios again, it is a version 1 file again. */
  g_assert_true (hc_plan_remove_scenario (plan, "B"));
  back = plan_to_string (plan);
  g_assert_cmpstr (back, ==, v1);

  /* Every template is version 1 and loads and saves as version 1. */
  for (const HcTemplateInfo *t = hc_templates_list (); t->name != NULL; t++)
    {
      g_autoptr(HcPlan) template = hc_template_load (t->name, &error);
      g_autofree char *text = NULL;

      g_assert_no_error (error);
      text = plan_to_string (template);
      g_assert_nonnull (strstr (text, hc_plan_get_scenarios (template) != NULL
                                      ? "\"version\": 2," : "\"version\": 1,"));
    }

  newer = load_string ("{\"format\": \"headcount\", \"version\": 99, \"title\": \"T\"}", &error);
  g_assert_null (newer);
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_VERSION);
  g_assert_nonnull (strstr (error->message, "99"));
}

#define HEAD "{\"format\": \"headcount\", \"version\": 2, \"title\": \"T\", " \
             "\"positions\": [{\"id\": \"p\", \"role\": \"backend\", \"seniority\": \"mid\", \"count\": 1, " \
             "\"location\": \"X\", \"location_adjustment_percent\": 0, \"sourcing\": \"direct\", " \
             "\"phase\": \"foundation\"}], "

static void
test_bad_input (void)
{
  static const struct { const char *scenarios; const char *message; } cases[] = {
    { "\"scenarios\": {}", "$.scenarios: must be a list" },
    { "\"market\": \"loose\"", "$.market: must be one of “guides”, “tighter-20”, “tighter-30”" },
    { "\"scenarios\": [{\"name\": \"B\"}]", "$.scenarios[0].id: is missing" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\"}, {\"id\": \"c\", \"name\": \"B\"}]",
      "$.scenarios[1].name: scenario 1 has the name “B” too" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\"}, {\"id\": \"b\", \"name\": \"C\"}]",
      "$.scenarios[1].id: scenario 1 has the id “b” too" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"market\": \"loose\"}]",
      "$.scenarios[0].market: must be one of “guides”, “tighter-20”, “tighter-30”" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"paint\"}]}]",
      "$.scenarios[0].changes[0].op: must be one of" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"set-position\", "
      "\"position\": \"p\", \"field\": \"colour\", \"value\": 1}]}]",
      "$.scenarios[0].changes[0]: “field”: a position has no member “colour”" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"set-position\", "
      "\"position\": \"p\", \"field\": \"count\", \"value\": \"three\"}]}]",
      "$.scenarios[0].changes[0].value: must be a whole number" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"set-position\", "
      "\"position\": \"p\", \"field\": \"count\"}]}]",
      "$.scenarios[0].changes[0].value: is missing" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"set-phase\", "
      "\"phase\": \"foundation\", \"field\": \"window\", \"value\": {\"unit\": \"week\", \"first\": 5, \"last\": 2}}]}]",
      "$.scenarios[0].changes[0].value" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"set-assumption\", "
      "\"assumption\": \"snacks\", \"value\": {\"low\": 1, \"high\": 2}}]}]",
      "$.scenarios[0].changes[0].assumption: there is no cost assumption “snacks”" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"add-position\", "
      "\"value\": {\"id\": \"q\"}}]}]",
      "$.scenarios[0].changes[0].value.role: is missing" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"remove-position\"}]}]",
      "$.scenarios[0].changes[0].position: is missing" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"set-start-date\", "
      "\"value\": \"soon\"}]}]",
      "$.scenarios[0].changes[0].value: must be a date" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"set-position\", "
      "\"position\": \"p\", \"field\": \"salary\", \"value\": {\"low\": -5, \"high\": 10}}]}]",
      "$.scenarios[0].changes[0].value" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"add-position\", "
      "\"value\": {\"id\": \"q\", \"role\": \"ghost\", \"seniority\": \"mid\", \"count\": 0, "
      "\"location\": \"X\", \"location_adjustment_percent\": 0, \"sourcing\": \"direct\", "
      "\"phase\": \"ghost\"}}]}]",
      "$.scenarios[0].changes[0].value.count" },
    { "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": [{\"op\": \"order-phases\", "
      "\"value\": [1, 2]}]}]",
      "$.scenarios[0].changes[0].value: must be a list of the phases’ ids" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strconcat (HEAD, cases[i].scenarios, "}", NULL);
      g_autoptr(GError) error = NULL;
      g_autoptr(HcPlan) plan = load_string (json, &error);

      g_test_message ("case %u: %s", i, error != NULL ? error->message : "(loaded)");
      g_assert_null (plan);
      g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, cases[i].message));
    }
}

static void
test_unknown_target_is_conflict (void)
{
  const char *json = HEAD "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"changes\": ["
                     "{\"op\": \"set-position\", \"position\": \"ghost\", \"field\": \"count\", \"value\": 2},"
                     "{\"op\": \"remove-phase\", \"phase\": \"ghost-phase\"}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (json, &error);
  g_autoptr(HcPlan) resolved = NULL;
  g_autoptr(GPtrArray) conflicts = NULL;

  g_assert_no_error (error);
  resolved = hc_plan_resolve_scenario (plan, "B", &conflicts);
  g_assert_cmpuint (conflicts->len, ==, 2);
}

static void
test_round_trip (void)
{
  /* Unknown members of a scenario and of a change, and a value's text,
   * come back as they were. */
  const char *json = HEAD "\"scenarios\": [{\"id\": \"b\", \"name\": \"B\", \"market\": \"tighter-20\", "
                     "\"owner\": {\"who\": \"CFO\"}, \"changes\": ["
                     "{\"op\": \"set-position\", \"position\": \"p\", \"field\": \"location_adjustment_percent\", "
                     "\"value\": 12.500000000000001, \"why\": \"Berlin office\"},"
                     "{\"op\": \"set-position\", \"position\": \"p\", \"field\": \"salary\", "
                     "\"value\": {\"low\": 1e5, \"high\": 120000, \"basis\": \"offer\"}}]}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (json, &error);
  g_autoptr(HcPlan) again = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;

  g_assert_no_error (error);
  first = plan_to_string (plan);
  g_assert_nonnull (strstr (first, "\"owner\": {"));
  g_assert_nonnull (strstr (first, "\"who\": \"CFO\""));
  g_assert_nonnull (strstr (first, "\"why\": \"Berlin office\""));
  g_assert_nonnull (strstr (first, "12.500000000000001"));
  g_assert_nonnull (strstr (first, "\"basis\": \"offer\""));
  g_assert_nonnull (strstr (first, "1e5"));
  again = save_and_load (plan);
  second = plan_to_string (again);
  g_assert_cmpstr (first, ==, second);
}

static void
test_names (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(GError) error = NULL;

  g_autofree char *b = hc_plan_add_scenario (plan, "B", NULL);
  g_autofree char *b2 = NULL;

  g_assert_cmpstr (b, ==, "b");
  g_assert_null (hc_plan_add_scenario (plan, "B", &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_null (hc_plan_add_scenario (plan, "", &error));
  g_clear_error (&error);
  b2 = hc_plan_add_scenario (plan, "b!", NULL);
  g_assert_cmpstr (b2, ==, "b-2");
  g_assert_true (hc_plan_rename_scenario (plan, "b", "Option B", NULL));
  g_assert_nonnull (hc_scenario_list_find (hc_plan_get_scenarios (plan), "Option B", NULL));
  g_assert_false (hc_plan_rename_scenario (plan, "b-2", "Option B", &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
  g_assert_true (hc_plan_remove_scenario (plan, "Option B"));
  g_assert_cmpuint (hc_scenario_list_get_n (hc_plan_get_scenarios (plan)), ==, 1);
}

static void
test_set_change_refused (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcScenarioChange) change = hc_scenario_change_new (HC_CHANGE_SET_POSITION, "pos-1",
                                                               "count", "\"many\"");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  g_free (hc_plan_add_scenario (plan, "B", NULL));
  before = plan_to_string (plan);
  g_assert_false (hc_plan_set_scenario_change (plan, "B", change, &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
  after = plan_to_string (plan);
  g_assert_cmpstr (before, ==, after);
}

/* The template's scenario makes option B: the same figures as the
 * option-b template. */
static void
test_options_template (void)
{
  g_autoptr(HcPlan) both = hc_template_load ("options-a-b", NULL);
  g_autoptr(HcPlan) a = hc_template_load ("option-a", NULL);
  g_autoptr(HcPlan) b = hc_template_load ("option-b", NULL);
  g_autoptr(HcPlan) base = NULL;
  g_autoptr(HcPlan) option_b = NULL;
  HcPlan *pairs[2][2];

  g_assert_nonnull (both);
  g_assert_cmpuint (hc_scenario_list_get_n (hc_plan_get_scenarios (both)), ==, 1);
  base = resolve_clean (both, NULL);
  option_b = resolve_clean (both, "Option B: full-stack backend");
  pairs[0][0] = base; pairs[0][1] = a;
  pairs[1][0] = option_b; pairs[1][1] = b;
  for (guint i = 0; i < 2; i++)
    {
      g_autoptr(HcTimeline) t0 = hc_timeline_compute (pairs[i][0]);
      g_autoptr(HcTimeline) t1 = hc_timeline_compute (pairs[i][1]);
      g_autoptr(HcBudget) b0 = hc_budget_compute (pairs[i][0], t0);
      g_autoptr(HcBudget) b1 = hc_budget_compute (pairs[i][1], t1);

      g_assert_true (hc_range_equal (hc_timeline_get_team_complete (t0), hc_timeline_get_team_complete (t1)));
      g_assert_true (hc_range_equal (hc_budget_get_first_year (b0), hc_budget_get_first_year (b1)));
      g_assert_true (hc_range_equal (hc_budget_get_annual_run_rate (b0), hc_budget_get_annual_run_rate (b1)));
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenarios/every-kind", test_every_kind);
  g_test_add_func ("/scenarios/base-edits-flow-in", test_base_edits_flow_in);
  g_test_add_func ("/scenarios/conflict-kept", test_conflict_kept);
  g_test_add_func ("/scenarios/conflict-kinds", test_conflict_kinds);
  g_test_add_func ("/scenarios/undo-redo", test_undo_redo);
  g_test_add_func ("/scenarios/record-edited", test_record_edited);
  g_test_add_func ("/scenarios/market", test_market);
  g_test_add_func ("/scenarios/versions", test_versions);
  g_test_add_func ("/scenarios/bad-input", test_bad_input);
  g_test_add_func ("/scenarios/unknown-target-is-conflict", test_unknown_target_is_conflict);
  g_test_add_func ("/scenarios/round-trip", test_round_trip);
  g_test_add_func ("/scenarios/names", test_names);
  g_test_add_func ("/scenarios/set-change-refused", test_set_change_refused);
  g_test_add_func ("/scenarios/options-template", test_options_template);

  return g_test_run ();
}
