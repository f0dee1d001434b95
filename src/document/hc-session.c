/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-session"

#include "config.h"

#include <errno.h>
#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <sys/stat.h>

#include "hc-atomic-file.h"
#include "hc-plan-io.h"
#include "hc-session.h"

/* A draft is written this long after the last change… */
#define DEFAULT_DRAFT_DELAY_MSEC 2000
/* …but never later than this after the first change not in a draft yet,
 * however busy the user is. */
#define DEFAULT_DRAFT_MAX_WAIT_MSEC 10000
#define DRAFT_SUFFIX ".headcount"
#define DRAFT_INFO_SUFFIX ".draft"
#define SET_ASIDE_SUFFIX ".unreadable"

/* A document the session keeps drafts of. */
typedef struct
{
  HcSession  *session;
  HcDocument *document;   /* strong while tracked: a write in flight needs it */
  guint       timer;
  gint64      first_change;  /* monotonic µs; 0 when the draft is current */
  gboolean    writing;
  gboolean    again;         /* the timer fired while a write ran */
  gboolean    untracked;
  gboolean    keep_draft;
  gboolean    failing;       /* the last write failed */
} Tracked;

struct _HcSession
{
  GObject     parent_instance;
  char       *dir;
  char       *drafts_dir;
  char       *state_path;
  GHashTable *tracked;    /* HcDocument → Tracked */
  guint       delay;
  guint       max_wait;
  gboolean    crashed;
};

enum {
  DRAFT_WRITTEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HcSession, hc_session, G_TYPE_OBJECT)

void
hc_draft_free (HcDraft *draft)
{
  g_free (draft->id);
  g_free (draft->title);
  g_free (draft->uri);
  g_free (draft->path);
  g_free (draft);
}

static void
tracked_free (Tracked *tracked)
{
  if (tracked->timer != 0)
    g_source_remove (tracked->timer);
  g_clear_object (&tracked->document);
  g_free (tracked);
}

static void
hc_session_finalize (GObject *object)
{
  HcSession *self = HC_SESSION (object);

  g_hash_table_destroy (self->tracked);
  g_free (self->dir);
  g_free (self->drafts_dir);
  g_free (self->state_path);

  G_OBJECT_CLASS (hc_session_parent_class)->finalize (object);
}

static void
hc_session_class_init (HcSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hc_session_finalize;

  /* After each draft written in the background: @error is NULL if it
   * was written, else why not (the window tells the user). */
  signals[DRAFT_WRITTEN] =
    g_signal_new ("draft-written", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                  HC_TYPE_DOCUMENT, G_TYPE_ERROR);
}

static void
hc_session_init (HcSession *self)
{
  self->tracked = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) tracked_free);
  self->delay = DEFAULT_DRAFT_DELAY_MSEC;
  self->max_wait = DEFAULT_DRAFT_MAX_WAIT_MSEC;
}

HcSession *
hc_session_new (const char *state_dir)
{
  HcSession *self;

  g_return_val_if_fail (state_dir != NULL, NULL);

  self = g_object_new (HC_TYPE_SESSION, NULL);
  self->dir = g_build_filename (state_dir, "headcount", NULL);
  self->drafts_dir = g_build_filename (self->dir, "drafts", NULL);
  self->state_path = g_build_filename (self->dir, "session.ini", NULL);
  return self;
}

/* Everything under the state folder holds titles and paths of plans, and
 * a draft their salaries: only the user may read it. */
static gboolean
save_private_key_file (GKeyFile    *key_file,
                       const char  *path,
                       GError     **error)
{
  gsize len;
  g_autofree char *data = g_key_file_to_data (key_file, &len, NULL);

  return hc_atomic_file_replace (path, data, len, HC_ATOMIC_FILE_PRIVATE, error);
}

static void
write_clean_flag (HcSession *self,
                  gboolean   clean)
{
  g_autoptr(GKeyFile) state = g_key_file_new ();
  g_autoptr(GError) error = NULL;

  g_key_file_set_boolean (state, "session", "clean-shutdown", clean);
  if (g_mkdir_with_parents (self->dir, 0700) != 0 ||
      !save_private_key_file (state, self->state_path, &error))
    g_message ("Cannot record the session state in %s: %s", self->state_path,
               error != NULL ? error->message : g_strerror (errno));
}

/* Earlier versions wrote some of these files 0644 (and a user's umask
 * may have made a folder readable): whatever is under the state folder
 * is made the user's alone. */
static void
make_private (const char *path,
              guint       depth)
{
  GStatBuf st;
  g_autoptr(GDir) dir = NULL;
  const char *name;

  if (g_lstat (path, &st) != 0 || S_ISLNK (st.st_mode))
    return;
  if (S_ISREG (st.st_mode))
    {
      if ((st.st_mode & 07777) != 0600)
        g_chmod (path, 0600);
      return;
    }
  if (!S_ISDIR (st.st_mode) || depth > 4)
    return;
  if ((st.st_mode & 07777) != 0700)
    g_chmod (path, 0700);
  dir = g_dir_open (path, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      make_private (child, depth + 1);
    }
}

