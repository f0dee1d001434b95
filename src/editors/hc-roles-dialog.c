/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-roles-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-benchmarks.h"
#include "hc-compat.h"
#include "hc-entry-edit.h"
#include "hc-plan-edits.h"
#include "hc-range-row.h"
#include "hc-roles-dialog.h"
#include "hc-validate.h"

struct _HcRolesDialog
{
  AdwPreferencesWindow  parent_instance;
  HcDocument           *document;
  AdwPreferencesPage   *roles_page;
  AdwPreferencesPage   *phases_page;
  AdwPreferencesGroup  *roles_group;
  AdwPreferencesGroup  *phases_group;
  GPtrArray            *rows;   /* rows in the groups, to remove on rebuild */
  struct Removal       *removal; /* a removal waiting on its question */
  gboolean              editing; /* the dialog's own edit is under way */
};

G_DEFINE_FINAL_TYPE (HcRolesDialog, hc_roles_dialog, ADW_TYPE_PREFERENCES_WINDOW)

static void       rebuild         (HcRolesDialog *self);
static GtkWidget *make_remove_row (HcRolesDialog *self,
                                   gpointer       item,
                                   const char    *title,
                                   const char    *label);

static HcPlan *
get_plan (HcRolesDialog *self)
{
  return hc_document_get_plan (self->document);
}

/* The plan keeps its objects through undo and reload, so a row holds the
 * role or phase it edits. */
static HcRole *
row_role (HcRolesDialog *self,
          GtkWidget     *widget)
{
  return g_object_get_data (G_OBJECT (widget), "hc-item");
}

static HcPhase *
row_phase (HcRolesDialog *self,
           GtkWidget     *widget)
{
  return g_object_get_data (G_OBJECT (widget), "hc-item");
}

static void
begin_edit (HcRolesDialog *self,
            const char    *label,
            GtkWidget     *widget,
            const char    *field)
{
  g_autofree char *key = g_strdup_printf ("catalogue:%s:%s",
                                          (char *) g_object_get_data (G_OBJECT (widget), "hc-id"),
                                          field);
  self->editing = TRUE;
  hc_document_begin_edit (self->document, label, key);
}

static void
end_edit (HcRolesDialog *self)
{
  hc_document_end_edit (self->document);
  self->editing = FALSE;
}

static void
tag (GtkWidget *widget,
     gpointer   item)
{
  g_autofree char *id = NULL;

  g_object_get (item, "id", &id, NULL);
  g_object_set_data_full (G_OBJECT (widget), "hc-item", g_object_ref (item), g_object_unref);
  g_object_set_data_full (G_OBJECT (widget), "hc-id", g_steal_pointer (&id), g_free);
}

static gboolean
check_name (const char  *text,
            gpointer     data,
            GError     **error)
{
  return hc_validate_name (text, _("Name"), error);
}

static void
apply_role_name (GtkEditable   *entry,
                 const char    *text,
                 HcRolesDialog *self)
{
  HcRole *role = row_role (self, GTK_WIDGET (entry));
  GtkWidget *expander = g_object_get_data (G_OBJECT (entry), "hc-expander");

  if (role == NULL)
    return;
  begin_edit (self, _("Rename Role"), GTK_WIDGET (entry), "name");
  hc_role_set_name (role, text);
  end_edit (self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), text);
}

static void
on_role_kind_selected (AdwComboRow   *row,
                       GParamSpec    *pspec,
                       HcRolesDialog *self)
{
  HcRole *role = row_role (self, GTK_WIDGET (row));
  guint kind = adw_combo_row_get_selected (row);

  if (role == NULL || kind > HC_ROLE_KIND_SPECIALIST || kind == (guint) hc_role_get_kind (role))
    return;
  begin_edit (self, _("Change Role Kind"), GTK_WIDGET (row), NULL);
  hc_role_set_kind (role, kind);
  end_edit (self);
}

static void
on_role_salary_changed (HcRangeRow    *row,
                        HcRolesDialog *self)
{
  HcRole *role = row_role (self, GTK_WIDGET (row));
  HcSeniority seniority = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "hc-seniority"));
  g_autofree char *field = g_strdup_printf ("salary-%u", seniority);

  if (role == NULL)
    return;
  begin_edit (self, _("Change Role Salary"), GTK_WIDGET (row), field);
  hc_role_set_salary (role, seniority, hc_range_row_get_value (row));
  end_edit (self);
}

