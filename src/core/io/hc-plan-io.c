/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-io"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <gio/gunixinputstream.h>
#include <glib/gi18n-lib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hc-atomic-file.h"
#include "hc-error.h"
#include "hc-json-scan-private.h"
#include "hc-plan-io.h"
#include "hc-plan-reader-private.h"

/* The reading is in three steps, each in its own file: hc-json-scan.c
 * reads the bytes as strict JSON into a tree (hc-json-tree.c),
 * hc-plan-reader.c the tree into a plan, which hc_plan_validate() then
 * checks.  hc-plan-writer.c writes. */
HcPlan *
hc_plan_load_from_bytes (GBytes  *bytes,
                         GError **error)
{
  g_autoptr(HcJsonDocument) document = NULL;
  const char *data;
  gsize len;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  data = g_bytes_get_data (bytes, &len);
  if (len > HC_PLAN_MAX_FILE_SIZE)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE,
                   _("The file is larger than %d MB, too large to be a plan."),
                   HC_PLAN_MAX_FILE_SIZE / (1024 * 1024));
      return NULL;
    }
  if (data == NULL)
    data = "";
  /* A byte order mark is skipped (as json-glib did), and so is it by the
   * positions we report. */
  if (len >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    {
      data += 3;
      len -= 3;
    }
  document = _hc_json_parse (data, len, &_hc_plan_shape, error);
  if (document == NULL)
    return NULL;
  return _hc_plan_read (_hc_json_document_get_root (document), error);
}

/* ───────────────────────── Files ───────────────────────── */

static const char *
io_reason (const GError *error,
           gboolean      saving)
{
  if (error->domain != G_IO_ERROR)
    return error->message;
  switch (error->code)
    {
    case G_IO_ERROR_NOT_FOUND:
      return saving ? _("the folder does not exist") : _("there is no such file");
    case G_IO_ERROR_PERMISSION_DENIED:
      return _("permission denied");
    case G_IO_ERROR_IS_DIRECTORY:
      return _("it is a folder");
    case G_IO_ERROR_NOT_DIRECTORY:
      return _("part of the path is not a folder");
    case G_IO_ERROR_NO_SPACE:
      return _("the disk is full");
    case G_IO_ERROR_READ_ONLY:
      return _("the file system is read-only");
    default:
      return error->message;
    }
}

/* A GIO error again, with a message naming the file that the user
 * chose (not GIO's temporary file) and why it failed. */
static void
set_file_error (GError       **error,
                GFile         *file,
                const GError  *io_error,
                gboolean       saving)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, io_error->domain, io_error->code,
               saving ? _("Could not save “%s”: %s") : _("Could not open “%s”: %s"),
               name, io_reason (io_error, saving));
}

static void
set_not_regular_error (GError **error,
                       GFile   *file)
{
  g_autofree char *name = g_file_get_parse_name (file);

  g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
               _("Could not open “%s”: it is not a regular file (a pipe, a device "
                 "or a folder); a plan is a file"), name);
}

/* A local file is opened without waiting (a FIFO would block open() and
 * every read for ever) and read only if it is a regular file. */
static GInputStream *
open_local (GFile         *file,
            const char    *path,
            GError       **error)
{
  g_autoptr(GError) local_error = NULL;
  struct stat st;
  int fd = open (path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);

  if (fd < 0)
    {
      int errsv = errno;

      /* A socket cannot be opened at all (ENXIO): say what it is. */
      if (stat (path, &st) == 0 && !S_ISREG (st.st_mode) && !S_ISDIR (st.st_mode))
        {
          set_not_regular_error (error, file);
          return NULL;
        }
      local_error = g_error_new_literal (G_IO_ERROR, g_io_error_from_errno (errsv),
                                         g_strerror (errsv));
      set_file_error (error, file, local_error, FALSE);
      return NULL;
    }
  if (fstat (fd, &st) != 0 || !S_ISREG (st.st_mode))
    {
      close (fd);
      if (S_ISDIR (st.st_mode))
        {
          local_error = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY, "");
          set_file_error (error, file, local_error, FALSE);
        }
      else
        set_not_regular_error (error, file);
      return NULL;
    }
  fcntl (fd, F_SETFL, fcntl (fd, F_GETFL) & ~O_NONBLOCK);
  return g_unix_input_stream_new (fd, TRUE);
}

