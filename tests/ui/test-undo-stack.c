/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-undo-stack"

#include "config.h"

#include "hc-undo-stack.h"

static GBytes *
text (const char *s)
{
  return g_bytes_new (s, strlen (s));
}

static void
assert_bytes (GBytes     *bytes,
              const char *expected)
{
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   expected, strlen (expected));
}

static void
test_undo_redo_order (void)
{
  g_autoptr(HcUndoStack) stack = hc_undo_stack_new ();
  g_autoptr(GBytes) a = text ("a");
  g_autoptr(GBytes) b = text ("b");
  g_autoptr(GBytes) c = text ("c");
  g_autoptr(GBytes) undone = NULL;
  g_autoptr(GBytes) redone = NULL;

  hc_undo_stack_push (stack, "First", NULL, a);   /* a → b */
  hc_undo_stack_push (stack, "Second", NULL, b);  /* b → c */
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 2);
  g_assert_cmpstr (hc_undo_stack_get_undo_label (stack), ==, "Second");

  undone = hc_undo_stack_undo (stack, c);
  assert_bytes (undone, "b");
  g_assert_cmpstr (hc_undo_stack_get_redo_label (stack), ==, "Second");
  g_assert_cmpstr (hc_undo_stack_get_undo_label (stack), ==, "First");

  redone = hc_undo_stack_redo (stack, undone);
  assert_bytes (redone, "c");
  g_assert_false (hc_undo_stack_can_redo (stack));
  g_assert_finalize_object (g_steal_pointer (&stack));
}

static void
test_merge_typing (void)
{
  g_autoptr(HcUndoStack) stack = hc_undo_stack_new ();
  g_autoptr(GBytes) s0 = text ("1");
  g_autoptr(GBytes) s1 = text ("12");
  g_autoptr(GBytes) s2 = text ("123");
  g_autoptr(GBytes) undone = NULL;

  hc_undo_stack_push (stack, "Change Notes", "notes:p1", s0);
  hc_undo_stack_push (stack, "Change Notes", "notes:p1", s1);
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 1);
  /* Another field ends the run. */
  hc_undo_stack_push (stack, "Change Count", "count:p1", s2);
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 2);
  hc_undo_stack_seal (stack);
  hc_undo_stack_push (stack, "Change Count", "count:p1", s2);
  g_assert_cmpuint (hc_undo_stack_get_depth (stack), ==, 3);

  g_clear_pointer (&undone, g_bytes_unref);
  undone = hc_undo_stack_undo (stack, s2);
  g_clear_pointer (&undone, g_bytes_unref);
  undone = hc_undo_stack_undo (stack, s2);
  g_clear_pointer (&undone, g_bytes_unref);
  undone = hc_undo_stack_undo (stack, s2);
  /* The merged step goes back to before the first keystroke. */
  assert_bytes (undone, "1");
  g_assert_false (hc_undo_stack_can_undo (stack));
}

static void
test_push_clears_redo (void)
{
  g_autoptr(HcUndoStack) stack = hc_undo_stack_new ();
  g_autoptr(GBytes) a = text ("a");
  g_autoptr(GBytes) b = text ("b");
  g_autoptr(GBytes) undone = NULL;

  hc_undo_stack_push (stack, "Edit", NULL, a);
  undone = hc_undo_stack_undo (stack, b);
  g_assert_true (hc_undo_stack_can_redo (stack));
  hc_undo_stack_push (stack, "Other", NULL, a);
  g_assert_false (hc_undo_stack_can_redo (stack));
  g_assert_null (hc_undo_stack_redo (stack, a));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/undo-stack/order", test_undo_redo_order);
  g_test_add_func ("/undo-stack/merge", test_merge_typing);
  g_test_add_func ("/undo-stack/redo-cleared", test_push_clears_redo);
  return g_test_run ();
}
