/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-budget-panel.h"
#include "hc-gantt-view.h"
#include "hc-checks.h"
#include "hc-composition-editor.h"
#include "hc-export-dialog.h"
#include "hc-welcome-page.h"
#include "hc-window.h"

G_BEGIN_DECLS

struct _HcWindow
{
  AdwApplicationWindow  parent_instance;

  HcDocument           *document;
  GSignalGroup         *document_signals;  /* follow whichever document is shown */
  GSignalGroup         *undo_signals;
  GCancellable         *cancellable;
  GSettings            *settings;
  HcTimeline           *timeline;
  HcBudget             *budget;
  GPtrArray            *checks;
  char                 *last_error;
  guint                 busy;            /* loads and saves under way */
  gboolean              close_confirmed;
  gboolean              close_after_save;
  gboolean              draft_failing;   /* the user was told drafts fail */
  AdwToast             *draft_toast;     /* saying so, until dismissed */
  gboolean              draft_watched;
  gboolean              benchmarks_dismissed; /* for the document shown */
  guint                 switcher_idle;
  guint                 present_timeout; /* shows a window whose plan is slow to read */
  guint                 refresh_timeout; /* a large plan's figures, after typing pauses */
  guint                 n_refreshes;     /* how often the figures were computed (tests) */
  guint                 refresh_pause_ms; /* HC_WINDOW_REFRESH_PAUSE_MS; tests set their own */

  AdwHeaderBar         *header_bar;
  AdwViewSwitcherTitle *switcher_title;
  GtkToggleButton      *sidebar_button;
  GtkMenuButton        *menu_button;
  GtkLabel             *plan_label;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *main_stack;
  HcWelcomePage        *welcome_page;
  GtkRevealer          *disk_banner;
  GtkRevealer          *benchmarks_banner;
  GtkLabel             *benchmarks_label;
  AdwFlap              *flap;
  HcCompositionEditor  *editor;
  AdwViewStack         *view_stack;
  GtkScrolledWindow    *gantt_scroller;
  HcGanttView          *gantt_view;      /* NULL until built, after the first frame */
  HcBudgetPanel        *budget_panel;
  AdwViewSwitcherBar   *switcher_bar;
  GtkLabel             *summary_label;
  GMenu                *undo_section;
};

/* From this many positions the figures follow edits once typing pauses
 * for HC_WINDOW_REFRESH_PAUSE_MS, not at every change. */
#define HC_WINDOW_LARGE_PLAN_POSITIONS 5000
#define HC_WINDOW_REFRESH_PAUSE_MS     300

/* hc-window-actions.c */
void     _hc_window_class_add_actions (GtkWidgetClass *widget_class);
void     _hc_window_update_actions    (HcWindow       *self);
void     _hc_window_update_undo_menu  (HcWindow       *self);
/* Saves to @file (NULL: the plan's own file); on failure, says why and
 * offers Save As.  @then_close closes the window after a good save. */
void     _hc_window_save_to           (HcWindow       *self,
                                       GFile          *file,
                                       gboolean        then_close);
void     _hc_window_save_as           (HcWindow       *self,
                                       gboolean        then_close);

/* hc-window.c */
/* The Timeline page's view, built now if it was not yet. */
HcGanttView *_hc_window_ensure_gantt_view (HcWindow      *self);
void     _hc_window_show_error        (HcWindow       *self,
                                       const char     *heading,
                                       const char     *message);
void     _hc_window_toast             (HcWindow       *self,
                                       const char     *text);

/* For tests. */
const char *_hc_window_get_last_error (HcWindow       *self);
gboolean    _hc_window_is_busy        (HcWindow       *self);
/* win.export: the export dialog over the window, or NULL without a plan;
 * its ::exported shows a toast in the window. */
HcExportDialog *_hc_window_show_export_dialog (HcWindow   *self);
/* win.copy-chart: the whole phase chart on the clipboard as one image;
 * FALSE, with an error shown, if it could not be drawn. */
gboolean    _hc_window_copy_chart     (HcWindow       *self);
const char *_hc_window_get_summary    (HcWindow       *self);

G_END_DECLS
