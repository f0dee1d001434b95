/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-print"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "hc-atomic-file.h"
#include "hc-print-operation.h"

struct _HcPrintOperation
{
  GtkPrintOperation  parent_instance;

  HcPlan            *plan;
  HcPrintOptions     options;
  HcChartPages      *pages;
  GtkPageSetup      *used_setup;  /* the paper begin-print was given */
  GError            *refusal;     /* why begin-print cancelled, or NULL */
};

G_DEFINE_FINAL_TYPE (HcPrintOperation, hc_print_operation, GTK_TYPE_PRINT_OPERATION)

#define UNITS_PER_POINT (HC_CHART_UNITS_PER_INCH / 72.0)

GtkPageSetup *
hc_print_load_page_setup (GSettings *settings)
{
  g_autoptr(GVariant) stored = NULL;
  GtkPageSetup *setup;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (settings != NULL)
    stored = g_settings_get_value (settings, "print-page-setup");
  if (stored != NULL && g_variant_n_children (stored) > 0)
    {
      setup = gtk_page_setup_new_from_gvariant (stored);
      if (setup != NULL)
        return setup;
    }
  /* A chart is wider than tall: landscape until the person says else. */
  setup = gtk_page_setup_new ();
  gtk_page_setup_set_orientation (setup, GTK_PAGE_ORIENTATION_LANDSCAPE);
  return setup;
}

GtkPrintSettings *
hc_print_load_print_settings (GSettings *settings)
{
  g_autoptr(GVariant) stored = NULL;

  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  if (settings == NULL)
    return gtk_print_settings_new ();
  stored = g_settings_get_value (settings, "print-settings");
  return gtk_print_settings_new_from_gvariant (stored);
}

void
hc_print_load_options (GSettings      *settings,
                       HcPrintOptions *options)
{
  g_autofree char *scale = NULL;

  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));
  g_return_if_fail (options != NULL);

  *options = (HcPrintOptions) { FALSE, FALSE };
  if (settings == NULL)
    return;
  scale = g_settings_get_string (settings, "print-scale");
  options->actual_size = g_strcmp0 (scale, "actual-size") == 0;
  options->budget_page = g_settings_get_boolean (settings, "print-budget-page");
}

/* gtk_page_setup_to_gvariant(), without its leak: GTK 4.8 adds each of
 * the paper size's entries with a reference too many. */
static GVariant *
page_setup_to_gvariant (GtkPageSetup *setup)
{
  g_autoptr(GVariant) paper = g_variant_ref_sink (gtk_paper_size_to_gvariant (gtk_page_setup_get_paper_size (setup)));
  g_autoptr(GEnumClass) orientations = g_type_class_ref (GTK_TYPE_PAGE_ORIENTATION);
  GEnumValue *orientation = g_enum_get_value (orientations, gtk_page_setup_get_orientation (setup));
  GVariantBuilder builder;
  GVariantIter iter;
  GVariant *entry;

  g_variant_builder_init (&builder, G_VARIANT_TYPE_VARDICT);
  g_variant_iter_init (&iter, paper);
  while ((entry = g_variant_iter_next_value (&iter)) != NULL)
    {
      g_variant_builder_add_value (&builder, entry);
      g_variant_unref (entry);
    }
  g_variant_builder_add (&builder, "{sv}", "MarginTop",
                         g_variant_new_double (gtk_page_setup_get_top_margin (setup, GTK_UNIT_MM)));
  g_variant_builder_add (&builder, "{sv}", "MarginBottom",
                         g_variant_new_double (gtk_page_setup_get_bottom_margin (setup, GTK_UNIT_MM)));
  g_variant_builder_add (&builder, "{sv}", "MarginLeft",
                         g_variant_new_double (gtk_page_setup_get_left_margin (setup, GTK_UNIT_MM)));
  g_variant_builder_add (&builder, "{sv}", "MarginRight",
                         g_variant_new_double (gtk_page_setup_get_right_margin (setup, GTK_UNIT_MM)));
  if (orientation != NULL)
    g_variant_builder_add (&builder, "{sv}", "Orientation", g_variant_new_string (orientation->value_nick));
  return g_variant_builder_end (&builder);
}

