/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-gantt-view"

#include "config.h"

#include <math.h>
#include <adwaita.h>
#include <glib/gi18n.h>

#include <gsk/gskcairorenderer.h>

#include "hc-compat.h"
#include "hc-gantt-paint.h"
#include "hc-gantt-view-private.h"

/* Tiles of the plot are this many pixels square: a scroll by a few rows
 * reuses every tile but a strip of new ones. */
#define TILE            512
#define MIN_WEEK_WIDTH  2.0
#define MAX_WEEK_WIDTH  160.0
/* The room a plot keeps after its last week (the layout's margin). */
#define RIGHT_MARGIN    28.0
/* More tiles than this are dropped, oldest first; a screen needs some 40. */
#define MAX_TILES       400
/* A live zoom repaints its tiles once the hand rests this long. */
#define ZOOM_REST_MS    150

typedef enum
{
  LAYER_BODY,    /* rows in the plot: scroll both ways */
  LAYER_LABELS,  /* the label column: scrolls with the rows only */
  LAYER_HEADER,  /* the axis header: scrolls with time only */
  LAYER_CORNER,  /* the header's captions: never scroll */
  LAYER_LEGEND,  /* the legend strip at the foot */
} Layer;

enum {
  PROP_0,
  PROP_SELECTED_POSITION,
  PROP_WEEK_WIDTH,
  N_PROPS,
  /* GtkScrollable's, overridden */
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

enum {
  ACTIVATE_POSITION,
  LIVE_EDIT,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE_WITH_CODE (HcGanttView, hc_gantt_view, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static const HcChartStyle *
view_style (HcGanttView *self)
{
  if (self->style_stale)
    {
      hc_compat_get_chart_style (GTK_WIDGET (self), &self->style);
      self->style_stale = FALSE;
    }
  return &self->style;
}

/* ---- geometry -------------------------------------------------------- */

static double
label_width (HcGanttView *self)
{
  return CLAMP (floor (gtk_widget_get_width (GTK_WIDGET (self)) * 0.27), 140.0, 320.0);
}

/* The legend's lines and, under them, room for the overlay scrollbar of
 * time, which would otherwise cross the legend's text.  Measured once a
 * width. */
static double
legend_height (HcGanttView *self)
{
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  if (width != self->legend_width)
    {
      g_autoptr(HcGanttLayout) legend = hc_gantt_layout_new_legend (MAX (width, 1));

      self->legend_width = width;
      self->legend_height = legend->height + 8;
    }
  return self->legend_height;
}

/* Kept until the width, the zoom or the plan changes: every tile and
 * every pointer motion asks for them. */
void
_hc_gantt_view_get_options (HcGanttView    *self,
                            HcGanttOptions *options)
{
  if (!self->options_valid)
    {
      hc_gantt_options_init (&self->options, 1, 0);
      self->options.show_title = FALSE;
      self->options.show_footer = FALSE;
      self->options.label_width = label_width (self);
      hc_gantt_options_set_plot_width (&self->options, self->chart != NULL
                                       ? hc_gantt_chart_get_end_week (self->chart) * self->week_width
                                       : 40.0);
      self->options_valid = TRUE;
    }
  *options = self->options;
}

double
_hc_gantt_view_plot_x (HcGanttView *self)
{
  HcGanttOptions options;

  _hc_gantt_view_get_options (self, &options);
  return hc_gantt_layout_get_plot_x (&options);
}

/* The rows' viewport: the widget less the legend strip. */
double
_hc_gantt_view_body_height (HcGanttView *self)
{
  return MAX (0, gtk_widget_get_height (GTK_WIDGET (self)) - legend_height (self));
}

static double
header_height (HcGanttView *self)
{
  return self->chart != NULL ? hc_gantt_layout_get_header_height (self->chart) : 0;
}

/* Whole pixels, so that tiles never land between them and blur. */
static double
hscroll (HcGanttView *self)
{
  return self->hadjustment != NULL ? floor (gtk_adjustment_get_value (self->hadjustment)) : 0;
}

static double
vscroll (HcGanttView *self)
{
  return self->vadjustment != NULL ? floor (gtk_adjustment_get_value (self->vadjustment)) : 0;
}

double
hc_gantt_view_get_plan_end (HcGanttView *self)
{
  double end = 0;

  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), 0);

