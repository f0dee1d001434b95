/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-document.h"

G_BEGIN_DECLS

#define HC_TYPE_WINDOW (hc_window_get_type ())
G_DECLARE_FINAL_TYPE (HcWindow, hc_window, HC, WINDOW, AdwApplicationWindow)

/* One window per plan: the welcome page until a plan is opened in it. */
HcWindow   *hc_window_new            (GtkApplication *application);
HcDocument *hc_window_get_document   (HcWindow       *self);
void        hc_window_set_document   (HcWindow       *self,
                                      HcDocument     *document);
/* Opens @file here if this window has no plan, else in a new window;
 * if it is open already, raises that window.  A file that fails to load
 * is reported in this window, which is left as it was. */
void        hc_window_open_file      (HcWindow       *self,
                                      GFile          *file);
gboolean    hc_window_has_file       (HcWindow       *self,
                                      GFile          *file);

G_END_DECLS
