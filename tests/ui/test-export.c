/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The export dialog driven in a real window as a person would (choices,
 * Export…, the files it writes, what it remembers, what it says when it
 * cannot), and Copy Chart's image on the clipboard. */
#define G_LOG_DOMAIN "test-export"

#include "config.h"

#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "../chart/chart-test-plan.h"
#include "hc-application.h"
#include "hc-compat.h"
#include "hc-export-dialog.h"
#include "hc-plan-io.h"
#include "hc-templates.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

static const char *tmp_dir;

/* ---- helpers --------------------------------------------------------- */

static HcWindow *
show_plan (HcPlan *plan)
{
  g_autoptr(HcDocument) document = hc_document_new (plan, NULL);
  HcWindow *window = hc_application_show_document (get_app (), document, NULL);

  gtk_window_set_default_size (GTK_WINDOW (window), 1280, 800);
  gtk_window_present (GTK_WINDOW (window));
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  return window;
}

static HcWindow *
show_template (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load (name, &error);

  g_assert_no_error (error);
  return show_plan (plan);
}

static HcExportDialog *
find_export_dialog (void)
{
  g_autoptr(GList) toplevels = gtk_window_list_toplevels ();

  for (GList *l = toplevels; l != NULL; l = l->next)
    if (HC_IS_EXPORT_DIALOG (l->data) && gtk_widget_get_visible (l->data))
      return l->data;
  return NULL;
}

/* Ctrl+E's action, and the dialog it shows. */
static HcExportDialog *
open_export (HcWindow *window)
{
  HcExportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.export", NULL));
  dialog = find_export_dialog ();
  g_assert_nonnull (dialog);
  gtk_test_widget_wait_for_draw (GTK_WIDGET (dialog));
  return dialog;
}

static GtkWidget *
child (HcExportDialog *dialog, const char *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), HC_TYPE_EXPORT_DIALOG, name);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static AdwComboRow *
row (HcExportDialog *dialog, const char *name)
{
  return ADW_COMBO_ROW (child (dialog, name));
}

/* Picks the row's item whose label is @label, as a click in its list would. */
static void
choose (HcExportDialog *dialog, const char *row_name, const char *label)
{
  AdwComboRow *combo = row (dialog, row_name);
  GListModel *model = adw_combo_row_get_model (combo);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    if (g_str_equal (gtk_string_list_get_string (GTK_STRING_LIST (model), i), label))
      {
        adw_combo_row_set_selected (combo, i);
        iterate ();
        return;
      }
  g_error ("%s offers no “%s”", row_name, label);
}

static guint
n_offered (HcExportDialog *dialog, const char *row_name)
{
  return g_list_model_get_n_items (adw_combo_row_get_model (row (dialog, row_name)));
}

/* Export… with the file a person would have chosen. */
static void
press_export (HcExportDialog *dialog, const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);

  _hc_export_dialog_set_test_file (dialog, file);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (dialog), "export.choose-file", NULL));
  iterate ();
}

static char *
read_text (const char *path)
{
  char *contents = NULL;

  g_assert_true (g_file_get_contents (path, &contents, NULL, NULL));
  return contents;
}

static void
assert_png_size (const char *path, int width, int height)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GdkTexture) texture = gdk_texture_new_from_filename (path, &error);

  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (texture), ==, width);
  g_assert_cmpint (gdk_texture_get_height (texture), ==, height);
}

/* ---- the dialog ------------------------------------------------------ */

/* Only what the export can write is offered: both charts only as a PDF,
 * a CSV only of the budget, no page for a table. */
static void
test_choices (void)
{
  HcWindow *window = show_template ("five-person");
  HcExportDialog *dialog = open_export (window);

  choose (dialog, "chart_row", "Phases");
  g_assert_cmpuint (n_offered (dialog, "format_row"), ==, 3);
  choose (dialog, "format_row", "PNG");
  g_assert_cmpint (hc_export_dialog_get_format (dialog), ==, HC_EXPORT_FORMAT_PNG);

  choose (dialog, "chart_row", "Budget");
  g_assert_cmpuint (n_offered (dialog, "format_row"), ==, 4);
  /* The format chosen stays when the new chart has it. */
  g_assert_cmpint (hc_export_dialog_get_format (dialog), ==, HC_EXPORT_FORMAT_PNG);
  choose (dialog, "format_row", "CSV table");
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (row (dialog, "page_row"))));
  g_assert_false (gtk_widget_get_sensitive (child (dialog, "split_row")));
  {
    g_autofree char *name = hc_export_dialog_dup_suggested_name (dialog);
    g_assert_true (g_str_has_suffix (name, ".csv"));
  }

  choose (dialog, "chart_row", "Phases and budget");
  g_assert_cmpuint (n_offered (dialog, "format_row"), ==, 1);
  g_assert_cmpint (hc_export_dialog_get_format (dialog), ==, HC_EXPORT_FORMAT_PDF);
  g_assert_false (gtk_widget_get_sensitive (GTK_WIDGET (row (dialog, "format_row"))));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (row (dialog, "page_row"))));

  choose (dialog, "chart_row", "Phases");
  g_assert_cmpuint (n_offered (dialog, "format_row"), ==, 3);
  g_assert_true (gtk_widget_get_sensitive (GTK_WIDGET (row (dialog, "format_row"))));

  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_assert_null (find_export_dialog ());
  destroy_window (window);
}

