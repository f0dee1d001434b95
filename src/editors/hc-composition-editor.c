/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-composition-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-checks.h"
#include "hc-composition-editor.h"
#include "hc-format.h"
#include "hc-plan-edits.h"
#include "hc-position-editor.h"
#include "hc-team-list.h"

struct _HcCompositionEditor
{
  GtkWidget            parent_instance;

  HcDocument          *document;
  GPtrArray           *checks;     /* of HcCheck, owned */
  GStrv                selection;  /* position ids marked by a check */

  GtkStack            *stack;
  GtkLabel            *empty_label;
  HcTeamList          *team_list;
  GtkWidget           *checks_scroller;
  AdwPreferencesGroup *checks_group;
  GtkListBox          *checks_list;
  GtkWidget           *add_button;
  HcPositionEditor    *position_editor;  /* built on first use */
};

G_DEFINE_FINAL_TYPE (HcCompositionEditor, hc_composition_editor, GTK_TYPE_WIDGET)

static HcPlan *
get_plan (HcCompositionEditor *self)
{
  return hc_document_get_plan (self->document);
}

static void
on_position_activated (HcCompositionEditor *self,
                       const char          *position_id)
{
  hc_composition_editor_edit_position (self, position_id);
}

static const char *
focused_position_id (HcCompositionEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  for (; focus != NULL; focus = gtk_widget_get_parent (focus))
    if (g_object_get_data (G_OBJECT (focus), "hc-position-id") != NULL)
      return g_object_get_data (G_OBJECT (focus), "hc-position-id");
  return NULL;
}

static void
refresh_positions (HcCompositionEditor *self,
                   const char          *focus_position_id)
{
  g_autofree char *focus_id = g_strdup (focus_position_id != NULL ? focus_position_id
                                                                  : focused_position_id (self));
  guint n;

  hc_team_list_update (self->team_list, get_plan (self), (const char * const *) self->selection);
  n = g_list_model_get_n_items (hc_team_list_get_items (self->team_list));
  gtk_widget_set_visible (GTK_WIDGET (self->empty_label), n == 0);
  gtk_widget_set_visible (GTK_WIDGET (self->team_list), n > 0);
  if (focus_id != NULL)
    hc_team_list_focus_position (self->team_list, focus_id);
}

static GtkWidget *
make_check_row (HcCheck *check)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *icon;
  gboolean warning = check->severity == HC_CHECK_SEVERITY_WARNING;

  icon = gtk_image_new_from_icon_name (warning ? "dialog-warning-symbolic"
                                               : "dialog-information-symbolic");
  gtk_widget_add_css_class (icon, warning ? "warning" : "accent");
  gtk_accessible_update_property (GTK_ACCESSIBLE (icon), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  warning ? _("Warning") : _("Information"), -1);
  adw_action_row_add_prefix (ADW_ACTION_ROW (row), icon);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), check->message);
  adw_action_row_set_title_lines (ADW_ACTION_ROW (row), 0);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row),
                                    check->position_ids != NULL && check->position_ids[0] != NULL);
  return row;
}

static void
rebuild_checks (HcCompositionEditor *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->checks_list))) != NULL)
    gtk_list_box_remove (self->checks_list, child);
  for (guint i = 0; self->checks != NULL && i < self->checks->len; i++)
    gtk_list_box_append (self->checks_list, make_check_row (g_ptr_array_index (self->checks, i)));
  /* The whole scroller goes: empty, it would take the focus itself. */
  gtk_widget_set_visible (self->checks_scroller, self->checks != NULL && self->checks->len > 0);
}

static void
on_check_row_activated (HcCompositionEditor *self,
                        GtkListBoxRow       *row)
{
  hc_composition_editor_activate_check (self, gtk_list_box_row_get_index (row));
}

static void
on_editor_done (HcCompositionEditor *self)
{
  HcPosition *position = hc_position_editor_get_position (self->position_editor);
  g_autofree char *id = position != NULL ? g_strdup (hc_position_get_id (position)) : NULL;

  gtk_stack_set_visible_child_name (self->stack, "list");
  hc_position_editor_set_position (self->position_editor, NULL, NULL);
  /* Keyboard users land back on the row they left, or on Add Position
   * when the last position went: never on a hidden widget. */
  refresh_positions (self, id);
  if (id == NULL)
    gtk_widget_grab_focus (self->add_button);
}

static void
hc_composition_editor_dispose (GObject *object)
{
  HcCompositionEditor *self = HC_COMPOSITION_EDITOR (object);

  g_clear_object (&self->document);
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  g_clear_pointer (&self->selection, g_strfreev);
  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_COMPOSITION_EDITOR);
  /* The template's root is not a bound child: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);
  /* It went with the stack that held it. */
  self->position_editor = NULL;

  G_OBJECT_CLASS (hc_composition_editor_parent_class)->dispose (object);
}

/* The sidebar's width, whatever the names in it.  The flap gives its
 * child its natural width, and a list whose labels wrap asks for the
 * whole of its longest name on one line: a long role name or location
 * would widen the sidebar and move everything beside it under the
 * pointer.  So the editor asks for this width (or its minimum, which no
 * name changes) and its labels wrap or shorten inside it. */
#define SIDEBAR_WIDTH 340

