/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-edits"

#include "config.h"

#include <string.h>

#include <json-glib/json-glib.h>

#include "headcount-core.h"
#include "hc-extras-private.h"
#include "../hc-test.h"

/* Every edit a person can make, recorded, undone and redone: the plan
 * must come back byte for byte, with the very objects it had. */

typedef void (*EditFunc) (HcPlan *plan);

static void
count_changed (HcPlan *plan,
               guint  *counter)
{
  (*counter)++;
}

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
  hc_plan_set_title (plan, "Edits");
  /* Tests pin the start date: months are calendar months from it. */
  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (plan, &start);
  return plan;
}

static HcPosition *
nth_position (HcPlan *plan,
              guint   index)
{
  g_autoptr(HcPosition) position =
    g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), index);

  return position; /* the plan holds it */
}

/* The objects of every list, in order, so that identity can be compared. */
static GPtrArray *
list_objects (HcPlan *plan)
{
  GListModel *lists[] = {
    G_LIST_MODEL (hc_plan_get_roles (plan)),
    G_LIST_MODEL (hc_plan_get_phases (plan)),
    G_LIST_MODEL (hc_plan_get_positions (plan)),
  };
  GPtrArray *objects = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint l = 0; l < G_N_ELEMENTS (lists); l++)
    {
      for (guint i = 0; i < g_list_model_get_n_items (lists[l]); i++)
        g_ptr_array_add (objects, g_list_model_get_item (lists[l], i));
      g_ptr_array_add (objects, g_object_ref (lists[l]));
    }
  g_ptr_array_add (objects, g_object_ref (hc_plan_get_assumptions (plan)));
  return objects;
}

static void
assert_same_objects (GPtrArray *a,
                     GPtrArray *b)
{
  g_assert_cmpuint (a->len, ==, b->len);
  for (guint i = 0; i < a->len; i++)
    g_assert_true (a->pdata[i] == b->pdata[i]);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  if (!g_bytes_equal (a, b))
    {
      g_test_message ("expected:\n%.*s", (int) g_bytes_get_size (a),
                      (const char *) g_bytes_get_data (a, NULL));
      g_test_message ("got:\n%.*s", (int) g_bytes_get_size (b),
                      (const char *) g_bytes_get_data (b, NULL));
      g_assert_not_reached ();
    }
}

/* Records @edit, checks it changed the plan, and that undo and redo (twice
 * over) bring back each state with the same objects and one ::changed. */
static void
check_edit (HcPlan   *plan,
            EditFunc  edit)
{
  g_autoptr(GBytes) before = hc_plan_to_bytes (plan);
  g_autoptr(GPtrArray) objects_before = list_objects (plan);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GPtrArray) objects_after = NULL;
  g_autoptr(HcEdit) recorded = NULL;
  guint changed = 0;
  gulong id;

  hc_plan_begin_recording (plan);
  edit (plan);
  recorded = hc_plan_end_recording (plan);
  g_assert_nonnull (recorded);
  g_assert_false (hc_plan_is_recording (plan));
  after = hc_plan_to_bytes (plan);
  objects_after = list_objects (plan);
  g_assert_false (g_bytes_equal (before, after));

  id = g_signal_connect (plan, "changed", G_CALLBACK (count_changed), &changed);
  for (guint round = 0; round < 2; round++)
    {
      g_autoptr(GBytes) undone = NULL;
      g_autoptr(GBytes) redone = NULL;
      g_autoptr(GPtrArray) objects_undone = NULL;
      g_autoptr(GPtrArray) objects_redone = NULL;

      changed = 0;
      hc_edit_undo (recorded, plan);
      g_assert_cmpuint (changed, ==, 1);
      undone = hc_plan_to_bytes (plan);
      assert_bytes_equal (before, undone);
      objects_undone = list_objects (plan);
      assert_same_objects (objects_before, objects_undone);

      changed = 0;
      hc_edit_redo (recorded, plan);
      g_assert_cmpuint (changed, ==, 1);
      redone = hc_plan_to_bytes (plan);
      assert_bytes_equal (after, redone);
      objects_redone = list_objects (plan);
      assert_same_objects (objects_after, objects_redone);
    }
  g_signal_handler_disconnect (plan, id);
  g_assert_true (hc_plan_validate (plan, NULL));
}

/* ---- fields ------------------------------------------------------------ */

static void edit_position_role (HcPlan *p) { hc_position_set_role_id (nth_position (p, 0), "database"); }
static void edit_position_seniority (HcPlan *p) { hc_position_set_seniority (nth_position (p, 0), HC_SENIORITY_SENIOR); }
static void edit_position_count (HcPlan *p) { hc_position_set_count (nth_position (p, 1), 4); }
static void edit_position_location (HcPlan *p) { hc_position_set_location (nth_position (p, 1), "Remote"); }
/* A typed percentage belongs to a custom location: a preset's is its
 * level's figure and is not written (DOMAIN.md). */
