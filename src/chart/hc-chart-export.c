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
#include "hc-gantt-paint.h"

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
  gboolean budget;      /* the budget page, else a page of the Gantt chart */
  guint    gantt_page;
  double   width;       /* chart units */
  double   height;
} ExportPage;

typedef struct
{
  HcPlan         *plan;
  HcBudget       *budget;
  HcGanttChart   *gantt;
  HcGanttOptions  options;
  GArray         *pages;  /* ExportPage */
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

/* The page in chart units (1/96 in); landscape for paper. */
static void
page_size (HcPageFormat page, double *width, double *height)
{
  switch (page)
    {
    case HC_PAGE_A4:
      *width = 297.0 / 25.4 * HC_CHART_UNITS_PER_INCH;
      *height = 210.0 / 25.4 * HC_CHART_UNITS_PER_INCH;
      break;
    case HC_PAGE_LETTER:
      *width = 11.0 * HC_CHART_UNITS_PER_INCH;
      *height = 8.5 * HC_CHART_UNITS_PER_INCH;
      break;
    case HC_PAGE_SLIDE:
    case HC_PAGE_FIT:
    default:
      *width = 13.333 * HC_CHART_UNITS_PER_INCH;
      *height = 7.5 * HC_CHART_UNITS_PER_INCH;
      break;
    }
  *width = round (*width);
  *height = round (*height);
}

static void
add_pages (Export *ex, HcChartKind kind, HcPageFormat page, gboolean split_time)
{
  double width, height;

  page_size (page, &width, &height);
  if (kind != HC_CHART_BUDGET)
    {
      guint n;

      hc_gantt_options_init (&ex->options, width, height);
      ex->options.split_time = split_time;
      if (page == HC_PAGE_FIT)
        ex->options.height = MAX (hc_gantt_layout_get_fit_height (ex->gantt, &ex->options), 200.0);
      n = hc_gantt_layout_count_pages (ex->gantt, &ex->options);
      for (guint i = 0; i < n; i++)
        {
          ExportPage p = { FALSE, i, ex->options.width, ex->options.height };
          g_array_append_val (ex->pages, p);
        }
    }
  if (kind != HC_CHART_GANTT)
    {
      ExportPage p = { TRUE, 0, width, height };
      g_array_append_val (ex->pages, p);
    }
}

static void
paint_page (Export *ex, cairo_t *cr, const ExportPage *page)
{
  const HcChartStyle *style = hc_chart_style_get_light ();

  if (page->budget)
    {
      g_autoptr(HcBudgetLayout) layout =
        hc_budget_layout_new (ex->plan, ex->budget, page->width, page->height, TRUE, &ex->options.today);
      hc_budget_paint (cr, layout, style);
    }
  else
    {
      g_autoptr(HcGanttLayout) layout = hc_gantt_layout_new_page (ex->gantt, &ex->options, page->gantt_page);
      hc_gantt_paint (cr, layout, style);
    }
}

/* Cairo's surfaces write as they go; a failed write is kept by the file
 * and reported with its reason when the export ends. */
static cairo_status_t
write_to_file (void                *closure,
               const unsigned char *data,
               unsigned int         length)
{
  return hc_atomic_file_write (closure, data, length, NULL) ? CAIRO_STATUS_SUCCESS
                                                            : CAIRO_STATUS_WRITE_ERROR;
}

static cairo_status_t
write_vector (Export *ex, ExportFormat format, HcAtomicFile *out)
{
  const ExportPage *first = &g_array_index (ex->pages, ExportPage, 0);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  if (format == FORMAT_PDF)
    {
      surface = cairo_pdf_surface_create_for_stream (write_to_file, out,
                                                     first->width * POINTS_PER_UNIT,
                                                     first->height * POINTS_PER_UNIT);
      {
        /* cairo refuses noncharacters in the PDF's metadata. */
        g_autofree char *title = _hc_chart_text_sanitize (hc_gantt_chart_get_title (ex->gantt));
        cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE, title);
      }
      cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR, "Headcount " PACKAGE_VERSION);
    }
  else
    {
      surface = cairo_svg_surface_create_for_stream (write_to_file, out,
                                                     first->width * POINTS_PER_UNIT,
                                                     first->height * POINTS_PER_UNIT);
      /* Cairo 1.18 changed the default unit to user units (pixels): say
       * points, so a slide is 960 × 540 pt with every Cairo. */
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PT);
    }

  cr = cairo_create (surface);
  /* SVG holds one page: the first (the CLI says so for long plans). */
  for (guint i = 0; i < (format == FORMAT_PDF ? ex->pages->len : 1); i++)
    {
      const ExportPage *page = &g_array_index (ex->pages, ExportPage, i);

      if (format == FORMAT_PDF)
        cairo_pdf_surface_set_size (surface, page->width * POINTS_PER_UNIT, page->height * POINTS_PER_UNIT);
      cairo_save (cr);
      cairo_scale (cr, POINTS_PER_UNIT, POINTS_PER_UNIT);
      paint_page (ex, cr, page);
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
check_png_size (Export *ex, double scale, const char *path, double *w, double *h, GError **error)
{
  const ExportPage *page = &g_array_index (ex->pages, ExportPage, 0);

  *w = ceil (page->width * scale - 1e-6);
  *h = ceil (page->height * scale - 1e-6);
  if (*w > MAX_PNG_SIDE || *h > MAX_PNG_SIDE)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                   _("%s: a %.0f × %.0f pixel image is too large; use a smaller scale or a PDF"),
                   path, *w, *h);
      return FALSE;
    }
  return TRUE;
}

