/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-diff"

#include "config.h"

#include <json-glib/json-glib.h>
#include <locale.h>
#include <string.h>

#include "headcount-core.h"
#include "hc-test-german.h"
#include "../hc-test.h"

/* Plan diffs in words: each kind of change and its sentence, in English
 * and German, positions whose ids changed, the JSON and the text git
 * compares. */

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
  hc_plan_set_title (plan, "Diffs");
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (plan, &start);
  return plan;
}

static HcPosition *
position (HcPlan     *plan,
          const char *id)
{
  HcPosition *found = hc_plan_find_position (plan, id, NULL);

  g_assert_nonnull (found);
  return found;
}

/* The one item of @kind about @subject (NULL: the figures'). */
static const HcDiffItem *
find_item (GPtrArray  *items,
           HcDiffKind  kind,
           const char *subject)
{
  const HcDiffItem *found = NULL;

  for (guint i = 0; i < items->len; i++)
    {
      const HcDiffItem *item = g_ptr_array_index (items, i);

      if (item->kind == kind && g_strcmp0 (item->subject, subject) == 0)
        {
          g_assert_null (found);
          found = item;
        }
    }
  if (found == NULL)
    g_error ("no %s item about %s", hc_diff_kind_to_string (kind), subject ? subject : "the figures");
  return found;
}

static gboolean
has_kind (GPtrArray  *items,
          HcDiffKind  kind)
{
  for (guint i = 0; i < items->len; i++)
    if (((const HcDiffItem *) g_ptr_array_index (items, i))->kind == kind)
      return TRUE;
  return FALSE;
}

static void
assert_sentence (GPtrArray  *items,
                 HcDiffKind  kind,
                 const char *subject,
                 const char *sentence)
{
  g_assert_cmpstr (find_item (items, kind, subject)->sentence, ==, sentence);
}

static void
test_no_difference (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  g_autoptr(GPtrArray) items = hc_plan_diff (a, b);
  g_autofree char *text = hc_diff_to_text (items);

  g_assert_cmpuint (items->len, ==, 0);
  g_assert_cmpstr (text, ==, "The plans do not differ.\n");
}

static void
test_added_removed (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  g_autoptr(HcPosition) added = hc_position_new ("pos-9", "backend", HC_SENIORITY_SENIOR, "capacity");
  g_autoptr(GPtrArray) items = NULL;
  guint index;

  hc_plan_find_position (b, "pos-4", &index);
  g_list_store_remove (hc_plan_get_positions (b), index);
  hc_position_set_count (added, 2);
  g_list_store_append (hc_plan_get_positions (b), added);
  items = hc_plan_diff (a, b);

  assert_sentence (items, HC_DIFF_POSITION_REMOVED, "pos-4",
                   "Removed 1 hire: Mid-level Database engineer in “Database specialist”.");
  assert_sentence (items, HC_DIFF_POSITION_ADDED, "pos-9",
                   "Added 2 hires: Senior Backend / API engineer in “Additional backend capacity”.");
  assert_sentence (items, HC_DIFF_HEADCOUNT, NULL, "Headcount goes from 5 to 6 people.");
  g_assert_cmpstr (find_item (items, HC_DIFF_POSITION_ADDED, "pos-9")->to, ==, "2");
}

