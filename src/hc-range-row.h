/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-types.h"

G_BEGIN_DECLS

#define HC_TYPE_RANGE_ROW (hc_range_row_get_type ())
G_DECLARE_FINAL_TYPE (HcRangeRow, hc_range_row, HC, RANGE_ROW, AdwActionRow)

/* A row to edit a low–high pair: two fields, checked as they are typed.
 * A value that is not a number, is out of bounds or has low above high is
 * marked at the row with the reason and not passed on; a good one is
 * announced with ::range-changed.  An optional reset button brings back a
 * default (the guide's figure, or the role's benchmark). */
GtkWidget *hc_range_row_new          (const char *title,
                                      double      min,
                                      double      max);
HcRange    hc_range_row_get_value    (HcRangeRow *self);
/* Shows @value without announcing it. */
void       hc_range_row_set_value    (HcRangeRow *self,
                                      HcRange     value);
/* @hint is shown under the title while the value is good ("Default
 * 20–25 %"); @show_reset shows the reset button, which emits ::reset. */
void       hc_range_row_set_hint     (HcRangeRow *self,
                                      const char *hint,
                                      gboolean    show_reset);
/* The reason the typed value was refused, or NULL. */
const char *hc_range_row_get_error   (HcRangeRow *self);
GtkEditable *hc_range_row_get_low_editable  (HcRangeRow *self);
GtkEditable *hc_range_row_get_high_editable (HcRangeRow *self);

G_END_DECLS
