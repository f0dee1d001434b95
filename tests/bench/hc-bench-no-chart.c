/* SPDX-License-Identifier: GPL-3.0-or-later */
#include "config.h"

#include <stdio.h>

#include "hc-bench-util.h"

void
hc_bench_chart_run (void)
{
  printf ("# chart figures: this build has no chart benchmark\n");
}