static void
test_fields (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *location = NULL;
  g_autofree char *expected = NULL;
  HcPosition *p = position (b, "pos-4");

  location = g_strdup (hc_position_get_location (p));
  hc_position_set_seniority (p, HC_SENIORITY_SENIOR);
  hc_position_set_count (p, 3);
  hc_position_set_location (p, "Berlin");
  hc_position_set_sourcing (p, HC_SOURCING_AGENCY);
  hc_position_set_phase_id (position (b, "pos-3"), "foundation");
  items = hc_plan_diff (a, b);

  assert_sentence (items, HC_DIFF_LEVEL, "pos-4",
                   "The Mid-level Database engineer in “Database specialist” is now Senior.");
  assert_sentence (items, HC_DIFF_COUNT, "pos-4",
                   "The Mid-level Database engineer in “Database specialist” now hires 3 people instead of 1.");
  expected = g_strdup_printf ("The Mid-level Database engineer in “Database specialist” now works in "
                              "“Berlin” instead of “%s”.", location);
  assert_sentence (items, HC_DIFF_LOCATION, "pos-4", expected);
  assert_sentence (items, HC_DIFF_SOURCING, "pos-4",
                   "The Mid-level Database engineer in “Database specialist” is now hired through "
                   "“Agency” instead of “Direct”.");
  assert_sentence (items, HC_DIFF_PHASE_OF_POSITION, "pos-3",
                   "The Mid-level Backend / API engineer in “Additional backend capacity” moves to "
                   "“Backend foundation”.");
  g_assert_cmpstr (find_item (items, HC_DIFF_LEVEL, "pos-4")->from, ==, "mid");
  g_assert_cmpstr (find_item (items, HC_DIFF_LEVEL, "pos-4")->to, ==, "senior");
  /* One person: the singular. */
  hc_position_set_count (p, 1);
  hc_position_set_count (position (a, "pos-4"), 2);
  g_clear_pointer (&items, g_ptr_array_unref);
  items = hc_plan_diff (a, b);
  assert_sentence (items, HC_DIFF_COUNT, "pos-4",
                   "The Mid-level Database engineer in “Database specialist” now hires 1 person instead of 2.");
}

/* A later search moves the start by as much: one sentence.  A longer
 * time to hire moves the start and not the search. */
static void
test_moves (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (a);
  g_autoptr(GPtrArray) items = NULL;
  HcRange slower = { 0, 0 };
  double week = 0;
  guint index;

  hc_plan_find_position (a, "pos-4", &index);
  for (guint i = 0; i < hc_timeline_get_n_entries (timeline); i++)
    if (hc_timeline_get_entry (timeline, i)->position_index == index)
      {
        week = hc_timeline_get_entry (timeline, i)->search_start + 4;
        slower = hc_range_add (hc_timeline_get_entry (timeline, i)->time_to_hire, hc_range_make (0, 0));
      }
  hc_position_set_earliest_start (position (b, "pos-4"), &week);
  items = hc_plan_diff (a, b);
  assert_sentence (items, HC_DIFF_START_MOVED, "pos-4",
                   "The Mid-level Database engineer in “Database specialist” now starts 4 weeks later.");
  g_assert_false (has_kind (items, HC_DIFF_SEARCH_MOVED));

  g_clear_pointer (&items, g_ptr_array_unref);
  hc_position_set_earliest_start (position (b, "pos-4"), NULL);
  slower = hc_range_make (slower.low + 3, slower.high + 5);
  hc_position_set_time_to_hire (position (b, "pos-4"), &slower);
  items = hc_plan_diff (a, b);
  assert_sentence (items, HC_DIFF_START_MOVED, "pos-4",
                   "The Mid-level Database engineer in “Database specialist” now starts 3–5 weeks later.");
  g_assert_false (has_kind (items, HC_DIFF_SEARCH_MOVED));

  /* The search a week earlier, the time to hire a week longer: the
   * start stays, the search moves. */
  g_clear_pointer (&items, g_ptr_array_unref);
  week -= 5;
  slower = hc_range_make (slower.low - 2, slower.high - 4);
  hc_position_set_earliest_start (position (b, "pos-4"), &week);
  hc_position_set_time_to_hire (position (b, "pos-4"), &slower);
  items = hc_plan_diff (a, b);
  g_assert_false (has_kind (items, HC_DIFF_START_MOVED));
  assert_sentence (items, HC_DIFF_SEARCH_MOVED, "pos-4",
                   "The search for the Mid-level Database engineer in “Database specialist” now begins "
                   "1 week earlier.");
}

