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
    g_signal_emit (self, signals[CHANGED_ON_DISK], 0);
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
    self->on_disk = g_bytes_ref (hc_document_get_bytes (self));
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
    }
  update_modified (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_plan_loaded (GObject      *object,
                GAsyncResult *result,
                gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;

  plan = hc_plan_load_from_file_finish (G_FILE (object), result, &error);
  if (plan == NULL)
    g_task_return_error (task, g_steal_pointer (&error));
  else
    g_task_return_pointer (task, hc_document_new (plan, G_FILE (object)),
                           g_object_unref);
}

void
hc_document_load_async (GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;

  g_return_if_fail (G_IS_FILE (file));

  task = g_task_new (NULL, cancellable, callback, user_data);
  g_task_set_source_tag (task, hc_document_load_async);
  hc_plan_load_from_file_async (file, cancellable, on_plan_loaded, task);
}

HcDocument *
hc_document_load_finish (GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (G_IS_TASK (result), NULL);

  return g_task_propagate_pointer (G_TASK (result), error);
}

typedef struct
{
  GFile   *file;
  GBytes  *bytes;
  guint64  state;
} SaveData;

static void
save_data_free (SaveData *data)
{
  g_clear_object (&data->file);
  g_clear_pointer (&data->bytes, g_bytes_unref);
  g_free (data);
}

static void
on_plan_saved (GObject      *object,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;
  HcDocument *self = g_task_get_source_object (task);
  SaveData *data = g_task_get_task_data (task);
  g_autoptr(GError) error = NULL;

  if (!hc_plan_save_to_file_finish (HC_PLAN (object), result, &error))
    {
      g_task_return_error (task, g_steal_pointer (&error));
      return;
    }
  /* What is on disk is what was there when the save began; an edit made
   * while it ran keeps the document modified. */
  hc_undo_stack_set_save_point (self->undo, data->state);
  g_clear_pointer (&self->on_disk, g_bytes_unref);
  self->on_disk = g_bytes_ref (data->bytes);
  set_file (self, data->file);
  update_modified (self);
  g_task_return_boolean (task, TRUE);
}

void
hc_document_save_async (HcDocument          *self,
                        GFile               *file,
                        GCancellable        *cancellable,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task;
  SaveData *data;

  g_return_if_fail (HC_IS_DOCUMENT (self));
  g_return_if_fail (file != NULL || self->file != NULL);

  data = g_new0 (SaveData, 1);
  data->file = g_object_ref (file != NULL ? file : self->file);
  if (self->edit_depth == 0)
    commit_change (self, NULL, NULL);
  data->bytes = g_bytes_ref (hc_document_get_bytes (self));
  data->state = hc_undo_stack_get_state (self->undo);
  task = g_task_new (self, cancellable, callback, user_data);
  g_task_set_source_tag (task, hc_document_save_async);
  g_task_set_task_data (task, data, (GDestroyNotify) save_data_free);
  hc_plan_save_to_file_async (self->plan, data->file, cancellable,
                              on_plan_saved, task);
}

gboolean
hc_document_save_finish (HcDocument    *self,
                         GAsyncResult  *result,
                         GError       **error)
{
  g_return_val_if_fail (HC_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (g_task_is_valid (result, self), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}