static void
on_role_weeks_changed (HcRangeRow    *row,
                       HcRolesDialog *self)
{
  HcRole *role = row_role (self, GTK_WIDGET (row));

  if (role == NULL)
    return;
  begin_edit (self, _("Change Role Time to Hire"), GTK_WIDGET (row), "time-to-hire");
  hc_role_set_time_to_hire (role, hc_range_row_get_value (row));
  end_edit (self);
}

static gboolean
check_salary (HcRangeRow  *row,
              HcRange      value,
              gpointer     data,
              GError     **error)
{
  return hc_validate_salary (value, _("Salary"), error);
}

static gboolean
check_weeks (HcRangeRow  *row,
             HcRange      value,
             gpointer     data,
             GError     **error)
{
  return hc_validate_weeks (value, _("Time to hire"), error);
}

/* A refused value puts back the one from before the edit, which the row
 * holds again by then: the same handler applies both. */
static GtkWidget *
make_range_row (const char      *title,
                gpointer         item,
                HcRange          value,
                HcRangeRowCheck  check,
                GCallback        callback,
                gpointer         self)
{
  GtkWidget *row = hc_range_row_new (title, check, NULL);

  tag (row, item);
  hc_range_row_set_value (HC_RANGE_ROW (row), value);
  g_signal_connect (row, "range-changed", callback, self);
  g_signal_connect (row, "revert", callback, self);
  return row;
}

static GtkWidget *
make_role_row (HcRolesDialog *self,
               HcRole        *role)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *kind = adw_combo_row_new ();
  const char *kinds[] = { hc_role_kind_get_label (0), hc_role_kind_get_label (1), NULL };
  g_autoptr(GtkStringList) kind_list = gtk_string_list_new (kinds);

  /* A name is text, not markup ("R&D", "<Platform>"): set so before it
   * is shown, or the row parses it once and warns. */
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), hc_role_get_name (role));
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), hc_role_get_name (role));
  tag (name, role);
  g_object_set_data (G_OBJECT (name), "hc-expander", expander);
  hc_entry_edit_setup (GTK_EDITABLE (name), check_name, (HcEntryApply) apply_role_name, self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (kind), _("Kind"));
  adw_combo_row_set_model (ADW_COMBO_ROW (kind), G_LIST_MODEL (kind_list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (kind), hc_role_get_kind (role));
  tag (kind, role);
  g_signal_connect (kind, "notify::selected", G_CALLBACK (on_role_kind_selected), self);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), kind);
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    {
      g_autofree char *title = g_strdup_printf (_("%s Salary"), hc_seniority_get_label (s));
      GtkWidget *row = make_range_row (title, role, hc_role_get_salary (role, s), check_salary,
                                       G_CALLBACK (on_role_salary_changed), self);

      g_object_set_data (G_OBJECT (row), "hc-seniority", GUINT_TO_POINTER (s));
      adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), row);
    }
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            make_range_row (_("Time to Hire (weeks)"), role,
                                            hc_role_get_time_to_hire (role), check_weeks,
                                            G_CALLBACK (on_role_weeks_changed), self));
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            make_remove_row (self, role, _("Remove this role from the plan"),
                                             _("_Remove")));
  return expander;
}

static void
apply_phase_name (GtkEditable   *entry,
                  const char    *text,
                  HcRolesDialog *self)
{
  HcPhase *phase = row_phase (self, GTK_WIDGET (entry));
  GtkWidget *expander = g_object_get_data (G_OBJECT (entry), "hc-expander");

  if (phase == NULL)
    return;
  begin_edit (self, _("Rename Phase"), GTK_WIDGET (entry), "name");
  hc_phase_set_name (phase, text);
  end_edit (self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), text);
}

