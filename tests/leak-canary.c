/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Leaks on purpose.  check-leak-canary.sh runs it under LeakSanitizer with
 * the suppressions in build-aux/lsan.supp and expects the leak reported:
 * the proof that they cannot hide a leak of ours, even one that holds
 * fonts fontconfig made. */
#include <pango/pangocairo.h>

/* Out of line, so no pointer to the layout is left in main's frame or
 * registers for LeakSanitizer to mistake for a reference. */
static void __attribute__ ((noinline))
lay_out (gboolean leak)
{
  PangoContext *context = pango_font_map_create_context (pango_cairo_font_map_get_default ());
  PangoLayout *layout = pango_layout_new (context);
  int width, height;

  pango_layout_set_text (layout, "Leaked on purpose", -1);
  pango_layout_get_pixel_size (layout, &width, &height);
  g_object_unref (context);
  if (leak)
    g_print ("laid out %d × %d px, then leaked\n", width, height);
  else
    g_object_unref (layout);
}

/* With --no-leak it frees the layouts: the control run, which must pass.
 * Several are leaked: LeakSanitizer is conservative, and a stale copy of
 * one pointer somewhere reachable would hide that one leak. */
int
main (int   argc,
      char *argv[])
{
  gboolean leak = argc < 2 || g_strcmp0 (argv[1], "--no-leak") != 0;

  for (guint i = 0; i < 16; i++)
    lay_out (leak);
  return 0;
}
