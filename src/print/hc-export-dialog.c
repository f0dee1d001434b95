/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-export-dialog"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hc-atomic-file.h"
#include "hc-budget.h"
#include "hc-compat.h"
#include "hc-export-dialog.h"
#include "hc-plan-io.h"
#include "hc-timeline.h"

struct _HcExportDialog
{
  AdwWindow       parent_instance;

  HcDocument     *document;
  GSettings      *settings;
  GFile          *test_file;
  char           *note;
  HcExportFormat  formats[4];  /* what the format row offers now, in order */
  guint           n_formats;

  AdwComboRow    *chart_row;
  AdwComboRow    *format_row;
  AdwComboRow    *page_row;
  AdwActionRow   *split_row;
  GtkSwitch      *split_switch;
  GtkLabel       *note_label;
};

G_DEFINE_FINAL_TYPE (HcExportDialog, hc_export_dialog, ADW_TYPE_WINDOW)

enum
{
  EXPORTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of the GSettings choices and of the enums. */
static const char * const format_ids[] = { "pdf", "svg", "png", "csv" };
static const char * const chart_ids[] = { "gantt", "budget", "all" };
static const char * const page_ids[] = { "slide", "a4", "letter", "fit" };

static const struct
{
  const char *extension;
  const char *pattern;
  const char *mime_type;
  const char *label;
  const char *filter;
} format_info[] = {
  { ".pdf", "*.pdf", "application/pdf", N_("PDF"), N_("PDF Documents") },
  { ".svg", "*.svg", "image/svg+xml", N_("SVG"), N_("SVG Images") },
  { ".png", "*.png", "image/png", N_("PNG"), N_("PNG Images") },
  { ".csv", "*.csv", "text/csv", N_("CSV table"), N_("CSV Files") },
};

static guint
index_of (const char * const *ids, guint n, const char *id, guint fallback)
{
  for (guint i = 0; i < n; i++)
    if (g_strcmp0 (ids[i], id) == 0)
      return i;
  return fallback;
}

HcChartKind
hc_export_dialog_get_chart (HcExportDialog *self)
{
  g_return_val_if_fail (HC_IS_EXPORT_DIALOG (self), HC_CHART_GANTT);

  return (HcChartKind) MIN (adw_combo_row_get_selected (self->chart_row), HC_CHART_ALL);
}

HcExportFormat
hc_export_dialog_get_format (HcExportDialog *self)
{
  guint i;

  g_return_val_if_fail (HC_IS_EXPORT_DIALOG (self), HC_EXPORT_FORMAT_PDF);

  i = adw_combo_row_get_selected (self->format_row);
  return i < self->n_formats ? self->formats[i] : HC_EXPORT_FORMAT_PDF;
}

HcPageFormat
hc_export_dialog_get_page (HcExportDialog *self)
{
  g_return_val_if_fail (HC_IS_EXPORT_DIALOG (self), HC_PAGE_SLIDE);

  return (HcPageFormat) MIN (adw_combo_row_get_selected (self->page_row), HC_PAGE_FIT);
}

const char *
hc_export_dialog_get_note (HcExportDialog *self)
{
  g_return_val_if_fail (HC_IS_EXPORT_DIALOG (self), NULL);

  return self->note;
}

char *
hc_export_dialog_dup_suggested_name (HcExportDialog *self)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (HC_IS_EXPORT_DIALOG (self), NULL);

  title = hc_document_dup_title (self->document);
  g_strdelimit (title, "/\\:", '-');
  return g_strconcat (title, format_info[hc_export_dialog_get_format (self)].extension, NULL);
}

/* Says before the export what it will make, when that is more than one
 * page: a PNG or SVG of several pages is one file a page, never its first
 * page alone (hc_chart_export_full()). */
