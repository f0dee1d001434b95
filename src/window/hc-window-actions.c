/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-window-actions"

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "hc-application.h"
#include "hc-chart-image.h"
#include "hc-compat.h"
#include "hc-export-dialog.h"
#include "hc-plan-edits.h"
#include "hc-plan-io.h"
#include "hc-plan-properties.h"
#include "hc-print-preview.h"
#include "hc-roles-dialog.h"
#include "hc-templates.h"
#include "hc-validate.h"
#include "hc-window-private.h"

static GFile *
get_folder (HcWindow *self)
{
  GFile *file = self->document != NULL ? hc_document_get_file (self->document) : NULL;

  return file != NULL ? g_file_get_parent (file) : NULL;
}

static void
on_open_chosen (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(HcWindow) self = user_data;

  if (file != NULL)
    hc_window_open_file (self, file);
}

static void
action_open (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);
  g_autoptr(GFile) folder = get_folder (self);

  hc_compat_choose_plan_file (GTK_WINDOW (self), _("Open a Plan"), NULL, folder,
                              on_open_chosen, g_object_ref (self));
}

static void
action_open_uri (GtkWidget  *widget,
                 const char *action_name,
                 GVariant   *param)
{
  g_autoptr(GFile) file = g_file_new_for_uri (g_variant_get_string (param, NULL));

  hc_window_open_file (HC_WINDOW (widget), file);
}

/* New plans take the currency the person works in, if it is one a plan
 * may hold: the setting can be written by hand ("usd"), and a plan with
 * it would be refused the next time it is opened. */
static void
apply_default_currency (HcPlan    *plan,
                        GSettings *settings)
{
  g_autofree char *currency = g_settings_get_string (settings, "default-currency");
  g_autoptr(GError) error = NULL;

  if (!hc_validate_currency (currency, "default-currency", &error))
    {
      g_message ("Not using the setting: %s", error->message);
      return;
    }
  hc_plan_set_currency (plan, currency);
}

/* In this window if it shows no plan, else in a new one. */
static void
show_new_plan (HcWindow *self,
               HcPlan   *plan)
{
  g_autoptr(HcDocument) document = NULL;
  GSettings *settings = hc_application_get_settings (HC_APPLICATION (g_application_get_default ()));

  if (settings != NULL)
    apply_default_currency (plan, settings);
  document = hc_document_new (plan, NULL);
  hc_application_show_document (HC_APPLICATION (g_application_get_default ()), document, self);
}

static void
action_new_from_template (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load (g_variant_get_string (param, NULL), &error);

  if (plan == NULL)
    {
      _hc_window_show_error (self, _("Could Not Start the Plan"), error->message);
      return;
    }
  show_new_plan (self, plan);
}

/* The guide's roles and phases, no positions, "Untitled Plan". */
static void
action_new_blank (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();

  show_new_plan (HC_WINDOW (widget), plan);
}

typedef struct
{
  HcWindow *window;
  gboolean  then_close;
} SaveRequest;

static void save_to_full (HcWindow            *self,
                          GFile               *file,
                          HcDocumentSaveFlags  flags,
                          gboolean             then_close);

static void
on_save_error_answer (const char *response,
                      gpointer    user_data)
{
  HcWindow *self = user_data;

  if (g_strcmp0 (response, "save-as") == 0)
    _hc_window_save_as (self, self->close_after_save);
  else if (g_strcmp0 (response, "overwrite") == 0)
    save_to_full (self, NULL, HC_DOCUMENT_SAVE_OVERWRITE, self->close_after_save);
  else if (g_strcmp0 (response, "in-place") == 0)
    save_to_full (self, NULL, HC_DOCUMENT_SAVE_OVERWRITE | HC_DOCUMENT_SAVE_IN_PLACE,
                  self->close_after_save);
  else if (g_strcmp0 (response, "reload") == 0)
    gtk_widget_activate_action (GTK_WIDGET (self), "win.reload", NULL);
}

