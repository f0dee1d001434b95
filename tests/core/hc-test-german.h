/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>
#include <glib/gi18n-lib.h>
#include <locale.h>

/* Runs @func with the messages in German, from the build tree's catalogue
 * (meson's HC_TEST_LOCALEDIR, where po/ builds de/LC_MESSAGES/headcount.mo),
 * then restores the locale, LANGUAGE and the text domain's folder.  Under
 * LC_ALL=C gettext ignores LANGUAGE, hence the German locale too.  FALSE,
 * and the test fails, when the system has no de_DE.UTF-8. */
static inline gboolean
hc_test_with_german (void (*func) (void))
{
  const char *localedir = g_getenv ("HC_TEST_LOCALEDIR");
  g_autofree char *saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  g_autofree char *saved_language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *saved_dir = g_strdup (bindtextdomain (GETTEXT_PACKAGE, NULL));
  g_autofree char *mo = NULL;

  g_assert_nonnull (localedir);
  mo = g_build_filename (localedir, "de", "LC_MESSAGES", GETTEXT_PACKAGE ".mo", NULL);
  g_assert_true (g_file_test (mo, G_FILE_TEST_IS_REGULAR));
  if (setlocale (LC_ALL, "de_DE.UTF-8") == NULL)
    {
      g_error ("the de_DE.UTF-8 locale is not installed (locales-all; build-aux/setup.sh)");
      return FALSE;
    }
  /* LANGUAGE is read on every lookup; setlocale() drops the cached ones. */
  g_setenv ("LANGUAGE", "de", TRUE);
  bindtextdomain (GETTEXT_PACKAGE, localedir);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  setlocale (LC_ALL, "de_DE.UTF-8");

  func ();

  bindtextdomain (GETTEXT_PACKAGE, saved_dir);
  if (saved_language != NULL)
    g_setenv ("LANGUAGE", saved_language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  setlocale (LC_ALL, saved_locale);
  return TRUE;
}
