/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Members of a plan file that this version does not know are kept on the
 * object they were found in (the plan, its assumptions, a role, a phase, a
 * position) and written back after the known ones, in their order, so that
 * a newer Headcount's additions survive an edit with this one. */
JsonObject *_hc_extras_get  (gpointer    object);
/* Takes a new reference on @extras; NULL or an empty object clears. */
void        _hc_extras_set  (gpointer    object,
                             JsonObject *extras);
void        _hc_extras_copy (gpointer    dest,
                             gpointer    src);

G_END_DECLS
