/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every UI test program needs: turning the main loop, waiting for a
 * state without asserting a time, and finding widgets in a window. */
#pragma once

#include <gtk/gtk.h>

#include "hc-application.h"
#include "hc-plan.h"
#include "hc-window.h"

G_BEGIN_DECLS

/* Starts a UI test program: GTK under test with the cairo renderer and no
 * accessibility bus, and private XDG state and data folders, so that the
 * session's state, drafts and recent files never reach the user's.  A
 * g_test_trap_subprocess() child keeps its parent's folders.  Returns
 * that private folder, for the test's own files. */
const char    *ui_test_init    (int        *argc,
                                char     ***argv);
/* The private folder ui_test_init() returned. */
const char    *ui_test_dir     (void);
/* The application, registered (not unique, handling files) on first use;
 * it writes drafts 50 ms after an edit rather than seconds later. */
HcApplication *get_app         (void);
/* Destroys every window, dialogs and all, with no save question:
 * destroying is not a close request. */
void           destroy_all_windows (void);
/* Destroys every window and the application: the end of main(). */
void           ui_test_finish  (void);

/* A window of @width × @height, shown and drawn once, with no plan. */
HcWindow  *new_window      (int         width,
                            int         height);
/* A 1280 × 800 window showing the template @name, opened through the
 * welcome page's action as a person would. */
HcWindow  *open_template   (const char *name);
/* The plan @window shows. */
HcPlan    *plan_of         (HcWindow   *window);
/* Closes @window as "Discard" would (no save question) and asserts that
 * the window and its main widgets (the team editor, the budget page, the
 * Timeline, the welcome page) are finalized: one that outlives its window
 * is a leak, named by its type. */
void       destroy_window  (HcWindow   *window);

/* Makes @folder refuse new files (@refuse) while the files in it stay
 * writable, as the Flatpak document portal does, or takes that back.  By
 * mode 0555, or for root (CI), whom modes do not stop, by the immutable
 * flag (chattr +i); a file system without it fails the test. */
void       refuse_new_files (const char *folder,
                             gboolean    refuse);

/* Runs what is pending in the default main context, without blocking. */
void       iterate         (void);
/* Turns the main loop until @done (@data) holds.  A periodic wake-up keeps
 * the loop from blocking forever while files and timers do their work.
 * A wait still unmet after UI_TEST_WAIT_SECONDS (60 s; a hang, not a
 * timing: every wait ends as soon as its condition holds) fails the test
 * naming the condition and where it was waited for, instead of leaving
 * meson to kill a program that says nothing. */
#define UI_TEST_WAIT_SECONDS 60
#define wait_until(done, data) \
  wait_until_named ((done), (data), #done " (" #data ")", __FILE__, __LINE__)
void       wait_until_named (gboolean  (*done) (gpointer),
                             gpointer    data,
                             const char *what,
                             const char *file,
                             int         line);
/* Turns the main loop until @widget's window has drawn @n more frames:
 * for what GTK lays out over more than one frame. */
void       wait_for_frames (GtkWidget  *widget,
                            guint       n);
/* Turns the main loop for @ms milliseconds. */
void       spin_for_ms     (guint       ms);
/* Draws @widget (a window or dialog) once it has finished a frame and
 * saves it as @name in $HC_SCREENSHOTS_DIR, or in @fallback_dir when that
 * is unset, for a person to look at.  Returns the picture. */
GdkTexture *save_widget_screenshot (GtkWidget  *widget,
                                    const char *fallback_dir,
                                    const char *name);
/* The mean luminance of @texture's pixels, 0 (black) to 1 (white). */
double     texture_mean_luminance (GdkTexture *texture);
/* Asserts that @texture, a screenshot of a window or dialog, shows the
 * style in force: a light background under a light style, a dark one
 * under a dark style, with something drawn on it (not one flat colour). */
void       assert_shows_style (GdkTexture *texture);
/* Appends every widget of @type below @root to @found, depth first. */
void       collect_widgets (GtkWidget  *root,
                            GType       type,
                            GPtrArray  *found);
/* The @nth widget of @type below @root, depth first, or NULL. */
GtkWidget *find_widget     (GtkWidget  *root,
                            GType       type,
                            guint       nth);

G_END_DECLS
