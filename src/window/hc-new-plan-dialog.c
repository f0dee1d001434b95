/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-new-plan-dialog"

#include "config.h"

#include "hc-new-plan-dialog.h"
#include "hc-template-list.h"

struct _HcNewPlanDialog
{
  AdwWindow            parent_instance;
  AdwPreferencesGroup *templates_group;
};

G_DEFINE_FINAL_TYPE (HcNewPlanDialog, hc_new_plan_dialog, ADW_TYPE_WINDOW)

static void
action_choose (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  /* The parent's own action: the plan goes into the parent if it shows
   * no plan, else into a new window. */
  if (parent != NULL &&
      !gtk_widget_activate_action (GTK_WIDGET (parent), "win.new-from-template", "s",
                                   g_variant_get_string (param, NULL)))
    g_critical ("The New Plan dialog's parent has no win.new-from-template action");
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
action_blank (GtkWidget  *widget,
              const char *action_name,
              GVariant   *param)
{
  GtkWindow *parent = gtk_window_get_transient_for (GTK_WINDOW (widget));

  if (parent != NULL && !gtk_widget_activate_action (GTK_WIDGET (parent), "win.new-blank", NULL))
    g_critical ("The New Plan dialog's parent has no win.new-blank action");
  gtk_window_destroy (GTK_WINDOW (widget));
}

static void
hc_new_plan_dialog_class_init (HcNewPlanDialogClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/headcount/Headcount/ui/hc-new-plan-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, HcNewPlanDialog, templates_group);
  /* The rows live in this window, where win.* is not reachable. */
  gtk_widget_class_install_action (widget_class, "new-plan.choose", "s", action_choose);
  gtk_widget_class_install_action (widget_class, "new-plan.blank", NULL, action_blank);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
hc_new_plan_dialog_init (HcNewPlanDialog *self)
{
  GtkWidget *first;

  gtk_widget_init_template (GTK_WIDGET (self));
  first = hc_template_rows_fill (self->templates_group, "new-plan.blank", "new-plan.choose");
  /* Keyboard use is Ctrl+N, arrows, Enter: start on the first choice. */
  if (first != NULL)
    gtk_window_set_focus (GTK_WINDOW (self), first);
}

GtkWidget *
hc_new_plan_dialog_new (GtkWindow *parent)
{
  g_return_val_if_fail (GTK_IS_WINDOW (parent), NULL);

  return g_object_new (HC_TYPE_NEW_PLAN_DIALOG,
                       "transient-for", parent,
                       NULL);
}
