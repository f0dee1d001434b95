/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* An activatable row with a title, a line below it and a forward arrow;
 * activating it activates @action_name with @target (floating or not). */
GtkWidget *hc_link_row_new        (const char          *title,
                                   const char          *subtitle,
                                   const char          *action_name,
                                   GVariant            *target);
/* Adds to @group a "Blank Plan" row activating @blank_action_name (no
 * target), then one row per template of hc_templates_list(), in its
 * order, each activating @action_name with the template's name, and
 * returns the first row, the blank plan's (owned by @group).  The welcome
 * page and the New Plan dialog both list the choices through this, so
 * the two lists cannot drift apart. */
GtkWidget *hc_template_rows_fill  (AdwPreferencesGroup *group,
                                   const char          *blank_action_name,
                                   const char          *action_name);

G_END_DECLS
