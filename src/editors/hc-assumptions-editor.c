/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-assumptions-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-assumptions-editor.h"
#include "hc-entry-edit.h"
#include "hc-format.h"
#include "hc-plan.h"
#include "hc-range-row.h"
#include "hc-validate.h"

struct _HcAssumptionsEditor
{
  AdwPreferencesGroup parent_instance;

  HcDocument  *document;
  GtkWidget   *rows[HC_N_ASSUMPTIONS];
  GtkWidget   *currency_row;
  GtkWidget   *start_row;
  GtkWidget   *horizon_spin;
  GtkWidget   *rate_row;
  GtkWidget   *rate_spin;
  gboolean     updating;
};

G_DEFINE_FINAL_TYPE (HcAssumptionsEditor, hc_assumptions_editor, ADW_TYPE_PREFERENCES_GROUP)

static char *
format_default (HcAssumption  which,
                const char   *currency)
{
  HcRange value = hc_cost_assumptions_get_default (which);
  g_autofree char *text = NULL;

  /* A cost the guides leave out has no figure of theirs to show. */
  if (!hc_cost_assumptions_is_in_guides (which))
    return g_strdup (_("Not in the guides · 0 until set"));
  if (hc_assumption_is_percent (which))
    text = hc_format_percent_range (value);
  else
    text = hc_format_money_range_compact (value, currency);
  if (which == HC_ASSUMPTION_SOFTWARE_PER_MONTH || which == HC_ASSUMPTION_CLOUD_PER_MONTH)
    /* Translators: a team-wide cost's default and its source ("$2K–$5K ·
     * team guide"); DOMAIN.md: it does not grow with headcount */
    return g_strdup_printf (_("Default %s · %s · the team’s, from the first start, flat with headcount"),
                            text, hc_source_get_label (hc_cost_assumptions_get_source (which)));
  /* Translators: a cost assumption's default figure and where it comes
   * from ("$3K–$5K · team guide") */
  return g_strdup_printf (_("Default %s · %s"), text,
                          hc_source_get_label (hc_cost_assumptions_get_source (which)));
}

static gboolean
can_edit (HcAssumptionsEditor *self)
{
  return !self->updating && self->document != NULL;
}

static void
on_range_changed (HcRangeRow          *row,
                  HcAssumptionsEditor *self)
{
  HcAssumption which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "hc-assumption"));
  HcCostAssumptions *costs;
  g_autofree char *key = g_strdup_printf ("assumption:%s", hc_assumption_to_string (which));
  g_autofree char *label = NULL;

  if (!can_edit (self))
    return;
  costs = hc_plan_get_assumptions (hc_document_get_plan (self->document));
  label = g_strdup_printf (_("Change %s"), hc_assumption_get_label (which));
  hc_document_begin_edit (self->document, label, key);
  hc_cost_assumptions_set (costs, which, hc_range_row_get_value (row));
  hc_document_end_edit (self->document);
}

static void
on_range_reset (HcRangeRow          *row,
                HcAssumptionsEditor *self)
{
  HcAssumption which = GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (row), "hc-assumption"));
  HcCostAssumptions *costs;

  if (!can_edit (self))
    return;
  costs = hc_plan_get_assumptions (hc_document_get_plan (self->document));
  hc_document_begin_edit (self->document, _("Use the Guide's Figure"), NULL);
  hc_cost_assumptions_set (costs, which, hc_cost_assumptions_get_default (which));
  hc_document_end_edit (self->document);
}

static gboolean
check_currency (const char  *text,
                gpointer     data,
                GError     **error)
{
  return hc_validate_currency (text, _("Currency"), error);
}

static void
apply_currency (GtkEditable         *entry,
                const char          *text,
                HcAssumptionsEditor *self)
{
  if (!can_edit (self))
    return;
  hc_document_begin_edit (self->document, _("Change Currency"), "currency");
  hc_plan_set_currency (hc_document_get_plan (self->document), text);
  hc_document_end_edit (self->document);
}

static gboolean
check_start (const char  *text,
             gpointer     data,
             GError     **error)
{
  GDate date;

  return hc_validate_start_date_text (text, _("Start date"), &date, error);
}

