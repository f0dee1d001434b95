#include "config.h"
#include "hc-cli.h"
gboolean hc_cli_is_headless (int argc, char **argv) { return FALSE; }
int hc_cli_run (int argc, char **argv) { return 1; }
