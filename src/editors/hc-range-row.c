/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-range-row"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-format.h"
#include "hc-range-row.h"

struct _HcRangeRow
{
  AdwActionRow parent_instance;
  GtkWidget   *low;
  GtkWidget   *high;
  GtkWidget   *reset;
  char        *hint;
  char        *error;
  HcRange      value;        /* what the model holds */
  HcRange      before_edit;  /* what it held when this edit began */
  HcRangeRowCheck check;
  gpointer     check_data;
  guint        updating : 1;
  guint        editing : 1;  /* good values of this edit reached the model */
  guint        announcing : 1;
};

enum {
  RANGE_CHANGED,
  REVERT,
  RESET,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HcRangeRow, hc_range_row, ADW_TYPE_ACTION_ROW)

static void
show_state (HcRangeRow *self)
{
  const char *subtitle = self->error != NULL ? self->error : self->hint;

  adw_action_row_set_subtitle (ADW_ACTION_ROW (self), subtitle != NULL ? subtitle : "");
  if (self->error != NULL)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "error");
      gtk_accessible_update_state (GTK_ACCESSIBLE (self->low),
                                   GTK_ACCESSIBLE_STATE_INVALID,
                                   GTK_ACCESSIBLE_INVALID_TRUE, -1);
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self), "error");
      gtk_accessible_reset_state (GTK_ACCESSIBLE (self->low),
                                  GTK_ACCESSIBLE_STATE_INVALID);
    }
}

static char *
check_field (GtkWidget *entry,
             double    *out)
{
  g_autoptr(GError) error = NULL;

  if (!hc_parse_number (HC_FORMAT_FOR_PEOPLE, gtk_editable_get_text (GTK_EDITABLE (entry)), out, &error))
    return g_strdup (error->message);
  return NULL;
}

/* The rules are the core's, through @check: the same the loader applies. */
static char *
check_fields (HcRangeRow *self,
              HcRange    *out)
{
  g_autoptr(GError) error = NULL;
  char *reason;

  if ((reason = check_field (self->low, &out->low)) != NULL ||
      (reason = check_field (self->high, &out->high)) != NULL)
    return reason;
  if (self->check != NULL && !self->check (self, *out, self->check_data, &error))
    return g_strdup (error->message);
  return NULL;
}

static void
announce (HcRangeRow *self,
          guint       signal)
{
  self->announcing = TRUE;
  g_signal_emit (self, signals[signal], 0);
  self->announcing = FALSE;
}

/* A bad value ends the edit: what this edit's good values did to the model
 * is taken back, so the model never keeps a value typed on the way. */
static void
revert_edit (HcRangeRow *self)
{
  if (!self->editing)
    return;
  self->editing = FALSE;
  self->value = self->before_edit;
  announce (self, REVERT);
}

static void
on_entry_changed (HcRangeRow *self)
{
  HcRange value;

  if (self->updating)
    return;
  g_clear_pointer (&self->error, g_free);
  self->error = check_fields (self, &value);
  show_state (self);
  /* A refused value never reaches the model, not even half of it. */
  if (self->error != NULL)
    {
      revert_edit (self);
      return;
    }
  if (hc_range_equal (value, self->value))
    return;
  if (!self->editing)
    {
      self->before_edit = self->value;
      self->editing = TRUE;
    }
  self->value = value;
  announce (self, RANGE_CHANGED);
}

static void
show_value (HcRangeRow *self);

/* Leaving the row (or pressing Enter) ends the edit: what is good stays,
 * and a refused value gives way to the model's, which is what counts. */
static void
end_edit (HcRangeRow *self)
{
  self->editing = FALSE;
  if (self->error != NULL)
    show_value (self);
}

static void
on_reset_clicked (HcRangeRow *self)
{
  g_signal_emit (self, signals[RESET], 0);
}

static void
hc_range_row_finalize (GObject *object)
{
  HcRangeRow *self = HC_RANGE_ROW (object);

  g_free (self->hint);
  g_free (self->error);

  G_OBJECT_CLASS (hc_range_row_parent_class)->finalize (object);
}

static void
hc_range_row_class_init (HcRangeRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = hc_range_row_finalize;

  signals[RANGE_CHANGED] =
    g_signal_new ("range-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[REVERT] =
    g_signal_new ("revert", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  signals[RESET] =
    g_signal_new ("reset", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
}

static GtkWidget *
make_entry (HcRangeRow *self,
            const char *label)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_width_chars (GTK_EDITABLE (entry), 6);
  gtk_editable_set_max_width_chars (GTK_EDITABLE (entry), 8);
  gtk_entry_set_input_purpose (GTK_ENTRY (entry), GTK_INPUT_PURPOSE_NUMBER);
  gtk_widget_set_valign (entry, GTK_ALIGN_CENTER);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label, -1);
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (on_entry_changed), self);
  g_signal_connect_swapped (entry, "activate", G_CALLBACK (end_edit), self);
  return entry;
}

