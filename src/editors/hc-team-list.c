/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-team-list"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-benchmarks.h"
#include "hc-format.h"
#include "hc-plan-edits.h"
#include "hc-resolve.h"
#include "hc-team-list.h"
#include "hc-compat.h"

/* ---- HcTeamItem: what one row shows ----------------------------------- */

struct _HcTeamItem
{
  GObject    parent_instance;

  char      *position_id;
  char      *title;
  char      *subtitle;
  char      *heading;
  char      *caption;
  gboolean   flagged;
  gboolean   selected;  /* the one position selected in the window */
  guint      place;
  GtkWidget *row;       /* unowned: the row bound to the item, if any */
};

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_HEADING,
  PROP_CAPTION,
  PROP_FLAGGED,
  PROP_SELECTED,
  PROP_PLACE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

G_DEFINE_FINAL_TYPE (HcTeamItem, hc_team_item, G_TYPE_OBJECT)

static void
hc_team_item_finalize (GObject *object)
{
  HcTeamItem *self = HC_TEAM_ITEM (object);

  g_free (self->position_id);
  g_free (self->title);
  g_free (self->subtitle);
  g_free (self->heading);
  g_free (self->caption);

  G_OBJECT_CLASS (hc_team_item_parent_class)->finalize (object);
}

static void
hc_team_item_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  HcTeamItem *self = HC_TEAM_ITEM (object);

  switch (prop_id)
    {
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_SUBTITLE:
      g_value_set_string (value, self->subtitle);
      break;
    case PROP_HEADING:
      g_value_set_string (value, self->heading);
      break;
    case PROP_CAPTION:
      g_value_set_string (value, self->caption);
      break;
    case PROP_FLAGGED:
      g_value_set_boolean (value, self->flagged);
      break;
    case PROP_SELECTED:
      g_value_set_boolean (value, self->selected);
      break;
    case PROP_PLACE:
      g_value_set_uint (value, self->place);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_team_item_class_init (HcTeamItemClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hc_team_item_finalize;
  object_class->get_property = hc_team_item_get_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, NULL, flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, NULL, flags);
  properties[PROP_HEADING] = g_param_spec_string ("heading", NULL, NULL, NULL, flags);
  properties[PROP_CAPTION] = g_param_spec_string ("caption", NULL, NULL, NULL, flags);
  properties[PROP_FLAGGED] = g_param_spec_boolean ("flagged", NULL, NULL, FALSE, flags);
  properties[PROP_SELECTED] = g_param_spec_boolean ("selected", NULL, NULL, FALSE, flags);
  properties[PROP_PLACE] = g_param_spec_uint ("place", NULL, NULL, 0, G_MAXUINT, 0, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
hc_team_item_init (HcTeamItem *self)
{
}

static HcTeamItem *
hc_team_item_new (const char *position_id)
{
  HcTeamItem *self = g_object_new (HC_TYPE_TEAM_ITEM, NULL);

  self->position_id = g_strdup (position_id);
  return self;
}

/* Takes @value; notifies only when the text changed, so that an edit
 * rebinds the one row it touched. */
static void
take_string (HcTeamItem *self,
             char      **field,
             char       *value,
             guint       prop_id)
{
  if (g_strcmp0 (*field, value) == 0)
    {
      g_free (value);
      return;
    }
  g_free (*field);
  *field = value;
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
}

static void
set_flagged (HcTeamItem *self,
             gboolean    flagged)
{
  if (self->flagged == flagged)
    return;
  self->flagged = flagged;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FLAGGED]);
}

static void
set_selected (HcTeamItem *self,
              gboolean    selected)
{
  if (self->selected == selected)
    return;
  self->selected = selected;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED]);
}

gboolean
hc_team_item_get_selected (HcTeamItem *self)
{
  g_return_val_if_fail (HC_IS_TEAM_ITEM (self), FALSE);
  return self->selected;
}

static void
set_place (HcTeamItem *self,
           guint       place)
{
  if (self->place == place)
    return;
  self->place = place;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLACE]);
}

const char *
hc_team_item_get_position_id (HcTeamItem *self)
{
  g_return_val_if_fail (HC_IS_TEAM_ITEM (self), NULL);
  return self->position_id;
}