/* @range has passed check_span() for @unit. */
static void
retime_phase (HcRolesDialog *self,
              GtkWidget     *widget,
              HcTimeUnit     unit,
              HcRange        range)
{
  HcPhase *phase = row_phase (self, widget);
  GtkWidget *expander = g_object_get_data (G_OBJECT (widget), "hc-expander");
  g_autofree char *subtitle = NULL;

  if (phase == NULL)
    return;
  begin_edit (self, _("Change Phase Timing"), widget, "timing");
  hc_phase_set_range (phase, unit, (guint) range.low, (guint) range.high);
  end_edit (self);
  subtitle = hc_phase_format_range_with_source (phase);
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
}

static gboolean
check_span_in (HcTimeUnit   unit,
               HcRange      value,
               GError     **error)
{
  return hc_validate_phase_first (unit, value.low, _("From"), error)
      && hc_validate_phase_last (unit, value.low, value.high, _("To"), error);
}

/* The bounds depend on the phase's unit: 120 months, but 520 weeks. */
static gboolean
check_span (HcRangeRow  *row,
            HcRange      value,
            gpointer     data,
            GError     **error)
{
  HcPhase *phase = row_phase (data, GTK_WIDGET (row));

  return check_span_in (phase != NULL ? hc_phase_get_unit (phase) : HC_TIME_UNIT_WEEK,
                        value, error);
}

static void
on_phase_unit_selected (AdwComboRow   *row,
                        GParamSpec    *pspec,
                        HcRolesDialog *self)
{
  HcPhase *phase = row_phase (self, GTK_WIDGET (row));
  HcRangeRow *span = g_object_get_data (G_OBJECT (row), "hc-span");
  guint unit = adw_combo_row_get_selected (row);
  HcRange range;

  if (phase == NULL || unit > HC_TIME_UNIT_MONTH || unit == (guint) hc_phase_get_unit (phase))
    return;
  /* Weeks 30–200 do not fit in months (at most 120): the numbers are
   * kept where they fit and brought down to the limit where not. */
  range = hc_range_make (hc_phase_get_first (phase), hc_phase_get_last (phase));
  if (!check_span_in (unit, range, NULL))
    {
      double max = unit == HC_TIME_UNIT_MONTH ? HC_MAX_HORIZON_MONTHS : HC_MAX_WEEKS;
      range = hc_range_make (MIN (range.low, max), MIN (range.high, max));
    }
  retime_phase (self, GTK_WIDGET (row), unit, range);
  hc_range_row_set_value (span, range);
}

static void
on_phase_span_changed (HcRangeRow    *row,
                       HcRolesDialog *self)
{
  HcPhase *phase = row_phase (self, GTK_WIDGET (row));

  if (phase != NULL)
    retime_phase (self, GTK_WIDGET (row), hc_phase_get_unit (phase), hc_range_row_get_value (row));
}

static GtkWidget *
make_phase_row (HcRolesDialog *self,
                HcPhase       *phase)
{
  GtkWidget *expander = adw_expander_row_new ();
  GtkWidget *name = adw_entry_row_new ();
  GtkWidget *unit = adw_combo_row_new ();
  GtkWidget *span;
  const char *units[] = { _("Weeks"), _("Months"), NULL };
  g_autoptr(GtkStringList) unit_list = gtk_string_list_new (units);
  g_autofree char *subtitle = hc_phase_format_range_with_source (phase);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (expander), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (expander), hc_phase_get_name (phase));
  adw_expander_row_set_subtitle (ADW_EXPANDER_ROW (expander), subtitle);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (name), _("Name"));
  gtk_editable_set_text (GTK_EDITABLE (name), hc_phase_get_name (phase));
  tag (name, phase);
  g_object_set_data (G_OBJECT (name), "hc-expander", expander);
  hc_entry_edit_setup (GTK_EDITABLE (name), check_name, (HcEntryApply) apply_phase_name, self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (unit), _("Counted In"));
  adw_combo_row_set_model (ADW_COMBO_ROW (unit), G_LIST_MODEL (unit_list));
  adw_combo_row_set_selected (ADW_COMBO_ROW (unit), hc_phase_get_unit (phase));
  tag (unit, phase);
  g_object_set_data (G_OBJECT (unit), "hc-expander", expander);
  g_signal_connect (unit, "notify::selected", G_CALLBACK (on_phase_unit_selected), self);
  span = hc_range_row_new (_("From – To"), check_span, self);
  hc_range_row_set_value (HC_RANGE_ROW (span),
                          hc_range_make (hc_phase_get_first (phase), hc_phase_get_last (phase)));
  tag (span, phase);
  g_object_set_data (G_OBJECT (span), "hc-expander", expander);
  g_signal_connect (span, "range-changed", G_CALLBACK (on_phase_span_changed), self);
  g_signal_connect (span, "revert", G_CALLBACK (on_phase_span_changed), self);
  g_object_set_data (G_OBJECT (unit), "hc-span", span);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), name);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), unit);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander), span);
  adw_expander_row_add_row (ADW_EXPANDER_ROW (expander),
                            make_remove_row (self, phase, _("Remove this phase from the plan"),
                                             _("_Remove")));
  return expander;
}

