/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-atomic-file"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include "hc-atomic-file.h"

/* A temporary name needs room for ".", ".XXXXXX.tmp" and the name itself
 * within a file system's 255 bytes; longer names are cut. */
#define MAX_BASE_IN_TEMP_NAME 200
/* How many links in a row a name may go through (as the kernel's own). */
#define MAX_LINKS 40
/* A temporary file nobody holds is left alone this long after its last
 * write: between its creation and its lock, a save holds no lock yet. */
#define STALE_AFTER_SECONDS 10

struct _HcAtomicFile
{
  char     *path;       /* the target, as the caller gave it */
  char     *target;     /* where it is, links followed */
  char     *temp_path;  /* NULL when writing in place */
  int       fd;
  int       mode;       /* what the target gets at the commit; -1 keep */
  int       write_errno; /* the first failed write's, or 0 */
  gsize     written;
  HcAtomicFileNotes notes;
};

G_DEFINE_QUARK (hc-atomic-file-error-quark, hc_atomic_file_error)

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

/* A device, a pipe or a socket is never replaced: renaming a file over
 * /dev/null (through a link planted where a script run as root exports)
 * breaks it for every program on the machine. */
static void
set_not_regular_error (GError     **error,
                       const char  *path,
                       const char  *target)
{
  g_autofree char *name = g_filename_display_name (path);
  g_autofree char *target_name = g_filename_display_name (target);

  if (g_strcmp0 (path, target) == 0)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("Could not save “%s”: it is not a regular file but a device, a pipe or a "
                   "socket, which a save would destroy; choose another name"), name);
  else
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                 _("Could not save “%s”: it leads to “%s”, which is not a regular file but a "
                   "device, a pipe or a socket, which a save would destroy; choose another name"),
                 name, target_name);
}

/* A replaced file keeps its mode; a new one gets what creat() would give
 * it; a private one 0600.  Only a regular file is replaced. */
