/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* The one way Headcount writes a file a person will open again: plans,
 * drafts, the budget CSV and every chart export.
 *
 * hc_atomic_file_begin() creates a temporary file of ours
 * (".NAME.XXXXXX.tmp", mode 0600) in the target's folder; the caller
 * writes to it, in pieces if it likes (a Cairo surface writes through
 * hc_atomic_file_write() as it goes); hc_atomic_file_commit() gives it the
 * mode it is to have, syncs it, renames it over the target and syncs the
 * folder.  Whatever fails, the target is as it was and the temporary file
 * is gone; the error names the target, not the temporary file. */
typedef struct _HcAtomicFile HcAtomicFile;

typedef enum
{
  HC_ATOMIC_FILE_NONE    = 0,
  /* Mode 0600 whatever the file had: drafts and the session's state. */
  HC_ATOMIC_FILE_PRIVATE = 1 << 0,
} HcAtomicFileFlags;

HcAtomicFile *hc_atomic_file_begin      (const char         *path,
                                         HcAtomicFileFlags   flags,
                                         GError            **error);
/* Appends @len bytes.  The first failure is kept: later writes do nothing
 * and return FALSE, and hc_atomic_file_commit() reports it, so a writer
 * that cannot return an error as it goes (Cairo) need not keep it. */
gboolean      hc_atomic_file_write      (HcAtomicFile       *self,
                                         const void         *data,
                                         gsize               len,
                                         GError            **error);
/* FALSE, with the error of the first write that failed, if one did. */
gboolean      hc_atomic_file_check      (HcAtomicFile       *self,
                                         GError            **error);
/* Replaces the target; frees @self whatever happens. */
gboolean      hc_atomic_file_commit     (HcAtomicFile       *self,
                                         GError            **error);
/* Removes the temporary file and frees @self; the target is untouched.
 * @self may be NULL. */
void          hc_atomic_file_abort      (HcAtomicFile       *self);
/* The file being replaced, as given to hc_atomic_file_begin(). */
const char   *hc_atomic_file_get_path   (HcAtomicFile       *self);
/* Where the bytes go until the commit; for tests and messages only. */
const char   *hc_atomic_file_get_temp_path (HcAtomicFile    *self);

/* begin, write, commit in one call. */
gboolean      hc_atomic_file_replace    (const char         *path,
                                         const void         *data,
                                         gsize               len,
                                         HcAtomicFileFlags   flags,
                                         GError            **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcAtomicFile, hc_atomic_file_abort)

G_END_DECLS
