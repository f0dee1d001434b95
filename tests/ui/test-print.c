/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Printing from a real window under Xvfb: win.print, the in-app preview
 * and its options, the print operation run to a PDF file (no dialog),
 * checked with poppler's tools against `headcount --export`'s pages, and
 * the settings kept for the next time. */
#define G_LOG_DOMAIN "test-print"

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "../chart/chart-test-plan.h"
#include "hc-chart.h"
#include "hc-plan-edits.h"
#include "hc-compat.h"
#include "hc-print-operation.h"
#include "hc-print-preview.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

static const char *tmp_dir;


/* ---- helpers --------------------------------------------------------- */


static HcWindow *
new_window_with (HcPlan *plan)
{
  HcWindow *window = hc_window_new (GTK_APPLICATION (get_app ()));

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  if (plan != NULL)
    {
      g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
      hc_window_set_document (window, document);
    }
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static HcPrintPreview *
find_preview (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (HC_IS_PRINT_PREVIEW (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

static HcPrintPreview *
open_preview (HcWindow *window)
{
  HcPrintPreview *preview;

  g_assert_null (find_preview ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL));
  iterate ();
  preview = find_preview ();
  g_assert_nonnull (preview);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (preview)) == GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));
  return preview;
}

static GtkPageSetup *
a4_landscape (gboolean no_margins)
{
  GtkPageSetup *setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);

  gtk_page_setup_set_paper_size_and_default_margins (setup, a4);
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  if (no_margins)
    {
      gtk_page_setup_set_top_margin (setup, 0, GTK_UNIT_POINTS);
      gtk_page_setup_set_bottom_margin (setup, 0, GTK_UNIT_POINTS);
      gtk_page_setup_set_left_margin (setup, 0, GTK_UNIT_POINTS);
      gtk_page_setup_set_right_margin (setup, 0, GTK_UNIT_POINTS);
    }
  return setup;
}

static gboolean
preview_gone (gpointer data)
{
  return find_preview () == NULL;
}

static gboolean
preview_failed (gpointer data)
{
  return hc_print_preview_get_last_error (data) != NULL;
}

/* Prints what the preview shows to @path, as "Print…" would with the
 * PDF printer, and waits for the preview to close, which it does when
 * the print went ahead. */
static void
print_to_pdf (HcPrintPreview *preview,
              const char     *path)
{
  g_unlink (path);
  hc_print_preview_print (preview, GTK_PRINT_OPERATION_ACTION_EXPORT, path);
  wait_until (preview_gone, NULL);
  g_assert_true (g_file_test (path, G_FILE_TEST_IS_REGULAR));
}

/* Runs a poppler tool on @pdf; FALSE (and the test skipped) if it is not
 * installed (build-aux/setup.sh installs poppler-utils). */
