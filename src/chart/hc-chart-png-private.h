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

/* A CAIRO_FORMAT_RGB24 image of @width × @height pixels, zeroed, for a
 * PNG to be painted on.  A slide at scale 2 is 14 MiB that the painter
 * touches once: on 4 KiB pages that is some 3,600 page faults, which took
 * 40 % of a whole `headcount --export slide.png` process, more than libpng
 * and zlib together (perf, on a virtual machine, where faults are dear).
 * So a large image lives in memory aligned to and marked for transparent
 * huge pages (madvise), a handful of faults; where the system offers none,
 * it is cairo's own image surface.  Free with cairo_surface_destroy(). */
cairo_surface_t *_hc_chart_image_surface_new (int width,
                                              int height);

G_END_DECLS
