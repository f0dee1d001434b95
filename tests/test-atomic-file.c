/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-atomic-file"

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hc-atomic-file.h"
#include "hc-plan-io.h"
#include "hc-templates.h"

/* Larger than the file size limit the failing writes run under. */
#define BIG_WRITE (256 * 1024)
#define FILE_SIZE_LIMIT 4096

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("test-atomic-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

static void
remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      remove_tree (child);
    }
  g_remove (path);
}

/* The names in @dir, sorted, joined by spaces: shows a temporary file
 * left behind in the assertion's message. */
static char *
list_dir (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, (GCompareFunc) g_strcmp0);
  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static void
assert_contents (const char *path,
                 const char *expected)
{
  g_autofree char *data = NULL;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (data, ==, expected);
}

static int
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
test_new_file (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "new.txt", NULL);
  g_autoptr(HcAtomicFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  const char *temp;

  file = hc_atomic_file_begin (path, HC_ATOMIC_FILE_NONE, &error);
  g_assert_no_error (error);
  g_assert_nonnull (file);
  g_assert_cmpstr (hc_atomic_file_get_path (file), ==, path);

  /* Ours, beside the target, hidden, and private while it is written. */
  temp = hc_atomic_file_get_temp_path (file);
  {
    g_autofree char *temp_dir = g_path_get_dirname (temp);
    g_autofree char *temp_base = g_path_get_basename (temp);

    g_assert_cmpstr (temp_dir, ==, dir);
    g_assert_true (g_str_has_prefix (temp_base, ".new.txt."));
    g_assert_true (g_str_has_suffix (temp_base, ".tmp"));
    g_assert_cmpint (file_mode (temp), ==, 0600);
  }

  /* In pieces, as Cairo writes. */
  g_assert_true (hc_atomic_file_write (file, "one ", 4, &error));
  g_assert_true (hc_atomic_file_write (file, "two", 3, &error));
  g_assert_true (hc_atomic_file_write (file, NULL, 0, &error));
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (hc_atomic_file_check (file, &error));
  g_assert_true (hc_atomic_file_commit (g_steal_pointer (&file), &error));
  g_assert_no_error (error);

  assert_contents (path, "one two");
  /* main() set the umask to 027: a new file is 0666 less that. */
  g_assert_cmpint (file_mode (path), ==, 0640);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "new.txt");
  remove_tree (dir);
}

static void
test_mode_kept (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0664), ==, 0);

  g_assert_true (hc_atomic_file_replace (path, "new", 3, HC_ATOMIC_FILE_NONE, &error));
  g_assert_no_error (error);
  assert_contents (path, "new");
  g_assert_cmpint (file_mode (path), ==, 0664);

  g_assert_cmpint (g_chmod (path, 0604), ==, 0);
  g_assert_true (hc_atomic_file_replace (path, "newer", 5, HC_ATOMIC_FILE_NONE, &error));
  g_assert_cmpint (file_mode (path), ==, 0604);

  /* A private file is 0600 whatever it was. */
  g_assert_true (hc_atomic_file_replace (path, "draft", 5, HC_ATOMIC_FILE_PRIVATE, &error));
  g_assert_no_error (error);
  assert_contents (path, "draft");
  g_assert_cmpint (file_mode (path), ==, 0600);
  remove_tree (dir);
}

