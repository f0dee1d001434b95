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
 * folder.  A symbolic link is followed: the file it points to is replaced
 * (in its own folder), the link stays a link.  A replaced file keeps its
 * mode, and its owner and group where the system allows.  Whatever fails, the target is as it was and the temporary file
 * is gone; the error names the target, not the temporary file. */
typedef struct _HcAtomicFile HcAtomicFile;

typedef enum
{
  HC_ATOMIC_FILE_NONE    = 0,
  /* Mode 0600 whatever the file had: drafts and the session's state. */
  HC_ATOMIC_FILE_PRIVATE = 1 << 0,
  /* When the folder refuses a temporary file but the file itself may be
   * written, write over it in place.  That is not safe against a crash,
   * so only after the user has said yes to it: without this flag such a
   * save fails with HC_ATOMIC_FILE_ERROR_NEEDS_IN_PLACE. */
  HC_ATOMIC_FILE_IN_PLACE = 1 << 1,
} HcAtomicFileFlags;

/* What a save could not keep of the file it replaced; the caller tells
 * the user.  Atomicity wins over each of these. */
typedef enum
{
  HC_ATOMIC_FILE_KEPT_ALL        = 0,
  /* The file had other hard links: they still hold the old content. */
  HC_ATOMIC_FILE_LINKS_BROKEN    = 1 << 0,
  /* The file belonged to another owner or group, which could not be
   * given to the new file: it is now the user's. */
  HC_ATOMIC_FILE_OWNER_CHANGED   = 1 << 1,
  /* Written in place (HC_ATOMIC_FILE_IN_PLACE). */
  HC_ATOMIC_FILE_WRITTEN_IN_PLACE = 1 << 2,
} HcAtomicFileNotes;

#define HC_ATOMIC_FILE_ERROR (hc_atomic_file_error_quark ())

typedef enum
{
  /* The folder refuses a new file but the file could be written in place. */
  HC_ATOMIC_FILE_ERROR_NEEDS_IN_PLACE,
} HcAtomicFileError;

GQuark        hc_atomic_file_error_quark (void);

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
/* The same, and says in @notes (if not NULL) what could not be kept. */
gboolean      hc_atomic_file_commit_full (HcAtomicFile      *self,
                                          HcAtomicFileNotes *notes,
                                          GError           **error);
/* Removes the temporary file and frees @self; the target is untouched.
 * @self may be NULL. */
void          hc_atomic_file_abort      (HcAtomicFile       *self);
/* The file being replaced, as given to hc_atomic_file_begin(). */
const char   *hc_atomic_file_get_path   (HcAtomicFile       *self);
/* Where the bytes go until the commit; for tests and messages only. */
const char   *hc_atomic_file_get_temp_path (HcAtomicFile    *self);

/* FALSE, with an error that names it, if @path (links followed) is there
 * and is a device, a pipe or a socket: no writer of ours replaces one,
 * and a writer that is not ours (GTK's Print to File) asks first. */
gboolean      hc_atomic_file_check_target (const char       *path,
                                           GError          **error);

/* begin, write, commit in one call. */
gboolean      hc_atomic_file_replace    (const char         *path,
                                         const void         *data,
                                         gsize               len,
                                         HcAtomicFileFlags   flags,
                                         GError            **error);
gboolean      hc_atomic_file_replace_full (const char         *path,
                                           const void         *data,
                                           gsize               len,
                                           HcAtomicFileFlags   flags,
                                           HcAtomicFileNotes  *notes,
                                           GError            **error);

/* Removes the temporary files of ours in @dir that no living save holds
 * (one killed half-way leaves its file behind): for the target @base, or
 * for any target if @base is NULL.  Returns how many it removed. */
guint         hc_atomic_file_clean_stale (const char        *dir,
                                          const char        *base);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcAtomicFile, hc_atomic_file_abort)

G_END_DECLS
