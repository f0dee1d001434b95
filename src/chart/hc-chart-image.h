/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hc-plan.h"

G_BEGIN_DECLS

/* The width of a slide in chart units (13.333 in at 96 a inch). */
#define HC_CHART_SLIDE_WIDTH 1280.0

/* The whole phase chart of @plan as one PNG image, in the light style:
 * a slide's width (HC_CHART_SLIDE_WIDTH) and as tall as its rows need, at
 * @scale pixels a chart unit (<= 0: 2, a 2560-pixel-wide image).  Never cut
 * to a page: what Copy Chart puts on the clipboard for a deck.  A chart too
 * tall for one image even at scale 1 (over 32,767 pixels) is an error
 * (G_IO_ERROR_NOT_SUPPORTED) that says so; a chart a little too tall at
 * @scale is drawn at the largest scale that fits.  @width and @height, if
 * not NULL, receive the image's size in pixels. */
GBytes *hc_chart_render_gantt_png (HcPlan  *plan,
                                   double   scale,
                                   int     *width,
                                   int     *height,
                                   GError **error);

G_END_DECLS
