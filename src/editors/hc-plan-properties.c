/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-properties"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-entry-edit.h"
#include "hc-plan-properties.h"
#include "hc-validate.h"

struct _HcPlanProperties
{
  AdwWindow    parent_instance;

  HcDocument  *document;
  GtkEditable *title_row;
  GtkEditable *subtitle_row;
  GtkTextView *notes_view;
  gboolean     showing;    /* the fields are being set from the plan */
};

G_DEFINE_FINAL_TYPE (HcPlanProperties, hc_plan_properties, ADW_TYPE_WINDOW)

static HcPlan *
get_plan (HcPlanProperties *self)
{
  return hc_document_get_plan (self->document);
}

/* One field's typing is one undo step: the merge key is the field's, and
 * the stack is sealed when the field loses the focus. */
typedef void (*HcPlanSetText) (HcPlan *plan, const char *text);

static void
apply (HcPlanProperties *self,
       const char       *label,
       const char       *merge_key,
       HcPlanSetText     set_text,
       const char       *text)
{
  if (self->showing || self->document == NULL)
    return;
  hc_document_begin_edit (self->document, label, merge_key);
  set_text (get_plan (self), text);
  hc_document_end_edit (self->document);
}

static gboolean
check_title (const char  *text,
             gpointer     data,
             GError     **error)
{
  return hc_validate_title (text, NULL, error);
}

static void
apply_title (GtkEditable      *entry,
             const char       *text,
             HcPlanProperties *self)
{
  apply (self, _("Change Title"), "plan:title", hc_plan_set_title, text);
}

static gboolean
check_subtitle (const char  *text,
                gpointer     data,
                GError     **error)
{
  return hc_validate_subtitle (text, NULL, error);
}

static void
apply_subtitle (GtkEditable      *entry,
                const char       *text,
                HcPlanProperties *self)
{
  apply (self, _("Change Subtitle"), "plan:subtitle", hc_plan_set_subtitle, text);
}

static char *
dup_notes_text (HcPlanProperties *self)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* Notes too long for the file stay in the view, marked, and the plan
 * keeps what it had: a person can cut them down without losing them. */
static void
on_notes_changed (HcPlanProperties *self)
{
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  gboolean valid;

  if (self->showing)
    return;
  text = dup_notes_text (self);
  valid = hc_validate_notes (text, NULL, &error);
  hc_entry_edit_show_verdict (GTK_WIDGET (self->notes_view), valid, error);
  if (valid)
    apply (self, _("Change Notes"), "plan:notes", hc_plan_set_notes, text);
}

static void
seal_typing (HcPlanProperties *self)
{
  if (self->document != NULL)
    hc_undo_stack_seal (hc_document_get_undo_stack (self->document));
}

/* Undo, redo and reload change the texts under the fields; the fields'
 * own edits come back as they were typed and change nothing. */
static void
show_plan (HcPlanProperties *self)
{
  HcPlan *plan = get_plan (self);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (self->notes_view);
  g_autofree char *notes = dup_notes_text (self);

  self->showing = TRUE;
  hc_entry_edit_set_text (self->title_row, hc_plan_get_title (plan));
  hc_entry_edit_set_text (self->subtitle_row, hc_plan_get_subtitle (plan));
  if (g_strcmp0 (notes, hc_plan_get_notes (plan)) != 0 &&
      !gtk_widget_has_css_class (GTK_WIDGET (self->notes_view), "error"))
    gtk_text_buffer_set_text (buffer, hc_plan_get_notes (plan), -1);
  self->showing = FALSE;
}

/* The dialog is no application window: the app's Ctrl+Z does not reach
 * it, and the fields' own undo would take back text without the plan
 * knowing.  So the fields keep no undo of their own, and the keys undo
 * the document, whose steps the fields show. */
static void
action_undo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HcPlanProperties *self = HC_PLAN_PROPERTIES (widget);

  if (self->document != NULL)
    hc_document_undo (self->document);
}

static void
action_redo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HcPlanProperties *self = HC_PLAN_PROPERTIES (widget);

  if (self->document != NULL)
    hc_document_redo (self->document);
}

static void
add_undo_keys (HcPlanProperties *self)
{
  static const struct { const char *trigger, *action; } keys[] = {
    { "<Control>z", "plan-properties.undo" },
    { "<Control><Shift>z", "plan-properties.redo" },
    { "<Control>y", "plan-properties.redo" },
  };
  GtkEventController *controller = gtk_shortcut_controller_new ();

  /* Before the focused field sees the key, as the app's own keys are. */
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
    gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
                                          gtk_shortcut_new (gtk_shortcut_trigger_parse_string (keys[i].trigger),
                                                            gtk_named_action_new (keys[i].action)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
hc_plan_properties_dispose (GObject *object)
{
  HcPlanProperties *self = HC_PLAN_PROPERTIES (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_PLAN_PROPERTIES);

  G_OBJECT_CLASS (hc_plan_properties_parent_class)->dispose (object);
}

static void
hc_plan_properties_class_init (HcPlanPropertiesClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_plan_properties_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/headcount/Headcount/ui/hc-plan-properties.ui");
  gtk_widget_class_bind_template_child (widget_class, HcPlanProperties, title_row);
  gtk_widget_class_bind_template_child (widget_class, HcPlanProperties, subtitle_row);
  gtk_widget_class_bind_template_child (widget_class, HcPlanProperties, notes_view);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
  gtk_widget_class_install_action (widget_class, "plan-properties.undo", NULL, action_undo);
  gtk_widget_class_install_action (widget_class, "plan-properties.redo", NULL, action_redo);
}

static void
seal_on_leave (HcPlanProperties *self,
               gpointer          widget)
{
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (seal_typing), self);
  gtk_widget_add_controller (GTK_WIDGET (widget), focus);
}

static void
hc_plan_properties_init (HcPlanProperties *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  hc_entry_edit_setup (self->title_row, check_title, (HcEntryApply) apply_title, self);
  hc_entry_edit_setup (self->subtitle_row, check_subtitle, (HcEntryApply) apply_subtitle, self);
  g_signal_connect_swapped (gtk_text_view_get_buffer (self->notes_view), "changed",
                            G_CALLBACK (on_notes_changed), self);
  seal_on_leave (self, self->title_row);
  seal_on_leave (self, self->subtitle_row);
  seal_on_leave (self, self->notes_view);
  gtk_editable_set_enable_undo (self->title_row, FALSE);
  gtk_editable_set_enable_undo (self->subtitle_row, FALSE);
  gtk_text_buffer_set_enable_undo (gtk_text_view_get_buffer (self->notes_view), FALSE);
  add_undo_keys (self);
}

GtkWidget *
hc_plan_properties_new (HcDocument *document)
{
  HcPlanProperties *self;

  g_return_val_if_fail (HC_IS_DOCUMENT (document), NULL);

  self = g_object_new (HC_TYPE_PLAN_PROPERTIES, NULL);
  self->document = g_object_ref (document);
  show_plan (self);
  /* Typing here starts a step of its own, not the tail of one before. */
  seal_typing (self);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (show_plan), self);
  return GTK_WIDGET (self);
}
