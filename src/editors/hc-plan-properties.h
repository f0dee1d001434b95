/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-document.h"

G_BEGIN_DECLS

#define HC_TYPE_PLAN_PROPERTIES (hc_plan_properties_get_type ())
G_DECLARE_FINAL_TYPE (HcPlanProperties, hc_plan_properties, HC, PLAN_PROPERTIES, AdwWindow)

/* The plan's own words: its title, subtitle and notes, edited as they are
 * typed.  Each field's typing is one undo step of the document ("Change
 * Title"), and undo, redo and reload show in the fields at once. */
GtkWidget *hc_plan_properties_new (HcDocument *document);

G_END_DECLS
