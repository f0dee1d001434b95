/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-document.h"
#include "hc-session.h"
#include "hc-window.h"

G_BEGIN_DECLS

#define HC_TYPE_APPLICATION (hc_application_get_type ())
G_DECLARE_FINAL_TYPE (HcApplication, hc_application, HC, APPLICATION, AdwApplication)

HcApplication *hc_application_new              (void);
HcSession     *hc_application_get_session      (HcApplication *self);
/* The settings, or NULL when the schema is not installed (a build run
 * in place without it). */
GSettings     *hc_application_get_settings     (HcApplication *self);
/* The window that has @file open, or NULL. */
HcWindow      *hc_application_find_window      (HcApplication *self,
                                                GFile         *file);
/* A window for @document: @origin, the window the person asked from, if
 * it shows no plan (without one, the active window if it shows none),
 * else a new window.  Presents it. */
HcWindow      *hc_application_show_document    (HcApplication *self,
                                                HcDocument    *document,
                                                HcWindow      *origin);
/* Offers the drafts an earlier run left (it crashed, or the question was
 * put off), in @parent; returns the number offered. */
guint          hc_application_offer_drafts     (HcApplication *self,
                                                GtkWindow     *parent);
/* Opens every draft of the session in its own window, unsaved; one that
 * cannot be read is set aside (hc_session_set_aside_draft()) and reported.
 * Returns how many were opened. */
guint          hc_application_restore_drafts   (HcApplication *self);

G_END_DECLS