static GInputStream *
open_plan_stream (GFile         *file,
                  GCancellable  *cancellable,
                  GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  g_autoptr(GError) local_error = NULL;
  GFileInputStream *stream;
  const char *path = g_file_peek_path (file);

  if (path != NULL)
    return open_local (file, path, error);
  /* Elsewhere (GVfs) the type is asked first. */
  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE, G_FILE_QUERY_INFO_NONE,
                            cancellable, NULL);
  if (info != NULL && g_file_info_get_file_type (info) != G_FILE_TYPE_REGULAR &&
      g_file_info_get_file_type (info) != G_FILE_TYPE_UNKNOWN &&
      g_file_info_get_file_type (info) != G_FILE_TYPE_DIRECTORY)
    {
      set_not_regular_error (error, file);
      return NULL;
    }
  stream = g_file_read (file, cancellable, &local_error);
  if (stream == NULL)
    {
      set_file_error (error, file, local_error, FALSE);
      return NULL;
    }
  return G_INPUT_STREAM (stream);
}

/* Reads at most one byte more than a plan may have, so that a huge file
 * (or an endless device) is refused without reading all of it. */
static GBytes *
read_file_bytes (GFile         *file,
                 GCancellable  *cancellable,
                 GError       **error)
{
  g_autoptr(GInputStream) stream = NULL;
  g_autoptr(GByteArray) buffer = g_byte_array_new ();
  g_autoptr(GError) local_error = NULL;
  guint8 chunk[64 * 1024];
  gssize n;

  stream = open_plan_stream (file, cancellable, error);
  if (stream == NULL)
    return NULL;
  while ((n = g_input_stream_read (stream, chunk, sizeof chunk,
                                   cancellable, &local_error)) > 0)
    {
      g_byte_array_append (buffer, chunk, (guint) n);
      if (buffer->len > HC_PLAN_MAX_FILE_SIZE)
        break;
    }
  if (n < 0)
    goto failed;
  return g_byte_array_free_to_bytes (g_steal_pointer (&buffer));

failed:
  set_file_error (error, file, local_error, FALSE);
  return NULL;
}

HcPlan *
hc_plan_load_from_file (GFile         *file,
                        GCancellable  *cancellable,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = read_file_bytes (file, cancellable, error);
  if (bytes == NULL)
    return NULL;
  return hc_plan_load_from_bytes (bytes, error);
}

/* Local files (which is what the document portal hands out too) go
 * through the one atomic writer, hc-atomic-file.c; other locations through
 * GIO, which writes a temporary file and renames it where the backend can. */
gboolean
hc_file_replace_atomically_full (GFile              *file,
                                 GBytes             *bytes,
                                 HcAtomicFileFlags   flags,
                                 HcAtomicFileNotes  *notes,
                                 GCancellable       *cancellable,
                                 GError            **error)
{
  g_autoptr(GError) local_error = NULL;
  const char *path = g_file_peek_path (file);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  if (notes != NULL)
    *notes = HC_ATOMIC_FILE_KEPT_ALL;
  if (g_cancellable_set_error_if_cancelled (cancellable, &local_error))
    {
      set_file_error (error, file, local_error, TRUE);
      return FALSE;
    }
  if (path != NULL)
    return hc_atomic_file_replace_full (path, data, len, flags, notes, error);

  if (!g_file_replace_contents (file, data, len, NULL, FALSE, G_FILE_CREATE_NONE,
                                NULL, cancellable, &local_error))
    {
      set_file_error (error, file, local_error, TRUE);
      return FALSE;
    }
  return TRUE;
}

gboolean
hc_file_replace_atomically (GFile         *file,
                            GBytes        *bytes,
                            GCancellable  *cancellable,
                            GError       **error)
{
  return hc_file_replace_atomically_full (file, bytes, HC_ATOMIC_FILE_NONE, NULL,
                                          cancellable, error);
}

