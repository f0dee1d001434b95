/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-compat"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-compat.h"

/* AdwMessageDialog and AdwAboutWindow exist from libadwaita 1.2 on; newer
 * versions deprecate them for AdwAlertDialog and AdwAboutDialog, which 1.2
 * lacks.  The older widgets still work everywhere, so they are used, with
 * the deprecation quietened here and nowhere else. */
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

typedef struct
{
  HcAlertFunc  func;
  gpointer     user_data;
  GtkWindow   *parent;
  char        *response;
} AlertClosure;

static void
alert_closure_free (gpointer data)
{
  AlertClosure *closure = data;

  g_clear_object (&closure->parent);
  g_free (closure->response);
  g_free (closure);
}

/* The answer is acted on once the dialog is gone: "Discard" closes the
 * parent window, which must not happen while its dialog is still
 * emitting. */
static gboolean
deliver_response (gpointer data)
{
  AlertClosure *closure = data;

  if (closure->func != NULL)
    closure->func (closure->response, closure->user_data);
  return G_SOURCE_REMOVE;
}

static void
on_alert_response (AdwMessageDialog *dialog,
                   const char       *response,
                   gpointer          user_data)
{
  AlertClosure *closure = user_data;
  AlertClosure *copy = g_new0 (AlertClosure, 1);

  if (g_object_get_data (G_OBJECT (closure->parent), "hc-alert") == dialog)
    g_object_set_data (G_OBJECT (closure->parent), "hc-alert", NULL);
  copy->func = closure->func;
  copy->user_data = closure->user_data;
  copy->parent = g_object_ref (closure->parent);
  copy->response = g_strdup (response);
  g_idle_add_full (G_PRIORITY_HIGH_IDLE, deliver_response, copy, alert_closure_free);
}

static void
add_responses (AdwMessageDialog      *dialog,
               const HcAlertResponse *responses,
               guint                  n_responses)
{
  for (guint i = 0; i < n_responses; i++)
    {
      adw_message_dialog_add_response (dialog, responses[i].id, responses[i].label);
      if (responses[i].appearance == HC_RESPONSE_SUGGESTED)
        adw_message_dialog_set_response_appearance (dialog, responses[i].id,
                                                    ADW_RESPONSE_SUGGESTED);
      else if (responses[i].appearance == HC_RESPONSE_DESTRUCTIVE)
        adw_message_dialog_set_response_appearance (dialog, responses[i].id,
                                                    ADW_RESPONSE_DESTRUCTIVE);
    }
}

GtkWidget *
hc_compat_alert_show (GtkWindow             *parent,
                      const char            *heading,
                      const char            *body,
                      const HcAlertResponse *responses,
                      guint                  n_responses,
                      const char            *default_response,
                      const char            *close_response,
                      HcAlertFunc            func,
                      gpointer               user_data)
{
  AdwMessageDialog *dialog;
  AlertClosure *closure;

  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  dialog = ADW_MESSAGE_DIALOG (adw_message_dialog_new (parent, heading, body));
  add_responses (dialog, responses, n_responses);
  adw_message_dialog_set_default_response (dialog, default_response);
  adw_message_dialog_set_close_response (dialog, close_response);
  closure = g_new0 (AlertClosure, 1);
  closure->func = func;
  closure->user_data = user_data;
  closure->parent = g_object_ref (parent);
  g_signal_connect_data (dialog, "response", G_CALLBACK (on_alert_response),
                         closure, (GClosureNotify) (void (*)(void)) alert_closure_free, 0);
  g_object_set_data (G_OBJECT (parent), "hc-alert", dialog);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

void
hc_compat_alert_set_extra_child (GtkWidget *alert,
                                 GtkWidget *child)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (alert));

  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (alert), child);
}

void
hc_compat_alert_respond (GtkWidget  *alert,
                         const char *response)
{
  g_return_if_fail (ADW_IS_MESSAGE_DIALOG (alert));

  /* What a click does: answer, then close. */
  g_object_ref (alert);
  adw_message_dialog_response (ADW_MESSAGE_DIALOG (alert), response);
  gtk_window_close (GTK_WINDOW (alert));
  g_object_unref (alert);
}

GtkWidget *
hc_compat_alert_find (GtkWindow *parent)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  return g_object_get_data (G_OBJECT (parent), "hc-alert");
}

void
hc_compat_show_about (GtkWindow *parent)
{
  const char *developers[] = { _("The Headcount authors"), NULL };

  adw_show_about_window (parent,
                         "application-name", _("Headcount"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Plan a backend engineering team: who to hire, when, and what it costs"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "website", "https://github.com/headcount/headcount",
                         NULL);
}

G_GNUC_END_IGNORE_DEPRECATIONS

typedef struct
{
  HcFileFunc func;
  gpointer   user_data;
} FileClosure;

static GListStore *
make_plan_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) plans = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();

  gtk_file_filter_set_name (plans, _("Headcount Plans"));
  gtk_file_filter_add_pattern (plans, "*.headcount");
  gtk_file_filter_add_pattern (plans, "*.json");
  gtk_file_filter_add_mime_type (plans, "application/x-headcount+json");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  g_list_store_append (filters, plans);
  g_list_store_append (filters, all);
  return filters;
}

#if GTK_CHECK_VERSION (4, 10, 0)

