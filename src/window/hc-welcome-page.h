/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* What a window shows with no plan: a blank plan (win.new-blank), the
 * templates, each with its line of description (win.new-from-template), Open (win.open) and the recent
 * plans from GtkRecentManager (win.open-uri). */
#define HC_TYPE_WELCOME_PAGE (hc_welcome_page_get_type ())
G_DECLARE_FINAL_TYPE (HcWelcomePage, hc_welcome_page, HC, WELCOME_PAGE, GtkWidget)

G_END_DECLS
