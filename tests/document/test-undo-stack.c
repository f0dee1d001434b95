/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-undo-stack"

#include "config.h"

#include "headcount-core.h"
#include "hc-document.h"
#include "hc-undo-stack.h"
#include "../hc-test.h"

/* An edit that sets the plan's title, recorded on @plan. */
static HcEdit *
retitle (HcPlan     *plan,
         const char *title)
{
  HcEdit *edit;

  hc_plan_begin_recording (plan);
  hc_plan_set_title (plan, title);
  edit = hc_plan_end_recording (plan);
  g_assert_nonnull (edit);
  return edit;
}

static void
test_undo_redo_order (void)
{
  g_autoptr(HcUndoStack) stack = hc_undo_stack_new ();
  g_autoptr(HcPlan) plan = hc_plan_new ();

  hc_plan_set_title (plan, "a");
  hc_undo_stack_push (stack, "First", NULL, retitle (plan, "b"));   /* a → b */
  hc_undo_stack_push (stack, "Second", NULL, retitle (plan, "c"));  /* b → c */
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 2);
  g_assert_cmpstr (hc_undo_stack_get_undo_label (stack), ==, "Second");

  g_assert_true (hc_undo_stack_undo (stack, plan));
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "b");
  g_assert_cmpstr (hc_undo_stack_get_redo_label (stack), ==, "Second");
  g_assert_cmpstr (hc_undo_stack_get_undo_label (stack), ==, "First");

  g_assert_true (hc_undo_stack_redo (stack, plan));
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "c");
  g_assert_false (hc_undo_stack_can_redo (stack));
  g_assert_false (hc_undo_stack_redo (stack, plan));
  g_assert_finalize_object (g_steal_pointer (&stack));
}

static void
test_merge_typing (void)
{
  g_autoptr(HcUndoStack) stack = hc_undo_stack_new ();
  g_autoptr(HcPlan) plan = hc_plan_new ();

  hc_plan_set_notes (plan, "1");
  hc_undo_stack_push (stack, "Change Notes", "notes:p1", retitle (plan, "12"));
  hc_undo_stack_push (stack, "Change Notes", "notes:p1", retitle (plan, "123"));
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 1);
  /* Another field ends the run. */
  hc_plan_begin_recording (plan);
  hc_plan_set_horizon_months (plan, 30);
  hc_undo_stack_push (stack, "Change Horizon", "horizon", hc_plan_end_recording (plan));
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 2);
  hc_undo_stack_seal (stack);
  hc_plan_begin_recording (plan);
  hc_plan_set_horizon_months (plan, 36);
  hc_undo_stack_push (stack, "Change Horizon", "horizon", hc_plan_end_recording (plan));
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 3);

  g_assert_true (hc_undo_stack_undo (stack, plan));
  g_assert_cmpuint (hc_plan_get_horizon_months (plan), ==, 30);
  g_assert_true (hc_undo_stack_undo (stack, plan));
  g_assert_cmpuint (hc_plan_get_horizon_months (plan), ==, 24);
  g_assert_true (hc_undo_stack_undo (stack, plan));
  /* The merged step goes back to before the first keystroke. */
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "");
  g_assert_false (hc_undo_stack_can_undo (stack));
}

static void
test_push_clears_redo (void)
{
  g_autoptr(HcUndoStack) stack = hc_undo_stack_new ();
  g_autoptr(HcPlan) plan = hc_plan_new ();

  hc_undo_stack_push (stack, "Edit", NULL, retitle (plan, "a"));
  g_assert_true (hc_undo_stack_undo (stack, plan));
  g_assert_true (hc_undo_stack_can_redo (stack));
  hc_undo_stack_push (stack, "Other", NULL, retitle (plan, "b"));
  g_assert_false (hc_undo_stack_can_redo (stack));
  g_assert_false (hc_undo_stack_redo (stack, plan));
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "b");
}