static void edit_position_adjustment (HcPlan *p) { hc_position_set_location (nth_position (p, 1), "Lisbon office"); hc_position_set_location_adjustment (nth_position (p, 1), -10); }
static void edit_position_sourcing (HcPlan *p) { hc_position_set_sourcing (nth_position (p, 2), HC_SOURCING_AGENCY); }
static void edit_position_skills (HcPlan *p) { hc_position_set_skills (nth_position (p, 2), HC_SKILL_DATABASE); }
static void edit_position_notes (HcPlan *p) { hc_position_set_notes (nth_position (p, 2), "Needs a visa"); }
static void edit_position_id (HcPlan *p) { hc_position_set_id (nth_position (p, 2), "pos-lead"); }
static void edit_position_phase_id (HcPlan *p) { hc_position_set_phase_id (nth_position (p, 4), "capacity"); }
static void edit_position_relocation (HcPlan *p) { hc_position_set_relocation (nth_position (p, 1), hc_range_make (8000, 12000)); }

static void
edit_position_salary (HcPlan *p)
{
  HcRange salary = { 90000, 110000 };

  hc_position_set_salary_override (nth_position (p, 3), &salary);
}

static void
edit_position_clear_salary (HcPlan *p)
{
  hc_position_set_salary_override (nth_position (p, 3), NULL);
}

static void
edit_position_time_to_hire (HcPlan *p)
{
  HcRange weeks = { 3, 9 };

  hc_position_set_time_to_hire (nth_position (p, 3), &weeks);
}

static void
edit_position_earliest_start (HcPlan *p)
{
  double week = 12;

  hc_position_set_earliest_start (nth_position (p, 3), &week);
}

static void
edit_position_clear_optional (HcPlan *p)
{
  hc_position_set_time_to_hire (nth_position (p, 3), NULL);
  hc_position_set_earliest_start (nth_position (p, 3), NULL);
}

static void
test_position_fields (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  EditFunc edits[] = {
    edit_position_role, edit_position_seniority, edit_position_count,
    edit_position_location, edit_position_adjustment, edit_position_sourcing,
    edit_position_skills, edit_position_notes, edit_position_id,
    edit_position_phase_id, edit_position_salary, edit_position_clear_salary,
    edit_position_time_to_hire, edit_position_earliest_start,
    edit_position_clear_optional, edit_position_relocation,
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    check_edit (plan, edits[i]);
}

static HcRole *
first_role (HcPlan *p)
{
  return hc_plan_find_role (p, "backend");
}

static void edit_role_name (HcPlan *p) { hc_role_set_name (first_role (p), "API engineer"); }
static void edit_role_description (HcPlan *p) { hc_role_set_description (first_role (p), "Owns the API"); }
static void edit_role_kind (HcPlan *p) { hc_role_set_kind (first_role (p), HC_ROLE_KIND_SPECIALIST); }
static void edit_role_skills (HcPlan *p) { hc_role_set_skills (first_role (p), HC_SKILL_DATABASE); }

static void
edit_role_salary (HcPlan *p)
{
  hc_role_set_salary (first_role (p), HC_SENIORITY_SENIOR, hc_range_make (170000, 210000));
}

static void
edit_role_ramp_up (HcPlan *p)
{
  hc_role_set_ramp_up (first_role (p), HC_SENIORITY_JUNIOR, hc_range_make (10, 16));
}

static void
edit_role_time_to_hire (HcPlan *p)
{
  hc_role_set_time_to_hire (first_role (p), hc_range_make (5, 7));
}

static void
edit_role_every_seniority (HcPlan *p)
{
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    hc_role_set_salary (first_role (p), s, hc_range_make (100000 + s, 200000 + s));
}

static void
test_role_fields (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  EditFunc edits[] = {
    edit_role_name, edit_role_description, edit_role_kind, edit_role_skills,
    edit_role_salary, edit_role_ramp_up, edit_role_time_to_hire,
    edit_role_every_seniority,
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    check_edit (plan, edits[i]);
}

static void edit_phase_name (HcPlan *p) { hc_phase_set_name (hc_plan_find_phase (p, "capacity"), "More backend"); }
static void edit_phase_description (HcPlan *p) { hc_phase_set_description (hc_plan_find_phase (p, "capacity"), "Later"); }
static void edit_phase_range (HcPlan *p) { hc_phase_set_range (hc_plan_find_phase (p, "capacity"), HC_TIME_UNIT_MONTH, 2, 5); }

static void
test_phase_fields (void)
{
  g_autoptr(HcPlan) plan = make_plan ();

  check_edit (plan, edit_phase_name);
  check_edit (plan, edit_phase_description);
  check_edit (plan, edit_phase_range);
}

static void
edit_every_assumption (HcPlan *p)
{
  HcCostAssumptions *assumptions = hc_plan_get_assumptions (p);

  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    hc_cost_assumptions_set (assumptions, i, hc_range_make (1 + i, 2 + i));
}

static void edit_benefits (HcPlan *p) { hc_cost_assumptions_set (hc_plan_get_assumptions (p), HC_ASSUMPTION_BENEFITS_PERCENT, hc_range_make (25, 30)); }
static void edit_plan_title (HcPlan *p) { hc_plan_set_title (p, "Renamed"); }
static void edit_plan_currency (HcPlan *p) { hc_plan_set_currency (p, "EUR"); }
static void edit_plan_subtitle (HcPlan *p) { hc_plan_set_subtitle (p, "Board review, May"); }
static void edit_plan_clear_subtitle (HcPlan *p) { hc_plan_set_subtitle (p, ""); }
static void edit_plan_notes (HcPlan *p) { hc_plan_set_notes (p, "Board review in May"); }
static void edit_plan_horizon (HcPlan *p) { hc_plan_set_horizon_months (p, 36); }

static void
edit_plan_start (HcPlan *p)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, 6, G_DATE_JANUARY, 2031);
  hc_plan_set_start_date (p, &date);
}