  if (self->chart == NULL)
    return 0;
  for (guint i = 0; i < hc_gantt_chart_get_n_items (self->chart); i++)
    {
      const HcGanttItem *item = hc_gantt_chart_get_item (self->chart, i);

      if (item->kind == HC_GANTT_ITEM_POSITION)
        end = MAX (end, item->productive.high);
    }
  return end > 0 ? end : hc_gantt_chart_get_end_week (self->chart);
}

/* ---- tiles ----------------------------------------------------------- */

static void
invalidate_hit_layout (HcGanttView *self)
{
  g_clear_pointer (&self->hit_layout, hc_gantt_layout_free);
}

static void
invalidate_tiles (HcGanttView *self)
{
  self->options_valid = FALSE;
  g_hash_table_remove_all (self->tiles);
  g_clear_handle_id (&self->zoom_rest_id, g_source_remove);
  self->tiles_week_width = self->week_width;
  invalidate_hit_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static guint64
tile_key (Layer layer, int i, int j)
{
  return ((guint64) layer << 56) | ((guint64) (guint32) i << 28) | (guint32) j;
}

/* The part of the content a tile shows, in content coordinates. */
static HcChartRect
tile_rect (HcGanttView *self, Layer layer, int i, int j)
{
  double plot_x = _hc_gantt_view_plot_x (self), hh = header_height (self);

  switch (layer)
    {
    case LAYER_BODY: return (HcChartRect) { i * TILE, j * TILE, TILE, TILE };
    case LAYER_LABELS: return (HcChartRect) { 0, j * TILE, plot_x, TILE };
    case LAYER_HEADER: return (HcChartRect) { i * TILE, 0, TILE, hh };
    case LAYER_CORNER: return (HcChartRect) { 0, 0, plot_x, hh };
    case LAYER_LEGEND:
    default: return (HcChartRect) { 0, 0, gtk_widget_get_width (GTK_WIDGET (self)), legend_height (self) };
    }
}

/* A painted tile: an image surface, and the texture made of it the first
 * time a renderer other than cairo asks. */
typedef struct
{
  cairo_surface_t *surface;
  GdkTexture      *texture;
} Tile;

/* Surfaces of tiles thrown away, for the next tiles of the same size: a
 * zoom replaces every tile on screen, and a fresh megabyte each costs
 * more in page faults and clearing than painting it does.  Only a surface
 * nothing else holds (no texture, no frame still drawing it) is kept. */
#define MAX_SPARE_SURFACES 64
static GPtrArray *spare_surfaces;

static void
tile_free (gpointer data)
{
  Tile *tile = data;

  g_clear_object (&tile->texture);
  if (spare_surfaces == NULL)
    spare_surfaces = g_ptr_array_new_with_free_func ((GDestroyNotify) cairo_surface_destroy);
  if (cairo_surface_get_reference_count (tile->surface) == 1 && spare_surfaces->len < MAX_SPARE_SURFACES)
    g_ptr_array_add (spare_surfaces, tile->surface);
  else
    cairo_surface_destroy (tile->surface);
  g_free (tile);
}

static cairo_surface_t *
take_surface (int width, int height)
{
  for (guint i = 0; spare_surfaces != NULL && i < spare_surfaces->len; i++)
    {
      cairo_surface_t *surface = g_ptr_array_index (spare_surfaces, i);

      if (cairo_image_surface_get_width (surface) == width && cairo_image_surface_get_height (surface) == height &&
          cairo_surface_get_reference_count (surface) == 1)
        return g_ptr_array_steal_index_fast (spare_surfaces, i);
    }
  return cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);
}

static void
free_surface (gpointer data)
{
  cairo_surface_destroy (data);
}

static GdkTexture *
tile_get_texture (Tile *tile)
{
  cairo_surface_t *surface = tile->surface;
  int height = cairo_image_surface_get_height (surface);
  int stride = cairo_image_surface_get_stride (surface);
  g_autoptr(GBytes) bytes = NULL;

  if (tile->texture != NULL)
    return tile->texture;
  bytes = g_bytes_new_with_free_func (cairo_image_surface_get_data (surface), (gsize) height * stride,
                                      free_surface, cairo_surface_reference (surface));
  tile->texture = gdk_memory_texture_new (cairo_image_surface_get_width (surface), height,
                                          GDK_MEMORY_DEFAULT, bytes, stride);
  return tile->texture;
}

/* Only what meets the tile is painted: text is most of a tile's cost,
 * and a clip does not spare Pango its work. */
static void
prune_labels (HcGanttLayout *layout, const HcChartRect *r)
{
  for (guint i = layout->labels->len; i > 0; i--)
    if (!hc_chart_rect_intersects (&g_array_index (layout->labels, HcChartLabel, i - 1).rect, r))
      g_array_remove_index_fast (layout->labels, i - 1);
}

static void
paint_tile (HcGanttView *self, cairo_t *cr, Layer layer, const HcChartRect *r)
{
  g_autoptr(HcGanttLayout) layout = NULL;
  HcGanttOptions options;
  HcChartRect visible;
  double hh = header_height (self);

  if (layer == LAYER_LEGEND)
    layout = hc_gantt_layout_new_legend (r->width);
  else
    {
      _hc_gantt_view_get_options (self, &options);
      /* Rows tiles take no header; header tiles take it at the top and
       * no rows. */
      options.rows_only = layer == LAYER_BODY || layer == LAYER_LABELS;
      if (options.rows_only)
        visible = (HcChartRect) { r->x, r->y - hh, r->width, r->height + hh };
      else
        visible = (HcChartRect) { r->x, 0, r->width, hh };
      layout = hc_gantt_layout_new_visible (self->chart, &options, &visible);
      prune_labels (layout, r);
    }
  self->layouts_built++;
  hc_gantt_paint (cr, layout, view_style (self));
}

static Tile *
render_tile (HcGanttView *self, Layer layer, int i, int j)
{
  HcChartRect r = tile_rect (self, layer, i, j);
  int scale = gtk_widget_get_scale_factor (GTK_WIDGET (self));
  Tile *tile = g_new0 (Tile, 1);
  cairo_t *cr;

  tile->surface = take_surface (MAX (1, (int) ceil (r.width * scale)), MAX (1, (int) ceil (r.height * scale)));
  cairo_surface_set_device_scale (tile->surface, scale, scale);
  cr = cairo_create (tile->surface);
  cairo_translate (cr, -r.x, -r.y);
  cairo_rectangle (cr, r.x, r.y, r.width, r.height);
  cairo_clip (cr);
  paint_tile (self, cr, layer, &r);
  cairo_destroy (cr);
  cairo_surface_flush (tile->surface);
  self->tiles_painted++;
  return tile;
}

static Tile *
get_tile (HcGanttView *self, Layer layer, int i, int j, gboolean paint)
{
  guint64 key = tile_key (layer, i, j);
  Tile *tile = g_hash_table_lookup (self->tiles, &key);
  guint64 *stored;

  if (tile != NULL || !paint)
    return tile;
  /* A long scroll through a big plan would keep every tile it passed. */
  if (g_hash_table_size (self->tiles) > MAX_TILES)
    g_hash_table_remove_all (self->tiles);
  tile = render_tile (self, layer, i, j);
  stored = g_new (guint64, 1);
  *stored = key;
  g_hash_table_insert (self->tiles, stored, tile);
  return tile;
}

/* The cairo renderer of GTK 4.8 copies a texture's pixels into a new
 * surface on every frame, but replays a cairo node's recording, and a
 * recording of a blit from a kept surface is only that blit: under it,
 * tiles go in a cairo node.  Other renderers keep textures on the GPU. */
static gboolean
renderer_is_cairo (HcGanttView *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GskRenderer *renderer = native != NULL ? gtk_native_get_renderer (native) : NULL;

  return renderer == NULL || GSK_IS_CAIRO_RENDERER (renderer);
}

/* Draws a layer's tiles that meet @screen (widget coordinates): a tile's
 * content x lands at @xscale × x + @xoffset on screen, its y at y − @dy.
 * The scale is 1 but in the middle of a live zoom, when the tiles of the
 * last zoom are stretched until the gesture rests (zoom_live()); tiles
 * that are missing then stay blank rather than be painted at the wrong
 * scale. */
static void
snapshot_layer (HcGanttView *self, GtkSnapshot *snapshot, Layer layer,
                graphene_rect_t screen, double xscale, double xoffset, double dy)
{
  gboolean stale = xscale != 1.0;
  double cx0 = (screen.origin.x - xoffset) / xscale;
  double cx1 = (screen.origin.x + screen.size.width - xoffset) / xscale;
  gboolean cairo_path = renderer_is_cairo (self);
  cairo_t *cr = NULL;
  int i0, i1, j0, j1;

  if (screen.size.width <= 0 || screen.size.height <= 0)
    return;
  gtk_snapshot_push_clip (snapshot, &screen);
  i0 = j0 = i1 = j1 = 0;
  if (layer == LAYER_BODY || layer == LAYER_HEADER)
    {
      i0 = (int) floor (cx0 / TILE);
      i1 = (int) floor ((cx1 - 1) / TILE);
    }
  if (layer == LAYER_BODY || layer == LAYER_LABELS)
    {
      j0 = (int) floor ((screen.origin.y + dy) / TILE);
      j1 = (int) floor ((screen.origin.y + screen.size.height + dy - 1) / TILE);
    }
  gtk_snapshot_save (snapshot);
  gtk_snapshot_translate (snapshot, &GRAPHENE_POINT_INIT (xoffset, -dy));
  gtk_snapshot_scale (snapshot, xscale, 1);
  if (cairo_path)
    cr = gtk_snapshot_append_cairo (snapshot, &GRAPHENE_RECT_INIT (cx0, screen.origin.y + dy,
                                                                   cx1 - cx0, screen.size.height));
  for (int j = MAX (j0, 0); j <= j1; j++)
    for (int i = MAX (i0, 0); i <= i1; i++)
      {
        HcChartRect r = tile_rect (self, layer, i, j);
        Tile *tile = get_tile (self, layer, i, j, !stale);

        if (tile == NULL)
          continue;
        if (cairo_path)
          {
            cairo_set_source_surface (cr, tile->surface, r.x, r.y);
            cairo_rectangle (cr, r.x, r.y, r.width, r.height);
            cairo_fill (cr);
          }
        else
          gtk_snapshot_append_texture (snapshot, tile_get_texture (tile),
                                       &GRAPHENE_RECT_INIT (r.x, r.y, r.width, r.height));
      }
  if (cr != NULL)
    cairo_destroy (cr);
  gtk_snapshot_restore (snapshot);
  gtk_snapshot_pop (snapshot);
}

/* ---- the rows on screen, for the pointer and the overlay ------------- */

const HcGanttLayout *
_hc_gantt_view_get_hit_layout (HcGanttView *self)
{
  HcGanttOptions options;
  double plot_x, width;

  if (self->chart == NULL)
    return NULL;
  if (self->hit_layout != NULL)
    return self->hit_layout;
  _hc_gantt_view_get_options (self, &options);
  /* The pointer never asks the header (hc_gantt_view_hit()). */
  options.rows_only = TRUE;
  plot_x = hc_gantt_layout_get_plot_x (&options);
  width = gtk_widget_get_width (GTK_WIDGET (self));
  self->hit_layout = hc_gantt_layout_new_visible (self->chart, &options,
                                                  &(HcChartRect) { hscroll (self) + plot_x, vscroll (self),
                                                                   MAX (1, width - plot_x),
                                                                   MAX (1, _hc_gantt_view_body_height (self)) });
  self->layouts_built++;
  return self->hit_layout;
}

HcGanttHit
hc_gantt_view_hit (HcGanttView *self,
                   double       x,
                   double       y)
{
  HcGanttHit none = { HC_GANTT_HIT_NONE, G_MAXUINT, G_MAXUINT };
  const HcGanttLayout *layout;
  double plot_x;

  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), none);

  if ((layout = _hc_gantt_view_get_hit_layout (self)) == NULL)
    return none;
  if (y < header_height (self) || y >= _hc_gantt_view_body_height (self))
    return none;
  plot_x = layout->plot.x;
  return hc_gantt_layout_hit (layout, x < plot_x ? x : x + hscroll (self), y + vscroll (self), 5.0);
}