/* ---- removing a role or a phase ---------------------------------------
 *
 * A role or phase no position uses goes at once (undo brings it back).
 * One that positions use asks where they go, from the plan's other roles
 * (phases); with no other, the core refuses and its message names them. */

/* What an asked removal waits on: the dialog keeps it until the answer,
 * or frees it if it goes first. */
typedef struct Removal
{
  GObject *item;      /* the HcRole or HcPhase */
  GStrv    other_ids; /* what the positions may take instead */
  guint    chosen;    /* index into other_ids */
} Removal;

static void
removal_free (Removal *removal)
{
  g_clear_object (&removal->item);
  g_strfreev (removal->other_ids);
  g_free (removal);
}

static void
remove_now (HcRolesDialog *self,
            GObject       *item,
            const char    *replacement_id)
{
  g_autoptr(GError) error = NULL;
  gboolean is_role = HC_IS_ROLE (item);
  gboolean removed;
  const HcAlertResponse responses[] = { { "close", _("_Close"), HC_RESPONSE_DEFAULT } };

  hc_document_begin_edit (self->document, is_role ? _("Remove Role") : _("Remove Phase"), NULL);
  if (is_role)
    removed = hc_plan_edit_remove_role (get_plan (self), HC_ROLE (item), replacement_id, &error);
  else
    removed = hc_plan_edit_remove_phase (get_plan (self), HC_PHASE (item), replacement_id, &error);
  hc_document_end_edit (self->document);
  if (removed)
    return;
  hc_compat_alert_show (GTK_WINDOW (self),
                        is_role ? _("The Role Cannot Be Removed") : _("The Phase Cannot Be Removed"),
                        error->message, responses, G_N_ELEMENTS (responses),
                        "close", "close", NULL, NULL);
}

static void
on_removal_chosen (GtkDropDown   *choice,
                   GParamSpec    *pspec,
                   HcRolesDialog *self)
{
  if (self->removal != NULL)
    self->removal->chosen = gtk_drop_down_get_selected (choice);
}

/* The alert holds a reference on the dialog until the answer comes. */
static void
on_removal_answer (const char *response,
                   gpointer    data)
{
  HcRolesDialog *self = data;
  Removal *removal = g_steal_pointer (&self->removal);

  if (removal == NULL)
    return;
  if (g_strcmp0 (response, "remove") == 0 && removal->chosen < g_strv_length (removal->other_ids))
    remove_now (self, removal->item, removal->other_ids[removal->chosen]);
  removal_free (removal);
}

/* The names and ids of the items of @model other than @item. */
static GStrv
collect_others (GListModel  *model,
                GObject     *item,
                GStrv       *names_out)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  g_autoptr(GStrvBuilder) names = g_strv_builder_new ();

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) other = g_list_model_get_item (model, i);
      g_autofree char *id = NULL;
      g_autofree char *name = NULL;

      if (other == item)
        continue;
      g_object_get (other, "id", &id, "name", &name, NULL);
      g_strv_builder_add (ids, id);
      g_strv_builder_add (names, name);
    }
  *names_out = g_strv_builder_end (names);
  return g_strv_builder_end (ids);
}