static void
update_note (HcExportDialog *self)
{
  HcExportFormat format = hc_export_dialog_get_format (self);
  HcPlan *plan = hc_document_get_plan (self->document);
  guint n = 1;

  g_clear_pointer (&self->note, g_free);
  if (format != HC_EXPORT_FORMAT_CSV)
    n = hc_chart_export_count_pages (plan, hc_export_dialog_get_chart (self), hc_export_dialog_get_page (self),
                                     gtk_switch_get_active (self->split_switch));
  if (n > 1 && format == HC_EXPORT_FORMAT_PDF)
    self->note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The PDF will have %u page.",
                                               "The PDF will have %u pages.", n), n);
  else if (n > 1)
    {
      g_autofree char *name = hc_export_dialog_dup_suggested_name (self);
      g_autofree char *first = hc_chart_export_page_path (name, 0);
      g_autofree char *last = hc_chart_export_page_path (name, n - 1);

      /* TRANSLATORS: the chart takes more pages than one image holds; the
       * names are of the first and last files, "Plan-1.png" and "Plan-4.png". */
      self->note = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                 "The chart takes %u page: it will be written as %u file, from “%s” to “%s”.",
                                                 "The chart takes %u pages: they will be written as %u files, from “%s” to “%s”.",
                                                 n),
                                    n, n, first, last);
    }
  gtk_label_set_label (self->note_label, self->note != NULL ? self->note : "");
  gtk_widget_set_visible (GTK_WIDGET (self->note_label), self->note != NULL);
}

/* Only what the export can write: both charts only as a PDF, a CSV only
 * of the budget; no page for a table, no split for the budget. */
static void
update_rows (HcExportDialog *self)
{
  HcChartKind chart = hc_export_dialog_get_chart (self);
  HcExportFormat format = hc_export_dialog_get_format (self);

  gtk_widget_set_visible (GTK_WIDGET (self->page_row), format != HC_EXPORT_FORMAT_CSV);
  /* Greyed rather than hidden: GTK 4.8 mismeasures the dialog when a row
   * with a wrapping subtitle comes back ("AdwClamp reports a minimum
   * height…"). */
  gtk_widget_set_sensitive (GTK_WIDGET (self->split_row),
                            chart != HC_CHART_BUDGET && format != HC_EXPORT_FORMAT_CSV);
  gtk_widget_set_sensitive (GTK_WIDGET (self->format_row), self->n_formats > 1);
  update_note (self);
}