static void
test_plan_fields (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  EditFunc edits[] = {
    edit_benefits, edit_every_assumption, edit_plan_title, edit_plan_subtitle,
    edit_plan_clear_subtitle, edit_plan_currency, edit_plan_notes, edit_plan_horizon, edit_plan_start,
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    check_edit (plan, edits[i]);
}

/* ---- structure --------------------------------------------------------- */

static void
edit_add_position (HcPlan *p)
{
  g_autoptr(HcPosition) added = hc_plan_edit_add_position (p, "capacity");
  guint index;

  /* After the phase's last position, before the next phase's. */
  g_assert_nonnull (hc_plan_find_position (p, hc_position_get_id (added), &index));
  g_assert_cmpstr (hc_position_get_phase_id (nth_position (p, index - 1)), ==, "capacity");
  g_assert_cmpstr (hc_position_get_phase_id (nth_position (p, index + 1)), ==, "database");
}

static void
edit_add_position_anywhere (HcPlan *p)
{
  g_autoptr(HcPosition) added = hc_plan_edit_add_position (p, NULL);

  g_assert_cmpstr (hc_position_get_phase_id (added), ==, "foundation");
}

static void
edit_duplicate (HcPlan *p)
{
  HcPosition *copy = hc_plan_edit_duplicate_position (p, nth_position (p, 0));
  guint index;

  g_assert_nonnull (hc_plan_find_position (p, hc_position_get_id (copy), &index));
  g_assert_cmpuint (index, ==, 1);
  g_assert_cmpstr (hc_position_get_id (copy), !=, "pos-1");
}

static void edit_remove (HcPlan *p) { hc_plan_edit_remove_position (p, nth_position (p, 2)); }

static void
edit_move_down (HcPlan *p)
{
  g_assert_true (hc_plan_edit_move_position (p, nth_position (p, 0), 1));
}

static void
edit_move_up (HcPlan *p)
{
  g_assert_true (hc_plan_edit_move_position (p, nth_position (p, 1), -1));
}

static void
edit_set_phase (HcPlan *p)
{
  HcPosition *position = nth_position (p, 0);
  guint index;

  hc_plan_edit_set_phase (p, position, "database");
  g_assert_cmpstr (hc_position_get_phase_id (position), ==, "database");
  /* After pos-4, the phase's last, before "infrastructure". */
  g_assert_nonnull (hc_plan_find_position (p, hc_position_get_id (position), &index));
  g_assert_cmpstr (hc_position_get_id (nth_position (p, index - 1)), ==, "pos-4");
  g_assert_cmpstr (hc_position_get_phase_id (nth_position (p, index + 1)), ==, "infrastructure");
}

static void
edit_add_role (HcPlan *p)
{
  HcRole *role = hc_plan_edit_add_role (p, "Data engineer");

  /* Starts from the first role's figures rather than zeros. */
  g_assert_true (hc_range_equal (hc_role_get_salary (role, HC_SENIORITY_MID),
                                 hc_role_get_salary (first_role (p), HC_SENIORITY_MID)));
  g_object_unref (role);
}

static void
edit_add_phase (HcPlan *p)
{
  HcPhase *phase = hc_plan_edit_add_phase (p, "Scale-up");

  /* After the last phase, in its unit. */
  g_assert_cmpint (hc_phase_get_unit (phase), ==, HC_TIME_UNIT_MONTH);
  g_assert_cmpuint (hc_phase_get_first (phase), ==, 6);
  g_object_unref (phase);
}

static void
edit_remove_then_change (HcPlan *p)
{
  /* A position taken out and changed while out is still recorded. */
  g_autoptr(HcPosition) position = g_object_ref (nth_position (p, 4));

  hc_plan_edit_remove_position (p, position);
  hc_position_set_count (position, 9);
  g_list_store_append (hc_plan_get_positions (p), position);
}

static void
test_structure (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  EditFunc edits[] = {
    edit_add_position, edit_add_position_anywhere, edit_duplicate, edit_remove,
    edit_move_down, edit_move_up, edit_set_phase, edit_add_role, edit_add_phase,
    edit_remove_then_change,
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    check_edit (plan, edits[i]);
}

/* ---- removing roles and phases ---------------------------------------- */

static void
edit_remove_used_role (HcPlan *p)
{
  HcRole *database = hc_plan_find_role (p, "database");
  g_autoptr(GError) error = NULL;

  g_assert_true (hc_plan_edit_remove_role (p, database, "backend", &error));
  g_assert_no_error (error);
  g_assert_null (hc_plan_find_role (p, "database"));
  g_assert_cmpstr (hc_position_get_role_id (nth_position (p, 3)), ==, "backend");
}

static void
edit_remove_unused_role (HcPlan *p)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (hc_plan_edit_remove_role (p, hc_plan_find_role (p, "platform"), NULL, &error));
  g_assert_no_error (error);
  g_assert_null (hc_plan_find_role (p, "platform"));
}

static void
edit_remove_used_phase (HcPlan *p)
{
  g_autoptr(GError) error = NULL;

  /* pos-3 alone is in "capacity": it goes after pos-4, the last of
   * "database". */
  g_assert_true (hc_plan_edit_remove_phase (p, hc_plan_find_phase (p, "capacity"), "database", &error));
  g_assert_no_error (error);
  g_assert_null (hc_plan_find_phase (p, "capacity"));
  g_assert_cmpstr (hc_position_get_id (nth_position (p, 2)), ==, "pos-4");
  g_assert_cmpstr (hc_position_get_id (nth_position (p, 3)), ==, "pos-3");
  g_assert_cmpstr (hc_position_get_phase_id (nth_position (p, 3)), ==, "database");
}

static void
edit_remove_first_phase (HcPlan *p)
{
  g_autoptr(GError) error = NULL;

  /* Two positions, moved in their order, to the last phase. */
  g_assert_true (hc_plan_edit_remove_phase (p, hc_plan_find_phase (p, "foundation"),
                                            "infrastructure", &error));
  g_assert_no_error (error);
  g_assert_cmpstr (hc_position_get_id (nth_position (p, 3)), ==, "pos-1");
  g_assert_cmpstr (hc_position_get_id (nth_position (p, 4)), ==, "pos-2");
}

/* Each removal on a plan of its own, recorded, undone and redone:
 * check_edit() holds the plan to the same bytes and the same objects,
 * so the role or phase is back at its place and its positions on it. */
static void
test_remove_role_phase (void)
{
  EditFunc edits[] = {
    edit_remove_used_role, edit_remove_unused_role, edit_remove_used_phase,
    edit_remove_first_phase,
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autoptr(HcPlan) plan = make_plan ();

      check_edit (plan, edits[i]);
    }
}

/* Spelled out: after undo the role stands where it stood, and the very
 * positions that used it use it again. */
static void
test_remove_role_undo_restores (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  HcRole *backend = hc_plan_find_role (plan, "backend");
  g_autoptr(HcEdit) edit = NULL;
  guint index = G_MAXUINT;

  g_object_ref (backend);
  hc_plan_begin_recording (plan);
  g_assert_true (hc_plan_edit_remove_role (plan, backend, "infrastructure", NULL));
  edit = hc_plan_end_recording (plan);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (hc_position_get_role_id (nth_position (plan, i)), ==, "infrastructure");

  hc_edit_undo (edit, plan);
  g_assert_true (g_list_store_find (hc_plan_get_roles (plan), backend, &index));
  g_assert_cmpuint (index, ==, 0);
  for (guint i = 0; i < 3; i++)
    g_assert_cmpstr (hc_position_get_role_id (nth_position (plan, i)), ==, "backend");
  g_assert_cmpstr (hc_position_get_role_id (nth_position (plan, 4)), ==, "infrastructure");
  g_object_unref (backend);
}

/* A refusal changes nothing, records nothing and names the positions in
 * the way. */
static void
assert_refused_unchanged (HcPlan     *plan,
                          gboolean    removed,
                          GError     *error,
                          GBytes     *before,
                          const char *message)
{
  g_autoptr(GBytes) after = hc_plan_to_bytes (plan);

  g_assert_false (removed);
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, message);
  assert_bytes_equal (before, after);
  g_assert_null (hc_plan_end_recording (plan));
}

