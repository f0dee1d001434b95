/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-cost-assumptions.h"
#include "hc-document.h"

G_BEGIN_DECLS

/* The plan's cost assumptions, each a low–high pair with the guide's
 * default beside it and a button back to it; then currency, start date
 * and horizon. */
#define HC_TYPE_ASSUMPTIONS_EDITOR (hc_assumptions_editor_get_type ())
G_DECLARE_FINAL_TYPE (HcAssumptionsEditor, hc_assumptions_editor, HC, ASSUMPTIONS_EDITOR, AdwPreferencesGroup)

void        hc_assumptions_editor_set_document (HcAssumptionsEditor *self,
                                                HcDocument          *document);
void        hc_assumptions_editor_refresh      (HcAssumptionsEditor *self);
/* For tests. */
GtkWidget  *hc_assumptions_editor_get_row      (HcAssumptionsEditor *self,
                                                HcAssumption         which);

G_END_DECLS