const char *
hc_team_item_get_title (HcTeamItem *self)
{
  g_return_val_if_fail (HC_IS_TEAM_ITEM (self), NULL);
  return self->title;
}

const char *
hc_team_item_get_heading (HcTeamItem *self)
{
  g_return_val_if_fail (HC_IS_TEAM_ITEM (self), NULL);
  return self->heading;
}

guint
hc_team_item_get_place (HcTeamItem *self)
{
  g_return_val_if_fail (HC_IS_TEAM_ITEM (self), 0);
  return self->place;
}

GtkWidget *
hc_team_item_get_row (HcTeamItem *self)
{
  g_return_val_if_fail (HC_IS_TEAM_ITEM (self), NULL);
  return self->row;
}

/* ---- filling items from the plan ---------------------------------------- */

static char *
describe_details (HcPlan     *plan,
                  HcPosition *position,
                  guint       index)
{
  /* The plan's resolution, worked out once for all the rows. */
  g_autoptr(HcResolution) resolution = hc_resolution_get (plan);
  HcRange salary = index < hc_resolution_get_n_positions (resolution)
                   ? hc_resolution_get_position (resolution, index)->salary
                   : hc_plan_get_annual_salary (plan, position);
  g_autofree char *money = NULL;
  const char *location = hc_position_get_location (position);

  money = hc_format_money_range_compact (salary, hc_plan_get_currency (plan));
  /* Translators: location · sourcing · salary range "each" */
  return g_strdup_printf (_("%s · %s · %s each"),
                          location != NULL && location[0] != '\0' ? location : _("No location"),
                          hc_sourcing_get_label (hc_position_get_sourcing (position)),
                          money);
}

/* Positions are shown in the plan's order, a new heading each time the
 * phase changes: the editor keeps each phase's positions together. */
static guint
place_of (GPtrArray *positions,
          guint      index)
{
  const char *phase_id = hc_position_get_phase_id (g_ptr_array_index (positions, index));
  guint place = 0;

  if (index == 0)
    place |= HC_TEAM_PLACE_LIST_START | HC_TEAM_PLACE_GROUP_START;
  else if (g_strcmp0 (phase_id, hc_position_get_phase_id (g_ptr_array_index (positions, index - 1))) != 0)
    place |= HC_TEAM_PLACE_GROUP_START;
  if (index + 1 == positions->len)
    place |= HC_TEAM_PLACE_LIST_END | HC_TEAM_PLACE_GROUP_END;
  else if (g_strcmp0 (phase_id, hc_position_get_phase_id (g_ptr_array_index (positions, index + 1))) != 0)
    place |= HC_TEAM_PLACE_GROUP_END;
  return place;
}

static void
fill_heading (HcTeamItem *item,
              HcPlan     *plan,
              HcPosition *position,
              guint       place)
{
  HcPhase *phase;

  if (!(place & HC_TEAM_PLACE_GROUP_START))
    {
      take_string (item, &item->heading, NULL, PROP_HEADING);
      take_string (item, &item->caption, NULL, PROP_CAPTION);
      return;
    }
  phase = hc_plan_find_phase (plan, hc_position_get_phase_id (position));
  take_string (item, &item->heading,
               g_strdup (phase != NULL ? hc_phase_get_name (phase) : _("Without a Phase")),
               PROP_HEADING);
  take_string (item, &item->caption, phase != NULL ? hc_phase_format_range_with_source (phase) : NULL,
               PROP_CAPTION);
}

static void
fill_item (HcTeamItem         *item,
           HcPlan             *plan,
           GPtrArray          *positions,
           guint               index,
           const char * const *flagged_ids)
{
  HcPosition *position = g_ptr_array_index (positions, index);
  guint place = place_of (positions, index);

  g_assert (g_strcmp0 (item->position_id, hc_position_get_id (position)) == 0);
  g_object_freeze_notify (G_OBJECT (item));
  take_string (item, &item->title, hc_plan_describe_position (plan, position), PROP_TITLE);
  take_string (item, &item->subtitle, describe_details (plan, position, index), PROP_SUBTITLE);
  fill_heading (item, plan, position, place);
  set_flagged (item, flagged_ids != NULL && g_strv_contains (flagged_ids, item->position_id));
  set_place (item, place);
  g_object_thaw_notify (G_OBJECT (item));
}

