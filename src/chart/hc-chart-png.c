/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <png.h>
#include <setjmp.h>
#include <zlib.h>

#include "hc-chart-png-private.h"

typedef struct
{
  HcChartPngWriteFunc write;
  gpointer            closure;
  gboolean            failed;    /* the sink refused a write */
  char               *message;   /* libpng's own complaint, if any */
} PngSink;

static void
on_png_write (png_structp png, png_bytep data, png_size_t len)
{
  PngSink *sink = png_get_io_ptr (png);

  if (!sink->write (sink->closure, data, len))
    {
      sink->failed = TRUE;
      png_error (png, "write failed");
    }
}

static void
on_png_flush (png_structp png)
{
}

static void
on_png_error (png_structp png, png_const_charp message)
{
  PngSink *sink = png_get_error_ptr (png);

  if (sink->message == NULL)
    sink->message = g_strdup (message);
  png_longjmp (png, 1);
}

static void
on_png_warning (png_structp png, png_const_charp message)
{
}

/* One row of Cairo's native-endian xRGB words as R, G, B bytes. */
static void
unpack_row (const guint32 *src, guint8 *dst, int width)
{
  for (int x = 0; x < width; x++)
    {
      guint32 p = src[x];

      dst[3 * x] = (p >> 16) & 0xff;
      dst[3 * x + 1] = (p >> 8) & 0xff;
      dst[3 * x + 2] = p & 0xff;
    }
}

/* Kept out of _hc_chart_write_png() so that no local of the caller is
 * live across setjmp(). */
static gboolean
write_rows (png_structp png, png_infop info, cairo_surface_t *image, guint8 *row)
{
  const guint8 *data = cairo_image_surface_get_data (image);
  int stride = cairo_image_surface_get_stride (image);
  int width = cairo_image_surface_get_width (image);
  int height = cairo_image_surface_get_height (image);

  if (setjmp (png_jmpbuf (png)))
    return FALSE;

  png_set_IHDR (png, info, width, height, 8, PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
  png_set_compression_level (png, Z_BEST_SPEED);
  png_set_filter (png, PNG_FILTER_TYPE_BASE, PNG_FILTER_NONE);
  png_write_info (png, info);
  for (int y = 0; y < height; y++)
    {
      unpack_row ((const guint32 *) (data + (gsize) y * stride), row, width);
      png_write_row (png, row);
    }
  png_write_end (png, info);
  return TRUE;
}

gboolean
_hc_chart_write_png (cairo_surface_t     *image,
                     HcChartPngWriteFunc  write,
                     gpointer             closure,
                     GError             **error)
{
  PngSink sink = { write, closure, FALSE, NULL };
  png_structp png;
  png_infop info = NULL;
  g_autofree guint8 *row = NULL;
  gboolean ok = FALSE;

  g_return_val_if_fail (cairo_image_surface_get_format (image) == CAIRO_FORMAT_RGB24, FALSE);

  cairo_surface_flush (image);
  png = png_create_write_struct (PNG_LIBPNG_VER_STRING, &sink, on_png_error, on_png_warning);
  if (png != NULL)
    info = png_create_info_struct (png);
  if (info != NULL)
    {
      png_set_write_fn (png, &sink, on_png_write, on_png_flush);
      row = g_malloc ((gsize) cairo_image_surface_get_width (image) * 3 + 1);
      ok = write_rows (png, info, image, row);
    }
  png_destroy_write_struct (&png, info != NULL ? &info : NULL);

  if (!ok && !sink.failed)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not encode the PNG: %s"),
                 sink.message != NULL ? sink.message : _("out of memory"));
  else if (!ok)
    /* The sink knows why; this only says that it stopped. */
    g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("could not write the PNG"));
  g_free (sink.message);
  return ok;
}
