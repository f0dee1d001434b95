/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-print"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-compat.h"
#include "hc-print-preview.h"

/* Room around the sheet in the preview, in pixels. */
#define SHEET_PADDING 24.0

struct _HcPrintPreview
{
  AdwWindow          parent_instance;

  HcDocument        *document;
  GSettings         *settings;
  GtkPageSetup      *page_setup;
  GtkPrintSettings  *print_settings;
  HcPrintOptions     options;
  HcChartPages      *pages;
  guint              page;
  cairo_surface_t   *sheet;      /* the page shown, drawn (draw_sheet()) */
  gulong             changed_id;
  char              *last_error;
  gboolean           syncing;    /* setting the option widgets from the options */

  GtkDrawingArea    *page_area;
  GtkLabel          *page_label;
  GtkToggleButton   *fit_width_button;
  GtkToggleButton   *actual_size_button;
  GtkCheckButton    *budget_check;
};

G_DEFINE_FINAL_TYPE (HcPrintPreview, hc_print_preview, ADW_TYPE_WINDOW)

static void
update_page_controls (HcPrintPreview *self)
{
  guint n = hc_chart_pages_get_n_pages (self->pages);
  g_autofree char *text = g_strdup_printf (_("Page %u of %u"), self->page + 1, n);

  gtk_label_set_label (self->page_label, text);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.previous-page", self->page > 0);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "preview.next-page", self->page + 1 < n);
  g_clear_pointer (&self->sheet, cairo_surface_destroy);
  gtk_widget_queue_draw (GTK_WIDGET (self->page_area));
}

/* Lays the pages out again: after an edit, another paper or option.  The
 * page shown stays where it can. */
static void
rebuild_pages (HcPrintPreview *self)
{
  HcPlan *plan = hc_document_get_plan (self->document);

  g_clear_pointer (&self->pages, hc_chart_pages_unref);
  self->pages = hc_print_make_pages (plan, self->page_setup, &self->options, NULL);
  self->page = MIN (self->page, hc_chart_pages_get_n_pages (self->pages) - 1);
  update_page_controls (self);
}

static void
sync_option_widgets (HcPrintPreview *self)
{
  self->syncing = TRUE;
  gtk_toggle_button_set_active (self->actual_size_button, self->options.actual_size);
  gtk_toggle_button_set_active (self->fit_width_button, !self->options.actual_size);
  gtk_check_button_set_active (self->budget_check, self->options.budget_page);
  self->syncing = FALSE;
}

static void
options_changed (HcPrintPreview *self)
{
  hc_print_save (self->settings, NULL, NULL, &self->options);
  rebuild_pages (self);
}

static void
on_scale_toggled (HcPrintPreview  *self,
                  GtkToggleButton *button)
{
  gboolean actual = gtk_toggle_button_get_active (self->actual_size_button);

  /* Of a group's two "toggled", only the one that settles it counts. */
  if (self->syncing || !gtk_toggle_button_get_active (button) || actual == self->options.actual_size)
    return;
  self->options.actual_size = actual;
  options_changed (self);
}

static void
on_budget_toggled (HcPrintPreview *self,
                   GtkCheckButton *button)
{
  gboolean budget = gtk_check_button_get_active (button);

  if (self->syncing || budget == self->options.budget_page)
    return;
  self->options.budget_page = budget;
  options_changed (self);
}

/* The sheet is drawn at twice the pixels it is shown with: GTK's image
 * surfaces round glyph positions to whole pixels, which at a preview's
 * small type closes up the spaces between words. */
#define SHEET_SUPERSAMPLE 2

/* The sheet as the paper, @scale pixels a point: its margins blank, the
 * chart in its printable area, always in the light style, whatever the
 * desktop's. */