static GPtrArray *
dup_positions (HcPlan *plan)
{
  GListModel *model = G_LIST_MODEL (hc_plan_get_positions (plan));
  guint n = g_list_model_get_n_items (model);
  GPtrArray *positions = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (positions, g_list_model_get_item (model, i));
  return positions;
}

static gboolean
item_shows (GListModel *items,
            guint       index,
            HcPosition *position)
{
  g_autoptr(HcTeamItem) item = g_list_model_get_item (items, index);

  return g_strcmp0 (item->position_id, hc_position_get_id (position)) == 0;
}

static void
fill_kept_item (GListStore         *items,
                guint               item_index,
                HcPlan             *plan,
                GPtrArray          *positions,
                guint               position_index,
                const char * const *flagged_ids)
{
  g_autoptr(HcTeamItem) item = g_list_model_get_item (G_LIST_MODEL (items), item_index);

  fill_item (item, plan, positions, position_index, flagged_ids);
}

/* Only the run between the unchanged head and tail of the list is
 * replaced: an edit of one position's figures splices nothing, adding or
 * removing one splices one item, and the rows around keep their widgets
 * and the scroll position. */
static void
update_items (GListStore         *items,
              HcPlan             *plan,
              const char * const *flagged_ids)
{
  g_autoptr(GPtrArray) positions = NULL;
  g_autoptr(GPtrArray) added = NULL;
  guint n_old, n_new, head = 0, tail = 0;

  positions = dup_positions (plan);
  n_old = g_list_model_get_n_items (G_LIST_MODEL (items));
  n_new = positions->len;
  while (head < MIN (n_old, n_new) &&
         item_shows (G_LIST_MODEL (items), head, g_ptr_array_index (positions, head)))
    head++;
  while (tail < MIN (n_old, n_new) - head &&
         item_shows (G_LIST_MODEL (items), n_old - 1 - tail, g_ptr_array_index (positions, n_new - 1 - tail)))
    tail++;

  for (guint i = 0; i < head; i++)
    fill_kept_item (items, i, plan, positions, i, flagged_ids);
  for (guint i = 1; i <= tail; i++)
    fill_kept_item (items, n_old - i, plan, positions, n_new - i, flagged_ids);
  if (head + tail == n_old && head + tail == n_new)
    return;

  added = g_ptr_array_new_full (n_new - head - tail, g_object_unref);
  for (guint i = head; i < n_new - tail; i++)
    {
      HcTeamItem *item = hc_team_item_new (hc_position_get_id (g_ptr_array_index (positions, i)));

      fill_item (item, plan, positions, i, flagged_ids);
      g_ptr_array_add (added, item);
    }
  g_list_store_splice (items, head, n_old - head - tail, added->pdata, added->len);
}

/* ---- HcTeamRow: the widget showing one item ------------------------------ */

#define HC_TYPE_TEAM_ROW (hc_team_row_get_type ())
G_DECLARE_FINAL_TYPE (HcTeamRow, hc_team_row, HC, TEAM_ROW, GtkWidget)

struct _HcTeamRow
{
  GtkWidget   parent_instance;

  GtkWidget  *heading_box;
  GtkLabel   *heading;
  GtkLabel   *caption;
  GtkWidget  *card;
  GtkLabel   *title;
  GtkLabel   *subtitle;

  HcTeamItem    *item;
  /* The item a recycled row shows changes on every bind: the groups
   * follow it, so nothing is connected or bound by hand. */
  GSignalGroup  *item_signals;
  GBindingGroup *item_bindings;
};

G_DEFINE_FINAL_TYPE (HcTeamRow, hc_team_row, GTK_TYPE_WIDGET)

static void
set_css_class (GtkWidget  *widget,
               const char *name,
               gboolean    on)
{
  if (on)
    gtk_widget_add_css_class (widget, name);
  else
    gtk_widget_remove_css_class (widget, name);
}