static const HcGanttRow *
find_item_row (const HcGanttLayout *layout, guint item_index)
{
  for (guint i = 0; layout != NULL && i < layout->rows->len; i++)
    {
      const HcGanttRow *row = &g_array_index (layout->rows, HcGanttRow, i);
      if (row->item_index == item_index)
        return row;
    }
  return NULL;
}

static guint
selected_item (HcGanttView *self)
{
  guint index;

  if (self->selected_id == NULL || self->plan == NULL || self->chart == NULL ||
      hc_plan_find_position (self->plan, self->selected_id, &index) == NULL)
    return G_MAXUINT;
  return hc_gantt_chart_find_position (self->chart, index);
}

static void
snapshot_row_mark (HcGanttView *self, GtkSnapshot *snapshot, guint item_index, gboolean selected)
{
  const HcGanttLayout *layout = _hc_gantt_view_get_hit_layout (self);
  const HcGanttRow *row = find_item_row (layout, item_index);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double y, h = header_height (self), body_h = _hc_gantt_view_body_height (self);
  const HcChartStyle *style = view_style (self);
  HcChartColor tint = selected ? style->accent : style->text_dim;
  const GdkRGBA fill = { tint.red, tint.green, tint.blue,
                         selected ? style->selection_alpha : style->hover_alpha };
  const GdkRGBA edge = { style->accent.red, style->accent.green, style->accent.blue, 1.0 };
  double w = style->mark_width;

  if (row == NULL)
    return;
  y = row->rect.y - vscroll (self);
  gtk_snapshot_push_clip (snapshot, &GRAPHENE_RECT_INIT (0, h, width, MAX (0, body_h - h)));
  gtk_snapshot_append_color (snapshot, &fill, &GRAPHENE_RECT_INIT (0, y, width, row->rect.height));
  if (selected)
    {
      /* A rule on each side of the row: the colour is not the only mark. */
      gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (0, y, width, w));
      gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (0, y + row->rect.height - w, width, w));
      gtk_snapshot_append_color (snapshot, &edge, &GRAPHENE_RECT_INIT (0, y, 2 * w, row->rect.height));
    }
  gtk_snapshot_pop (snapshot);
}

