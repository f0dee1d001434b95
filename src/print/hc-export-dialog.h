/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-chart-export.h"
#include "hc-document.h"

G_BEGIN_DECLS

#define HC_TYPE_EXPORT_DIALOG (hc_export_dialog_get_type ())
G_DECLARE_FINAL_TYPE (HcExportDialog, hc_export_dialog, HC, EXPORT_DIALOG, AdwWindow)

typedef enum
{
  HC_EXPORT_FORMAT_PDF,
  HC_EXPORT_FORMAT_SVG,
  HC_EXPORT_FORMAT_PNG,
  HC_EXPORT_FORMAT_CSV,   /* the monthly budget as a table; only the budget */
} HcExportFormat;

/* Export (Ctrl+E): what the command line's --export offers, modal over
 * @parent.  The chart (phases, budget, both), the format (PDF, SVG, PNG;
 * CSV for the budget alone; only PDF holds both charts), the page and,
 * for the phase chart, a split by months; a combination the export would
 * refuse cannot be chosen.  Before the export it says when a PNG or SVG
 * becomes one file a page.  Export… asks for a file (the native chooser:
 * the portal under Flatpak) named after the plan, in the last export's
 * folder, then writes through the chart library (atomically).  The
 * choices and the folder are kept in @settings (may be NULL) once an
 * export succeeds.  A failure is shown on the dialog, which stays open;
 * success emits ::exported with a sentence for a toast and closes it. */
GtkWidget      *hc_export_dialog_new            (GtkWindow      *parent,
                                                 HcDocument     *document,
                                                 GSettings      *settings);
/* Chooses for the user (win.export-csv opens it on the budget's CSV). */
void            hc_export_dialog_set_choice     (HcExportDialog *self,
                                                 HcChartKind     chart,
                                                 HcExportFormat  format,
                                                 HcPageFormat    page);
HcChartKind     hc_export_dialog_get_chart      (HcExportDialog *self);
HcExportFormat  hc_export_dialog_get_format     (HcExportDialog *self);
HcPageFormat    hc_export_dialog_get_page       (HcExportDialog *self);
/* "Hiring Plan.pdf": the plan's title and the format's extension. */
char           *hc_export_dialog_dup_suggested_name (HcExportDialog *self);
/* What the dialog says about the export before it (several pages or
 * files), or NULL when there is nothing to say. */
const char     *hc_export_dialog_get_note       (HcExportDialog *self);
/* Exports the plan as chosen to @file (the format's extension added if
 * the name lacks it): what Export… does once a file is chosen.  Returns
 * FALSE, and shows why on the dialog, when it could not. */
gboolean        hc_export_dialog_export_to      (HcExportDialog *self,
                                                 GFile          *file);

/* For tests: Export… writes to @file without asking. */
void            _hc_export_dialog_set_test_file (HcExportDialog *self,
                                                 GFile          *file);

G_END_DECLS
