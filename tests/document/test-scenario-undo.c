/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-scenario-undo"

#include "config.h"

#include <string.h>

#include "headcount-core.h"
#include "hc-document.h"
#include "hc-undo-stack.h"

/* A scenario edit is one step on the document's one stack, between the
 * base's edits, undone and redone in order; reading the same file back
 * is no step. */

static char *
plan_text (HcPlan *plan)
{
  g_autoptr(GBytes) bytes = hc_plan_to_bytes (plan);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
test_scenario_steps (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("option-a", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  g_autoptr(HcScenarioChange) count = hc_scenario_change_new (HC_CHANGE_SET_POSITION, "second-backend",
                                                              "count", "2");
  g_autofree char *start = plan_text (plan);
  g_autofree char *with_scenario = NULL;
  g_autofree char *with_change = NULL;
  g_autofree char *at_end = NULL;
  g_autofree char *now = NULL;
  g_autofree char *id = NULL;

  hc_document_begin_edit (document, "New Scenario", NULL);
  id = hc_plan_add_scenario (plan, "Bigger", NULL);
  hc_document_end_edit (document);
  with_scenario = plan_text (plan);

  hc_document_begin_edit (document, "Count", NULL);
  g_assert_true (hc_plan_set_scenario_change (plan, id, count, NULL));
  hc_document_end_edit (document);
  with_change = plan_text (plan);

  /* A base edit between them, on the same stack. */
  hc_document_begin_edit (document, "Title", NULL);
  hc_plan_set_title (plan, "Renamed");
  hc_document_end_edit (document);

  hc_document_begin_edit (document, "Market", NULL);
  g_assert_true (hc_plan_set_scenario_market (plan, id, HC_MARKET_TIGHTER_20));
  hc_document_end_edit (document);
  at_end = plan_text (plan);
  g_assert_true (hc_document_get_modified (document));

  g_assert_true (hc_document_undo (document));   /* market */
  g_assert_true (hc_document_undo (document));   /* title */
  now = plan_text (plan);
  g_assert_cmpstr (now, ==, with_change);
  g_clear_pointer (&now, g_free);
  g_assert_true (hc_document_undo (document));   /* the change */
  now = plan_text (plan);
  g_assert_cmpstr (now, ==, with_scenario);
  g_clear_pointer (&now, g_free);
  g_assert_true (hc_document_undo (document));   /* the scenario */
  now = plan_text (plan);
  g_assert_cmpstr (now, ==, start);
  g_assert_false (hc_document_undo (document));
  g_clear_pointer (&now, g_free);

  for (guint i = 0; i < 4; i++)
    g_assert_true (hc_document_redo (document));
  now = plan_text (plan);
  g_assert_cmpstr (now, ==, at_end);
}

static void
test_reload_same_is_no_step (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("options-a-b", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  g_autoptr(GBytes) bytes = hc_plan_to_bytes (plan);
  g_autoptr(HcPlan) loaded = hc_plan_load_from_bytes (bytes, NULL);
  HcUndoStack *undo = hc_document_get_undo_stack (document);

  g_assert_nonnull (loaded);
  g_assert_true (hc_plan_get_scenarios (loaded) != hc_plan_get_scenarios (plan));
  hc_document_assign_plan (document, loaded, "Reload", TRUE);
  g_assert_false (hc_undo_stack_can_undo (undo));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/scenario-undo/steps", test_scenario_steps);
  g_test_add_func ("/scenario-undo/reload-same-is-no-step", test_reload_same_is_no_step);

  return g_test_run ();
}