static cairo_surface_t *
render_sheet (HcPrintPreview *self,
              int             width,
              int             height,
              double          scale,
              int             factor)
{
  const HcChartStyle *style = hc_chart_style_get_light ();
  cairo_surface_t *sheet = cairo_image_surface_create (CAIRO_FORMAT_RGB24, width * factor, height * factor);
  cairo_t *cr = cairo_create (sheet);

  cairo_scale (cr, factor, factor);
  hc_chart_style_set_source (cr, style->background);
  cairo_paint (cr);
  cairo_translate (cr, gtk_page_setup_get_left_margin (self->page_setup, GTK_UNIT_POINTS) * scale,
                   gtk_page_setup_get_top_margin (self->page_setup, GTK_UNIT_POINTS) * scale);
  cairo_scale (cr, scale * 72.0 / HC_CHART_UNITS_PER_INCH, scale * 72.0 / HC_CHART_UNITS_PER_INCH);
  hc_chart_pages_paint (self->pages, cr, self->page, style);
  cairo_destroy (cr);
  return sheet;
}

static void
draw_sheet (GtkDrawingArea *area,
            cairo_t        *cr,
            int             width,
            int             height,
            gpointer        user_data)
{
  HcPrintPreview *self = user_data;
  int factor = SHEET_SUPERSAMPLE * gtk_widget_get_scale_factor (GTK_WIDGET (area));
  double paper_w = gtk_page_setup_get_paper_width (self->page_setup, GTK_UNIT_POINTS);
  double paper_h = gtk_page_setup_get_paper_height (self->page_setup, GTK_UNIT_POINTS);
  double scale, x, y;
  int sheet_w, sheet_h;

  if (self->pages == NULL || paper_w <= 0 || paper_h <= 0)
    return;
  scale = MIN ((width - 2 * SHEET_PADDING) / paper_w, (height - 2 * SHEET_PADDING) / paper_h);
  sheet_w = (int) floor (paper_w * scale);
  sheet_h = (int) floor (paper_h * scale);
  if (sheet_w <= 0 || sheet_h <= 0)
    return;
  x = floor ((width - sheet_w) / 2.0);
  y = floor ((height - sheet_h) / 2.0);

  /* Kept until the page, its layout or the size changes. */
  if (self->sheet == NULL || cairo_image_surface_get_width (self->sheet) != sheet_w * factor
      || cairo_image_surface_get_height (self->sheet) != sheet_h * factor)
    {
      g_clear_pointer (&self->sheet, cairo_surface_destroy);
      self->sheet = render_sheet (self, sheet_w, sheet_h, scale, factor);
    }

  /* A shadow, then the sheet: it stands out on a light window too. */
  cairo_set_source_rgba (cr, 0, 0, 0, 0.18);
  cairo_rectangle (cr, x + 1, y + 2, sheet_w, sheet_h);
  cairo_fill (cr);
  cairo_translate (cr, x, y);
  cairo_scale (cr, 1.0 / factor, 1.0 / factor);
  cairo_set_source_surface (cr, self->sheet, 0, 0);
  cairo_pattern_set_filter (cairo_get_source (cr), CAIRO_FILTER_GOOD);
  cairo_paint (cr);
}

static void
show_error (HcPrintPreview *self,
            const char     *message)
{
  static const HcAlertResponse responses[] = {
    { "close", N_("_Close"), HC_RESPONSE_DEFAULT },
  };
  HcAlertResponse translated = responses[0];

  g_free (self->last_error);
  self->last_error = g_strdup (message);
  translated.label = _(responses[0].label);
  hc_compat_alert_show (GTK_WINDOW (self), _("Could Not Print"), message, &translated, 1,
                        "close", "close", NULL, NULL);
}

