/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-atomic-file"

#include "config.h"

#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/file.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <fcntl.h>
#include <utime.h>
#include <unistd.h>

#include "hc-atomic-file.h"
#include "hc-plan-io.h"
#include "hc-templates.h"
#include "../hc-test.h"

/* Larger than the file size limit the failing writes run under. */
#define BIG_WRITE (256 * 1024)
#define FILE_SIZE_LIMIT 4096

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char *const *) a, *(const char *const *) b);
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
  g_ptr_array_sort (names, compare_names);
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
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
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
  hc_test_remove_tree (dir);
}

static void
test_mode_kept (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
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
  hc_test_remove_tree (dir);
}

static void
test_abort (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
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
  hc_test_remove_tree (dir);
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
  dir = hc_test_make_temp_dir ("test-atomic");
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
  hc_test_remove_tree (dir);
}

/* Root may write into any chmod-ed folder; sysfs refuses it new files. */
static const char *
refused_folder (char **to_free)
{
  if (geteuid () != 0)
    {
      *to_free = hc_test_make_temp_dir ("test-atomic");
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
      hc_test_remove_tree (dir);
    }
}

static void
test_missing_folder_and_folder_target (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
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
  hc_test_remove_tree (dir);
}

/* A name near the file system's limit still gets a temporary file. */
static void
test_long_name (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
  g_autofree char *base = g_strnfill (250, 'n');
  g_autofree char *path = g_build_filename (dir, base, NULL);
  g_autoptr(GError) error = NULL;

  g_assert_true (hc_atomic_file_replace (path, "long", 4, HC_ATOMIC_FILE_NONE, &error));
  g_assert_no_error (error);
  assert_contents (path, "long");
  hc_test_remove_tree (dir);
}


/* Saving through a symbolic link replaces the file it points to, in that
 * file's folder, and leaves the link a link. */