static void
hc_gantt_view_snapshot (GtkWidget   *widget,
                        GtkSnapshot *snapshot)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);
  double width = gtk_widget_get_width (widget);
  double body_h = _hc_gantt_view_body_height (self);
  double plot_x, hh, hx, vy, k, xoffset;
  guint selected;

  if (self->chart == NULL || width <= 0)
    return;
  if (self->tiles_width != (int) width)
    {
      invalidate_tiles (self);
      self->tiles_width = (int) width;
    }
  plot_x = _hc_gantt_view_plot_x (self);
  hh = header_height (self);
  hx = hscroll (self);
  vy = vscroll (self);
  /* Time's layers: content x at plot_x + week × width; in a live zoom the
   * tiles are of the last width, stretched by k about the plot's start. */
  k = self->tiles_week_width > 0 ? self->week_width / self->tiles_week_width : 1.0;
  xoffset = plot_x - hx - k * plot_x;
  snapshot_layer (self, snapshot, LAYER_BODY, GRAPHENE_RECT_INIT (plot_x, hh, width - plot_x, body_h - hh),
                  k, xoffset, vy);
  snapshot_layer (self, snapshot, LAYER_LABELS, GRAPHENE_RECT_INIT (0, hh, plot_x, body_h - hh), 1, 0, vy);
  snapshot_layer (self, snapshot, LAYER_HEADER, GRAPHENE_RECT_INIT (plot_x, 0, width - plot_x, hh), k, xoffset, 0);
  snapshot_layer (self, snapshot, LAYER_CORNER, GRAPHENE_RECT_INIT (0, 0, plot_x, hh), 1, 0, 0);
  snapshot_layer (self, snapshot, LAYER_LEGEND, GRAPHENE_RECT_INIT (0, body_h, width, legend_height (self)), 1, 0, -body_h);

  if (self->hover_item != G_MAXUINT)
    snapshot_row_mark (self, snapshot, self->hover_item, FALSE);
  if ((selected = selected_item (self)) != G_MAXUINT)
    snapshot_row_mark (self, snapshot, selected, TRUE);
  /* Reached with Tab: the keyboard works here now. */
  if (gtk_widget_has_visible_focus (widget))
    {
      GskRoundedRect ring;
      const HcChartStyle *style = view_style (self);
      const GdkRGBA color = { style->accent.red, style->accent.green, style->accent.blue, style->focus_alpha };
      const float w = style->mark_width;
      const float widths[4] = { w, w, w, w };
      const GdkRGBA colors[4] = { color, color, color, color };

      gsk_rounded_rect_init_from_rect (&ring, &GRAPHENE_RECT_INIT (1, 1, width - 2, body_h - 2), 4);
      gtk_snapshot_append_border (snapshot, &ring, widths, colors);
    }
}

