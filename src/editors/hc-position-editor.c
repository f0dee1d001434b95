/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-position-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-entry-edit.h"
#include "hc-format.h"
#include "hc-locations.h"
#include "hc-plan-edits.h"
#include "hc-position-editor.h"
#include "hc-range-row.h"
#include "hc-resolve.h"
#include "hc-validate.h"

struct _HcPositionEditor
{
  GtkWidget   parent_instance;

  HcDocument   *document;
  HcPosition   *position;
  GSignalGroup *document_signals;
  gboolean      updating;

  GtkWidget      *back_button;
  GtkWidget      *move_up_button;
  GtkWidget      *move_down_button;
  GtkLabel       *title_label;
  AdwComboRow    *role_row;
  AdwComboRow    *seniority_row;
  GtkSpinButton  *count_spin;
  AdwComboRow    *phase_row;
  AdwComboRow    *sourcing_row;
  AdwEntryRow    *location_row;
  GtkMenuButton  *presets_button;
  GtkSpinButton  *adjustment_spin;
  AdwPreferencesGroup *money_group;
  AdwEntryRow    *notes_row;
  HcRangeRow     *salary_row;
  HcRangeRow     *time_to_hire_row;
  HcRangeRow     *relocation_row;
  /* Whether the position had its own figure before the edit under way: a
   * refused value brings that back, not the benchmark set by hand. */
  gboolean        salary_was_set;
  gboolean        time_to_hire_was_set;
};

enum {
  DONE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (HcPositionEditor, hc_position_editor, GTK_TYPE_WIDGET)

static HcPlan *
get_plan (HcPositionEditor *self)
{
  return hc_document_get_plan (self->document);
}

/* Every model edit from this editor goes through here: one undo step,
 * named, merged with the previous one when the same field is typed in. */
static void
begin_edit (HcPositionEditor *self,
            const char       *label,
            const char       *field)
{
  g_autofree char *key = g_strdup_printf ("position:%s:%s",
                                          hc_position_get_id (self->position), field);

  hc_document_begin_edit (self->document, label, field != NULL ? key : NULL);
}

static void
set_string_model (AdwComboRow *row,
                  GStrv        names)
{
  GListModel *model = adw_combo_row_get_model (row);
  guint n = model != NULL ? g_list_model_get_n_items (model) : 0;
  gboolean same = n == g_strv_length (names);

  for (guint i = 0; same && i < n; i++)
    same = g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), i), names[i]) == 0;
  if (!same)
    {
      g_autoptr(GtkStringList) list = gtk_string_list_new ((const char * const *) names);
      adw_combo_row_set_model (row, G_LIST_MODEL (list));
    }
}

static GStrv
collect_names (GListModel *model,
               const char *(*get_name) (gpointer))
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_strv_builder_add (builder, get_name (item));
    }
  return g_strv_builder_end (builder);
}

static guint
find_index_by_id (GListModel *model,
                  const char *id)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *item_id = NULL;

      g_object_get (item, "id", &item_id, NULL);
      if (g_strcmp0 (item_id, id) == 0)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

static void
refresh_choices (HcPositionEditor *self)
{
  HcPlan *plan = get_plan (self);
  g_auto(GStrv) roles = collect_names (G_LIST_MODEL (hc_plan_get_roles (plan)),
                                       (const char *(*)(gpointer)) hc_role_get_name);
  g_auto(GStrv) phases = collect_names (G_LIST_MODEL (hc_plan_get_phases (plan)),
                                        (const char *(*)(gpointer)) hc_phase_get_name);

  set_string_model (self->role_row, roles);
  set_string_model (self->phase_row, phases);
}

/* Where a salary's default comes from, as its hint says it: a converted
 * US benchmark says so first (DOMAIN.md, "US dollars"), then the band's
 * source (the guides, the older set, or the plan's role table), then a
 * location that moves it (a preset, or a percentage typed by hand). */
static char *
describe_salary_default (const HcResolvedPosition *resolved,
                         const char               *bench)
{
  g_autoptr(GStrvBuilder) parts = g_strv_builder_new ();
  g_auto(GStrv) strv = NULL;
  HcSource source;

  g_strv_builder_add (parts, bench);
  if (resolved->exchange_source == HC_FIGURE_CONVERTED)
    g_strv_builder_add (parts, hc_figure_source_get_label (HC_FIGURE_CONVERTED));
  if (resolved->band_source == HC_FIGURE_OLDER_SET)
    g_strv_builder_add (parts, hc_figure_source_get_label (HC_FIGURE_OLDER_SET));
  else if (hc_resolved_salary_source (resolved, &source))
    g_strv_builder_add (parts, hc_source_get_label (source));
  else if (resolved->band_source == HC_FIGURE_PERSON)
    g_strv_builder_add (parts, _("this plan’s role table"));
  else if (resolved->band_source != HC_FIGURE_NONE)
    /* A default band moved by a percentage typed by hand. */
    g_strv_builder_add (parts, hc_figure_source_get_label (resolved->band_source));
  /* A preset's figure, the guide's or (where it gives none for the level)
   * an estimate. */
  if (resolved->location_source == HC_FIGURE_PRESET
      || resolved->location_source == HC_FIGURE_ESTIMATE)
    g_strv_builder_add (parts, hc_figure_source_get_label (HC_FIGURE_PRESET));
  else if (resolved->location_source == HC_FIGURE_PERSON)
    g_strv_builder_add (parts, _("location set by hand"));
  strv = g_strv_builder_end (parts);
  return g_strjoinv (" · ", strv);
}

