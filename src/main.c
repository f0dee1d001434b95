/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-main"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "hc-application.h"
#include "hc-cli.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(HcApplication) app = NULL;

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  /* The headless commands must work with no display at all, so they are
   * told apart before GTK is initialised. */
  if (hc_cli_is_headless (argc, argv))
    return hc_cli_run (argc, argv);

  app = hc_application_new ();
  return g_application_run (G_APPLICATION (app), argc, argv);
}