/* Whole megabytes, rounded up: "64 MB" for a file just over the limit
 * would confuse.  A guint: a format macro such as G_GSIZE_FORMAT would
 * hide the messages from xgettext. */
static guint
megabytes (gsize size)
{
  return (guint) MIN ((size + 1024 * 1024 - 1) / (1024 * 1024), G_MAXUINT);
}

gboolean
hc_plan_check_save_size (HcPlan   *plan,
                         GBytes   *bytes,
                         GError  **error)
{
  g_autofree char *largest = NULL;
  gsize size, largest_size = 0, unknown_total = 0;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  size = g_bytes_get_size (bytes);
  if (size <= HC_PLAN_MAX_FILE_SIZE)
    return TRUE;
  /* Written again, only now that the save is refused, to learn what the
   * bytes are made of: members this version does not know are kept as
   * they were read, and the window neither shows nor edits them, so
   * "shorten notes" would be no help when they are the bulk. */
  g_bytes_unref (_hc_plan_to_bytes_measured (plan, &largest, &largest_size, &unknown_total));
  if (largest != NULL && unknown_total * 2 >= size)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE,
                   _("The plan was not saved: it would be a %u MB file, and Headcount opens "
                     "plans of up to %d MB. The unknown member “%s” holds %u MB of it: this "
                     "version of Headcount keeps it as it was read and cannot show or change "
                     "it. Remove it with the program that added it, then open the plan again."),
                   megabytes (size), HC_PLAN_MAX_FILE_SIZE / (1024 * 1024),
                   largest, megabytes (largest_size));
      return FALSE;
    }
  g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE,
               _("The plan was not saved: it would be a %u MB file, and "
                 "Headcount opens plans of up to %d MB. Shorten notes or remove positions, "
                 "or split it into two plans, then save again."),
               megabytes (size), HC_PLAN_MAX_FILE_SIZE / (1024 * 1024));
  return FALSE;
}

gboolean
hc_plan_save_to_file (HcPlan        *plan,
                      GFile         *file,
                      GCancellable  *cancellable,
                      GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (HC_IS_PLAN (plan), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  bytes = hc_plan_to_bytes (plan);
  if (!hc_plan_check_save_size (plan, bytes, error))
    return FALSE;
  return hc_file_replace_atomically (file, bytes, cancellable, error);
}

typedef struct
{
  GFile  *file;
  GBytes *bytes;
} HcSaveJob;

static void
save_job_free (HcSaveJob *job)
{
  g_clear_object (&job->file);
  g_clear_pointer (&job->bytes, g_bytes_unref);
  g_free (job);
}

static void
save_in_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  HcSaveJob *job = task_data;
  GError *error = NULL;

  if (hc_file_replace_atomically (job->file, job->bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

void
hc_plan_save_to_file_async (HcPlan              *plan,
                            GFile               *file,
                            GCancellable        *cancellable,
                            GAsyncReadyCallback  callback,
                            gpointer             user_data)
{
  g_autoptr(GTask) task = NULL;
  HcSaveJob *job;
  GError *error = NULL;

  g_return_if_fail (HC_IS_PLAN (plan));
  g_return_if_fail (G_IS_FILE (file));

  /* The plan is serialized here, on the caller's thread: the worker only
   * sees bytes, never the live model. */
  job = g_new0 (HcSaveJob, 1);
  job->file = g_object_ref (file);
  job->bytes = hc_plan_to_bytes (plan);
  task = g_task_new (plan, cancellable, callback, user_data);
  g_task_set_source_tag (task, hc_plan_save_to_file_async);
  g_task_set_task_data (task, job, (GDestroyNotify) save_job_free);
  /* Checked here, not on the worker: saying what makes a plan too large
   * reads the plan. */
  if (!hc_plan_check_save_size (plan, job->bytes, &error))
    {
      g_task_return_error (task, error);
      return;
    }
  g_task_run_in_thread (task, save_in_thread);
}

gboolean
hc_plan_save_to_file_finish (HcPlan        *plan,
                             GAsyncResult  *result,
                             GError       **error)
{
  g_return_val_if_fail (g_task_is_valid (result, plan), FALSE);

  return g_task_propagate_boolean (G_TASK (result), error);
}

