/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-document"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-document.h"
#include "hc-plan-io.h"

struct _HcDocument
{
  GObject       parent_instance;
  HcPlan       *plan;
  GFile        *file;
  GFileMonitor *monitor;
  GCancellable *monitor_cancellable;
  HcUndoStack  *undo;
  GBytes       *current;   /* the plan's bytes after the last change */
  GBytes       *saved;     /* what the file holds, NULL if unknown */
  char         *draft_id;
  gulong        changed_id;
  guint         edit_depth;
  gboolean      edit_dirty;
  char         *edit_label;
  char         *edit_merge_key;
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

static void on_plan_changed (HcDocument *self);

static void
update_modified (HcDocument *self)
{
  gboolean modified = self->saved == NULL ||
                      !g_bytes_equal (self->saved, self->current);

  if (modified == self->modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
set_plan (HcDocument *self,
          HcPlan     *plan)
{
  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
  g_set_object (&self->plan, plan);
  self->changed_id = g_signal_connect_swapped (plan, "changed",
                                               G_CALLBACK (on_plan_changed), self);
  g_clear_pointer (&self->current, g_bytes_unref);
  self->current = hc_plan_to_bytes (plan);
}

static void
commit_change (HcDocument *self,
               const char *label,
               const char *merge_key)
{
  g_autoptr(GBytes) bytes = hc_plan_to_bytes (self->plan);

  /* A "change" that leaves the document's bytes alone (a value set to
   * what it was) is not an edit anyone wants to undo. */
  if (g_bytes_equal (bytes, self->current))
    return;
  hc_undo_stack_push (self->undo, label != NULL ? label : _("Edit"),
                      merge_key, self->current);
  g_clear_pointer (&self->current, g_bytes_unref);
  self->current = g_steal_pointer (&bytes);
  update_modified (self);
  g_signal_emit (self, signals[CHANGED], 0);
}

static void
on_plan_changed (HcDocument *self)
{
  if (self->edit_depth > 0)
    {
      self->edit_dirty = TRUE;
      return;
    }
  commit_change (self, NULL, NULL);
}

static void
hc_document_dispose (GObject *object)
{
  HcDocument *self = HC_DOCUMENT (object);

  if (self->plan != NULL)
    g_clear_signal_handler (&self->changed_id, self->plan);
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

  g_clear_pointer (&self->current, g_bytes_unref);
  g_clear_pointer (&self->saved, g_bytes_unref);
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
  if (bytes == NULL || self->saved == NULL || self->monitor == NULL)
    return;
  /* Our own save also wakes the monitor: only other content is news. */
  if (!g_bytes_equal (bytes, self->saved) && !g_bytes_equal (bytes, self->current))
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

HcDocument *
hc_document_new (HcPlan *plan,
                 GFile  *file)
{
  HcDocument *self;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = g_object_new (HC_TYPE_DOCUMENT, NULL);
  set_plan (self, plan);
  set_file (self, file);
  /* A plan fresh from a template is not "unsaved" until it is edited:
   * closing it untouched loses nothing. */
  self->saved = g_bytes_ref (self->current);
  return self;
}

HcDocument *
hc_document_new_from_draft (HcPlan     *plan,
                            GFile      *file,
                            const char *draft_id)
{
  HcDocument *self;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  self = g_object_new (HC_TYPE_DOCUMENT, NULL);
  set_plan (self, plan);
  set_file (self, file);
  if (draft_id != NULL)
    {
      g_free (self->draft_id);
      self->draft_id = g_strdup (draft_id);
    }
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
  return self->current;
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
  self->edit_dirty = FALSE;
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

  if (--self->edit_depth > 0 || !self->edit_dirty)
    return;
  commit_change (self, self->edit_label, self->edit_merge_key);
}

/* Puts the plan read from @bytes in place of the current one. */
static gboolean
restore_bytes (HcDocument *self,
               GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (bytes, &error);

  if (plan == NULL)
    {
      /* Only bytes this document wrote get here: a failure is a bug. */
      g_critical ("Cannot restore an undo snapshot: %s", error->message);
      return FALSE;
    }
  set_plan (self, plan);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
  update_modified (self);
  g_signal_emit (self, signals[CHANGED], 0);
  return TRUE;
}

gboolean
hc_document_undo (HcDocument *self)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HC_IS_DOCUMENT (self), FALSE);

  bytes = hc_undo_stack_undo (self->undo, self->current);
  return bytes != NULL && restore_bytes (self, bytes);
}

gboolean
hc_document_redo (HcDocument *self)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HC_IS_DOCUMENT (self), FALSE);

  bytes = hc_undo_stack_redo (self->undo, self->current);
  return bytes != NULL && restore_bytes (self, bytes);
}

void
hc_document_replace_plan (HcDocument *self,
                          HcPlan     *plan,
                          const char *label,
                          gboolean    matches_disk)
{
  g_autoptr(GBytes) before = NULL;

  g_return_if_fail (HC_IS_DOCUMENT (self));
  g_return_if_fail (HC_IS_PLAN (plan));

  before = g_bytes_ref (self->current);
  set_plan (self, plan);
  if (!g_bytes_equal (before, self->current))
    hc_undo_stack_push (self->undo, label, NULL, before);
  if (matches_disk)
    {
      g_clear_pointer (&self->saved, g_bytes_unref);
      self->saved = g_bytes_ref (self->current);
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAN]);
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
  GFile  *file;
  GBytes *bytes;
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
  g_clear_pointer (&self->saved, g_bytes_unref);
  self->saved = g_bytes_ref (data->bytes);
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
  data->bytes = g_bytes_ref (self->current);
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