static void
test_remove_refused (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(GBytes) before = hc_plan_to_bytes (plan);
  g_autoptr(HcPlan) single = hc_plan_new ();
  g_autoptr(HcRole) only = hc_role_new ("only", "Only role", HC_ROLE_KIND_GENERALIST);
  g_autoptr(GPtrArray) users = NULL;
  g_autoptr(GError) error = NULL;
  gboolean removed;

  users = hc_plan_edit_find_role_users (plan, hc_plan_find_role (plan, "backend"));
  g_assert_cmpuint (users->len, ==, 3);
  g_clear_pointer (&users, g_ptr_array_unref);
  users = hc_plan_edit_find_phase_users (plan, hc_plan_find_phase (plan, "foundation"));
  g_assert_cmpuint (users->len, ==, 2);

  hc_plan_begin_recording (plan);
  removed = hc_plan_edit_remove_role (plan, hc_plan_find_role (plan, "backend"), NULL, &error);
  assert_refused_unchanged (plan, removed, error, before,
                            "The role “Backend / API engineer” cannot be removed: it is used by "
                            "Mid-level Backend / API engineer, Mid-level Backend / API engineer, "
                            "Mid-level Backend / API engineer; there is no other role to give them.");
  g_clear_error (&error);

  /* Onto itself, or onto a role the plan does not have: nowhere to go. */
  hc_plan_begin_recording (plan);
  removed = hc_plan_edit_remove_role (plan, hc_plan_find_role (plan, "database"), "database", &error);
  assert_refused_unchanged (plan, removed, error, before,
                            "The role “Database engineer” cannot be removed: it is used by "
                            "Mid-level Database engineer; there is no other role to give them.");
  g_clear_error (&error);
  hc_plan_begin_recording (plan);
  removed = hc_plan_edit_remove_phase (plan, hc_plan_find_phase (plan, "foundation"), "no-such-phase", &error);
  assert_refused_unchanged (plan, removed, error, before,
                            "The phase “Backend foundation” cannot be removed: it holds "
                            "Mid-level Backend / API engineer, Mid-level Backend / API engineer; there is "
                            "no other phase to move them to.");
  g_clear_error (&error);

  /* The last one stays, used or not. */
  g_list_store_append (hc_plan_get_roles (single), only);
  g_clear_pointer (&before, g_bytes_unref);
  before = hc_plan_to_bytes (single);
  hc_plan_begin_recording (single);
  removed = hc_plan_edit_remove_role (single, only, NULL, &error);
  assert_refused_unchanged (single, removed, error, before,
                            "The role “Only role” cannot be removed: a plan needs at least one role.");
}

