/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <png.h>
#include <setjmp.h>
#include <zlib.h>
#ifdef G_OS_UNIX
#include <sys/mman.h>
#endif

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

#if defined(G_OS_UNIX) && defined(MADV_HUGEPAGE)

/* Huge pages are 2 MiB on x86-64 and on most arm64 kernels; where they
 * are larger, the hint only covers less. */
#define HUGE_PAGE_SIZE ((gsize) 2 << 20)

typedef struct
{
  void  *pixels;
  gsize  len;
} Mapping;

static const cairo_user_data_key_t mapping_key;

static void
unmap_pixels (void *data)
{
  Mapping *m = data;

  munmap (m->pixels, m->len);
  g_free (m);
}

/* Fresh anonymous memory, zeroed by the kernel like cairo's own, aligned
 * to a huge page and marked for huge pages: NULL where it cannot be had. */
static Mapping *
map_pixels (gsize size)
{
  gsize len = (size + HUGE_PAGE_SIZE - 1) & ~(HUGE_PAGE_SIZE - 1);
  gsize map_len = len + HUGE_PAGE_SIZE;
  guint8 *base = mmap (NULL, map_len, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  guint8 *aligned;
  Mapping *m;

  if (base == MAP_FAILED)
    return NULL;
  aligned = (guint8 *) (((guintptr) base + HUGE_PAGE_SIZE - 1) & ~(guintptr) (HUGE_PAGE_SIZE - 1));
  if (aligned > base)
    munmap (base, aligned - base);
  if (aligned + len < base + map_len)
    munmap (aligned + len, base + map_len - (aligned + len));
  /* Only a hint: without huge pages the memory is plain pages. */
  madvise (aligned, len, MADV_HUGEPAGE);
  m = g_new (Mapping, 1);
  m->pixels = aligned;
  m->len = len;
  return m;
}

cairo_surface_t *
_hc_chart_image_surface_new (int width,
                             int height)
{
  int stride = cairo_format_stride_for_width (CAIRO_FORMAT_RGB24, width);
  gsize size = (gsize) stride * (gsize) MAX (height, 0);
  cairo_surface_t *surface;
  Mapping *m;

  if (stride <= 0 || size < HUGE_PAGE_SIZE || (m = map_pixels (size)) == NULL)
    return cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
  surface = cairo_image_surface_create_for_data (m->pixels, CAIRO_FORMAT_RGB24, width, height, stride);
  if (cairo_surface_set_user_data (surface, &mapping_key, m, unmap_pixels) != CAIRO_STATUS_SUCCESS)
    {
      /* An error surface (out of memory): it does not own the pixels. */
      unmap_pixels (m);
      cairo_surface_destroy (surface);
      return cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
    }
  return surface;
}

#else

cairo_surface_t *
_hc_chart_image_surface_new (int width,
                             int height)
{
  return cairo_image_surface_create (CAIRO_FORMAT_RGB24, width, height);
}

#endif