void
hc_print_save (GSettings            *settings,
               GtkPageSetup         *page_setup,
               GtkPrintSettings     *print_settings,
               const HcPrintOptions *options)
{
  g_return_if_fail (settings == NULL || G_IS_SETTINGS (settings));

  if (settings == NULL)
    return;
  if (page_setup != NULL)
    g_settings_set_value (settings, "print-page-setup", page_setup_to_gvariant (page_setup));
  if (print_settings != NULL)
    g_settings_set_value (settings, "print-settings", gtk_print_settings_to_gvariant (print_settings));
  if (options != NULL)
    {
      g_settings_set_string (settings, "print-scale", options->actual_size ? "actual-size" : "fit-width");
      g_settings_set_boolean (settings, "print-budget-page", options->budget_page);
    }
}

HcChartPages *
hc_print_make_pages (HcPlan               *plan,
                     GtkPageSetup         *page_setup,
                     const HcPrintOptions *options,
                     const GDate          *prepared)
{
  double width, height;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (GTK_IS_PAGE_SETUP (page_setup), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  /* The printable area, in whole chart units as the named pages are:
   * with no margins, A4 paper gives `headcount --export --page a4`'s
   * pages.  A page smaller than any chart still gets an inch. */
  width = MAX (round (gtk_page_setup_get_page_width (page_setup, GTK_UNIT_POINTS) * UNITS_PER_POINT),
               HC_CHART_UNITS_PER_INCH);
  height = MAX (round (gtk_page_setup_get_page_height (page_setup, GTK_UNIT_POINTS) * UNITS_PER_POINT),
                HC_CHART_UNITS_PER_INCH);
  /* "Actual size" keeps a week readable and sends a long plan's later
   * months to further pages, as `--split-time` does. */
  return hc_chart_pages_new (plan, options->budget_page ? HC_CHART_ALL : HC_CHART_GANTT,
                             width, height, options->actual_size, prepared);
}

/* The local file a print goes to, if it goes to one: the export's, or
 * what the person chose for GTK's “Print to File” (its output URI is
 * meaningless for any other printer). */
static char *
output_path (HcPrintOperation *self)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPrintSettings *settings = gtk_print_operation_get_print_settings (operation);
  g_autofree char *export_name = NULL;
  const char *uri, *printer;

  g_object_get (operation, "export-filename", &export_name, NULL);
  if (export_name != NULL)
    return g_steal_pointer (&export_name);
  if (settings == NULL)
    return NULL;
  uri = gtk_print_settings_get (settings, GTK_PRINT_SETTINGS_OUTPUT_URI);
  printer = gtk_print_settings_get_printer (settings);
  if (uri == NULL || (printer != NULL && g_strcmp0 (printer, g_dgettext ("gtk40", "Print to File")) != 0 &&
                      g_strcmp0 (printer, "Print to File") != 0))
    return NULL;
  return g_filename_from_uri (uri, NULL, NULL);
}

gboolean
hc_print_operation_check_output (HcPrintOperation  *self,
                                 GError           **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (HC_IS_PRINT_OPERATION (self), FALSE);

  path = output_path (self);
  return path == NULL || hc_atomic_file_check_target (path, error);
}

const GError *
hc_print_operation_get_refusal (HcPrintOperation *self)
{
  g_return_val_if_fail (HC_IS_PRINT_OPERATION (self), NULL);

  return self->refusal;
}

static void
hc_print_operation_begin_print (GtkPrintOperation *operation,
                                GtkPrintContext   *context)
{
  HcPrintOperation *self = HC_PRINT_OPERATION (operation);
  GtkPageSetup *setup = gtk_print_context_get_page_setup (context);

  /* GTK's file printer writes the file itself, not through our writer:
   * a device or a pipe chosen in its dialog is refused here, the first
   * moment the choice is known, before a page is written. */
  g_clear_error (&self->refusal);
  if (!hc_print_operation_check_output (self, &self->refusal))
    {
      gtk_print_operation_cancel (operation);
      return;
    }

  g_set_object (&self->used_setup, setup);
  g_clear_pointer (&self->pages, hc_chart_pages_unref);
  self->pages = hc_print_make_pages (self->plan, setup, &self->options, NULL);
  gtk_print_operation_set_n_pages (operation, hc_chart_pages_get_n_pages (self->pages));
}

