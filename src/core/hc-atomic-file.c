/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hc-atomic-file.h"

/* A temporary name needs room for ".", ".XXXXXX.tmp" and the name itself
 * within a file system's 255 bytes; longer names are cut. */
#define MAX_BASE_IN_TEMP_NAME 200

struct _HcAtomicFile
{
  char     *path;       /* the target, as the caller gave it */
  char     *temp_path;
  int       fd;
  int       mode;       /* what the target gets at the commit */
  int       write_errno; /* the first failed write's, or 0 */
};

/* Why a file could not be written, in words a person can act on. */
static const char *
save_reason (int errsv)
{
  switch (errsv)
    {
    case ENOENT:
      return _("the folder does not exist");
    case EACCES:
    case EPERM:
      return _("permission denied");
    case EISDIR:
      return _("it is a folder");
    case ENOTDIR:
      return _("part of the path is not a folder");
    case ENOSPC:
    case EDQUOT:
      return _("the disk is full");
    case EROFS:
      return _("the file system is read-only");
    case EFBIG:
      return _("the file is too large for this disk");
    default:
      return g_strerror (errsv);
    }
}

static void
set_save_error (GError     **error,
                const char  *path,
                int          errsv)
{
  g_autofree char *name = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (errsv),
               _("Could not save “%s”: %s"), name, save_reason (errsv));
}

/* The process's umask, read without changing it where the kernel says
 * (Linux 4.7 and later): umask() can only be read by setting it, which
 * would race with other threads creating files.  The fallback does that
 * once, at the first save, and says why. */
static mode_t
get_umask (void)
{
  static gsize cached = 0;

  if (g_once_init_enter (&cached))
    {
      g_autofree char *status = NULL;
      const char *line;
      mode_t mask = 022;

      if (g_file_get_contents ("/proc/self/status", &status, NULL, NULL) &&
          (line = strstr (status, "\nUmask:")) != NULL)
        mask = (mode_t) g_ascii_strtoull (line + strlen ("\nUmask:"), NULL, 8) & 0777;
      else
        {
          /* Racy for a moment, once; no other way to read it here. */
          mask = umask (022);
          umask (mask);
        }
      g_once_init_leave (&cached, (gsize) mask | 0x10000);
    }
  return (mode_t) (cached & 0777);
}

/* A replaced file keeps its mode; a new one gets what creat() would give
 * it; a private one 0600. */
static gboolean
target_mode (const char         *path,
             HcAtomicFileFlags   flags,
             int                *mode,
             GError            **error)
{
  GStatBuf st;

  if (g_stat (path, &st) == 0)
    {
      if (S_ISDIR (st.st_mode))
        {
          set_save_error (error, path, EISDIR);
          return FALSE;
        }
      *mode = S_ISREG (st.st_mode) ? (int) (st.st_mode & 07777) : 0666 & ~get_umask ();
    }
  else
    *mode = 0666 & ~get_umask ();
  if (flags & HC_ATOMIC_FILE_PRIVATE)
    *mode = 0600;
  return TRUE;
}

static char *
temp_template (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *name = NULL;

  if (strlen (base) > MAX_BASE_IN_TEMP_NAME)
    base[MAX_BASE_IN_TEMP_NAME] = '\0';
  name = g_strdup_printf (".%s.XXXXXX.tmp", base);
  return g_build_filename (dir, name, NULL);
}

HcAtomicFile *
hc_atomic_file_begin (const char         *path,
                      HcAtomicFileFlags   flags,
                      GError            **error)
{
  g_autofree char *temp_path = NULL;
  HcAtomicFile *self;
  int mode, fd;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!target_mode (path, flags, &mode, error))
    return NULL;
  temp_path = temp_template (path);
  /* 0600 until the commit: a plan's salaries are nobody else's business
   * while they are being written. */
  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      set_save_error (error, path, errno);
      return NULL;
    }
  self = g_new0 (HcAtomicFile, 1);
  self->path = g_strdup (path);
  self->temp_path = g_steal_pointer (&temp_path);
  self->fd = fd;
  self->mode = mode;
  return self;
}

gboolean
hc_atomic_file_write (HcAtomicFile  *self,
                      const void    *data,
                      gsize          len,
                      GError       **error)
{
  const char *p = data;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (data != NULL || len == 0, FALSE);

  while (self->write_errno == 0 && len > 0)
    {
      gssize n = write (self->fd, p, len);

      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          /* write() returns 0 only for a zero count; be safe anyway. */
          self->write_errno = n < 0 ? errno : EIO;
          break;
        }
      p += n;
      len -= (gsize) n;
    }
  if (self->write_errno != 0)
    {
      set_save_error (error, self->path, self->write_errno);
      return FALSE;
    }
  return TRUE;
}

gboolean
hc_atomic_file_check (HcAtomicFile  *self,
                      GError       **error)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (self->write_errno == 0)
    return TRUE;
  set_save_error (error, self->path, self->write_errno);
  return FALSE;
}

static int
fsync_retrying (int fd)
{
  int r;

  do
    r = fsync (fd);
  while (r < 0 && errno == EINTR);
  return r;
}

/* After the rename the new file is in place; syncing its folder makes the
 * rename itself survive a power cut.  Some file systems cannot sync a
 * folder; the file is saved all the same, so that is not an error. */
static void
sync_folder (const char *path)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd = open (dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);

  if (fd < 0)
    return;
  fsync_retrying (fd);
  close (fd);
}

static void
hc_atomic_file_free (HcAtomicFile *self)
{
  g_free (self->path);
  g_free (self->temp_path);
  g_free (self);
}

gboolean
hc_atomic_file_commit (HcAtomicFile  *self,
                       GError       **error)
{
  int errsv = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (self->write_errno != 0)
    errsv = self->write_errno;
  else if (fchmod (self->fd, (mode_t) self->mode) < 0 || fsync_retrying (self->fd) < 0)
    errsv = errno;
  /* close() can report a delayed write error (NFS). */
  if (close (self->fd) < 0 && errsv == 0 && errno != EINTR)
    errsv = errno;
  self->fd = -1;
  if (errsv == 0 && g_rename (self->temp_path, self->path) < 0)
    errsv = errno;
  if (errsv != 0)
    {
      set_save_error (error, self->path, errsv);
      g_unlink (self->temp_path);
      hc_atomic_file_free (self);
      return FALSE;
    }
  sync_folder (self->path);
  hc_atomic_file_free (self);
  return TRUE;
}

void
hc_atomic_file_abort (HcAtomicFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  g_unlink (self->temp_path);
  hc_atomic_file_free (self);
}

const char *
hc_atomic_file_get_path (HcAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->path;
}

const char *
hc_atomic_file_get_temp_path (HcAtomicFile *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->temp_path;
}

gboolean
hc_atomic_file_replace (const char         *path,
                        const void         *data,
                        gsize               len,
                        HcAtomicFileFlags   flags,
                        GError            **error)
{
  g_autoptr(HcAtomicFile) file = hc_atomic_file_begin (path, flags, error);

  if (file == NULL)
    return FALSE;
  if (!hc_atomic_file_write (file, data, len, error))
    return FALSE;
  return hc_atomic_file_commit (g_steal_pointer (&file), error);
}
