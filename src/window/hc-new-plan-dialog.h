/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define HC_TYPE_NEW_PLAN_DIALOG (hc_new_plan_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HcNewPlanDialog, hc_new_plan_dialog, HC, NEW_PLAN_DIALOG, AdwWindow)

/* "New Plan": a blank plan, then the templates, modal over @parent (an
 * HcWindow), the blank plan focused.  Choosing one closes the dialog and
 * activates win.new-blank or win.new-from-template on @parent, which puts the plan in @parent if it
 * shows no plan, else in a new window.  Cancel and Escape close it. */
GtkWidget *hc_new_plan_dialog_new (GtkWindow *parent);

G_END_DECLS
