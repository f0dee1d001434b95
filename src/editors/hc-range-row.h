/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-types.h"

G_BEGIN_DECLS

#define HC_TYPE_RANGE_ROW (hc_range_row_get_type ())
G_DECLARE_FINAL_TYPE (HcRangeRow, hc_range_row, HC, RANGE_ROW, AdwActionRow)

/* Asks the core whether @value may be in the model: one of the
 * hc_validate_*() rules, with the field's label.  @row is the row asking. */
typedef gboolean (*HcRangeRowCheck) (HcRangeRow  *row,
                                     HcRange      value,
                                     gpointer     user_data,
                                     GError     **error);

/* A row to edit a low–high pair: two fields, checked as they are typed.
 *
 * A good value (both fields numbers, and @check content) is announced
 * with ::range-changed at each keystroke, so totals follow the typing.
 * A bad one is marked at the row with the rule's message and not passed
 * on; and if good values of the same edit were already passed on, ::revert
 * asks the model to go back to what it held before the edit began (the
 * 50000 typed on the way to 500000 must not stay).  An edit begins at the
 * first good value typed and ends when the focus leaves the row, on Enter,
 * or when the model's value is set from outside.
 *
 * An optional reset button brings back a default (the guide's figure, or
 * the role's benchmark). */
GtkWidget *hc_range_row_new          (const char      *title,
                                      HcRangeRowCheck  check,
                                      gpointer         user_data);
/* The value the model holds, as far as the row knows: the last good value
 * announced, or after ::revert the one from before the edit. */
HcRange    hc_range_row_get_value    (HcRangeRow *self);
/* Shows the model's @value without announcing it, and ends the edit under
 * way; while the row announces, the model's echo of it changes nothing. */
void       hc_range_row_set_value    (HcRangeRow *self,
                                      HcRange     value);
/* @hint is shown under the title while the value is good ("Default
 * 20–25 %"); @show_reset shows the reset button, which emits ::reset. */
void       hc_range_row_set_hint     (HcRangeRow *self,
                                      const char *hint,
                                      gboolean    show_reset);
/* The reason the typed value was refused, or NULL. */
const char *hc_range_row_get_error   (HcRangeRow *self);
/* Whether good values of the edit under way have reached the model: the
 * model then no longer holds what it held before the edit. */
gboolean   hc_range_row_is_editing   (HcRangeRow *self);
GtkEditable *hc_range_row_get_low_editable  (HcRangeRow *self);
GtkEditable *hc_range_row_get_high_editable (HcRangeRow *self);

G_END_DECLS