/* A 60-position plan's phases as PNG slides: the dialog says before that
 * it makes several files and names them; Export… writes them all, slide
 * sized, and the toast names them. */
static void
test_png_pages (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  HcWindow *window = show_plan (plan);
  HcExportDialog *dialog = open_export (window);
  g_autofree char *path = g_build_filename (tmp_dir, "board.png", NULL);
  guint n = hc_chart_export_count_pages (plan, HC_CHART_GANTT, HC_PAGE_SLIDE, FALSE);
  g_autofree char *n_text = g_strdup_printf ("%u pages", n);
  GtkLabel *note;

  g_assert_cmpuint (n, >, 1);
  choose (dialog, "chart_row", "Phases");
  choose (dialog, "format_row", "PDF");
  choose (dialog, "page_row", "16:9 slide");
  g_assert_nonnull (strstr (hc_export_dialog_get_note (dialog), n_text));
  choose (dialog, "format_row", "PNG");
  note = GTK_LABEL (gtk_widget_get_template_child (GTK_WIDGET (dialog), HC_TYPE_EXPORT_DIALOG, "note_label"));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (note)));
  g_assert_nonnull (strstr (gtk_label_get_label (note), n_text));
  g_assert_nonnull (strstr (gtk_label_get_label (note), "Large test plan-1.png"));

  press_export (dialog, path);
  g_assert_null (find_export_dialog ());
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *page = hc_chart_export_page_path (path, i);

      assert_png_size (page, 2560, 1440);
      g_unlink (page);
    }
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  g_assert_false (hc_document_get_modified (hc_window_get_document (window)));
  destroy_window (window);
}

/* How many lines of @text match @pattern. */
static guint
count_matching_lines (const char *text, const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  guint n = 0;

  g_assert_nonnull (regex);
  for (g_regex_match (regex, text, 0, &match); g_match_info_matches (match); g_match_info_next (match, NULL))
    n++;
  return n;
}

/* What pdfinfo says of every page of @pdf: the page count and each page's
 * size.  Read through poppler, not from the file's bytes: Cairo 1.18
 * keeps the page tree in compressed object streams. */
static char *
pdf_pages_info (const char *pdf)
{
  const char *argv[] = { "pdfinfo", "-f", "1", "-l", "9999", pdf, NULL };
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                NULL, NULL, &out, NULL, &status, &error);
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return g_steal_pointer (&out);
}

/* Both charts on A4 make one PDF: the phase chart's pages and the
 * budget's, A4 landscape; a name without its extension gets it. */
static void
test_pdf_a4 (void)
{
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  HcWindow *window = show_plan (plan);
  HcExportDialog *dialog = open_export (window);
  g_autofree char *chosen = g_build_filename (tmp_dir, "appendix", NULL);
  g_autofree char *path = g_build_filename (tmp_dir, "appendix.pdf", NULL);
  guint n = hc_chart_export_count_pages (plan, HC_CHART_ALL, HC_PAGE_A4, FALSE);
  g_autofree char *pages = g_strdup_printf ("^Pages: +%u$", n);
  g_autofree char *pdf = NULL;
  g_autofree char *info = NULL;

  choose (dialog, "chart_row", "Phases and budget");
  choose (dialog, "page_row", "A4, landscape");
  press_export (dialog, chosen);
  g_assert_true (g_file_get_contents (path, &pdf, NULL, NULL));
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  info = pdf_pages_info (path);
  g_assert_cmpuint (n, >, 1);
  g_assert_cmpuint (count_matching_lines (info, pages), ==, 1);
  /* 297 × 210 mm, in whole 1/96 in (1123 × 794) as points. */
  g_assert_cmpuint (count_matching_lines (info, "^Page +[0-9]+ size: +842\\.25 x 595\\.5 pts"), ==, n);
  g_unlink (path);
  destroy_window (window);
}

