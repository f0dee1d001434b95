/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* A small JSON pretty printer for plan files: two-space indent, one member
 * or element per line, members in the order they are written, numbers in
 * the shortest form that reads back to the same double.  json-glib's own
 * generator prints doubles with "%g"-style rounding, which breaks both
 * round trips and stable bytes. */
typedef struct _HcJsonWriter HcJsonWriter;

HcJsonWriter *_hc_json_writer_new          (void);
void          _hc_json_writer_free         (HcJsonWriter *self);
/* Ends the document with a newline and hands back its bytes. */
GBytes       *_hc_json_writer_free_to_bytes (HcJsonWriter *self);

void          _hc_json_writer_begin_object (HcJsonWriter *self);
void          _hc_json_writer_end_object   (HcJsonWriter *self);
void          _hc_json_writer_begin_array  (HcJsonWriter *self);
void          _hc_json_writer_end_array    (HcJsonWriter *self);
/* Starts a member of the current object; its value must follow. */
void          _hc_json_writer_member       (HcJsonWriter *self,
                                            const char   *name);
void          _hc_json_writer_string       (HcJsonWriter *self,
                                            const char   *value);
void          _hc_json_writer_double       (HcJsonWriter *self,
                                            double        value);
/* @value rounded to @decimals places (0–6), written without trailing
 * zeros: 176923.08000000002 to 2 places is 176923.08, 51.300000000000004
 * to 1 is 51.3.  For figures a person or a script reads (a summary), not
 * for values that must read back exactly (a plan). */
void          _hc_json_writer_fixed        (HcJsonWriter *self,
                                            double        value,
                                            guint         decimals);
void          _hc_json_writer_int          (HcJsonWriter *self,
                                            gint64        value);
void          _hc_json_writer_null         (HcJsonWriter *self);
/* A value given as its JSON text, which must be valid (the loader's scan
 * checked it): a member this version does not know.  Its blanks are
 * redone in this writer's layout; its strings, names and numbers are
 * copied byte for byte, so 10000000000000001999 stays what it was. */
void          _hc_json_writer_raw          (HcJsonWriter *self,
                                            const char   *text,
                                            gsize         len);
/* A member and its value as JSON text (as _hc_json_writer_raw()), with
 * the bytes it takes in the output counted: see
 * _hc_json_writer_get_largest_raw(). */
void          _hc_json_writer_raw_member   (HcJsonWriter *self,
                                            const char   *name,
                                            const char   *text,
                                            gsize         len);
/* The name of the largest member written by _hc_json_writer_raw_member()
 * (NULL if none), owned by @self; @size: the bytes it took, @total: the
 * bytes all such members took. */
const char   *_hc_json_writer_get_largest_raw (HcJsonWriter *self,
                                               gsize        *size,
                                               gsize        *total);

/* Integral values below 2^53 as integers, others in the shortest of
 * %.15g/%.16g/%.17g that reads back to @value.  @value must be finite.
 * Writes into @buf (at least G_ASCII_DTOSTR_BUF_SIZE bytes). */
const char   *_hc_json_format_double       (char         *buf,
                                            gsize         buf_len,
                                            double        value);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcJsonWriter, _hc_json_writer_free)

G_END_DECLS
