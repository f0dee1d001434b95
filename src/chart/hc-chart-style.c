/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include "hc-chart-style.h"

#define RGB(hex) { ((hex) >> 16 & 0xff) / 255.0, ((hex) >> 8 & 0xff) / 255.0, ((hex) & 0xff) / 255.0 }

/* GNOME palette hues.  Generalists are a dark blue and specialists a light
 * orange: far apart in lightness, so a greyscale print still tells them
 * apart even before the patterns do. */
static const HcChartStyle light_style = {
  .dark = FALSE,
  .background = RGB (0xffffff),
  .text = RGB (0x1e1e1e),
  .text_dim = RGB (0x5e5c64),
  .grid = RGB (0xdeddda),
  .axis_band = { RGB (0xf6f5f4), RGB (0xebeae8) },
  .phase_band = RGB (0xe8eef8),
  .phase_row = RGB (0xf3f3f1),
  .today = RGB (0xc01c28),
  .kind = { RGB (0x1a5fb4), RGB (0xe5a50a) },
  .category = {
    RGB (0x1a5fb4), /* salaries: dark */
    RGB (0x99c1f1), /* benefits: light */
    RGB (0x3584e4), /* payroll tax: mid, dotted */
    RGB (0xc64600), /* recruiting: mid, hatched */
    RGB (0xe66100), /* signing bonuses: mid, striped */
    RGB (0xffa348), /* referral bonuses: light, crossed */
    RGB (0x865e3c), /* relocation: dark, hatched */
    RGB (0xf8e45c), /* equipment: very light, dotted */
    RGB (0x26a269), /* software: mid */
    RGB (0x613583), /* cloud: dark, striped */
  },
  .cumulative = RGB (0x241f31),
  .search_fade = 0.7,
  .range_fade = 0.8,
  .milestone_shift = 0.4,
  .accent = RGB (0x1c71d8),
  .hover_alpha = 0.12,
  .selection_alpha = 0.2,
  .focus_alpha = 0.5,
  .mark_width = 2,
};

static const HcChartStyle dark_style = {
  .dark = TRUE,
  .background = RGB (0x1e1e1e),
  .text = RGB (0xf6f5f4),
  .text_dim = RGB (0xc0bfbc),
  .grid = RGB (0x3d3846),
  .axis_band = { RGB (0x2a2a2a), RGB (0x333333) },
  .phase_band = RGB (0x243046),
  .phase_row = RGB (0x2c2c2c),
  .today = RGB (0xff7b63),
  .kind = { RGB (0x62a0ea), RGB (0xf8e45c) },
  .category = {
    RGB (0x62a0ea),
    RGB (0x1c4a80),
    RGB (0x99c1f1),
    RGB (0xff7800),
    RGB (0xffa348),
    RGB (0xe66100),
    RGB (0xcdab8f),
    RGB (0xf9f06b),
    RGB (0x57e389),
    RGB (0xc061cb),
  },
  .cumulative = RGB (0xffffff),
  .search_fade = 0.45,
  .range_fade = 0.6,
  .milestone_shift = 0.55,
  .accent = RGB (0x78aeed),
  .hover_alpha = 0.16,
  .selection_alpha = 0.25,
  .focus_alpha = 0.6,
  .mark_width = 2,
};

const HcChartStyle *
hc_chart_style_get_light (void)
{
  return &light_style;
}

const HcChartStyle *
hc_chart_style_get_dark (void)
{
  return &dark_style;
}

void
hc_chart_style_init_screen (HcChartStyle *style,
                            gboolean      dark,
                            gboolean      high_contrast,
                            HcChartColor  accent)
{
  g_return_if_fail (style != NULL);

  *style = dark ? dark_style : light_style;
  style->accent = accent;
  if (!high_contrast)
    return;
  /* As libadwaita's high contrast does: nothing dimmed, and outlines
   * that read without the tint. */
  style->text_dim = style->text;
  style->hover_alpha *= 2;
  style->selection_alpha *= 2;
  style->focus_alpha = 1.0;
  style->mark_width = 3;
}

void
hc_chart_style_set_source (cairo_t      *cr,
                           HcChartColor  color)
{
  cairo_set_source_rgb (cr, color.red, color.green, color.blue);
}

void
hc_chart_style_set_source_alpha (cairo_t      *cr,
                                 HcChartColor  color,
                                 double        alpha)
{
  cairo_set_source_rgba (cr, color.red, color.green, color.blue, alpha);
}

HcChartColor
hc_chart_color_mix (HcChartColor from,
                    HcChartColor to,
                    double       amount)
{
  HcChartColor c = {
    from.red + (to.red - from.red) * amount,
    from.green + (to.green - from.green) * amount,
    from.blue + (to.blue - from.blue) * amount,
  };
  return c;
}
