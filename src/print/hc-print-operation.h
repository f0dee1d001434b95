/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hc-chart-pages.h"
#include "hc-plan.h"

G_BEGIN_DECLS

/* Printing a plan: the phase chart (and, as the settings say, a budget
 * page) on the paper of the page setup, in the light style, from the
 * chart library's pages (hc-chart-pages.h), so that what prints is what
 * an export writes for the same page.  The system dialog has no custom
 * tab, as the Flatpak print portal shows none: the app's own options
 * (HcPrintOptions) are set in the print preview (hc-print-preview.h).
 * All of it is kept in GSettings ("print-page-setup", "print-settings",
 * "print-scale", "print-budget-page"). */

/* The app's own print options. */
typedef struct
{
  gboolean actual_size;  /* FALSE: the time axis fitted to the page's width */
  gboolean budget_page;  /* a budget page after the phase chart */
} HcPrintOptions;

#define HC_TYPE_PRINT_OPERATION (hc_print_operation_get_type ())
G_DECLARE_FINAL_TYPE (HcPrintOperation, hc_print_operation, HC, PRINT_OPERATION, GtkPrintOperation)

/* @print_settings may be NULL. */
HcPrintOperation *hc_print_operation_new        (HcPlan                *plan,
                                                 GtkPageSetup          *page_setup,
                                                 GtkPrintSettings      *print_settings,
                                                 const HcPrintOptions  *options);
/* The paper begin-print was given (the person may have chosen another
 * in the dialog), NULL before. */
GtkPageSetup     *hc_print_operation_get_used_page_setup (HcPrintOperation *self);
/* FALSE, with an error that names it, if the print would go to a file
 * that is a device, a pipe or a socket (links followed). */
gboolean          hc_print_operation_check_output (HcPrintOperation  *self,
                                                   GError           **error);
/* Why begin-print cancelled the print, NULL if it did not. */
const GError     *hc_print_operation_get_refusal (HcPrintOperation  *self);
/* "“Plan” could not be printed on “Printer”: reason": what failed and
 * where, for an alert after a run that ended in @error. */
char             *hc_print_operation_describe_error (HcPrintOperation  *self,
                                                     const GError      *error);

/* What @settings (NULL: none, the schema is not installed) keeps; the
 * first time, the locale's paper in landscape with its default margins,
 * empty print settings, the chart fitted to the page's width and no
 * budget page. */
GtkPageSetup     *hc_print_load_page_setup      (GSettings             *settings);
GtkPrintSettings *hc_print_load_print_settings  (GSettings             *settings);
void              hc_print_load_options         (GSettings             *settings,
                                                 HcPrintOptions        *options);
/* Keeps what is not NULL in @settings (if not NULL). */
void              hc_print_save                 (GSettings             *settings,
                                                 GtkPageSetup          *page_setup,
                                                 GtkPrintSettings      *print_settings,
                                                 const HcPrintOptions  *options);
/* The pages @plan prints on @page_setup's printable area; @prepared as
 * in hc_chart_pages_new(). */
HcChartPages     *hc_print_make_pages           (HcPlan                *plan,
                                                 GtkPageSetup          *page_setup,
                                                 const HcPrintOptions  *options,
                                                 const GDate           *prepared);

G_END_DECLS