static void
hc_composition_editor_measure (GtkWidget      *widget,
                               GtkOrientation  orientation,
                               int             for_size,
                               int            *minimum,
                               int            *natural,
                               int            *minimum_baseline,
                               int            *natural_baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  *minimum = *natural = 0;
  if (child == NULL)
    return;
  gtk_widget_measure (child, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *natural = MAX (*minimum, SIDEBAR_WIDTH);
}

static void
hc_composition_editor_size_allocate (GtkWidget *widget,
                                     int        width,
                                     int        height,
                                     int        baseline)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  if (child != NULL)
    gtk_widget_allocate (child, width, height, baseline, NULL);
}

static void
hc_composition_editor_class_init (HcCompositionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_composition_editor_dispose;
  widget_class->measure = hc_composition_editor_measure;
  widget_class->size_allocate = hc_composition_editor_size_allocate;

  g_type_ensure (HC_TYPE_TEAM_LIST);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/headcount/Headcount/ui/hc-composition-editor.ui");
  gtk_widget_class_bind_template_child (widget_class, HcCompositionEditor, stack);
  gtk_widget_class_bind_template_child (widget_class, HcCompositionEditor, empty_label);
  gtk_widget_class_bind_template_child (widget_class, HcCompositionEditor, team_list);
  gtk_widget_class_bind_template_child (widget_class, HcCompositionEditor, checks_scroller);
  gtk_widget_class_bind_template_child (widget_class, HcCompositionEditor, checks_group);
  gtk_widget_class_bind_template_child (widget_class, HcCompositionEditor, checks_list);
  gtk_widget_class_bind_template_child (widget_class, HcCompositionEditor, add_button);
}

static void
hc_composition_editor_init (HcCompositionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_swapped (self->team_list, "activate-position",
                            G_CALLBACK (on_position_activated), self);
  g_signal_connect_swapped (self->checks_list, "row-activated",
                            G_CALLBACK (on_check_row_activated), self);
}

/* The position editor is a large form that most starts never show: it is
 * built the first time a position is edited, not with the window. */
static HcPositionEditor *
ensure_position_editor (HcCompositionEditor *self)
{
  if (self->position_editor == NULL)
    {
      self->position_editor = HC_POSITION_EDITOR (hc_position_editor_new ());
      gtk_stack_add_named (self->stack, GTK_WIDGET (self->position_editor), "editor");
      g_signal_connect_swapped (self->position_editor, "done", G_CALLBACK (on_editor_done), self);
    }
  return self->position_editor;
}

HcTeamList *
hc_composition_editor_get_team_list (HcCompositionEditor *self)
{
  g_return_val_if_fail (HC_IS_COMPOSITION_EDITOR (self), NULL);
  return self->team_list;
}

void
hc_composition_editor_set_document (HcCompositionEditor *self,
                                    HcDocument          *document)
{
  g_return_if_fail (HC_IS_COMPOSITION_EDITOR (self));

  g_set_object (&self->document, document);
  g_clear_pointer (&self->selection, g_strfreev);
  gtk_stack_set_visible_child_name (self->stack, "list");
  if (self->position_editor != NULL)
    hc_position_editor_set_position (self->position_editor, NULL, NULL);
}

void
hc_composition_editor_refresh (HcCompositionEditor *self,
                               GPtrArray           *checks)
{
  g_return_if_fail (HC_IS_COMPOSITION_EDITOR (self));

  if (self->document == NULL)
    return;
  g_clear_pointer (&self->checks, g_ptr_array_unref);
  self->checks = checks != NULL ? g_ptr_array_ref (checks) : NULL;
  refresh_positions (self, NULL);
  rebuild_checks (self);
}

void
hc_composition_editor_edit_position (HcCompositionEditor *self,
                                     const char          *position_id)
{
  HcPosition *position;

  g_return_if_fail (HC_IS_COMPOSITION_EDITOR (self));

  position = hc_plan_find_position (get_plan (self), position_id, NULL);
  if (position == NULL)
    return;
  hc_position_editor_set_position (ensure_position_editor (self), self->document, position);
  gtk_stack_set_visible_child_name (self->stack, "editor");
  gtk_widget_child_focus (GTK_WIDGET (self->position_editor), GTK_DIR_TAB_FORWARD);
}

/* The first position, in the plan's order, that the selection marks. */
static const char *
first_flagged_id (HcCompositionEditor *self)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (get_plan (self)));
  guint n = g_list_model_get_n_items (positions);

  for (guint i = 0; self->selection != NULL && i < n; i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);

      /* The plan holds the position, and so its id, after the unref. */
      if (g_strv_contains ((const char * const *) self->selection, hc_position_get_id (position)))
        return hc_position_get_id (position);
    }
  return NULL;
}

GStrv
hc_composition_editor_dup_selection (HcCompositionEditor *self)
{
  g_return_val_if_fail (HC_IS_COMPOSITION_EDITOR (self), NULL);

  if (self->selection == NULL)
    return g_new0 (char *, 1);
  return g_strdupv (self->selection);
}

void
hc_composition_editor_activate_check (HcCompositionEditor *self,
                                      guint                index)
{
  HcCheck *check;

  g_return_if_fail (HC_IS_COMPOSITION_EDITOR (self));

  if (self->checks == NULL || index >= self->checks->len)
    return;
  check = g_ptr_array_index (self->checks, index);
  g_clear_pointer (&self->selection, g_strfreev);
  self->selection = g_strdupv (check->position_ids);
  gtk_stack_set_visible_child_name (self->stack, "list");
  /* The first of them, in the list's order, takes the focus. */
  refresh_positions (self, first_flagged_id (self));
}
