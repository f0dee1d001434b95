/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-document"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-document.h"
#include "hc-plan-io.h"

struct _HcDocument
{
  GObject       parent_instance;
  HcPlan       *plan;      /* the same object for the document's life */
  GFile        *file;
  GFileMonitor *monitor;
  GCancellable *monitor_cancellable;
  HcUndoStack  *undo;
  GBytes       *bytes;     /* the plan's bytes, made on demand; NULL after a change */
  GBytes       *on_disk;   /* what the file held when last read or written, if known */
  char         *etag;      /* the file's stamp then (query_etag), if known */
  gboolean      changed_on_disk; /* the monitor saw other content since */
  char         *draft_id;
  guint         edit_depth;
  char         *edit_label;
  char         *edit_merge_key;
  gboolean      restoring;
  gboolean      modified;
};

enum {
  PROP_0,
  PROP_PLAN,
  PROP_FILE,
  PROP_MODIFIED,
  N_PROPS
};

enum {
  CHANGED,
  CHANGED_ON_DISK,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HcDocument, hc_document, G_TYPE_OBJECT)

/* "Modified" is where the undo history stands against the last save, so
 * telling it costs nothing however large the plan. */
static void
update_modified (HcDocument *self)
{
  gboolean modified = !hc_undo_stack_is_at_save_point (self->undo);

  if (modified == self->modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

/* Turns what the plan recorded since the last step into a step, and
 * starts recording the next. */
static void
commit_change (HcDocument *self,
               const char *label,
               const char *merge_key)
{
  HcEdit *edit = hc_plan_end_recording (self->plan);

  hc_plan_begin_recording (self->plan);
  /* A "change" that put back what was there is not an edit anyone wants
   * to undo. */
  if (edit == NULL)
    return;
  hc_undo_stack_push (self->undo, label != NULL ? label : _("Edit"), merge_key, edit);
  update_modified (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_plan_changed (HcDocument *self)
{
  g_clear_pointer (&self->bytes, g_bytes_unref);
  /* Undo, redo and reload say "changed" themselves; an edit in progress
   * becomes a step when it ends. */
  if (self->restoring || self->edit_depth > 0)
    return;
  commit_change (self, NULL, NULL);
}

static void
hc_document_dispose (GObject *object)
{
  HcDocument *self = HC_DOCUMENT (object);

  if (self->plan != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->plan, self);
      if (hc_plan_is_recording (self->plan))
        hc_edit_free (hc_plan_end_recording (self->plan));
    }
  g_cancellable_cancel (self->monitor_cancellable);
  g_clear_object (&self->monitor_cancellable);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  g_clear_object (&self->plan);
  g_clear_object (&self->file);
  g_clear_object (&self->undo);

  G_OBJECT_CLASS (hc_document_parent_class)->dispose (object);
}

static void
hc_document_finalize (GObject *object)
{
  HcDocument *self = HC_DOCUMENT (object);

  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->on_disk, g_bytes_unref);
  g_free (self->etag);
  g_free (self->draft_id);
  g_free (self->edit_label);
  g_free (self->edit_merge_key);

  G_OBJECT_CLASS (hc_document_parent_class)->finalize (object);
}

static void
hc_document_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HcDocument *self = HC_DOCUMENT (object);

  switch (prop_id)
    {
    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;
    case PROP_FILE:
      g_value_set_object (value, self->file);
      break;
    case PROP_MODIFIED:
      g_value_set_boolean (value, self->modified);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_document_class_init (HcDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = hc_document_dispose;
  object_class->finalize = hc_document_finalize;
  object_class->get_property = hc_document_get_property;

  properties[PROP_PLAN] =
    g_param_spec_object ("plan", NULL, NULL, HC_TYPE_PLAN,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_FILE] =
    g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_MODIFIED] =
    g_param_spec_boolean ("modified", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  signals[CHANGED] =
    g_signal_new ("changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[CHANGED_ON_DISK] =
    g_signal_new ("changed-on-disk", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static void
hc_document_init (HcDocument *self)
{
  self->undo = hc_undo_stack_new ();
  self->draft_id = g_uuid_string_random ();
}

static void
on_disk_bytes_loaded (GObject      *object,
                      GAsyncResult *result,
                      gpointer      user_data)
{
  g_autoptr(HcDocument) self = user_data;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  bytes = g_file_load_bytes_finish (G_FILE (object), result, NULL, &error);
  if (bytes == NULL || self->on_disk == NULL || self->monitor == NULL)
    return;
  /* Our own save also wakes the monitor: only other content is news. */
  if (!g_bytes_equal (bytes, self->on_disk) &&
      !g_bytes_equal (bytes, hc_document_get_bytes (self)))
    {
      /* Seen is known: the next save asks, whatever the stamps say. */
      self->changed_on_disk = TRUE;
      g_signal_emit (self, signals[CHANGED_ON_DISK], 0);
    }
}

static void
on_file_monitor_changed (HcDocument        *self,
                         GFile             *file,
                         GFile             *other_file,
                         GFileMonitorEvent  event,
                         GFileMonitor      *monitor)
{
  if (event != G_FILE_MONITOR_EVENT_CHANGES_DONE_HINT &&
      event != G_FILE_MONITOR_EVENT_CREATED &&
      event != G_FILE_MONITOR_EVENT_RENAMED &&
      event != G_FILE_MONITOR_EVENT_MOVED_IN)
    return;
  /* A FIFO put in the plan's place would block the read for ever. */
  if (g_file_query_file_type (self->file, G_FILE_QUERY_INFO_NONE, NULL) != G_FILE_TYPE_REGULAR)
    return;
  g_file_load_bytes_async (self->file, self->monitor_cancellable,
                           on_disk_bytes_loaded, g_object_ref (self));
}

static void
set_file (HcDocument *self,
          GFile      *file)
{
  if (self->file != NULL && file != NULL && g_file_equal (self->file, file))
    return;
  g_cancellable_cancel (self->monitor_cancellable);
  g_clear_object (&self->monitor_cancellable);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  g_set_object (&self->file, file);
  if (file != NULL)
    {
      self->monitor_cancellable = g_cancellable_new ();
      self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES,
                                           NULL, NULL);
      if (self->monitor != NULL)
        g_signal_connect_object (self->monitor, "changed",
                                 G_CALLBACK (on_file_monitor_changed), self,
                                 G_CONNECT_SWAPPED);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

/* What tells the file now from the file before, or NULL if it is not
 * there.  GIO's local etag is the modification time alone, which any
 * program can put back (sync tools do, and coarse file systems make two
 * writes look alike): with it go the change time, which no program can
 * set, the file's identity (a rename over it makes another file) and its
 * size.  A stamp that differs is a change unless the content, the last
 * word, is what was read (see save_in_thread). */
static char *
query_etag (GFile        *file,
            GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file,
                                                 G_FILE_ATTRIBUTE_ETAG_VALUE ","
                                                 G_FILE_ATTRIBUTE_TIME_CHANGED ","
                                                 G_FILE_ATTRIBUTE_TIME_CHANGED_USEC ","
                                                 G_FILE_ATTRIBUTE_ID_FILE ","
                                                 G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, cancellable, NULL);

  if (info == NULL)
    return NULL;
  return g_strdup_printf ("%s|%" G_GUINT64_FORMAT ".%06u|%s|%" G_GOFFSET_FORMAT,
                          g_file_info_get_etag (info) != NULL ? g_file_info_get_etag (info) : "",
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_TIME_CHANGED),
                          g_file_info_get_attribute_uint32 (info, G_FILE_ATTRIBUTE_TIME_CHANGED_USEC),
                          g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE) != NULL
                          ? g_file_info_get_attribute_string (info, G_FILE_ATTRIBUTE_ID_FILE) : "",
                          g_file_info_get_size (info));
}

/* The file holds what @expected holds: a stamp changed by a touch, a
 * copy of the same bytes or a backup tool is no one else's change.
 * Read only a regular file (a FIFO would block), no larger than a plan. */
static gboolean
file_holds (GFile        *file,
            GBytes       *expected,
            GCancellable *cancellable)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GBytes) now = NULL;

  if (expected == NULL)
    return FALSE;
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info == NULL || g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR ||
      g_file_info_get_size (info) != (goffset) g_bytes_get_size (expected))
    return FALSE;
  now = g_file_load_bytes (file, cancellable, NULL, NULL);
  return now != NULL && g_bytes_equal (now, expected);
}

static HcDocument *
document_new (HcPlan *plan,
              GFile  *file)
{
  HcDocument *self = g_object_new (HC_TYPE_DOCUMENT, NULL);

  self->plan = g_object_ref (plan);
  g_signal_connect_swapped (plan, "changed", G_CALLBACK (on_plan_changed), self);
  /* Always recording: a change made outside begin/end is a step too. */
  if (hc_plan_is_recording (plan))
    hc_edit_free (hc_plan_end_recording (plan));
  hc_plan_begin_recording (plan);
  set_file (self, file);
  return self;
}

HcDocument *
hc_document_new (HcPlan *plan,
                 GFile  *file)
{
  HcDocument *self;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = document_new (plan, file);
  /* A plan fresh from a template is not "unsaved" until it is edited:
   * closing it untouched loses nothing. */
  hc_undo_stack_set_save_point (self->undo, hc_undo_stack_get_state (self->undo));
  if (file != NULL)
    {
      self->on_disk = g_bytes_ref (hc_document_get_bytes (self));
      self->etag = query_etag (file, NULL);
    }
  return self;
}

HcDocument *
hc_document_new_from_draft (HcPlan     *plan,
                            GFile      *file,
                            const char *draft_id)
{
  HcDocument *self;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  self = document_new (plan, file);
  if (draft_id != NULL)
    {
      g_free (self->draft_id);
      self->draft_id = g_strdup (draft_id);
    }
  hc_undo_stack_clear_save_point (self->undo);
  self->modified = TRUE;
  return self;
}

HcPlan *
hc_document_get_plan (HcDocument *self)
{
  g_return_val_if_fail (HC_IS_DOCUMENT (self), NULL);
  return self->plan;
}

GFile *
hc_document_get_file (HcDocument *self)
{
  g_return_val_if_fail (HC_IS_DOCUMENT (self), NULL);
  return self->file;
}

gboolean
hc_document_get_modified (HcDocument *self)
{
  g_return_val_if_fail (HC_IS_DOCUMENT (self), FALSE);
  return self->modified;
}

HcUndoStack *
hc_document_get_undo_stack (HcDocument *self)
{
  g_return_val_if_fail (HC_IS_DOCUMENT (self), NULL);
  return self->undo;
}

const char *
hc_document_get_draft_id (HcDocument *self)
{
  g_return_val_if_fail (HC_IS_DOCUMENT (self), NULL);
  return self->draft_id;
}

GBytes *
hc_document_get_bytes (HcDocument *self)
{
  g_return_val_if_fail (HC_IS_DOCUMENT (self), NULL);

  /* Only drafts, saves and the disk monitor ask: an edit never writes
   * the plan out. */
  if (self->bytes == NULL)
    self->bytes = hc_plan_to_bytes (self->plan);
  return self->bytes;
}

char *
hc_document_dup_title (HcDocument *self)
{
  const char *title;

  g_return_val_if_fail (HC_IS_DOCUMENT (self), NULL);

  title = hc_plan_get_title (self->plan);
  if (title == NULL || title[0] == '\0')
    return g_strdup (_("Untitled Plan"));
  return g_strdup (title);
}

void
hc_document_begin_edit (HcDocument *self,
                        const char *label,
                        const char *merge_key)
{
  g_return_if_fail (HC_IS_DOCUMENT (self));

  if (self->edit_depth++ > 0)
    return;
  /* Whatever changed before belongs to no edit of this one. */
  commit_change (self, NULL, NULL);
  g_free (self->edit_label);
  self->edit_label = g_strdup (label);
  g_free (self->edit_merge_key);
  self->edit_merge_key = g_strdup (merge_key);
}

void
hc_document_end_edit (HcDocument *self)
{
  g_return_if_fail (HC_IS_DOCUMENT (self));
  g_return_if_fail (self->edit_depth > 0);

  if (--self->edit_depth > 0)
    return;
  commit_change (self, self->edit_label, self->edit_merge_key);
}

static gboolean
restore (HcDocument *self,
         gboolean    redo)
{
  gboolean done;

  if (self->edit_depth == 0)
    commit_change (self, NULL, NULL);
  self->restoring = TRUE;
  done = redo ? hc_undo_stack_redo (self->undo, self->plan)
              : hc_undo_stack_undo (self->undo, self->plan);
  self->restoring = FALSE;
  if (!done)
    return FALSE;
  update_modified (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

void
hc_document_cancel_edit (HcDocument *self)
{
  g_autoptr(HcEdit) edit = NULL;

  g_return_if_fail (HC_IS_DOCUMENT (self));
  g_return_if_fail (self->edit_depth == 1);

  self->edit_depth = 0;
  edit = hc_plan_end_recording (self->plan);
  if (edit != NULL)
    {
      self->restoring = TRUE;
      hc_edit_undo (edit, self->plan);
      self->restoring = FALSE;
    }
  hc_plan_begin_recording (self->plan);
  if (edit != NULL)
    g_signal_emit (self, signals[CHANGED], 0);
}

gboolean
hc_document_undo (HcDocument *self)
{
  g_return_val_if_fail (HC_IS_DOCUMENT (self), FALSE);

  return restore (self, FALSE);
}

gboolean
hc_document_redo (HcDocument *self)
{
  g_return_val_if_fail (HC_IS_DOCUMENT (self), FALSE);

  return restore (self, TRUE);
}

void
hc_document_assign_plan (HcDocument *self,
                         HcPlan     *loaded,
                         const char *label,
                         gboolean    matches_disk)
{
  HcEdit *edit;

  g_return_if_fail (HC_IS_DOCUMENT (self));
  g_return_if_fail (HC_IS_PLAN (loaded));

  if (self->edit_depth == 0)
    commit_change (self, NULL, NULL);
  self->restoring = TRUE;
  hc_plan_assign (self->plan, loaded);
  self->restoring = FALSE;
  edit = hc_plan_end_recording (self->plan);
  hc_plan_begin_recording (self->plan);
  if (edit != NULL)
    hc_undo_stack_push (self->undo, label, NULL, edit);
  if (matches_disk)
    {
      hc_undo_stack_set_save_point (self->undo, hc_undo_stack_get_state (self->undo));
      g_clear_pointer (&self->on_disk, g_bytes_unref);
      self->on_disk = g_bytes_ref (hc_document_get_bytes (self));
      if (self->file != NULL)
        {
          g_free (self->etag);
          self->etag = query_etag (self->file, NULL);
        }
      self->changed_on_disk = FALSE;
    }
  update_modified (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

typedef struct
{
  HcPlan *plan;
  char   *etag;
} Loaded;

static void
loaded_free (Loaded *loaded)
{
  g_clear_object (&loaded->plan);
  g_free (loaded->etag);
  g_free (loaded);
}

/* The one reader of a plan file on a worker thread, for opening and for
 * reloading alike.  The etag is read before the bytes: a change between
 * the two is then seen at the next save, never missed. */
static void
load_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  GFile *file = task_data;
  GError *error = NULL;
  Loaded *loaded = g_new0 (Loaded, 1);

  loaded->etag = query_etag (file, cancellable);
  loaded->plan = hc_plan_load_from_file (file, cancellable, &error);
  if (loaded->plan == NULL)
    {
      loaded_free (loaded);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, loaded, (GDestroyNotify) loaded_free);
}

void
hc_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hc_document_load_async);
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

HcDocument *
hc_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  Loaded *loaded;
  HcDocument *self;

  g_return_val_if_fail (G_IS_TASK (result), NULL);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return NULL;
  self = document_new (loaded->plan, g_task_get_task_data (G_TASK (result)));
  hc_undo_stack_set_save_point (self->undo, hc_undo_stack_get_state (self->undo));
  self->on_disk = g_bytes_ref (hc_document_get_bytes (self));
  self->etag = g_steal_pointer (&loaded->etag);
  loaded_free (loaded);
  return self;
}

void
hc_document_reload_async (HcDocument          *self,
                          GCancellable        *cancellable,
                          GAsyncReadyCallback  callback,
                          gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;

  g_return_if_fail (HC_IS_DOCUMENT (self));
  g_return_if_fail (self->file != NULL);

  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hc_document_reload_async);
  g_task_set_task_data (task, g_object_ref (self->file), g_object_unref);
  g_task_run_in_thread (task, load_in_thread);
}

gboolean
hc_document_reload_finish (HcDocument    *self,
                           GAsyncResult  *result,
                           const char    *label,
                           GError       **error)
{
  Loaded *loaded;
  gboolean same_file;

  g_return_val_if_fail (HC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  loaded = g_task_propagate_pointer (G_TASK (result), error);
  if (loaded == NULL)
    return FALSE;
  /* Saved under another name meanwhile, the document's file is not the
   * one read: what was read is then an edit like any other. */
  same_file = self->file != NULL && g_file_equal (self->file, g_task_get_task_data (G_TASK (result)));
  hc_document_assign_plan (self, loaded->plan, label, same_file);
  if (same_file && loaded->etag != NULL)
    {
      /* The etag read before the bytes, not the one after them. */
      g_free (self->etag);
      self->etag = g_steal_pointer (&loaded->etag);
    }
  loaded_free (loaded);
  return TRUE;
}

typedef struct
{
  GFile              *file;
  GBytes             *bytes;
  guint64             state;
  char               *expected_etag; /* NULL: no check */
  GBytes             *expected_bytes; /* what the file held, if known */
  gboolean            changed_on_disk; /* the monitor saw a change */
  HcDocumentSaveFlags flags;
  /* results */
  char               *etag;
  HcAtomicFileNotes   notes;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data->expected_etag);
  g_clear_pointer (&data->expected_bytes, g_bytes_unref);
  g_free (data->etag);
  g_free (data);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  SaveData *data = task_data;
  GError *error = NULL;
  HcAtomicFileFlags flags = HC_ATOMIC_FILE_NONE;

  if (data->expected_etag != NULL)
    {
      g_autofree char *now = query_etag (data->file, cancellable);

      /* A file deleted since is not another program's changes: saving
       * brings it back.  A file whose stamp changed but whose content is
       * what was read is not one either. */
      if (now != NULL &&
          (data->changed_on_disk ||
           (g_strcmp0 (now, data->expected_etag) != 0 &&
            !file_holds (data->file, data->expected_bytes, cancellable))))
        {
          g_autofree char *name = g_file_get_parse_name (data->file);

          g_task_return_new_error (task, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG,
                                   _("“%s” was changed by another program since it was "
                                     "opened; saving now would replace those changes."),
                                   name);
          return;
        }
    }
  if (data->flags & HC_DOCUMENT_SAVE_IN_PLACE)
    flags |= HC_ATOMIC_FILE_IN_PLACE;
  if (!hc_file_replace_atomically_full (data->file, data->bytes, flags, &data->notes,
                                        cancellable, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  data->etag = query_etag (data->file, NULL);
  g_task_return_boolean (task, TRUE);
}

static void
on_plan_saved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  HcDocument *self = HC_DOCUMENT (object);
  GTask *task = G_TASK (result);
  SaveData *data = g_task_get_task_data (task);

  /* A failed save changes nothing; the caller reads the error from the
   * task. */
  if (g_task_had_error (task))
    return;
  /* What is on disk is what was there when the save began; an edit made
   * while it ran keeps the document modified. */
  hc_undo_stack_set_save_point (self->undo, data->state);
  g_clear_pointer (&self->on_disk, g_bytes_unref);
  self->on_disk = g_bytes_ref (data->bytes);
  g_free (self->etag);
  self->etag = g_strdup (data->etag);
  self->changed_on_disk = FALSE;
  set_file (self, data->file);
  update_modified (self);
}

typedef struct
{
  GAsyncReadyCallback callback;
  gpointer            user_data;
} SaveCallback;

static void
on_save_task_done (GObject      *object,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  SaveCallback *cb = user_data;

  on_plan_saved (object, result, NULL);
  if (cb->callback != NULL)
    cb->callback (object, result, cb->user_data);
  g_free (cb);
}

void
hc_document_save_full_async (HcDocument          *self,
                             GFile               *file,
                             HcDocumentSaveFlags  flags,
                             GCancellable        *cancellable,
                             GAsyncReadyCallback  callback,
                             gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  SaveData *data;
  SaveCallback *cb;
  GError *error = NULL;

  g_return_if_fail (HC_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file != NULL ? file : self->file);
  data->flags = flags;
  if (self->edit_depth == 0)
    commit_change (self, NULL, NULL);
  /* The plan is written out here, on the main loop: the worker only
   * sees bytes, never the live model. */
  data->bytes = g_bytes_ref (hc_document_get_bytes (self));
  data->state = hc_undo_stack_get_state (self->undo);
  /* Only the document's own file is compared with what was read: Save As
   * over another file is the user's explicit choice (the file chooser
   * asked). */
  if (!(flags & HC_DOCUMENT_SAVE_OVERWRITE) && self->file != NULL &&
      g_file_equal (data->file, self->file))
    {
      data->expected_etag = g_strdup (self->etag);
      data->expected_bytes = self->on_disk != NULL ? g_bytes_ref (self->on_disk) : NULL;
      data->changed_on_disk = self->changed_on_disk;
    }
  cb = g_new0 (SaveCallback, 1);
  cb->callback = callback;
  cb->user_data = user_data;
  task = g_task_new (self, cancellable, on_save_task_done, cb);
  g_task_set_source_tag (task, hc_document_save_full_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  /* Here, not on the worker: saying what makes a plan too large reads
   * the plan. */
  if (!hc_plan_check_save_size (self->plan, data->bytes, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
hc_document_save_full_finish (HcDocument         *self,
                              GAsyncResult       *result,
                              HcAtomicFileNotes  *notes,
                              GError            **error)
{
  SaveData *data;

  g_return_val_if_fail (HC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  data = g_task_get_task_data (G_TASK (result));
  if (notes != NULL)
    *notes = data->notes;
  return g_task_propagate_boolean (G_TASK (result), error);
}