static void
on_print_done (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               gpointer                 user_data)
{
  g_autoptr(HcPrintPreview) self = user_data;
  HcPrintOperation *print = HC_PRINT_OPERATION (operation);

  g_signal_handlers_disconnect_by_func (operation, on_print_done, user_data);
  if (hc_print_operation_get_refusal (print) != NULL)
    {
      show_error (self, hc_print_operation_get_refusal (print)->message);
      return;
    }
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      g_autoptr(GError) error = NULL;
      g_autofree char *message = NULL;

      gtk_print_operation_get_error (operation, &error);
      message = hc_print_operation_describe_error (print, error);
      show_error (self, message);
      return;
    }
  if (result != GTK_PRINT_OPERATION_RESULT_APPLY)
    return;
  /* What the person chose in the dialog is where the next print starts. */
  g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
  if (hc_print_operation_get_used_page_setup (print) != NULL)
    {
      g_clear_object (&self->page_setup);
      self->page_setup = gtk_page_setup_copy (hc_print_operation_get_used_page_setup (print));
    }
  hc_print_save (self->settings, self->page_setup, self->print_settings, NULL);
  gtk_window_close (GTK_WINDOW (self));
}

void
hc_print_preview_print (HcPrintPreview          *self,
                        GtkPrintOperationAction  action,
                        const char              *export_filename)
{
  g_autoptr(HcPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  g_return_if_fail (HC_IS_PRINT_PREVIEW (self));
  g_return_if_fail (action != GTK_PRINT_OPERATION_ACTION_EXPORT || export_filename != NULL);

  operation = hc_print_operation_new (hc_document_get_plan (self->document), self->page_setup,
                                      self->print_settings, &self->options);
  if (export_filename != NULL)
    gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), export_filename);
  /* An export's file is opened before begin-print: asked here first. */
  if (!hc_print_operation_check_output (operation, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);
  g_signal_connect (operation, "done", G_CALLBACK (on_print_done), g_object_ref (self));
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation), action, GTK_WINDOW (self), &error);
  /* A run that fails before it starts emits no "done". */
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR
      && g_signal_handlers_disconnect_by_func (operation, on_print_done, self) > 0)
    {
      g_autoptr(GError) unknown = g_error_new_literal (G_IO_ERROR, G_IO_ERROR_FAILED, _("unknown error"));
      g_autofree char *message = hc_print_operation_describe_error (operation, error != NULL ? error : unknown);

      show_error (self, message);
      g_object_unref (self);
    }
}

static void
action_print (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  hc_print_preview_print (HC_PRINT_PREVIEW (widget), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG, NULL);
}

static void
on_page_setup_done (GtkPageSetup *page_setup,
                    gpointer      user_data)
{
  g_autoptr(HcPrintPreview) self = user_data;

  /* NULL when the dialog was cancelled. */
  if (page_setup != NULL)
    hc_print_preview_set_page_setup (self, page_setup);
}

static void
action_page_setup (GtkWidget  *widget,
                   const char *action_name,
                   GVariant   *param)
{
  HcPrintPreview *self = HC_PRINT_PREVIEW (widget);

  gtk_print_run_page_setup_dialog_async (GTK_WINDOW (self), self->page_setup, self->print_settings,
                                         on_page_setup_done, g_object_ref (self));
}

static void
action_turn_page (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  HcPrintPreview *self = HC_PRINT_PREVIEW (widget);

  if (g_str_equal (action_name, "preview.next-page"))
    hc_print_preview_set_page (self, self->page + 1);
  else if (self->page > 0)
    hc_print_preview_set_page (self, self->page - 1);
}

static void
hc_print_preview_dispose (GObject *object)
{
  HcPrintPreview *self = HC_PRINT_PREVIEW (object);

  g_clear_signal_handler (&self->changed_id, self->document);
  g_clear_object (&self->document);
  g_clear_object (&self->settings);
  g_clear_object (&self->page_setup);
  g_clear_object (&self->print_settings);
  g_clear_pointer (&self->pages, hc_chart_pages_unref);
  g_clear_pointer (&self->sheet, cairo_surface_destroy);
  g_clear_pointer (&self->last_error, g_free);
  G_OBJECT_CLASS (hc_print_preview_parent_class)->dispose (object);
}