static void
test_size_follows_steps (void)
{
  g_autoptr(HcUndoStack) stack = hc_undo_stack_new ();
  g_autoptr(HcPlan) plan = hc_plan_new ();
  gsize empty = hc_undo_stack_get_size (stack);
  gsize one;

  hc_undo_stack_push (stack, "A", NULL, retitle (plan, "a"));
  one = hc_undo_stack_get_size (stack);
  g_assert_cmpuint (one, >, empty);
  /* A typing run merged into one step holds one value. */
  hc_undo_stack_push (stack, "B", "key", retitle (plan, "b"));
  hc_undo_stack_push (stack, "B", "key", retitle (plan, "bb"));
  hc_undo_stack_push (stack, "B", "key", retitle (plan, "bbb"));
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 2);
  g_assert_cmpuint (hc_undo_stack_get_size (stack), <, 3 * one);
  hc_undo_stack_undo (stack, plan);
  hc_undo_stack_clear (stack);
  g_assert_cmpuint (hc_undo_stack_get_size (stack), ==, empty);
}

static void
test_save_point (void)
{
  g_autoptr(HcUndoStack) stack = hc_undo_stack_new ();
  g_autoptr(HcPlan) plan = hc_plan_new ();

  g_assert_true (hc_undo_stack_is_at_save_point (stack));
  hc_undo_stack_push (stack, "A", NULL, retitle (plan, "a"));
  g_assert_false (hc_undo_stack_is_at_save_point (stack));
  hc_undo_stack_set_save_point (stack, hc_undo_stack_get_state (stack));
  g_assert_true (hc_undo_stack_is_at_save_point (stack));
  hc_undo_stack_push (stack, "B", NULL, retitle (plan, "b"));
  g_assert_false (hc_undo_stack_is_at_save_point (stack));
  /* Back to what was saved, and forward again. */
  hc_undo_stack_undo (stack, plan);
  g_assert_true (hc_undo_stack_is_at_save_point (stack));
  hc_undo_stack_redo (stack, plan);
  g_assert_false (hc_undo_stack_is_at_save_point (stack));
  hc_undo_stack_push (stack, "C", "typing", retitle (plan, "c"));
  hc_undo_stack_set_save_point (stack, hc_undo_stack_get_state (stack));
  /* Typing on after a save is a new state, though it merges into the step. */
  hc_undo_stack_push (stack, "C", "typing", retitle (plan, "cd"));
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 3);
  g_assert_false (hc_undo_stack_is_at_save_point (stack));
  /* A step undone and replaced by another never comes back. */
  hc_undo_stack_undo (stack, plan);
  hc_undo_stack_push (stack, "D", NULL, retitle (plan, "d"));
  hc_undo_stack_undo (stack, plan);
  g_assert_false (hc_undo_stack_is_at_save_point (stack));
  hc_undo_stack_clear_save_point (stack);
  hc_undo_stack_undo (stack, plan);
  g_assert_false (hc_undo_stack_is_at_save_point (stack));
}

/* The document: every change is a step, "modified" follows the history,
 * and the plan object stays the same through undo, redo and reload. */