static gboolean
run_tool (const char *tool,
          const char *pdf,
          char      **out)
{
  g_autofree char *exe = g_find_program_in_path (tool);
  g_autoptr(GError) error = NULL;
  const char *argv_info[] = { exe, pdf, NULL };
  const char *argv_text[] = { exe, "-q", "-layout", pdf, "-", NULL };
  int status = 0;

  if (exe == NULL)
    {
      g_autofree char *why = g_strdup_printf ("%s is not installed (poppler-utils)", tool);
      g_test_skip (why);
      return FALSE;
    }
  g_spawn_sync (NULL, (char **) (g_str_equal (tool, "pdfinfo") ? argv_info : argv_text), NULL,
                G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL, out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

/* The page count and the first page's size in points. */
static gboolean
pdf_info (const char *pdf,
          guint      *pages,
          double     *width,
          double     *height)
{
  g_autofree char *out = NULL;
  const char *p;
  char *end = NULL;

  if (!run_tool ("pdfinfo", pdf, &out))
    return FALSE;
  p = strstr (out, "Pages:");
  g_assert_nonnull (p);
  *pages = (guint) g_ascii_strtoull (p + strlen ("Pages:"), NULL, 10);
  p = strstr (out, "Page size:");
  g_assert_nonnull (p);
  /* C numbers, whatever this program's locale. */
  *width = g_ascii_strtod (p + strlen ("Page size:"), &end);
  g_assert_true (g_str_has_prefix (end, " x "));
  *height = g_ascii_strtod (end + 3, &end);
  return TRUE;
}

/* The PDF's text, a page a string (pdftotext ends pages with a form feed). */
static GStrv
pdf_pages_text (const char *pdf)
{
  g_autofree char *out = NULL;
  g_auto(GStrv) pages = NULL;
  guint n;

  if (!run_tool ("pdftotext", pdf, &out))
    return NULL;
  pages = g_strsplit (out, "\f", -1);
  n = g_strv_length (pages);
  /* After the last page's form feed, nothing. */
  if (n > 0 && pages[n - 1][0] == '\0')
    g_clear_pointer (&pages[n - 1], g_free);
  return g_steal_pointer (&pages);
}

static void
setup_equal (GtkPageSetup *a,
             GtkPageSetup *b)
{
  g_assert_cmpstr (gtk_paper_size_get_name (gtk_page_setup_get_paper_size (a)), ==,
                   gtk_paper_size_get_name (gtk_page_setup_get_paper_size (b)));
  g_assert_cmpint (gtk_page_setup_get_orientation (a), ==, gtk_page_setup_get_orientation (b));
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_top_margin (a, GTK_UNIT_POINTS),
                                  gtk_page_setup_get_top_margin (b, GTK_UNIT_POINTS), 0.01);
  g_assert_cmpfloat_with_epsilon (gtk_page_setup_get_left_margin (a, GTK_UNIT_POINTS),
                                  gtk_page_setup_get_left_margin (b, GTK_UNIT_POINTS), 0.01);
}

static char *
tmp_path (const char *name)
{
  return g_build_filename (tmp_dir, name, NULL);
}


/* ---- tests ----------------------------------------------------------- */


/* No plan, nothing to print: the action is off and opens nothing; with a
 * plan it opens the preview.  Ctrl+P, the menu and the shortcuts window
 * name it. */
static void
test_action (void)
{
  HcWindow *window = new_window_with (NULL);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (get_app ()), "win.print");
  g_autoptr(GBytes) overlay = g_resources_lookup_data ("/io/github/headcount/Headcount/ui/help-overlay.ui",
                                                       0, NULL);
  GMenuModel *menu = gtk_menu_button_get_menu_model (window->menu_button);
  gboolean in_menu = FALSE;

  g_assert_true (accels != NULL && g_strv_contains ((const char * const *) accels, "<Control>p"));
  g_assert_nonnull (strstr (g_bytes_get_data (overlay, NULL), "<property name=\"action-name\">win.print</property>"));
  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            in_menu |= g_strcmp0 (action, "win.print") == 0;
        }
    }
  g_assert_true (in_menu);

  gtk_widget_activate_action (GTK_WIDGET (window), "win.print", NULL);
  iterate ();
  g_assert_null (find_preview ());

  hc_window_set_document (window, document);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  open_preview (window);
  destroy_all_windows ();
}

/* Printed to a PDF file on A4 without margins, a plan has the pages
 * `headcount --export --page a4` writes, word for word: the title and
 * date on every page, "Page N of M" under each; landscape paper. */