void
hc_session_start (HcSession *self)
{
  g_autoptr(GKeyFile) state = g_key_file_new ();

  g_return_if_fail (HC_IS_SESSION (self));

  /* One instance runs per session, so no save of ours is alive here. */
  hc_atomic_file_clean_stale (self->drafts_dir, NULL);
  hc_atomic_file_clean_stale (self->dir, NULL);
  make_private (self->dir, 0);

  /* No state file: a first run, nothing can have been lost. */
  if (g_key_file_load_from_file (state, self->state_path, G_KEY_FILE_NONE, NULL))
    self->crashed = !g_key_file_get_boolean (state, "session", "clean-shutdown", NULL);
  else
    self->crashed = FALSE;
  write_clean_flag (self, FALSE);
}

void
hc_session_shutdown (HcSession *self)
{
  g_return_if_fail (HC_IS_SESSION (self));

  write_clean_flag (self, TRUE);
}

gboolean
hc_session_get_crashed (HcSession *self)
{
  g_return_val_if_fail (HC_IS_SESSION (self), FALSE);
  return self->crashed;
}

char *
hc_session_get_draft_path (HcSession  *self,
                           const char *draft_id)
{
  g_autofree char *name = g_strconcat (draft_id, DRAFT_SUFFIX, NULL);

  return g_build_filename (self->drafts_dir, name, NULL);
}

static char *
get_info_path (HcSession  *self,
               const char *draft_id)
{
  g_autofree char *name = g_strconcat (draft_id, DRAFT_INFO_SUFFIX, NULL);

  return g_build_filename (self->drafts_dir, name, NULL);
}

static HcDraft *
read_draft (HcSession  *self,
            const char *info_name)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *info_path = g_build_filename (self->drafts_dir, info_name, NULL);
  HcDraft *draft;

  if (!g_key_file_load_from_file (info, info_path, G_KEY_FILE_NONE, NULL))
    return NULL;
  draft = g_new0 (HcDraft, 1);
  draft->id = g_strndup (info_name, strlen (info_name) - strlen (DRAFT_INFO_SUFFIX));
  draft->title = g_key_file_get_string (info, "draft", "title", NULL);
  draft->uri = g_key_file_get_string (info, "draft", "uri", NULL);
  draft->path = hc_session_get_draft_path (self, draft->id);
  if (!g_file_test (draft->path, G_FILE_TEST_IS_REGULAR))
    g_clear_pointer (&draft, hc_draft_free);
  return draft;
}

/* When a draft was last written, to the microsecond; 0 if unknown. */
static gint64
draft_time (const HcDraft *draft)
{
  GStatBuf st;

  if (draft->path == NULL || g_stat (draft->path, &st) != 0)
    return 0;
  return (gint64) st.st_mtim.tv_sec * G_USEC_PER_SEC + st.st_mtim.tv_nsec / 1000;
}

/* A folder's order is no order: the last work first, then by name. */
static int
compare_newest_first (gconstpointer a,
                      gconstpointer b,
                      gpointer      data)
{
  const HcDraft *da = *(HcDraft * const *) a;
  const HcDraft *db = *(HcDraft * const *) b;
  gint64 ta = draft_time (da), tb = draft_time (db);

  if (ta != tb)
    return ta > tb ? -1 : 1;
  return g_strcmp0 (da->id, db->id);
}

GPtrArray *
hc_session_list_drafts (HcSession *self)
{
  GPtrArray *drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_draft_free);
  g_autoptr(GDir) dir = NULL;
  const char *name;

  g_return_val_if_fail (HC_IS_SESSION (self), drafts);

  dir = g_dir_open (self->drafts_dir, 0, NULL);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      HcDraft *draft;

      if (!g_str_has_suffix (name, DRAFT_INFO_SUFFIX))
        continue;
      if ((draft = read_draft (self, name)) != NULL)
        g_ptr_array_add (drafts, draft);
    }
  g_ptr_array_sort_with_data (drafts, compare_newest_first, NULL);
  return drafts;
}

void
hc_session_remove_draft (HcSession  *self,
                         const char *draft_id)
{
  g_autofree char *path = NULL;
  g_autofree char *info_path = NULL;

  g_return_if_fail (HC_IS_SESSION (self));
  g_return_if_fail (draft_id != NULL);

  path = hc_session_get_draft_path (self, draft_id);
  info_path = get_info_path (self, draft_id);
  g_unlink (info_path);
  g_unlink (path);
}