static void
hc_print_operation_draw_page (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              int                page_nr)
{
  HcPrintOperation *self = HC_PRINT_OPERATION (operation);
  cairo_t *cr = gtk_print_context_get_cairo_context (context);

  g_assert (self->pages != NULL);
  g_assert (page_nr >= 0 && (guint) page_nr < hc_chart_pages_get_n_pages (self->pages));

  /* The context is in points from the printable area's corner (the
   * operation's unit); the chart is in 1/96 in. */
  cairo_save (cr);
  cairo_scale (cr, 1.0 / UNITS_PER_POINT, 1.0 / UNITS_PER_POINT);
  hc_chart_pages_paint (self->pages, cr, page_nr, hc_chart_style_get_light ());
  cairo_restore (cr);
}

char *
hc_print_operation_describe_error (HcPrintOperation *self,
                                   const GError     *error)
{
  GtkPrintOperation *operation = GTK_PRINT_OPERATION (self);
  GtkPrintSettings *print_settings;
  const char *title, *printer = NULL;
  g_autofree char *export_name = NULL;

  g_return_val_if_fail (HC_IS_PRINT_OPERATION (self), NULL);
  g_return_val_if_fail (error != NULL, NULL);

  title = hc_plan_get_title (self->plan);
  if (title == NULL || *title == '\0')
    title = _("Hiring plan");
  g_object_get (operation, "export-filename", &export_name, NULL);
  print_settings = gtk_print_operation_get_print_settings (operation);
  if (print_settings != NULL)
    printer = gtk_print_settings_get_printer (print_settings);
  if (export_name != NULL)
    return g_strdup_printf (_("“%s” could not be printed to the file %s: %s"), title, export_name, error->message);
  if (printer != NULL && *printer != '\0')
    return g_strdup_printf (_("“%s” could not be printed on “%s”: %s"), title, printer, error->message);
  return g_strdup_printf (_("“%s” could not be printed: %s"), title, error->message);
}

GtkPageSetup *
hc_print_operation_get_used_page_setup (HcPrintOperation *self)
{
  g_return_val_if_fail (HC_IS_PRINT_OPERATION (self), NULL);

  return self->used_setup;
}

static void
hc_print_operation_dispose (GObject *object)
{
  HcPrintOperation *self = HC_PRINT_OPERATION (object);

  g_clear_object (&self->plan);
  g_clear_object (&self->used_setup);
  g_clear_pointer (&self->pages, hc_chart_pages_unref);
  g_clear_error (&self->refusal);
  G_OBJECT_CLASS (hc_print_operation_parent_class)->dispose (object);
}

static void
hc_print_operation_class_init (HcPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->dispose = hc_print_operation_dispose;
  operation_class->begin_print = hc_print_operation_begin_print;
  operation_class->draw_page = hc_print_operation_draw_page;
}

static void
hc_print_operation_init (HcPrintOperation *self)
{
}

HcPrintOperation *
hc_print_operation_new (HcPlan               *plan,
                        GtkPageSetup         *page_setup,
                        GtkPrintSettings     *print_settings,
                        const HcPrintOptions *options)
{
  HcPrintOperation *self;
  GtkPrintOperation *operation;
  const char *title;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);
  g_return_val_if_fail (GTK_IS_PAGE_SETUP (page_setup), NULL);
  g_return_val_if_fail (print_settings == NULL || GTK_IS_PRINT_SETTINGS (print_settings), NULL);
  g_return_val_if_fail (options != NULL, NULL);

  self = g_object_new (HC_TYPE_PRINT_OPERATION, NULL);
  operation = GTK_PRINT_OPERATION (self);
  self->plan = g_object_ref (plan);
  self->options = *options;
  title = hc_plan_get_title (plan);
  gtk_print_operation_set_default_page_setup (operation, page_setup);
  if (print_settings != NULL)
    gtk_print_operation_set_print_settings (operation, print_settings);
  gtk_print_operation_set_unit (operation, GTK_UNIT_POINTS);
  /* Paper and orientation stay the person's to change in the dialog. */
  gtk_print_operation_set_embed_page_setup (operation, TRUE);
  gtk_print_operation_set_job_name (operation, title != NULL && *title != '\0' ? title : _("Hiring plan"));
  return self;
}
