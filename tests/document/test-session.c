/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-session"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "headcount-core.h"
#include "hc-document.h"
#include "hc-session.h"
#include "../hc-test.h"

/* Drafts and saves, without a window: the session on its real timers
 * (short ones) and the document's saves against files other programs
 * change. */

static int
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_cmpint (g_stat (path, &st), ==, 0);
  return st.st_mode & 07777;
}

static void
spin_for (guint msec)
{
  gint64 end = g_get_monotonic_time () + (gint64) msec * 1000;

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE), g_usleep (2000);
}

/* Runs the main loop until @check says yes, or fails after @msec. */
static void
wait_until (gboolean (*check) (gpointer), gpointer data, guint msec)
{
  gint64 end = g_get_monotonic_time () + (gint64) msec * 1000;

  while (!check (data))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (2000);
    }
}

/* A user who types one key every 150 ms never pauses for the 400 ms
 * debounce; the draft is written all the same, at the 1 s maximum wait,
 * not after the typing stops. */
static void
test_draft_during_continuous_edits (void)
{
  g_autofree char *state = hc_test_make_temp_dir ("test-session");
  g_autoptr(HcSession) session = hc_session_new (state);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  g_autofree char *path = hc_session_get_draft_path (session, hc_document_get_draft_id (document));
  gint64 start, written = 0;
  g_autoptr(HcPlan) read_back = NULL;
  g_autoptr(GFile) file = NULL;

  hc_session_set_draft_delay (session, 400);
  hc_session_set_draft_max_wait (session, 1000);
  hc_session_track (session, document);
  start = g_get_monotonic_time ();
  for (guint i = 0; i < 20; i++)
    {
      g_autofree char *title = g_strdup_printf ("Typed %u", i);

      hc_plan_set_title (plan, title);
      spin_for (150);
      if (written == 0 && g_file_test (path, G_FILE_TEST_IS_REGULAR))
        written = g_get_monotonic_time ();
    }
  /* 3 s of typing: the draft came at about 1 s, while it went on. */
  g_assert_cmpint (written, !=, 0);
  g_assert_cmpint (written - start, <, 2000 * 1000);
  /* And it is kept current: the last one holds the last title. */
  spin_for (600);
  file = g_file_new_for_path (path);
  read_back = hc_plan_load_from_file (file, NULL, NULL);
  g_assert_nonnull (read_back);
  g_assert_cmpstr (hc_plan_get_title (read_back), ==, "Typed 19");
  g_assert_cmpint (file_mode (path), ==, 0600);
  hc_session_untrack (session, document, FALSE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  hc_test_remove_tree (state);
}

typedef struct
{
  guint   calls;
  GError *error;
} DraftReport;

static void
on_draft_written (HcSession    *session,
                  HcDocument   *document,
                  const GError *error,
                  DraftReport  *report)
{
  report->calls++;
  g_clear_error (&report->error);
  if (error != NULL)
    report->error = g_error_copy (error);
}

static gboolean
reported (gpointer data)
{
  return ((DraftReport *) data)->calls > 0;
}

/* A drafts folder that cannot be written is said, not only logged. */
static void
test_draft_failure_reported (void)
{
  g_autofree char *state = hc_test_make_temp_dir ("test-session");
  g_autofree char *app_dir = g_build_filename (state, "headcount", NULL);
  g_autofree char *drafts = g_build_filename (app_dir, "drafts", NULL);
  g_autoptr(HcSession) session = hc_session_new (state);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  g_autoptr(GError) error = NULL;
  DraftReport report = { 0 };

  /* A file where the folder should be: refused even to root. */
  g_assert_cmpint (g_mkdir (app_dir, 0700), ==, 0);
  g_file_set_contents (drafts, "", 0, &error);
  g_assert_no_error (error);
  g_signal_connect (session, "draft-written", G_CALLBACK (on_draft_written), &report);
  hc_session_set_draft_delay (session, 50);
  hc_session_track (session, document);
  hc_plan_set_title (plan, "Unsaved");
  wait_until (reported, &report, 5000);
  g_assert_nonnull (report.error);
  g_assert_nonnull (strstr (report.error->message, drafts));

  /* Fixed: the next draft says so. */
  g_assert_cmpint (g_unlink (drafts), ==, 0);
  report.calls = 0;
  hc_plan_set_title (plan, "Unsaved again");
  wait_until (reported, &report, 5000);
  g_assert_null (report.error);
  hc_session_untrack (session, document, FALSE);
  hc_test_remove_tree (state);
}

/* Every file under the state folder is the user's alone, those an older
 * version left readable by others too. */
static void
test_state_files_private (void)
{
  g_autofree char *state = hc_test_make_temp_dir ("test-session");
  g_autofree char *app_dir = g_build_filename (state, "headcount", NULL);
  g_autofree char *drafts = g_build_filename (app_dir, "drafts", NULL);
  g_autofree char *ini = g_build_filename (app_dir, "session.ini", NULL);
  g_autofree char *old_info = g_build_filename (drafts, "old.draft", NULL);
  g_autofree char *old_plan = g_build_filename (drafts, "old.headcount", NULL);
  g_autofree char *stale = g_build_filename (drafts, ".x.headcount.AbC123.tmp", NULL);
  g_autoptr(HcSession) session = hc_session_new (state);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *info = NULL;
  g_autofree char *draft = NULL;
  struct utimbuf old = { .actime = time (NULL) - 3600, .modtime = time (NULL) - 3600 };

  g_assert_cmpint (g_mkdir_with_parents (drafts, 0755), ==, 0);
  g_assert_cmpint (g_chmod (app_dir, 0755), ==, 0);
  g_file_set_contents (ini, "[session]\nclean-shutdown=true\n", -1, &error);
  g_file_set_contents (old_info, "[draft]\ntitle=Salaries\n", -1, &error);
  g_file_set_contents (old_plan, "{}", -1, &error);
  g_file_set_contents (stale, "half a plan", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (utime (stale, &old), ==, 0);
  g_assert_cmpint (g_chmod (ini, 0644), ==, 0);
  g_assert_cmpint (g_chmod (old_info, 0644), ==, 0);
  g_assert_cmpint (g_chmod (old_plan, 0644), ==, 0);

  hc_session_start (session);
  g_assert_cmpint (file_mode (app_dir), ==, 0700);
  g_assert_cmpint (file_mode (drafts), ==, 0700);
  g_assert_cmpint (file_mode (ini), ==, 0600);
  g_assert_cmpint (file_mode (old_info), ==, 0600);
  g_assert_cmpint (file_mode (old_plan), ==, 0600);
  g_assert_false (g_file_test (stale, G_FILE_TEST_EXISTS));

  hc_plan_set_title (plan, "New");
  g_assert_true (hc_session_write_draft (session, document, &error));
  g_assert_no_error (error);
  draft = hc_session_get_draft_path (session, hc_document_get_draft_id (document));
  info = g_strconcat (state, "/headcount/drafts/", hc_document_get_draft_id (document), ".draft", NULL);
  g_assert_cmpint (file_mode (draft), ==, 0600);
  g_assert_cmpint (file_mode (info), ==, 0600);
  hc_session_shutdown (session);
  g_assert_cmpint (file_mode (ini), ==, 0600);
  hc_test_remove_tree (state);
}

/* Many drafts are listed the last written first, whatever order their
 * folder gives. */
static void
test_drafts_newest_first (void)
{
  g_autofree char *state = hc_test_make_temp_dir ("test-session");
  g_autoptr(HcSession) session = hc_session_new (state);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  /* Written in an order no folder keeps: their times say which is new. */
  const guint age[] = { 3, 7, 1, 5, 0, 6, 2, 4 };

  for (guint i = 0; i < G_N_ELEMENTS (age); i++)
    {
      g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
      g_autofree char *title = g_strdup_printf ("%u days old", age[i]);
      g_autofree char *path = NULL;
      HcDocument *document;
      struct utimbuf then = { .actime = time (NULL) - age[i] * 86400,
                              .modtime = time (NULL) - age[i] * 86400 };

      document = hc_document_new (plan, NULL);
      hc_plan_set_title (plan, title);
      g_ptr_array_add (documents, document);
      g_assert_true (hc_session_write_draft (session, document, &error));
      g_assert_no_error (error);
      path = hc_session_get_draft_path (session, hc_document_get_draft_id (document));
      g_assert_cmpint (utime (path, &then), ==, 0);
    }
  drafts = hc_session_list_drafts (session);
  g_assert_cmpuint (drafts->len, ==, G_N_ELEMENTS (age));
  for (guint i = 0; i < drafts->len; i++)
    {
      g_autofree char *title = g_strdup_printf ("%u days old", i);

      g_assert_cmpstr (((HcDraft *) g_ptr_array_index (drafts, i))->title, ==, title);
    }
  hc_test_remove_tree (state);
}

/* A draft that cannot be read is set aside, with its bytes, and is no
 * longer offered; the good one stays. */
static void
test_set_aside_draft (void)
{
  g_autofree char *state = hc_test_make_temp_dir ("test-session");
  g_autoptr(HcSession) session = hc_session_new (state);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) good = hc_document_new (plan, NULL);
  g_autoptr(HcPlan) plan2 = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) bad = hc_document_new (plan2, NULL);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *bad_path = NULL;
  g_autofree char *aside = NULL;

  hc_plan_set_title (plan, "Good");
  hc_plan_set_title (plan2, "Bad");
  g_assert_true (hc_session_write_draft (session, good, &error));
  g_assert_true (hc_session_write_draft (session, bad, &error));
  g_assert_no_error (error);
  bad_path = hc_session_get_draft_path (session, hc_document_get_draft_id (bad));
  g_file_set_contents (bad_path, "{\"format\": \"headc", -1, &error);
  g_assert_no_error (error);
  drafts = hc_session_list_drafts (session);
  g_assert_cmpuint (drafts->len, ==, 2);
  g_clear_pointer (&drafts, g_ptr_array_unref);

  g_assert_true (hc_session_set_aside_draft (session, hc_document_get_draft_id (bad), &aside, &error));
  g_assert_no_error (error);
  g_assert_true (g_str_has_prefix (aside, bad_path));
  g_assert_true (g_file_test (aside, G_FILE_TEST_IS_REGULAR));
  g_assert_false (g_file_test (bad_path, G_FILE_TEST_EXISTS));
  drafts = hc_session_list_drafts (session);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_cmpstr (((HcDraft *) g_ptr_array_index (drafts, 0))->title, ==, "Good");
  hc_test_remove_tree (state);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
  HcAtomicFileNotes notes;
} SaveResult;

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveResult *r = user_data;

  r->ok = hc_document_save_full_finish (HC_DOCUMENT (object), result, &r->notes, &r->error);
  r->done = TRUE;
}

