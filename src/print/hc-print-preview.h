/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-document.h"
#include "hc-print-operation.h"

G_BEGIN_DECLS

/* The pages of a plan as they will print, drawn by the same chart code
 * as the paper, before the system dialog: GTK's own preview needs an
 * external viewer that may be absent.  The app's print options (fit to
 * the page's width or actual size, a budget page) are set here, not in a
 * tab of the print dialog, which the Flatpak portal would not show; the
 * page setup and the options are kept in @settings. */

#define HC_TYPE_PRINT_PREVIEW (hc_print_preview_get_type ())
G_DECLARE_FINAL_TYPE (HcPrintPreview, hc_print_preview, HC, PRINT_PREVIEW, AdwWindow)

/* @settings may be NULL (nothing is kept). */
GtkWidget  *hc_print_preview_new            (HcDocument             *document,
                                             GSettings              *settings);
guint       hc_print_preview_get_n_pages    (HcPrintPreview         *self);
/* The page shown, from 0. */
guint       hc_print_preview_get_page       (HcPrintPreview         *self);
void        hc_print_preview_set_page       (HcPrintPreview         *self,
                                             guint                   page);
HcChartPages *hc_print_preview_get_pages    (HcPrintPreview         *self);
GtkPageSetup *hc_print_preview_get_page_setup (HcPrintPreview       *self);
void        hc_print_preview_set_page_setup (HcPrintPreview         *self,
                                             GtkPageSetup           *page_setup);
/* Runs the print operation: what "Print…" does with
 * GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG.  Tests export to
 * @export_filename (a PDF) with GTK_PRINT_OPERATION_ACTION_EXPORT, no
 * dialog.  A failure is shown in an alert that says what and where;
 * a print that went ahead closes the preview. */
void        hc_print_preview_print          (HcPrintPreview         *self,
                                             GtkPrintOperationAction action,
                                             const char             *export_filename);
/* The last failure's message, for tests; NULL if none. */
const char *hc_print_preview_get_last_error (HcPrintPreview         *self);

G_END_DECLS