static void
on_file_dialog_done (GObject      *object,
                     GAsyncResult *result,
                     gpointer      user_data)
{
  g_autofree FileClosure *closure = user_data;
  GtkFileDialog *dialog = GTK_FILE_DIALOG (object);
  g_autoptr(GFile) file = NULL;

  if (g_object_get_data (object, "hc-save") != NULL)
    file = gtk_file_dialog_save_finish (dialog, result, NULL);
  else
    file = gtk_file_dialog_open_finish (dialog, result, NULL);
  closure->func (file, closure->user_data);
}

static void
choose_file (GtkWindow  *parent,
             const char *title,
             const char *suggested_name,
             GFile      *folder,
             GListStore *filters,
             HcFileFunc  func,
             gpointer    user_data)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  FileClosure *closure = g_new0 (FileClosure, 1);

  closure->func = func;
  closure->user_data = user_data;
  gtk_file_dialog_set_title (dialog, title);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  if (suggested_name != NULL)
    {
      g_object_set_data (G_OBJECT (dialog), "hc-save", GINT_TO_POINTER (1));
      gtk_file_dialog_set_initial_name (dialog, suggested_name);
      gtk_file_dialog_save (dialog, parent, NULL, on_file_dialog_done, closure);
    }
  else
    gtk_file_dialog_open (dialog, parent, NULL, on_file_dialog_done, closure);
}

#else

static void
on_file_chooser_response (GtkNativeDialog *native,
                          int              response,
                          gpointer         user_data)
{
  g_autofree FileClosure *closure = user_data;
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (native));
  closure->func (file, closure->user_data);
  g_object_unref (native);
}

static void
choose_file (GtkWindow  *parent,
             const char *title,
             const char *suggested_name,
             GFile      *folder,
             GListStore *filters,
             HcFileFunc  func,
             gpointer    user_data)
{
  gboolean save = suggested_name != NULL;
  GtkFileChooserNative *native;
  FileClosure *closure = g_new0 (FileClosure, 1);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (filters));

  closure->func = func;
  closure->user_data = user_data;
  native = gtk_file_chooser_native_new (title, parent,
                                        save ? GTK_FILE_CHOOSER_ACTION_SAVE
                                             : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        save ? _("_Save") : _("_Open"),
                                        _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (native), TRUE);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (G_LIST_MODEL (filters), i);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (native), filter);
    }
  if (folder != NULL)
    gtk_file_chooser_set_current_folder (GTK_FILE_CHOOSER (native), folder, NULL);
  if (save)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (native), suggested_name);
  g_signal_connect (native, "response", G_CALLBACK (on_file_chooser_response), closure);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (native));
}

#endif

void
hc_compat_choose_plan_file (GtkWindow  *parent,
                            const char *title,
                            const char *suggested_name,
                            GFile      *folder,
                            HcFileFunc  func,
                            gpointer    user_data)
{
  g_autoptr(GListStore) filters = make_plan_filters ();

  choose_file (parent, title, suggested_name, folder, filters, func, user_data);
}

void
hc_compat_choose_export_file (GtkWindow  *parent,
                              const char *title,
                              const char *suggested_name,
                              GFile      *folder,
                              const char *filter_name,
                              const char *mime_type,
                              const char *pattern,
                              HcFileFunc  func,
                              gpointer    user_data)
{
  g_autoptr(GListStore) filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();

  g_return_if_fail (suggested_name != NULL);

  gtk_file_filter_set_name (filter, filter_name);
  gtk_file_filter_add_mime_type (filter, mime_type);
  gtk_file_filter_add_pattern (filter, pattern);
  g_list_store_append (filters, filter);
  choose_file (parent, title, suggested_name, folder, filters, func, user_data);
}

void
hc_compat_tab_leaves_list (GtkListView *view)
{
  g_return_if_fail (GTK_IS_LIST_VIEW (view));

#if GTK_CHECK_VERSION (4, 12, 0)
  gtk_list_view_set_tab_behavior (view, GTK_LIST_TAB_ITEM);
#endif
}

void
hc_compat_get_accent_color (GtkWidget *widget,
                            GdkRGBA   *color)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean dark = adw_style_manager_get_dark (manager);
#if !ADW_CHECK_VERSION (1, 6, 0)
  gboolean found;
#endif

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (color != NULL);

#if ADW_CHECK_VERSION (1, 6, 0)
  /* The desktop's accent, which libadwaita's --accent-color variable
   * holds too; GTK's own lookup cannot read a variable. */
  adw_accent_color_to_standalone_rgba (adw_style_manager_get_accent_color (manager), dark, color);
#else
  /* Before libadwaita 1.6 the accent is the theme's named colour, with a
   * high-contrast variant.  Its lookup is deprecated from GTK 4.10 on,
   * but libadwaita before 1.6 names it nowhere else. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  found = gtk_style_context_lookup_color (gtk_widget_get_style_context (widget), "accent_color", color);
  G_GNUC_END_IGNORE_DEPRECATIONS
  if (!found)
    /* Another theme: libadwaita's default blue. */
    gdk_rgba_parse (color, dark ? "#78aeed" : "#1c71d8");
#endif
}

void
hc_compat_get_chart_style (GtkWidget    *widget,
                           HcChartStyle *style)
{
  AdwStyleManager *manager = adw_style_manager_get_default ();
  GdkRGBA accent;

  g_return_if_fail (GTK_IS_WIDGET (widget));
  g_return_if_fail (style != NULL);

  hc_compat_get_accent_color (widget, &accent);
  hc_chart_style_init_screen (style, adw_style_manager_get_dark (manager),
                              adw_style_manager_get_high_contrast (manager),
                              (HcChartColor) { accent.red, accent.green, accent.blue });
}
