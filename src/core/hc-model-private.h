/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hc-types.h"

G_BEGIN_DECLS

/* Shared by the model types: each emits "changed" (no arguments) after any
 * change to it, after the property's own notify, so that the plan can
 * follow every object with one handler. */
guint _hc_model_changed_signal_new (GType type);

/* Replaces *@field by a copy of @value; TRUE if it changed. */
gboolean _hc_model_set_string (char       **field,
                               const char  *value);

G_END_DECLS