static void
test_abort (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  HcAtomicFile *file;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  file = hc_atomic_file_begin (path, HC_ATOMIC_FILE_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (hc_atomic_file_write (file, "half", 4, &error));
  hc_atomic_file_abort (file);
  assert_contents (path, "old");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.headcount");
  hc_atomic_file_abort (NULL);
  remove_tree (dir);
}

/* A file size limit makes write() fail part way, as a full disk does,
 * for root too; it is set in a child so that it ends with the child. */
static void
limit_file_size (void)
{
  struct rlimit limit = { FILE_SIZE_LIMIT, FILE_SIZE_LIMIT };

  signal (SIGXFSZ, SIG_IGN);
  g_assert_cmpint (setrlimit (RLIMIT_FSIZE, &limit), ==, 0);
}

static void
test_failed_write (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *big = NULL;
  g_autoptr(HcAtomicFile) file = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GError) commit_error = NULL;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      return;
    }
  limit_file_size ();
  dir = make_temp_dir ();
  path = g_build_filename (dir, "plan.headcount", NULL);
  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  big = g_malloc0 (BIG_WRITE);
  memset (big, 'x', BIG_WRITE);

  file = hc_atomic_file_begin (path, HC_ATOMIC_FILE_NONE, &error);
  g_assert_no_error (error);
  g_assert_false (hc_atomic_file_write (file, big, BIG_WRITE, &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == G_IO_ERROR);
  g_assert_nonnull (strstr (error->message, path));
  /* The first error sticks: later writes and the commit report it. */
  g_assert_false (hc_atomic_file_write (file, "x", 1, NULL));
  g_assert_false (hc_atomic_file_check (file, NULL));
  g_assert_false (hc_atomic_file_commit (g_steal_pointer (&file), &commit_error));
  g_assert_cmpstr (commit_error->message, ==, error->message);

  assert_contents (path, "old");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.headcount");

  /* And the same through the plan writer. */
  g_clear_error (&error);
  {
    g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
    g_autoptr(GFile) gfile = g_file_new_for_path (path);
    g_autofree char *notes = g_strnfill (2 * FILE_SIZE_LIMIT, 'n');
    g_autoptr(GBytes) bytes = NULL;

    /* A plan file holds no defaults, so make this one large by hand. */
    hc_plan_set_notes (plan, notes);
    bytes = hc_plan_to_bytes (plan);
    g_autofree char *expected = g_strdup_printf ("Could not save “%s”: the file is too large for this disk",
                                                 path);

    g_assert_cmpuint (g_bytes_get_size (bytes), >, FILE_SIZE_LIMIT);
    g_assert_false (hc_plan_save_to_file (plan, gfile, NULL, &error));
    g_assert_cmpstr (error->message, ==, expected);
  }
  assert_contents (path, "old");
  g_free (listing);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.headcount");
  remove_tree (dir);
}

/* Root may write into any chmod-ed folder; sysfs refuses it new files. */
static const char *
refused_folder (char **to_free)
{
  if (geteuid () != 0)
    {
      *to_free = make_temp_dir ();
      g_assert_cmpint (g_chmod (*to_free, 0555), ==, 0);
      return *to_free;
    }
  *to_free = NULL;
  if (!g_file_test ("/sys/kernel", G_FILE_TEST_IS_DIR))
    return NULL;
  return "/sys";
}

static void
test_refused_folder (void)
{
  g_autofree char *dir = NULL;
  const char *folder = refused_folder (&dir);
  g_autofree char *path = NULL;
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  if (folder == NULL)
    {
      g_test_skip ("running as root without sysfs: no folder refuses root");
      return;
    }
  path = g_build_filename (folder, "plan.headcount", NULL);
  g_assert_null (hc_atomic_file_begin (path, HC_ATOMIC_FILE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  expected = g_strdup_printf ("Could not save “%s”: permission denied", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  if (dir != NULL)
    {
      g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
      remove_tree (dir);
    }
}

static void
test_missing_folder_and_folder_target (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *missing = g_build_filename (dir, "missing", "plan.headcount", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_false (hc_atomic_file_replace (missing, "x", 1, HC_ATOMIC_FILE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  expected = g_strdup_printf ("Could not save “%s”: the folder does not exist", missing);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);
  g_clear_pointer (&expected, g_free);

  g_assert_false (hc_atomic_file_replace (dir, "x", 1, HC_ATOMIC_FILE_NONE, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  expected = g_strdup_printf ("Could not save “%s”: it is a folder", dir);
  g_assert_cmpstr (error->message, ==, expected);
  remove_tree (dir);
}

/* A name near the file system's limit still gets a temporary file. */
static void
test_long_name (void)
{
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *base = g_strnfill (250, 'n');
  g_autofree char *path = g_build_filename (dir, base, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hc_atomic_file_replace (path, "long", 4, HC_ATOMIC_FILE_NONE, &error));
  g_assert_no_error (error);
  assert_contents (path, "long");
  remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Before any thread exists, so the new-file mode is known; not the
   * usual 022, so that a guess of 022 would not pass. */
  umask (027);
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/atomic-file/new-file", test_new_file);
  g_test_add_func ("/atomic-file/mode-kept", test_mode_kept);
  g_test_add_func ("/atomic-file/abort", test_abort);
  g_test_add_func ("/atomic-file/failed-write", test_failed_write);
  g_test_add_func ("/atomic-file/refused-folder", test_refused_folder);
  g_test_add_func ("/atomic-file/missing-folder", test_missing_folder_and_folder_target);
  g_test_add_func ("/atomic-file/long-name", test_long_name);
  return g_test_run ();
}