static void
refresh_money (HcPositionEditor *self)
{
  HcPlan *plan = get_plan (self);
  const char *currency = hc_plan_get_currency (plan);
  gboolean salary_set = hc_position_get_salary_override (self->position, NULL);
  gboolean weeks_set = hc_position_get_time_to_hire (self->position, NULL);
  HcResolvedPosition resolved;
  g_autofree char *bench = NULL;
  g_autofree char *salary_hint = NULL;
  g_autofree char *weeks_hint = NULL;
  HcSource source;

  /* Every figure shown here is the plan's resolution's (hc-resolve.h). */
  hc_resolve_position (plan, self->position, &resolved);
  bench = hc_format_money_range_compact (resolved.benchmark, currency);
  /* Beside every default, where it comes from ("$150K–$280K · both
   * guides"); a figure of the plan's own role table says so. */
  if (salary_set && resolved.exchange_source == HC_FIGURE_CONVERTED)
    /* Translators: "Set by hand · benchmark €138K–€258K · converted US benchmark" */
    salary_hint = g_strdup_printf (_("Set by hand · benchmark %s · %s"), bench,
                                   hc_figure_source_get_label (HC_FIGURE_CONVERTED));
  else if (salary_set)
    salary_hint = g_strdup_printf (_("Set by hand · benchmark %s"), bench);
  else
    salary_hint = describe_salary_default (&resolved, bench);
  hc_range_row_set_value (self->salary_row, resolved.salary);
  hc_range_row_set_hint (self->salary_row, salary_hint, salary_set);
  if (!hc_range_row_is_editing (self->salary_row))
    self->salary_was_set = salary_set;
  if (weeks_set)
    {
      /* What it would take without its own: the resolution's one rule. */
      HcRange weeks = resolved.default_time_to_hire;
      g_autofree char *low = hc_format_number (HC_FORMAT_FOR_PEOPLE, weeks.low, 1);
      g_autofree char *high = hc_format_number (HC_FORMAT_FOR_PEOPLE, weeks.high, 1);

      if (resolved.first_hire)
        weeks_hint = g_strdup_printf (_("Set by hand · first backend hire takes %s–%s weeks"),
                                      low, high);
      else
        weeks_hint = g_strdup_printf (_("Set by hand · role takes %s–%s weeks"), low, high);
    }
  else
    {
      HcRange weeks = resolved.time_to_hire;
      gboolean known = hc_plan_get_time_to_hire_source (plan, self->position, &source);
      gboolean first = resolved.first_hire;
      g_autofree char *low = hc_format_number (HC_FORMAT_FOR_PEOPLE, weeks.low, 1);
      g_autofree char *high = hc_format_number (HC_FORMAT_FOR_PEOPLE, weeks.high, 1);
      const char *from = known ? hc_source_get_label (source) : _("this plan’s role table");

      /* A scenario's tighter market stretched it: its own words. */
      if (resolved.time_to_hire_source == HC_FIGURE_MARKET)
        from = hc_figure_source_get_label (resolved.time_to_hire_source);

      if (first)
        /* Translators: "6–10 weeks · first backend hire · both guides" */
        weeks_hint = g_strdup_printf (_("%s–%s weeks · first backend hire · %s"), low, high, from);
      else
        /* Translators: "4–6 weeks · team guide" */
        weeks_hint = g_strdup_printf (_("%s–%s weeks · %s"), low, high, from);
    }
  hc_range_row_set_value (self->time_to_hire_row, resolved.time_to_hire);
  hc_range_row_set_hint (self->time_to_hire_row, weeks_hint, weeks_set);
  if (!hc_range_row_is_editing (self->time_to_hire_row))
    self->time_to_hire_was_set = weeks_set;
}

/* Relocation is a cost the guides leave out: zero, and said so, until
 * the position sets it. */