static void
test_pdf_matches_export (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  HcWindow *window = new_window_with (plan);
  HcPrintPreview *preview = open_preview (window);
  g_autoptr(GtkPageSetup) setup = a4_landscape (TRUE);
  g_autofree char *printed = tmp_path ("printed.pdf");
  g_autofree char *exported = tmp_path ("exported.pdf");
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) printed_text = NULL;
  g_auto(GStrv) exported_text = NULL;
  guint n_preview, n_printed, n_exported;
  double width, height;

  hc_print_preview_set_page_setup (preview, setup);
  n_preview = hc_print_preview_get_n_pages (preview);
  g_assert_cmpuint (n_preview, >, 1);
  print_to_pdf (preview, printed);
  g_assert_true (hc_chart_export (plan, exported, HC_CHART_GANTT, HC_PAGE_A4, 0, &error));
  g_assert_no_error (error);

  if (!pdf_info (printed, &n_printed, &width, &height))
    goto out;
  g_assert_cmpuint (n_printed, ==, n_preview);
  /* A4 landscape: 297 × 210 mm in points. */
  g_assert_cmpfloat_with_epsilon (width, 297 / 25.4 * 72, 1.0);
  g_assert_cmpfloat_with_epsilon (height, 210 / 25.4 * 72, 1.0);
  g_assert_true (pdf_info (exported, &n_exported, &width, &height));
  g_assert_cmpuint (n_printed, ==, n_exported);

  printed_text = pdf_pages_text (printed);
  exported_text = pdf_pages_text (exported);
  g_assert_cmpuint (g_strv_length (printed_text), ==, n_printed);
  for (guint i = 0; i < n_printed; i++)
    {
      g_autofree char *page_of = g_strdup_printf ("Page %u of %u", i + 1, n_printed);

      g_assert_nonnull (strstr (printed_text[i], "Large test plan"));
      g_assert_nonnull (strstr (printed_text[i], "Prepared "));
      g_assert_nonnull (strstr (printed_text[i], page_of));
      /* Both prepared today: the same words in the same places. */
      g_assert_cmpstr (printed_text[i], ==, exported_text[i]);
    }
out:
  destroy_window (window);
  destroy_all_windows ();
}

static GtkToggleButton *
actual_size_button (HcPrintPreview *preview)
{
  GtkWidget *button = find_widget (GTK_WIDGET (preview), GTK_TYPE_TOGGLE_BUTTON, 1);

  g_assert_cmpstr (gtk_button_get_label (GTK_BUTTON (button)), ==, "_Actual Size");
  return GTK_TOGGLE_BUTTON (button);
}

static GtkCheckButton *
budget_check (HcPrintPreview *preview)
{
  return GTK_CHECK_BUTTON (find_widget (GTK_WIDGET (preview), GTK_TYPE_CHECK_BUTTON, 0));
}

static const char *
page_label (HcPrintPreview *preview)
{
  GtkWidget *actions = find_widget (GTK_WIDGET (preview), GTK_TYPE_ACTION_BAR, 0);
  g_autoptr(GPtrArray) labels = g_ptr_array_new ();

  collect_widgets (actions, GTK_TYPE_LABEL, labels);
  for (guint i = 0; i < labels->len; i++)
    if (g_str_has_prefix (gtk_label_get_label (labels->pdata[i]), "Page "))
      return gtk_label_get_label (labels->pdata[i]);
  g_assert_not_reached ();
}

/* The preview follows its options, keeps them, and turns its pages;
 * "actual size" with a budget page prints what `--split-time --chart
 * all` exports. */
