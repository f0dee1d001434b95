/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* A text field that edits one text of the model (a name, the currency, a
 * date), held to the core's rule for it, as HcRangeRow holds numbers.
 *
 * A good text is passed to @apply at each keystroke, so the plan follows
 * the typing.  A refused one is marked at the field (the "error" style,
 * and the rule's message as its tooltip) and not passed on; and if good
 * texts of the same edit were passed on, @apply gets the text from before
 * the edit began, so a plan never keeps "B" from a name being retyped.
 * An edit begins at the first good text and ends when the focus leaves
 * the field, on Enter, or when the model's text is set from outside. */
typedef gboolean (*HcEntryCheck) (const char  *text,
                                  gpointer     user_data,
                                  GError     **error);
typedef void     (*HcEntryApply) (GtkEditable *entry,
                                  const char  *text,
                                  gpointer     user_data);

void     hc_entry_edit_setup    (GtkEditable  *entry,
                                 HcEntryCheck  check,
                                 HcEntryApply  apply,
                                 gpointer      user_data);
/* Shows the model's @text and ends the edit under way; while the field
 * passes a text on, the model's echo of it changes nothing. */
void     hc_entry_edit_set_text (GtkEditable  *entry,
                                 const char   *text);
/* Marks any field (a spin button, say) with the core's verdict: the
 * "error" style, @error's message as its tooltip and the accessible
 * "invalid" state, or clears them. Returns @valid. */
gboolean hc_entry_edit_show_verdict (GtkWidget    *widget,
                                     gboolean      valid,
                                     const GError *error);

/* A spin button that reads what a person types as hc_parse_number()
 * does for people, and shows its value in the locale's form with every
 * digit it has. */
void     hc_entry_edit_setup_number (GtkSpinButton *spin);

G_END_DECLS