/* Another program changed the file: never overwrite it without asking. */
static void
report_conflict (HcWindow     *self,
                 const GError *error)
{
  const HcAlertResponse responses[] = {
    { "cancel", _("_Cancel"), HC_RESPONSE_DEFAULT },
    { "reload", _("_Reload"), HC_RESPONSE_DEFAULT },
    { "save-as", _("Save _As…"), HC_RESPONSE_SUGGESTED },
    { "overwrite", _("Save _Anyway"), HC_RESPONSE_DESTRUCTIVE },
  };
  g_autofree char *body = g_strdup_printf (_("%s\n\nReload to see the other program’s version "
                                             "(your changes stay in the undo history), save "
                                             "yours somewhere else, or save anyway and replace "
                                             "the other version."),
                                           error->message);

  gtk_revealer_set_reveal_child (self->disk_banner, TRUE);
  hc_compat_alert_show (GTK_WINDOW (self), _("The Plan Was Changed by Another Program"), body,
                        responses, G_N_ELEMENTS (responses), "cancel", "cancel",
                        on_save_error_answer, self);
}

/* The folder refuses a temporary file: write in place only once the user
 * knows that a crash then could damage the file. */
static void
report_needs_in_place (HcWindow     *self,
                       const GError *error)
{
  const HcAlertResponse responses[] = {
    { "cancel", _("_Cancel"), HC_RESPONSE_DEFAULT },
    { "save-as", _("Save _As…"), HC_RESPONSE_SUGGESTED },
    { "in-place", _("_Write in Place"), HC_RESPONSE_DESTRUCTIVE },
  };
  g_autofree char *body = g_strdup_printf (_("%s\n\nSave it somewhere else, or write over "
                                             "the file itself."),
                                           error->message);

  hc_compat_alert_show (GTK_WINDOW (self), _("Save Without a Safety Copy?"), body,
                        responses, G_N_ELEMENTS (responses), "save-as", "cancel",
                        on_save_error_answer, self);
}

static void
report_save_error (HcWindow     *self,
                   const GError *error)
{
  const HcAlertResponse responses[] = {
    { "cancel", _("_Cancel"), HC_RESPONSE_DEFAULT },
    { "save-as", _("Save _As…"), HC_RESPONSE_SUGGESTED },
  };
  g_autofree char *body = NULL;

  g_free (self->last_error);
  self->last_error = g_strdup (error->message);
  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_WRONG_ETAG))
    {
      report_conflict (self, error);
      return;
    }
  if (g_error_matches (error, HC_ATOMIC_FILE_ERROR, HC_ATOMIC_FILE_ERROR_NEEDS_IN_PLACE))
    {
      report_needs_in_place (self, error);
      return;
    }
  body = g_strdup_printf (_("%s\n\nThe plan is still unsaved. Save it somewhere else to keep the changes."),
                          error->message);
  hc_compat_alert_show (GTK_WINDOW (self), _("Could Not Save the Plan"), body,
                        responses, G_N_ELEMENTS (responses), "save-as", "cancel",
                        on_save_error_answer, self);
}

/* What a good save could not keep of the old file, in a toast. */
static const char *
describe_notes (HcAtomicFileNotes notes)
{
  if (notes & HC_ATOMIC_FILE_WRITTEN_IN_PLACE)
    return _("Plan saved in place");
  if (notes & HC_ATOMIC_FILE_LINKS_BROKEN)
    return _("Plan saved. Other hard links to the file still show the old plan");
  if (notes & HC_ATOMIC_FILE_OWNER_CHANGED)
    return _("Plan saved. The file now belongs to you, not to its former owner");
  return _("Plan saved");
}

