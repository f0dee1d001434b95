/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hc-budget.h"
#include "hc-chart-image.h"
#include "hc-chart-png-private.h"
#include "hc-chart-style.h"
#include "hc-gantt-layout.h"
#include "hc-gantt-paint.h"
#include "hc-timeline.h"

/* Cairo's image surfaces stop at 32767 pixels a side. */
#define MAX_SIDE 32767.0

static gboolean
append_png_bytes (gpointer closure, const guint8 *data, gsize len)
{
  g_byte_array_append (closure, data, len);
  return TRUE;
}

/* The scale at which @height units fit in an image, at most @scale; 0
 * when even one pixel a unit is too tall. */
static double
fitting_scale (double height, double scale)
{
  if (ceil (height * scale - 1e-6) <= MAX_SIDE)
    return scale;
  scale = floor (MAX_SIDE / height * 1000) / 1000;
  return scale >= 1.0 ? scale : 0;
}

GBytes *
hc_chart_render_gantt_png (HcPlan  *plan,
                           double   scale,
                           int     *width,
                           int     *height,
                           GError **error)
{
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  g_autoptr(HcGanttChart) chart = NULL;
  g_autoptr(HcGanttLayout) layout = NULL;
  g_autoptr(GByteArray) bytes = NULL;
  HcGanttOptions options;
  cairo_surface_t *image;
  cairo_t *cr;
  gboolean ok;
  int w, h;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  chart = hc_gantt_chart_new (plan, timeline, budget);
  hc_gantt_options_init (&options, HC_CHART_SLIDE_WIDTH, 720);
  /* As tall as the rows need, never less than a slide's 16:9. */
  options.height = MAX (hc_gantt_layout_get_whole_height (chart, &options), 720);
  scale = fitting_scale (options.height, scale > 0 ? scale : 2.0);
  if (scale == 0)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("The phase chart’s %u rows are too tall for one image; export it as a PDF"),
                   hc_gantt_chart_get_n_items (chart));
      return NULL;
    }
  /* One page by construction: the height holds every row. */
  g_warn_if_fail (hc_gantt_layout_count_pages (chart, &options) == 1);
  layout = hc_gantt_layout_new_page (chart, &options, 0);

  w = (int) ceil (options.width * scale - 1e-6);
  h = (int) ceil (options.height * scale - 1e-6);
  image = _hc_chart_image_surface_new (w, h);
  cr = cairo_create (image);
  cairo_scale (cr, scale, scale);
  hc_gantt_paint (cr, layout, hc_chart_style_get_light ());
  cairo_destroy (cr);

  bytes = g_byte_array_new ();
  ok = cairo_surface_status (image) == CAIRO_STATUS_SUCCESS
       && _hc_chart_write_png (image, append_png_bytes, bytes, error);
  if (!ok && error != NULL && *error == NULL)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE, _("Could not draw a %d × %d pixel image: %s"),
                 w, h, cairo_status_to_string (cairo_surface_status (image)));
  cairo_surface_destroy (image);
  if (!ok)
    return NULL;
  if (width != NULL)
    *width = w;
  if (height != NULL)
    *height = h;
  return g_byte_array_free_to_bytes (g_steal_pointer (&bytes));
}