static void
test_preview_options (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_long_plan (40);
  HcWindow *window = new_window_with (plan);
  HcPrintPreview *preview = open_preview (window);
  g_autoptr(GtkPageSetup) setup = a4_landscape (TRUE);
  g_autofree char *printed = tmp_path ("printed-options.pdf");
  g_autofree char *exported = tmp_path ("exported-options.pdf");
  g_autofree char *scale = NULL;
  g_autofree char *expected_label = NULL;
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) printed_text = NULL;
  g_auto(GStrv) exported_text = NULL;
  guint n_fit, n_actual, n, n_printed, n_exported;
  double width, height;

  hc_print_preview_set_page_setup (preview, setup);
  g_assert_false (gtk_toggle_button_get_active (actual_size_button (preview)));
  g_assert_false (gtk_check_button_get_active (budget_check (preview)));
  n_fit = hc_print_preview_get_n_pages (preview);

  /* Actual size: readable weeks, so the long plan's months take more pages. */
  gtk_toggle_button_set_active (actual_size_button (preview), TRUE);
  n_actual = hc_print_preview_get_n_pages (preview);
  g_assert_cmpuint (n_actual, >, n_fit);
  scale = g_settings_get_string (window->settings, "print-scale");
  g_assert_cmpstr (scale, ==, "actual-size");

  gtk_check_button_set_active (budget_check (preview), TRUE);
  n = hc_print_preview_get_n_pages (preview);
  g_assert_cmpuint (n, ==, n_actual + 1);
  g_assert_true (hc_chart_pages_is_budget_page (hc_print_preview_get_pages (preview), n - 1));
  g_assert_true (g_settings_get_boolean (window->settings, "print-budget-page"));

  /* Turning the pages, and not past either end. */
  g_assert_cmpuint (hc_print_preview_get_page (preview), ==, 0);
  expected_label = g_strdup_printf ("Page 1 of %u", n);
  g_assert_cmpstr (page_label (preview), ==, expected_label);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.previous-page", NULL);
  g_assert_cmpuint (hc_print_preview_get_page (preview), ==, 0);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  g_assert_cmpuint (hc_print_preview_get_page (preview), ==, 1);
  g_clear_pointer (&expected_label, g_free);
  expected_label = g_strdup_printf ("Page 2 of %u", n);
  g_assert_cmpstr (page_label (preview), ==, expected_label);
  hc_print_preview_set_page (preview, n - 1);
  gtk_widget_activate_action (GTK_WIDGET (preview), "preview.next-page", NULL);
  g_assert_cmpuint (hc_print_preview_get_page (preview), ==, n - 1);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (preview));

  /* Fewer pages (fit to width again): the page shown stays in range. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (find_widget (GTK_WIDGET (preview), GTK_TYPE_TOGGLE_BUTTON, 0)),
                                TRUE);
  g_assert_cmpuint (hc_print_preview_get_n_pages (preview), ==, n_fit + 1);
  g_assert_cmpuint (hc_print_preview_get_page (preview), ==, n_fit);
  gtk_toggle_button_set_active (actual_size_button (preview), TRUE);

  print_to_pdf (preview, printed);
  g_assert_true (hc_chart_export_full (plan, exported, HC_CHART_ALL, HC_PAGE_A4, 0, TRUE, NULL, &error));
  g_assert_no_error (error);
  if (!pdf_info (printed, &n_printed, &width, &height))
    goto out;
  g_assert_true (pdf_info (exported, &n_exported, &width, &height));
  g_assert_cmpuint (n_printed, ==, n);
  g_assert_cmpuint (n_exported, ==, n);
  printed_text = pdf_pages_text (printed);
  exported_text = pdf_pages_text (exported);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *page_of = g_strdup_printf ("Page %u of %u", i + 1, n);

      g_assert_cmpstr (printed_text[i], ==, exported_text[i]);
      g_assert_nonnull (strstr (printed_text[i], page_of));
    }
  g_assert_nonnull (strstr (printed_text[n - 1], "Large test plan: budget"));

  /* An edit (here a reload's, the preview being modal) lays the pages
   * out again. */
  preview = open_preview (window);
  n = hc_print_preview_get_n_pages (preview);
  {
    HcDocument *document = hc_window_get_document (window);

    hc_document_begin_edit (document, "Add Positions", NULL);
    for (guint i = 0; i < 40; i++)
      g_object_unref (hc_plan_edit_add_position (hc_document_get_plan (document), NULL));
    hc_document_end_edit (document);
  }
  g_assert_cmpuint (hc_print_preview_get_n_pages (preview), >, n);
  gtk_window_destroy (GTK_WINDOW (preview));
  iterate ();

  /* The next preview starts where this print left off: its paper and its
   * options. */
  preview = open_preview (window);
  g_assert_true (gtk_toggle_button_get_active (actual_size_button (preview)));
  g_assert_true (gtk_check_button_get_active (budget_check (preview)));
  setup_equal (hc_print_preview_get_page_setup (preview), setup);
out:
  destroy_window (window);
  destroy_all_windows ();
}

/* The first print: the locale's paper in landscape, with its margins
 * (the chart laid out on the printable area inside them). */