static void
refresh_relocation (HcPositionEditor *self)
{
  HcRange relocation = hc_position_get_relocation (self->position);
  gboolean set = relocation.low != 0 || relocation.high != 0;

  hc_range_row_set_value (self->relocation_row, relocation);
  hc_range_row_set_hint (self->relocation_row,
                         set ? _("Once, at each person’s start · not in the guides")
                             : _("Not in the guides · 0 until set"),
                         set);
}

/* Whether the position has a neighbour in its own phase @delta away:
 * positions only move within their phase's group. */
static gboolean
can_move (HcPositionEditor *self,
          int               delta)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (get_plan (self)));
  guint n = g_list_model_get_n_items (positions);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      g_autoptr(HcPosition) neighbour = NULL;

      if (position != self->position)
        continue;
      if ((delta < 0 && i == 0) || (delta > 0 && i + 1 >= n))
        return FALSE;
      neighbour = g_list_model_get_item (positions, i + delta);
      return g_strcmp0 (hc_position_get_phase_id (neighbour),
                        hc_position_get_phase_id (position)) == 0;
    }
  return FALSE;
}

static gboolean
holds_focus (HcPositionEditor *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

/* Disabled moves also take their buttons out of the Tab order, so
 * Alt+Up/Down and the buttons never silently do nothing.  A button that
 * goes insensitive under the focus (Move Up, clicked at the top of its
 * phase) drops the focus out of the window, and Alt+Up/Down, bound to
 * the editor, would reach nothing: the focus goes to the other move
 * button, or back to Back, and the keys go on working from there. */
static void
update_move_actions (HcPositionEditor *self)
{
  gboolean had_focus = holds_focus (self);
  gboolean up = can_move (self, -1), down = can_move (self, 1);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-up", up);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "editor.move-down", down);
  if (had_focus && !holds_focus (self))
    gtk_widget_grab_focus (up ? self->move_up_button : down ? self->move_down_button : self->back_button);
}

#define PRESET_FOLLOWS_LEVEL \
  _("A location preset’s percentage follows the level: give the location a name of its own to type a percentage.")

static void
refresh (HcPositionEditor *self)
{
  HcPlan *plan = get_plan (self);
  HcPosition *p = self->position;
  g_autofree char *title = hc_plan_describe_position (plan, p);

  self->updating = TRUE;
  refresh_choices (self);
  gtk_label_set_label (self->title_label, title);
  adw_combo_row_set_selected (self->role_row,
                              find_index_by_id (G_LIST_MODEL (hc_plan_get_roles (plan)),
                                                hc_position_get_role_id (p)));
  adw_combo_row_set_selected (self->seniority_row, hc_position_get_seniority (p));
  if ((guint) gtk_spin_button_get_value_as_int (self->count_spin) != hc_position_get_count (p))
    gtk_spin_button_set_value (self->count_spin, hc_position_get_count (p));
  adw_combo_row_set_selected (self->phase_row,
                              find_index_by_id (G_LIST_MODEL (hc_plan_get_phases (plan)),
                                                hc_position_get_phase_id (p)));
  adw_combo_row_set_selected (self->sourcing_row, hc_position_get_sourcing (p));
  hc_entry_edit_set_text (GTK_EDITABLE (self->location_row), hc_position_get_location (p));
  if (gtk_spin_button_get_value (self->adjustment_spin) != hc_position_get_location_adjustment (p))
    gtk_spin_button_set_value (self->adjustment_spin, hc_position_get_location_adjustment (p));
  /* A preset's percentage follows the level; a custom location, under a
   * name of its own, takes a typed one (DOMAIN.md). */
  gtk_widget_set_sensitive (GTK_WIDGET (self->adjustment_spin),
                            hc_position_get_location_preset (p) == NULL);
  if (hc_position_get_location_preset (p) != NULL)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->adjustment_spin), PRESET_FOLLOWS_LEVEL);
  else if (g_strcmp0 (gtk_widget_get_tooltip_text (GTK_WIDGET (self->adjustment_spin)),
                      PRESET_FOLLOWS_LEVEL) == 0)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->adjustment_spin), NULL);
  hc_entry_edit_set_text (GTK_EDITABLE (self->notes_row), hc_position_get_notes (p));
  refresh_money (self);
  refresh_relocation (self);
  update_move_actions (self);
  self->updating = FALSE;
}

static gboolean
can_edit (HcPositionEditor *self)
{
  return !self->updating && self->position != NULL && self->document != NULL;
}

static void
on_role_selected (HcPositionEditor *self)
{
  guint i = adw_combo_row_get_selected (self->role_row);
  g_autoptr(HcRole) role = NULL;

  if (!can_edit (self) || i == GTK_INVALID_LIST_POSITION)
    return;
  role = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_roles (get_plan (self))), i);
  begin_edit (self, _("Change Role"), NULL);
  hc_position_set_role_id (self->position, hc_role_get_id (role));
  hc_document_end_edit (self->document);
}