/* What a draft is made of, taken from the document on the main loop so
 * that the worker never sees the live plan. */
typedef struct
{
  char   *drafts_dir;
  char   *path;
  char   *info_path;
  GBytes *bytes;
  char   *title;
  char   *uri;
} DraftJob;

static void
draft_job_free (DraftJob *job)
{
  g_free (job->drafts_dir);
  g_free (job->path);
  g_free (job->info_path);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job->title);
  g_free (job->uri);
  g_free (job);
}

/* NULL, with @error set, if the draft could not be read again (it is too
 * large for the loader): writing it would lose the work all the same. */
static DraftJob *
draft_job_new (HcSession   *self,
               HcDocument  *document,
               GError     **error)
{
  DraftJob *job;
  GFile *file = hc_document_get_file (document);
  GBytes *bytes = hc_document_get_bytes (document);
  const char *id = hc_document_get_draft_id (document);

  if (!hc_plan_check_save_size (hc_document_get_plan (document), bytes, error))
    return NULL;
  job = g_new0 (DraftJob, 1);
  job->drafts_dir = g_strdup (self->drafts_dir);
  job->path = hc_session_get_draft_path (self, id);
  job->info_path = get_info_path (self, id);
  job->bytes = g_bytes_ref (bytes);
  job->title = hc_document_dup_title (document);
  job->uri = file != NULL ? g_file_get_uri (file) : NULL;
  return job;
}

static gboolean
draft_job_write (DraftJob  *job,
                 GError   **error)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();

  if (g_mkdir_with_parents (job->drafts_dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (job->drafts_dir);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not make the drafts folder “%s”: %s"), name,
                   g_strerror (saved_errno));
      return FALSE;
    }
  g_key_file_set_string (info, "draft", "title", job->title);
  if (job->uri != NULL)
    g_key_file_set_string (info, "draft", "uri", job->uri);
  /* The plan first, its description second: a draft listed is complete. */
  return hc_atomic_file_replace (job->path, g_bytes_get_data (job->bytes, NULL),
                                 g_bytes_get_size (job->bytes), HC_ATOMIC_FILE_PRIVATE, error) &&
         save_private_key_file (info, job->info_path, error);
}

gboolean
hc_session_write_draft (HcSession   *self,
                        HcDocument  *document,
                        GError     **error)
{
  DraftJob *job;
  gboolean ok;

  g_return_val_if_fail (HC_IS_SESSION (self), FALSE);
  g_return_val_if_fail (HC_IS_DOCUMENT (document), FALSE);

  if (!hc_document_get_modified (document))
    {
      hc_session_remove_draft (self, hc_document_get_draft_id (document));
      return TRUE;
    }
  job = draft_job_new (self, document, error);
  if (job == NULL)
    return FALSE;
  ok = draft_job_write (job, error);
  draft_job_free (job);
  return ok;
}

static void start_write (Tracked *tracked);

static void
report (Tracked      *tracked,
        const GError *error)
{
  if (error != NULL)
    g_message ("Cannot write a draft: %s", error->message);
  tracked->failing = error != NULL;
  g_signal_emit (tracked->session, signals[DRAFT_WRITTEN], 0, tracked->document, error);
}

