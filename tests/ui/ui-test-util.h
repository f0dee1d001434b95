/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every UI test program needs: turning the main loop, waiting for a
 * state without asserting a time, and finding widgets in a window. */
#pragma once

#include <gtk/gtk.h>

#include "hc-application.h"

G_BEGIN_DECLS

/* Starts a UI test program: GTK under test with the cairo renderer and no
 * accessibility bus, and private XDG state and data folders, so that the
 * session's state, drafts and recent files never reach the user's.  A
 * g_test_trap_subprocess() child keeps its parent's folders.  Returns
 * that private folder, for the test's own files. */
const char    *ui_test_init    (int        *argc,
                                char     ***argv);
/* The application, registered (not unique, handling files) on first use;
 * it writes drafts 50 ms after an edit rather than seconds later. */
HcApplication *get_app         (void);
/* Destroys every window, dialogs and all, with no save question:
 * destroying is not a close request. */
void           destroy_all_windows (void);
/* Destroys every window and the application: the end of main(). */
void           ui_test_finish  (void);

/* Runs what is pending in the default main context, without blocking. */
void       iterate         (void);
/* Turns the main loop until @done (@data) holds.  A periodic wake-up keeps
 * the loop from blocking forever while files and timers do their work;
 * the test's own timeout bounds the wait, so no timing is asserted. */
void       wait_until      (gboolean  (*done) (gpointer),
                            gpointer    data);
/* Turns the main loop for @ms milliseconds. */
void       spin_for_ms     (guint       ms);
/* Draws @widget (a window or dialog) once it has finished a frame and
 * saves it as @name in $HC_SCREENSHOTS_DIR, or in @fallback_dir when that
 * is unset, for a person to look at.  Returns the picture. */
GdkTexture *save_widget_screenshot (GtkWidget  *widget,
                                    const char *fallback_dir,
                                    const char *name);
/* Appends every widget of @type below @root to @found, depth first. */
void       collect_widgets (GtkWidget  *root,
                            GType       type,
                            GPtrArray  *found);
/* The @nth widget of @type below @root, depth first, or NULL. */
GtkWidget *find_widget     (GtkWidget  *root,
                            GType       type,
                            guint       nth);

G_END_DECLS
