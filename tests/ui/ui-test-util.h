/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What every UI test program needs: turning the main loop, waiting for a
 * state without asserting a time, and finding widgets in a window. */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Runs what is pending in the default main context, without blocking. */
void       iterate         (void);
/* Turns the main loop until @done (@data) holds.  A periodic wake-up keeps
 * the loop from blocking forever while files and timers do their work;
 * the test's own timeout bounds the wait, so no timing is asserted. */
void       wait_until      (gboolean  (*done) (gpointer),
                            gpointer    data);
/* Turns the main loop for @ms milliseconds. */
void       spin_for_ms     (guint       ms);
/* Appends every widget of @type below @root to @found, depth first. */
void       collect_widgets (GtkWidget  *root,
                            GType       type,
                            GPtrArray  *found);
/* The @nth widget of @type below @root, depth first, or NULL. */
GtkWidget *find_widget     (GtkWidget  *root,
                            GType       type,
                            guint       nth);

G_END_DECLS