static void
hc_print_preview_class_init (HcPrintPreviewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_print_preview_dispose;

  gtk_widget_class_set_template_from_resource (widget_class, "/io/github/headcount/Headcount/ui/hc-print-preview.ui");
  gtk_widget_class_bind_template_child (widget_class, HcPrintPreview, page_area);
  gtk_widget_class_bind_template_child (widget_class, HcPrintPreview, page_label);
  gtk_widget_class_bind_template_child (widget_class, HcPrintPreview, fit_width_button);
  gtk_widget_class_bind_template_child (widget_class, HcPrintPreview, actual_size_button);
  gtk_widget_class_bind_template_child (widget_class, HcPrintPreview, budget_check);
  gtk_widget_class_bind_template_callback (widget_class, on_scale_toggled);
  gtk_widget_class_bind_template_callback (widget_class, on_budget_toggled);

  gtk_widget_class_install_action (widget_class, "preview.print", NULL, action_print);
  gtk_widget_class_install_action (widget_class, "preview.page-setup", NULL, action_page_setup);
  gtk_widget_class_install_action (widget_class, "preview.previous-page", NULL, action_turn_page);
  gtk_widget_class_install_action (widget_class, "preview.next-page", NULL, action_turn_page);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Down, 0, "preview.next-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Page_Up, 0, "preview.previous-page", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_p, GDK_CONTROL_MASK, "preview.print", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hc_print_preview_init (HcPrintPreview *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_drawing_area_set_draw_func (self->page_area, draw_sheet, self, NULL);
}

GtkWidget *
hc_print_preview_new (HcDocument *document,
                      GSettings  *settings)
{
  HcPrintPreview *self;

  g_return_val_if_fail (HC_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  self = g_object_new (HC_TYPE_PRINT_PREVIEW, NULL);
  self->document = g_object_ref (document);
  self->settings = settings != NULL ? g_object_ref (settings) : NULL;
  self->page_setup = hc_print_load_page_setup (settings);
  self->print_settings = hc_print_load_print_settings (settings);
  hc_print_load_options (settings, &self->options);
  self->changed_id = g_signal_connect_swapped (document, "changed", G_CALLBACK (rebuild_pages), self);
  sync_option_widgets (self);
  rebuild_pages (self);
  return GTK_WIDGET (self);
}

guint
hc_print_preview_get_n_pages (HcPrintPreview *self)
{
  g_return_val_if_fail (HC_IS_PRINT_PREVIEW (self), 0);

  return hc_chart_pages_get_n_pages (self->pages);
}

guint
hc_print_preview_get_page (HcPrintPreview *self)
{
  g_return_val_if_fail (HC_IS_PRINT_PREVIEW (self), 0);

  return self->page;
}

void
hc_print_preview_set_page (HcPrintPreview *self,
                           guint           page)
{
  g_return_if_fail (HC_IS_PRINT_PREVIEW (self));

  page = MIN (page, hc_chart_pages_get_n_pages (self->pages) - 1);
  if (page == self->page)
    return;
  self->page = page;
  update_page_controls (self);
}

HcChartPages *
hc_print_preview_get_pages (HcPrintPreview *self)
{
  g_return_val_if_fail (HC_IS_PRINT_PREVIEW (self), NULL);

  return self->pages;
}

GtkPageSetup *
hc_print_preview_get_page_setup (HcPrintPreview *self)
{
  g_return_val_if_fail (HC_IS_PRINT_PREVIEW (self), NULL);

  return self->page_setup;
}

void
hc_print_preview_set_page_setup (HcPrintPreview *self,
                                 GtkPageSetup   *page_setup)
{
  g_return_if_fail (HC_IS_PRINT_PREVIEW (self));
  g_return_if_fail (GTK_IS_PAGE_SETUP (page_setup));

  g_clear_object (&self->page_setup);
  self->page_setup = gtk_page_setup_copy (page_setup);
  hc_print_save (self->settings, self->page_setup, NULL, NULL);
  rebuild_pages (self);
}

const char *
hc_print_preview_get_last_error (HcPrintPreview *self)
{
  g_return_val_if_fail (HC_IS_PRINT_PREVIEW (self), NULL);

  return self->last_error;
}
