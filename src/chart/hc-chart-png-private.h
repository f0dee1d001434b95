/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

G_BEGIN_DECLS

/* Where PNG bytes go: FALSE stops the write (the sink keeps its reason). */
typedef gboolean (*HcChartPngWriteFunc) (gpointer      closure,
                                         const guint8 *data,
                                         gsize         len);

/* Writes @image (CAIRO_FORMAT_RGB24) as an 8-bit RGB PNG through @write.
 *
 * Not cairo_surface_write_to_png_stream(): Cairo asks libpng for its
 * default compression (zlib level 6, every filter tried on every row),
 * which made a slide's PNG take several times as long as its PDF.  A
 * chart is flat colour, long runs that zlib finds unfiltered: its fastest
 * level with no filter packed a slide smaller than "sub" or "up" did
 * (199 against 234 and 193 KB) and fastest (measured on a 2560 × 1440
 * slide; tests/bench). */
gboolean _hc_chart_write_png (cairo_surface_t     *image,
                              HcChartPngWriteFunc  write,
                              gpointer             closure,
                              GError             **error);

G_END_DECLS
