/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "fuzz-load"

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "hc-error.h"
#include "hc-plan-io.h"

/* Built and run for a minute by build-aux/fuzz-check (see README.md,
 * "Fuzzing"); by hand, from the top of the source tree:
 *   CC=clang meson setup _build-fuzz -Dfuzzing=true \
 *       -Db_sanitize=address,undefined -Db_lundef=false
 *   ninja -C _build-fuzz tests/fuzz/fuzz-load
 *   mkdir -p /tmp/work-corpus && cp tests/corpus/*.headcount /tmp/work-corpus
 *   _build-fuzz/tests/fuzz/fuzz-load -max_len=65536 -timeout=10 /tmp/work-corpus
 * New inputs go to that first folder; a crash is written as crash-<hash>.
 * Unknown members are kept as their text and written back re-indented:
 * saving again must give the very same bytes, which this checks too. */

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

/* Whatever bytes come in, loading must not crash or leak; and a plan that
 * loads must save, load again and save to the very same bytes. */
int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr(GBytes) input = g_bytes_new_static (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (input, &error);
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(HcPlan) reloaded = NULL;
  g_autoptr(GBytes) saved_again = NULL;

  if (plan == NULL)
    {
      /* Every failure is a user error with a place in its message. */
      if (error == NULL || error->domain != HC_PLAN_ERROR || error->message[0] == '\0')
        abort ();
      return 0;
    }
  saved = hc_plan_to_bytes (plan);
  reloaded = hc_plan_load_from_bytes (saved, &error);
  if (reloaded == NULL)
    {
      g_printerr ("saved plan does not load: %s\n%.*s\n", error->message,
                  (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL));
      abort ();
    }
  saved_again = hc_plan_to_bytes (reloaded);
  if (!g_bytes_equal (saved, saved_again))
    {
      g_printerr ("saving is not stable:\n%.*s\n---\n%.*s\n",
                  (int) g_bytes_get_size (saved), (const char *) g_bytes_get_data (saved, NULL),
                  (int) g_bytes_get_size (saved_again),
                  (const char *) g_bytes_get_data (saved_again, NULL));
      abort ();
    }
  return 0;
}