static void
hc_team_row_sync (HcTeamRow *self)
{
  HcTeamItem *item = self->item;

  /* The texts are bound (hc_team_row_init()); the rest is state. */
  if (item == NULL)
    return;
  set_css_class (self->card, "flagged", item->flagged);
  set_css_class (self->card, "selected", item->selected);
  set_css_class (self->card, "group-start", item->place & HC_TEAM_PLACE_GROUP_START);
  set_css_class (self->card, "group-end", item->place & HC_TEAM_PLACE_GROUP_END);
  set_css_class (GTK_WIDGET (self), "list-start", item->place & HC_TEAM_PLACE_LIST_START);
  set_css_class (GTK_WIDGET (self), "list-end", item->place & HC_TEAM_PLACE_LIST_END);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, item->title,
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, item->subtitle,
                                  -1);
  /* How a screen reader hears the timeline's selection: the timeline is
   * one picture to it, the list a row per position. */
  gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_SELECTED, item->selected, -1);
}

static void
hc_team_row_set_item (HcTeamRow  *self,
                      HcTeamItem *item)
{
  if (self->item != NULL && self->item->row == GTK_WIDGET (self))
    self->item->row = NULL;
  g_set_object (&self->item, item);
  g_signal_group_set_target (self->item_signals, item);
  g_binding_group_set_source (self->item_bindings, item);
  if (item == NULL)
    {
      g_object_set_data (G_OBJECT (self), "hc-position-id", NULL);
      return;
    }
  item->row = GTK_WIDGET (self);
  g_object_set_data_full (G_OBJECT (self), "hc-position-id", g_strdup (item->position_id), g_free);
  hc_team_row_sync (self);
}

static GtkLabel *
add_label (GtkWidget  *box,
           const char *css_class)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (label, css_class);
  gtk_box_append (GTK_BOX (box), label);
  return GTK_LABEL (label);
}

static void
shorten_after_lines (GtkLabel *label,
                     int       lines)
{
  gtk_label_set_ellipsize (label, PANGO_ELLIPSIZE_END);
  gtk_label_set_lines (label, lines);
}

static GtkWidget *
make_card (HcTeamRow *self)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *arrow = gtk_image_new_from_icon_name ("go-next-symbolic");

  gtk_widget_add_css_class (card, "team-card");
  gtk_widget_add_css_class (labels, "title");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_widget_set_valign (labels, GTK_ALIGN_CENTER);
  self->title = add_label (labels, "title");
  self->subtitle = add_label (labels, "subtitle");
  /* A long role name or location takes two lines at most, then
   * shortens: the rows keep their shape and the sidebar its width
   * (hc-composition-editor.c); the editor shows the whole of it. */
  shorten_after_lines (self->title, 2);
  shorten_after_lines (self->subtitle, 2);
  gtk_box_append (GTK_BOX (card), labels);
  gtk_box_append (GTK_BOX (card), arrow);
  return card;
}

/* A heading or caption shows only when the item has one. */
static gboolean
text_is_set (GBinding     *binding,
             const GValue *from,
             GValue       *to,
             gpointer      user_data)
{
  g_value_set_boolean (to, g_value_get_string (from) != NULL);
  return TRUE;
}

