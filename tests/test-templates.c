/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-templates"

#include "config.h"

#include <locale.h>
#include <string.h>

#include "headcount-core.h"

static void
test_every_template_loads (void)
{
  guint n = 0;

  for (const HcTemplateInfo *t = hc_templates_list (); t->name != NULL; t++, n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HcPlan) plan = hc_template_load (t->name, &error);

      g_assert_no_error (error);
      g_assert_true (hc_plan_validate (plan, NULL));
      g_assert_cmpstr (t->title, !=, "");
      g_assert_cmpstr (t->description, !=, "");
      g_assert_cmpuint (hc_plan_get_headcount (plan), >=, 1);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_roles (plan))), ==, 4);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_phases (plan))), ==, 4);
    }
  g_assert_cmpuint (n, ==, 5);
}

/* The first hire of every template is the guide's: a senior backend
 * engineer who also designs the database, given 6–10 weeks to find. */
static void
test_first_hire (void)
{
  for (const HcTemplateInfo *t = hc_templates_list (); t->name != NULL; t++)
    {
      g_autoptr(HcPlan) plan = hc_template_load (t->name, NULL);
      g_autoptr(HcPosition) first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
      HcRange tth;

      g_assert_cmpstr (hc_position_get_role_id (first), ==, "backend");
      g_assert_cmpint (hc_position_get_seniority (first), ==, HC_SENIORITY_SENIOR);
      g_assert_cmpstr (hc_position_get_phase_id (first), ==, "foundation");
      g_assert_true (hc_position_get_skills (first) & HC_SKILL_DATABASE);
      g_assert_true (hc_position_get_time_to_hire (first, &tth));
      g_assert_cmpfloat (tth.low, ==, 6);
      g_assert_cmpfloat (tth.high, ==, 10);
    }
}

static guint
count_role (HcPlan     *plan,
            const char *role_id)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  guint total = 0;

  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);

      if (g_str_equal (hc_position_get_role_id (position), role_id))
        total += hc_position_get_count (position);
    }
  return total;
}

static void
test_team_shapes (void)
{
  static const struct { const char *name; guint backend, database, infrastructure; } shapes[] = {
    { "first-hire", 1, 0, 0 },
    { "option-a", 2, 1, 1 },
    { "option-b", 2, 1, 1 },
    { "three-person", 2, 1, 0 },
    { "five-person", 3, 1, 1 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (shapes); i++)
    {
      g_autoptr(HcPlan) plan = hc_template_load (shapes[i].name, NULL);

      g_assert_cmpuint (count_role (plan, "backend"), ==, shapes[i].backend);
      g_assert_cmpuint (count_role (plan, "database"), ==, shapes[i].database);
      g_assert_cmpuint (count_role (plan, "infrastructure"), ==, shapes[i].infrastructure);
    }
}

static void
test_unknown_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("ten-person", &error);

  g_assert_null (plan);
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "ten-person"));
}

/* The README's example is the five-person template, saved. */
static void
test_example_matches_template (void)
{
  g_autofree char *path = g_build_filename (g_getenv ("HC_TOP_SRCDIR"), "data", "examples",
                                            "five-person.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) example = hc_plan_load_from_file (file, NULL, &error);
  g_autoptr(HcPlan) template = hc_template_load ("five-person", NULL);

  g_assert_no_error (error);
  g_assert_cmpuint (hc_plan_get_headcount (example), ==, hc_plan_get_headcount (template));
  g_assert_cmpstr (hc_plan_get_title (example), ==, hc_plan_get_title (template));
}

int
main (int   argc,
      char *argv[])
{
  /* The locale meson gives: these tests run under C.UTF-8 and de_DE.UTF-8. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/templates/every-template-loads", test_every_template_loads);
  g_test_add_func ("/templates/first-hire", test_first_hire);
  g_test_add_func ("/templates/team-shapes", test_team_shapes);
  g_test_add_func ("/templates/unknown", test_unknown_template);
  g_test_add_func ("/templates/example-matches-template", test_example_matches_template);

  return g_test_run ();
}