static void
on_saved (GObject      *object,
          GAsyncResult *result,
          gpointer      user_data)
{
  SaveRequest *request = user_data;
  HcWindow *self = request->window;
  g_autoptr(GError) error = NULL;
  HcAtomicFileNotes notes = HC_ATOMIC_FILE_KEPT_ALL;

  self->busy--;
  if (!hc_document_save_full_finish (HC_DOCUMENT (object), result, &notes, &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        report_save_error (self, error);
    }
  else
    {
      g_autofree char *uri = g_file_get_uri (hc_document_get_file (HC_DOCUMENT (object)));

      gtk_recent_manager_add_item (gtk_recent_manager_get_default (), uri);
      _hc_window_toast (self, describe_notes (notes));
      if (request->then_close && !hc_document_get_modified (HC_DOCUMENT (object)))
        gtk_window_close (GTK_WINDOW (self));
    }
  g_object_unref (request->window);
  g_free (request);
}

static void
save_to_full (HcWindow            *self,
              GFile               *file,
              HcDocumentSaveFlags  flags,
              gboolean             then_close)
{
  SaveRequest *request;

  if (self->document == NULL)
    return;
  if (file == NULL && hc_document_get_file (self->document) == NULL)
    {
      _hc_window_save_as (self, then_close);
      return;
    }
  request = g_new0 (SaveRequest, 1);
  request->window = g_object_ref (self);
  request->then_close = then_close;
  self->close_after_save = then_close;
  self->busy++;
  gtk_revealer_set_reveal_child (self->disk_banner, FALSE);
  hc_document_save_full_async (self->document, file, flags, self->cancellable, on_saved, request);
}

void
_hc_window_save_to (HcWindow *self,
                    GFile    *file,
                    gboolean  then_close)
{
  g_return_if_fail (HC_IS_WINDOW (self));

  save_to_full (self, file, HC_DOCUMENT_SAVE_NONE, then_close);
}

static void
on_save_as_chosen (GFile    *file,
                   gpointer  user_data)
{
  g_autoptr(HcWindow) self = user_data;

  if (file != NULL)
    _hc_window_save_to (self, file, self->close_after_save);
}

static char *
suggest_file_name (HcDocument *document,
                   const char *extension)
{
  g_autofree char *title = hc_document_dup_title (document);

  g_strdelimit (title, "/\\:", '-');
  return g_strconcat (title, extension, NULL);
}

void
_hc_window_save_as (HcWindow *self,
                    gboolean  then_close)
{
  g_autoptr(GFile) folder = NULL;
  g_autofree char *name = NULL;

  if (self->document == NULL)
    return;
  folder = get_folder (self);
  name = suggest_file_name (self->document, ".headcount");
  self->close_after_save = then_close;
  hc_compat_choose_plan_file (GTK_WINDOW (self), _("Save the Plan"), name, folder,
                              on_save_as_chosen, g_object_ref (self));
}

static void
action_save (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  _hc_window_save_to (HC_WINDOW (widget), NULL, FALSE);
}

static void
action_save_as (GtkWidget  *widget,
                const char *action_name,
                GVariant   *param)
{
  _hc_window_save_as (HC_WINDOW (widget), FALSE);
}

static void
action_close (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  gtk_window_close (GTK_WINDOW (widget));
}

static void
action_undo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);

  if (self->document != NULL)
    hc_document_undo (self->document);
}

static void
action_redo (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);

  if (self->document != NULL)
    hc_document_redo (self->document);
}

static void
on_exported (HcWindow   *self,
             const char *message)
{
  _hc_window_toast (self, message);
}

HcExportDialog *
_hc_window_show_export_dialog (HcWindow *self)
{
  GtkWidget *dialog;

  g_return_val_if_fail (HC_IS_WINDOW (self), NULL);

  if (self->document == NULL)
    return NULL;
  dialog = hc_export_dialog_new (GTK_WINDOW (self), self->document, self->settings);
  g_signal_connect_object (dialog, "exported", G_CALLBACK (on_exported), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
  return HC_EXPORT_DIALOG (dialog);
}

static void
action_export (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  _hc_window_show_export_dialog (HC_WINDOW (widget));
}

/* The budget page's "Export CSV…": the export dialog, on the budget's
 * table, the other choices a click away. */
static void
action_export_csv (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  HcExportDialog *dialog = _hc_window_show_export_dialog (HC_WINDOW (widget));

  if (dialog != NULL)
    hc_export_dialog_set_choice (dialog, HC_CHART_BUDGET, HC_EXPORT_FORMAT_CSV,
                                 hc_export_dialog_get_page (dialog));
}

/* The whole phase chart as one image for a deck: PNG bytes for the apps
 * that take image/png (ours, from the fast writer), the texture for the
 * rest (GTK converts it on request). */
gboolean
_hc_window_copy_chart (HcWindow *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) png = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autoptr(GdkContentProvider) provider = NULL;
  GdkContentProvider *providers[2];

  g_return_val_if_fail (HC_IS_WINDOW (self), FALSE);

  if (self->document == NULL)
    return FALSE;
  png = hc_chart_render_gantt_png (hc_document_get_plan (self->document), 0, NULL, NULL, &error);
  if (png != NULL)
    texture = gdk_texture_new_from_bytes (png, &error);
  if (texture == NULL)
    {
      _hc_window_show_error (self, _("Could Not Copy the Chart"), error->message);
      return FALSE;
    }
  providers[0] = gdk_content_provider_new_for_bytes ("image/png", png);
  providers[1] = gdk_content_provider_new_typed (GDK_TYPE_TEXTURE, texture);
  provider = gdk_content_provider_new_union (providers, G_N_ELEMENTS (providers));
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
  _hc_window_toast (self, _("Chart copied"));
  return TRUE;
}