static void
ask_where_they_go (HcRolesDialog *self,
                   GObject       *item,
                   GPtrArray     *users)
{
  gboolean is_role = HC_IS_ROLE (item);
  GListModel *model = is_role ? G_LIST_MODEL (hc_plan_get_roles (get_plan (self)))
                              : G_LIST_MODEL (hc_plan_get_phases (get_plan (self)));
  Removal *removal = g_new0 (Removal, 1);
  g_auto(GStrv) names = NULL;
  g_autofree char *name = NULL;
  g_autofree char *heading = NULL;
  g_autofree char *body = NULL;
  g_autofree char *names_of_users = hc_plan_edit_describe_positions (get_plan (self), users);
  GtkWidget *choice;
  GtkWidget *alert;
  const HcAlertResponse responses[] = {
    { "cancel", _("_Cancel"), HC_RESPONSE_DEFAULT },
    { "remove", is_role ? _("_Remove Role") : _("_Remove Phase"), HC_RESPONSE_DESTRUCTIVE },
  };

  g_object_get (item, "name", &name, NULL);
  removal->item = g_object_ref (item);
  removal->other_ids = collect_others (model, item, &names);
  g_clear_pointer (&self->removal, removal_free);
  self->removal = removal;
  heading = g_strdup_printf (is_role ? _("Remove the Role “%s”?") : _("Remove the Phase “%s”?"), name);
  if (is_role)
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "This role is held by %s. Choose the role it takes instead.",
                                         "This role is held by %s. Choose the role they take instead.",
                                         users->len), names_of_users);
  else
    body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "This phase holds %s. Choose the phase it moves to.",
                                         "This phase holds %s. Choose the phase they move to.",
                                         users->len), names_of_users);
  choice = gtk_drop_down_new_from_strings ((const char * const *) names);
  gtk_accessible_update_property (GTK_ACCESSIBLE (choice), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  is_role ? _("Role for its positions") : _("Phase for its positions"), -1);
  g_signal_connect (choice, "notify::selected", G_CALLBACK (on_removal_chosen), self);
  alert = hc_compat_alert_show (GTK_WINDOW (self), heading, body, responses, G_N_ELEMENTS (responses),
                                "cancel", "cancel", on_removal_answer, self);
  hc_compat_alert_set_extra_child (alert, choice);
}

static void
on_remove_clicked (GtkButton     *button,
                   HcRolesDialog *self)
{
  GObject *item = g_object_get_data (G_OBJECT (button), "hc-item");
  g_autoptr(GPtrArray) users = NULL;
  GListModel *model;

  if (item == NULL)
    return;
  users = HC_IS_ROLE (item) ? hc_plan_edit_find_role_users (get_plan (self), HC_ROLE (item))
                            : hc_plan_edit_find_phase_users (get_plan (self), HC_PHASE (item));
  model = HC_IS_ROLE (item) ? G_LIST_MODEL (hc_plan_get_roles (get_plan (self)))
                            : G_LIST_MODEL (hc_plan_get_phases (get_plan (self)));
  if (users->len > 0 && g_list_model_get_n_items (model) > 1)
    ask_where_they_go (self, item, users);
  else
    remove_now (self, item, NULL);
}

static GtkWidget *
make_remove_row (HcRolesDialog *self,
                 gpointer       item,
                 const char    *title,
                 const char    *label)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "destructive-action");
  tag (button, item);
  g_signal_connect (button, "clicked", G_CALLBACK (on_remove_clicked), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), button);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), button);
  return row;
}

static void
on_add_role (HcRolesDialog *self)
{
  g_autoptr(HcRole) role = NULL;

  hc_document_begin_edit (self->document, _("Add Role"), NULL);
  role = hc_plan_edit_add_role (get_plan (self), _("Custom role"));
  hc_document_end_edit (self->document);
  rebuild (self);
}

static void
on_add_phase (HcRolesDialog *self)
{
  g_autoptr(HcPhase) phase = NULL;

  hc_document_begin_edit (self->document, _("Add Phase"), NULL);
  phase = hc_plan_edit_add_phase (get_plan (self), _("New phase"));
  hc_document_end_edit (self->document);
  rebuild (self);
}

