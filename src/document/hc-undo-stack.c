/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-undo-stack"

#include "config.h"

#include "hc-undo-stack.h"

/* Steps hold only what they changed, so depth is limited for the menu's
 * sake and memory by size: a reload of a large plan can be big. */
#define MAX_DEPTH 1000
#define MAX_SIZE  (64 * 1024 * 1024)

#define NO_STATE G_MAXUINT64

typedef struct
{
  char    *label;
  char    *merge_key;
  HcEdit  *edit;
  gsize    size;   /* of the edit, counted once */
  guint64  state;  /* the state after the step */
} Step;

struct _HcUndoStack
{
  GObject  parent_instance;
  GQueue   undo;        /* of Step, newest at the head */
  GQueue   redo;
  gboolean sealed;
  gsize    size;        /* of every step's edit */
  guint64  next_state;
  guint64  base_state;  /* the state below the oldest undo step */
  guint64  save_point;
};

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_AT_SAVE_POINT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HcUndoStack, hc_undo_stack, G_TYPE_OBJECT)

static void
step_free (gpointer data)
{
  Step *step = data;

  g_free (step->label);
  g_free (step->merge_key);
  hc_edit_free (step->edit);
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
    case PROP_AT_SAVE_POINT:
      g_value_set_boolean (value, hc_undo_stack_is_at_save_point (self));
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
  properties[PROP_AT_SAVE_POINT] =
    g_param_spec_boolean ("at-save-point", NULL, NULL, TRUE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hc_undo_stack_init (HcUndoStack *self)
{
  g_queue_init (&self->undo);
  g_queue_init (&self->redo);
  self->sealed = TRUE;
  self->next_state = 1;
  self->base_state = 0;
  self->save_point = 0;
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

static void
step_free_counted (HcUndoStack *self,
                   Step        *step)
{
  self->size -= step->size;
  step_free (step);
}

static void
clear_queue (HcUndoStack *self,
             GQueue      *queue)
{
  Step *step;

  while ((step = g_queue_pop_head (queue)) != NULL)
    step_free_counted (self, step);
}

/* Drops the oldest steps beyond the limits; what was below them is gone,
 * so the oldest kept step's "before" becomes the base. */
static void
trim (HcUndoStack *self)
{
  while (self->undo.length > 1 && (self->undo.length > MAX_DEPTH || self->size > MAX_SIZE))
    {
      Step *oldest = g_queue_pop_tail (&self->undo);

      self->base_state = oldest->state;
      step_free_counted (self, oldest);
    }
}

void
hc_undo_stack_push (HcUndoStack *self,
                    const char  *label,
                    const char  *merge_key,
                    HcEdit      *edit)
{
  Step *top;

  g_return_if_fail (HC_IS_UNDO_STACK (self));
  g_return_if_fail (edit != NULL);

  clear_queue (self, &self->redo);

  if (continues_top (self, merge_key))
    {
      /* The run's first step goes back to before the whole run. */
      top = g_queue_peek_head (&self->undo);
      hc_edit_merge (top->edit, edit);
      self->size -= top->size;
    }
  else
    {
      top = g_new0 (Step, 1);
      top->label = g_strdup (label);
      top->merge_key = g_strdup (merge_key);
      top->edit = edit;
      g_queue_push_head (&self->undo, top);
    }
  top->size = hc_edit_get_size (top->edit);
  self->size += top->size;
  /* A merged step is a new state too: the saved one was mid-run. */
  top->state = self->next_state++;
  trim (self);
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
  guint64 state;

  g_return_if_fail (HC_IS_UNDO_STACK (self));

  state = hc_undo_stack_get_state (self);
  clear_queue (self, &self->undo);
  clear_queue (self, &self->redo);
  self->base_state = state;
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

gsize
hc_undo_stack_get_size (HcUndoStack *self)
{
  g_return_val_if_fail (HC_IS_UNDO_STACK (self), 0);

  return sizeof *self + self->size +
         (self->undo.length + self->redo.length) * sizeof (Step);
}

gboolean
hc_undo_stack_undo (HcUndoStack *self,
                    HcPlan      *plan)
{
  Step *step;

  g_return_val_if_fail (HC_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);

  step = g_queue_pop_head (&self->undo);
  if (step == NULL)
    return FALSE;
  hc_edit_undo (step->edit, plan);
  g_queue_push_head (&self->redo, step);
  self->sealed = TRUE;
  notify_all (self);
  return TRUE;
}

gboolean
hc_undo_stack_redo (HcUndoStack *self,
                    HcPlan      *plan)
{
  Step *step;

  g_return_val_if_fail (HC_IS_UNDO_STACK (self), FALSE);
  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);

  step = g_queue_pop_head (&self->redo);
  if (step == NULL)
    return FALSE;
  hc_edit_redo (step->edit, plan);
  g_queue_push_head (&self->undo, step);
  self->sealed = TRUE;
  notify_all (self);
  return TRUE;
}

guint64
hc_undo_stack_get_state (HcUndoStack *self)
{
  Step *top;

  g_return_val_if_fail (HC_IS_UNDO_STACK (self), NO_STATE);

  top = g_queue_peek_head (&self->undo);
  return top != NULL ? top->state : self->base_state;
}

void
hc_undo_stack_set_save_point (HcUndoStack *self,
                              guint64      state)
{
  g_return_if_fail (HC_IS_UNDO_STACK (self));

  if (self->save_point == state)
    return;
  self->save_point = state;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_AT_SAVE_POINT]);
}

void
hc_undo_stack_clear_save_point (HcUndoStack *self)
{
  hc_undo_stack_set_save_point (self, NO_STATE);
}

gboolean
hc_undo_stack_is_at_save_point (HcUndoStack *self)
{
  g_return_val_if_fail (HC_IS_UNDO_STACK (self), FALSE);

  return self->save_point != NO_STATE && self->save_point == hc_undo_stack_get_state (self);
}