static void
test_default_paper (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  HcWindow *window = new_window_with (plan);
  HcPrintPreview *preview;
  g_autofree char *printed = tmp_path ("printed-default.pdf");
  g_auto(GStrv) text = NULL;
  g_autoptr(GVariant) kept = NULL;
  GtkPageSetup *setup;
  guint n, n_printed;
  double width, height;

  g_settings_reset (window->settings, "print-page-setup");
  g_settings_reset (window->settings, "print-settings");
  g_settings_reset (window->settings, "print-scale");
  g_settings_reset (window->settings, "print-budget-page");
  preview = open_preview (window);
  setup = hc_print_preview_get_page_setup (preview);
  g_assert_cmpint (gtk_page_setup_get_orientation (setup), ==, GTK_PAGE_ORIENTATION_LANDSCAPE);
  g_assert_cmpfloat (gtk_page_setup_get_left_margin (setup, GTK_UNIT_POINTS), >, 0);
  n = hc_print_preview_get_n_pages (preview);
  g_assert_cmpuint (n, >, 1);
  print_to_pdf (preview, printed);
  if (!pdf_info (printed, &n_printed, &width, &height))
    goto out;
  g_assert_cmpuint (n_printed, ==, n);
  g_assert_cmpfloat (width, >, height);
  text = pdf_pages_text (printed);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *page_of = g_strdup_printf ("Page %u of %u", i + 1, n);

      g_assert_nonnull (strstr (text[i], "Large test plan"));
      g_assert_nonnull (strstr (text[i], page_of));
    }
  /* Kept for the next print. */
  kept = g_settings_get_value (window->settings, "print-page-setup");
  g_assert_cmpuint (g_variant_n_children (kept), >, 0);
out:
  destroy_window (window);
  destroy_all_windows ();
}

/* A print that fails says what and where, and leaves the preview open. */
static void
test_print_error (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  HcWindow *window = new_window_with (plan);
  HcPrintPreview *preview = open_preview (window);
  g_autofree char *path = tmp_path ("no-such-folder/plan.pdf");
  GtkWidget *alert;

  hc_print_preview_print (preview, GTK_PRINT_OPERATION_ACTION_EXPORT, path);
  wait_until (preview_failed, preview);
  g_test_message ("%s", hc_print_preview_get_last_error (preview));
  g_assert_nonnull (strstr (hc_print_preview_get_last_error (preview), path));
  g_assert_nonnull (strstr (hc_print_preview_get_last_error (preview), hc_plan_get_title (plan)));
  alert = hc_compat_alert_find (GTK_WINDOW (preview));
  g_assert_nonnull (alert);
  hc_compat_alert_respond (alert, "close");
  iterate ();
  g_assert_true (find_preview () == preview);
  destroy_window (window);
  destroy_all_windows ();
}

/* GTK's “Print to File” printer writes its file itself, not through our
 * writer: begin-print asks hc_print_operation_check_output() first, and a
 * pipe, a device or a socket chosen as the output is refused with a
 * message that names it, before a page is drawn.  The check is tested
 * with the settings GTK's dialog hands over when the person picks a file
 * (its printer and output URI): a print run without a dialog cannot reach
 * begin-print headless on GTK 4.8 (on the CUPS backend it waits for a
 * server for ever; on the file backend alone it ends cancelled without
 * finding the printer).  The pipe is never opened. */
static void
test_print_to_file_refuses_fifo (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(GtkPageSetup) setup = a4_landscape (FALSE);
  g_autoptr(GtkPrintSettings) settings = gtk_print_settings_new ();
  g_autoptr(HcPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *folder = g_build_filename (tmp_dir, "fifo-print", NULL);
  g_autofree char *fifo = g_build_filename (folder, "plan.pdf", NULL);
  g_autofree char *plain = g_build_filename (folder, "new.pdf", NULL);
  g_autofree char *fifo_uri = g_filename_to_uri (fifo, NULL, NULL);
  g_autofree char *plain_uri = g_filename_to_uri (plain, NULL, NULL);
  HcPrintOptions options = { FALSE, FALSE };
  struct stat before, after;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_cmpint (stat (fifo, &before), ==, 0);

  /* What GTK's dialog sets for its file printer. */
  gtk_print_settings_set_printer (settings, g_dgettext ("gtk40", "Print to File"));
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_FILE_FORMAT, "pdf");
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, fifo_uri);
  operation = hc_print_operation_new (plan, setup, settings, &options);
  g_assert_false (hc_print_operation_check_output (operation, &error));
  g_assert_nonnull (error);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, fifo));
  g_clear_error (&error);

  /* A new file is printed to; another printer ignores the output URI
   * (it is whatever the file printer last had). */
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, plain_uri);
  g_assert_true (hc_print_operation_check_output (operation, &error));
  g_assert_no_error (error);
  gtk_print_settings_set (settings, GTK_PRINT_SETTINGS_OUTPUT_URI, fifo_uri);
  gtk_print_settings_set_printer (settings, "Office Laser");
  g_assert_true (hc_print_operation_check_output (operation, &error));
  g_assert_no_error (error);

  /* Still the pipe, never written or replaced. */
  g_assert_cmpint (stat (fifo, &after), ==, 0);
  g_assert_true (S_ISFIFO (after.st_mode));
  g_assert_cmpint (after.st_ino, ==, before.st_ino);
  g_assert_cmpint (after.st_mtime, ==, before.st_mtime);
  g_assert_false (g_file_test (plain, G_FILE_TEST_EXISTS));
  g_assert_cmpint (g_unlink (fifo), ==, 0);
  g_assert_cmpint (g_rmdir (folder), ==, 0);
}