static void
on_seniority_selected (HcPositionEditor *self)
{
  guint i = adw_combo_row_get_selected (self->seniority_row);

  if (!can_edit (self) || i >= HC_N_SENIORITIES)
    return;
  begin_edit (self, _("Change Seniority"), NULL);
  /* The hiring guide's geography is per level: a preset's figure follows. */
  hc_position_set_seniority_with_location (self->position, i);
  hc_document_end_edit (self->document);
}

static void
on_count_changed (HcPositionEditor *self)
{
  double count = gtk_spin_button_get_value (self->count_spin);
  g_autoptr(GError) error = NULL;
  gboolean valid = hc_validate_count (count, _("Count"), &error);

  if (!hc_entry_edit_show_verdict (GTK_WIDGET (self->count_spin), valid, error) || !can_edit (self))
    return;
  begin_edit (self, _("Change Count"), "count");
  hc_position_set_count (self->position, (guint) count);
  hc_document_end_edit (self->document);
}

static void
on_phase_selected (HcPositionEditor *self)
{
  guint i = adw_combo_row_get_selected (self->phase_row);
  g_autoptr(HcPhase) phase = NULL;

  if (!can_edit (self) || i == GTK_INVALID_LIST_POSITION)
    return;
  phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (get_plan (self))), i);
  begin_edit (self, _("Move to Phase"), NULL);
  hc_plan_edit_set_phase (get_plan (self), self->position, hc_phase_get_id (phase));
  hc_document_end_edit (self->document);
}

static void
on_sourcing_selected (HcPositionEditor *self)
{
  guint i = adw_combo_row_get_selected (self->sourcing_row);

  if (!can_edit (self) || i > HC_SOURCING_AGENCY)
    return;
  begin_edit (self, _("Change Sourcing"), NULL);
  hc_position_set_sourcing (self->position, i);
  hc_document_end_edit (self->document);
}

static gboolean
check_location (const char  *text,
                gpointer     data,
                GError     **error)
{
  return hc_validate_title (text, _("Location"), error);
}

static void
apply_location (GtkEditable      *entry,
                const char       *text,
                HcPositionEditor *self)
{
  if (!can_edit (self))
    return;
  begin_edit (self, _("Change Location"), "location");
  /* A preset's name makes it the preset, at its level's figure. */
  hc_position_set_location_name (self->position, text);
  hc_document_end_edit (self->document);
}

static void
on_adjustment_changed (HcPositionEditor *self)
{
  double percent = gtk_spin_button_get_value (self->adjustment_spin);
  g_autoptr(GError) error = NULL;
  gboolean valid = hc_validate_location_adjustment (percent, _("Salary adjustment"), &error);

  if (!hc_entry_edit_show_verdict (GTK_WIDGET (self->adjustment_spin), valid, error) || !can_edit (self))
    return;
  begin_edit (self, _("Change Salary Adjustment"), "adjustment");
  hc_position_set_location_adjustment (self->position, percent);
  hc_document_end_edit (self->document);
}

static gboolean
check_notes (const char  *text,
             gpointer     data,
             GError     **error)
{
  return hc_validate_notes (text, _("Notes"), error);
}

static void
apply_notes (GtkEditable      *entry,
             const char       *text,
             HcPositionEditor *self)
{
  if (!can_edit (self))
    return;
  begin_edit (self, _("Change Notes"), "notes");
  hc_position_set_notes (self->position, text);
  hc_document_end_edit (self->document);
}

static void
on_salary_changed (HcPositionEditor *self)
{
  HcRange salary = hc_range_row_get_value (self->salary_row);

  if (!can_edit (self))
    return;
  begin_edit (self, _("Change Salary"), "salary");
  hc_position_set_salary_override (self->position, &salary);
  hc_document_end_edit (self->document);
}

static void
on_salary_revert (HcPositionEditor *self)
{
  HcRange salary = hc_range_row_get_value (self->salary_row);

  if (!can_edit (self))
    return;
  begin_edit (self, _("Change Salary"), "salary");
  hc_position_set_salary_override (self->position, self->salary_was_set ? &salary : NULL);
  hc_document_end_edit (self->document);
}

static void
on_salary_reset (HcPositionEditor *self)
{
  if (!can_edit (self))
    return;
  begin_edit (self, _("Use Benchmark Salary"), NULL);
  hc_position_set_salary_override (self->position, NULL);
  hc_document_end_edit (self->document);
}

static void
on_time_to_hire_changed (HcPositionEditor *self)
{
  HcRange weeks = hc_range_row_get_value (self->time_to_hire_row);

  if (!can_edit (self))
    return;
  begin_edit (self, _("Change Time to Hire"), "time-to-hire");
  hc_position_set_time_to_hire (self->position, &weeks);
  hc_document_end_edit (self->document);
}