static gboolean
save_done (gpointer data)
{
  return ((SaveResult *) data)->done;
}

static void
save (HcDocument          *document,
      GFile               *file,
      HcDocumentSaveFlags  flags,
      SaveResult          *r)
{
  g_clear_error (&r->error);
  r->done = FALSE;
  hc_document_save_full_async (document, file, flags, NULL, on_saved, r);
  wait_until (save_done, r, 10000);
}

/* Another program changes the file after it was opened: Save does not
 * overwrite it, "Save Anyway" does. */
static void
test_save_conflict (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-session");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autoptr(HcPlan) other = NULL;
  g_autoptr(GFile) other_file = NULL;
  g_autofree char *other_path = g_build_filename (dir, "copy.headcount", NULL);
  SaveResult r = { 0 };

  g_assert_true (hc_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  document = hc_document_new (plan, file);

  /* Another program writes its own title and notes. */
  other = hc_template_load ("five-person", NULL);
  hc_plan_set_title (other, "The other program's title");
  g_assert_true (hc_plan_save_to_file (other, file, NULL, &error));
  {
    /* Same second as the first write on a coarse file system: the
     * etag is to the microsecond, but make it plainly different. */
    struct utimbuf later = { .actime = time (NULL) + 5, .modtime = time (NULL) + 5 };
    g_assert_cmpint (utime (path, &later), ==, 0);
  }

  hc_plan_set_title (plan, "Mine");
  save (document, NULL, HC_DOCUMENT_SAVE_NONE, &r);
  g_assert_false (r.ok);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_assert_true (hc_document_get_modified (document));
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_nonnull (strstr (contents, "The other program's title"));

  /* Save As elsewhere is no conflict. */
  other_file = g_file_new_for_path (other_path);
  save (document, other_file, HC_DOCUMENT_SAVE_NONE, &r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);

  /* Back to the first file: the document's file is now the copy, so
   * this is a Save As over a file the user chose. */
  save (document, file, HC_DOCUMENT_SAVE_NONE, &r);
  g_assert_true (r.ok);
  g_free (contents);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_nonnull (strstr (contents, "Mine"));

  /* Its own save again, nobody else wrote: no question. */
  hc_plan_set_title (plan, "Mine again");
  save (document, NULL, HC_DOCUMENT_SAVE_NONE, &r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_false (hc_document_get_modified (document));

  /* Changed again by another program; the user says Save Anyway. */
  g_assert_true (hc_plan_save_to_file (other, file, NULL, &error));
  {
    struct utimbuf later = { .actime = time (NULL) + 10, .modtime = time (NULL) + 10 };
    g_assert_cmpint (utime (path, &later), ==, 0);
  }
  hc_plan_set_title (plan, "Mine, anyway");
  save (document, NULL, HC_DOCUMENT_SAVE_NONE, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  save (document, NULL, HC_DOCUMENT_SAVE_OVERWRITE, &r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_free (contents);
  g_file_get_contents (path, &contents, NULL, &error);
  g_assert_nonnull (strstr (contents, "Mine, anyway"));

  /* After a reload the file's state is what the document knows. */
  g_assert_true (hc_plan_save_to_file (other, file, NULL, &error));
  {
    struct utimbuf later = { .actime = time (NULL) + 15, .modtime = time (NULL) + 15 };
    g_assert_cmpint (utime (path, &later), ==, 0);
  }
  {
    g_autoptr(HcPlan) reloaded = hc_plan_load_from_file (file, NULL, &error);

    hc_document_assign_plan (document, reloaded, "Reload", TRUE);
  }
  hc_plan_set_title (plan, "After reload");
  save (document, NULL, HC_DOCUMENT_SAVE_NONE, &r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_clear_error (&r.error);
  hc_test_remove_tree (dir);
}

typedef struct
{
  gboolean    done;
  HcDocument *document;
} LoadResult;

static void
on_loaded (GObject      *object,
           GAsyncResult *result,
           gpointer      user_data)
{
  LoadResult *r = user_data;
  g_autoptr(GError) error = NULL;

  r->document = hc_document_load_finish (result, &error);
  g_assert_no_error (error);
  r->done = TRUE;
}

static gboolean
load_done (gpointer data)
{
  return ((LoadResult *) data)->done;
}

/* A document opened from disk (the window's way) knows what it read. */
static void
test_save_conflict_after_load (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-session");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(GError) error = NULL;
  LoadResult loaded = { 0 };
  SaveResult r = { 0 };
  struct utimbuf later = { .actime = time (NULL) + 5, .modtime = time (NULL) + 5 };

  g_assert_true (hc_plan_save_to_file (plan, file, NULL, &error));
  hc_document_load_async (file, NULL, on_loaded, &loaded);
  wait_until (load_done, &loaded, 10000);
  g_assert_false (hc_document_get_modified (loaded.document));

  /* Another program's plan; the same bytes again would be no change
   * (the content is the last word on one). */
  hc_plan_set_title (plan, "Theirs");
  g_assert_true (hc_plan_save_to_file (plan, file, NULL, &error));
  g_assert_cmpint (utime (path, &later), ==, 0);
  hc_plan_set_title (hc_document_get_plan (loaded.document), "Mine");
  save (loaded.document, NULL, HC_DOCUMENT_SAVE_NONE, &r);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG);
  g_clear_error (&r.error);
  g_clear_object (&loaded.document);
  hc_test_remove_tree (dir);
}

typedef struct
{
  gboolean  done;
  gboolean  ok;
  GError   *error;
} ReloadResult;

static void
on_reloaded (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  ReloadResult *r = user_data;

  r->ok = hc_document_reload_finish (HC_DOCUMENT (object), result, "Reload", &r->error);
  r->done = TRUE;
}

static gboolean
reload_done (gpointer data)
{
  return ((ReloadResult *) data)->done;
}

static void
reload (HcDocument   *document,
        ReloadResult *r)
{
  g_clear_error (&r->error);
  r->done = FALSE;
  hc_document_reload_async (document, NULL, on_reloaded, r);
  wait_until (reload_done, r, 10000);
}

/* Reload from Disk reads on the document's thread: the same plan object
 * takes what the file holds, as one undo step, not unsaved; the file's
 * state is the one read, so the next save does not see a conflict.  A
 * file that is gone leaves the plan as it was. */
static void
test_reload (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-session");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcPlan) other = hc_template_load ("three-person", NULL);
  g_autoptr(GError) error = NULL;
  LoadResult loaded = { 0 };
  ReloadResult r = { 0 };
  SaveResult s = { 0 };
  struct utimbuf later = { .actime = time (NULL) + 5, .modtime = time (NULL) + 5 };
  HcPlan *shown;

  g_assert_true (hc_plan_save_to_file (plan, file, NULL, &error));
  hc_document_load_async (file, NULL, on_loaded, &loaded);
  wait_until (load_done, &loaded, 10000);
  shown = hc_document_get_plan (loaded.document);

  hc_plan_set_title (other, "Changed on disk");
  g_assert_true (hc_plan_save_to_file (other, file, NULL, &error));
  g_assert_cmpint (utime (path, &later), ==, 0);
  reload (loaded.document, &r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  g_assert_true (hc_document_get_plan (loaded.document) == shown);
  g_assert_cmpstr (hc_plan_get_title (shown), ==, "Changed on disk");
  g_assert_cmpuint (hc_plan_get_headcount (shown), ==, hc_plan_get_headcount (other));
  g_assert_false (hc_document_get_modified (loaded.document));
  g_assert_cmpstr (hc_undo_stack_get_undo_label (hc_document_get_undo_stack (loaded.document)), ==, "Reload");

  hc_plan_set_title (shown, "Mine");
  save (loaded.document, NULL, HC_DOCUMENT_SAVE_NONE, &s);
  g_assert_no_error (s.error);
  g_assert_true (s.ok);

  g_assert_cmpint (g_remove (path), ==, 0);
  reload (loaded.document, &r);
  g_assert_false (r.ok);
  g_assert_error (r.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (hc_plan_get_title (shown), ==, "Mine");
  g_clear_error (&r.error);
  g_clear_error (&s.error);
  g_clear_object (&loaded.document);
  hc_test_remove_tree (dir);
}

/* A file only touched, or copied over with the same bytes, holds what
 * the document read: its stamp changed, its content did not, and Save
 * does not ask. */
static void
test_touched_file_no_conflict (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-session");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SaveResult r = { 0 };
  struct utimbuf later = { .actime = time (NULL) + 5, .modtime = time (NULL) + 5 };

  g_assert_true (hc_plan_save_to_file (plan, file, NULL, &error));
  document = hc_document_new (plan, file);
  bytes = hc_plan_to_bytes (plan);
  g_assert_true (g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL));
  g_assert_cmpint (utime (path, &later), ==, 0);
  hc_plan_set_title (plan, "Mine");
  save (document, NULL, HC_DOCUMENT_SAVE_NONE, &r);
  g_assert_no_error (r.error);
  g_assert_true (r.ok);
  hc_test_remove_tree (dir);
}

/* A plan too large to be opened again is neither saved nor drafted. */
static void
test_too_large_not_written (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-session");
  g_autofree char *path = g_build_filename (dir, "big.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  g_autoptr(HcSession) session = hc_session_new (dir);
  g_autofree char *notes = g_strnfill (HC_MAX_NOTES_LENGTH, 'n');
  g_autofree char *draft = hc_session_get_draft_path (session, hc_document_get_draft_id (document));
  g_autoptr(GError) error = NULL;
  HcPosition *first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  SaveResult r = { 0 };

  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *id = g_strdup_printf ("big-%u", i);
      g_autoptr(HcPosition) position = hc_position_new (id, hc_position_get_role_id (first),
                                                        HC_SENIORITY_MID,
                                                        hc_position_get_phase_id (first));

      hc_position_set_notes (position, notes);
      g_list_store_append (hc_plan_get_positions (plan), position);
    }
  g_object_unref (first);
  save (document, file, HC_DOCUMENT_SAVE_NONE, &r);
  g_assert_error (r.error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_true (hc_document_get_modified (document));
  g_clear_error (&r.error);

  g_assert_false (hc_session_write_draft (session, document, &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE);
  g_assert_false (g_file_test (draft, G_FILE_TEST_EXISTS));
  hc_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  hc_test_set_locale ();

  g_test_add_func ("/session/draft-during-continuous-edits", test_draft_during_continuous_edits);
  g_test_add_func ("/session/draft-failure-reported", test_draft_failure_reported);
  g_test_add_func ("/session/state-files-private", test_state_files_private);
  g_test_add_func ("/session/drafts-newest-first", test_drafts_newest_first);
  g_test_add_func ("/session/set-aside-draft", test_set_aside_draft);
  g_test_add_func ("/document/save-conflict", test_save_conflict);
  g_test_add_func ("/document/save-conflict-after-load", test_save_conflict_after_load);
  g_test_add_func ("/document/touched-file-no-conflict", test_touched_file_no_conflict);
  g_test_add_func ("/document/reload", test_reload);
  g_test_add_func ("/document/too-large-not-written", test_too_large_not_written);

  return g_test_run ();
}