static void
apply_start (GtkEditable         *entry,
             const char          *text,
             HcAssumptionsEditor *self)
{
  GDate date;

  g_date_clear (&date, 1);
  if (!can_edit (self) || !hc_validate_start_date_text (text, NULL, &date, NULL))
    return;
  hc_document_begin_edit (self->document, _("Change Start Date"), "start-date");
  hc_plan_set_start_date (hc_document_get_plan (self->document), &date);
  hc_document_end_edit (self->document);
}

static void
on_horizon_changed (HcAssumptionsEditor *self)
{
  double months = gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->horizon_spin));
  g_autoptr(GError) error = NULL;
  gboolean valid = hc_validate_horizon_months (months, _("Horizon"), &error);

  if (!hc_entry_edit_show_verdict (self->horizon_spin, valid, error) || !can_edit (self))
    return;
  hc_document_begin_edit (self->document, _("Change Horizon"), "horizon");
  hc_plan_set_horizon_months (hc_document_get_plan (self->document), (guint) months);
  hc_document_end_edit (self->document);
}

static gboolean
check_assumption (HcRangeRow  *row,
                  HcRange      value,
                  gpointer     data,
                  GError     **error)
{
  HcAssumption which = GPOINTER_TO_UINT (data);

  return hc_validate_assumption (which, value, hc_assumption_get_label (which), error);
}

static void
on_rate_changed (HcAssumptionsEditor *self)
{
  if (!can_edit (self))
    return;
  hc_document_begin_edit (self->document, _("Change Exchange Rate"), "usd-exchange-rate");
  hc_plan_set_usd_exchange_rate (hc_document_get_plan (self->document),
                                 gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->rate_spin)));
  hc_document_end_edit (self->document);
}

static void
add_assumption_rows (HcAssumptionsEditor *self)
{
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    {
      GtkWidget *row = hc_range_row_new (hc_assumption_get_label (i), check_assumption,
                                         GUINT_TO_POINTER (i));

      g_object_set_data (G_OBJECT (row), "hc-assumption", GUINT_TO_POINTER (i));
      g_signal_connect (row, "range-changed", G_CALLBACK (on_range_changed), self);
      /* A refused value puts back the one from before the edit, which the
       * row holds again by then: the same handler applies both. */
      g_signal_connect (row, "revert", G_CALLBACK (on_range_changed), self);
      g_signal_connect (row, "reset", G_CALLBACK (on_range_reset), self);
      adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), row);
      self->rows[i] = row;
    }
}

static void
add_plan_rows (HcAssumptionsEditor *self)
{
  GtkWidget *horizon_row = adw_action_row_new ();

  self->currency_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->currency_row), _("Currency (ISO 4217)"));
  hc_entry_edit_setup (GTK_EDITABLE (self->currency_row), check_currency,
                       (HcEntryApply) apply_currency, self);
  self->start_row = adw_entry_row_new ();
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->start_row), _("Start Date (YYYY-MM-DD)"));
  hc_entry_edit_setup (GTK_EDITABLE (self->start_row), check_start,
                       (HcEntryApply) apply_start, self);
  self->horizon_spin = gtk_spin_button_new_with_range (1, HC_MAX_HORIZON_MONTHS, 1);
  gtk_widget_set_valign (self->horizon_spin, GTK_ALIGN_CENTER);
  hc_entry_edit_setup_number (GTK_SPIN_BUTTON (self->horizon_spin));
  g_signal_connect_swapped (self->horizon_spin, "value-changed", G_CALLBACK (on_horizon_changed), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (horizon_row), _("Horizon (months)"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (horizon_row), self->horizon_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (horizon_row), self->horizon_spin);
  /* The benchmarks are US dollars: a plan in another currency states the
   * rate that converts them (0: none, and a plan check warns). */
  self->rate_row = adw_action_row_new ();
  self->rate_spin = gtk_spin_button_new_with_range (0, HC_MAX_EXCHANGE_RATE, 0.01);
  gtk_spin_button_set_digits (GTK_SPIN_BUTTON (self->rate_spin), 4);
  hc_entry_edit_setup_number (GTK_SPIN_BUTTON (self->rate_spin));
  gtk_widget_set_valign (self->rate_spin, GTK_ALIGN_CENTER);
  g_signal_connect_swapped (self->rate_spin, "value-changed", G_CALLBACK (on_rate_changed), self);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (self->rate_row), _("US Dollar Exchange Rate"));
  adw_action_row_add_suffix (ADW_ACTION_ROW (self->rate_row), self->rate_spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (self->rate_row), self->rate_spin);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->currency_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->rate_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), self->start_row);
  adw_preferences_group_add (ADW_PREFERENCES_GROUP (self), horizon_row);
}