/* The choices and the folder of the last good export come back in the
 * next dialog, in another window too. */
static void
test_remembered (void)
{
  GSettings *settings = hc_application_get_settings (get_app ());
  HcWindow *window = show_template ("five-person");
  HcExportDialog *dialog = open_export (window);
  g_autofree char *folder = g_build_filename (tmp_dir, "exports", NULL);
  g_autofree char *path = g_build_filename (folder, "slide.svg", NULL);
  g_autoptr(GFile) folder_file = g_file_new_for_path (folder);
  g_autofree char *folder_uri = g_file_get_uri (folder_file);
  g_autofree char *remembered = NULL;
  g_autofree char *svg = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  choose (dialog, "chart_row", "Budget");
  choose (dialog, "format_row", "SVG");
  choose (dialog, "page_row", "Letter, landscape");
  press_export (dialog, path);
  svg = read_text (path);
  g_assert_true (g_str_has_prefix (svg, "<?xml"));
  /* 11 × 8.5 in. */
  g_assert_nonnull (strstr (svg, "width=\"792pt\" height=\"612pt\""));
  g_unlink (path);
  destroy_window (window);

  remembered = g_settings_get_string (settings, "last-export-folder");
  g_assert_cmpstr (remembered, ==, folder_uri);
  window = show_template ("option-b");
  dialog = open_export (window);
  g_assert_cmpint (hc_export_dialog_get_chart (dialog), ==, HC_CHART_BUDGET);
  g_assert_cmpint (hc_export_dialog_get_format (dialog), ==, HC_EXPORT_FORMAT_SVG);
  g_assert_cmpint (hc_export_dialog_get_page (dialog), ==, HC_PAGE_LETTER);

  /* A cancelled dialog changes nothing. */
  choose (dialog, "format_row", "PNG");
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_free (remembered);
  remembered = g_settings_get_string (settings, "last-export-format");
  g_assert_cmpstr (remembered, ==, "svg");
  destroy_window (window);
  g_rmdir (folder);
}

/* A folder that refuses the file: the dialog stays, says what and where,
 * and the plan is as it was. */
static void
test_refused_folder (void)
{
  HcWindow *window = show_template ("five-person");
  HcExportDialog *dialog = open_export (window);
  g_autofree char *folder = g_build_filename (tmp_dir, "read-only", NULL);
  g_autofree char *path = NULL;
  GtkWidget *alert;
  HcPlan *plan = hc_document_get_plan (hc_window_get_document (window));
  g_autoptr(GBytes) before = hc_plan_to_bytes (plan);
  g_autoptr(GBytes) after = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_cmpint (g_chmod (folder, 0555), ==, 0);
  /* Root writes into any chmod-ed folder; sysfs refuses root too. */
  path = getuid () == 0 ? g_strdup ("/sys/plan.pdf") : g_build_filename (folder, "plan.pdf", NULL);
  choose (dialog, "chart_row", "Phases");
  choose (dialog, "format_row", "PDF");
  press_export (dialog, path);

  g_assert_true (find_export_dialog () == dialog);
  alert = hc_compat_alert_find (GTK_WINDOW (dialog));
  g_assert_nonnull (alert);
  {
    g_autofree char *text = NULL;

    g_object_get (alert, "body", &text, NULL);
    g_assert_nonnull (strstr (text, "plan.pdf"));
    g_assert_nonnull (strstr (text, "The plan is unchanged"));
  }
  hc_compat_alert_respond (alert, "close");
  iterate ();
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
  after = hc_plan_to_bytes (plan);
  g_assert_true (g_bytes_equal (after, before));
  g_assert_false (hc_document_get_modified (hc_window_get_document (window)));

  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  g_chmod (folder, 0755);
  g_rmdir (folder);
  destroy_window (window);
}

/* A folder that takes no new file but lets the chosen one be written over
 * (the Flatpak document portal's way): the export is written in place. */
static void
test_in_place (void)
{
  g_autofree char *folder = g_build_filename (tmp_dir, "portal-like", NULL);
  g_autofree char *path = g_build_filename (folder, "kept.pdf", NULL);
  g_autofree char *pdf = NULL;
  HcWindow *window;
  HcExportDialog *dialog;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0755), ==, 0);
  g_assert_true (g_file_set_contents (path, "old", -1, NULL));
  refuse_new_files (folder, TRUE);
  window = show_template ("five-person");
  dialog = open_export (window);
  choose (dialog, "chart_row", "Phases");
  choose (dialog, "format_row", "PDF");
  press_export (dialog, path);
  g_assert_null (find_export_dialog ());
  pdf = read_text (path);
  g_assert_true (g_str_has_prefix (pdf, "%PDF-"));
  refuse_new_files (folder, FALSE);
  g_unlink (path);
  g_rmdir (folder);
  destroy_window (window);
}