static void
rebuild (HcRolesDialog *self)
{
  GListModel *roles = G_LIST_MODEL (hc_plan_get_roles (get_plan (self)));
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (get_plan (self)));

  for (guint i = 0; i < self->rows->len; i++)
    {
      GtkWidget *row = g_ptr_array_index (self->rows, i);
      adw_preferences_group_remove (ADW_PREFERENCES_GROUP (g_object_get_data (G_OBJECT (row), "hc-group")), row);
    }
  g_ptr_array_set_size (self->rows, 0);
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HcRole) role = g_list_model_get_item (roles, i);
      GtkWidget *row = make_role_row (self, role);
      g_object_set_data (G_OBJECT (row), "hc-group", self->roles_group);
      adw_preferences_group_add (self->roles_group, row);
      g_ptr_array_add (self->rows, row);
    }
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (phases, i);
      GtkWidget *row = make_phase_row (self, phase);
      g_object_set_data (G_OBJECT (row), "hc-group", self->phases_group);
      adw_preferences_group_add (self->phases_group, row);
      g_ptr_array_add (self->rows, row);
    }
}

/* Undo, redo and reload change roles and phases under the rows: show
 * them afresh.  The dialog's own edits are on screen already. */
static void
on_document_changed (HcRolesDialog *self)
{
  if (!self->editing)
    rebuild (self);
}

static GtkWidget *
make_add_button (const char *label,
                 GCallback   callback,
                 gpointer    self)
{
  GtkWidget *button = gtk_button_new_with_mnemonic (label);

  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (button, "clicked", callback, self);
  return button;
}

static AdwPreferencesGroup *
add_page (HcRolesDialog *self,
          const char    *title,
          const char    *icon,
          const char    *description,
          GtkWidget     *suffix)
{
  GtkWidget *page = adw_preferences_page_new ();
  GtkWidget *group = adw_preferences_group_new ();

  adw_preferences_page_set_title (ADW_PREFERENCES_PAGE (page), title);
  adw_preferences_page_set_icon_name (ADW_PREFERENCES_PAGE (page), icon);
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (group), title);
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (group), description);
  adw_preferences_group_set_header_suffix (ADW_PREFERENCES_GROUP (group), suffix);
  adw_preferences_page_add (ADW_PREFERENCES_PAGE (page), ADW_PREFERENCES_GROUP (group));
  adw_preferences_window_add (ADW_PREFERENCES_WINDOW (self), ADW_PREFERENCES_PAGE (page));
  return ADW_PREFERENCES_GROUP (group);
}

static void
hc_roles_dialog_dispose (GObject *object)
{
  HcRolesDialog *self = HC_ROLES_DIALOG (object);

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  g_clear_object (&self->document);
  g_clear_pointer (&self->rows, g_ptr_array_unref);
  g_clear_pointer (&self->removal, removal_free);

  G_OBJECT_CLASS (hc_roles_dialog_parent_class)->dispose (object);
}

static void
hc_roles_dialog_class_init (HcRolesDialogClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hc_roles_dialog_dispose;
}

static void
hc_roles_dialog_init (HcRolesDialog *self)
{
  self->rows = g_ptr_array_new ();
  gtk_window_set_title (GTK_WINDOW (self), _("Roles and Phases"));
  gtk_window_set_modal (GTK_WINDOW (self), TRUE);
  gtk_window_set_default_size (GTK_WINDOW (self), 640, 720);
  adw_preferences_window_set_search_enabled (ADW_PREFERENCES_WINDOW (self), FALSE);
  self->roles_group = add_page (self, _("Roles"), "system-users-symbolic",
                                _("What each kind of engineer costs a year at each seniority, and how long one takes to hire."),
                                make_add_button (_("_Add Role"), G_CALLBACK (on_add_role), self));
  self->phases_group = add_page (self, _("Phases"), "x-office-calendar-symbolic",
                                 _("When each hiring phase runs, in weeks or months from the plan's start."),
                                 make_add_button (_("_Add Phase"), G_CALLBACK (on_add_phase), self));
}

GtkWidget *
hc_roles_dialog_new (HcDocument *document)
{
  HcRolesDialog *self;

  g_return_val_if_fail (HC_IS_DOCUMENT (document), NULL);

  self = g_object_new (HC_TYPE_ROLES_DIALOG, NULL);
  self->document = g_object_ref (document);
  g_signal_connect_swapped (document, "changed", G_CALLBACK (on_document_changed), self);
  rebuild (self);
  return GTK_WIDGET (self);
}
