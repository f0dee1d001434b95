/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ui-test-util"

#include "config.h"

#include <errno.h>
#include <string.h>
#include <fcntl.h>
#include <linux/fs.h>
#include <sys/ioctl.h>
#include <unistd.h>
#include <adwaita.h>
#include <glib/gstdio.h>

#include "hc-window-private.h"
#include "ui-test-util.h"

static HcApplication *app;
static char *tmp_dir;

/* GDK's X11 backend in GTK 4.2x sometimes submits one frame's timings
 * twice when a drop-down's popover opens on a key press under Xvfb (seen
 * with GTK 4.24 in the Debian testing stage, with or without our code that
 * moves the focus into the list; never with 4.8).  Applications submit no
 * frames, so nothing of ours causes it: that one message from that one
 * domain is reported instead of failing the test. Every other message goes
 * to GLib's writer, where warnings stay fatal. GDK logs structured, so a
 * writer is the place to tell it apart (the test fatal handler sees only
 * g_log()'s messages). */
static GLogWriterOutput
write_log (GLogLevelFlags   log_level,
           const GLogField *fields,
           gsize            n_fields,
           gpointer         user_data)
{
  const char *domain = NULL;
  const char *message = NULL;

  for (gsize i = 0; i < n_fields; i++)
    if (g_strcmp0 (fields[i].key, "GLIB_DOMAIN") == 0)
      domain = fields[i].value;
    else if (g_strcmp0 (fields[i].key, "MESSAGE") == 0)
      message = fields[i].value;
  if (gtk_get_minor_version () >= 20 && g_strcmp0 (domain, "Gdk") == 0 && message != NULL &&
      g_str_has_prefix (message, "gdk_frame_timings_submitted() called on submitted frame"))
    {
      g_test_message ("GDK's frame-timing warning tolerated: %s", message);
      return G_LOG_WRITER_HANDLED;
    }
  return g_log_writer_default (log_level, fields, n_fields, user_data);
}

const char *
ui_test_init (int    *argc,
              char ***argv)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *state = NULL;
  g_autofree char *data = NULL;

  g_setenv ("GSK_RENDERER", "cairo", FALSE);
  g_setenv ("GTK_A11Y", "none", FALSE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_log_set_writer_func (write_log, NULL, NULL);
  /* No animations: a test sees where each transition ends, never a
   * stack or a sidebar half-way, whatever the renderer's pace. */
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  /* GTK 4.8's recent manager leaks a GDateTime at every change it writes,
   * a leak LeakSanitizer's fast unwinding cannot tell from ours (GLib has
   * no frame pointers); no test reads the recent files. */
  g_object_set (gtk_settings_get_default (), "gtk-recent-files-enabled", FALSE, NULL);
  if (g_test_subprocess ())
    {
      tmp_dir = g_build_filename (g_getenv ("XDG_STATE_HOME"), "..", NULL);
      return tmp_dir;
    }
  tmp_dir = g_dir_make_tmp ("headcount-ui-XXXXXX", &error);
  g_assert_no_error (error);
  state = g_build_filename (tmp_dir, "state", NULL);
  data = g_build_filename (tmp_dir, "data", NULL);
  g_setenv ("XDG_STATE_HOME", state, TRUE);
  g_setenv ("XDG_DATA_HOME", data, TRUE);
  return tmp_dir;
}

const char *
ui_test_dir (void)
{
  return tmp_dir;
}