static gboolean
target_mode (const char         *path,
             const char         *target,
             HcAtomicFileFlags   flags,
             int                *mode,
             GStatBuf           *st,
             gboolean           *exists,
             GError            **error)
{
  *exists = g_stat (target, st) == 0;
  if (*exists)
    {
      if (S_ISDIR (st->st_mode))
        {
          set_save_error (error, path, EISDIR);
          return FALSE;
        }
      if (!S_ISREG (st->st_mode))
        {
          set_not_regular_error (error, path, target);
          return FALSE;
        }
      *mode = (int) (st->st_mode & 07777);
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

/* The file a name stands for: a rename over a symbolic link would
 * replace the link, and leave the file it points to as it was.  A link to
 * a file not there yet resolves to that name, which the save creates. */
static char *
resolve_links (const char  *path,
               GError     **error)
{
  g_autofree char *current = g_strdup (path);

  for (int i = 0; i < MAX_LINKS; i++)
    {
      GStatBuf st;
      g_autofree char *link = NULL;
      g_autofree char *dir = NULL;

      if (g_lstat (current, &st) != 0 || !S_ISLNK (st.st_mode))
        return g_steal_pointer (&current);
      link = g_file_read_link (current, NULL);
      if (link == NULL)
        return g_steal_pointer (&current);
      if (g_path_is_absolute (link))
        {
          g_free (current);
          current = g_steal_pointer (&link);
          continue;
        }
      dir = g_path_get_dirname (current);
      g_free (current);
      current = g_build_filename (dir, link, NULL);
    }
  set_save_error (error, path, ELOOP);
  return NULL;
}

gboolean
hc_atomic_file_check_target (const char  *path,
                             GError     **error)
{
  g_autofree char *target = NULL;
  GStatBuf st, target_st;

  g_return_val_if_fail (path != NULL, FALSE);

  /* stat() follows every link, the kernel's own too: “/dev/stdout” is
   * found to be the pipe or terminal it stands for. */
  if (g_stat (path, &st) != 0 || S_ISREG (st.st_mode) || S_ISDIR (st.st_mode))
    return TRUE;
  target = resolve_links (path, NULL);
  /* A link into /proc names no file one could go to: name the link. */
  if (target == NULL || g_stat (target, &target_st) != 0 ||
      target_st.st_dev != st.st_dev || target_st.st_ino != st.st_ino)
    {
      g_free (target);
      target = g_strdup (path);
    }
  set_not_regular_error (error, path, target);
  return FALSE;
}

static gboolean
is_our_temp_name (const char *name,
                  const char *base)
{
  gsize len = strlen (name);
  gsize prefix_len;

  if (len < strlen (".x.XXXXXX.tmp") || name[0] != '.' || !g_str_has_suffix (name, ".tmp"))
    return FALSE;
  /* ".BASE." then six characters of mkstemp, then ".tmp" */
  prefix_len = len - strlen ("XXXXXX.tmp");
  if (name[prefix_len - 1] != '.')
    return FALSE;
  if (base == NULL)
    return TRUE;
  return prefix_len - 2 == MIN (strlen (base), MAX_BASE_IN_TEMP_NAME) &&
         strncmp (name + 1, base, prefix_len - 2) == 0;
}

guint
hc_atomic_file_clean_stale (const char *dir,
                            const char *base)
{
  g_autoptr(GDir) folder = NULL;
  const char *name;
  guint removed = 0;
  gint64 now = g_get_real_time () / G_USEC_PER_SEC;

  g_return_val_if_fail (dir != NULL, 0);

  folder = g_dir_open (dir, 0, NULL);
  while (folder != NULL && (name = g_dir_read_name (folder)) != NULL)
    {
      g_autofree char *path = NULL;
      struct stat st;
      int fd;

      if (!is_our_temp_name (name, base))
        continue;
      path = g_build_filename (dir, name, NULL);
      fd = open (path, O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC);
      if (fd < 0)
        continue;
      /* A save that is alive holds a lock on its file (see begin); only
       * a regular file of the user's, nobody holds and not written for a
       * while is left over from a save that was killed. */
      if (fstat (fd, &st) == 0 && S_ISREG (st.st_mode) && st.st_uid == geteuid () &&
          now - st.st_mtime >= STALE_AFTER_SECONDS &&
          flock (fd, LOCK_EX | LOCK_NB) == 0 && g_unlink (path) == 0)
        removed++;
      close (fd);
    }
  return removed;
}

/* The folder refuses a new file (the temporary one) but the file is
 * there and may be written: it could be saved in place, if the user
 * agrees to lose atomicity. */
static gboolean
could_write_in_place (const char *target,
                      gboolean    exists,
                      GStatBuf   *st,
                      int         errsv)
{
  return (errsv == EACCES || errsv == EPERM) && exists && S_ISREG (st->st_mode) &&
         access (target, W_OK) == 0;
}

static HcAtomicFile *
begin_in_place (const char  *path,
                const char  *target,
                GError     **error)
{
  HcAtomicFile *self;
  int fd = open (target, O_WRONLY | O_NOFOLLOW | O_CLOEXEC);

  if (fd < 0)
    {
      set_save_error (error, path, errno);
      return NULL;
    }
  self = g_new0 (HcAtomicFile, 1);
  self->path = g_strdup (path);
  self->target = g_strdup (target);
  self->fd = fd;
  self->mode = -1;
  self->notes = HC_ATOMIC_FILE_WRITTEN_IN_PLACE;
  return self;
}

HcAtomicFile *
hc_atomic_file_begin (const char         *path,
                      HcAtomicFileFlags   flags,
                      GError            **error)
{
  g_autofree char *temp_path = NULL;
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  HcAtomicFile *self;
  GStatBuf st;
  gboolean exists;
  int mode, fd;

  g_return_val_if_fail (path != NULL && *path != '\0', NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!hc_atomic_file_check_target (path, error))
    return NULL;
  target = resolve_links (path, error);
  if (target == NULL)
    return NULL;
  if (!target_mode (path, target, flags, &mode, &st, &exists, error))
    return NULL;
  dir = g_path_get_dirname (target);
  base = g_path_get_basename (target);
  hc_atomic_file_clean_stale (dir, base);
  temp_path = temp_template (target);
  /* 0600 until the commit: a plan's salaries are nobody else's business
   * while they are being written. */
  fd = g_mkstemp_full (temp_path, O_RDWR | O_CLOEXEC, 0600);
  if (fd < 0)
    {
      int errsv = errno;

      if (could_write_in_place (target, exists, &st, errsv))
        {
          g_autofree char *name = g_filename_display_name (path);
          g_autofree char *folder = g_filename_display_name (dir);

          if (flags & HC_ATOMIC_FILE_IN_PLACE)
            return begin_in_place (path, target, error);
          g_set_error (error, HC_ATOMIC_FILE_ERROR, HC_ATOMIC_FILE_ERROR_NEEDS_IN_PLACE,
                       _("Could not save “%s” safely: its folder “%s” does not allow new "
                         "files. The file itself can be written over, but a crash or a "
                         "full disk during that save would damage it."),
                       name, folder);
          return NULL;
        }
      set_save_error (error, path, errsv);
      return NULL;
    }
  /* Held until the file is renamed or removed: tells
   * hc_atomic_file_clean_stale() that this save is alive. */
  flock (fd, LOCK_EX | LOCK_NB);
  self = g_new0 (HcAtomicFile, 1);
  self->path = g_strdup (path);
  self->target = g_steal_pointer (&target);
  self->temp_path = g_steal_pointer (&temp_path);
  self->fd = fd;
  self->mode = mode;
  if (exists && S_ISREG (st.st_mode))
    {
      if (st.st_nlink > 1)
        self->notes |= HC_ATOMIC_FILE_LINKS_BROKEN;
      /* The owner can only be given away by root; the group by a member
       * of it.  Whatever is not kept is said. */
      if (st.st_uid != geteuid () || st.st_gid != getegid ())
        {
          if (fchown (fd, st.st_uid, st.st_gid) != 0)
            {
              if (fchown (fd, (uid_t) -1, st.st_gid) != 0 || st.st_uid != geteuid ())
                self->notes |= HC_ATOMIC_FILE_OWNER_CHANGED;
            }
        }
    }
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
      self->written += (gsize) n;
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
  g_free (self->target);
  g_free (self->temp_path);
  g_free (self);
}

/* Asked again just before the rename: what was no file at the begin
 * may be a device or a pipe by now.  A link put there meanwhile is
 * replaced itself, which harms nothing it points to. */
static gboolean
still_replaceable (HcAtomicFile  *self,
                   GError       **error)
{
  GStatBuf st;

  if (g_lstat (self->target, &st) != 0 || S_ISREG (st.st_mode) || S_ISLNK (st.st_mode))
    return TRUE;
  if (S_ISDIR (st.st_mode))
    set_save_error (error, self->path, EISDIR);
  else
    set_not_regular_error (error, self->path, self->target);
  return FALSE;
}

gboolean
hc_atomic_file_commit_full (HcAtomicFile       *self,
                            HcAtomicFileNotes  *notes,
                            GError            **error)
{
  int errsv = 0;

  g_return_val_if_fail (self != NULL, FALSE);

  if (notes != NULL)
    *notes = HC_ATOMIC_FILE_KEPT_ALL;
  if (self->write_errno != 0)
    errsv = self->write_errno;
  /* In place, what was longer than the new content is cut off last. */
  else if (self->temp_path == NULL && ftruncate (self->fd, (off_t) self->written) < 0)
    errsv = errno;
  else if (fsync_retrying (self->fd) < 0)
    errsv = errno;
  if (errsv == 0 && self->temp_path != NULL && !still_replaceable (self, error))
    {
      close (self->fd);
      g_unlink (self->temp_path);
      hc_atomic_file_free (self);
      return FALSE;
    }
  if (errsv == 0 && self->temp_path != NULL && g_rename (self->temp_path, self->target) < 0)
    errsv = errno;
  /* The mode is given only once the file has its name: a temporary file
   * a kill leaves behind stays 0600, whatever the plan's mode.  A mode
   * that cannot be given, or a power cut before the file system writes
   * it, leaves the file private, which is safe; no second sync for it. */
  if (errsv == 0 && self->temp_path != NULL && self->mode >= 0)
    fchmod (self->fd, (mode_t) self->mode);
  /* close() can report a delayed write error (NFS). */
  if (close (self->fd) < 0 && errsv == 0 && errno != EINTR)
    errsv = errno;
  self->fd = -1;
  if (errsv != 0)
    {
      set_save_error (error, self->path, errsv);
      if (self->temp_path != NULL)
        g_unlink (self->temp_path);
      hc_atomic_file_free (self);
      return FALSE;
    }
  sync_folder (self->target);
  if (notes != NULL)
    *notes = self->notes;
  hc_atomic_file_free (self);
  return TRUE;
}

gboolean
hc_atomic_file_commit (HcAtomicFile  *self,
                       GError       **error)
{
  return hc_atomic_file_commit_full (self, NULL, error);
}

void
hc_atomic_file_abort (HcAtomicFile *self)
{
  if (self == NULL)
    return;
  if (self->fd >= 0)
    close (self->fd);
  if (self->temp_path != NULL)
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
  return self->temp_path != NULL ? self->temp_path : self->target;
}

gboolean
hc_atomic_file_replace_full (const char         *path,
                             const void         *data,
                             gsize               len,
                             HcAtomicFileFlags   flags,
                             HcAtomicFileNotes  *notes,
                             GError            **error)
{
  g_autoptr(HcAtomicFile) file = hc_atomic_file_begin (path, flags, error);

  if (notes != NULL)
    *notes = HC_ATOMIC_FILE_KEPT_ALL;
  if (file == NULL)
    return FALSE;
  if (!hc_atomic_file_write (file, data, len, error))
    return FALSE;
  return hc_atomic_file_commit_full (g_steal_pointer (&file), notes, error);
}

gboolean
hc_atomic_file_replace (const char         *path,
                        const void         *data,
                        gsize               len,
                        HcAtomicFileFlags   flags,
                        GError            **error)
{
  return hc_atomic_file_replace_full (path, data, len, flags, NULL, error);
}
