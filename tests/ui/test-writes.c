/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Writes that cannot harm, through a real window and real key presses
 * (XTEST under Xvfb), under de_DE.UTF-8: Ctrl+S over another program's
 * change asks, however that program left the file's times; the number
 * fields read German as the README says and show what the plan holds. */
#define G_LOG_DOMAIN "test-writes"

#include "config.h"

#include <fcntl.h>
#include <gtk/gtk.h>
#include <locale.h>
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
#include "hc-assumptions-editor.h"
#include "hc-budget-panel.h"
#include "hc-compat.h"
#include "hc-composition-editor.h"
#include "hc-position-editor.h"
#include "hc-print-preview.h"
#include "hc-plan-io.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "hc-locations.h"
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

/* A template's window that has the keyboard focus: real key presses go
 * to the focused window. */
static HcWindow *
open_template_focused (const char *name)
{
  HcWindow *window = open_template (name);

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
  window = open_template_focused ("first-hire");
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

/* ---- number fields under German ------------------------------------- */

static gboolean
wake_up (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Like wait_until, but a hang fails with what never happened. */
static void
wait_for (gboolean  (*done) (gpointer),
          gpointer    data,
          const char *what)
{
  gint64 give_up = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  guint id = g_timeout_add (10, wake_up, NULL);

  while (!done (data) && g_get_monotonic_time () < give_up)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (id);
  if (!done (data))
    g_error ("Never happened: %s", what);
  iterate ();
}

static void
type_text (const char *text)
{
  for (const char *c = text; *c != '\0'; c++)
    {
      send_key (gdk_unicode_to_keyval ((guint) *c), TRUE);
      send_key (gdk_unicode_to_keyval ((guint) *c), FALSE);
    }
  XSync (xdisplay, False);
  iterate ();
}

static void
press_key (KeySym keysym)
{
  send_key (keysym, TRUE);
  send_key (keysym, FALSE);
  XSync (xdisplay, False);
  iterate ();
}

static gboolean
has_focus (gpointer widget)
{
  return gtk_widget_has_focus (widget) ||
         gtk_widget_is_ancestor (gtk_root_get_focus (gtk_widget_get_root (widget)), widget);
}

/* What was typed is gone from the field: it was read (and shown as the
 * value it gave) or refused (and the value shown again). */
static gboolean
text_read (gpointer widget)
{
  const char *text = gtk_editable_get_text (widget);

  return *text != '\0' && !g_str_equal (text, g_object_get_data (widget, "typed"));
}

/* Into @spin, select what is there, type @text, then @done (Tab out of
 * a position's field, where Enter closes the editor; Enter elsewhere):
 * a person's way.  Every @text here reads back as another text, or is
 * refused. */
static void
type_into (GtkWidget  *spin,
           const char *text,
           KeySym      done)
{
  gtk_widget_grab_focus (spin);
  wait_for (has_focus, spin, "the field has the keyboard focus");
  press_ctrl (XK_a);
  type_text (text);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (spin)), ==, text);
  g_object_set_data_full (G_OBJECT (spin), "typed", g_strdup (text), g_free);
  press_key (done);
  for (gint64 give_up = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;
       !text_read (spin) && g_get_monotonic_time () < give_up;)
    spin_for_ms (10);
  if (!text_read (spin))
    g_error ("Enter did not read “%s” in the field: it shows “%s” (value %g, mapped %d)", text, gtk_editable_get_text (GTK_EDITABLE (spin)), gtk_spin_button_get_value (GTK_SPIN_BUTTON (spin)), gtk_widget_get_mapped (spin));
}

static const char *
field_text (GtkWidget *spin)
{
  return gtk_editable_get_text (GTK_EDITABLE (spin));
}

static const char *
field_error (GtkWidget *spin)
{
  return gtk_widget_has_css_class (spin, "error") ? gtk_widget_get_tooltip_text (spin) : NULL;
}

static void
assert_refused_as_ambiguous (GtkWidget *spin)
{
  const char *error = field_error (spin);

  if (error == NULL || strstr (error, "could be read two ways") == NULL || strstr (error, "“,”") == NULL)
    g_error ("“%s” not refused as ambiguous: %s", field_text (spin), error ? error : "no error");
}

static void
assert_german (void)
{
  if (!g_str_equal (localeconv ()->decimal_point, ","))
    g_error ("the de_DE.UTF-8 locale is not installed (build-aux/setup.sh installs it)");
}

/* Count and salary adjustment: “1.500” is fifteen hundred, “22.5” is
 * refused as ambiguous, and after “22,5” the field shows 22,5, which
 * the plan holds. */
