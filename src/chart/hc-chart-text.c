/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <string.h>

#include <math.h>

#include "hc-chart-text-private.h"

/* Cantarell where GNOME has it, DejaVu Sans where it does not (CI). */
#define CHART_FONT_FAMILY "Cantarell, DejaVu Sans, Sans"

typedef struct
{
  double      size;    /* pixels */
  PangoWeight weight;
} TextFace;

static const TextFace text_faces[HC_CHART_N_TEXT_KINDS] = {
  [HC_CHART_TEXT_TITLE] = { 24.0, PANGO_WEIGHT_BOLD },
  [HC_CHART_TEXT_SUBTITLE] = { 13.5, PANGO_WEIGHT_NORMAL },
  [HC_CHART_TEXT_HEADING] = { 13.0, PANGO_WEIGHT_BOLD },
  [HC_CHART_TEXT_BODY] = { 12.5, PANGO_WEIGHT_NORMAL },
  [HC_CHART_TEXT_AXIS] = { 11.0, PANGO_WEIGHT_NORMAL },
  [HC_CHART_TEXT_SMALL] = { 11.0, PANGO_WEIGHT_NORMAL },
  [HC_CHART_TEXT_MARKER] = { 11.0, PANGO_WEIGHT_BOLD },
};

struct _HcChartText
{
  PangoContext         *context;
  PangoLayout          *layout;
  PangoFontDescription *fonts[HC_CHART_N_TEXT_KINDS];
  int                   current;
};

static void
set_unhinted_metrics (PangoContext *context)
{
  cairo_font_options_t *options = cairo_font_options_create ();

  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (context, options);
  cairo_font_options_destroy (options);
  pango_context_set_round_glyph_positions (context, FALSE);
}

HcChartText *
_hc_chart_text_new (cairo_t *cr_or_null)
{
  HcChartText *self = g_new0 (HcChartText, 1);

  if (cr_or_null != NULL)
    self->context = pango_cairo_create_context (cr_or_null);
  else
    self->context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  set_unhinted_metrics (self->context);
  self->layout = pango_layout_new (self->context);
  self->current = -1;

  for (guint i = 0; i < HC_CHART_N_TEXT_KINDS; i++)
    {
      self->fonts[i] = pango_font_description_from_string (CHART_FONT_FAMILY);
      pango_font_description_set_absolute_size (self->fonts[i], text_faces[i].size * PANGO_SCALE);
      pango_font_description_set_weight (self->fonts[i], text_faces[i].weight);
    }
  return self;
}

void
_hc_chart_text_free (HcChartText *self)
{
  if (self == NULL)
    return;
  for (guint i = 0; i < HC_CHART_N_TEXT_KINDS; i++)
    pango_font_description_free (self->fonts[i]);
  g_object_unref (self->layout);
  g_object_unref (self->context);
  g_free (self);
}

static void
free_text (gpointer data)
{
  _hc_chart_text_free (data);
}

static GPrivate measurer_key = G_PRIVATE_INIT (free_text);

HcChartText *
_hc_chart_text_get_measurer (void)
{
  HcChartText *self = g_private_get (&measurer_key);

  if (self == NULL)
    {
      self = _hc_chart_text_new (NULL);
      g_private_set (&measurer_key, self);
    }
  return self;
}

static gboolean
is_noncharacter (gunichar c)
{
  return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
}

static void
append_sanitized (GString    *out,
                  const char *text,
                  gboolean    balance)
{
  g_autofree char *valid = g_utf8_make_valid (text != NULL ? text : "", -1);
  /* Open embeddings/overrides ('E') and isolates ('I'), innermost last. */
  g_autoptr(GString) open = g_string_new (NULL);

  for (const char *p = valid; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (is_noncharacter (c))
        c = 0xFFFD;
      else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029)
        c = ' ';
      else if (balance && (c == 0x202A || c == 0x202B || c == 0x202D || c == 0x202E))
        g_string_append_c (open, 'E');
      else if (balance && c >= 0x2066 && c <= 0x2068)
        g_string_append_c (open, 'I');
      else if (balance && c == 0x202C)
        {
          /* A PDF closes an embedding only inside the innermost isolate. */
          if (open->len == 0 || open->str[open->len - 1] != 'E')
            continue;
          g_string_truncate (open, open->len - 1);
        }
      else if (balance && c == 0x2069)
        {
          const char *isolate = strrchr (open->str, 'I');

          if (isolate == NULL)
            continue;
          g_string_truncate (open, isolate - open->str);
        }
      g_string_append_unichar (out, c);
    }
  for (gsize i = open->len; i > 0; i--)
    g_string_append_unichar (out, open->str[i - 1] == 'E' ? 0x202C : 0x2069);
}