/* ---- scrolling ------------------------------------------------------- */

static void
configure_adjustments (HcGanttView *self)
{
  HcGanttOptions options;
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double body_h = _hc_gantt_view_body_height (self);
  double content_w = width, content_h = body_h;

  if (self->chart != NULL)
    {
      _hc_gantt_view_get_options (self, &options);
      content_w = options.width;
      content_h = hc_gantt_layout_get_content_height (self->chart, &options);
    }
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment,
                              CLAMP (gtk_adjustment_get_value (self->hadjustment), 0, MAX (0, content_w - width)),
                              0, MAX (content_w, width), 24, width * 0.9, width);
  /* The viewport holds the rows under the header and above the legend. */
  if (self->vadjustment != NULL)
    gtk_adjustment_configure (self->vadjustment,
                              CLAMP (gtk_adjustment_get_value (self->vadjustment), 0, MAX (0, content_h - body_h)),
                              0, MAX (content_h, body_h), 24, body_h * 0.9, body_h);
  invalidate_hit_layout (self);
}

static void
set_week_width (HcGanttView *self, double week_width)
{
  week_width = CLAMP (week_width, MIN_WEEK_WIDTH, MAX_WEEK_WIDTH);
  if (week_width == self->week_width)
    return;
  self->week_width = week_width;
  self->options_valid = FALSE;
  invalidate_tiles (self);
  configure_adjustments (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_WIDTH]);
}

static double
fit_week_width (HcGanttView *self)
{
  double room = gtk_widget_get_width (GTK_WIDGET (self)) - _hc_gantt_view_plot_x (self) - RIGHT_MARGIN;
  double end = hc_gantt_view_get_plan_end (self);

  return end > 0 && room > 0 ? room / end : self->week_width;
}

static void
hc_gantt_view_size_allocate (GtkWidget *widget,
                             int        width,
                             int        height,
                             int        baseline)
{
  HcGanttView *self = HC_GANTT_VIEW (widget);

  /* The label column follows the width. */
  self->options_valid = FALSE;
  if (self->fit && self->chart != NULL)
    {
      double w = fit_week_width (self);
      if (fabs (w - self->week_width) > 0.01)
        {
          self->week_width = CLAMP (w, MIN_WEEK_WIDTH, MAX_WEEK_WIDTH);
          invalidate_tiles (self);
        }
    }
  configure_adjustments (self);
}

static void
hc_gantt_view_measure (GtkWidget      *widget,
                       GtkOrientation  orientation,
                       int             for_size,
                       int            *minimum,
                       int            *natural,
                       int            *minimum_baseline,
                       int            *natural_baseline)
{
  /* Scrolled both ways: any size will do; a little of the plot shows
   * beside the labels even in a narrow window. */
  *minimum = orientation == GTK_ORIENTATION_HORIZONTAL ? 240 : 160;
  *natural = orientation == GTK_ORIENTATION_HORIZONTAL ? 800 : 480;
}

