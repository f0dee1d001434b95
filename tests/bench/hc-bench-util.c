/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-bench"

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "hc-bench-util.h"

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

double
hc_bench_median_ms (HcBenchFunc func,
                    gpointer    data,
                    guint       repeats)
{
  g_autofree double *times = g_new (double, MAX (repeats, 1));

  func (data); /* warm caches and the allocator; not counted */
  for (guint i = 0; i < repeats; i++)
    {
      gint64 start = g_get_monotonic_time ();

      func (data);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
    }
  qsort (times, repeats, sizeof (double), compare_doubles);
  return repeats % 2 ? times[repeats / 2] : (times[repeats / 2 - 1] + times[repeats / 2]) / 2;
}

void
hc_bench_print (const char *name,
                double      median_ms,
                double      floor_ms)
{
  printf ("%-40s %9.3f ms  x%.2f\n", name, median_ms, floor_ms > 0 ? median_ms / floor_ms : 0);
  fflush (stdout);
}