static void
on_time_to_hire_revert (HcPositionEditor *self)
{
  HcRange weeks = hc_range_row_get_value (self->time_to_hire_row);

  if (!can_edit (self))
    return;
  begin_edit (self, _("Change Time to Hire"), "time-to-hire");
  hc_position_set_time_to_hire (self->position, self->time_to_hire_was_set ? &weeks : NULL);
  hc_document_end_edit (self->document);
}

static void
on_time_to_hire_reset (HcPositionEditor *self)
{
  if (!can_edit (self))
    return;
  begin_edit (self, _("Use Role's Time to Hire"), NULL);
  hc_position_set_time_to_hire (self->position, NULL);
  hc_document_end_edit (self->document);
}

static void
on_relocation_changed (HcPositionEditor *self)
{
  if (!can_edit (self))
    return;
  begin_edit (self, _("Change Relocation"), "relocation");
  hc_position_set_relocation (self->position, hc_range_row_get_value (self->relocation_row));
  hc_document_end_edit (self->document);
}

static void
on_relocation_reset (HcPositionEditor *self)
{
  if (!can_edit (self))
    return;
  begin_edit (self, _("Change Relocation"), NULL);
  hc_position_set_relocation (self->position, hc_range_make (0, 0));
  hc_document_end_edit (self->document);
}

static void
on_preset_clicked (GtkButton        *button,
                   HcPositionEditor *self)
{
  const HcLocationPreset *preset = g_object_get_data (G_OBJECT (button), "hc-preset");

  if (!can_edit (self))
    return;
  gtk_menu_button_popdown (self->presets_button);
  begin_edit (self, _("Change Location"), NULL);
  hc_position_set_location_name (self->position, preset->name);
  hc_document_end_edit (self->document);
}

static void
build_presets_popover (HcPositionEditor *self)
{
  GtkWidget *popover = gtk_popover_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  const HcLocationPreset *presets = hc_location_presets ();

  for (guint i = 0; presets[i].name != NULL; i++)
    {
      /* The figure depends on the level (junior, mid, senior), so the
       * menu shows the guide's three. */
      g_autofree char *label = g_strdup_printf ("%s (%+g / %+g / %+g %%)", presets[i].name,
                                                presets[i].by_level[HC_SENIORITY_JUNIOR],
                                                presets[i].by_level[HC_SENIORITY_MID],
                                                presets[i].by_level[HC_SENIORITY_SENIOR]);
      GtkWidget *button = gtk_button_new_with_label (label);

      gtk_widget_add_css_class (button, "flat");
      gtk_label_set_xalign (GTK_LABEL (gtk_button_get_child (GTK_BUTTON (button))), 0);
      g_object_set_data (G_OBJECT (button), "hc-preset", (gpointer) &presets[i]);
      g_signal_connect (button, "clicked", G_CALLBACK (on_preset_clicked), self);
      gtk_box_append (GTK_BOX (box), button);
    }
  gtk_popover_set_child (GTK_POPOVER (popover), box);
  gtk_menu_button_set_popover (self->presets_button, popover);
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
check_time_to_hire (HcRangeRow  *row,
                    HcRange      value,
                    gpointer     data,
                    GError     **error)
{
  return hc_validate_weeks (value, _("Time to hire"), error);
}

static gboolean
check_relocation (HcRangeRow  *row,
                  HcRange      value,
                  gpointer     data,
                  GError     **error)
{
  return hc_validate_relocation (value, _("Relocation"), error);
}

static void
build_relocation_row (HcPositionEditor *self)
{
  self->relocation_row = HC_RANGE_ROW (hc_range_row_new (_("Relocation per Person"),
                                                         check_relocation, NULL));
  g_signal_connect_swapped (self->relocation_row, "range-changed",
                            G_CALLBACK (on_relocation_changed), self);
  /* A refused value puts back the one from before the edit, which the
   * row holds again by then: the same handler applies both. */
  g_signal_connect_swapped (self->relocation_row, "revert",
                            G_CALLBACK (on_relocation_changed), self);
  g_signal_connect_swapped (self->relocation_row, "reset",
                            G_CALLBACK (on_relocation_reset), self);
  adw_preferences_group_add (self->money_group, GTK_WIDGET (self->relocation_row));
}

static void
build_money_rows (HcPositionEditor *self)
{
  self->salary_row = HC_RANGE_ROW (hc_range_row_new (_("Salary per Person (a year)"),
                                                     check_salary, NULL));
  self->time_to_hire_row = HC_RANGE_ROW (hc_range_row_new (_("Time to Hire (weeks)"),
                                                           check_time_to_hire, NULL));
  g_signal_connect_swapped (self->salary_row, "range-changed", G_CALLBACK (on_salary_changed), self);
  g_signal_connect_swapped (self->salary_row, "revert", G_CALLBACK (on_salary_revert), self);
  g_signal_connect_swapped (self->time_to_hire_row, "revert",
                            G_CALLBACK (on_time_to_hire_revert), self);
  g_signal_connect_swapped (self->salary_row, "reset", G_CALLBACK (on_salary_reset), self);
  g_signal_connect_swapped (self->time_to_hire_row, "range-changed",
                            G_CALLBACK (on_time_to_hire_changed), self);
  g_signal_connect_swapped (self->time_to_hire_row, "reset",
                            G_CALLBACK (on_time_to_hire_reset), self);
  adw_preferences_group_add (self->money_group, GTK_WIDGET (self->salary_row));
  adw_preferences_group_add (self->money_group, GTK_WIDGET (self->time_to_hire_row));
}

static GtkWidget *
find_descendant (GtkWidget *root,
                 GType      type)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        return child;
      if ((found = find_descendant (child, type)) != NULL)
        return found;
    }
  return NULL;
}