/* The share of light pixels (paper) in the middle half of @texture. */
static double
light_share (GdkTexture *texture)
{
  int width = gdk_texture_get_width (texture), height = gdk_texture_get_height (texture);
  g_autofree guchar *pixels = g_malloc ((gsize) width * height * 4);
  guint light = 0, all = 0;

  gdk_texture_download (texture, pixels, (gsize) width * 4);
  for (int y = height / 4; y < height * 3 / 4; y++)
    for (int x = width / 4; x < width * 3 / 4; x++, all++)
      {
        const guchar *p = pixels + ((gsize) y * width + x) * 4;  /* B G R A (native) */
        light += p[0] > 230 && p[1] > 230 && p[2] > 230;
      }
  return (double) light / all;
}

static GdkTexture *
save_screenshot (GtkWidget  *window,
                 const char *name)
{
  return save_widget_screenshot (GTK_WIDGET (window), tmp_dir, name);
}

/* The preview in light and dark: the sheet is paper-light in both. */
static void
test_screenshots (void)
{
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  HcWindow *window = new_window_with (plan);
  AdwStyleManager *style = adw_style_manager_get_default ();
  HcPrintPreview *preview;
  g_autoptr(GtkPageSetup) setup = a4_landscape (FALSE);
  g_autoptr(GdkTexture) light = NULL;
  g_autoptr(GdkTexture) dark = NULL;

  g_settings_reset (window->settings, "print-scale");
  g_settings_reset (window->settings, "print-budget-page");
  preview = open_preview (window);
  hc_print_preview_set_page_setup (preview, setup);
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  light = save_screenshot (GTK_WIDGET (preview), "print-preview.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  dark = save_screenshot (GTK_WIDGET (preview), "print-preview-dark.png");
  /* The sheet is drawn, and it is paper-light on a dark desktop too. */
  g_assert_cmpfloat (light_share (light), >, 0.5);
  g_assert_cmpfloat (light_share (dark), >, 0.5);
  g_assert_cmpfloat (light_share (dark), <, 0.98);
  /* The budget page, last, in a larger window. */
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  gtk_check_button_set_active (budget_check (preview), TRUE);
  hc_print_preview_set_page (preview, hc_print_preview_get_n_pages (preview) - 1);
  gtk_window_set_default_size (GTK_WINDOW (preview), 1400, 1000);
  g_clear_object (&light);
  light = save_screenshot (GTK_WIDGET (preview), "print-preview-budget.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  destroy_window (window);
  destroy_all_windows ();
}

int
main (int    argc,
      char **argv)
{
  int status;

  tmp_dir = ui_test_init (&argc, &argv);
  g_test_add_func ("/print/action", test_action);
  g_test_add_func ("/print/pdf-matches-export", test_pdf_matches_export);
  g_test_add_func ("/print/default-paper", test_default_paper);
  g_test_add_func ("/print/preview-options", test_preview_options);
  g_test_add_func ("/print/error", test_print_error);
  g_test_add_func ("/print/to-file-refuses-fifo", test_print_to_file_refuses_fifo);
  g_test_add_func ("/print/screenshots", test_screenshots);
  status = g_test_run ();
  ui_test_finish ();
  return status;
}
