/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-chart-style.h"
#include "hc-gantt-chart.h"
#include "hc-gantt-view.h"

G_BEGIN_DECLS

/* A gesture under way: what it grips and the values it started from, so
 * that each step applies "start + offset" and never piles up rounding. */
typedef struct
{
  HcGanttHitKind kind;       /* HC_GANTT_HIT_NONE: no drag */
  gboolean       started;    /* past the threshold: an edit is open */
  gboolean       cancelled;  /* Escape: ignore the rest of the gesture */
  HcPosition    *position;
  HcPhase       *phase;
  double         search_start;
  HcRange        time_to_hire;
  double         phase_moved;  /* weeks the phase has moved so far */
} HcGanttDrag;

struct _HcGanttView
{
  GtkWidget       parent_instance;

  GtkAdjustment  *hadjustment;
  GtkAdjustment  *vadjustment;
  guint           hscroll_policy : 1;
  guint           vscroll_policy : 1;

  HcDocument     *document;
  HcPlan         *plan;
  /* The plan and the two adjustments are followed through groups, which
   * move their handlers when the object changes and drop them at the
   * end. */
  GSignalGroup   *plan_signals;
  GSignalGroup   *hadjustment_signals;
  GSignalGroup   *vadjustment_signals;
  guint           plan_serial;   /* counts HcPlan::changed */
  HcGanttChart   *chart;
  HcBudget       *budget;

  double          week_width;    /* pixels */
  HcGanttOptions  options;       /* for the width and zoom, while valid */
  gboolean        options_valid;
  gboolean        fit;           /* keep "fit plan" as the width changes */
  int             tiles_width;   /* the width the tiles were painted for */
  double          tiles_week_width; /* the zoom they were painted at */
  int             legend_width;     /* the width legend_height is for */
  double          legend_height;
  guint           zoom_rest_id;
  GHashTable     *tiles;         /* guint64 key → Tile */
  HcGanttLayout  *hit_layout;    /* the rows on screen, for the pointer */
  guint           tiles_painted;
  guint           layouts_built;

  /* The theme's chart style (hc_compat_get_chart_style()), read again
   * at the next frame after AdwStyleManager changes. */
  HcChartStyle    style;
  gboolean        style_stale;

  char           *selected_id;
  guint           hover_item;    /* item index, or G_MAXUINT */
  HcGanttDrag     drag;
  double          pinch_start_width;
  GtkWidget      *menu;
};

/* hc-gantt-view.c */
void         _hc_gantt_view_get_options   (HcGanttView    *self,
                                           HcGanttOptions *options);
double       _hc_gantt_view_plot_x        (HcGanttView    *self);
double       _hc_gantt_view_body_height   (HcGanttView    *self);
const HcGanttLayout *_hc_gantt_view_get_hit_layout (HcGanttView *self);
HcPosition  *_hc_gantt_view_get_position  (HcGanttView    *self,
                                           guint           position_index);
void         _hc_gantt_view_select_item   (HcGanttView    *self,
                                           guint           item_index,
                                           gboolean        scroll);
void         _hc_gantt_view_set_hover     (HcGanttView    *self,
                                           guint           item_index);
void         _hc_gantt_view_zoom_live     (HcGanttView    *self,
                                           double          factor,
                                           double          anchor_x);
void         _hc_gantt_view_emit_activate (HcGanttView    *self,
                                           const char     *position_id);
void         _hc_gantt_view_emit_live_edit (HcGanttView   *self);

/* hc-gantt-view-input.c */
void         _hc_gantt_view_class_init_input (GtkWidgetClass *widget_class);
void         _hc_gantt_view_init_input    (HcGanttView    *self);
void         _hc_gantt_view_update_actions (HcGanttView   *self);
gboolean     _hc_gantt_view_query_tooltip (GtkWidget      *widget,
                                           int             x,
                                           int             y,
                                           gboolean        keyboard,
                                           GtkTooltip     *tooltip);

G_END_DECLS