static void
action_copy_chart (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  _hc_window_copy_chart (HC_WINDOW (widget));
}

/* The pages as they will print, with the app's print options, before the
 * system dialog: see hc-print-preview.h. */
static void
action_print (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);
  GtkWidget *preview;

  if (self->document == NULL)
    return;
  preview = hc_print_preview_new (self->document, self->settings);
  gtk_window_set_transient_for (GTK_WINDOW (preview), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (preview));
}

static void
action_add_position (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);
  g_autoptr(HcPosition) position = NULL;

  if (self->document == NULL)
    return;
  hc_document_begin_edit (self->document, _("Add Position"), NULL);
  position = hc_plan_edit_add_position (hc_document_get_plan (self->document), NULL);
  hc_document_end_edit (self->document);
  adw_flap_set_reveal_flap (self->flap, TRUE);
  hc_composition_editor_edit_position (self->editor, hc_position_get_id (position));
}

static void
action_roles_phases (GtkWidget  *widget,
                     const char *action_name,
                     GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);
  GtkWidget *dialog;

  if (self->document == NULL)
    return;
  dialog = hc_roles_dialog_new (self->document);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
action_plan_properties (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);
  GtkWidget *dialog;

  if (self->document == NULL)
    return;
  dialog = hc_plan_properties_new (self->document);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
on_reloaded (GObject      *object,
             GAsyncResult *result,
             gpointer      user_data)
{
  g_autoptr(HcWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  self->busy--;
  if (!hc_document_reload_finish (HC_DOCUMENT (object), result, _("Reload from Disk"), &error)
      && !g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    _hc_window_show_error (self, _("Could Not Reload the Plan"), error->message);
}

static void
action_reload (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);
  GFile *file = self->document != NULL ? hc_document_get_file (self->document) : NULL;

  gtk_revealer_set_reveal_child (self->disk_banner, FALSE);
  if (file == NULL)
    return;
  self->busy++;
  hc_document_reload_async (self->document, self->cancellable, on_reloaded, g_object_ref (self));
}

static void
action_dismiss_reload (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  gtk_revealer_set_reveal_child (HC_WINDOW (widget)->disk_banner, FALSE);
}

/* One edit, undoable like any other: the current benchmark set for every
 * figure still at the older set's default. */
static void
action_update_benchmarks (GtkWidget  *widget,
                          const char *action_name,
                          GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);

  if (self->document == NULL)
    return;
  hc_document_begin_edit (self->document, _("Update Benchmarks"), NULL);
  hc_plan_update_benchmarks (hc_document_get_plan (self->document));
  hc_document_end_edit (self->document);
}

static void
action_dismiss_benchmarks (GtkWidget  *widget,
                           const char *action_name,
                           GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);

  self->benchmarks_dismissed = TRUE;
  gtk_revealer_set_reveal_child (self->benchmarks_banner, FALSE);
}

static void
action_toggle_sidebar (GtkWidget  *widget,
                       const char *action_name,
                       GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);

  adw_flap_set_reveal_flap (self->flap, !adw_flap_get_reveal_flap (self->flap));
}

static void
action_show_page (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);

  adw_view_stack_set_visible_child_name (self->view_stack, g_variant_get_string (param, NULL));
}

