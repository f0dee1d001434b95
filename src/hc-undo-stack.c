/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-undo-stack"

#include "config.h"

#include "hc-undo-stack.h"

/* A plan of a hundred positions is a few tens of kilobytes: keeping a few
 * hundred of them is cheaper than being clever. */
#define MAX_DEPTH 500

typedef struct
{
  char   *label;
  char   *merge_key;
  GBytes *bytes;
} Step;

struct _HcUndoStack
{
  GObject  parent_instance;
  GQueue   undo;   /* of Step, newest at the head */
  GQueue   redo;
  gboolean sealed;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HcUndoStack, hc_undo_stack, G_TYPE_OBJECT)

static Step *
step_new (const char *label,
          const char *merge_key,
          GBytes     *bytes)
{
  Step *step = g_new0 (Step, 1);

  step->label = g_strdup (label);
  step->merge_key = g_strdup (merge_key);
  step->bytes = g_bytes_ref (bytes);
  return step;
}

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  g_free (step->merge_key);
  g_bytes_unref (step->bytes);
  g_free (step);
}

static void
notify_all (HcUndoStack *self)
{
  for (guint i = PROP_CAN_UNDO; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

static void
hc_undo_stack_finalize (GObject *object)
{
  HcUndoStack *self = HC_UNDO_STACK (object);

  g_queue_clear_full (&self->undo, step_free);
  g_queue_clear_full (&self->redo, step_free);

  G_OBJECT_CLASS (hc_undo_stack_parent_class)->finalize (object);
}

static void
hc_undo_stack_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HcUndoStack *self = HC_UNDO_STACK (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, hc_undo_stack_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, hc_undo_stack_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, hc_undo_stack_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, hc_undo_stack_get_redo_label (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_undo_stack_class_init (HcUndoStackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hc_undo_stack_finalize;
  object_class->get_property = hc_undo_stack_get_property;

  properties[PROP_CAN_UNDO] =
    g_param_spec_boolean ("can-undo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_CAN_REDO] =
    g_param_spec_boolean ("can-redo", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_UNDO_LABEL] =
    g_param_spec_string ("undo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_REDO_LABEL] =
    g_param_spec_string ("redo-label", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hc_undo_stack_init (HcUndoStack *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->sealed = TRUE;
}

HcUndoStack *
hc_undo_stack_new (void)
{
  return g_object_new (HC_TYPE_UNDO_STACK, NULL);
}

static gboolean
continues_top (HcUndoStack *self,
               const char  *merge_key)
{
  Step *top = g_queue_peek_head (&self->undo);

  return !self->sealed && merge_key != NULL && top != NULL &&
         g_strcmp0 (top->merge_key, merge_key) == 0;
}

void
hc_undo_stack_push (HcUndoStack *self,
                    const char  *label,
                    const char  *merge_key,
                    GBytes      *before)
{
  g_return_if_fail (HC_IS_UNDO_STACK (self));
  g_return_if_fail (before != NULL);

  g_queue_clear_full (&self->redo, step_free);

  /* The run's first snapshot is the state before the whole run: keep it. */
  if (!continues_top (self, merge_key))
    {
      g_queue_push_head (&self->undo, step_new (label, merge_key, before));
      if (self->undo.length > MAX_DEPTH)
        step_free (g_queue_pop_tail (&self->undo));
    }
  self->sealed = (merge_key == NULL);
  notify_all (self);
}

void
hc_undo_stack_seal (HcUndoStack *self)
{
  g_return_if_fail (HC_IS_UNDO_STACK (self));

  self->sealed = TRUE;
}

void
hc_undo_stack_clear (HcUndoStack *self)
{
  g_return_if_fail (HC_IS_UNDO_STACK (self));

  g_queue_clear_full (&self->undo, step_free);
  g_queue_clear_full (&self->redo, step_free);
  self->sealed = TRUE;
  notify_all (self);
}

gboolean
hc_undo_stack_can_undo (HcUndoStack *self)
{
  g_return_val_if_fail (HC_IS_UNDO_STACK (self), FALSE);

  return self->undo.length > 0;
}

gboolean
hc_undo_stack_can_redo (HcUndoStack *self)
{
  g_return_val_if_fail (HC_IS_UNDO_STACK (self), FALSE);

  return self->redo.length > 0;
}

const char *
hc_undo_stack_get_undo_label (HcUndoStack *self)
{
  Step *top;

  g_return_val_if_fail (HC_IS_UNDO_STACK (self), NULL);

  top = g_queue_peek_head (&self->undo);
  return top != NULL ? top->label : NULL;
}

const char *
hc_undo_stack_get_redo_label (HcUndoStack *self)
{
  Step *top;

  g_return_val_if_fail (HC_IS_UNDO_STACK (self), NULL);

  top = g_queue_peek_head (&self->redo);
  return top != NULL ? top->label : NULL;
}

guint
hc_undo_stack_get_depth (HcUndoStack *self)
{
  g_return_val_if_fail (HC_IS_UNDO_STACK (self), 0);

  return self->undo.length;
}

/* Moves the newest step of @from to @to, swapping the bytes it holds for
 * @current, and hands back the bytes it held. */
static GBytes *
transfer_step (HcUndoStack *self,
               GQueue      *from,
               GQueue      *to,
               GBytes      *current)
{
  Step *step = g_queue_pop_head (from);
  GBytes *restore;

  if (step == NULL)
    return NULL;
  restore = step->bytes;
  step->bytes = g_bytes_ref (current);
  g_queue_push_head (to, step);
  self->sealed = TRUE;
  notify_all (self);
  return restore;
}

GBytes *
hc_undo_stack_undo (HcUndoStack *self,
                    GBytes      *current)
{
  g_return_val_if_fail (HC_IS_UNDO_STACK (self), NULL);
  g_return_val_if_fail (current != NULL, NULL);

  return transfer_step (self, &self->undo, &self->redo, current);
}

GBytes *
hc_undo_stack_redo (HcUndoStack *self,
                    GBytes      *current)
{
  g_return_val_if_fail (HC_IS_UNDO_STACK (self), NULL);
  g_return_val_if_fail (current != NULL, NULL);

  return transfer_step (self, &self->redo, &self->undo, current);
}