static void
hc_range_row_init (HcRangeRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);
  GtkEventController *focus = gtk_event_controller_focus_new ();

  g_signal_connect_swapped (focus, "leave", G_CALLBACK (end_edit), self);
  gtk_widget_add_controller (GTK_WIDGET (self), focus);

  self->low = make_entry (self, _("Low"));
  self->high = make_entry (self, _("High"));
  self->reset = gtk_button_new_from_icon_name ("edit-undo-symbolic");
  gtk_widget_set_tooltip_text (self->reset, _("Back to the Default"));
  gtk_widget_set_valign (self->reset, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (self->reset, "flat");
  gtk_widget_set_visible (self->reset, FALSE);
  g_signal_connect_swapped (self->reset, "clicked", G_CALLBACK (on_reset_clicked), self);
  gtk_box_append (GTK_BOX (box), self->low);
  gtk_box_append (GTK_BOX (box), gtk_label_new ("–"));
  gtk_box_append (GTK_BOX (box), self->high);
  gtk_box_append (GTK_BOX (box), self->reset);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self), box);
  adw_action_row_set_subtitle_lines (ADW_ACTION_ROW (self), 2);
  gtk_widget_add_css_class (GTK_WIDGET (self), "range-row");
}

GtkWidget *
hc_range_row_new (const char      *title,
                  HcRangeRowCheck  check,
                  gpointer         user_data)
{
  HcRangeRow *self = g_object_new (HC_TYPE_RANGE_ROW, "title", title, NULL);

  self->check = check;
  self->check_data = user_data;
  return GTK_WIDGET (self);
}

HcRange
hc_range_row_get_value (HcRangeRow *self)
{
  g_return_val_if_fail (HC_IS_RANGE_ROW (self), hc_range_make (0, 0));
  return self->value;
}

static void
set_field (GtkWidget *entry,
           double     value)
{
  g_autofree char *text = hc_format_number_for_entry (value);
  double shown;

  /* Leave "150K" alone when it already says 150000. */
  if (hc_parse_number (HC_FORMAT_FOR_PEOPLE, gtk_editable_get_text (GTK_EDITABLE (entry)),
                       &shown, NULL) &&
      shown == value)
    return;
  gtk_editable_set_text (GTK_EDITABLE (entry), text);
}

static void
show_value (HcRangeRow *self)
{
  self->updating = TRUE;
  set_field (self->low, self->value.low);
  set_field (self->high, self->value.high);
  self->updating = FALSE;
  g_clear_pointer (&self->error, g_free);
  show_state (self);
}

void
hc_range_row_set_value (HcRangeRow *self,
                        HcRange     value)
{
  g_return_if_fail (HC_IS_RANGE_ROW (self));

  self->value = value;
  /* The model following what the row just announced: the person is still
   * typing, and a refused value must stay in view with its reason. */
  if (self->announcing)
    return;
  self->editing = FALSE;
  show_value (self);
}

void
hc_range_row_set_hint (HcRangeRow *self,
                       const char *hint,
                       gboolean    show_reset)
{
  g_return_if_fail (HC_IS_RANGE_ROW (self));

  g_free (self->hint);
  self->hint = g_strdup (hint);
  gtk_widget_set_visible (self->reset, show_reset);
  show_state (self);
}

const char *
hc_range_row_get_error (HcRangeRow *self)
{
  g_return_val_if_fail (HC_IS_RANGE_ROW (self), NULL);
  return self->error;
}

gboolean
hc_range_row_is_editing (HcRangeRow *self)
{
  g_return_val_if_fail (HC_IS_RANGE_ROW (self), FALSE);
  return self->editing;
}

GtkEditable *
hc_range_row_get_low_editable (HcRangeRow *self)
{
  g_return_val_if_fail (HC_IS_RANGE_ROW (self), NULL);
  return GTK_EDITABLE (self->low);
}

GtkEditable *
hc_range_row_get_high_editable (HcRangeRow *self)
{
  g_return_val_if_fail (HC_IS_RANGE_ROW (self), NULL);
  return GTK_EDITABLE (self->high);
}
