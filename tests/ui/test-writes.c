/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes that cannot harm, through a real window and real key presses
 * (XTEST under Xvfb): Ctrl+S over another program's change asks, however
 * that program left the file's times. */
#define G_LOG_DOMAIN "test-writes"

#include "config.h"

#include <fcntl.h>
#include <gtk/gtk.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifdef GDK_WINDOWING_X11
#include <gdk/x11/gdkx.h>
#include <X11/keysym.h>
#include <X11/extensions/XTest.h>
#endif

#include "hc-application.h"
#include "hc-compat.h"
#include "hc-plan-io.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

static const char *tmp_dir;

#ifdef GDK_WINDOWING_X11

static Display *xdisplay;

static gboolean
xtest_available (void)
{
  GdkDisplay *display = gdk_display_get_default ();
  int event_base, error_base, major, minor;

  if (display == NULL || !GDK_IS_X11_DISPLAY (display))
    return FALSE;
  xdisplay = gdk_x11_display_get_xdisplay (display);
  return XTestQueryExtension (xdisplay, &event_base, &error_base, &major, &minor);
}

static void
send_key (KeySym   keysym,
          gboolean down)
{
  KeyCode code = XKeysymToKeycode (xdisplay, keysym);

  g_assert_cmpuint (code, !=, 0);
  XTestFakeKeyEvent (xdisplay, code, down, CurrentTime);
}

/* Ctrl and one key, as a keyboard sends them. */
static void
press_ctrl (KeySym keysym)
{
  send_key (XK_Control_L, TRUE);
  send_key (keysym, TRUE);
  send_key (keysym, FALSE);
  send_key (XK_Control_L, FALSE);
  XSync (xdisplay, False);
  iterate ();
}

static gboolean
window_active (gpointer window)
{
  return gtk_window_is_active (window);
}

static HcWindow *
open_template (const char *name)
{
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.new-from-template", "s", name));
  iterate ();
  g_assert_nonnull (hc_window_get_document (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  /* Without a window manager GDK gives a presented window the focus
   * itself, once it is mapped. */
  gtk_window_present (GTK_WINDOW (window));
  wait_until (window_active, window);
  return window;
}

/* Throws the plan away without a question, as "Discard" would. */
static void
end_window (HcWindow *window)
{
  HcDocument *document = hc_window_get_document (window);

  if (document != NULL && hc_document_get_modified (document))
    window->close_confirmed = TRUE;
  gtk_window_close (GTK_WINDOW (window));
  iterate ();
}

static HcPlan *
plan_of (HcWindow *window)
{
  return hc_document_get_plan (hc_window_get_document (window));
}

static void
rename_plan (HcWindow   *window,
             const char *title)
{
  hc_document_begin_edit (hc_window_get_document (window), "Title", NULL);
  hc_plan_set_title (plan_of (window), title);
  hc_document_end_edit (hc_window_get_document (window));
}

static gboolean
document_saved (gpointer data)
{
  HcWindow *window = data;

  return !_hc_window_is_busy (window) && hc_document_get_file (hc_window_get_document (window)) != NULL &&
         !hc_document_get_modified (hc_window_get_document (window));
}

static gboolean
reload_offered (gpointer data)
{
  return gtk_revealer_get_reveal_child (HC_WINDOW (data)->disk_banner);
}

/* The save ended, either way: it asked, or it wrote. */
static gboolean
save_answered (gpointer data)
{
  return !_hc_window_is_busy (data) &&
         (hc_compat_alert_find (GTK_WINDOW (data)) != NULL ||
          !hc_document_get_modified (hc_window_get_document (data)));
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  g_autofree char *contents = NULL;

  return g_file_get_contents (path, &contents, NULL, NULL) && strstr (contents, text) != NULL;
}

/* Another program writes the file in place, the same size, and puts its
 * modification time back, as sync tools do: only the change time tells. */
static void
rewrite_keeping_time (const char *path,
                      const char *from,
                      const char *to)
{
  g_autofree char *contents = NULL;
  gsize len;
  char *at;
  struct stat before, after;
  struct timespec times[2];
  int fd;

  g_assert_cmpuint (strlen (from), ==, strlen (to));
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  at = strstr (contents, from);
  g_assert_nonnull (at);
  memcpy (at, to, strlen (to));
  g_assert_cmpint (stat (path, &before), ==, 0);
  fd = open (path, O_WRONLY | O_TRUNC);
  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, contents, len), ==, (gssize) len);
  times[0] = before.st_atim;
  times[1] = before.st_mtim;
  g_assert_cmpint (futimens (fd, times), ==, 0);
  g_assert_cmpint (close (fd), ==, 0);
  g_assert_cmpint (stat (path, &after), ==, 0);
  g_assert_cmpint (after.st_ino, ==, before.st_ino);
  g_assert_cmpint (after.st_size, ==, before.st_size);
  g_assert_cmpint (after.st_mtim.tv_sec, ==, before.st_mtim.tv_sec);
  g_assert_cmpint (after.st_mtim.tv_nsec, ==, before.st_mtim.tv_nsec);
}

/* The window showed “changed by another program”, yet Ctrl+S wrote over
 * that change, its modification time being the old one. */
static void
test_ctrl_s_sees_change_that_kept_time (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "kept-time.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  HcWindow *window;
  GtkWidget *alert;

  if (!xtest_available ())
    g_error ("Needs an X11 display with the XTEST extension (run under Xvfb)");
  window = open_template ("first-hire");
  rename_plan (window, "Ours");
  _hc_window_save_to (window, file, FALSE);
  wait_until (document_saved, window);

  rewrite_keeping_time (path, "\"Ours\"", "\"Them\"");
  wait_until (reload_offered, window);
  rename_plan (window, "Ours, edited");
  press_ctrl (XK_s);
  wait_until (save_answered, window);
  alert = hc_compat_alert_find (GTK_WINDOW (window));
  g_assert_nonnull (alert);
  g_assert_true (file_holds (path, "\"Them\""));
  g_assert_true (hc_document_get_modified (hc_window_get_document (window)));
  hc_compat_alert_respond (alert, "cancel");
  iterate ();
  end_window (window);
  g_unlink (path);
}

#endif

int
main (int   argc,
      char *argv[])
{
  int status;

  tmp_dir = ui_test_init (&argc, &argv);

#ifdef GDK_WINDOWING_X11
  g_test_add_func ("/writes/ctrl-s-sees-change-that-kept-time", test_ctrl_s_sees_change_that_kept_time);
#endif

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
