/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-entry-edit"

#include "config.h"

#include <adwaita.h>

#include "hc-entry-edit.h"
#include "hc-format.h"

/* What one field knows about its edit; kept on the field itself. */
typedef struct
{
  HcEntryCheck  check;
  HcEntryApply  apply;
  gpointer      user_data;
  char         *model;        /* the model's text, as far as the field knows */
  char         *before_edit;  /* the model's text when this edit began */
  gboolean      editing;      /* good texts of this edit reached the model */
  gboolean      updating;     /* the field sets its own text */
  gboolean      applying;     /* the field passes a text on */
} HcEntryEdit;

#define ENTRY_EDIT_KEY "hc-entry-edit"

static void
hc_entry_edit_free (HcEntryEdit *edit)
{
  g_free (edit->model);
  g_free (edit->before_edit);
  g_free (edit);
}

static void
mark_widget (GtkWidget    *widget,
             const GError *error)
{
  if (error == NULL)
    {
      gtk_widget_remove_css_class (widget, "error");
      gtk_widget_set_tooltip_text (widget, NULL);
      gtk_accessible_reset_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID);
      return;
    }
  gtk_widget_add_css_class (widget, "error");
  gtk_widget_set_tooltip_text (widget, error->message);
  gtk_accessible_update_state (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_STATE_INVALID,
                               GTK_ACCESSIBLE_INVALID_TRUE, -1);
}

static void
mark (GtkEditable *entry,
      GError      *error)
{
  mark_widget (GTK_WIDGET (entry), error);
}

gboolean
hc_entry_edit_show_verdict (GtkWidget    *widget,
                            gboolean      valid,
                            const GError *error)
{
  g_return_val_if_fail (GTK_IS_WIDGET (widget), FALSE);
  g_return_val_if_fail (valid || error != NULL, FALSE);

  mark_widget (widget, valid ? NULL : error);
  return valid;
}

static void
apply (GtkEditable *entry,
       HcEntryEdit *edit,
       const char  *text)
{
  g_autofree char *copy = g_strdup (text);

  g_free (edit->model);
  edit->model = g_strdup (text);
  edit->applying = TRUE;
  edit->apply (entry, copy, edit->user_data);
  edit->applying = FALSE;
}

static void
on_changed (GtkEditable *entry,
            HcEntryEdit *edit)
{
  const char *text = gtk_editable_get_text (entry);
  g_autoptr(GError) error = NULL;

  if (edit->updating)
    return;
  if (!edit->check (text, edit->user_data, &error))
    {
      mark (entry, error);
      /* A refused text ends the edit: what its good texts did to the
       * model is taken back. */
      if (edit->editing)
        {
          g_autofree char *before = g_steal_pointer (&edit->before_edit);

          edit->editing = FALSE;
          apply (entry, edit, before);
        }
      return;
    }
  mark (entry, NULL);
  if (g_strcmp0 (text, edit->model) == 0)
    return;
  if (!edit->editing)
    {
      g_free (edit->before_edit);
      edit->before_edit = g_strdup (edit->model);
      edit->editing = TRUE;
    }
  apply (entry, edit, text);
}

static void
show_model (GtkEditable *entry,
            HcEntryEdit *edit)
{
  const char *text = edit->model != NULL ? edit->model : "";

  edit->updating = TRUE;
  if (g_strcmp0 (gtk_editable_get_text (entry), text) != 0)
    gtk_editable_set_text (entry, text);
  edit->updating = FALSE;
  mark (entry, NULL);
}

/* Leaving the field (or pressing Enter) ends the edit: what is good
 * stays, and a refused text gives way to the model's, which is what
 * counts. */
