/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hc-budget.h"
#include "hc-document.h"
#include "hc-gantt-layout.h"
#include "hc-timeline.h"

G_BEGIN_DECLS

#define HC_TYPE_GANTT_VIEW (hc_gantt_view_get_type ())
G_DECLARE_FINAL_TYPE (HcGanttView, hc_gantt_view, HC, GANTT_VIEW, GtkWidget)

typedef enum
{
  HC_GANTT_ZOOM_WEEKS,     /* every week wide enough for its number */
  HC_GANTT_ZOOM_MONTHS,    /* every month wide enough for its full label */
  HC_GANTT_ZOOM_QUARTERS,  /* a quarter about as wide as a month at "months" */
  HC_GANTT_ZOOM_FIT,       /* from the start to the last ramp-up end */
} HcGanttZoom;

/* The Timeline page: the chart library's Gantt, scrolled through positions
 * and through time (a GtkScrollable: put it in a GtkScrolledWindow), with
 * the axis header and the labels pinned, a legend strip at the foot, and
 * hover, selection, zoom and direct manipulation.  Each gesture is one
 * edit of the document, one undo step.
 *
 * Painted tiles are kept as textures, so hovering, selecting and
 * scrolling redraw no chart: only a change of plan, zoom, width or style
 * paints again.
 *
 * Signals: ::activate-position (id), Enter or a double click on a
 * position; ::live-edit, the plan changed in the middle of a gesture (the
 * document says "changed" only when the gesture ends, and every figure
 * in the window should follow the hand). */
GtkWidget   *hc_gantt_view_new                  (void);
void         hc_gantt_view_set_document         (HcGanttView *self,
                                                 HcDocument  *document);
/* Takes the figures of the document's plan as they are now. */
void         hc_gantt_view_update               (HcGanttView *self,
                                                 HcTimeline  *timeline,
                                                 HcBudget    *budget);

const char  *hc_gantt_view_get_selected_position (HcGanttView *self);
void         hc_gantt_view_set_selected_position (HcGanttView *self,
                                                  const char  *position_id);

void         hc_gantt_view_zoom_to              (HcGanttView *self,
                                                 HcGanttZoom  zoom);
/* Multiplies the width of a week by @factor, keeping the week under
 * @anchor_x (in the widget; negative: the middle of the plot) in place. */
void         hc_gantt_view_zoom_by              (HcGanttView *self,
                                                 double       factor,
                                                 double       anchor_x);
double       hc_gantt_view_get_week_width       (HcGanttView *self);
/* Whether the view fits the plan to its width (HC_GANTT_ZOOM_FIT, until
 * the next zoom), rather than keeping a width of week. */
gboolean     hc_gantt_view_get_fit              (HcGanttView *self);
/* The weeks from the plan's start that the plot shows now. */
void         hc_gantt_view_get_visible_weeks    (HcGanttView *self,
                                                 double      *first,
                                                 double      *last);
/* The last ramp-up end of the plan, in weeks: what "fit plan" shows. */
double       hc_gantt_view_get_plan_end         (HcGanttView *self);

/* For tests and the benchmark: what lies at a point of the widget, where
 * a part of a position's bar is drawn now (FALSE when it is off screen),
 * the tooltip of a position, and the number of tiles painted so far. */
HcGanttHit   hc_gantt_view_hit                  (HcGanttView *self,
                                                 double       x,
                                                 double       y);
gboolean     hc_gantt_view_get_part_point       (HcGanttView   *self,
                                                 const char    *position_id,
                                                 HcGanttHitKind part,
                                                 double        *x,
                                                 double        *y);
char        *hc_gantt_view_dup_tooltip          (HcGanttView *self,
                                                 const char  *position_id);
guint        hc_gantt_view_get_tiles_painted    (HcGanttView *self);
guint        hc_gantt_view_get_layouts_built    (HcGanttView *self);

/* A drag as the gesture drives it, at widget coordinates: begin at a
 * point, move by an offset, end (one undo step) or cancel (none). */
gboolean     hc_gantt_view_drag_begin           (HcGanttView *self,
                                                 double       x,
                                                 double       y);
void         hc_gantt_view_drag_update          (HcGanttView *self,
                                                 double       offset_x);
void         hc_gantt_view_drag_end             (HcGanttView *self);
void         hc_gantt_view_drag_cancel          (HcGanttView *self);

G_END_DECLS
