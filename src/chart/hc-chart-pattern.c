/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The patterns laid over the charts' bars: hatching, stripes, dots and
 * crosses, the second carrier of meaning besides colour. */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <math.h>

#include "hc-chart-text-private.h"

/* One period of every pattern, in user units. */
#define STEP 5.0

/* Traces @pattern's lines or dots over the whole of @r. */
static void
trace_pattern (cairo_t           *cr,
               const HcChartRect *r,
               HcChartPattern     pattern)
{
  if (pattern == HC_CHART_PATTERN_HATCH || pattern == HC_CHART_PATTERN_CROSS)
    for (double d = -r->height; d < r->width; d += STEP)
      {
        cairo_move_to (cr, r->x + d, r->y + r->height);
        cairo_line_to (cr, r->x + d + r->height, r->y);
      }
  if (pattern == HC_CHART_PATTERN_CROSS)
    for (double d = 0; d < r->width + r->height; d += STEP)
      {
        cairo_move_to (cr, r->x + d, r->y + r->height);
        cairo_line_to (cr, r->x + d - r->height, r->y);
      }
  if (pattern == HC_CHART_PATTERN_STRIPES)
    for (double x = r->x + STEP / 2; x < r->x + r->width; x += STEP)
      {
        cairo_move_to (cr, x, r->y);
        cairo_line_to (cr, x, r->y + r->height);
      }
  if (pattern == HC_CHART_PATTERN_DOTS)
    for (double y = r->y + STEP / 2; y < r->y + r->height; y += STEP)
      for (double x = r->x + STEP / 2 + fmod (y - r->y, 2 * STEP) / 2; x < r->x + r->width; x += STEP)
        {
          cairo_new_sub_path (cr);
          cairo_arc (cr, x, y, 0.9, 0, 2 * G_PI);
        }
}

static void
ink_pattern (cairo_t        *cr,
             HcChartPattern  pattern,
             HcChartColor    ink,
             double          alpha)
{
  hc_chart_style_set_source_alpha (cr, ink, alpha);
  if (pattern == HC_CHART_PATTERN_DOTS)
    cairo_fill (cr);
  else
    {
      cairo_set_line_width (cr, 1.2);
      cairo_stroke (cr);
    }
}

/* PDF, SVG and PostScript keep every line as a vector, sharp at any zoom;
 * everything else (images, and the recordings GTK replays onto them) is
 * filled from a cached tile. */
static gboolean
is_vector_target (cairo_t *cr)
{
  switch (cairo_surface_get_type (cairo_get_target (cr)))
    {
    case CAIRO_SURFACE_TYPE_PDF:
    case CAIRO_SURFACE_TYPE_PS:
    case CAIRO_SURFACE_TYPE_SVG:
    case CAIRO_SURFACE_TYPE_SCRIPT:
      return TRUE;
    default:
      return FALSE;
    }
}

/* ---- tiles ------------------------------------------------------------ */

typedef struct
{
  HcChartPattern   pattern;
  HcChartColor     ink;
  double           alpha;
  int              scale;     /* tile pixels per user unit */
  cairo_pattern_t *tile;
} Tile;

/* The charts use a handful of pattern and ink pairs: a small cache is
 * enough, and is emptied when it fills rather than grown. */
#define MAX_TILES 32

static Tile tiles[MAX_TILES];
static guint n_tiles;
G_LOCK_DEFINE_STATIC (tiles);

/* One period of @pattern, drawn with the same strokes as on a vector
 * surface, the dots' rows offset by half a step as there. */
