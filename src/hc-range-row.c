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
  HcRange      value;
  double       min;
  double       max;
  guint        updating : 1;
};

enum {
  RANGE_CHANGED,
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
check_field (HcRangeRow *self,
             GtkWidget  *entry,
             double     *out)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (entry));
  g_autofree char *min = hc_format_number (HC_FORMAT_FOR_PEOPLE, self->min, 4);
  g_autofree char *max = hc_format_number (HC_FORMAT_FOR_PEOPLE, self->max, 4);
  g_autoptr(GError) error = NULL;

  if (!hc_parse_number (HC_FORMAT_FOR_PEOPLE, text, out, &error))
    return g_strdup (error->message);
  if (*out < 0 && self->min >= 0)
    return g_strdup (_("Must not be negative"));
  if (*out < self->min || *out > self->max)
    return g_strdup_printf (_("Must be from %s to %s"), min, max);
  return NULL;
}

static char *
check_fields (HcRangeRow *self,
              HcRange    *out)
{
  char *reason;

  if ((reason = check_field (self, self->low, &out->low)) != NULL ||
      (reason = check_field (self, self->high, &out->high)) != NULL)
    return reason;
  if (out->low > out->high)
    return g_strdup (_("Low must not be above high"));
  return NULL;
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
  if (self->error != NULL || hc_range_equal (value, self->value))
    return;
  self->value = value;
  g_signal_emit (self, signals[RANGE_CHANGED], 0);
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
  return entry;
}

static void
hc_range_row_init (HcRangeRow *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 4);

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
hc_range_row_new (const char *title,
                  double      min,
                  double      max)
{
  HcRangeRow *self = g_object_new (HC_TYPE_RANGE_ROW, "title", title, NULL);

  self->min = min;
  self->max = max;
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

void
hc_range_row_set_value (HcRangeRow *self,
                        HcRange     value)
{
  g_return_if_fail (HC_IS_RANGE_ROW (self));

  self->value = value;
  self->updating = TRUE;
  set_field (self->low, value.low);
  set_field (self->high, value.high);
  self->updating = FALSE;
  g_clear_pointer (&self->error, g_free);
  show_state (self);
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