static void
fill_formats (HcExportDialog *self, HcExportFormat keep)
{
  HcChartKind chart = hc_export_dialog_get_chart (self);
  g_autoptr(GtkStringList) labels = gtk_string_list_new (NULL);
  guint selected = 0;

  self->n_formats = 0;
  for (guint f = HC_EXPORT_FORMAT_PDF; f <= HC_EXPORT_FORMAT_CSV; f++)
    {
      if (chart == HC_CHART_ALL && f != HC_EXPORT_FORMAT_PDF)
        continue;
      if (f == HC_EXPORT_FORMAT_CSV && chart != HC_CHART_BUDGET)
        continue;
      if (f == keep)
        selected = self->n_formats;
      self->formats[self->n_formats++] = f;
      gtk_string_list_append (labels, _(format_info[f].label));
    }
  g_signal_handlers_block_matched (self->format_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  adw_combo_row_set_model (self->format_row, G_LIST_MODEL (labels));
  adw_combo_row_set_selected (self->format_row, selected);
  g_signal_handlers_unblock_matched (self->format_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
}

static void
on_chart_changed (HcExportDialog *self)
{
  fill_formats (self, hc_export_dialog_get_format (self));
  update_rows (self);
}

void
hc_export_dialog_set_choice (HcExportDialog *self,
                             HcChartKind     chart,
                             HcExportFormat  format,
                             HcPageFormat    page)
{
  g_return_if_fail (HC_IS_EXPORT_DIALOG (self));

  g_signal_handlers_block_matched (self->chart_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  adw_combo_row_set_selected (self->chart_row, MIN (chart, HC_CHART_ALL));
  g_signal_handlers_unblock_matched (self->chart_row, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  adw_combo_row_set_selected (self->page_row, MIN (page, HC_PAGE_FIT));
  fill_formats (self, format);
  update_rows (self);
}

static void
load_choices (HcExportDialog *self)
{
  g_autofree char *chart = NULL;
  g_autofree char *format = NULL;
  g_autofree char *page = NULL;

  if (self->settings == NULL)
    {
      hc_export_dialog_set_choice (self, HC_CHART_GANTT, HC_EXPORT_FORMAT_PDF, HC_PAGE_SLIDE);
      return;
    }
  chart = g_settings_get_string (self->settings, "last-export-chart");
  format = g_settings_get_string (self->settings, "last-export-format");
  page = g_settings_get_string (self->settings, "last-export-page");
  gtk_switch_set_active (self->split_switch, g_settings_get_boolean (self->settings, "last-export-split-time"));
  hc_export_dialog_set_choice (self,
                               index_of (chart_ids, G_N_ELEMENTS (chart_ids), chart, HC_CHART_GANTT),
                               index_of (format_ids, G_N_ELEMENTS (format_ids), format, HC_EXPORT_FORMAT_PDF),
                               index_of (page_ids, G_N_ELEMENTS (page_ids), page, HC_PAGE_SLIDE));
}

static void
save_choices (HcExportDialog *self, GFile *file)
{
  g_autoptr(GFile) folder = g_file_get_parent (file);
  g_autofree char *uri = folder != NULL ? g_file_get_uri (folder) : g_strdup ("");

  if (self->settings == NULL)
    return;
  g_settings_set_string (self->settings, "last-export-chart", chart_ids[hc_export_dialog_get_chart (self)]);
  g_settings_set_string (self->settings, "last-export-format", format_ids[hc_export_dialog_get_format (self)]);
  g_settings_set_string (self->settings, "last-export-page", page_ids[hc_export_dialog_get_page (self)]);
  g_settings_set_boolean (self->settings, "last-export-split-time", gtk_switch_get_active (self->split_switch));
  g_settings_set_string (self->settings, "last-export-folder", uri);
}

/* The last export's folder while it exists, else the plan's. */
static GFile *
dup_start_folder (HcExportDialog *self)
{
  g_autofree char *uri = self->settings != NULL ? g_settings_get_string (self->settings, "last-export-folder") : NULL;
  GFile *plan_file = hc_document_get_file (self->document);

  if (uri != NULL && *uri != '\0')
    {
      g_autoptr(GFile) folder = g_file_new_for_uri (uri);

      if (g_file_query_file_type (folder, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
        return g_steal_pointer (&folder);
    }
  return plan_file != NULL ? g_file_get_parent (plan_file) : NULL;
}

/* The file with the format's extension, in any case ("Plan.PDF"): the
 * chart library goes by it.  NULL for a file not on this computer. */
static char *
dup_export_path (GFile *file, HcExportFormat format)
{
  g_autofree char *path = g_file_get_path (file);
  g_autofree char *lower = path != NULL ? g_ascii_strdown (path, -1) : NULL;
  const char *extension = format_info[format].extension;

  if (path == NULL || g_str_has_suffix (lower, extension))
    return g_steal_pointer (&path);
  return g_strconcat (path, extension, NULL);
}

static gboolean
write_csv (HcExportDialog *self, const char *path, GError **error)
{
  HcPlan *plan = hc_document_get_plan (self->document);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  char *csv = hc_budget_to_csv (budget, plan);
  g_autoptr(GBytes) bytes = g_bytes_new_take (csv, strlen (csv));

  return hc_file_replace_atomically (file, bytes, NULL, error);
}

/* A sentence for the toast: which files the export wrote. */
static char *
describe_written (HcExportFormat format, const char * const *written)
{
  guint n = g_strv_length ((char **) written);
  g_autofree char *first = g_path_get_basename (written[0]);
  g_autofree char *last = g_path_get_basename (written[n - 1]);

  if (format == HC_EXPORT_FORMAT_CSV)
    return g_strdup_printf (_("Budget exported to “%s”"), first);
  if (n == 1)
    return g_strdup_printf (_("Chart exported to “%s”"), first);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Chart exported as %u file, “%s” to “%s”",
                                       "Chart exported as %u files, “%s” to “%s”", n),
                          n, first, last);
}

static void
show_failure (HcExportDialog *self, const char *message)
{
  const HcAlertResponse responses[] = {
    { "close", _("_Close"), HC_RESPONSE_DEFAULT },
  };
  g_autofree char *body = g_strdup_printf (_("%s\n\nThe plan is unchanged. Choose another folder, or free "
                                             "some space, and export again."),
                                           message);

  hc_compat_alert_show (GTK_WINDOW (self), _("Could Not Export"), body, responses,
                        G_N_ELEMENTS (responses), "close", "close", NULL, NULL);
}

/* A folder that takes no new file but lets the chosen one be written,
 * as the Flatpak document portal does: an export can be made again, so it
 * is written over in place rather than refused (a plan's save asks). */
static gboolean
write_in_place (HcExportDialog *self, const char *path, GError **error)
{
  HcExportFormat format = hc_export_dialog_get_format (self);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFileOutputStream) stream = NULL;
  gboolean ok;

  if (format == HC_EXPORT_FORMAT_CSV)
    {
      HcPlan *plan = hc_document_get_plan (self->document);
      g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
      g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
      g_autofree char *csv = hc_budget_to_csv (budget, plan);

      return g_file_replace_contents (file, csv, strlen (csv), NULL, FALSE, G_FILE_CREATE_NONE,
                                      NULL, NULL, error);
    }
  /* One file only: the other pages' files could not be made either. */
  if (format != HC_EXPORT_FORMAT_PDF &&
      hc_chart_export_count_pages (hc_document_get_plan (self->document), hc_export_dialog_get_chart (self),
                                   hc_export_dialog_get_page (self),
                                   gtk_switch_get_active (self->split_switch)) > 1)
    {
      g_autofree char *name = g_filename_display_name (path);

      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                   _("Could not export to “%s”: the chart takes several pages, one file each, and its "
                     "folder does not allow new files; export a PDF or a “fit” page"), name);
      return FALSE;
    }
  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, NULL, error);
  if (stream == NULL)
    return FALSE;
  /* The formats share their order with HcChartFormat. */
  ok = hc_chart_export_to_stream (hc_document_get_plan (self->document), G_OUTPUT_STREAM (stream),
                                  (HcChartFormat) format, hc_export_dialog_get_chart (self),
                                  hc_export_dialog_get_page (self), 0,
                                  gtk_switch_get_active (self->split_switch), error);
  if (!ok)
    {
      /* Cancelled, the stream drops what it wrote where it can. */
      g_autoptr(GCancellable) cancelled = g_cancellable_new ();

      g_cancellable_cancel (cancelled);
      g_output_stream_close (G_OUTPUT_STREAM (stream), cancelled, NULL);
      return FALSE;
    }
  return g_output_stream_close (G_OUTPUT_STREAM (stream), NULL, error);
}

static gboolean
export_to_path (HcExportDialog *self, const char *path, GStrv *written, GError **error)
{
  HcExportFormat format = hc_export_dialog_get_format (self);
  const char *single[] = { path, NULL };
  g_autoptr(GError) local_error = NULL;

  if (format == HC_EXPORT_FORMAT_CSV)
    {
      if (!write_csv (self, path, &local_error))
        goto failed;
      *written = g_strdupv ((char **) single);
      return TRUE;
    }
  if (hc_chart_export_full (hc_document_get_plan (self->document), path, hc_export_dialog_get_chart (self),
                            hc_export_dialog_get_page (self), 0, gtk_switch_get_active (self->split_switch),
                            written, &local_error))
    return TRUE;

failed:
  if (!g_error_matches (local_error, HC_ATOMIC_FILE_ERROR, HC_ATOMIC_FILE_ERROR_NEEDS_IN_PLACE))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  if (!write_in_place (self, path, error))
    return FALSE;
  *written = g_strdupv ((char **) single);
  return TRUE;
}

gboolean
hc_export_dialog_export_to (HcExportDialog *self,
                            GFile          *file)
{
  HcExportFormat format;
  g_autofree char *path = NULL;
  g_autofree char *message = NULL;
  g_auto(GStrv) written = NULL;
  g_autoptr(GError) error = NULL;

  g_return_val_if_fail (HC_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  format = hc_export_dialog_get_format (self);
  path = dup_export_path (file, format);
  if (path == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_autofree char *text = g_strdup_printf (_("Could not export to “%s”: Headcount writes exports only to "
                                                 "folders on this computer"), uri);

      show_failure (self, text);
      return FALSE;
    }
  if (!export_to_path (self, path, &written, &error))
    {
      show_failure (self, error->message);
      return FALSE;
    }
  save_choices (self, file);
  message = describe_written (format, (const char * const *) written);
  g_signal_emit (self, signals[EXPORTED], 0, message);
  gtk_window_destroy (GTK_WINDOW (self));
  return TRUE;
}

static void
on_file_chosen (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(HcExportDialog) self = user_data;

  if (file != NULL)
    hc_export_dialog_export_to (self, file);
}

static void
action_choose_file (GtkWidget  *widget,
                    const char *action_name,
                    GVariant   *param)
{
  HcExportDialog *self = HC_EXPORT_DIALOG (widget);
  HcExportFormat format = hc_export_dialog_get_format (self);
  g_autofree char *name = NULL;
  g_autoptr(GFile) folder = NULL;

  if (self->test_file != NULL)
    {
      g_autoptr(GFile) file = g_object_ref (self->test_file);

      hc_export_dialog_export_to (self, file);
      return;
    }
  name = hc_export_dialog_dup_suggested_name (self);
  folder = dup_start_folder (self);
  hc_compat_choose_export_file (GTK_WINDOW (self), _("Export"), name, folder,
                                _(format_info[format].filter), format_info[format].mime_type,
                                format_info[format].pattern,
                                on_file_chosen, g_object_ref (self));
}

void
_hc_export_dialog_set_test_file (HcExportDialog *self,
                                 GFile          *file)
{
  g_return_if_fail (HC_IS_EXPORT_DIALOG (self));

  g_set_object (&self->test_file, file);
}

static void
hc_export_dialog_dispose (GObject *object)
{
  HcExportDialog *self = HC_EXPORT_DIALOG (object);

  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->test_file);
  g_clear_pointer (&self->note, g_free);
  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_EXPORT_DIALOG);

  G_OBJECT_CLASS (hc_export_dialog_parent_class)->dispose (object);
}

static void
hc_export_dialog_class_init (HcExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_export_dialog_dispose;

  /* ::exported (message): the export is written; @message says where. */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/headcount/Headcount/ui/hc-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, chart_row);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, page_row);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, split_row);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, split_switch);
  gtk_widget_class_bind_template_child (widget_class, HcExportDialog, note_label);
  gtk_widget_class_install_action (widget_class, "export.choose-file", NULL, action_choose_file);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hc_export_dialog_init (HcExportDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
hc_export_dialog_new (GtkWindow  *parent,
                      HcDocument *document,
                      GSettings  *settings)
{
  HcExportDialog *self;

  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (HC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HC_TYPE_EXPORT_DIALOG, "transient-for", parent, NULL);
  self->document = g_object_ref (document);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  load_choices (self);
  g_signal_connect_swapped (self->chart_row, "notify::selected", G_CALLBACK (on_chart_changed), self);
  g_signal_connect_swapped (self->format_row, "notify::selected", G_CALLBACK (update_rows), self);
  g_signal_connect_swapped (self->page_row, "notify::selected", G_CALLBACK (update_note), self);
  g_signal_connect_swapped (self->split_switch, "notify::active", G_CALLBACK (update_note), self);
  return GTK_WIDGET (self);
}
