/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-document.h"

G_BEGIN_DECLS

#define HC_TYPE_ROLES_DIALOG (hc_roles_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HcRolesDialog, hc_roles_dialog, HC, ROLES_DIALOG, AdwPreferencesWindow)

/* The plan's role catalogue and phases: add a custom role with its
 * salaries, rename or re-time a phase, remove either (asking where the
 * positions that use it go).  Edits are undoable steps of the
 * document like any other. */
GtkWidget *hc_roles_dialog_new (HcDocument *document);

G_END_DECLS
