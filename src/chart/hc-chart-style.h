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
  /* The window's marks on a chart: a tint over the row under the pointer
   * (in the dim text colour) and over the selected row (in the accent),
   * rules @mark_width wide around the selected row and the keyboard
   * focus (in the accent), so that colour is never the only mark.  Paper
   * and files have none of them. */
  HcChartColor accent;
  double       hover_alpha;
  double       selection_alpha;
  double       focus_alpha;
  double       mark_width;
} HcChartStyle;

/* Static, never freed.  Exports always use the light style.  Their
 * accent is libadwaita's default blue. */
const HcChartStyle *hc_chart_style_get_light (void);
const HcChartStyle *hc_chart_style_get_dark  (void);
/* The style of a chart on screen: the light or dark style with the
 * desktop's @accent; under @high_contrast, dim text at the text's full
 * contrast and stronger, wider marks. */
void hc_chart_style_init_screen      (HcChartStyle       *style,
                                      gboolean            dark,
                                      gboolean            high_contrast,
                                      HcChartColor        accent);

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