static void
on_adjustment_value_changed (HcGanttView *self)
{
  invalidate_hit_layout (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
set_adjustment (HcGanttView *self, GtkAdjustment **slot, GtkAdjustment *adjustment, guint prop_id)
{
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  if (*slot == adjustment)
    return;
  g_set_object (slot, adjustment);
  g_signal_group_set_target (prop_id == PROP_HADJUSTMENT ? self->hadjustment_signals : self->vadjustment_signals,
                             adjustment);
  configure_adjustments (self);
  g_object_notify (G_OBJECT (self), prop_id == PROP_HADJUSTMENT ? "hadjustment" : "vadjustment");
}

/* ---- zoom ------------------------------------------------------------ */

void
hc_gantt_view_zoom_by (HcGanttView *self,
                       double       factor,
                       double       anchor_x)
{
  double plot_x, width, old_width, week, value;

  g_return_if_fail (HC_IS_GANTT_VIEW (self));
  g_return_if_fail (factor > 0);

  plot_x = _hc_gantt_view_plot_x (self);
  width = gtk_widget_get_width (GTK_WIDGET (self));
  if (anchor_x < plot_x)
    anchor_x = plot_x + (width - plot_x) / 2;
  old_width = self->week_width;
  week = (hscroll (self) + anchor_x - plot_x) / old_width;
  self->fit = FALSE;
  set_week_width (self, old_width * factor);
  /* The week under the pointer stays under it. */
  value = week * self->week_width - (anchor_x - plot_x);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, value);
}

static gboolean
on_zoom_rest (gpointer data)
{
  HcGanttView *self = data;

  self->zoom_rest_id = 0;
  invalidate_tiles (self);
  return G_SOURCE_REMOVE;
}

/* A zoom the hand drives (Ctrl+scroll, pinch): frames come faster than a
 * screen of tiles can be painted, so the tiles painted at the last width
 * are stretched until the hand rests a moment, then painted anew. */
void
_hc_gantt_view_zoom_live (HcGanttView *self,
                          double       factor,
                          double       anchor_x)
{
  double plot_x = _hc_gantt_view_plot_x (self);
  double width = gtk_widget_get_width (GTK_WIDGET (self));
  double week, week_width;

  if (anchor_x < plot_x)
    anchor_x = plot_x + (width - plot_x) / 2;
  week = (hscroll (self) + anchor_x - plot_x) / self->week_width;
  week_width = CLAMP (self->week_width * factor, MIN_WEEK_WIDTH, MAX_WEEK_WIDTH);
  if (week_width == self->week_width)
    return;
  self->fit = FALSE;
  self->week_width = week_width;
  self->options_valid = FALSE;
  configure_adjustments (self);
  if (self->hadjustment != NULL)
    gtk_adjustment_set_value (self->hadjustment, week * week_width - (anchor_x - plot_x));
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_clear_handle_id (&self->zoom_rest_id, g_source_remove);
  self->zoom_rest_id = g_timeout_add (ZOOM_REST_MS, on_zoom_rest, self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_WEEK_WIDTH]);
}

void
hc_gantt_view_zoom_to (HcGanttView *self,
                       HcGanttZoom  zoom)
{
  g_return_if_fail (HC_IS_GANTT_VIEW (self));

  self->fit = zoom == HC_GANTT_ZOOM_FIT;
  switch (zoom)
    {
    case HC_GANTT_ZOOM_WEEKS:
      set_week_width (self, self->chart != NULL ? hc_gantt_layout_get_week_label_width (self->chart) : 24);
      break;
    case HC_GANTT_ZOOM_MONTHS:
      /* "September 2027" fits in some 140 pixels. */
      set_week_width (self, 150.0 / HC_WEEKS_PER_MONTH);
      break;
    case HC_GANTT_ZOOM_QUARTERS:
      set_week_width (self, 150.0 / (3 * HC_WEEKS_PER_MONTH));
      break;
    case HC_GANTT_ZOOM_FIT:
    default:
      set_week_width (self, fit_week_width (self));
      if (self->hadjustment != NULL)
        gtk_adjustment_set_value (self->hadjustment, 0);
      break;
    }
}

gboolean
hc_gantt_view_get_fit (HcGanttView *self)
{
  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), FALSE);
  return self->fit;
}

double
hc_gantt_view_get_week_width (HcGanttView *self)
{
  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), 0);
  return self->week_width;
}

void
hc_gantt_view_get_visible_weeks (HcGanttView *self,
                                 double      *first,
                                 double      *last)
{
  double plot_x;

  g_return_if_fail (HC_IS_GANTT_VIEW (self));

  plot_x = _hc_gantt_view_plot_x (self);
  *first = hscroll (self) / self->week_width;
  *last = *first + (gtk_widget_get_width (GTK_WIDGET (self)) - plot_x - RIGHT_MARGIN) / self->week_width;
}

/* ---- plan and selection ---------------------------------------------- */

HcPosition *
_hc_gantt_view_get_position (HcGanttView *self,
                             guint        position_index)
{
  g_autoptr(HcPosition) position = NULL;

  if (self->plan == NULL)
    return NULL;
  position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (self->plan)), position_index);
  /* The plan's list holds it. */
  return position;
}

static void
update_description (HcGanttView *self)
{
  g_autofree char *tooltip = NULL;
  g_autofree char *description = NULL;

  if (self->selected_id != NULL)
    tooltip = hc_gantt_view_dup_tooltip (self, self->selected_id);
  description = tooltip != NULL
                ? g_strdup_printf (_("Selected: %s"), tooltip)
                : g_strdup (_("Each position’s search, start and ramp-up over time, in phases. Arrows select a position, Shift+arrows move it, Enter opens it."));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

const char *
hc_gantt_view_get_selected_position (HcGanttView *self)
{
  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), NULL);
  return self->selected_id;
}

void
hc_gantt_view_set_selected_position (HcGanttView *self,
                                     const char  *position_id)
{
  g_return_if_fail (HC_IS_GANTT_VIEW (self));

  if (g_strcmp0 (self->selected_id, position_id) == 0)
    return;
  g_free (self->selected_id);
  self->selected_id = g_strdup (position_id);
  update_description (self);
  _hc_gantt_view_update_actions (self);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_POSITION]);
}