static void
test_position_numbers_german (void)
{
  HcWindow *window;
  HcPosition *position;
  GtkWidget *editor, *count_spin, *adjustment_spin;
  double before;

  assert_german ();
  window = open_template_focused ("five-person");
  position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan_of (window))), 0);
  g_object_unref (position);
  /* A custom location: a preset's percentage follows the level and its
   * field is not for typing. */
  hc_document_begin_edit (hc_window_get_document (window), "Location", NULL);
  hc_position_set_location_name (position, "Berlin office");
  hc_document_end_edit (hc_window_get_document (window));
  hc_composition_editor_edit_position (window->editor, hc_position_get_id (position));
  iterate ();
  editor = find_widget (GTK_WIDGET (window->editor), HC_TYPE_POSITION_EDITOR, 0);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  count_spin = find_widget (editor, GTK_TYPE_SPIN_BUTTON, 0);
  adjustment_spin = find_widget (editor, GTK_TYPE_SPIN_BUTTON, 1);

  type_into (count_spin, "1.500", XK_Tab);
  g_assert_null (field_error (count_spin));
  g_assert_cmpuint (hc_position_get_count (position), ==, 1500);
  g_assert_cmpstr (field_text (count_spin), ==, "1500");

  before = hc_position_get_location_adjustment (position);
  g_assert_cmpfloat (before, !=, 22.5);
  type_into (adjustment_spin, "22.5", XK_Tab);
  assert_refused_as_ambiguous (adjustment_spin);
  g_assert_cmpfloat (hc_position_get_location_adjustment (position), ==, before);

  type_into (adjustment_spin, "22,50", XK_Tab);
  g_assert_null (field_error (adjustment_spin));
  g_assert_cmpfloat (hc_position_get_location_adjustment (position), ==, 22.5);
  g_assert_cmpstr (field_text (adjustment_spin), ==, "22,5");
  end_window (window);
}

/* Horizon and exchange rate, on the budget page, the same way. */
static void
test_assumption_numbers_german (void)
{
  HcWindow *window;
  HcPlan *plan;
  GtkWidget *editor, *horizon_spin, *rate_spin;
  guint horizon;

  assert_german ();
  window = open_template_focused ("five-person");
  plan = plan_of (window);
  /* The exchange rate is asked only of a plan in another currency. */
  hc_document_begin_edit (hc_window_get_document (window), "Currency", NULL);
  hc_plan_set_currency (plan, "EUR");
  hc_document_end_edit (hc_window_get_document (window));
  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-page", "s", "budget");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  editor = hc_budget_panel_get_assumptions_editor (HC_BUDGET_PANEL (window->budget_panel));
  horizon_spin = find_widget (editor, GTK_TYPE_SPIN_BUTTON, 1);
  rate_spin = find_widget (editor, GTK_TYPE_SPIN_BUTTON, 0);

  horizon = hc_plan_get_horizon_months (plan);
  type_into (horizon_spin, "3.6", XK_Return);
  assert_refused_as_ambiguous (horizon_spin);
  g_assert_cmpuint (hc_plan_get_horizon_months (plan), ==, horizon);
  type_into (horizon_spin, "036", XK_Return);
  g_assert_null (field_error (horizon_spin));
  g_assert_cmpuint (hc_plan_get_horizon_months (plan), ==, 36);
  g_assert_cmpstr (field_text (horizon_spin), ==, "36");

  type_into (rate_spin, "0.925", XK_Return);
  assert_refused_as_ambiguous (rate_spin);
  type_into (rate_spin, "0,923450", XK_Return);
  g_assert_null (field_error (rate_spin));
  g_assert_cmpfloat (hc_plan_get_usd_exchange_rate (plan), ==, 0.92345);
  g_assert_cmpstr (field_text (rate_spin), ==, "0,92345");
  end_window (window);
}

/* ---- drafts that cannot be written -------------------------------- */

static char *
drafts_dir (void)
{
  return g_build_filename (g_get_user_state_dir (), "headcount", "drafts", NULL);
}

static gboolean
drafts_failing (gpointer window)
{
  return HC_WINDOW (window)->draft_failing;
}

static gboolean
drafts_working (gpointer window)
{
  return !HC_WINDOW (window)->draft_failing;
}

/* The drafts fail while the person types a location: they are told in a
 * toast that stays, and every key still lands in the field.  An alert
 * took the keys typed after it appeared. */