static void
test_figures (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  g_autoptr(HcTimeline) ta = hc_timeline_compute (a);
  g_autoptr(HcBudget) ba = hc_budget_compute (a, ta);
  g_autoptr(HcTimeline) tb = NULL;
  g_autoptr(HcBudget) bb = NULL;
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *first_year = NULL;
  g_autofree char *expected = NULL;
  HcRange later = { 30, 34 };
  const HcDiffItem *item;

  /* The last hire takes far longer to find. */
  hc_position_set_time_to_hire (position (b, "pos-5"), &later);
  tb = hc_timeline_compute (b);
  bb = hc_budget_compute (b, tb);
  items = hc_plan_diff (a, b);

  first_year = hc_compare_format_money_difference (hc_budget_get_first_year (ba),
                                                   hc_budget_get_first_year (bb), "USD");
  g_assert_true (g_str_has_prefix (first_year, "−"));
  expected = g_strdup_printf ("First-year cash changes by %s.", first_year);
  assert_sentence (items, HC_DIFF_FIRST_YEAR, NULL, expected);
  item = find_item (items, HC_DIFF_TEAM_COMPLETE, NULL);
  g_assert_cmpfloat (item->delta.high, >, 0);
  g_assert_true (g_str_has_prefix (item->sentence, "The team is complete "));
  g_assert_true (g_str_has_suffix (item->sentence, " weeks later."));
  g_assert_false (has_kind (items, HC_DIFF_RUN_RATE));
  g_assert_false (has_kind (items, HC_DIFF_HEADCOUNT));
}

static void
test_phases_and_assumptions (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  g_autoptr(HcPhase) later = hc_phase_new ("later", "Later", HC_TIME_UNIT_WEEK, 30, 40);
  g_autoptr(GPtrArray) items = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *was = NULL;
  g_autofree char *now = NULL;
  HcRange benefits = { 20, 25 };
  HcCostAssumptions *assumptions = hc_plan_get_assumptions (b);
  guint index;

  hc_phase_set_name (hc_plan_find_phase (b, "foundation"), "Core");
  hc_phase_set_range (hc_plan_find_phase (b, "capacity"), HC_TIME_UNIT_WEEK, 6, 12);
  g_list_store_append (hc_plan_get_phases (b), later);
  g_list_store_find (hc_plan_get_phases (b), hc_plan_find_phase (b, "infrastructure"), &index);
  g_list_store_remove (hc_plan_get_phases (b), index);
  was = hc_format_percent_range (hc_cost_assumptions_get (assumptions, HC_ASSUMPTION_BENEFITS_PERCENT));
  hc_cost_assumptions_set (assumptions, HC_ASSUMPTION_BENEFITS_PERCENT, benefits);
  now = hc_format_percent_range (benefits);
  items = hc_plan_diff (a, b);

  assert_sentence (items, HC_DIFF_PHASE_RENAMED, "foundation",
                   "Phase “Backend foundation” is now called “Core”.");
  assert_sentence (items, HC_DIFF_PHASE_TIMING, "capacity",
                   "Phase “Additional backend capacity” is now Weeks 6–12 (was Weeks 4–10).");
  assert_sentence (items, HC_DIFF_PHASE_ADDED, "later", "Phase “Later” added: Weeks 30–40.");
  assert_sentence (items, HC_DIFF_PHASE_REMOVED, "infrastructure", "Phase “Infrastructure specialist” removed.");
  expected = g_strdup_printf ("%s is now %s instead of %s.",
                              hc_assumption_get_label (HC_ASSUMPTION_BENEFITS_PERCENT), now, was);
  assert_sentence (items, HC_DIFF_ASSUMPTION, "benefits_percent", expected);
  g_assert_cmpstr (find_item (items, HC_DIFF_ASSUMPTION, "benefits_percent")->to, ==, "20-25");
}