/* Scrolls so that the item's row is in view, under the header. */
static void
scroll_to_item (HcGanttView *self, guint item_index)
{
  double top, height, v, hh = header_height (self), body_h = _hc_gantt_view_body_height (self);

  if (self->vadjustment == NULL)
    return;
  hc_gantt_layout_get_item_extent (self->chart, item_index, &top, &height);
  v = gtk_adjustment_get_value (self->vadjustment);
  if (top - v < hh)
    gtk_adjustment_set_value (self->vadjustment, top - hh);
  else if (top + height - v > body_h)
    gtk_adjustment_set_value (self->vadjustment, top + height - body_h);
}

void
_hc_gantt_view_select_item (HcGanttView *self,
                            guint        item_index,
                            gboolean     scroll)
{
  const HcGanttItem *item;
  HcPosition *position;

  if (self->chart == NULL || item_index >= hc_gantt_chart_get_n_items (self->chart))
    return;
  item = hc_gantt_chart_get_item (self->chart, item_index);
  if (item->kind != HC_GANTT_ITEM_POSITION ||
      (position = _hc_gantt_view_get_position (self, item->position_index)) == NULL)
    return;
  hc_gantt_view_set_selected_position (self, hc_position_get_id (position));
  if (scroll)
    scroll_to_item (self, item_index);
}

void
_hc_gantt_view_set_hover (HcGanttView *self,
                          guint        item_index)
{
  if (self->hover_item == item_index)
    return;
  self->hover_item = item_index;
  /* Only the overlay changes: the tiles stay as they are. */
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
on_plan_changed (HcGanttView *self)
{
  self->plan_serial++;
}

void
hc_gantt_view_set_document (HcGanttView *self,
                            HcDocument  *document)
{
  g_return_if_fail (HC_IS_GANTT_VIEW (self));
  g_return_if_fail (document == NULL || HC_IS_DOCUMENT (document));

  g_set_object (&self->document, document);
  g_clear_object (&self->plan);
  if (document != NULL)
    self->plan = g_object_ref (hc_document_get_plan (document));
  g_signal_group_set_target (self->plan_signals, self->plan);
  hc_gantt_view_set_selected_position (self, NULL);
}

void
hc_gantt_view_update (HcGanttView *self,
                      HcTimeline  *timeline,
                      HcBudget    *budget)
{
  gboolean first;

  g_return_if_fail (HC_IS_GANTT_VIEW (self));
  g_return_if_fail (self->plan != NULL);

  first = self->chart == NULL;
  g_clear_pointer (&self->chart, hc_gantt_chart_unref);
  g_clear_pointer (&self->budget, hc_budget_unref);
  self->chart = hc_gantt_chart_new (self->plan, timeline, budget);
  self->budget = budget != NULL ? hc_budget_ref (budget) : NULL;
  self->hover_item = G_MAXUINT;
  /* A selected position that went away is no longer selected. */
  if (self->selected_id != NULL && hc_plan_find_position (self->plan, self->selected_id, NULL) == NULL)
    hc_gantt_view_set_selected_position (self, NULL);
  self->options_valid = FALSE;
  if (first && self->fit)
    self->week_width = CLAMP (fit_week_width (self), MIN_WEEK_WIDTH, MAX_WEEK_WIDTH);
  invalidate_tiles (self);
  configure_adjustments (self);
  update_description (self);
  _hc_gantt_view_update_actions (self);
}

guint
hc_gantt_view_get_tiles_painted (HcGanttView *self)
{
  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), 0);
  return self->tiles_painted;
}

guint
hc_gantt_view_get_layouts_built (HcGanttView *self)
{
  g_return_val_if_fail (HC_IS_GANTT_VIEW (self), 0);
  return self->layouts_built;
}

/* ---- GObject --------------------------------------------------------- */