/* libadwaita 1.2's list puts the keyboard on its first item whatever is
 * chosen, so arrows would start from the top: start from the choice. */
static void
on_choices_mapped (GtkWidget   *popover,
                   AdwComboRow *row)
{
  GtkWidget *list = find_descendant (popover, GTK_TYPE_LIST_VIEW);
  guint selected = adw_combo_row_get_selected (row);
  GtkWidget *item = list != NULL ? gtk_widget_get_first_child (list) : NULL;

  for (guint i = 0; item != NULL && i < selected; i++)
    item = gtk_widget_get_next_sibling (item);
  if (item != NULL && selected != GTK_INVALID_LIST_POSITION)
    gtk_widget_grab_focus (item);
}

/* Closing the list does not always hand the focus back (it can stay on
 * the hidden item, where Ctrl+Z and the other keys are lost). */
static void
on_choices_closed (GtkWidget   *popover,
                   AdwComboRow *row)
{
  GtkRoot *root = gtk_widget_get_root (popover);
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  if (focus == NULL || focus == popover || gtk_widget_is_ancestor (focus, popover))
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

static void
focus_choice_on_popup (AdwComboRow *row)
{
  GtkWidget *popover = find_descendant (GTK_WIDGET (row), GTK_TYPE_POPOVER);

  if (popover == NULL)
    return;
  g_signal_connect_object (popover, "map", G_CALLBACK (on_choices_mapped), row, G_CONNECT_AFTER);
  g_signal_connect_object (popover, "closed", G_CALLBACK (on_choices_closed), row, G_CONNECT_AFTER);
}

/* ---- the drop-downs' items --------------------------------------------------
 *
 * libadwaita 1.2 gives a combo row's items labels of 20 characters at
 * most, shortened past that in the row and in its list alike, however
 * much room either has: "Infrastructure / DevOps engi…" in a list half
 * the window's width.  These factories shorten an item only where the
 * room ends: the row's at the row's width, the list's at 40 characters. */

#define LIST_MAX_CHARS 40

static const char *
item_text (GtkListItem *list_item)
{
  gpointer item = gtk_list_item_get_item (list_item);

  return GTK_IS_STRING_OBJECT (item) ? gtk_string_object_get_string (item) : NULL;
}

static GtkWidget *
make_item_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  return label;
}

static void
setup_row_item (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item)
{
  GtkWidget *label = make_item_label ();

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_list_item_set_child (list_item, label);
}

static void
bind_row_item (GtkSignalListItemFactory *factory,
               GtkListItem              *list_item)
{
  gtk_label_set_label (GTK_LABEL (gtk_list_item_get_child (list_item)), item_text (list_item));
}

/* The chosen item's check mark, as libadwaita draws it. */
static void
sync_check (AdwComboRow *row,
            GParamSpec  *pspec,
            GtkListItem *list_item)
{
  GtkWidget *check = gtk_widget_get_last_child (gtk_list_item_get_child (list_item));

  gtk_widget_set_opacity (check, adw_combo_row_get_selected_item (row) == gtk_list_item_get_item (list_item));
}

static void
setup_list_item (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *label = make_item_label ();

  gtk_label_set_max_width_chars (GTK_LABEL (label), LIST_MAX_CHARS);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), gtk_image_new_from_icon_name ("object-select-symbolic"));
  gtk_list_item_set_child (list_item, box);
}

static void
bind_list_item (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                AdwComboRow              *row)
{
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));
  const char *text = item_text (list_item);

  gtk_label_set_label (GTK_LABEL (label), text);
  /* The whole name where a long one is shortened. */
  gtk_widget_set_tooltip_text (label, text != NULL && g_utf8_strlen (text, -1) > LIST_MAX_CHARS ? text : NULL);
  g_signal_connect (row, "notify::selected-item", G_CALLBACK (sync_check), list_item);
  sync_check (row, NULL, list_item);
}

