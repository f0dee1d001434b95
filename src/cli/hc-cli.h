/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* TRUE if the command line asks for something done without a window
 * (--version, --check, --summary, --export, --list-templates, --help):
 * decided from the arguments alone, before anything touches a display. */
gboolean hc_cli_is_headless (int    argc,
                             char **argv);
/* Runs a headless command; returns the process exit status. */
int      hc_cli_run         (int    argc,
                             char **argv);

G_END_DECLS
