/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

#include "hc-atomic-file.h"
#include "hc-plan.h"

G_BEGIN_DECLS

/* The .headcount file format: JSON, {"format": "headcount", "version": 1,
 * …the plan…}, pretty-printed with a stable key order.  See
 * data/headcount-format.md.  A plan with scenarios is written as version 2
 * (the newest this build reads), one without as version 1, which older
 * builds read. */
#define HC_PLAN_FORMAT_NAME    "headcount"
#define HC_PLAN_FORMAT_VERSION 2
#define HC_PLAN_FORMAT_VERSION_NO_SCENARIOS 1
#define HC_PLAN_MIME_TYPE      "application/x-headcount"
#define HC_PLAN_MAX_FILE_SIZE  (64 * 1024 * 1024)

/* Parses and validates a plan.  Never crashes on any input; errors are
 * HC_PLAN_ERROR with a message that starts "LINE:COLUMN:" or "$.path:". */
HcPlan   *hc_plan_load_from_bytes  (GBytes        *bytes,
                                    GError       **error);
/* Blocking: the window reads on a worker thread through the document
 * (hc_document_load_async(), hc_document_reload_async()). */
HcPlan   *hc_plan_load_from_file   (GFile         *file,
                                    GCancellable  *cancellable,
                                    GError       **error);

/* What the loader had to tell about the plan it read, as sentences for
 * people (translated), NULL-terminated; empty (never NULL) for a plan
 * not read from a file.  A location preset stored with another level's
 * percentage (files written before presets followed the level) takes the
 * level's figure; a preset name this version does not know is read as a
 * custom location.  The window shows them once when it opens the plan;
 * --check prints them as notes. */
const char * const *hc_plan_get_load_notes (HcPlan *plan);

/* The document's bytes: same plan, same bytes, every time. */
GBytes   *hc_plan_to_bytes         (HcPlan        *plan);
/* Whatever Headcount writes it must read again: FALSE, with an
 * HC_PLAN_ERROR_TOO_LARGE that says why and what to do, if @bytes (@plan
 * written out) are more than the loader accepts (HC_PLAN_MAX_FILE_SIZE);
 * when most of them are members this version does not know, the message
 * names the largest.  Every save and draft asks this, on the thread that
 * owns @plan, before it writes anything. */
gboolean  hc_plan_check_save_size  (HcPlan        *plan,
                                    GBytes        *bytes,
                                    GError       **error);
/* Replaces @file atomically (a temporary file in the same folder, then a
 * rename): on any failure the old file is left as it was. */
gboolean  hc_plan_save_to_file     (HcPlan        *plan,
                                    GFile         *file,
                                    GCancellable  *cancellable,
                                    GError       **error);
void      hc_plan_save_to_file_async  (HcPlan              *plan,
                                       GFile               *file,
                                       GCancellable        *cancellable,
                                       GAsyncReadyCallback  callback,
                                       gpointer             user_data);
gboolean  hc_plan_save_to_file_finish (HcPlan              *plan,
                                       GAsyncResult        *result,
                                       GError             **error);

/* Writes @bytes to @file through a temporary file in the same folder and a
 * rename, for new files too, keeping a replaced file's mode; on failure
 * the old file is untouched and the error names the file.  A local file
 * goes through HcAtomicFile (hc-atomic-file.h), as every file Headcount
 * writes does; this is its form for a GFile and bytes in memory. */
gboolean  hc_file_replace_atomically  (GFile               *file,
                                       GBytes              *bytes,
                                       GCancellable        *cancellable,
                                       GError             **error);
/* The same with the atomic writer's flags, and what it could not keep of
 * the old file in @notes (hc-atomic-file.h). */
gboolean  hc_file_replace_atomically_full (GFile               *file,
                                           GBytes              *bytes,
                                           HcAtomicFileFlags    flags,
                                           HcAtomicFileNotes   *notes,
                                           GCancellable        *cancellable,
                                           GError             **error);

G_END_DECLS
