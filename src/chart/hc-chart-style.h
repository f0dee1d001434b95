/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "hc-budget.h"
#include "hc-types.h"

G_BEGIN_DECLS

typedef struct
{
  double red;
  double green;
  double blue;
} HcChartColor;

/* Everything a painter needs to know about how a chart looks; the layout
 * never reads it, so the same layout paints light on paper and dark on a
 * dark desktop.  Colours were picked so that neighbouring series differ in
 * lightness too (they stay apart in greyscale print), and every series also
 * has a pattern. */
typedef struct
{
  gboolean     dark;
  HcChartColor background;
  HcChartColor text;
  HcChartColor text_dim;
  HcChartColor grid;
  HcChartColor axis_band[2];  /* alternating month bands */
  HcChartColor phase_band;    /* a phase's range behind its rows */
  HcChartColor phase_row;     /* the phase header row */
  HcChartColor today;
  HcChartColor kind[2];       /* HcRoleKind: generalist, specialist */
  HcChartColor category[HC_N_CATEGORIES];
  HcChartColor cumulative;
  /* How far a search bar and a start range fade towards the background:
   * on a dark background the light style's fade would all but hide them. */
  double       search_fade;
  double       range_fade;
  /* The milestone diamond is its series' colour mixed this far towards
   * black (light) or white (dark): on either, darker or lighter than the
   * bar beside it and clear of the background. */
  double       milestone_shift;
} HcChartStyle;

/* Static, never freed.  Exports always use the light style. */
const HcChartStyle *hc_chart_style_get_light (void);
const HcChartStyle *hc_chart_style_get_dark  (void);

void hc_chart_style_set_source       (cairo_t            *cr,
                                      HcChartColor        color);
void hc_chart_style_set_source_alpha (cairo_t            *cr,
                                      HcChartColor        color,
                                      double              alpha);
/* A colour a fraction @amount of the way towards @to. */
HcChartColor hc_chart_color_mix      (HcChartColor        from,
                                      HcChartColor        to,
                                      double              amount);

G_END_DECLS
