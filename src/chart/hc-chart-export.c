/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <cairo-pdf.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hc-atomic-file.h"
#include "hc-budget-chart.h"
#include "hc-chart-export.h"
#include "hc-chart-text-private.h"
#include "hc-chart-png-private.h"
#include "hc-chart-pages.h"

#define POINTS_PER_UNIT (72.0 / HC_CHART_UNITS_PER_INCH)
/* Cairo's image surfaces stop at 32767 pixels a side. */
#define MAX_PNG_SIDE 32767.0

typedef enum
{
  FORMAT_PDF,
  FORMAT_SVG,
  FORMAT_PNG,
} ExportFormat;

typedef struct
{
  HcPlan       *plan;
  HcChartPages *pages;
} Export;

gboolean
hc_page_format_from_string (const char   *str,
                            HcPageFormat *out)
{
  static const char * const names[] = { "slide", "a4", "letter", "fit" };

  g_return_val_if_fail (out != NULL, FALSE);
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (str, names[i]) == 0)
      {
        *out = (HcPageFormat) i;
        return TRUE;
      }
  return FALSE;
}

gboolean
hc_chart_kind_from_string (const char  *str,
                           HcChartKind *out)
{
  static const char * const names[] = { "gantt", "budget", "all" };

  g_return_val_if_fail (out != NULL, FALSE);
  for (guint i = 0; str != NULL && i < G_N_ELEMENTS (names); i++)
    if (g_ascii_strcasecmp (str, names[i]) == 0)
      {
        *out = (HcChartKind) i;
        return TRUE;
      }
  return FALSE;
}

static gboolean
format_for_path (const char *path, ExportFormat *format, GError **error)
{
  const char *dot = strrchr (path, '.');

  if (dot != NULL && g_ascii_strcasecmp (dot, ".pdf") == 0)
    *format = FORMAT_PDF;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".svg") == 0)
    *format = FORMAT_SVG;
  else if (dot != NULL && g_ascii_strcasecmp (dot, ".png") == 0)
    *format = FORMAT_PNG;
  else
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: cannot tell the format from the name; end it in .pdf, .svg or .png"), path);
      return FALSE;
    }
  return TRUE;
}

/* Where an export's bytes go: a file through the atomic writer, or a
 * stream (standard output).  Either keeps its first failure, reported
 * with its reason when the export ends: Cairo cannot pass one on. */
typedef struct
{
  HcAtomicFile  *file;
  GOutputStream *stream;
  GError        *error;   /* the stream's first failure */
} Sink;

static gboolean
sink_write (Sink *sink, const void *data, gsize len)
{
  if (sink->file != NULL)
    return hc_atomic_file_write (sink->file, data, len, NULL);
  if (sink->error != NULL)
    return FALSE;
  return g_output_stream_write_all (sink->stream, data, len, NULL, NULL, &sink->error);
}

/* FALSE, with the reason, if a write failed. */
static gboolean
sink_check (Sink *sink, GError **error)
{
  if (sink->file != NULL)
    return hc_atomic_file_check (sink->file, error);
  if (sink->error != NULL)
    {
      g_propagate_error (error, g_steal_pointer (&sink->error));
      return FALSE;
    }
  return TRUE;
}

static cairo_status_t
write_to_sink (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return sink_write (closure, data, length) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR;
}

static gboolean
write_png_bytes (gpointer closure, const guint8 *data, gsize len)
{
  return sink_write (closure, data, len);
}

