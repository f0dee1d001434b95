/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-chart-style.h"

G_BEGIN_DECLS

/* The only place that knows which GTK and libadwaita it is built with:
 * everything else calls these. */

typedef enum
{
  HC_RESPONSE_DEFAULT,
  HC_RESPONSE_SUGGESTED,
  HC_RESPONSE_DESTRUCTIVE,
} HcResponseAppearance;

typedef struct
{
  const char           *id;
  const char           *label;
  HcResponseAppearance  appearance;
} HcAlertResponse;

typedef void (*HcAlertFunc)   (const char *response,
                               gpointer    user_data);
typedef void (*HcFileFunc)    (GFile      *file_or_null,
                               gpointer    user_data);

/* A modal question on @parent.  @func is called once, with the response
 * id (@close_response when dismissed by Escape).  The returned widget is
 * owned by GTK; tests answer it with hc_compat_alert_respond(). */
GtkWidget *hc_compat_alert_show    (GtkWindow             *parent,
                                    const char            *heading,
                                    const char            *body,
                                    const HcAlertResponse *responses,
                                    guint                  n_responses,
                                    const char            *default_response,
                                    const char            *close_response,
                                    HcAlertFunc            func,
                                    gpointer               user_data);
/* A widget under the alert's text (a choice to make before answering). */
void       hc_compat_alert_set_extra_child (GtkWidget     *alert,
                                            GtkWidget     *child);
void       hc_compat_alert_respond (GtkWidget             *alert,
                                    const char            *response);
/* The alert a window shows now, NULL if none. */
GtkWidget *hc_compat_alert_find    (GtkWindow             *parent);

/* The native file chooser (the portal under Flatpak), on *.headcount and
 * *.json. @suggested_name names a file to save, NULL to open one. */
void       hc_compat_choose_plan_file (GtkWindow  *parent,
                                       const char *title,
                                       const char *suggested_name,
                                       GFile      *folder,
                                       HcFileFunc  func,
                                       gpointer    user_data);

/* The same to save an export: one filter, @filter_name, on @mime_type
 * and @pattern ("*.pdf"), starting in @folder (may be NULL). */
void       hc_compat_choose_export_file (GtkWindow  *parent,
                                         const char *title,
                                         const char *suggested_name,
                                         GFile      *folder,
                                         const char *filter_name,
                                         const char *mime_type,
                                         const char *pattern,
                                         HcFileFunc  func,
                                         gpointer    user_data);

void       hc_compat_show_about       (GtkWindow  *parent);

/* Tab leaves @view after one item and the arrows move between items, as
 * in GTK 4.8; from 4.12 on Tab would walk every row of the list, which in a
 * long plan keeps a keyboard user from ever getting past it. */
void       hc_compat_tab_leaves_list  (GtkListView *view);

/* The desktop's accent colour as it reads on @widget's background (a
 * standalone colour: darker on light, lighter on dark); high contrast
 * included, where the theme has its own. */
void       hc_compat_get_accent_color (GtkWidget   *widget,
                                       GdkRGBA     *color);
/* How a chart on screen looks now: light or dark and high contrast as
 * AdwStyleManager says, marks in the accent colour.  Redraw on
 * AdwStyleManager's ::notify. */
void       hc_compat_get_chart_style  (GtkWidget    *widget,
                                       HcChartStyle *style);

G_END_DECLS
