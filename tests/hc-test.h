/* SPDX-License-Identifier: GPL-3.0-or-later */
/* What the test programs without a display share: the locale meson runs
 * them in, and temporary folders. */
#pragma once

#include <glib.h>
#include <glib/gstdio.h>
#include <locale.h>

/* Sets the locale the environment names (meson runs each core, cli, chart
 * and document program under LC_ALL=C.UTF-8 and again under de_DE.UTF-8).
 * A locale that is not installed fails the program: run in C instead, the
 * de_DE run would pass without testing what it is for. */
static inline void
hc_test_set_locale (void)
{
  if (setlocale (LC_ALL, "") == NULL)
    g_error ("the locale %s is not installed: install it (locales-all on Debian, "
             "glibc-langpack-de on Fedora; build-aux/setup.sh does)",
             g_getenv ("LC_ALL") != NULL ? g_getenv ("LC_ALL") : "of LANG");
}

/* A new empty folder under the temporary folder, named after @prefix. */
static inline char *
hc_test_make_temp_dir (const char *prefix)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *template = g_strconcat (prefix, "-XXXXXX", NULL);
  char *dir = g_dir_make_tmp (template, &error);

  g_assert_no_error (error);
  return dir;
}

/* Removes @path and everything below it. */
static inline void
hc_test_remove_tree (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (path, name, NULL);

      hc_test_remove_tree (child);
    }
  g_remove (path);
}
