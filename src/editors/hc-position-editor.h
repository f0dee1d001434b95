/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-document.h"

G_BEGIN_DECLS

#define HC_TYPE_POSITION_EDITOR (hc_position_editor_get_type ())
G_DECLARE_FINAL_TYPE (HcPositionEditor, hc_position_editor, HC, POSITION_EDITOR, GtkWidget)

/* Every field of one position.  Each edit goes through the document as
 * one named undo step; typing into a field merges into one.  ::done asks
 * to go back to the list (back, or the position was removed). */
GtkWidget  *hc_position_editor_new          (void);
void        hc_position_editor_set_position (HcPositionEditor *self,
                                             HcDocument       *document,
                                             HcPosition       *position);
HcPosition *hc_position_editor_get_position (HcPositionEditor *self);

G_END_DECLS