static void
test_title_and_start (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  g_autoptr(GPtrArray) items = NULL;
  GDate start;

  hc_plan_set_title (b, "Friday");
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 15, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (b, &start);
  items = hc_plan_diff (a, b);

  assert_sentence (items, HC_DIFF_TITLE, NULL, "The plan is now called “Friday” (was “Diffs”).");
  assert_sentence (items, HC_DIFF_START_DATE, NULL, "The plan now starts on 2027-02-15 (was 2027-02-01).");
  g_assert_cmpfloat (find_item (items, HC_DIFF_START_DATE, NULL)->delta.low, ==, 2);
  /* The first two items: what the plan is, before its positions. */
  g_assert_cmpint (((HcDiffItem *) g_ptr_array_index (items, 0))->kind, ==, HC_DIFF_TITLE);
}

/* Renumbered ids: the same positions, matched by role and phase; only
 * the real change is said. */
static void
test_ids_changed (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (b));
  g_autoptr(GPtrArray) items = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) p = g_list_model_get_item (positions, i);
      g_autofree char *id = g_strdup_printf ("renamed-%u", i);

      hc_position_set_id (p, id);
    }
  hc_position_set_seniority (position (b, "renamed-3"), HC_SENIORITY_SENIOR);
  items = hc_plan_diff (a, b);

  g_assert_cmpuint (items->len, >=, 1);
  assert_sentence (items, HC_DIFF_LEVEL, "renamed-3",
                   "The Mid-level Database engineer in “Database specialist” is now Senior.");
  g_assert_false (has_kind (items, HC_DIFF_POSITION_ADDED));
  g_assert_false (has_kind (items, HC_DIFF_POSITION_REMOVED));
  g_assert_false (has_kind (items, HC_DIFF_HEADCOUNT));
}

static void
check_german (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  g_autoptr(HcPosition) added = hc_position_new ("pos-9", "backend", HC_SENIORITY_SENIOR, "capacity");
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (a);
  HcPosition *p = position (b, "pos-4");
  HcRange slower;
  guint index;
  const char *database = hc_role_get_name (hc_plan_find_role (a, "database"));
  const char *phase = hc_phase_get_name (hc_plan_find_phase (a, "database"));
  g_autofree char *subject = NULL;
  g_autofree char *expected = NULL;

  hc_plan_find_position (a, "pos-4", &index);
  slower = hc_timeline_get_entry (timeline, index)->time_to_hire;
  g_assert_cmpuint (hc_timeline_get_entry (timeline, index)->position_index, ==, index);
  slower = hc_range_make (slower.low + 3, slower.high + 5);
  hc_position_set_time_to_hire (p, &slower);
  hc_position_set_count (p, 2);
  hc_position_set_count (added, 2);
  g_list_store_append (hc_plan_get_positions (b), added);
  items = hc_plan_diff (a, b);

  subject = g_strdup_printf ("„Mid-Level %s“ in „%s“", database, phase);
  expected = g_strdup_printf ("Die Stelle %s beginnt jetzt 3–5 Wochen später.", subject);
  assert_sentence (items, HC_DIFF_START_MOVED, "pos-4", expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Die Stelle %s stellt jetzt 2 Personen statt 1 ein.", subject);
  assert_sentence (items, HC_DIFF_COUNT, "pos-4", expected);
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("2 Einstellungen hinzugefügt: „Senior %s“ in „%s“.",
                              hc_role_get_name (hc_plan_find_role (a, "backend")),
                              hc_phase_get_name (hc_plan_find_phase (a, "capacity")));
  assert_sentence (items, HC_DIFF_POSITION_ADDED, "pos-9", expected);
  assert_sentence (items, HC_DIFF_HEADCOUNT, NULL, "Der Personalbestand ändert sich von 5 auf 8 Personen.");
  g_assert_true (g_str_has_prefix (find_item (items, HC_DIFF_FIRST_YEAR, NULL)->sentence,
                                   "Die Ausgaben im ersten Jahr ändern sich um +"));

  g_clear_pointer (&items, g_ptr_array_unref);
  items = hc_plan_diff (a, a);
  g_clear_pointer (&expected, g_free);
  expected = hc_diff_to_text (items);
  g_assert_cmpstr (expected, ==, "Die Pläne unterscheiden sich nicht.\n");
}

static void
test_german (void)
{
  g_assert_true (hc_test_with_german (check_german));
}

static void
test_json (void)
{
  g_autoptr(HcPlan) a = make_plan ();
  g_autoptr(HcPlan) b = hc_plan_copy (a);
  g_autoptr(GPtrArray) items = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  JsonObject *root;
  JsonArray *changes;
  JsonObject *first;

  hc_position_set_seniority (position (b, "pos-2"), HC_SENIORITY_STAFF);
  items = hc_plan_diff (a, b);
  bytes = hc_diff_to_json (items, "old.headcount", "new.headcount");
  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  root = json_node_get_object (json_parser_get_root (parser));
  g_assert_cmpstr (json_object_get_string_member (root, "old"), ==, "old.headcount");
  changes = json_object_get_array_member (root, "changes");
  g_assert_cmpuint (json_array_get_length (changes), ==, items->len);
  first = json_array_get_object_element (changes, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "kind"), ==, "level");
  g_assert_cmpstr (json_object_get_string_member (first, "subject"), ==, "pos-2");
  g_assert_cmpstr (json_object_get_string_member (first, "from"), ==, "mid");
  g_assert_cmpstr (json_object_get_string_member (first, "to"), ==, "staff");
  g_assert_cmpstr (json_object_get_string_member (first, "text"), ==,
                   ((HcDiffItem *) g_ptr_array_index (items, 0))->sentence);
}