/* More users than a message lists: the first four and a count. */
static void
test_remove_refused_many (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 3; i++)
    {
      g_autoptr(HcPosition) extra = hc_plan_edit_add_position (plan, "foundation");
    }
  {
    g_autoptr(GPtrArray) users = hc_plan_edit_find_phase_users (plan, hc_plan_find_phase (plan, "foundation"));
    g_autofree char *names = hc_plan_edit_describe_positions (plan, users);

    g_assert_cmpuint (users->len, ==, 5);
    g_assert_cmpstr (names, ==, "Mid-level Backend / API engineer, Mid-level Backend / API engineer, "
                                "Mid-level Backend / API engineer, Mid-level Backend / API engineer and 1 more");
  }
  g_assert_false (hc_plan_edit_remove_phase (plan, hc_plan_find_phase (plan, "foundation"), NULL, &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, " and 1 more; there is no other phase"));
}

static void
test_move_stays_in_phase (void)
{
  g_autoptr(HcPlan) plan = make_plan ();

  /* pos-2 is the last of "foundation"; pos-3 the only one of "capacity". */
  g_assert_false (hc_plan_edit_move_position (plan, nth_position (plan, 1), 1));
  g_assert_false (hc_plan_edit_move_position (plan, nth_position (plan, 0), -1));
  g_assert_false (hc_plan_edit_move_position (plan, nth_position (plan, 2), -1));
}

/* ---- the timeline's gestures ------------------------------------------- */

static void
edit_search_start_weeks (HcPlan *p)
{
  /* pos-3 is in "capacity", weeks 4–10: starts at week 3. */
  HcPosition *position = nth_position (p, 2);
  double week;

  g_assert_cmpfloat (hc_plan_edit_move_search_start (p, position, 6.4), ==, 6);
  g_assert_true (hc_position_get_earliest_start (position, &week));
  g_assert_cmpfloat (week, ==, 6);
}

static void
edit_search_start_months (HcPlan *p)
{
  /* pos-4 is in "database", months 2–4: a date snaps to the start of one
   * of the plan's calendar months.  From 1 Feb 2027 the fourth month
   * begins on 1 May, day 89; a drag to day 96 comes back to it, one to
   * day 106 goes on to 1 June, day 120. */
  HcPosition *position = nth_position (p, 3);
  double week;

  hc_plan_edit_move_search_start (p, position, 96 / 7.0);
  g_assert_true (hc_position_get_earliest_start (position, &week));
  g_assert_cmpfloat_with_epsilon (week, 89 / 7.0, 1e-9);
  hc_plan_edit_move_search_start (p, position, 106 / 7.0);
  g_assert_true (hc_position_get_earliest_start (position, &week));
  g_assert_cmpfloat_with_epsilon (week, 120 / 7.0, 1e-9);
}

static void
edit_time_to_hire_gesture (HcPlan *p)
{
  HcPosition *position = nth_position (p, 0);
  HcRange weeks;

  /* Ends given the wrong way round and off the grid. */
  hc_plan_edit_set_time_to_hire (p, position, hc_range_make (11.6, 3.2));
  g_assert_true (hc_position_get_time_to_hire (position, &weeks));
  g_assert_cmpfloat (weeks.low, ==, 3);
  g_assert_cmpfloat (weeks.high, ==, 12);
}

static void
edit_move_phase_weeks (HcPlan *p)
{
  HcPhase *phase = hc_plan_find_phase (p, "capacity");
  HcPosition *position = hc_plan_find_position (p, "pos-3", NULL);
  double week = 8;
  double moved;

  hc_position_set_earliest_start (position, &week);
  g_assert_cmpint (hc_plan_edit_move_phase (p, phase, 2.2), ==, 2);
  g_assert_cmpuint (hc_phase_get_first (phase), ==, 6);
  g_assert_cmpuint (hc_phase_get_last (phase), ==, 12);
  g_assert_true (hc_position_get_earliest_start (position, &moved));
  g_assert_cmpfloat (moved, ==, 10);
}

static void
edit_move_phase_months (HcPlan *p)
{
  HcPhase *phase = hc_plan_find_phase (p, "infrastructure");

  /* Months 3–6, dragged far back: stops at month 1. */
  g_assert_cmpint (hc_plan_edit_move_phase (p, phase, -40), ==, -2);
  g_assert_cmpuint (hc_phase_get_first (phase), ==, 1);
  g_assert_cmpuint (hc_phase_get_last (phase), ==, 4);
}