HcApplication *
get_app (void)
{
  if (app == NULL)
    {
      app = hc_application_new ();
      g_application_set_flags (G_APPLICATION (app),
                               G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
      g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
      hc_session_set_draft_delay (hc_application_get_session (app), 50);
    }
  return app;
}

typedef struct
{
  gpointer    object;     /* a weak pointer: NULL once finalized */
  const char *type_name;
} WatchedObject;

/* Every object in @watched is finalized once the main loop has run what
 * destroying them left pending: a window, dialog or widget that outlives
 * its destruction is a leak (g_assert_finalize_object's idea, for objects
 * GTK may still hold for a moment). */
static gboolean
all_finalized (gpointer data)
{
  GPtrArray *watched = data;

  for (guint i = 0; i < watched->len; i++)
    if (((WatchedObject *) g_ptr_array_index (watched, i))->object != NULL)
      return FALSE;
  return TRUE;
}

static void
assert_finalized (GPtrArray *watched)
{
  gint64 until = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

  while (!all_finalized (watched) && g_get_monotonic_time () < until)
    spin_for_ms (20);
  for (guint i = 0; i < watched->len; i++)
    {
      WatchedObject *w = g_ptr_array_index (watched, i);

      if (w->object != NULL)
        g_error ("a %s was destroyed but is still alive (%u references): a leak",
                 w->type_name, G_OBJECT (w->object)->ref_count);
    }
}

static void
watch (GPtrArray *watched,
       gpointer   object)
{
  WatchedObject *w;

  if (object == NULL)
    return;
  w = g_new0 (WatchedObject, 1);
  w->object = object;
  w->type_name = G_OBJECT_TYPE_NAME (object);
  g_object_add_weak_pointer (w->object, &w->object);
  g_ptr_array_add (watched, w);
}

static void
unwatch (gpointer data)
{
  WatchedObject *w = data;

  if (w->object != NULL)
    g_object_remove_weak_pointer (w->object, &w->object);
  g_free (w);
}

HcWindow *
new_window (int width,
            int height)
{
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

HcWindow *
open_template (const char *name)
{
  HcWindow *window = new_window (1280, 800);

  g_assert_null (hc_window_get_document (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s", name));
  iterate ();
  g_assert_nonnull (hc_window_get_document (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

HcPlan *
plan_of (HcWindow *window)
{
  return hc_document_get_plan (hc_window_get_document (window));
}

void
destroy_window (HcWindow *window)
{
  HcDocument *document = hc_window_get_document (window);
  g_autoptr(GPtrArray) watched = g_ptr_array_new_with_free_func (unwatch);

  watch (watched, window);
  watch (watched, window->editor);
  watch (watched, window->budget_panel);
  watch (watched, window->gantt_view);
  watch (watched, window->welcome_page);
  /* Throw the plan away without a question, as "Discard" would. */
  if (document != NULL && hc_document_get_modified (document))
    window->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (window));
  iterate ();
  assert_finalized (watched);
}

void
refuse_new_files (const char *folder,
                  gboolean    refuse)
{
  int fd, flags = 0;

  if (geteuid () != 0)
    {
      g_assert_cmpint (g_chmod (folder, refuse ? 0555 : 0755), ==, 0);
      return;
    }
  fd = open (folder, O_RDONLY | O_DIRECTORY);
  g_assert_cmpint (fd, >=, 0);
  if (ioctl (fd, FS_IOC_GETFLAGS, &flags) != 0)
    g_error ("%s: cannot read its flags (%s): run as a user other than root, or on a "
             "file system with chattr +i", folder, g_strerror (errno));
  flags = refuse ? flags | FS_IMMUTABLE_FL : flags & ~FS_IMMUTABLE_FL;
  if (ioctl (fd, FS_IOC_SETFLAGS, &flags) != 0)
    g_error ("%s: cannot set the immutable flag as root (%s): run as a user other "
             "than root, or with CAP_LINUX_IMMUTABLE", folder, g_strerror (errno));
  close (fd);
}

void
destroy_all_windows (void)
{
  GList *toplevels = gtk_window_list_toplevels ();
  g_autoptr(GPtrArray) watched = g_ptr_array_new_with_free_func (unwatch);

  /* Held: destroying a window destroys its dialogs, later in the list. */
  g_list_foreach (toplevels, (GFunc) (void (*)(void)) g_object_ref, NULL);
  for (GList *l = toplevels; l != NULL; l = l->next)
    {
      watch (watched, l->data);
      gtk_window_destroy (l->data);
    }
  g_list_free_full (toplevels, g_object_unref);
  iterate ();
  assert_finalized (watched);
}

void
ui_test_finish (void)
{
  destroy_all_windows ();
  g_clear_object (&app);
  g_clear_pointer (&tmp_dir, g_free);
}

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

#undef wait_until

void
wait_until_named (gboolean  (*done) (gpointer),
                  gpointer    data,
                  const char *what,
                  const char *file,
                  int         line)
{
  gint64 deadline = g_get_monotonic_time () + UI_TEST_WAIT_SECONDS * G_USEC_PER_SEC;
  guint id = g_timeout_add (20, wake_up, NULL);

  while (!done (data))
    {
      if (g_get_monotonic_time () > deadline)
        g_error ("%s:%d: waited %d s for %s, which never held", file, line,
                 UI_TEST_WAIT_SECONDS, what);
      g_main_context_iteration (NULL, TRUE);
    }
  g_source_remove (id);
  iterate ();
}

static gboolean
count_frame (GtkWidget     *widget,
             GdkFrameClock *clock,
             gpointer       data)
{
  guint *left = data;

  if (*left > 0)
    --*left;
  return *left > 0 ? G_SOURCE_CONTINUE : G_SOURCE_REMOVE;
}

static gboolean
no_frames_left (gpointer data)
{
  return *(guint *) data == 0;
}

void
wait_for_frames (GtkWidget *widget,
                 guint      n)
{
  guint left = n;

  if (n == 0)
    return;
  gtk_widget_add_tick_callback (widget, count_frame, &left, NULL);
  wait_until_named (no_frames_left, &left, "frames drawn", __FILE__, __LINE__);
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

GdkTexture *
save_widget_screenshot (GtkWidget  *widget,
                        const char *fallback_dir,
                        const char *name)
{
  const char *dir = g_getenv ("HC_SCREENSHOTS_DIR");
  GtkSnapshot *snapshot = gtk_snapshot_new ();
  g_autoptr(GdkPaintable) paintable = NULL;
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (dir != NULL ? dir : fallback_dir, name, NULL);
  int width, height;

  /* A fold or a style change leaves a frame to finish first. */
  iterate ();
  gtk_widget_queue_draw (widget);
  gtk_test_widget_wait_for_draw (widget);
  width = gtk_widget_get_width (widget);
  height = gtk_widget_get_height (widget);
  paintable = gtk_widget_paintable_new (widget);
  gdk_paintable_snapshot (paintable, snapshot, width, height);
  node = gtk_snapshot_free_to_node (snapshot);
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (widget)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  /* The picture is the widget, whole. */
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
  g_assert_true (gdk_texture_save_to_png (texture, path));
  g_test_message ("screenshot %s (%d × %d)", path, width, height);
  return g_steal_pointer (&texture);
}

double
texture_mean_luminance (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  double sum = 0;

  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 0; i < (gsize) width * height; i++)
    {
      const guchar *p = pixels + i * 4;  /* B G R A (native) */

      sum += (0.0722 * p[0] + 0.7152 * p[1] + 0.2126 * p[2]) / 255.0;
    }
  return sum / ((double) width * height);
}

void
assert_shows_style (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  double luminance = texture_mean_luminance (texture);
  gboolean flat = TRUE;

  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (gsize i = 1; i < (gsize) width * height && flat; i++)
    flat = memcmp (pixels, pixels + i * 4, 4) == 0;
  g_assert_false (flat);
  if (adw_style_manager_get_dark (adw_style_manager_get_default ()))
    g_assert_cmpfloat (luminance, <, 0.5);
  else
    g_assert_cmpfloat (luminance, >, 0.5);
}
