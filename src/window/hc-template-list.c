/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-template-list"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-chart-format.h"
#include "hc-template-list.h"
#include "hc-templates.h"

GtkWidget *
hc_link_row_new (const char *title,
                 const char *subtitle,
                 const char *action_name,
                 GVariant   *target)
{
  GtkWidget *row;

  g_return_val_if_fail (title != NULL, NULL);
  g_return_val_if_fail (action_name != NULL, NULL);

  row = adw_action_row_new ();
  /* Titles come from files and templates, not markup. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), gtk_image_new_from_icon_name ("go-next-symbolic"));
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (row), action_name);
  gtk_actionable_set_action_target_value (GTK_ACTIONABLE (row), target);
  return row;
}

GtkWidget *
hc_template_rows_fill (AdwPreferencesGroup *group,
                       const char          *blank_action_name,
                       const char          *action_name)
{
  const HcTemplateInfo *templates = hc_templates_list ();
  GtkWidget *first;

  g_return_val_if_fail (ADW_IS_PREFERENCES_GROUP (group), NULL);
  g_return_val_if_fail (blank_action_name != NULL, NULL);
  g_return_val_if_fail (action_name != NULL, NULL);

  /* First: someone who knows the team they want starts from nothing. */
  first = hc_link_row_new (_("Blank Plan"), _("The guide's roles and phases, and no positions yet"),
                           blank_action_name, NULL);
  adw_preferences_group_add (group, first);
  for (guint i = 0; templates[i].name != NULL; i++)
    {
      /* The line quotes what the engine computes from the template. */
      g_autofree char *line = hc_template_describe (templates[i].name,
                                                    hc_format_money_range_compact);
      GtkWidget *row = hc_link_row_new (_(templates[i].title), line,
                                        action_name, g_variant_new_string (templates[i].name));

      adw_preferences_group_add (group, row);
    }
  return first;
}