static void
test_drafts_failing_keep_keyboard (void)
{
  g_autofree char *dir = drafts_dir ();
  HcWindow *window;
  HcPosition *position;
  GtkWidget *editor, *location;

  if (!xtest_available ())
    g_error ("Needs an X11 display with the XTEST extension (run under Xvfb)");
  window = open_template_focused ("five-person");
  position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan_of (window))), 0);
  g_object_unref (position);
  hc_composition_editor_edit_position (window->editor, hc_position_get_id (position));
  iterate ();
  editor = find_widget (GTK_WIDGET (window->editor), HC_TYPE_POSITION_EDITOR, 0);
  location = find_widget (editor, ADW_TYPE_ENTRY_ROW, 0);
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (location)), ==, "_Location");
  gtk_widget_grab_focus (location);
  wait_for (has_focus, location, "the location field has the keyboard focus");
  press_ctrl (XK_a);

  /* A file where the drafts' folder was: no draft can be written. */
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
  g_assert_true (g_file_set_contents (dir, "", 0, NULL));
  type_text ("ber");
  wait_for (drafts_failing, window, "a draft fails");
  type_text ("lin ");
  wait_for (has_focus, location, "the location field keeps the keyboard focus");
  type_text ("mitte");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (location)), ==, "berlin mitte");
  g_assert_cmpstr (hc_position_get_location (position), ==, "berlin mitte");
  g_assert_null (hc_compat_alert_find (GTK_WINDOW (window)));
  g_assert_nonnull (window->draft_toast);
  g_assert_cmpuint (adw_toast_get_timeout (window->draft_toast), ==, 0);
  g_assert_nonnull (strstr (adw_toast_get_title (window->draft_toast), "Drafts cannot be written"));

  /* Drafts work again at the next edit: the toast goes, another says so. */
  g_assert_cmpint (g_unlink (dir), ==, 0);
  g_assert_cmpint (g_mkdir_with_parents (dir, 0700), ==, 0);
  type_text (" 2");
  wait_for (drafts_working, window, "drafts work again");
  g_assert_null (window->draft_toast);
  g_assert_cmpstr (hc_position_get_location (position), ==, "berlin mitte 2");
  end_window (window);
}

/* ---- one window per plan ------------------------------------------- */

static guint
n_windows (void)
{
  return g_list_length (gtk_application_get_windows (GTK_APPLICATION (get_app ())));
}

static HcWindow *
window_of (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return hc_application_find_window (HC_APPLICATION (get_app ()), file);
}

static gboolean
plan_shown (gpointer path)
{
  HcWindow *window = window_of (path);

  return window != NULL && !_hc_window_is_busy (window);
}

/* Opened again as the command line opens it (GApplication's open, which
 * a second `headcount PLAN` sends to the first), by the same path, by a
 * relative one and through a link: always the one window, raised. */
static void
test_one_window_per_plan (void)
{
  g_autofree char *path = g_build_filename (tmp_dir, "once.headcount", NULL);
  g_autofree char *link_path = g_build_filename (tmp_dir, "once-link.headcount", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) relative = NULL;
  g_autoptr(GFile) linked = NULL;
  GFile *by_path[1];
  HcWindow *window;
  guint before = n_windows ();

  g_assert_true (hc_plan_save_to_file (plan, file, NULL, NULL));
  g_assert_cmpint (symlink (path, link_path), ==, 0);
  g_assert_cmpint (g_chdir (tmp_dir), ==, 0);
  relative = g_file_new_for_commandline_arg ("./once.headcount");
  linked = g_file_new_for_commandline_arg ("once-link.headcount");

  by_path[0] = file;
  g_application_open (G_APPLICATION (get_app ()), by_path, 1, "");
  wait_until (plan_shown, path);
  window = window_of (path);
  g_assert_cmpuint (n_windows (), ==, before + 1);
  for (guint i = 0; i < 3; i++)
    {
      GFile *again[1] = { i == 0 ? file : i == 1 ? relative : linked };

      g_application_open (G_APPLICATION (get_app ()), again, 1, "");
      iterate ();
      g_assert_cmpuint (n_windows (), ==, before + 1);
      g_assert_true (window_of (path) == window);
    }
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  end_window (window);
  g_unlink (link_path);
  g_unlink (path);
}

/* ---- printing to a file that is not one ------------------------------ */

