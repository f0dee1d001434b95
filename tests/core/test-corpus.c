/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-corpus"

#include "config.h"

#include <string.h>

#include "hc-error.h"
#include "hc-plan-io.h"
#include "../hc-test.h"

/* Loads every file of the committed bad-input corpus (tests/corpus) and
 * checks it against tests/corpus/EXPECTED: whether it loads, or the error
 * it is refused with and a piece of its message.  A file that is not
 * listed, or listed but missing, fails the test, so the corpus and its
 * expectations cannot drift apart (the fuzzer's crashes, once fixed, are
 * added here with their verdict). */

#define EXPECTATIONS "EXPECTED"

typedef struct
{
  char *name;
  char *verdict;
  char *message;
} Expectation;

static const char *const error_names[] = {
  [HC_PLAN_ERROR_SYNTAX] = "syntax",
  [HC_PLAN_ERROR_ENCODING] = "encoding",
  [HC_PLAN_ERROR_TOO_LARGE] = "too-large",
  [HC_PLAN_ERROR_NOT_A_PLAN] = "not-a-plan",
  [HC_PLAN_ERROR_VERSION] = "version",
  [HC_PLAN_ERROR_INVALID] = "invalid",
  [HC_PLAN_ERROR_NOT_FOUND] = "not-found",
};

static char *corpus_dir;

static void
expectation_free (Expectation *e)
{
  g_free (e->name);
  g_free (e->verdict);
  g_free (e->message);
  g_free (e);
}

static gboolean
verdict_is_known (const char *verdict)
{
  if (g_str_equal (verdict, "loads"))
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (error_names); i++)
    if (g_strcmp0 (verdict, error_names[i]) == 0)
      return TRUE;
  return FALSE;
}

/* The lines of EXPECTED, checked for form; a malformed line is an error
 * of the corpus, reported with its number. */
static GPtrArray *
read_expectations (void)
{
  g_autofree char *path = g_build_filename (corpus_dir, EXPECTATIONS, NULL);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) lines = NULL;
  GPtrArray *expectations = g_ptr_array_new_with_free_func ((GDestroyNotify) expectation_free);

  if (!g_file_get_contents (path, &text, NULL, &error))
    g_error ("%s", error->message);
  lines = g_strsplit (text, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) fields = NULL;
      Expectation *e;

      if (lines[i][0] == '\0' || lines[i][0] == '#')
        continue;
      fields = g_strsplit (lines[i], "\t", 3);
      if (g_strv_length (fields) != 3 || !verdict_is_known (fields[1]) ||
          (g_str_equal (fields[1], "loads") != (fields[2][0] == '\0')))
        g_error ("%s:%u: expected “NAME<tab>VERDICT<tab>MESSAGE” with a known verdict "
                 "and a message unless it loads: %s", path, i + 1, lines[i]);
      e = g_new0 (Expectation, 1);
      e->name = g_strdup (fields[0]);
      e->verdict = g_strdup (fields[1]);
      e->message = g_strdup (fields[2]);
      g_ptr_array_add (expectations, e);
    }
  return expectations;
}

/* Every file in the folder has a line, and every line a file. */
static void
test_listing (gconstpointer data)
{
  GPtrArray *expectations = (GPtrArray *) data;
  g_autoptr(GHashTable) listed = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GDir) dir = NULL;
  g_autoptr(GError) error = NULL;
  const char *name;

  for (guint i = 0; i < expectations->len; i++)
    {
      Expectation *e = g_ptr_array_index (expectations, i);
      g_autofree char *path = g_build_filename (corpus_dir, e->name, NULL);

      if (!g_hash_table_add (listed, e->name))
        g_error ("%s is listed twice in %s", e->name, EXPECTATIONS);
      if (!g_file_test (path, G_FILE_TEST_IS_REGULAR))
        g_error ("%s is listed in %s but is not in the corpus", e->name, EXPECTATIONS);
    }
  dir = g_dir_open (corpus_dir, 0, &error);
  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (!g_str_equal (name, EXPECTATIONS) && !g_hash_table_contains (listed, name))
      g_error ("%s is in the corpus but not in %s: add a line with its verdict",
               name, EXPECTATIONS);
}

static void
assert_saves_stably (HcPlan     *plan,
                     const char *name)
{
  g_autoptr(GBytes) saved = hc_plan_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) reloaded = hc_plan_load_from_bytes (saved, &error);
  g_autoptr(GBytes) saved_again = NULL;

  if (reloaded == NULL)
    g_error ("%s: saved, it does not load again: %s", name, error->message);
  saved_again = hc_plan_to_bytes (reloaded);
  if (!g_bytes_equal (saved, saved_again))
    g_error ("%s: saving it twice gives different bytes", name);
}

static void
test_file (gconstpointer data)
{
  const Expectation *e = data;
  g_autofree char *path = g_build_filename (corpus_dir, e->name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_plan_load_from_file (file, NULL, &error);

  if (g_str_equal (e->verdict, "loads"))
    {
      if (plan == NULL)
        g_error ("%s should load, but: %s", e->name, error->message);
      assert_saves_stably (plan, e->name);
      return;
    }
  if (plan != NULL)
    g_error ("%s should be refused (%s: %s), but it loads", e->name, e->verdict, e->message);
  if (error->domain != HC_PLAN_ERROR || (guint) error->code >= G_N_ELEMENTS (error_names) ||
      !g_str_equal (error_names[error->code], e->verdict))
    g_error ("%s should be refused as %s, but is refused with %s %d: %s", e->name, e->verdict,
             g_quark_to_string (error->domain), error->code, error->message);
  if (strstr (error->message, e->message) == NULL)
    g_error ("%s: the message “%s” does not contain “%s”", e->name, error->message, e->message);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) expectations = NULL;

  g_test_init (&argc, &argv, NULL);

  hc_test_set_locale ();
  corpus_dir = g_test_build_filename (G_TEST_DIST, "corpus", NULL);
  expectations = read_expectations ();

  g_test_add_data_func ("/corpus/every-file-listed", expectations, test_listing);
  for (guint i = 0; i < expectations->len; i++)
    {
      Expectation *e = g_ptr_array_index (expectations, i);
      g_autofree char *test_path = g_strdup_printf ("/corpus/%s", e->name);

      g_test_add_data_func (test_path, e, test_file);
    }
  return g_test_run ();
}