static void
follow_item (HcTeamRow *self)
{
  GBindingGroup *bindings = g_binding_group_new ();

  g_binding_group_bind (bindings, "title", self->title, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (bindings, "subtitle", self->subtitle, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (bindings, "heading", self->heading, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind (bindings, "caption", self->caption, "label", G_BINDING_SYNC_CREATE);
  g_binding_group_bind_full (bindings, "heading", self->heading_box, "visible",
                             G_BINDING_SYNC_CREATE, text_is_set, NULL, NULL, NULL);
  g_binding_group_bind_full (bindings, "caption", self->caption, "visible",
                             G_BINDING_SYNC_CREATE, text_is_set, NULL, NULL, NULL);
  self->item_bindings = bindings;

  self->item_signals = g_signal_group_new (HC_TYPE_TEAM_ITEM);
  g_signal_group_connect_swapped (self->item_signals, "notify", G_CALLBACK (hc_team_row_sync), self);
}

static void
hc_team_row_init (HcTeamRow *self)
{
  gtk_orientable_set_orientation (GTK_ORIENTABLE (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                                  GTK_ORIENTATION_VERTICAL);
  self->heading_box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_add_css_class (self->heading_box, "team-heading");
  self->heading = add_label (self->heading_box, "heading");
  self->caption = add_label (self->heading_box, "dim-label");
  gtk_widget_set_parent (self->heading_box, GTK_WIDGET (self));
  self->card = make_card (self);
  gtk_widget_set_parent (self->card, GTK_WIDGET (self));
  /* The row itself takes the focus, so that arrows, Enter and the
   * focus ring work on it as on the list box rows it replaces. */
  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_add_css_class (GTK_WIDGET (self), "team-row");
  follow_item (self);
}

static void
hc_team_row_dispose (GObject *object)
{
  HcTeamRow *self = HC_TEAM_ROW (object);

  hc_team_row_set_item (self, NULL);
  g_clear_pointer (&self->heading_box, gtk_widget_unparent);
  g_clear_pointer (&self->card, gtk_widget_unparent);

  G_OBJECT_CLASS (hc_team_row_parent_class)->dispose (object);
}

/* The groups outlive dispose: a list view may unbind a row it is
 * taking down. */
static void
hc_team_row_finalize (GObject *object)
{
  HcTeamRow *self = HC_TEAM_ROW (object);

  g_clear_object (&self->item_signals);
  g_clear_object (&self->item_bindings);

  G_OBJECT_CLASS (hc_team_row_parent_class)->finalize (object);
}

static void
hc_team_row_class_init (HcTeamRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_team_row_dispose;
  object_class->finalize = hc_team_row_finalize;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_BUTTON);
}

static void
on_setup (GtkSignalListItemFactory *factory,
          GtkListItem              *list_item)
{
  gtk_list_item_set_child (list_item, g_object_new (HC_TYPE_TEAM_ROW, NULL));
}

static void
on_bind (GtkSignalListItemFactory *factory,
         GtkListItem              *list_item)
{
  hc_team_row_set_item (HC_TEAM_ROW (gtk_list_item_get_child (list_item)),
                        gtk_list_item_get_item (list_item));
}

static void
on_unbind (GtkSignalListItemFactory *factory,
           GtkListItem              *list_item)
{
  hc_team_row_set_item (HC_TEAM_ROW (gtk_list_item_get_child (list_item)), NULL);
}

static GtkListItemFactory *
team_row_factory_new (void)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (on_setup), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (on_bind), NULL);
  g_signal_connect (factory, "unbind", G_CALLBACK (on_unbind), NULL);
  return factory;
}

/* ---- HcTeamList ------------------------------------------------------------ */

struct _HcTeamList
{
  GtkWidget    parent_instance;

  GtkWidget   *scroller;
  GtkListView *list_view;
  GListStore  *items;    /* of HcTeamItem */
  char        *selected_id;
};

enum {
  ACTIVATE_POSITION,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HcTeamList, hc_team_list, GTK_TYPE_WIDGET)

static void
on_activate (GtkListView *list_view,
             guint        position,
             HcTeamList  *self)
{
  g_autoptr(HcTeamItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), position);

  if (item != NULL)
    g_signal_emit (self, signals[ACTIVATE_POSITION], 0, item->position_id);
}

/* GTK 4.8's list view walks Tab from row to row, which would make a
 * person press Tab ten thousand times to get past a big team: Tab and
 * Shift+Tab leave the list from any row, as from the list boxes it
 * replaced, and arrows move between rows. */
static gboolean
hc_team_list_focus (GtkWidget        *widget,
                    GtkDirectionType  direction)
{
  if (gtk_widget_get_focus_child (widget) != NULL &&
      (direction == GTK_DIR_TAB_FORWARD || direction == GTK_DIR_TAB_BACKWARD))
    return FALSE;
  return GTK_WIDGET_CLASS (hc_team_list_parent_class)->focus (widget, direction);
}

static void
hc_team_list_dispose (GObject *object)
{
  HcTeamList *self = HC_TEAM_LIST (object);

  g_clear_pointer (&self->scroller, gtk_widget_unparent);
  g_clear_object (&self->items);
  g_clear_pointer (&self->selected_id, g_free);

  G_OBJECT_CLASS (hc_team_list_parent_class)->dispose (object);
}

static void
hc_team_list_class_init (HcTeamListClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_team_list_dispose;
  widget_class->focus = hc_team_list_focus;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  signals[ACTIVATE_POSITION] = g_signal_new ("activate-position", G_TYPE_FROM_CLASS (klass),
                                             G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                             G_TYPE_NONE, 1, G_TYPE_STRING);
}