static void
end_edit (GtkEditable *entry)
{
  HcEntryEdit *edit = g_object_get_data (G_OBJECT (entry), ENTRY_EDIT_KEY);

  edit->editing = FALSE;
  if (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"))
    show_model (entry, edit);
}

void
hc_entry_edit_setup (GtkEditable  *entry,
                     HcEntryCheck  check,
                     HcEntryApply  apply_text,
                     gpointer      user_data)
{
  HcEntryEdit *edit;
  GtkEventController *focus;

  g_return_if_fail (GTK_IS_EDITABLE (entry));
  g_return_if_fail (check != NULL && apply_text != NULL);

  edit = g_new0 (HcEntryEdit, 1);
  edit->check = check;
  edit->apply = apply_text;
  edit->user_data = user_data;
  edit->model = g_strdup (gtk_editable_get_text (entry));
  g_object_set_data_full (G_OBJECT (entry), ENTRY_EDIT_KEY, edit,
                          (GDestroyNotify) hc_entry_edit_free);
  g_signal_connect (entry, "changed", G_CALLBACK (on_changed), edit);
  focus = gtk_event_controller_focus_new ();
  g_signal_connect_object (focus, "leave", G_CALLBACK (end_edit), entry, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (entry), focus);
  if (ADW_IS_ENTRY_ROW (entry))
    g_signal_connect (entry, "entry-activated", G_CALLBACK (end_edit), NULL);
  else if (GTK_IS_ENTRY (entry))
    g_signal_connect (entry, "activate", G_CALLBACK (end_edit), NULL);
}

void
hc_entry_edit_set_text (GtkEditable *entry,
                        const char  *text)
{
  HcEntryEdit *edit;

  g_return_if_fail (GTK_IS_EDITABLE (entry));

  edit = g_object_get_data (G_OBJECT (entry), ENTRY_EDIT_KEY);
  g_return_if_fail (edit != NULL);

  g_free (edit->model);
  edit->model = g_strdup (text != NULL ? text : "");
  /* The model following what the field just passed on: the person is
   * still typing, and a refused text must stay in view with its reason. */
  if (edit->applying)
    return;
  edit->editing = FALSE;
  show_model (entry, edit);
}

/* What a person types, read as the README promises (“22,5” and “1.500”
 * under German, “22.5” there refused as ambiguous), not by GTK's own
 * reading, which takes whichever of the locale's and C's is longer.  A
 * refused text leaves the value as it was, with the reason on the field. */
static int
on_number_input (GtkSpinButton *spin,
                 double        *new_value,
                 gpointer       data)
{
  g_autoptr(GError) error = NULL;
  double value;

  if (!hc_parse_number (HC_FORMAT_FOR_PEOPLE, gtk_editable_get_text (GTK_EDITABLE (spin)),
                        &value, &error))
    {
      mark_widget (GTK_WIDGET (spin), error);
      *new_value = gtk_spin_button_get_value (spin);
      return GTK_INPUT_ERROR;
    }
  mark_widget (GTK_WIDGET (spin), NULL);
  *new_value = value;
  return TRUE;
}

/* Every digit the value has, in the locale's form: “22,5”, never the
 * “22” a spin button's fixed digits would round it to. */
static gboolean
on_number_output (GtkSpinButton *spin,
                  gpointer       data)
{
  g_autofree char *text = hc_format_number_for_entry (gtk_spin_button_get_value (spin));

  if (g_strcmp0 (text, gtk_editable_get_text (GTK_EDITABLE (spin))) != 0)
    gtk_editable_set_text (GTK_EDITABLE (spin), text);
  return TRUE;
}

void
hc_entry_edit_setup_number (GtkSpinButton *spin)
{
  g_return_if_fail (GTK_IS_SPIN_BUTTON (spin));

  /* GTK's numeric filter drops what it does not know (a unit, the
   * decimal point when the spin button shows no decimals, which made
   * 22,5 show as an empty field): the reading above is the filter. */
  gtk_spin_button_set_numeric (spin, FALSE);
  g_signal_connect (spin, "input", G_CALLBACK (on_number_input), NULL);
  g_signal_connect (spin, "output", G_CALLBACK (on_number_output), NULL);
  on_number_output (spin, NULL);
}
