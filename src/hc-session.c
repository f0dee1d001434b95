/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-session"

#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>

#include "hc-atomic-file.h"
#include "hc-session.h"

#define DEFAULT_DRAFT_DELAY_MSEC 3000
#define DRAFT_SUFFIX ".headcount"
#define DRAFT_INFO_SUFFIX ".draft"

struct _HcSession
{
  GObject     parent_instance;
  char       *dir;
  char       *drafts_dir;
  char       *state_path;
  GHashTable *timers;     /* HcDocument → source id */
  guint       delay;
  gboolean    crashed;
};

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
remove_timer (gpointer data)
{
  guint id = GPOINTER_TO_UINT (data);

  if (id != 0)
    g_source_remove (id);
}

static void
hc_session_finalize (GObject *object)
{
  HcSession *self = HC_SESSION (object);

  g_hash_table_destroy (self->timers);
  g_free (self->dir);
  g_free (self->drafts_dir);
  g_free (self->state_path);

  G_OBJECT_CLASS (hc_session_parent_class)->finalize (object);
}

static void
hc_session_class_init (HcSessionClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hc_session_finalize;
}

static void
hc_session_init (HcSession *self)
{
  self->timers = g_hash_table_new_full (NULL, NULL, NULL, remove_timer);
  self->delay = DEFAULT_DRAFT_DELAY_MSEC;
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

void
hc_session_start (HcSession *self)
{
  g_autoptr(GKeyFile) state = g_key_file_new ();

  g_return_if_fail (HC_IS_SESSION (self));

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

static gboolean
write_draft_info (HcSession   *self,
                  HcDocument  *document,
                  GError     **error)
{
  g_autoptr(GKeyFile) info = g_key_file_new ();
  g_autofree char *title = hc_document_dup_title (document);
  g_autofree char *info_path = get_info_path (self, hc_document_get_draft_id (document));
  GFile *file = hc_document_get_file (document);

  g_key_file_set_string (info, "draft", "title", title);
  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_key_file_set_string (info, "draft", "uri", uri);
    }
  return save_private_key_file (info, info_path, error);
}

gboolean
hc_session_write_draft (HcSession   *self,
                        HcDocument  *document,
                        GError     **error)
{
  g_autofree char *path = NULL;
  GBytes *bytes;

  g_return_val_if_fail (HC_IS_SESSION (self), FALSE);
  g_return_val_if_fail (HC_IS_DOCUMENT (document), FALSE);

  if (!hc_document_get_modified (document))
    {
      hc_session_remove_draft (self, hc_document_get_draft_id (document));
      return TRUE;
    }
  if (g_mkdir_with_parents (self->drafts_dir, 0700) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", self->drafts_dir, g_strerror (saved_errno));
      return FALSE;
    }
  /* The plan first, its description second: a draft listed is complete. */
  path = hc_session_get_draft_path (self, hc_document_get_draft_id (document));
  bytes = hc_document_get_bytes (document);
  return hc_atomic_file_replace (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                 HC_ATOMIC_FILE_PRIVATE, error) &&
         write_draft_info (self, document, error);
}

typedef struct
{
  HcSession  *session;
  HcDocument *document;
} DraftTimer;

static gboolean
on_draft_timeout (gpointer user_data)
{
  DraftTimer *timer = user_data;
  g_autoptr(GError) error = NULL;

  /* The table's destroy function must not remove a source that is ending. */
  g_hash_table_steal (timer->session->timers, timer->document);
  if (!hc_session_write_draft (timer->session, timer->document, &error))
    g_message ("Cannot write a draft: %s", error->message);
  return G_SOURCE_REMOVE;
}

static void
on_document_changed (HcSession  *self,
                     HcDocument *document)
{
  DraftTimer *timer = g_new0 (DraftTimer, 1);
  guint id;

  timer->session = self;
  timer->document = document;
  /* Debounced: each change restarts the wait. */
  id = g_timeout_add_full (G_PRIORITY_DEFAULT, self->delay, on_draft_timeout,
                           timer, g_free);
  g_hash_table_replace (self->timers, document, GUINT_TO_POINTER (id));
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
hc_session_track (HcSession  *self,
                  HcDocument *document)
{
  g_return_if_fail (HC_IS_SESSION (self));
  g_return_if_fail (HC_IS_DOCUMENT (document));

  g_signal_connect_object (document, "changed",
                           G_CALLBACK (on_document_changed), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified",
                           G_CALLBACK (on_document_modified), self,
                           G_CONNECT_SWAPPED);
  /* A restored draft must be on disk again at once, not a few seconds
   * after its next edit. */
  if (hc_document_get_modified (document))
    on_document_changed (self, document);
}

void
hc_session_untrack (HcSession  *self,
                    HcDocument *document,
                    gboolean    keep_draft)
{
  g_return_if_fail (HC_IS_SESSION (self));
  g_return_if_fail (HC_IS_DOCUMENT (document));

  g_hash_table_remove (self->timers, document);
  g_signal_handlers_disconnect_by_data (document, self);
  if (!keep_draft)
    hc_session_remove_draft (self, hc_document_get_draft_id (document));
}