/* Pages [@first, @first + @n) into one PDF, or one page into an SVG. */
static cairo_status_t
write_vector (Export *ex, ExportFormat format, guint first, guint n, Sink *out)
{
  cairo_surface_t *surface;
  double width, height;
  cairo_status_t status;
  cairo_t *cr;

  hc_chart_pages_get_page_size (ex->pages, first, &width, &height);
  if (format == FORMAT_PDF)
    {
      surface = cairo_pdf_surface_create_for_stream (write_to_sink, out,
                                                     width * POINTS_PER_UNIT, height * POINTS_PER_UNIT);
      {
        /* The plan's own title: metadata is not drawn, so it needs no
         * direction isolates; cairo refuses noncharacters in it. */
        const char *plan_title = hc_plan_get_title (ex->plan);
        g_autofree char *title = _hc_chart_text_sanitize (plan_title != NULL && *plan_title
                                                          ? plan_title : _("Hiring plan"));
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
        /* The subtitle, when there is one, as what the document is about. */
        if (*hc_plan_get_subtitle (ex->plan) != '\0')
          {
            g_autofree char *subject = _hc_chart_text_sanitize (hc_plan_get_subtitle (ex->plan));

            cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_SUBJECT, subject);
          }
      }
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Headcount " PACKAGE_VERSION);
    }
  else
    {
      surface = cairo_svg_surface_create_for_stream (write_to_sink, out,
                                                     width * POINTS_PER_UNIT, height * POINTS_PER_UNIT);
      /* Cairo 1.18 changed the default unit to user units (pixels): say
       * points, so a slide is 960 × 540 pt with every Cairo. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
    }

  cr = cairo_create (surface);
  for (guint i = first; i < first + n; i++)
    {
      hc_chart_pages_get_page_size (ex->pages, i, &width, &height);
      if (format == FORMAT_PDF)
        cairo_pdf_surface_set_size (surface, width * POINTS_PER_UNIT, height * POINTS_PER_UNIT);
      cairo_save (cr);
      cairo_scale (cr, POINTS_PER_UNIT, POINTS_PER_UNIT);
      hc_chart_pages_paint (ex->pages, cr, i, hc_chart_style_get_light ());
      cairo_restore (cr);
      cairo_show_page (cr);
    }
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  return status;
}

static gboolean
check_png_size (Export *ex, double scale, const char *path, GError **error)
{
  for (guint i = 0; i < hc_chart_pages_get_n_pages (ex->pages); i++)
    {
      double w, h;

      hc_chart_pages_get_page_size (ex->pages, i, &w, &h);
      w = ceil (w * scale - 1e-6);
      h = ceil (h * scale - 1e-6);

      if (w > MAX_PNG_SIDE || h > MAX_PNG_SIDE)
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                       _("%s: a %.0f × %.0f pixel image is too large; use a smaller scale or a PDF"),
                       path, w, h);
          return FALSE;
        }
    }
  return TRUE;
}

static cairo_surface_t *
render_png (Export *ex, double scale, guint page)
{
  cairo_surface_t *surface;
  cairo_t *cr;
  double width, height;

  hc_chart_pages_get_page_size (ex->pages, page, &width, &height);
  surface = _hc_chart_image_surface_new ((int) ceil (width * scale - 1e-6),
                                         (int) ceil (height * scale - 1e-6));
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  hc_chart_pages_paint (ex->pages, cr, page, hc_chart_style_get_light ());
  cairo_destroy (cr);
  return surface;
}

/* "plan.png" → "plan-3.png": page 3 of a chart written a page a file. */
char *
hc_chart_export_page_path (const char *path,
                           guint       page)
{
  const char *base, *dot;

  g_return_val_if_fail (path != NULL, NULL);
  base = strrchr (path, G_DIR_SEPARATOR);
  dot = strrchr (path, '.');
  if (dot == NULL || (base != NULL && dot < base))
    return g_strdup_printf ("%s-%u", path, page + 1);
  return g_strdup_printf ("%.*s-%u%s", (int) (dot - path), path, page + 1, dot);
}

/* Writes page @index (PNG, SVG) or every page (PDF) to @out. */
static gboolean
write_file (Export *ex, ExportFormat format, double scale, guint index, Sink *out,
            const char *path, GError **error)
{
  cairo_status_t status;

  if (format == FORMAT_PNG)
    {
      cairo_surface_t *image = render_png (ex, scale, index);
      gboolean ok;

      status = cairo_surface_status (image);
      ok = status == CAIRO_STATUS_SUCCESS
           && _hc_chart_write_png (image, write_png_bytes, out, NULL);
      cairo_surface_destroy (image);
      if (ok)
        return TRUE;
      if (status == CAIRO_STATUS_SUCCESS)
        status = CAIRO_STATUS_WRITE_ERROR;
    }
  else if (format == FORMAT_SVG)
    status = write_vector (ex, format, index, 1, out);
  else
    status = write_vector (ex, format, 0, hc_chart_pages_get_n_pages (ex->pages), out);

  /* A write error is the sink's, which knows why (a full disk…). */
  if (!sink_check (out, error))
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: could not write the chart: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* Through the core's atomic writer, like every file Headcount writes: a
 * temporary file beside each path, renamed over it only once complete.
 * A PDF holds every page; a PNG or SVG holds one, so a chart of several
 * pages becomes one file a page, all written before any is renamed into
 * place: a failed page leaves none of them. */
static gboolean
write_export (Export *ex, ExportFormat format, double scale, const char *path,
              GStrv *written, GError **error)
{
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_atomic_file_abort);
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();
  guint n_files = format == FORMAT_PDF ? 1 : hc_chart_pages_get_n_pages (ex->pages);

  if (format == FORMAT_PNG && !check_png_size (ex, scale, path, error))
    return FALSE;
  for (guint i = 0; i < n_files; i++)
    {
      g_autofree char *page_path = n_files == 1 ? g_strdup (path) : hc_chart_export_page_path (path, i);
      HcAtomicFile *out = hc_atomic_file_begin (page_path, HC_ATOMIC_FILE_NONE, error);
      Sink sink = { out, NULL, NULL };

      if (out == NULL)
        return FALSE;
      g_ptr_array_add (files, out);
      if (!write_file (ex, format, scale, i, &sink, page_path, error))
        return FALSE;
      g_strv_builder_add (names, page_path);
    }
  for (guint i = 0; i < files->len; i++)
    {
      HcAtomicFile *out = g_ptr_array_index (files, i);

      files->pdata[i] = NULL;
      if (!hc_atomic_file_commit (out, error))
        return FALSE;
    }
  if (written != NULL)
    *written = g_strv_builder_end (names);
  return TRUE;
}

static void
export_prepare (Export *ex, HcPlan *plan, HcChartKind kind, HcPageFormat page, gboolean split_time)
{
  ex->plan = plan;
  ex->pages = hc_chart_pages_new_for_format (plan, kind, page, split_time, NULL);
}

static void
export_clear (Export *ex)
{
  g_clear_pointer (&ex->pages, hc_chart_pages_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Export, export_clear)

gboolean
hc_chart_export (HcPlan        *plan,
                 const char    *path,
                 HcChartKind    kind,
                 HcPageFormat   page,
                 double         scale,
                 GError       **error)
{
  return hc_chart_export_full (plan, path, kind, page, scale, FALSE, NULL, error);
}

gboolean
hc_chart_export_full (HcPlan        *plan,
                      const char    *path,
                      HcChartKind    kind,
                      HcPageFormat   page,
                      double         scale,
                      gboolean       split_time,
                      GStrv         *written,
                      GError       **error)
{
  g_auto(Export) ex = { 0 };
  ExportFormat format;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (written != NULL)
    *written = NULL;
  if (!format_for_path (path, &format, error))
    return FALSE;
  if (kind == HC_CHART_ALL && format != FORMAT_PDF)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: the phase chart and the budget together make a PDF of several pages; "
                     "end the name in .pdf, or export one chart"), path);
      return FALSE;
    }
  export_prepare (&ex, plan, kind, page, split_time);
  return write_export (&ex, format, scale > 0 ? scale : 2.0, path, written, error);
}

