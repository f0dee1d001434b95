/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hc-chart-types.h"
#include "hc-plan.h"

G_BEGIN_DECLS

typedef enum
{
  HC_CHART_FORMAT_PDF,
  HC_CHART_FORMAT_SVG,
  HC_CHART_FORMAT_PNG,
} HcChartFormat;

gboolean hc_page_format_from_string (const char   *str,
                                     HcPageFormat *out);
gboolean hc_chart_kind_from_string  (const char   *str,
                                     HcChartKind  *out);

/* Writes the chart to @path as PDF, SVG or PNG, chosen by the extension,
 * in the light style, streamed through the core's atomic writer
 * (hc-atomic-file.h).  A PNG has 96 × @scale pixels per inch of the page:
 * a slide (13.333 × 7.5 in) at the default scale of 2 is 2560 × 1440;
 * @scale <= 0 means the default.  The file is never left half-written, and
 * a replaced file keeps its mode. */
gboolean hc_chart_export            (HcPlan       *plan,
                                     const char   *path,
                                     HcChartKind   kind,
                                     HcPageFormat  page,
                                     double        scale,
                                     GError      **error);
/* hc_chart_export() with more choices.  @split_time: cut a long plan's
 * time axis into consecutive pages of whole months as well as its rows,
 * so weeks stay readable (see hc_gantt_layout_count_pages() for the
 * order).  A PDF holds every page.  A PNG or SVG holds one: a chart of
 * several pages is written a page a file, named by
 * hc_chart_export_page_path() ("plan-1.png", "plan-2.png" …), never cut
 * to its first page.  @written, if not NULL, receives the paths written,
 * in page order (only @path for a single file). */
gboolean hc_chart_export_full       (HcPlan       *plan,
                                     const char   *path,
                                     HcChartKind   kind,
                                     HcPageFormat  page,
                                     double        scale,
                                     gboolean      split_time,
                                     GStrv        *written,
                                     GError      **error);
/* The name of page @page (from 0) of a chart written a page a file: the
 * page number, from 1, before the extension ("plan.png" → "plan-1.png"). */
char    *hc_chart_export_page_path  (const char   *path,
                                     guint         page);

/* How many pages hc_chart_export_full() makes of the chart: the pages of
 * a PDF, the files of a PNG or SVG.  For saying so before exporting. */
guint    hc_chart_export_count_pages (HcPlan       *plan,
                                      HcChartKind   kind,
                                      HcPageFormat  page,
                                      gboolean      split_time);

/* The chart as @format to @stream (standard output, a portal's file),
 * as hc_chart_export_full() writes a file.  A PNG or SVG of several pages
 * cannot go to one stream: that is an error (G_IO_ERROR_NOT_SUPPORTED)
 * that says so, written before any byte. */
gboolean hc_chart_export_to_stream  (HcPlan        *plan,
                                     GOutputStream *stream,
                                     HcChartFormat  format,
                                     HcChartKind    kind,
                                     HcPageFormat   page,
                                     double         scale,
                                     gboolean       split_time,
                                     GError       **error);

G_END_DECLS