static void
unbind_list_item (GtkSignalListItemFactory *factory,
                  GtkListItem              *list_item,
                  AdwComboRow              *row)
{
  g_signal_handlers_disconnect_by_func (row, sync_check, list_item);
}

static void
use_whole_items (AdwComboRow *row)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkListItemFactory) list_factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_item), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_item), NULL);
  g_signal_connect (list_factory, "setup", G_CALLBACK (setup_list_item), NULL);
  g_signal_connect (list_factory, "bind", G_CALLBACK (bind_list_item), row);
  g_signal_connect (list_factory, "unbind", G_CALLBACK (unbind_list_item), row);
  adw_combo_row_set_factory (row, factory);
  adw_combo_row_set_list_factory (row, list_factory);
}

static void
fill_fixed_choices (HcPositionEditor *self)
{
  const char *seniorities[HC_N_SENIORITIES + 1] = { NULL };
  const char *sourcings[4] = { NULL };
  g_autoptr(GtkStringList) seniority_list = NULL;
  g_autoptr(GtkStringList) sourcing_list = NULL;

  for (guint i = 0; i < HC_N_SENIORITIES; i++)
    seniorities[i] = hc_seniority_get_label (i);
  for (guint i = 0; i <= HC_SOURCING_AGENCY; i++)
    sourcings[i] = hc_sourcing_get_label (i);
  seniority_list = gtk_string_list_new (seniorities);
  sourcing_list = gtk_string_list_new (sourcings);
  adw_combo_row_set_model (self->seniority_row, G_LIST_MODEL (seniority_list));
  adw_combo_row_set_model (self->sourcing_row, G_LIST_MODEL (sourcing_list));
}

/* The title and hints also depend on the role catalogue and the
 * currency, so the editor follows the whole document, not just the
 * position.  The plan keeps its objects through undo: the position is
 * the same one or, if an undo took it out of the plan, gone. */
static void
on_document_changed (HcPositionEditor *self)
{
  if (!g_list_store_find (hc_plan_get_positions (get_plan (self)), self->position, NULL))
    {
      g_signal_emit (self, signals[DONE], 0);
      return;
    }
  refresh (self);
}

static void
disconnect_position (HcPositionEditor *self)
{
  if (self->document_signals != NULL)
    g_signal_group_set_target (self->document_signals, NULL);
  g_clear_object (&self->position);
  g_clear_object (&self->document);
}

static void
action_back (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  g_signal_emit (widget, signals[DONE], 0);
}

static void
action_move (GtkWidget  *widget,
             const char *action_name,
             GVariant   *param)
{
  HcPositionEditor *self = HC_POSITION_EDITOR (widget);
  int delta = g_str_equal (action_name, "editor.move-up") ? -1 : 1;

  if (self->position == NULL)
    return;
  begin_edit (self, delta < 0 ? _("Move Position Up") : _("Move Position Down"), NULL);
  hc_plan_edit_move_position (get_plan (self), self->position, delta);
  hc_document_end_edit (self->document);
}

static void
action_duplicate (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  HcPositionEditor *self = HC_POSITION_EDITOR (widget);
  g_autoptr(HcDocument) document = NULL;
  g_autoptr(HcPosition) copy = NULL;

  if (self->position == NULL)
    return;
  document = g_object_ref (self->document);
  begin_edit (self, _("Duplicate Position"), NULL);
  copy = hc_plan_edit_duplicate_position (get_plan (self), self->position);
  hc_document_end_edit (document);
  hc_position_editor_set_position (self, document, copy);
}

/* The position now at @index, else the one before it; NULL if none. */
static HcPosition *
find_neighbour (HcPlan *plan,
                guint   index)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  guint n = g_list_model_get_n_items (positions);

  if (n == 0)
    return NULL;
  return g_list_model_get_item (positions, MIN (index, n - 1));
}

static void
action_remove (GtkWidget  *widget,
               const char *action_name,
               GVariant   *param)
{
  HcPositionEditor *self = HC_POSITION_EDITOR (widget);
  g_autoptr(HcDocument) document = NULL;
  g_autoptr(HcPosition) position = NULL;
  g_autoptr(HcPosition) neighbour = NULL;
  guint index;

  if (self->position == NULL)
    return;
  if (!g_list_store_find (hc_plan_get_positions (get_plan (self)), self->position, &index))
    return;
  document = g_object_ref (self->document);
  position = g_object_ref (self->position);
  disconnect_position (self);
  hc_document_begin_edit (document, _("Remove Position"), NULL);
  hc_plan_edit_remove_position (hc_document_get_plan (document), position);
  hc_document_end_edit (document);
  /* The list puts the keyboard focus on the position the editor shows
   * when it is done: the one that took the removed one's place. */
  neighbour = find_neighbour (hc_document_get_plan (document), index);
  if (neighbour != NULL)
    hc_position_editor_set_position (self, document, neighbour);
  g_signal_emit (self, signals[DONE], 0);
}