static void
test_symlink (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
  g_autofree char *real_dir = g_build_filename (dir, "real", NULL);
  g_autofree char *real = g_build_filename (real_dir, "plan.headcount", NULL);
  g_autofree char *link = g_build_filename (dir, "link.headcount", NULL);
  g_autofree char *link2 = g_build_filename (dir, "link2.headcount", NULL);
  g_autofree char *dangling = g_build_filename (dir, "new.headcount", NULL);
  g_autofree char *dangling_target = g_build_filename (real_dir, "new.headcount", NULL);
  g_autofree char *listing = NULL;
  g_autofree char *read_back = NULL;
  g_autoptr(GError) error = NULL;
  GStatBuf st;

  g_assert_cmpint (g_mkdir (real_dir, 0755), ==, 0);
  g_file_set_contents (real, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (real, 0640), ==, 0);
  g_assert_cmpint (symlink ("real/plan.headcount", link), ==, 0);
  g_assert_cmpint (symlink ("link.headcount", link2), ==, 0);

  g_assert_true (hc_atomic_file_replace (link2, "new", 3, HC_ATOMIC_FILE_NONE, &error));
  g_assert_no_error (error);
  assert_contents (real, "new");
  g_assert_cmpint (file_mode (real), ==, 0640);
  g_assert_cmpint (g_lstat (link, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  g_assert_cmpint (g_lstat (link2, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));
  read_back = g_file_read_link (link, NULL);
  g_assert_cmpstr (read_back, ==, "real/plan.headcount");
  listing = list_dir (real_dir);
  g_assert_cmpstr (listing, ==, "plan.headcount");

  /* A link to a file not there yet: the file is made where it points. */
  g_assert_cmpint (symlink ("real/new.headcount", dangling), ==, 0);
  g_assert_true (hc_atomic_file_replace (dangling, "made", 4, HC_ATOMIC_FILE_NONE, &error));
  g_assert_no_error (error);
  assert_contents (dangling_target, "made");
  g_assert_cmpint (g_lstat (dangling, &st), ==, 0);
  g_assert_true (S_ISLNK (st.st_mode));

  /* A loop of links is an error, not a hang. */
  {
    g_autofree char *a = g_build_filename (dir, "a", NULL);
    g_autofree char *b = g_build_filename (dir, "b", NULL);

    g_assert_cmpint (symlink ("b", a), ==, 0);
    g_assert_cmpint (symlink ("a", b), ==, 0);
    g_assert_false (hc_atomic_file_replace (a, "x", 1, HC_ATOMIC_FILE_NONE, &error));
    g_assert_error (error, G_IO_ERROR, G_IO_ERROR_TOO_MANY_LINKS);
  }
  hc_test_remove_tree (dir);
}

/* A rename cannot keep a hard link: atomicity wins, and the caller hears
 * of it to tell the user. */
static void
test_hard_link (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autofree char *other = g_build_filename (dir, "other.headcount", NULL);
  g_autoptr(GError) error = NULL;
  HcAtomicFileNotes notes = HC_ATOMIC_FILE_KEPT_ALL;

  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (link (path, other), ==, 0);
  g_assert_true (hc_atomic_file_replace_full (path, "new", 3, HC_ATOMIC_FILE_NONE, &notes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notes, ==, HC_ATOMIC_FILE_LINKS_BROKEN);
  assert_contents (path, "new");
  assert_contents (other, "old");

  /* Now alone: nothing to say. */
  g_assert_true (hc_atomic_file_replace_full (path, "newer", 5, HC_ATOMIC_FILE_NONE, &notes, &error));
  g_assert_cmpint (notes, ==, HC_ATOMIC_FILE_KEPT_ALL);
  hc_test_remove_tree (dir);
}

/* Runs @func as the user "nobody" in a child process, where this test
 * runs as root; as any other user in this process.  FALSE if it failed. */
static gboolean
run_as_other_user (void (*func) (gpointer),
                   gpointer data)
{
  pid_t pid;
  int status = 0;

  if (geteuid () != 0)
    {
      func (data);
      return TRUE;
    }
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      if (setgid (65534) != 0 || setuid (65534) != 0)
        _exit (3);
      func (data);
      _exit (0);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  return WIFEXITED (status) && WEXITSTATUS (status) == 0;
}

static void
replace_others_file (gpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  HcAtomicFileNotes notes = HC_ATOMIC_FILE_KEPT_ALL;
  GStatBuf st;

  g_assert_true (hc_atomic_file_replace_full (path, "mine", 4, HC_ATOMIC_FILE_NONE, &notes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notes, ==, HC_ATOMIC_FILE_OWNER_CHANGED);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_uid, ==, geteuid ());
}

/* Owner and group are kept where the system allows (root may give a file
 * to anyone); where not, the save says so. */
static void
test_owner (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autoptr(GError) error = NULL;
  HcAtomicFileNotes notes = HC_ATOMIC_FILE_KEPT_ALL;
  GStatBuf st;

  if (geteuid () != 0)
    {
      g_test_skip ("only root can make a file of another owner to replace");
      hc_test_remove_tree (dir);
      return;
    }
  g_file_set_contents (path, "old", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (chown (path, 1234, 4321), ==, 0);
  g_assert_true (hc_atomic_file_replace_full (path, "new", 3, HC_ATOMIC_FILE_NONE, &notes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notes, ==, HC_ATOMIC_FILE_KEPT_ALL);
  g_assert_cmpint (g_stat (path, &st), ==, 0);
  g_assert_cmpint (st.st_uid, ==, 1234);
  g_assert_cmpint (st.st_gid, ==, 4321);

  /* Another user may write the file and its folder, but cannot give the
   * new file away. */
  g_assert_cmpint (g_chmod (dir, 0777), ==, 0);
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_true (run_as_other_user (replace_others_file, path));
  assert_contents (path, "mine");
  hc_test_remove_tree (dir);
}

static void
save_in_read_only_folder (gpointer data)
{
  const char *path = data;
  g_autoptr(GError) error = NULL;
  HcAtomicFileNotes notes = HC_ATOMIC_FILE_KEPT_ALL;
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *listing = NULL;
  g_autofree char *expected = NULL;

  /* Not without being asked: a crash half-way would damage the file. */
  g_assert_false (hc_atomic_file_replace_full (path, "new", 3, HC_ATOMIC_FILE_NONE, &notes, &error));
  g_assert_error (error, HC_ATOMIC_FILE_ERROR, HC_ATOMIC_FILE_ERROR_NEEDS_IN_PLACE);
  expected = g_strdup_printf ("Could not save “%s” safely: its folder “%s” does not allow new "
                              "files. The file itself can be written over, but a crash or a "
                              "full disk during that save would damage it.", path, dir);
  g_assert_cmpstr (error->message, ==, expected);
  assert_contents (path, "the old plan, longer");
  g_clear_error (&error);

  g_assert_true (hc_atomic_file_replace_full (path, "new", 3, HC_ATOMIC_FILE_IN_PLACE, &notes, &error));
  g_assert_no_error (error);
  g_assert_cmpint (notes, ==, HC_ATOMIC_FILE_WRITTEN_IN_PLACE);
  assert_contents (path, "new");
  g_assert_cmpint (file_mode (path), ==, 0666);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "plan.headcount");
}

/* A writable file in a folder that refuses new files is written in
 * place, once the caller has said so. */
static void
test_in_place (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, "the old plan, longer", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (path, 0666), ==, 0);
  g_assert_cmpint (g_chmod (dir, geteuid () == 0 ? 0755 : 0555), ==, 0);
  g_assert_true (run_as_other_user (save_in_read_only_folder, path));
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  hc_test_remove_tree (dir);
}

static void
make_old_file (const char *path)
{
  g_autoptr(GError) error = NULL;
  struct utimbuf times = { .actime = time (NULL) - 3600, .modtime = time (NULL) - 3600 };

  g_file_set_contents (path, "left by a save that was killed", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (utime (path, &times), ==, 0);
}

/* kill -9 during a save leaves its temporary file; the next save beside
 * it removes it, but not one a living save holds or one not of ours. */
static void
test_stale_temporary_files (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-atomic");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autofree char *stale = g_build_filename (dir, ".plan.headcount.Ab12Cd.tmp", NULL);
  g_autofree char *held = g_build_filename (dir, ".plan.headcount.Xy34Zw.tmp", NULL);
  g_autofree char *fresh = g_build_filename (dir, ".plan.headcount.Fr35Sh.tmp", NULL);
  g_autofree char *other = g_build_filename (dir, ".other.headcount.Qq11Rr.tmp", NULL);
  g_autofree char *not_ours = g_build_filename (dir, "plan.headcount.tmp", NULL);
  g_autofree char *listing = NULL;
  g_autoptr(GError) error = NULL;
  int fd;

  make_old_file (stale);
  make_old_file (held);
  make_old_file (other);
  make_old_file (not_ours);
  g_file_set_contents (fresh, "being written", -1, &error);
  g_assert_no_error (error);
  fd = open (held, O_RDONLY | O_CLOEXEC);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (flock (fd, LOCK_EX), ==, 0);

  g_assert_true (hc_atomic_file_replace (path, "new", 3, HC_ATOMIC_FILE_NONE, &error));
  g_assert_no_error (error);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, ".other.headcount.Qq11Rr.tmp .plan.headcount.Fr35Sh.tmp "
                                ".plan.headcount.Xy34Zw.tmp plan.headcount plan.headcount.tmp");

  /* Any target's, when asked for all (the drafts folder at start-up). */
  g_assert_cmpuint (hc_atomic_file_clean_stale (dir, NULL), ==, 1);
  g_free (listing);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, ".plan.headcount.Fr35Sh.tmp .plan.headcount.Xy34Zw.tmp "
                                "plan.headcount plan.headcount.tmp");
  close (fd);
  g_assert_cmpuint (hc_atomic_file_clean_stale (dir, "plan.headcount"), ==, 1);
  hc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  /* Before any thread exists, so the new-file mode is known; not the
   * usual 022, so that a guess of 022 would not pass. */
  umask (027);
  g_test_init (&argc, &argv, NULL);
  hc_test_set_locale ();

  g_test_add_func ("/atomic-file/new-file", test_new_file);
  g_test_add_func ("/atomic-file/mode-kept", test_mode_kept);
  g_test_add_func ("/atomic-file/abort", test_abort);
  g_test_add_func ("/atomic-file/failed-write", test_failed_write);
  g_test_add_func ("/atomic-file/refused-folder", test_refused_folder);
  g_test_add_func ("/atomic-file/missing-folder", test_missing_folder_and_folder_target);
  g_test_add_func ("/atomic-file/long-name", test_long_name);
  g_test_add_func ("/atomic-file/symlink", test_symlink);
  g_test_add_func ("/atomic-file/hard-link", test_hard_link);
  g_test_add_func ("/atomic-file/owner", test_owner);
  g_test_add_func ("/atomic-file/in-place", test_in_place);
  g_test_add_func ("/atomic-file/stale-temporary-files", test_stale_temporary_files);
  return g_test_run ();
}