static void
test_document_in_place (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  g_autoptr(HcPlan) loaded = NULL;
  HcRole *role = hc_plan_find_role (plan, "backend");
  guint changed = 0;

  g_signal_connect_swapped (document, "changed", G_CALLBACK (g_atomic_int_inc), &changed);
  g_assert_false (hc_document_get_modified (document));

  hc_document_begin_edit (document, "Rename", NULL);
  hc_role_set_name (role, "API engineer");
  hc_plan_set_title (plan, "Renamed");
  hc_document_end_edit (document);
  g_assert_cmpuint (changed, ==, 1);
  g_assert_true (hc_document_get_modified (document));
  g_assert_cmpstr (hc_undo_stack_get_undo_label (hc_document_get_undo_stack (document)), ==,
                   "Rename");

  /* A change outside begin/end is a step of its own. */
  hc_plan_set_horizon_months (plan, 30);
  g_assert_cmpuint (changed, ==, 2);
  g_assert_cmpuint (hc_undo_stack_get_depth (hc_document_get_undo_stack (document)), ==, 2);

  g_assert_true (hc_document_undo (document));
  g_assert_true (hc_document_undo (document));
  g_assert_false (hc_document_get_modified (document));
  g_assert_true (hc_document_get_plan (document) == plan);
  g_assert_true (hc_plan_find_role (plan, "backend") == role);
  g_assert_cmpstr (hc_role_get_name (role), !=, "API engineer");
  g_assert_true (hc_document_redo (document));
  g_assert_cmpstr (hc_role_get_name (role), ==, "API engineer");
  g_assert_true (hc_document_get_modified (document));

  /* A reload keeps the objects and is one undoable step. */
  loaded = hc_plan_copy (plan);
  hc_role_set_name (hc_plan_find_role (loaded, "backend"), "From disk");
  hc_document_assign_plan (document, loaded, "Reload from Disk", TRUE);
  g_assert_true (hc_plan_find_role (plan, "backend") == role);
  g_assert_cmpstr (hc_role_get_name (role), ==, "From disk");
  g_assert_false (hc_document_get_modified (document));
  g_assert_cmpstr (hc_undo_stack_get_undo_label (hc_document_get_undo_stack (document)), ==,
                   "Reload from Disk");
  g_assert_true (hc_document_undo (document));
  g_assert_cmpstr (hc_role_get_name (role), ==, "API engineer");
  g_assert_true (hc_document_get_modified (document));

  g_assert_finalize_object (g_steal_pointer (&document));
}

static void
test_document_set_back_is_no_step (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);

  hc_document_begin_edit (document, "Title", "title");
  hc_plan_set_title (plan, "Typing");
  hc_plan_set_title (plan, "Untitled Plan");
  hc_document_end_edit (document);
  g_assert_false (hc_undo_stack_can_undo (hc_document_get_undo_stack (document)));
  g_assert_false (hc_document_get_modified (document));
}

static void
test_draft_is_modified (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  g_autoptr(HcDocument) document = hc_document_new_from_draft (plan, NULL, "draft-1");

  g_assert_true (hc_document_get_modified (document));
  hc_plan_set_title (plan, "Edited");
  g_assert_true (hc_document_undo (document));
  /* Undoing every edit of a draft does not make it the file's. */
  g_assert_true (hc_document_get_modified (document));
  g_assert_cmpstr (hc_document_get_draft_id (document), ==, "draft-1");
}

/* Undo no longer reads the plan back through the loader, so a value the
 * loader would refuse (a lower-case currency, as a setting once let
 * through) cannot leave the history stuck half way. */
static void
test_document_undo_never_loads (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  HcUndoStack *undo = hc_document_get_undo_stack (document);

  hc_document_begin_edit (document, "Change Currency", NULL);
  hc_plan_set_currency (plan, "usd");
  hc_document_end_edit (document);
  g_assert_false (hc_plan_validate (plan, NULL));
  g_assert_true (hc_document_undo (document));
  g_assert_cmpstr (hc_plan_get_currency (plan), ==, "USD");
  g_assert_false (hc_undo_stack_can_undo (undo));
  g_assert_true (hc_undo_stack_can_redo (undo));
  g_assert_true (hc_document_redo (document));
  g_assert_cmpstr (hc_plan_get_currency (plan), ==, "usd");
  g_assert_false (hc_undo_stack_can_redo (undo));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hc_test_set_locale ();
  g_test_add_func ("/undo-stack/order", test_undo_redo_order);
  g_test_add_func ("/undo-stack/merge", test_merge_typing);
  g_test_add_func ("/undo-stack/redo-cleared", test_push_clears_redo);
  g_test_add_func ("/undo-stack/save-point", test_save_point);
  g_test_add_func ("/undo-stack/size", test_size_follows_steps);
  g_test_add_func ("/document/in-place", test_document_in_place);
  g_test_add_func ("/document/set-back-is-no-step", test_document_set_back_is_no_step);
  g_test_add_func ("/document/draft-is-modified", test_draft_is_modified);
  g_test_add_func ("/document/undo-never-loads", test_document_undo_never_loads);
  return g_test_run ();
}