static void
hc_assumptions_editor_dispose (GObject *object)
{
  HcAssumptionsEditor *self = HC_ASSUMPTIONS_EDITOR (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (hc_assumptions_editor_parent_class)->dispose (object);
}

static void
hc_assumptions_editor_class_init (HcAssumptionsEditorClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = hc_assumptions_editor_dispose;
}

static void
hc_assumptions_editor_init (HcAssumptionsEditor *self)
{
  adw_preferences_group_set_title (ADW_PREFERENCES_GROUP (self), _("Cost Assumptions"));
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self),
                                         _("Each figure is a low–high range. Software and cloud are the team’s, from the first start, flat with headcount. Equity is not cash and stays out of the totals."));
  add_assumption_rows (self);
  add_plan_rows (self);
}

void
hc_assumptions_editor_set_document (HcAssumptionsEditor *self,
                                    HcDocument          *document)
{
  g_return_if_fail (HC_IS_ASSUMPTIONS_EDITOR (self));

  g_set_object (&self->document, document);
  hc_assumptions_editor_refresh (self);
}

void
hc_assumptions_editor_refresh (HcAssumptionsEditor *self)
{
  HcPlan *plan;
  HcCostAssumptions *costs;
  GDate start;
  char date_text[16];

  g_return_if_fail (HC_IS_ASSUMPTIONS_EDITOR (self));

  if (self->document == NULL)
    return;
  plan = hc_document_get_plan (self->document);
  costs = hc_plan_get_assumptions (plan);
  self->updating = TRUE;
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    {
      HcRange value = hc_cost_assumptions_get (costs, i);
      g_autofree char *hint = format_default (i, hc_plan_get_currency (plan));

      hc_range_row_set_value (HC_RANGE_ROW (self->rows[i]), value);
      hc_range_row_set_hint (HC_RANGE_ROW (self->rows[i]), hint,
                             !hc_range_equal (value, hc_cost_assumptions_get_default (i)));
    }
  hc_entry_edit_set_text (GTK_EDITABLE (self->currency_row), hc_plan_get_currency (plan));
  {
    g_autofree char *subtitle = NULL;

    /* Only a plan in another currency has a rate to state. */
    gtk_widget_set_visible (self->rate_row, g_strcmp0 (hc_plan_get_currency (plan), "USD") != 0);
    subtitle = hc_plan_get_usd_exchange_rate (plan) > 0
      ? g_strdup_printf (_("1 USD in %s: benchmarks converted from US 2026 figures"),
                         hc_plan_get_currency (plan))
      : g_strdup_printf (_("1 USD in %s; 0 shows the US-dollar benchmarks unconverted"),
                         hc_plan_get_currency (plan));
    adw_action_row_set_subtitle (ADW_ACTION_ROW (self->rate_row), subtitle);
    if (gtk_spin_button_get_value (GTK_SPIN_BUTTON (self->rate_spin)) != hc_plan_get_usd_exchange_rate (plan))
      gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->rate_spin), hc_plan_get_usd_exchange_rate (plan));
  }
  start = hc_plan_get_start_date (plan);
  if (g_date_valid (&start))
    {
      g_date_strftime (date_text, sizeof date_text, "%Y-%m-%d", &start);
      hc_entry_edit_set_text (GTK_EDITABLE (self->start_row), date_text);
    }
  if ((guint) gtk_spin_button_get_value_as_int (GTK_SPIN_BUTTON (self->horizon_spin)) !=
      hc_plan_get_horizon_months (plan))
    gtk_spin_button_set_value (GTK_SPIN_BUTTON (self->horizon_spin), hc_plan_get_horizon_months (plan));
  self->updating = FALSE;
}

GtkWidget *
hc_assumptions_editor_get_row (HcAssumptionsEditor *self,
                               HcAssumption         which)
{
  g_return_val_if_fail (HC_IS_ASSUMPTIONS_EDITOR (self), NULL);
  g_return_val_if_fail (which < HC_N_ASSUMPTIONS, NULL);
  return self->rows[which];
}
