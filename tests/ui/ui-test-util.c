/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ui-test-util"

#include "config.h"

#include "ui-test-util.h"

void
iterate (void)
{
  while (g_main_context_pending (NULL))
    g_main_context_iteration (NULL, FALSE);
}

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

void
wait_until (gboolean (*done) (gpointer),
            gpointer   data)
{
  guint id = g_timeout_add (20, wake_up, NULL);

  while (!done (data))
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
  iterate ();
}

void
spin_for_ms (guint ms)
{
  gint64 end = g_get_monotonic_time () + ms * 1000;
  guint id = g_timeout_add (20, wake_up, NULL);

  while (g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
}

void
collect_widgets (GtkWidget *root,
                 GType      type,
                 GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect_widgets (child, type, found);
    }
}

GtkWidget *
find_widget (GtkWidget *root,
             GType      type,
             guint      nth)
{
  g_autoptr(GPtrArray) found = g_ptr_array_new ();

  collect_widgets (root, type, found);
  return nth < found->len ? g_ptr_array_index (found, nth) : NULL;
}
