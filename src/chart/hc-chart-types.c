/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include "hc-chart-types.h"

gboolean
hc_chart_rect_intersects (const HcChartRect *a,
                          const HcChartRect *b)
{
  return a->x < b->x + b->width && b->x < a->x + a->width &&
         a->y < b->y + b->height && b->y < a->y + a->height;
}

gboolean
hc_chart_rect_contains_point (const HcChartRect *rect,
                              double             x,
                              double             y)
{
  return x >= rect->x && x < rect->x + rect->width &&
         y >= rect->y && y < rect->y + rect->height;
}

static void
clear_label (gpointer data)
{
  HcChartLabel *label = data;

  g_clear_pointer (&label->text, g_free);
}

GArray *
hc_chart_label_array_new (void)
{
  GArray *labels = g_array_new (FALSE, TRUE, sizeof (HcChartLabel));

  g_array_set_clear_func (labels, clear_label);
  return labels;
}

void
hc_chart_label_array_add (GArray          *labels,
                          HcChartTextKind  kind,
                          HcChartAlign     align,
                          double           x,
                          double           y,
                          double           width,
                          double           height,
                          char            *text_owned)
{
  HcChartLabel label = {
    .rect = { x, y, width, height },
    .text = text_owned,
    .kind = kind,
    .align = align,
  };

  g_array_append_val (labels, label);
}