/* Zoom is the timeline's: Ctrl+plus and friends bring it into view. */
static void
action_zoom (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HcWindow *self = HC_WINDOW (widget);
  HcGanttView *view;

  if (self->document == NULL)
    return;
  view = _hc_window_ensure_gantt_view (self);
  adw_view_stack_set_visible_child_name (self->view_stack, "timeline");
  gtk_widget_activate_action (GTK_WIDGET (view), "gantt.zoom", "s", g_variant_get_string (param, NULL));
}

void
_hc_window_class_add_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.open", NULL, action_open);
  gtk_widget_class_install_action (widget_class, "win.open-uri", "s", action_open_uri);
  gtk_widget_class_install_action (widget_class, "win.new-from-template", "s", action_new_from_template);
  gtk_widget_class_install_action (widget_class, "win.new-blank", NULL, action_new_blank);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, action_save);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, action_save_as);
  gtk_widget_class_install_action (widget_class, "win.close", NULL, action_close);
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, action_undo);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, action_redo);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, action_export);
  gtk_widget_class_install_action (widget_class, "win.export-csv", NULL, action_export_csv);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, action_print);
  gtk_widget_class_install_action (widget_class, "win.copy-chart", NULL, action_copy_chart);
  gtk_widget_class_install_action (widget_class, "win.add-position", NULL, action_add_position);
  gtk_widget_class_install_action (widget_class, "win.roles-phases", NULL, action_roles_phases);
  gtk_widget_class_install_action (widget_class, "win.plan-properties", NULL, action_plan_properties);
  gtk_widget_class_install_action (widget_class, "win.reload", NULL, action_reload);
  gtk_widget_class_install_action (widget_class, "win.dismiss-reload", NULL, action_dismiss_reload);
  gtk_widget_class_install_action (widget_class, "win.update-benchmarks", NULL, action_update_benchmarks);
  gtk_widget_class_install_action (widget_class, "win.dismiss-benchmarks", NULL, action_dismiss_benchmarks);
  gtk_widget_class_install_action (widget_class, "win.toggle-sidebar", NULL, action_toggle_sidebar);
  gtk_widget_class_install_action (widget_class, "win.show-page", "s", action_show_page);
  gtk_widget_class_install_action (widget_class, "win.zoom", "s", action_zoom);
}

void
_hc_window_update_actions (HcWindow *self)
{
  gboolean has_plan = self->document != NULL;
  HcUndoStack *undo = has_plan ? hc_document_get_undo_stack (self->document) : NULL;
  static const char * const plan_actions[] = {
    "win.save", "win.save-as", "win.export", "win.export-csv", "win.copy-chart",
    "win.print", "win.add-position", "win.roles-phases", "win.plan-properties",
    "win.toggle-sidebar", "win.show-page", "win.zoom",
  };

  for (guint i = 0; i < G_N_ELEMENTS (plan_actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), plan_actions[i], has_plan);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 undo != NULL && hc_undo_stack_can_undo (undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 undo != NULL && hc_undo_stack_can_redo (undo));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.reload",
                                 has_plan && hc_document_get_file (self->document) != NULL);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.update-benchmarks",
                                 has_plan && hc_plan_has_older_benchmarks (hc_document_get_plan (self->document)));
}

void
_hc_window_update_undo_menu (HcWindow *self)
{
  HcUndoStack *undo = self->document != NULL ? hc_document_get_undo_stack (self->document) : NULL;
  const char *undo_label = undo != NULL ? hc_undo_stack_get_undo_label (undo) : NULL;
  const char *redo_label = undo != NULL ? hc_undo_stack_get_redo_label (undo) : NULL;
  g_autofree char *undo_text = NULL;
  g_autofree char *redo_text = NULL;

  /* The menu names the step, as a person would: "Undo Change Count". */
  undo_text = undo_label != NULL ? g_strdup_printf (_("_Undo %s"), undo_label) : g_strdup (_("_Undo"));
  redo_text = redo_label != NULL ? g_strdup_printf (_("_Redo %s"), redo_label) : g_strdup (_("_Redo"));
  g_menu_remove_all (self->undo_section);
  g_menu_append (self->undo_section, undo_text, "win.undo");
  g_menu_append (self->undo_section, redo_text, "win.redo");
}
