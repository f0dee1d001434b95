/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <pango/pangocairo.h>

#include "hc-chart-style.h"
#include "hc-chart-types.h"

G_BEGIN_DECLS

/* Measures and draws chart text with one reused PangoLayout.  Metrics are
 * unhinted so that what the layout measured is what every surface draws,
 * screen, PDF or PNG alike. */
typedef struct _HcChartText HcChartText;

/* The user's text made safe to draw: noncharacters (U+FDD0…U+FDEF,
 * U+xFFFE, U+xFFFF), which cairo refuses in a PDF, become U+FFFD; control
 * characters and line breaks become a space, since every label is one
 * line; bytes that are not UTF-8 become U+FFFD.  Newly allocated. */
char        *_hc_chart_text_sanitize    (const char        *text);
/* _hc_chart_text_sanitize(), and isolated for use inside a longer label:
 * its own direction controls are closed and the whole is wrapped in
 * FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE, so that a right-to-left
 * name (or an override in it) does not reorder the rest of the label. */
char        *_hc_chart_text_isolate     (const char        *text);

HcChartText *_hc_chart_text_new         (cairo_t           *cr_or_null);
/* This thread's shared measurer: laying out a frame does not pay for a
 * new PangoContext and fonts.  Not to be freed. */
HcChartText *_hc_chart_text_get_measurer (void);
void         _hc_chart_text_free        (HcChartText       *self);
double       _hc_chart_text_width       (HcChartText       *self,
                                         HcChartTextKind    kind,
                                         const char        *text);
/* The height of a line of @kind. */
double       _hc_chart_text_line_height (HcChartTextKind    kind);
void         _hc_chart_text_draw        (HcChartText       *self,
                                         cairo_t           *cr,
                                         const HcChartLabel *label,
                                         const HcChartStyle *style);
void         _hc_chart_text_draw_labels (HcChartText       *self,
                                         cairo_t           *cr,
                                         GArray            *labels,
                                         const HcChartStyle *style,
                                         const HcChartRect *clip_or_null);

/* Fills a rectangle with @color and lays @pattern over it in a darker or
 * lighter ink: the second carrier of meaning besides colour. */
typedef enum
{
  HC_CHART_PATTERN_NONE,
  HC_CHART_PATTERN_HATCH,     /* diagonal lines */
  HC_CHART_PATTERN_STRIPES,   /* vertical lines */
  HC_CHART_PATTERN_DOTS,
  HC_CHART_PATTERN_CROSS,
} HcChartPattern;

void _hc_chart_fill_pattern (cairo_t            *cr,
                             const HcChartRect  *rect,
                             HcChartPattern      pattern,
                             HcChartColor        ink,
                             double              alpha);
void _hc_chart_rounded_rect (cairo_t            *cr,
                             const HcChartRect  *rect,
                             double              radius);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcChartText, _hc_chart_text_free)

G_END_DECLS