/* ---- Copy Chart ------------------------------------------------------ */

typedef struct
{
  GdkTexture *texture;
  GBytes     *png;
  gboolean    done;
} ClipboardRead;

static void
on_texture_read (GObject *object, GAsyncResult *result, gpointer data)
{
  ClipboardRead *read = data;
  g_autoptr(GError) error = NULL;

  read->texture = gdk_clipboard_read_texture_finish (GDK_CLIPBOARD (object), result, &error);
  g_assert_no_error (error);
  read->done = TRUE;
}

static void
on_png_spliced (GObject *object, GAsyncResult *result, gpointer data)
{
  ClipboardRead *read = data;
  g_autoptr(GError) error = NULL;

  g_output_stream_splice_finish (G_OUTPUT_STREAM (object), result, &error);
  g_assert_no_error (error);
  read->png = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (object));
  read->done = TRUE;
}

/* Read as another app would, through a stream; spliced asynchronously,
 * since the clipboard writes it from this same main loop. */
static void
on_png_read (GObject *object, GAsyncResult *result, gpointer data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (object), result, NULL, &error);
  g_autoptr(GOutputStream) memory = g_memory_output_stream_new_resizable ();

  g_assert_no_error (error);
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, on_png_spliced, data);
}

static gboolean
read_done (gpointer data)
{
  return ((ClipboardRead *) data)->done;
}

/* Copies the chart of @window (Ctrl+Shift+C's action) and reads back the
 * clipboard's texture; checks the PNG offered to other apps on the way. */
static GdkTexture *
copy_chart (HcWindow *window)
{
  GdkClipboard *clipboard = gtk_widget_get_clipboard (GTK_WIDGET (window));
  ClipboardRead texture_read = { 0 }, png_read = { 0 };
  const char *png_types[] = { "image/png", NULL };
  g_autoptr(GdkTexture) from_png = NULL;
  g_autoptr(GError) error = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.copy-chart", NULL));
  iterate ();
  g_assert_true (gdk_content_formats_contain_mime_type (gdk_clipboard_get_formats (clipboard), "image/png"));
  g_assert_true (gdk_content_formats_contain_gtype (gdk_clipboard_get_formats (clipboard), GDK_TYPE_TEXTURE));

  gdk_clipboard_read_texture_async (clipboard, NULL, on_texture_read, &texture_read);
  wait_until (read_done, &texture_read);
  gdk_clipboard_read_async (clipboard, png_types, G_PRIORITY_DEFAULT, NULL, on_png_read, &png_read);
  wait_until (read_done, &png_read);
  g_assert_cmpmem (g_bytes_get_data (png_read.png, NULL), 8, "\x89PNG\r\n\x1a\n", 8);
  from_png = gdk_texture_new_from_bytes (png_read.png, &error);
  g_assert_no_error (error);
  g_assert_cmpint (gdk_texture_get_width (from_png), ==, gdk_texture_get_width (texture_read.texture));
  g_assert_cmpint (gdk_texture_get_height (from_png), ==, gdk_texture_get_height (texture_read.texture));
  g_bytes_unref (png_read.png);
  return texture_read.texture;
}

/* The whole chart at slide width (2560 pixels at the export's scale): a
 * plan of five positions is one slide tall, one of sixty much taller,
 * never its first page. */
static void
test_copy_chart (void)
{
  HcWindow *small = show_template ("five-person");
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  HcWindow *large = NULL;
  g_autoptr(GdkTexture) small_image = copy_chart (small);
  g_autoptr(GdkTexture) large_image = NULL;

  g_assert_cmpint (gdk_texture_get_width (small_image), ==, 2560);
  g_assert_cmpint (gdk_texture_get_height (small_image), ==, 1440);
  destroy_window (small);

  large = show_plan (plan);
  large_image = copy_chart (large);
  g_assert_cmpint (gdk_texture_get_width (large_image), ==, 2560);
  g_assert_cmpint (gdk_texture_get_height (large_image), >, 2 * gdk_texture_get_height (small_image));
  g_assert_false (hc_document_get_modified (hc_window_get_document (large)));
  destroy_window (large);
}