static void
hc_team_list_init (HcTeamList *self)
{
  g_autoptr(GtkListItemFactory) factory = team_row_factory_new ();
  GtkSelectionModel *selection;

  self->items = g_list_store_new (HC_TYPE_TEAM_ITEM);
  selection = GTK_SELECTION_MODEL (gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->items))));
  self->list_view = GTK_LIST_VIEW (gtk_list_view_new (selection, g_object_ref (factory)));
  gtk_list_view_set_single_click_activate (self->list_view, TRUE);
  hc_compat_tab_leaves_list (self->list_view);
  gtk_widget_add_css_class (GTK_WIDGET (self->list_view), "team-list");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->list_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Positions"), -1);
  g_signal_connect_object (self->list_view, "activate", G_CALLBACK (on_activate), self, 0);

  /* Only the rows on screen exist: the list scrolls on its own, as tall
   * as its rows up to the room its parent leaves it. */
  self->scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scroller),
                                  GTK_POLICY_NEVER, GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scroller), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scroller), GTK_WIDGET (self->list_view));
  gtk_widget_set_parent (self->scroller, GTK_WIDGET (self));
}

static void
apply_selection (HcTeamList *self)
{
  GListModel *items = G_LIST_MODEL (self->items);
  guint n = g_list_model_get_n_items (items);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcTeamItem) item = g_list_model_get_item (items, i);
      set_selected (item, self->selected_id != NULL && g_strcmp0 (item->position_id, self->selected_id) == 0);
    }
}

void
hc_team_list_set_selected_position (HcTeamList *self,
                                    const char *position_id)
{
  guint index;

  g_return_if_fail (HC_IS_TEAM_LIST (self));

  if (g_strcmp0 (self->selected_id, position_id) == 0)
    return;
  g_free (self->selected_id);
  self->selected_id = g_strdup (position_id);
  apply_selection (self);
  /* Brought into view when off screen (a row has a widget only while it
   * is on screen), but the focus stays where the person is working, and a
   * row already in view does not move under the pointer or the keyboard. */
  if ((index = hc_team_list_find (self, position_id)) != G_MAXUINT)
    {
      g_autoptr(HcTeamItem) item = g_list_model_get_item (G_LIST_MODEL (self->items), index);

      if (item->row == NULL)
        gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", index);
    }
}

const char *
hc_team_list_get_selected_position (HcTeamList *self)
{
  g_return_val_if_fail (HC_IS_TEAM_LIST (self), NULL);
  return self->selected_id;
}

GListModel *
hc_team_list_get_items (HcTeamList *self)
{
  g_return_val_if_fail (HC_IS_TEAM_LIST (self), NULL);
  return G_LIST_MODEL (self->items);
}

void
hc_team_list_update (HcTeamList         *self,
                     HcPlan             *plan,
                     const char * const *flagged_ids)
{
  g_return_if_fail (HC_IS_TEAM_LIST (self));
  g_return_if_fail (HC_IS_PLAN (plan));

  update_items (self->items, plan, flagged_ids);
  apply_selection (self);
}

guint
hc_team_list_find (HcTeamList *self,
                   const char *position_id)
{
  GListModel *items;
  guint n;

  g_return_val_if_fail (HC_IS_TEAM_LIST (self), G_MAXUINT);

  items = G_LIST_MODEL (self->items);
  n = g_list_model_get_n_items (items);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcTeamItem) item = g_list_model_get_item (items, i);

      if (g_strcmp0 (item->position_id, position_id) == 0)
        return i;
    }
  return G_MAXUINT;
}

gboolean
hc_team_list_focus_position (HcTeamList *self,
                             const char *position_id)
{
  guint index;
  g_autoptr(HcTeamItem) item = NULL;

  g_return_val_if_fail (HC_IS_TEAM_LIST (self), FALSE);

  if ((index = hc_team_list_find (self, position_id)) == G_MAXUINT)
    return FALSE;
  /* Scrolling makes the list bind a row to the item at once. */
  gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", index);
  item = g_list_model_get_item (G_LIST_MODEL (self->items), index);
  return item->row != NULL && gtk_widget_grab_focus (item->row);
}