guint
hc_chart_export_count_pages (HcPlan       *plan,
                             HcChartKind   kind,
                             HcPageFormat  page,
                             gboolean      split_time)
{
  g_auto(Export) ex = { 0 };

  g_return_val_if_fail (HC_IS_PLAN (plan), 0);

  export_prepare (&ex, plan, kind, page, split_time);
  return hc_chart_pages_get_n_pages (ex.pages);
}

gboolean
hc_chart_export_to_stream (HcPlan         *plan,
                           GOutputStream  *stream,
                           HcChartFormat   format,
                           HcChartKind     kind,
                           HcPageFormat    page,
                           double          scale,
                           gboolean        split_time,
                           GError        **error)
{
  static const char * const names[] = { "PDF", "SVG", "PNG" };
  g_auto(Export) ex = { 0 };
  Sink sink = { NULL, stream, NULL };

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_OUTPUT_STREAM (stream), FALSE);
  g_return_val_if_fail ((guint) format <= HC_CHART_FORMAT_PNG, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  export_prepare (&ex, plan, kind, page, split_time);
  scale = scale > 0 ? scale : 2.0;
  /* One stream holds one PNG or SVG: a chart of several pages is refused,
   * never cut to its first page. */
  if (format != HC_CHART_FORMAT_PDF && hc_chart_pages_get_n_pages (ex.pages) > 1)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("the chart takes %u pages and one %s file holds one; "
                     "export a PDF, a “fit” page, or to a file (one file a page)"),
                   hc_chart_pages_get_n_pages (ex.pages), names[format]);
      return FALSE;
    }
  if (format == HC_CHART_FORMAT_PNG && !check_png_size (&ex, scale, "-", error))
    return FALSE;
  return write_file (&ex, (ExportFormat) format, scale, 0, &sink, "-", error);
}
