/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-welcome-page"

#include "config.h"

#include "hc-template-list.h"
#include "hc-welcome-page.h"

#define MAX_RECENT 6

struct _HcWelcomePage
{
  GtkWidget            parent_instance;
  AdwPreferencesGroup *templates_group;
  AdwPreferencesGroup *recent_group;
  GPtrArray           *recent_rows;
};

G_DEFINE_FINAL_TYPE (HcWelcomePage, hc_welcome_page, GTK_TYPE_WIDGET)

static gboolean
is_plan (GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);

  return g_str_has_suffix (uri, ".headcount") &&
         gtk_recent_info_exists (info);
}

static int
compare_recent (gconstpointer a,
                gconstpointer b)
{
  GtkRecentInfo *ia = *(GtkRecentInfo **) a;
  GtkRecentInfo *ib = *(GtkRecentInfo **) b;
  /* Borrowed: GtkRecentInfo keeps its own dates. */
  GDateTime *ta = gtk_recent_info_get_modified (ia);
  GDateTime *tb = gtk_recent_info_get_modified (ib);

  return g_date_time_compare (tb, ta);
}

static void
refresh_recent (HcWelcomePage *self)
{
  GList *items = gtk_recent_manager_get_items (gtk_recent_manager_get_default ());
  g_autoptr(GPtrArray) plans = g_ptr_array_new ();

  for (guint i = 0; i < self->recent_rows->len; i++)
    adw_preferences_group_remove (self->recent_group, g_ptr_array_index (self->recent_rows, i));
  g_ptr_array_set_size (self->recent_rows, 0);
  for (GList *l = items; l != NULL; l = l->next)
    if (is_plan (l->data))
      g_ptr_array_add (plans, l->data);
  g_ptr_array_sort (plans, compare_recent);
  for (guint i = 0; i < plans->len && i < MAX_RECENT; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (plans, i);
      g_autofree char *where = gtk_recent_info_get_uri_display (info);
      GtkWidget *row = hc_link_row_new (gtk_recent_info_get_display_name (info), where,
                                        "win.open-uri",
                                        g_variant_new_string (gtk_recent_info_get_uri (info)));

      adw_preferences_group_add (self->recent_group, row);
      g_ptr_array_add (self->recent_rows, row);
    }
  gtk_widget_set_visible (GTK_WIDGET (self->recent_group), self->recent_rows->len > 0);
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
}

static void
hc_welcome_page_dispose (GObject *object)
{
  HcWelcomePage *self = HC_WELCOME_PAGE (object);

  g_clear_pointer (&self->recent_rows, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_WELCOME_PAGE);
  /* The template's root is not a bound child: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hc_welcome_page_parent_class)->dispose (object);
}

static void
hc_welcome_page_class_init (HcWelcomePageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_welcome_page_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/headcount/Headcount/ui/hc-welcome-page.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, HcWelcomePage, templates_group);
  gtk_widget_class_bind_template_child (widget_class, HcWelcomePage, recent_group);
}

static void
hc_welcome_page_init (HcWelcomePage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->recent_rows = g_ptr_array_new ();
  hc_template_rows_fill (self->templates_group, "win.new-blank", "win.new-from-template");
  refresh_recent (self);
  g_signal_connect_object (gtk_recent_manager_get_default (), "changed",
                           G_CALLBACK (refresh_recent), self, G_CONNECT_SWAPPED);
}