static HcPlan *german_plan;
static char *german_text;

/* The same plan's text under German: a new plan takes its role and
 * phase names in the language of the day, so the plan is made once. */
static void
stable_text_in_german (void)
{
  german_text = hc_plan_to_stable_text (german_plan);
}

static void
test_stable_text (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autofree char *text = NULL;
  g_auto(GStrv) lines = NULL;
  HcRange salary = { 150000.5, 180000 };

  text = hc_plan_to_stable_text (plan);
  g_assert_nonnull (strstr (text, "\nposition pos-4: 1 × mid database, phase database, "));
  g_assert_nonnull (strstr (text, "title: Diffs\n"));
  g_assert_nonnull (strstr (text, "\nstart: 2027-02-01\n"));
  g_assert_nonnull (strstr (text, "\nphase capacity: week 4-10, "));
  lines = g_strsplit (text, "\n", -1);
  /* One line a position. */
  g_assert_cmpuint (g_strv_length (lines), >=, 5);

  german_plan = plan;
  hc_test_with_german (stable_text_in_german);
  german_plan = NULL;
  g_assert_cmpstr (german_text, ==, text);
  g_clear_pointer (&german_text, g_free);

  hc_position_set_salary_override (position (plan, "pos-1"), &salary);
  hc_position_set_notes (position (plan, "pos-1"), "two\nlines");
  g_free (text);
  text = hc_plan_to_stable_text (plan);
  g_assert_nonnull (strstr (text, ", salary 150000.5-180000"));
  g_assert_nonnull (strstr (text, ", notes: two\\nlines\n"));
}

int
main (int argc, char *argv[])
{
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/diff/no-difference", test_no_difference);
  g_test_add_func ("/diff/added-removed", test_added_removed);
  g_test_add_func ("/diff/fields", test_fields);
  g_test_add_func ("/diff/moves", test_moves);
  g_test_add_func ("/diff/figures", test_figures);
  g_test_add_func ("/diff/phases-and-assumptions", test_phases_and_assumptions);
  g_test_add_func ("/diff/ids-changed", test_ids_changed);
  g_test_add_func ("/diff/title-and-start", test_title_and_start);
  g_test_add_func ("/diff/german", test_german);
  g_test_add_func ("/diff/json", test_json);
  g_test_add_func ("/diff/stable-text", test_stable_text);
  return g_test_run ();
}