static void
hc_gantt_view_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  HcGanttView *self = HC_GANTT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_POSITION:
      g_value_set_string (value, self->selected_id);
      break;
    case PROP_WEEK_WIDTH:
      g_value_set_double (value, self->week_width);
      break;
    case PROP_HADJUSTMENT:
      g_value_set_object (value, self->hadjustment);
      break;
    case PROP_VADJUSTMENT:
      g_value_set_object (value, self->vadjustment);
      break;
    case PROP_HSCROLL_POLICY:
      g_value_set_enum (value, self->hscroll_policy);
      break;
    case PROP_VSCROLL_POLICY:
      g_value_set_enum (value, self->vscroll_policy);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_gantt_view_set_property (GObject      *object,
                            guint         prop_id,
                            const GValue *value,
                            GParamSpec   *pspec)
{
  HcGanttView *self = HC_GANTT_VIEW (object);

  switch (prop_id)
    {
    case PROP_SELECTED_POSITION:
      hc_gantt_view_set_selected_position (self, g_value_get_string (value));
      break;
    case PROP_WEEK_WIDTH:
      self->fit = FALSE;
      set_week_width (self, g_value_get_double (value));
      break;
    case PROP_HADJUSTMENT:
      set_adjustment (self, &self->hadjustment, g_value_get_object (value), PROP_HADJUSTMENT);
      break;
    case PROP_VADJUSTMENT:
      set_adjustment (self, &self->vadjustment, g_value_get_object (value), PROP_VADJUSTMENT);
      break;
    case PROP_HSCROLL_POLICY:
      self->hscroll_policy = g_value_get_enum (value);
      break;
    case PROP_VSCROLL_POLICY:
      self->vscroll_policy = g_value_get_enum (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_gantt_view_dispose (GObject *object)
{
  HcGanttView *self = HC_GANTT_VIEW (object);

  if (self->drag.started && self->document != NULL)
    hc_document_cancel_edit (self->document);
  self->drag.started = FALSE;
  g_clear_object (&self->drag.position);
  g_clear_object (&self->drag.phase);
  /* The groups themselves go in finalize: a scrolled window may still
   * hand this view an adjustment while it takes its child away. */
  g_signal_group_set_target (self->plan_signals, NULL);
  g_signal_group_set_target (self->hadjustment_signals, NULL);
  g_signal_group_set_target (self->vadjustment_signals, NULL);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);
  g_clear_object (&self->document);
  g_clear_object (&self->plan);
  g_clear_pointer (&self->chart, hc_gantt_chart_unref);
  g_clear_pointer (&self->budget, hc_budget_unref);
  g_clear_handle_id (&self->zoom_rest_id, g_source_remove);
  g_clear_pointer (&self->tiles, g_hash_table_unref);
  g_clear_pointer (&self->hit_layout, hc_gantt_layout_free);
  g_clear_pointer (&self->selected_id, g_free);
  g_clear_pointer (&self->menu, gtk_widget_unparent);

  G_OBJECT_CLASS (hc_gantt_view_parent_class)->dispose (object);
}

static void
hc_gantt_view_finalize (GObject *object)
{
  HcGanttView *self = HC_GANTT_VIEW (object);

  g_clear_object (&self->plan_signals);
  g_clear_object (&self->hadjustment_signals);
  g_clear_object (&self->vadjustment_signals);

  G_OBJECT_CLASS (hc_gantt_view_parent_class)->finalize (object);
}

/* Dark, high contrast or the accent changed: every tile is stale. */
static void
on_style_changed (HcGanttView *self)
{
  self->style_stale = TRUE;
  invalidate_tiles (self);
}

static void
hc_gantt_view_class_init (HcGanttViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_gantt_view_dispose;
  object_class->finalize = hc_gantt_view_finalize;
  object_class->get_property = hc_gantt_view_get_property;
  object_class->set_property = hc_gantt_view_set_property;
  widget_class->snapshot = hc_gantt_view_snapshot;
  widget_class->measure = hc_gantt_view_measure;
  widget_class->size_allocate = hc_gantt_view_size_allocate;
  widget_class->query_tooltip = _hc_gantt_view_query_tooltip;

  properties[PROP_SELECTED_POSITION] =
    g_param_spec_string ("selected-position", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_WEEK_WIDTH] =
    g_param_spec_double ("week-width", NULL, NULL, MIN_WEEK_WIDTH, MAX_WEEK_WIDTH, 24,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  signals[ACTIVATE_POSITION] = g_signal_new ("activate-position", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_STRING);
  signals[LIVE_EDIT] = g_signal_new ("live-edit", G_TYPE_FROM_CLASS (klass),
                                     G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "gantt");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
  _hc_gantt_view_class_init_input (widget_class);
}

static void
hc_gantt_view_init (HcGanttView *self)
{
  self->tiles = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, tile_free);
  self->week_width = 24;
  self->fit = TRUE;
  self->hover_item = G_MAXUINT;
  self->plan_signals = g_signal_group_new (HC_TYPE_PLAN);
  g_signal_group_connect_swapped (self->plan_signals, "changed", G_CALLBACK (on_plan_changed), self);
  self->hadjustment_signals = g_signal_group_new (GTK_TYPE_ADJUSTMENT);
  g_signal_group_connect_swapped (self->hadjustment_signals, "value-changed",
                                  G_CALLBACK (on_adjustment_value_changed), self);
  self->vadjustment_signals = g_signal_group_new (GTK_TYPE_ADJUSTMENT);
  g_signal_group_connect_swapped (self->vadjustment_signals, "value-changed",
                                  G_CALLBACK (on_adjustment_value_changed), self);
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL, _("Hiring timeline"), -1);
  update_description (self);
  self->style_stale = TRUE;
  g_signal_connect_object (adw_style_manager_get_default (), "notify",
                           G_CALLBACK (on_style_changed), self, G_CONNECT_SWAPPED);
  _hc_gantt_view_init_input (self);
}

GtkWidget *
hc_gantt_view_new (void)
{
  return g_object_new (HC_TYPE_GANTT_VIEW, NULL);
}

void
_hc_gantt_view_emit_activate (HcGanttView *self,
                              const char  *position_id)
{
  g_signal_emit (self, signals[ACTIVATE_POSITION], 0, position_id);
}

void
_hc_gantt_view_emit_live_edit (HcGanttView *self)
{
  g_signal_emit (self, signals[LIVE_EDIT], 0);
}