char *
_hc_chart_text_sanitize (const char *text)
{
  GString *out = g_string_new (NULL);

  append_sanitized (out, text, FALSE);
  return g_string_free (out, FALSE);
}

char *
_hc_chart_text_isolate (const char *text)
{
  GString *out = g_string_new (NULL);

  g_string_append_unichar (out, 0x2068);
  append_sanitized (out, text, TRUE);
  g_string_append_unichar (out, 0x2069);
  return g_string_free (out, FALSE);
}

static void
use_kind (HcChartText     *self,
          HcChartTextKind  kind)
{
  if (self->current == (int) kind)
    return;
  pango_layout_set_font_description (self->layout, self->fonts[kind]);
  self->current = kind;
}

double
_hc_chart_text_width (HcChartText     *self,
                      HcChartTextKind  kind,
                      const char      *text)
{
  PangoRectangle logical;
  g_autofree char *safe = _hc_chart_text_sanitize (text);

  use_kind (self, kind);
  pango_layout_set_width (self->layout, -1);
  pango_layout_set_text (self->layout, safe, -1);
  pango_layout_get_extents (self->layout, NULL, &logical);
  /* A pixel of slack: an antialiased edge must not touch the next box. */
  return ceil ((double) logical.width / PANGO_SCALE) + 1.0;
}

static HcChartColor
ink_for (HcChartTextKind     kind,
         const HcChartStyle *style)
{
  switch (kind)
    {
    case HC_CHART_TEXT_SUBTITLE:
    case HC_CHART_TEXT_AXIS:
    case HC_CHART_TEXT_SMALL:
      return style->text_dim;
    case HC_CHART_TEXT_MARKER:
      return style->today;
    case HC_CHART_TEXT_TITLE:
    case HC_CHART_TEXT_HEADING:
    case HC_CHART_TEXT_BODY:
    default:
      return style->text;
    }
}

static PangoAlignment
pango_alignment_for (HcChartAlign align)
{
  switch (align)
    {
    case HC_CHART_ALIGN_CENTER:
      return PANGO_ALIGN_CENTER;
    case HC_CHART_ALIGN_END:
      return PANGO_ALIGN_RIGHT;
    case HC_CHART_ALIGN_START:
    default:
      return PANGO_ALIGN_LEFT;
    }
}

void
_hc_chart_text_draw (HcChartText        *self,
                     cairo_t            *cr,
                     const HcChartLabel *label,
                     const HcChartStyle *style)
{
  PangoRectangle logical;
  g_autofree char *safe = NULL;

  if (label->text == NULL || label->text[0] == '\0' || label->rect.width < 1)
    return;
  /* Whatever loads must draw, on screen and in every export. */
  safe = _hc_chart_text_sanitize (label->text);

  use_kind (self, label->kind);
  pango_layout_set_width (self->layout, (int) (label->rect.width * PANGO_SCALE));
  pango_layout_set_ellipsize (self->layout, PANGO_ELLIPSIZE_END);
  pango_layout_set_alignment (self->layout, pango_alignment_for (label->align));
  pango_layout_set_text (self->layout, safe, -1);
  pango_layout_get_extents (self->layout, NULL, &logical);

  hc_chart_style_set_source (cr, ink_for (label->kind, style));
  cairo_move_to (cr, label->rect.x,
                 label->rect.y + (label->rect.height - (double) logical.height / PANGO_SCALE) / 2.0);
  pango_cairo_show_layout (cr, self->layout);
}

void
_hc_chart_text_draw_labels (HcChartText        *self,
                            cairo_t            *cr,
                            GArray             *labels,
                            const HcChartStyle *style,
                            const HcChartRect  *clip_or_null)
{
  for (guint i = 0; i < labels->len; i++)
    {
      const HcChartLabel *label = &g_array_index (labels, HcChartLabel, i);

      if (clip_or_null == NULL || hc_chart_rect_intersects (&label->rect, clip_or_null))
        _hc_chart_text_draw (self, cr, label, style);
    }
}

void
_hc_chart_rounded_rect (cairo_t           *cr,
                        const HcChartRect *r,
                        double             radius)
{
  radius = MIN (radius, MIN (r->width, r->height) / 2.0);
  cairo_new_sub_path (cr);
  cairo_arc (cr, r->x + r->width - radius, r->y + radius, radius, -G_PI / 2, 0);
  cairo_arc (cr, r->x + r->width - radius, r->y + r->height - radius, radius, 0, G_PI / 2);
  cairo_arc (cr, r->x + radius, r->y + r->height - radius, radius, G_PI / 2, G_PI);
  cairo_arc (cr, r->x + radius, r->y + radius, radius, G_PI, 3 * G_PI / 2);
  cairo_close_path (cr);
}

double
_hc_chart_text_line_height (HcChartTextKind kind)
{
  return ceil (text_faces[kind].size * 1.35);
}
