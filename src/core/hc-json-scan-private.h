/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <json-glib/json-glib.h>

G_BEGIN_DECLS

/* Reads the JSON document @data (without a byte order mark) strictly:
 * UTF-8, RFC 8259's grammar, at most HC_PLAN_MAX_DEPTH levels.  Errors are
 * HC_PLAN_ERROR with a message that starts "LINE:COLUMN:". */
JsonNode *_hc_json_parse (const char  *data,
                          gsize        len,
                          GError     **error);

G_END_DECLS