static HcPrintPreview *
find_preview (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (HC_IS_PRINT_PREVIEW (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* Printing to a file that is a FIFO, named or through a link, is refused
 * before GTK opens it (it would block, or write into a device), with a
 * message that names it. */
static void
test_print_to_fifo_refused (void)
{
  g_autofree char *fifo = g_build_filename (tmp_dir, "print.pdf", NULL);
  g_autofree char *link_path = g_build_filename (tmp_dir, "print-link.pdf", NULL);
  HcWindow *window = open_template_focused ("first-hire");
  HcPrintPreview *preview;
  struct stat st;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (symlink (fifo, link_path), ==, 0);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  iterate ();
  preview = find_preview ();
  g_assert_nonnull (preview);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));

  hc_print_preview_print (preview, GTK_PRINT_OPERATION_ACTION_EXPORT, fifo);
  iterate ();
  g_assert_nonnull (hc_print_preview_get_last_error (preview));
  g_test_message ("%s", hc_print_preview_get_last_error (preview));
  g_assert_nonnull (strstr (hc_print_preview_get_last_error (preview), fifo));
  g_assert_nonnull (strstr (hc_print_preview_get_last_error (preview), "not a regular file"));
  hc_compat_alert_respond (hc_compat_alert_find (GTK_WINDOW (preview)), "close");
  iterate ();

  hc_print_preview_print (preview, GTK_PRINT_OPERATION_ACTION_EXPORT, link_path);
  iterate ();
  g_test_message ("%s", hc_print_preview_get_last_error (preview));
  g_assert_nonnull (strstr (hc_print_preview_get_last_error (preview), link_path));
  g_assert_nonnull (strstr (hc_print_preview_get_last_error (preview), "leads to"));
  hc_compat_alert_respond (hc_compat_alert_find (GTK_WINDOW (preview)), "close");
  iterate ();
  g_assert_cmpint (lstat (fifo, &st), ==, 0);
  g_assert_true (S_ISFIFO (st.st_mode));
  gtk_window_destroy (GTK_WINDOW (preview));
  end_window (window);
  g_unlink (link_path);
  g_unlink (fifo);
}

/* ---- a draft that cannot be restored ------------------------------- */

static gboolean
alert_says (GtkWidget  *alert,
            const char *text)
{
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (alert, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (strstr (gtk_label_get_text (g_ptr_array_index (labels, i)), text) != NULL)
      return TRUE;
  return FALSE;
}

/* The reason a draft could not be read ends with a full stop before
 * “It is kept as”: it ran into the next sentence. */
static void
test_unrestorable_draft_sentences (void)
{
  HcSession *session = hc_application_get_session (HC_APPLICATION (get_app ()));
  g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
  g_autoptr(HcDocument) document = hc_document_new_from_draft (plan, NULL, NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *aside = NULL;
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));
  GtkWidget *alert = NULL;

  hc_plan_set_title (plan, "Broken draft");
  g_assert_true (hc_session_write_draft (session, document, &error));
  g_assert_no_error (error);
  path = hc_session_get_draft_path (session, hc_document_get_draft_id (document));
  g_assert_true (g_file_set_contents (path, "{\"format\": \"headcount\", \"vers", -1, NULL));
  gtk_window_present (GTK_WINDOW (window));
  iterate ();
  g_assert_cmpuint (hc_application_restore_drafts (HC_APPLICATION (get_app ())), ==, 0);
  iterate ();
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (get_app ())); l != NULL && alert == NULL; l = l->next)
    alert = hc_compat_alert_find (l->data);
  g_assert_nonnull (alert);
  g_assert_true (alert_says (alert, "“Broken draft”: "));
  g_assert_true (alert_says (alert, ". It is kept as “"));
  hc_compat_alert_respond (alert, "close");
  iterate ();
  aside = g_strconcat (path, ".unreadable", NULL);
  g_unlink (aside);
  end_window (window);
}

#endif

int
main (int   argc,
      char *argv[])
{
  int status;

  /* gtk_test_init() sets a locale of its own for every test: German is
   * set after it; messages stay English (LANGUAGE=en), figures German. */
  g_setenv ("LC_ALL", "de_DE.UTF-8", TRUE);
  g_setenv ("LANGUAGE", "en", TRUE);
  tmp_dir = ui_test_init (&argc, &argv);
  setlocale (LC_ALL, "");

#ifdef GDK_WINDOWING_X11
  g_test_add_func ("/writes/ctrl-s-sees-change-that-kept-time", test_ctrl_s_sees_change_that_kept_time);
  g_test_add_func ("/writes/position-numbers-german", test_position_numbers_german);
  g_test_add_func ("/writes/assumption-numbers-german", test_assumption_numbers_german);
  g_test_add_func ("/writes/drafts-failing-keep-keyboard", test_drafts_failing_keep_keyboard);
  g_test_add_func ("/writes/one-window-per-plan", test_one_window_per_plan);
  g_test_add_func ("/writes/print-to-fifo-refused", test_print_to_fifo_refused);
  g_test_add_func ("/writes/unrestorable-draft-sentences", test_unrestorable_draft_sentences);
#endif

  status = g_test_run ();
  ui_test_finish ();
  return status;
}