static void
hc_position_editor_dispose (GObject *object)
{
  HcPositionEditor *self = HC_POSITION_EDITOR (object);

  disconnect_position (self);
  g_clear_object (&self->document_signals);
  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_POSITION_EDITOR);
  /* The template's root is not a bound child: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hc_position_editor_parent_class)->dispose (object);
}

static void
hc_position_editor_class_init (HcPositionEditorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_position_editor_dispose;

  signals[DONE] = g_signal_new ("done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/headcount/Headcount/ui/hc-position-editor.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, back_button);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, move_up_button);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, move_down_button);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, title_label);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, role_row);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, seniority_row);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, count_spin);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, phase_row);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, sourcing_row);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, location_row);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, presets_button);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, adjustment_spin);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, money_group);
  gtk_widget_class_bind_template_child (widget_class, HcPositionEditor, notes_row);

  gtk_widget_class_install_action (widget_class, "editor.back", NULL, action_back);
  gtk_widget_class_install_action (widget_class, "editor.move-up", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "editor.move-down", NULL, action_move);
  gtk_widget_class_install_action (widget_class, "editor.duplicate", NULL, action_duplicate);
  gtk_widget_class_install_action (widget_class, "editor.remove", NULL, action_remove);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "editor.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Left, GDK_ALT_MASK, "editor.back", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Up, GDK_ALT_MASK, "editor.move-up", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Down, GDK_ALT_MASK, "editor.move-down", NULL);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_d, GDK_CONTROL_MASK, "editor.duplicate", NULL);
}

static void
hc_position_editor_init (HcPositionEditor *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->document_signals = g_signal_group_new (HC_TYPE_DOCUMENT);
  g_signal_group_connect_swapped (self->document_signals, "changed",
                                  G_CALLBACK (on_document_changed), self);
  /* The spin buttons hold only what the core allows. */
  gtk_spin_button_set_range (self->count_spin, 1, HC_MAX_COUNT);
  gtk_spin_button_set_range (self->adjustment_spin, HC_MIN_LOCATION_PCT, HC_MAX_LOCATION_PCT);
  hc_entry_edit_setup_number (self->count_spin);
  hc_entry_edit_setup_number (self->adjustment_spin);
  use_whole_items (self->role_row);
  use_whole_items (self->seniority_row);
  use_whole_items (self->phase_row);
  use_whole_items (self->sourcing_row);
  fill_fixed_choices (self);
  focus_choice_on_popup (self->role_row);
  focus_choice_on_popup (self->seniority_row);
  focus_choice_on_popup (self->phase_row);
  focus_choice_on_popup (self->sourcing_row);
  build_money_rows (self);
  build_relocation_row (self);
  build_presets_popover (self);
  g_signal_connect_swapped (self->role_row, "notify::selected", G_CALLBACK (on_role_selected), self);
  g_signal_connect_swapped (self->seniority_row, "notify::selected",
                            G_CALLBACK (on_seniority_selected), self);
  g_signal_connect_swapped (self->count_spin, "value-changed", G_CALLBACK (on_count_changed), self);
  g_signal_connect_swapped (self->phase_row, "notify::selected", G_CALLBACK (on_phase_selected), self);
  g_signal_connect_swapped (self->sourcing_row, "notify::selected",
                            G_CALLBACK (on_sourcing_selected), self);
  hc_entry_edit_setup (GTK_EDITABLE (self->location_row), check_location,
                       (HcEntryApply) apply_location, self);
  g_signal_connect_swapped (self->adjustment_spin, "value-changed",
                            G_CALLBACK (on_adjustment_changed), self);
  hc_entry_edit_setup (GTK_EDITABLE (self->notes_row), check_notes,
                       (HcEntryApply) apply_notes, self);
}

GtkWidget *
hc_position_editor_new (void)
{
  return g_object_new (HC_TYPE_POSITION_EDITOR, NULL);
}

void
hc_position_editor_set_position (HcPositionEditor *self,
                                 HcDocument       *document,
                                 HcPosition       *position)
{
  g_return_if_fail (HC_IS_POSITION_EDITOR (self));

  disconnect_position (self);
  if (position == NULL)
    return;
  self->document = g_object_ref (document);
  self->position = g_object_ref (position);
  g_signal_group_set_target (self->document_signals, document);
  hc_undo_stack_seal (hc_document_get_undo_stack (document));
  refresh (self);
}

HcPosition *
hc_position_editor_get_position (HcPositionEditor *self)
{
  g_return_val_if_fail (HC_IS_POSITION_EDITOR (self), NULL);
  return self->position;
}