static void
test_gestures (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  EditFunc edits[] = {
    edit_search_start_weeks, edit_search_start_months, edit_time_to_hire_gesture,
    edit_move_phase_weeks, edit_move_phase_months,
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    check_edit (plan, edits[i]);
}

/* A phase in months moves by calendar months, and a position that starts
 * later than it moves with it by as many days: "database" (months 2–4,
 * from 1 March, day 28) one month on begins 1 April, day 59. */
static void
test_move_phase_calendar_months (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  HcPosition *position = nth_position (plan, 3);
  double week = 40 / 7.0;

  hc_position_set_earliest_start (position, &week);
  g_assert_cmpint (hc_plan_edit_move_phase (plan, hc_plan_find_phase (plan, "database"), 4.5), ==, 1);
  g_assert_cmpuint (hc_phase_get_first (hc_plan_find_phase (plan, "database")), ==, 3);
  g_assert_true (hc_position_get_earliest_start (position, &week));
  g_assert_cmpfloat_with_epsilon (week, (40 + 31) / 7.0, 1e-9);
}

static void
test_search_start_before_phase (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  HcPosition *position = nth_position (plan, 2);
  double week = 8;

  hc_position_set_earliest_start (position, &week);
  /* Before "capacity" starts (week 3): the position follows its phase. */
  g_assert_cmpfloat (hc_plan_edit_move_search_start (plan, position, 1), ==, 3);
  g_assert_false (hc_position_get_earliest_start (position, NULL));
  g_assert_cmpint (hc_plan_edit_move_phase (plan, hc_plan_find_phase (plan, "capacity"), 0.4), ==, 0);
  /* Nor past the last week a plan may hold. */
  g_assert_cmpint (hc_plan_edit_move_phase (plan, hc_plan_find_phase (plan, "capacity"), 10000),
                   ==, (int) HC_MAX_WEEKS - 10);
  g_assert_cmpuint (hc_phase_get_last (hc_plan_find_phase (plan, "capacity")), ==, (guint) HC_MAX_WEEKS);
  g_assert_true (hc_plan_validate (plan, NULL));
}

/* ---- recording --------------------------------------------------------- */

static void
test_no_change_is_no_edit (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcPosition) outside = hc_position_new ("loose", "backend", HC_SENIORITY_MID, "foundation");

  hc_plan_begin_recording (plan);
  hc_plan_set_title (plan, "Typed");
  hc_plan_set_title (plan, "Edits");
  hc_position_set_count (nth_position (plan, 0), 5);
  hc_position_set_count (nth_position (plan, 0), 1);
  /* Not in the plan: not the plan's edit. */
  hc_position_set_count (outside, 7);
  g_assert_null (hc_plan_end_recording (plan));
}

static void
test_merge_typing (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  g_autoptr(HcEdit) run = NULL;
  const char *typed[] = { "B", "Bo", "Boa", "Board" };

  for (guint i = 0; i < G_N_ELEMENTS (typed); i++)
    {
      HcEdit *step;

      hc_plan_begin_recording (plan);
      hc_plan_set_title (plan, typed[i]);
      step = hc_plan_end_recording (plan);
      if (run == NULL)
        run = step;
      else
        hc_edit_merge (run, step);
    }
  /* One value, one change: memory grows with what changed. */
  g_assert_cmpuint (hc_edit_get_n_changes (run), ==, 1);
  hc_edit_undo (run, plan);
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "Edits");
  hc_edit_redo (run, plan);
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "Board");
}

static void
test_undo_redo_sequence (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  EditFunc edits[] = {
    edit_add_position, edit_position_count, edit_set_phase, edit_role_salary,
    edit_remove, edit_move_phase_weeks, edit_plan_title,
  };
  g_autoptr(GPtrArray) recorded = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_edit_free);
  g_autoptr(GPtrArray) states = g_ptr_array_new_with_free_func ((GDestroyNotify) g_bytes_unref);

  g_ptr_array_add (states, hc_plan_to_bytes (plan));
  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      hc_plan_begin_recording (plan);
      edits[i] (plan);
      g_ptr_array_add (recorded, hc_plan_end_recording (plan));
      g_ptr_array_add (states, hc_plan_to_bytes (plan));
    }
  for (guint i = recorded->len; i > 0; i--)
    {
      g_autoptr(GBytes) now = NULL;

      hc_edit_undo (recorded->pdata[i - 1], plan);
      now = hc_plan_to_bytes (plan);
      assert_bytes_equal (states->pdata[i - 1], now);
    }
  for (guint i = 0; i < recorded->len; i++)
    {
      g_autoptr(GBytes) now = NULL;

      hc_edit_redo (recorded->pdata[i], plan);
      now = hc_plan_to_bytes (plan);
      assert_bytes_equal (states->pdata[i + 1], now);
    }
}

static void
test_edit_size_grows_with_edit (void)
{
  g_autoptr(HcPlan) small = make_plan ();
  g_autoptr(HcPlan) large = make_plan ();
  g_autoptr(HcEdit) small_edit = NULL;
  g_autoptr(HcEdit) large_edit = NULL;

  for (guint i = 0; i < 2000; i++)
    {
      g_autofree char *id = g_strdup_printf ("extra-%u", i);
      g_autoptr(HcPosition) position = hc_position_new (id, "backend", HC_SENIORITY_MID, "capacity");

      g_list_store_append (hc_plan_get_positions (large), position);
    }
  hc_plan_begin_recording (small);
  hc_position_set_count (nth_position (small, 0), 3);
  small_edit = hc_plan_end_recording (small);
  hc_plan_begin_recording (large);
  hc_position_set_count (nth_position (large, 0), 3);
  large_edit = hc_plan_end_recording (large);
  g_assert_cmpuint (hc_edit_get_size (small_edit), ==, hc_edit_get_size (large_edit));
  g_assert_cmpuint (hc_edit_get_size (large_edit), <, 1024);
}