static void
write_in_thread (GTask        *task,
                 gpointer      source_object,
                 gpointer      task_data,
                 GCancellable *cancellable)
{
  GError *error = NULL;

  if (draft_job_write (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void
on_draft_job_done (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  HcSession *self = HC_SESSION (object);
  Tracked *tracked = user_data;
  g_autoptr(GError) error = NULL;

  g_task_propagate_boolean (G_TASK (result), &error);
  tracked->writing = FALSE;
  if (tracked->untracked)
    {
      /* Untracked while the write ran: the draft goes if it was to go. */
      if (!tracked->keep_draft)
        hc_session_remove_draft (self, hc_document_get_draft_id (tracked->document));
      tracked_free (tracked);
      return;
    }
  report (tracked, error);
  if (tracked->again)
    {
      tracked->again = FALSE;
      start_write (tracked);
    }
}

/* The state is taken here, on the main loop; the disk is the worker's. */
static void
start_write (Tracked *tracked)
{
  HcSession *self = tracked->session;
  g_autoptr(GError) error = NULL;
  g_autoptr(GTask) task = NULL;
  DraftJob *job;

  if (tracked->writing)
    {
      tracked->again = TRUE;
      return;
    }
  tracked->first_change = 0;
  if (!hc_document_get_modified (tracked->document))
    {
      hc_session_remove_draft (self, hc_document_get_draft_id (tracked->document));
      return;
    }
  job = draft_job_new (self, tracked->document, &error);
  if (job == NULL)
    {
      report (tracked, error);
      return;
    }
  tracked->writing = TRUE;
  task = g_task_new (self, NULL, on_draft_job_done, tracked);
  g_task_set_source_tag (task, start_write);
  g_task_set_task_data (task, job, (GDestroyNotify) draft_job_free);
  g_task_run_in_thread (task, write_in_thread);
}

static gboolean
on_draft_timeout (gpointer user_data)
{
  Tracked *tracked = user_data;

  tracked->timer = 0;
  start_write (tracked);
  return G_SOURCE_REMOVE;
}

/* Debounced, with a maximum wait: each change puts the draft off by the
 * delay, but never past max_wait after the first change not yet in a
 * draft, so a user who never pauses loses at most that much. */
static void
on_document_changed (HcSession  *self,
                     HcDocument *document)
{
  Tracked *tracked = g_hash_table_lookup (self->tracked, document);
  gint64 now = g_get_monotonic_time ();
  gint64 due;

  if (tracked == NULL)
    return;
  if (tracked->first_change == 0)
    tracked->first_change = now;
  due = MIN (now + (gint64) self->delay * 1000,
             tracked->first_change + (gint64) self->max_wait * 1000);
  if (tracked->timer != 0)
    g_source_remove (tracked->timer);
  tracked->timer = g_timeout_add_full (G_PRIORITY_DEFAULT,
                                       (guint) (MAX (due - now, 0) / 1000),
                                       on_draft_timeout, tracked, NULL);
}

static void
on_document_modified (HcSession  *self,
                      GParamSpec *pspec,
                      HcDocument *document)
{
  on_document_changed (self, document);
}

void
hc_session_set_draft_delay (HcSession *self,
                            guint      msec)
{
  g_return_if_fail (HC_IS_SESSION (self));
  self->delay = msec;
}

void
hc_session_set_draft_max_wait (HcSession *self,
                               guint      msec)
{
  g_return_if_fail (HC_IS_SESSION (self));
  self->max_wait = msec;
}

void
hc_session_track (HcSession  *self,
                  HcDocument *document)
{
  Tracked *tracked;

  g_return_if_fail (HC_IS_SESSION (self));
  g_return_if_fail (HC_IS_DOCUMENT (document));

  if (g_hash_table_contains (self->tracked, document))
    return;
  tracked = g_new0 (Tracked, 1);
  tracked->session = self;
  tracked->document = g_object_ref (document);
  g_hash_table_insert (self->tracked, document, tracked);
  g_signal_connect_object (document, "changed",
                           G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified",
                           G_CALLBACK (on_document_modified), self,
                           G_CONNECT_SWAPPED);
  /* A restored draft must be on disk again soon, not a few seconds
   * after its next edit. */
  if (hc_document_get_modified (document))
    on_document_changed (self, document);
}

void
hc_session_untrack (HcSession  *self,
                    HcDocument *document,
                    gboolean    keep_draft)
{
  Tracked *tracked;

  g_return_if_fail (HC_IS_SESSION (self));
  g_return_if_fail (HC_IS_DOCUMENT (document));

  g_signal_handlers_disconnect_by_data (document, self);
  tracked = g_hash_table_lookup (self->tracked, document);
  if (tracked != NULL && tracked->writing)
    {
      /* The write in flight finishes first, then this is done. */
      g_hash_table_steal (self->tracked, document);
      if (tracked->timer != 0)
        g_source_remove (tracked->timer);
      tracked->timer = 0;
      tracked->untracked = TRUE;
      tracked->keep_draft = keep_draft;
      return;
    }
  g_hash_table_remove (self->tracked, document);
  if (!keep_draft)
    hc_session_remove_draft (self, hc_document_get_draft_id (document));
}

gboolean
hc_session_set_aside_draft (HcSession   *self,
                            const char  *draft_id,
                            char       **set_aside_path,
                            GError     **error)
{
  g_autofree char *path = NULL;
  g_autofree char *info_path = NULL;
  g_autofree char *aside = NULL;
  g_autofree char *info_aside = NULL;

  g_return_val_if_fail (HC_IS_SESSION (self), FALSE);
  g_return_val_if_fail (draft_id != NULL, FALSE);

  path = hc_session_get_draft_path (self, draft_id);
  info_path = get_info_path (self, draft_id);
  aside = g_strconcat (path, SET_ASIDE_SUFFIX, NULL);
  info_aside = g_strconcat (info_path, SET_ASIDE_SUFFIX, NULL);
  /* The plan first: once its description is gone too, it is no longer
   * offered; the bytes stay for whoever wants to look at them. */
  if (g_rename (path, aside) != 0 || g_rename (info_path, info_aside) != 0)
    {
      int saved_errno = errno;
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   _("Could not set the draft “%s” aside: %s"), name, g_strerror (saved_errno));
      return FALSE;
    }
  if (set_aside_path != NULL)
    *set_aside_path = g_steal_pointer (&aside);
  return TRUE;
}