static gboolean
menu_has_action (GMenuModel *model, const char *action)
{
  for (int i = 0; i < g_menu_model_get_n_items (model); i++)
    {
      g_autofree char *name = NULL;
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (model, i, G_MENU_LINK_SECTION);

      if (g_menu_model_get_item_attribute (model, i, G_MENU_ATTRIBUTE_ACTION, "s", &name) &&
          g_str_equal (name, action))
        return TRUE;
      if (section != NULL && menu_has_action (section, action))
        return TRUE;
    }
  return FALSE;
}

/* The Timeline's context menu (the Menu key's too) offers Copy Chart,
 * with a position selected and without, and it copies. */
static void
test_copy_in_context_menu (void)
{
  HcWindow *window = show_template ("five-person");
  HcGanttView *view = _hc_window_ensure_gantt_view (window);
  HcPlan *plan = hc_document_get_plan (hc_window_get_document (window));
  g_autoptr(HcPosition) first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  g_autoptr(GPtrArray) menus = g_ptr_array_new ();
  GtkPopoverMenu *menu;

  adw_view_stack_set_visible_child_name (window->view_stack, "timeline");
  gtk_test_widget_wait_for_draw (GTK_WIDGET (window));
  hc_gantt_view_set_selected_position (view, NULL);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.menu", NULL));
  iterate ();
  collect_widgets (GTK_WIDGET (view), GTK_TYPE_POPOVER_MENU, menus);
  g_assert_cmpuint (menus->len, ==, 1);
  menu = menus->pdata[0];
  g_assert_true (menu_has_action (gtk_popover_menu_get_menu_model (menu), "win.copy-chart"));
  g_assert_false (menu_has_action (gtk_popover_menu_get_menu_model (menu), "gantt.remove"));
  gtk_popover_popdown (GTK_POPOVER (menu));

  hc_gantt_view_set_selected_position (view, hc_position_get_id (first));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "gantt.menu", NULL));
  iterate ();
  g_ptr_array_set_size (menus, 0);
  collect_widgets (GTK_WIDGET (view), GTK_TYPE_POPOVER_MENU, menus);
  g_assert_cmpuint (menus->len, ==, 1);
  menu = menus->pdata[0];
  g_assert_true (menu_has_action (gtk_popover_menu_get_menu_model (menu), "win.copy-chart"));
  g_assert_true (menu_has_action (gtk_popover_menu_get_menu_model (menu), "gantt.remove"));
  /* The item reaches the window's action from inside the view. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (menu), "win.copy-chart", NULL));
  gtk_popover_popdown (GTK_POPOVER (menu));
  destroy_window (window);
}

/* ---- screenshots ----------------------------------------------------- */

static void
save_screenshot (GtkWidget *widget, const char *name)
{
  g_autoptr(GdkTexture) texture = save_widget_screenshot (GTK_WIDGET (widget), tmp_dir, name);

  assert_shows_style (texture);
}

/* The dialog as a long plan's PNG export shows it, light and dark. */
static void
test_screenshots (void)
{
  AdwStyleManager *style = adw_style_manager_get_default ();
  g_autoptr(HcPlan) plan = chart_test_make_plan (60);
  HcWindow *window;
  HcExportDialog *dialog;

  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", ":close", NULL);
  hc_plan_set_title (plan, "Backend Team 2027");
  window = show_plan (plan);
  dialog = open_export (window);
  choose (dialog, "chart_row", "Phases");
  choose (dialog, "format_row", "PNG");
  choose (dialog, "page_row", "16:9 slide");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_LIGHT);
  save_screenshot (GTK_WIDGET (dialog), "export-dialog-light.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_FORCE_DARK);
  save_screenshot (GTK_WIDGET (dialog), "export-dialog-dark.png");
  adw_style_manager_set_color_scheme (style, ADW_COLOR_SCHEME_DEFAULT);
  gtk_window_close (GTK_WINDOW (dialog));
  iterate ();
  destroy_window (window);
}

int
main (int argc, char *argv[])
{
  int status;

  tmp_dir = ui_test_init (&argc, &argv);
  g_test_add_func ("/export/choices", test_choices);
  g_test_add_func ("/export/png-pages", test_png_pages);
  g_test_add_func ("/export/pdf-a4", test_pdf_a4);
  g_test_add_func ("/export/remembered", test_remembered);
  g_test_add_func ("/export/refused-folder", test_refused_folder);
  g_test_add_func ("/export/in-place", test_in_place);
  g_test_add_func ("/export/copy-chart", test_copy_chart);
  g_test_add_func ("/export/copy-in-context-menu", test_copy_in_context_menu);
  g_test_add_func ("/export/screenshots", test_screenshots);
  status = g_test_run ();
  ui_test_finish ();
  return status;
}
