/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-preferences-window"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-preferences-window.h"
#include "hc-validate.h"

struct _HcPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;
  GSettings            *settings;
  GtkWidget            *currency_row;
  GtkWidget            *sidebar_row;
};

G_DEFINE_FINAL_TYPE (HcPreferencesWindow, hc_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

/* Marks the field with the core's reason for refusing @text; TRUE if the
 * code is one a plan may hold. */
static gboolean
check_currency (HcPreferencesWindow *self,
                const char          *text)
{
  g_autoptr(GError) error = NULL;

  if (hc_validate_currency (text, _("Default currency"), &error))
    {
      gtk_widget_remove_css_class (self->currency_row, "error");
      gtk_widget_set_tooltip_text (self->currency_row, NULL);
      return TRUE;
    }
  gtk_widget_add_css_class (self->currency_row, "error");
  gtk_widget_set_tooltip_text (self->currency_row, error->message);
  return FALSE;
}

/* Only a code the plan file accepts reaches the setting (the rule is the
 * loader's own); anything else is marked at the field and left out. */
static void
on_currency_changed (HcPreferencesWindow *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->currency_row));

  if (!check_currency (self, text))
    return;
  if (self->settings != NULL)
    g_settings_set_string (self->settings, "default-currency", text);
}

static void
hc_preferences_window_dispose (GObject *object)
{
  HcPreferencesWindow *self = HC_PREFERENCES_WINDOW (object);

  g_clear_object (&self->settings);

  G_OBJECT_CLASS (hc_preferences_window_parent_class)->dispose (object);
}

static void
hc_preferences_window_class_init (HcPreferencesWindowClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hc_preferences_window_dispose;
}

static void
hc_preferences_window_init (HcPreferencesWindow *self)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *plans = adw_preferences_group_new ();
  GtkWidget *window = adw_preferences_group_new ();

  gtk_window_set_default_size (GTK_WINDOW (self), 520, 420);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (plans), _("New Plans"));
  self->currency_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->currency_row),
                                 _("Default Currency (ISO 4217, such as USD)"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (plans), self->currency_row);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (window), _("Window"));
  self->sidebar_row = adw_action_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->sidebar_row), _("Show the Team Sidebar"));
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (window), self->sidebar_row);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (plans));
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (window));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
}

GtkWidget *
hc_preferences_window_new (GSettings *settings)
{
  HcPreferencesWindow *self = g_object_new (HC_TYPE_PREFERENCES_WINDOW, NULL);
  GtkWidget *toggle = gtk_switch_new ();
  g_autofree char *currency = NULL;

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->sidebar_row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->sidebar_row), toggle);
  if (settings != NULL)
    {
      self->settings = g_object_ref (settings);
      currency = g_settings_get_string (settings, "default-currency");
      gtk_editable_set_text (GTK_EDITABLE (self->currency_row), currency);
      /* A setting written by hand ("usd") shows what is wrong with it. */
      check_currency (self, currency);
      g_settings_bind (settings, "sidebar-visible", toggle, "active", G_SETTINGS_BIND_DEFAULT);
    }
  g_signal_connect_swapped (self->currency_row, "changed", G_CALLBACK (on_currency_changed), self);
  return GTK_WIDGET (self);
}