static void
test_edit_outlives_plan (void)
{
  HcPlan *plan = make_plan ();
  g_autoptr(HcPosition) removed = g_object_ref (nth_position (plan, 0));
  g_autoptr(HcEdit) edit = NULL;

  hc_plan_begin_recording (plan);
  hc_plan_edit_remove_position (plan, removed);
  edit = hc_plan_end_recording (plan);
  g_assert_finalize_object (plan);
  /* The position the edit keeps no longer has a plan to record into. */
  hc_position_set_count (removed, 4);
  g_assert_cmpuint (hc_position_get_count (removed), ==, 4);
}

/* ---- assigning a loaded plan ------------------------------------------- */

static HcPlan *
load_copy_edited (HcPlan *plan)
{
  g_autoptr(GBytes) bytes = hc_plan_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  HcPlan *loaded = hc_plan_load_from_bytes (bytes, &error);

  g_assert_no_error (error);
  return loaded;
}

static void
test_assign_keeps_identity (void)
{
  g_autoptr(HcPlan) live = make_plan ();
  g_autoptr(HcPlan) loaded = load_copy_edited (live);
  HcPosition *kept = nth_position (live, 1);
  HcRole *kept_role = first_role (live);
  HcPhase *kept_phase = hc_plan_find_phase (live, "database");
  g_autoptr(HcPosition) gone = g_object_ref (nth_position (live, 0));
  g_autoptr(HcPosition) moved = NULL;
  g_autoptr(HcPosition) fresh = hc_position_new ("pos-new", "database", HC_SENIORITY_SENIOR, "database");
  g_autoptr(HcExtras) extras = _hc_extras_new ();
  g_autoptr(GBytes) want = NULL;
  g_autoptr(GBytes) got = NULL;
  g_autoptr(GBytes) before = hc_plan_to_bytes (live);
  g_autoptr(HcEdit) recorded = NULL;
  g_autoptr(GBytes) undone = NULL;
  guint changed = 0;
  guint index;

  /* What another program saved: one position gone, one new, two swapped,
   * values changed, an unknown member added. */
  g_list_store_remove (hc_plan_get_positions (loaded), 0);
  g_list_store_append (hc_plan_get_positions (loaded), fresh);
  moved = g_object_ref (nth_position (loaded, 3));
  g_list_store_remove (hc_plan_get_positions (loaded), 3);
  g_list_store_insert (hc_plan_get_positions (loaded), 2, moved);
  hc_position_set_count (hc_plan_find_position (loaded, "pos-2", NULL), 6);
  hc_role_set_salary (hc_plan_find_role (loaded, "backend"), HC_SENIORITY_JUNIOR,
                      hc_range_make (80000, 95000));
  hc_phase_set_range (hc_plan_find_phase (loaded, "database"), HC_TIME_UNIT_WEEK, 9, 20);
  hc_plan_set_title (loaded, "From disk");
  _hc_extras_add (extras, "reviewed", "3", 1);
  _hc_extras_set (hc_plan_find_position (loaded, "pos-3", NULL), extras);
  want = hc_plan_to_bytes (loaded);

  g_signal_connect (live, "changed", G_CALLBACK (count_changed), &changed);
  hc_plan_begin_recording (live);
  hc_plan_assign (live, loaded);
  recorded = hc_plan_end_recording (live);
  got = hc_plan_to_bytes (live);
  assert_bytes_equal (want, got);
  g_assert_cmpuint (changed, ==, 1);

  /* The same objects, changed in place. */
  g_assert_true (hc_plan_find_position (live, "pos-2", NULL) == kept);
  g_assert_cmpuint (hc_position_get_count (kept), ==, 6);
  g_assert_true (first_role (live) == kept_role);
  g_assert_true (hc_plan_find_phase (live, "database") == kept_phase);
  g_assert_cmpuint (hc_phase_get_first (kept_phase), ==, 9);
  g_assert_null (hc_plan_find_position (live, "pos-1", NULL));
  g_assert_nonnull (hc_plan_find_position (live, "pos-new", &index));
  g_assert_cmpuint (index, ==, 4);
  /* A copy: the loaded plan stays the loaded plan's. */
  g_assert_true (hc_plan_find_position (live, "pos-new", NULL) != fresh);

  /* A reload is undoable as one edit. */
  g_assert_nonnull (recorded);
  changed = 0;
  hc_edit_undo (recorded, live);
  g_assert_cmpuint (changed, ==, 1);
  undone = hc_plan_to_bytes (live);
  assert_bytes_equal (before, undone);
  g_assert_true (nth_position (live, 0) == gone);
}

static void
test_assign_same_is_no_change (void)
{
  g_autoptr(HcPlan) live = make_plan ();
  g_autoptr(HcPlan) loaded = load_copy_edited (live);
  guint changed = 0;

  g_signal_connect (live, "changed", G_CALLBACK (count_changed), &changed);
  hc_plan_begin_recording (live);
  hc_plan_assign (live, loaded);
  g_assert_null (hc_plan_end_recording (live));
  g_assert_cmpuint (changed, ==, 0);
}