static cairo_pattern_t *
make_tile (HcChartPattern pattern,
           HcChartColor   ink,
           double         alpha,
           int            scale)
{
  double height = pattern == HC_CHART_PATTERN_DOTS ? 2 * STEP : STEP;
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32,
                                                         (int) (STEP * scale),
                                                         (int) (height * scale));
  cairo_t *cr = cairo_create (surface);
  cairo_pattern_t *tile;

  cairo_scale (cr, scale, scale);
  /* Traced over three periods each way so lines run on across the
   * tile's edges, as they do across a bar. */
  cairo_translate (cr, -STEP, -height);
  trace_pattern (cr, &(HcChartRect) { 0, 0, 3 * STEP, 3 * height }, pattern);
  ink_pattern (cr, pattern, ink, alpha);
  cairo_destroy (cr);
  tile = cairo_pattern_create_for_surface (surface);
  cairo_surface_destroy (surface);
  cairo_pattern_set_extend (tile, CAIRO_EXTEND_REPEAT);
  return tile;
}

static gboolean
same_color (HcChartColor a,
            HcChartColor b)
{
  return a.red == b.red && a.green == b.green && a.blue == b.blue;
}

/* A new reference to the tile for these, from the cache. */
static cairo_pattern_t *
get_tile (HcChartPattern pattern,
          HcChartColor   ink,
          double         alpha,
          int            scale)
{
  cairo_pattern_t *tile = NULL;

  G_LOCK (tiles);
  for (guint i = 0; i < n_tiles && tile == NULL; i++)
    if (tiles[i].pattern == pattern && same_color (tiles[i].ink, ink) &&
        tiles[i].alpha == alpha && tiles[i].scale == scale)
      tile = cairo_pattern_reference (tiles[i].tile);
  if (tile == NULL)
    {
      if (n_tiles == MAX_TILES)
        for (; n_tiles > 0; n_tiles--)
          cairo_pattern_destroy (tiles[n_tiles - 1].tile);
      tile = make_tile (pattern, ink, alpha, scale);
      tiles[n_tiles++] = (Tile) { pattern, ink, alpha, scale, cairo_pattern_reference (tile) };
    }
  G_UNLOCK (tiles);
  return tile;
}

/* Tile pixels per user unit: the device's, so the lines stay as sharp as
 * strokes; at least 2 on a recording, whose final scale is not known
 * until GTK replays it (a HiDPI screen). */
static int
tile_scale (cairo_t *cr)
{
  double dx = 1, dy = 0;
  int scale;

  cairo_user_to_device_distance (cr, &dx, &dy);
  scale = (int) ceil (hypot (dx, dy) - 0.01);
  if (cairo_surface_get_type (cairo_get_target (cr)) == CAIRO_SURFACE_TYPE_RECORDING)
    scale = MAX (scale, 2);
  return CLAMP (scale, 1, 8);
}

static void
fill_from_tile (cairo_t           *cr,
                const HcChartRect *rect,
                HcChartPattern     pattern,
                HcChartColor       ink,
                double             alpha)
{
  int scale = tile_scale (cr);
  cairo_pattern_t *tile = get_tile (pattern, ink, alpha, scale);
  cairo_matrix_t matrix;

  /* The pattern starts at the rectangle's corner, as the strokes do. */
  cairo_matrix_init_scale (&matrix, scale, scale);
  cairo_matrix_translate (&matrix, -rect->x, -rect->y);
  cairo_pattern_set_matrix (tile, &matrix);
  cairo_set_source (cr, tile);
  cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
  cairo_fill (cr);
  cairo_pattern_destroy (tile);
}

void
_hc_chart_fill_pattern (cairo_t           *cr,
                        const HcChartRect *rect,
                        HcChartPattern     pattern,
                        HcChartColor       ink,
                        double             alpha)
{
  if (pattern == HC_CHART_PATTERN_NONE || rect->width <= 0 || rect->height <= 0)
    return;

  cairo_save (cr);
  if (is_vector_target (cr))
    {
      cairo_rectangle (cr, rect->x, rect->y, rect->width, rect->height);
      cairo_clip (cr);
      cairo_new_path (cr);
      trace_pattern (cr, rect, pattern);
      ink_pattern (cr, pattern, ink, alpha);
    }
  else
    fill_from_tile (cr, rect, pattern, ink, alpha);
  cairo_restore (cr);
}