static cairo_status_t
write_png (Export *ex, double scale, double w, double h, HcAtomicFile *out)
{
  const ExportPage *page = &g_array_index (ex->pages, ExportPage, 0);
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;

  surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, (int) w, (int) h);
  cr = cairo_create (surface);
  cairo_scale (cr, scale, scale);
  paint_page (ex, cr, page);
  status = cairo_status (cr);
  cairo_destroy (cr);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_write_to_png_stream (surface, write_to_file, out);
  cairo_surface_destroy (surface);
  return status;
}

/* Through the core's atomic writer, like every file Headcount writes: a
 * temporary file beside @path, renamed over it only once complete. */
static gboolean
write_export (Export *ex, ExportFormat format, double scale, const char *path, GError **error)
{
  g_autoptr(HcAtomicFile) out = NULL;
  cairo_status_t status;
  double w = 0, h = 0;

  if (format == FORMAT_PNG && !check_png_size (ex, scale, path, &w, &h, error))
    return FALSE;
  out = hc_atomic_file_begin (path, HC_ATOMIC_FILE_NONE, error);
  if (out == NULL)
    return FALSE;
  if (format == FORMAT_PNG)
    status = write_png (ex, scale, w, h, out);
  else
    status = write_vector (ex, format, out);
  /* A write error is the file's, which knows why (a full disk…). */
  if (!hc_atomic_file_check (out, error))
    return FALSE;
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_FAILED, _("%s: could not write the chart: %s"),
                   path, cairo_status_to_string (status));
      return FALSE;
    }
  return hc_atomic_file_commit (g_steal_pointer (&out), error);
}

gboolean
hc_chart_export (HcPlan        *plan,
                 const char    *path,
                 HcChartKind    kind,
                 HcPageFormat   page,
                 double         scale,
                 GError       **error)
{
  return hc_chart_export_full (plan, path, kind, page, scale, FALSE, error);
}

gboolean
hc_chart_export_full (HcPlan        *plan,
                      const char    *path,
                      HcChartKind    kind,
                      HcPageFormat   page,
                      double         scale,
                      gboolean       split_time,
                      GError       **error)
{
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  g_autoptr(HcGanttChart) gantt = NULL;
  g_autoptr(GArray) pages = NULL;
  ExportFormat format;
  Export ex = { 0 };

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!format_for_path (path, &format, error))
    return FALSE;
  if (kind == HC_CHART_ALL && format != FORMAT_PDF)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("%s: the phase chart and the budget together make a PDF of several pages; "
                     "end the name in .pdf, or export one chart"), path);
      return FALSE;
    }

  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  gantt = hc_gantt_chart_new (plan, timeline, budget);
  pages = g_array_new (FALSE, TRUE, sizeof (ExportPage));
  ex = (Export) { plan, budget, gantt, { 0 }, pages };
  hc_gantt_options_init (&ex.options, 1280, 720);
  add_pages (&ex, kind, page, split_time);

  return write_export (&ex, format, scale > 0 ? scale : 2.0, path, error);
}