/* ---- the one rule for benchmark figures -------------------------------- */

static void
test_benchmark_rule (void)
{
  g_autoptr(HcPlan) plan = make_plan ();
  HcPosition *position = nth_position (plan, 0);
  HcRole *role = first_role (plan);
  HcRange mid = hc_role_get_salary (role, HC_SENIORITY_MID);
  HcRange salary;
  HcRange override = { 1000, 2000 };
  HcRange weeks = { 2, 3 };
  g_autoptr(HcResolution) resolution = NULL;

  hc_position_set_location_adjustment (position, 30);
  salary = hc_plan_get_benchmark_salary (plan, position);
  g_assert_cmpfloat_with_epsilon (salary.low, mid.low * 1.3, 1e-6);
  g_assert_cmpfloat_with_epsilon (salary.high, mid.high * 1.3, 1e-6);
  /* A role the plan does not have gives no benchmark. */
  hc_position_set_role_id (position, "no-such-role");
  salary = hc_plan_get_benchmark_salary (plan, position);
  g_assert_cmpfloat (salary.high, ==, 0);
  hc_position_set_role_id (position, hc_role_get_id (role));

  hc_position_set_salary_override (position, &override);
  g_assert_true (hc_range_equal (hc_plan_get_annual_salary (plan, position), override));
  /* The benchmark is still the role's, for the editor's hint. */
  g_assert_cmpfloat_with_epsilon (hc_plan_get_benchmark_salary (plan, position).low,
                                  mid.low * 1.3, 1e-6);

  /* One time-to-hire rule, the resolution's: the first backend hire
   * (position 0, the first generalist of phase 1) takes the team guide's
   * 6–10 weeks, not its role's 4–6; the next backend hire its role's; a
   * time set on a position is its own. */
  g_assert_true (hc_plan_get_first_hire (plan) == position);
  g_assert_true (hc_range_equal (hc_plan_get_time_to_hire (plan, position), hc_range_make (6, 10)));
  g_assert_false (hc_range_equal (hc_role_get_time_to_hire (role), hc_range_make (6, 10)));
  g_assert_true (hc_range_equal (hc_plan_get_time_to_hire (plan, nth_position (plan, 1)),
                                 hc_role_get_time_to_hire (role)));
  hc_position_set_time_to_hire (position, &weeks);
  g_assert_true (hc_range_equal (hc_plan_get_time_to_hire (plan, position), weeks));
  /* Read from the plan's resolution, which follows the edit. */
  resolution = hc_resolution_get (plan);
  g_assert_true (hc_range_equal (hc_resolution_get_position (resolution, 0)->time_to_hire, weeks));
  g_assert_cmpint (hc_resolution_get_position (resolution, 0)->time_to_hire_source, ==, HC_FIGURE_PERSON);
  /* What it would take without its own, for the editor's hint: still the
   * first hire's 6–10 weeks, from the team guide. */
  g_assert_true (hc_range_equal (hc_resolution_get_position (resolution, 0)->default_time_to_hire,
                                 hc_range_make (6, 10)));
  g_assert_cmpint (hc_resolution_get_position (resolution, 0)->default_time_to_hire_source, ==,
                   HC_FIGURE_TEAM_GUIDE);
  g_assert_true (hc_range_equal (hc_resolution_get_position (resolution, 1)->default_time_to_hire,
                                 hc_role_get_time_to_hire (role)));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hc_test_set_locale ();

  g_test_add_func ("/edits/position-fields", test_position_fields);
  g_test_add_func ("/edits/role-fields", test_role_fields);
  g_test_add_func ("/edits/phase-fields", test_phase_fields);
  g_test_add_func ("/edits/plan-fields", test_plan_fields);
  g_test_add_func ("/edits/structure", test_structure);
  g_test_add_func ("/edits/move-stays-in-phase", test_move_stays_in_phase);
  g_test_add_func ("/edits/remove-role-phase", test_remove_role_phase);
  g_test_add_func ("/edits/remove-role-undo-restores", test_remove_role_undo_restores);
  g_test_add_func ("/edits/remove-refused", test_remove_refused);
  g_test_add_func ("/edits/remove-refused-many", test_remove_refused_many);
  g_test_add_func ("/edits/gestures", test_gestures);
  g_test_add_func ("/edits/move-phase-calendar-months", test_move_phase_calendar_months);
  g_test_add_func ("/edits/search-start-before-phase", test_search_start_before_phase);
  g_test_add_func ("/edits/no-change-is-no-edit", test_no_change_is_no_edit);
  g_test_add_func ("/edits/merge-typing", test_merge_typing);
  g_test_add_func ("/edits/undo-redo-sequence", test_undo_redo_sequence);
  g_test_add_func ("/edits/size-grows-with-edit", test_edit_size_grows_with_edit);
  g_test_add_func ("/edits/edit-outlives-plan", test_edit_outlives_plan);
  g_test_add_func ("/edits/assign-keeps-identity", test_assign_keeps_identity);
  g_test_add_func ("/edits/assign-same-is-no-change", test_assign_same_is_no_change);
  g_test_add_func ("/edits/benchmark-rule", test_benchmark_rule);

  return g_test_run ();
}
