/* SPDX-License-Identifier: GPL-3.0-or-later */
/* Fields in real windows against the core's rules: a value typed on the
 * way to a refused one never stays in the plan, and a currency the loader
 * would refuse never reaches a plan, from the editor or from the
 * settings.  Whatever the window lets into a plan loads again. */
#define G_LOG_DOMAIN "test-edit-validation"

#include "config.h"

#include "hc-application.h"
#include "hc-budget.h"
#include "hc-chart-format.h"
#include "hc-locations.h"
#include "hc-plan-edits.h"
#include "hc-plan-io.h"
#include "hc-position-editor.h"
#include "hc-preferences-window.h"
#include "hc-range-row.h"
#include "hc-resolve.h"
#include "hc-roles-dialog.h"
#include "hc-window-private.h"
#include "ui-test-util.h"

/* ---- helpers --------------------------------------------------------- */

static GBytes *
plan_bytes (HcWindow *window)
{
  return hc_plan_to_bytes (plan_of (window));
}

/* The budget card as the core computes it for the plan as it is now. */
static char *
expected_first_year (HcPlan *plan)
{
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);

  return hc_format_money_range_compact (hc_budget_get_first_year (budget),
                                              hc_plan_get_currency (plan));
}

static const char *
first_year_card (HcWindow *window)
{
  return hc_budget_panel_get_card_text (window->budget_panel, HC_BUDGET_CARD_FIRST_YEAR);
}

/* What the window holds is what a file holds: it loads again. */
static void
assert_plan_loads (HcWindow *window)
{
  g_autoptr(GBytes) bytes = plan_bytes (window);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) loaded = hc_plan_load_from_bytes (bytes, &error);

  g_assert_no_error (error);
  g_assert_nonnull (loaded);
}

static HcRangeRow *
edit_first_salary (HcWindow    *window,
                   HcPosition **position)
{
  HcPositionEditor *editor;

  *position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan_of (window))), 0);
  hc_composition_editor_edit_position (window->editor, hc_position_get_id (*position));
  editor = HC_POSITION_EDITOR (find_widget (GTK_WIDGET (window->editor), HC_TYPE_POSITION_EDITOR, 0));
  g_assert_true (hc_position_editor_get_position (editor) == *position);
  /* The salary is the editor's first range row. */
  return HC_RANGE_ROW (find_widget (GTK_WIDGET (editor), HC_TYPE_RANGE_ROW, 0));
}

/* Types @text at the end of @editable one character at a time, as keys
 * would, letting the window catch up after each. */
static void
type_text (GtkEditable *editable,
           const char  *text,
           void       (*after_key) (const char *typed, gpointer data),
           gpointer     data)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = -1;
      g_autofree char *typed = NULL;

      gtk_editable_insert_text (editable, p, (int) (g_utf8_next_char (p) - p), &position);
      iterate ();
      typed = g_strndup (text, g_utf8_next_char (p) - text);
      if (after_key != NULL)
        after_key (typed, data);
    }
}

static void
clear_text (GtkEditable *editable)
{
  gtk_editable_delete_text (editable, 0, -1);
  iterate ();
}

/* ---- a half-typed value never stays --------------------------------- */

typedef struct
{
  HcWindow   *window;
  HcPosition *position;
  HcRangeRow *row;
  double      high;
} Typing;

/* While the typed low is good, the plan and its totals follow it. */
static void
check_live (const char *typed,
            gpointer    data)
{
  Typing *t = data;
  double low = g_ascii_strtod (typed, NULL);
  g_autofree char *expected = NULL;
  HcRange salary;

  if (low > t->high)
    return;
  g_assert_null (hc_range_row_get_error (t->row));
  g_assert_true (hc_position_get_salary_override (t->position, &salary));
  g_assert_cmpfloat (salary.low, ==, low);
  g_assert_cmpfloat (salary.high, ==, t->high);
  expected = expected_first_year (plan_of (t->window));
  g_assert_cmpstr (first_year_card (t->window), ==, expected);
}

static void
test_half_typed_salary_not_kept (void)
{
  HcWindow *window = open_template ("three-person");
  g_autoptr(HcPosition) position = NULL;
  HcRangeRow *row = edit_first_salary (window, &position);
  HcDocument *document = hc_window_get_document (window);
  HcRange start = hc_range_make (100000, 400000);
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *card_before = NULL;
  Typing typing = { window, position, row, 400000 };
  HcRange salary;

  /* An earlier, finished edit: 100K–400K. */
  hc_document_begin_edit (document, "Set Salary", NULL);
  hc_position_set_salary_override (position, &start);
  hc_document_end_edit (document);
  iterate ();
  g_assert_cmpstr (gtk_editable_get_text (hc_range_row_get_low_editable (row)), ==, "100000");
  g_assert_cmpstr (gtk_editable_get_text (hc_range_row_get_high_editable (row)), ==, "400000");
  before = plan_bytes (window);
  card_before = g_strdup (first_year_card (window));

  /* 5, 50, 500, 5000, 50000 are good and followed live; 500000 is above
   * the high end. */
  clear_text (hc_range_row_get_low_editable (row));
  type_text (hc_range_row_get_low_editable (row), "500000", check_live, &typing);

  g_assert_cmpstr (hc_range_row_get_error (row), ==,
                   "Salary: low (500000) must not be above high (400000)");
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==,
                   hc_range_row_get_error (row));
  /* The refused value stays in view, for the person to mend... */
  g_assert_cmpstr (gtk_editable_get_text (hc_range_row_get_low_editable (row)), ==, "500000");
  /* ...but the plan is the one from before the edit, not 50000–400000. */
  g_assert_true (hc_position_get_salary_override (position, &salary));
  g_assert_true (hc_range_equal (salary, start));
  after = plan_bytes (window);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpstr (first_year_card (window), ==, card_before);
  assert_plan_loads (window);

  /* Mending the high end makes the pair good again: it reaches the plan. */
  clear_text (hc_range_row_get_high_editable (row));
  type_text (hc_range_row_get_high_editable (row), "600000", NULL, NULL);
  g_assert_null (hc_range_row_get_error (row));
  g_assert_true (hc_position_get_salary_override (position, &salary));
  g_assert_true (hc_range_equal (salary, hc_range_make (500000, 600000)));
  assert_plan_loads (window);

  /* Undo after all this works (no snapshot is refused). */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  assert_plan_loads (window);
  destroy_window (window);
}

/* A position that used the benchmark goes back to the benchmark, not to
 * the benchmark's figures set by hand. */
static void
test_revert_to_benchmark (void)
{
  HcWindow *window = open_template ("three-person");
  g_autoptr(HcPosition) position = NULL;
  HcRangeRow *row = edit_first_salary (window, &position);
  g_autoptr(GBytes) before = plan_bytes (window);
  g_autoptr(GBytes) after = NULL;
  HcRange salary;

  g_assert_false (hc_position_get_salary_override (position, &salary));
  /* With high empty and low 0 nothing is good yet; then the high end
   * passes through good values (9, 99, …) to a refused one. */
  clear_text (hc_range_row_get_high_editable (row));
  gtk_editable_set_text (hc_range_row_get_low_editable (row), "0");
  iterate ();
  g_assert_false (hc_position_get_salary_override (position, &salary));
  type_text (hc_range_row_get_high_editable (row), "99999999", NULL, NULL);
  g_assert_cmpstr (hc_range_row_get_error (row), ==,
                   "Salary must be a range of numbers from 0 to 10000000");
  g_assert_false (hc_position_get_salary_override (position, &salary));
  after = plan_bytes (window);
  g_assert_true (g_bytes_equal (before, after));

  /* Enter ends the edit: the field shows the plan's figure again. */
  g_signal_emit_by_name (hc_range_row_get_high_editable (row), "activate");
  iterate ();
  g_assert_null (hc_range_row_get_error (row));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "error"));
  g_assert_true (hc_range_equal (hc_range_row_get_value (row),
                                 hc_plan_get_benchmark_salary (plan_of (window), position)));
  destroy_window (window);
}

/* ---- the currency: "usd" never reaches a plan ------------------------ */

static GtkWidget *
currency_row (HcWindow *window)
{
  GtkWidget *assumptions = hc_budget_panel_get_assumptions_editor (window->budget_panel);

  /* The currency is the editor's first entry row. */
  return find_widget (assumptions, ADW_TYPE_ENTRY_ROW, 0);
}

static void
test_currency_field (void)
{
  HcWindow *window = open_template ("five-person");
  GtkWidget *row = currency_row (window);
  g_autoptr(GBytes) before = plan_bytes (window);
  g_autoptr(GBytes) after = NULL;

  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, hc_plan_get_currency (plan_of (window)));
  gtk_editable_set_text (GTK_EDITABLE (row), "usd");
  iterate ();
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==,
                   "Currency must be a three-letter ISO 4217 code such as USD or EUR");
  after = plan_bytes (window);
  g_assert_true (g_bytes_equal (before, after));

  gtk_editable_set_text (GTK_EDITABLE (row), "EUR");
  iterate ();
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (hc_plan_get_currency (plan_of (window)), ==, "EUR");
  assert_plan_loads (window);

  /* One more letter in the same edit: "EURO" is refused, and the plan
   * goes back to the code it had before the edit, not the EUR on the way. */
  type_text (GTK_EDITABLE (row), "O", NULL, NULL);
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "EURO");
  g_assert_cmpstr (hc_plan_get_currency (plan_of (window)), ==, "USD");
  g_clear_pointer (&after, g_bytes_unref);
  after = plan_bytes (window);
  g_assert_true (g_bytes_equal (before, after));
  /* Leaving the edit with Enter shows the plan's code again. */
  g_signal_emit_by_name (row, "entry-activated");
  iterate ();
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "USD");

  gtk_editable_set_text (GTK_EDITABLE (row), "EUR");
  iterate ();
  g_assert_cmpstr (hc_plan_get_currency (plan_of (window)), ==, "EUR");
  /* Undo and redo read back what was saved: both work. */
  g_assert_true (hc_document_undo (hc_window_get_document (window)));
  g_assert_cmpstr (hc_plan_get_currency (plan_of (window)), ==, "USD");
  g_assert_true (hc_document_redo (hc_window_get_document (window)));
  g_assert_cmpstr (hc_plan_get_currency (plan_of (window)), ==, "EUR");
  destroy_window (window);
}

static GtkWidget *
open_roles_dialog (HcWindow *window)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.roles-phases", NULL));
  iterate ();
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) toplevel = g_list_model_get_item (toplevels, i);

      if (HC_IS_ROLES_DIALOG (toplevel))
        return toplevel;
    }
  g_assert_not_reached ();
}

/* A phase counted in months ends within 120 of them, as the loader
 * wants, not within 520 like one counted in weeks. */
static void
test_phase_in_months (void)
{
  HcWindow *window = open_template ("three-person");
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan_of (window)));
  g_autoptr(HcPhase) phase = g_list_model_get_item (phases, 0);
  GtkWidget *dialog = open_roles_dialog (window);
  guint n_roles = g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_roles (plan_of (window))));
  /* Each role has five range rows (four salaries, time to hire); then
   * each phase has its span. */
  HcRangeRow *span = HC_RANGE_ROW (find_widget (dialog, HC_TYPE_RANGE_ROW, n_roles * 5));
  /* Each role has a kind; then each phase has its unit. */
  AdwComboRow *unit = ADW_COMBO_ROW (find_widget (dialog, ADW_TYPE_COMBO_ROW, n_roles));
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  guint last;

  adw_combo_row_set_selected (unit, HC_TIME_UNIT_MONTH);
  iterate ();
  g_assert_cmpint (hc_phase_get_unit (phase), ==, HC_TIME_UNIT_MONTH);
  last = hc_phase_get_last (phase);
  g_assert_cmpfloat (hc_range_row_get_value (span).high, ==, last);
  before = plan_bytes (window);

  /* 1, 12 are good (if not below the first); 121 is past ten years. */
  clear_text (hc_range_row_get_high_editable (span));
  type_text (hc_range_row_get_high_editable (span), "121", NULL, NULL);
  g_assert_nonnull (hc_range_row_get_error (span));
  g_assert_true (g_str_has_prefix (hc_range_row_get_error (span), "To must be a whole number from "));
  g_assert_true (g_str_has_suffix (hc_range_row_get_error (span), " to 120"));
  g_assert_cmpuint (hc_phase_get_last (phase), ==, last);
  after = plan_bytes (window);
  g_assert_true (g_bytes_equal (before, after));

  /* 120 is as far as a month phase goes. */
  clear_text (hc_range_row_get_high_editable (span));
  type_text (hc_range_row_get_high_editable (span), "120", NULL, NULL);
  g_assert_null (hc_range_row_get_error (span));
  g_assert_cmpuint (hc_phase_get_last (phase), ==, 120);
  assert_plan_loads (window);
  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
}

/* Retyping a role's name: the letters left on the way ("B") never stay
 * in the plan when the name ends up empty. */
static void
test_name_not_left_half_deleted (void)
{
  HcWindow *window = open_template ("three-person");
  g_autoptr(HcRole) role = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_roles (plan_of (window))), 0);
  g_autofree char *name = g_strdup (hc_role_get_name (role));
  g_autoptr(GBytes) before = plan_bytes (window);
  g_autoptr(GBytes) after = NULL;
  GtkWidget *dialog = open_roles_dialog (window);
  GtkEditable *entry = NULL;

  /* The first role's name is the dialog's first entry row. */
  entry = GTK_EDITABLE (find_widget (dialog, ADW_TYPE_ENTRY_ROW, 0));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, name);

  /* Backspace, key by key: every shorter name is good and followed... */
  for (int n = (int) g_utf8_strlen (name, -1) - 1; n >= 1; n--)
    {
      g_autofree char *left = g_utf8_substring (name, 0, n);

      gtk_editable_delete_text (entry, n, -1);
      iterate ();
      g_assert_cmpstr (hc_role_get_name (role), ==, left);
    }
  /* ...until the name is empty, which a plan may not hold. */
  gtk_editable_delete_text (entry, 0, -1);
  iterate ();
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (entry), "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (entry)), ==, "Name must not be empty");
  g_assert_cmpstr (hc_role_get_name (role), ==, name);
  after = plan_bytes (window);
  g_assert_true (g_bytes_equal (before, after));
  assert_plan_loads (window);
  gtk_window_destroy (GTK_WINDOW (dialog));
  destroy_window (window);
}

static void
test_default_currency_setting (void)
{
  GSettings *settings = hc_application_get_settings (get_app ());
  GtkWidget *preferences;
  GtkWidget *row;
  HcWindow *window;
  g_autofree char *stored = NULL;

  g_assert_nonnull (settings);
  /* Written by hand, past the preferences: shown as wrong... */
  g_settings_set_string (settings, "default-currency", "usd");
  preferences = hc_preferences_window_new (settings);
  gtk_window_present (GTK_WINDOW (preferences));
  row = find_widget (preferences, ADW_TYPE_ENTRY_ROW, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (row)), ==, "usd");
  g_assert_true (gtk_widget_has_css_class (row, "error"));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (row), ==,
                   "Default currency must be a three-letter ISO 4217 code such as USD or EUR");

  /* ...and never given to a new plan, which keeps the template's. */
  window = open_template ("five-person");
  g_assert_cmpstr (hc_plan_get_currency (plan_of (window)), ==, "USD");
  assert_plan_loads (window);
  destroy_window (window);

  /* The field writes only what a plan may hold. */
  gtk_editable_set_text (GTK_EDITABLE (row), "CHF");
  iterate ();
  g_assert_false (gtk_widget_has_css_class (row, "error"));
  stored = g_settings_get_string (settings, "default-currency");
  g_assert_cmpstr (stored, ==, "CHF");
  gtk_editable_set_text (GTK_EDITABLE (row), "chf");
  iterate ();
  g_clear_pointer (&stored, g_free);
  stored = g_settings_get_string (settings, "default-currency");
  g_assert_cmpstr (stored, ==, "CHF");

  window = open_template ("five-person");
  g_assert_cmpstr (hc_plan_get_currency (plan_of (window)), ==, "CHF");
  assert_plan_loads (window);
  destroy_window (window);
  gtk_window_destroy (GTK_WINDOW (preferences));
  g_settings_reset (settings, "default-currency");
}

/* Relocation, a cost the guides leave out: the position editor's row
 * refuses a negative amount and leaves the plan as it was; a good amount
 * reaches the plan and the budget as one undoable edit. */
static void
test_relocation_row (void)
{
  HcWindow *window = open_template ("three-person");
  g_autoptr(HcPosition) position = NULL;
  HcPositionEditor *editor;
  HcRangeRow *row;
  g_autoptr(GBytes) before = NULL;
  g_autoptr(GBytes) after = NULL;
  g_autofree char *card_before = NULL;

  edit_first_salary (window, &position);
  editor = HC_POSITION_EDITOR (find_widget (GTK_WIDGET (window->editor), HC_TYPE_POSITION_EDITOR, 0));
  /* After the salary and the time to hire. */
  row = HC_RANGE_ROW (find_widget (GTK_WIDGET (editor), HC_TYPE_RANGE_ROW, 2));
  g_assert_cmpstr (adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)), ==, "Relocation per Person");
  g_assert_cmpstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)), ==, "Not in the guides · 0 until set");
  before = plan_bytes (window);
  card_before = g_strdup (first_year_card (window));

  clear_text (hc_range_row_get_low_editable (row));
  type_text (hc_range_row_get_low_editable (row), "-5000", NULL, NULL);
  g_assert_cmpstr (hc_range_row_get_error (row), ==, "Relocation must not be negative: an amount paid, 0 for none");
  after = plan_bytes (window);
  g_assert_true (g_bytes_equal (before, after));
  g_assert_cmpstr (first_year_card (window), ==, card_before);

  clear_text (hc_range_row_get_low_editable (row));
  type_text (hc_range_row_get_low_editable (row), "5000", NULL, NULL);
  clear_text (hc_range_row_get_high_editable (row));
  type_text (hc_range_row_get_high_editable (row), "9000", NULL, NULL);
  g_assert_null (hc_range_row_get_error (row));
  g_assert_true (hc_range_equal (hc_position_get_relocation (position), hc_range_make (5000, 9000)));
  g_assert_cmpstr (first_year_card (window), !=, card_before);
  assert_plan_loads (window);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  iterate ();
  g_assert_true (hc_range_equal (hc_position_get_relocation (position), hc_range_make (0, 0)));
  g_assert_cmpstr (first_year_card (window), ==, card_before);
  destroy_window (window);
}

/* ---- the hints name where a default comes from ---------------------- */

static const char *
row_hint (HcRangeRow *row)
{
  return adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
}

/* A plan in euros at a stated rate: the salary's default is a converted
 * US benchmark, and the hint says so beside its source, to the figure
 * the resolution holds; without a rate it names only the source.  A time
 * to hire set by hand on the first backend hire names the 6–10 weeks it
 * would otherwise take, not its role's 4–6. */
static void
test_converted_hint (void)
{
  HcWindow *window = open_template ("three-person");
  HcPlan *plan = plan_of (window);
  g_autoptr(HcPosition) position = NULL;
  HcPositionEditor *editor;
  HcRangeRow *salary_row;
  HcRangeRow *weeks_row;
  HcRange own = { 120000, 130000 };
  HcRange weeks = { 3, 5 };
  HcRange band = { 150000, 280000 };  /* backend, senior: both guides */
  HcResolvedPosition resolved;
  g_autofree char *bench = NULL;
  g_autofree char *expected = NULL;

  position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  g_assert_cmpstr (hc_position_get_role_id (position), ==, "backend");
  g_assert_true (hc_plan_get_first_hire (plan) == position);
  hc_position_set_seniority (position, HC_SENIORITY_SENIOR);
  hc_position_set_location_name (position, "US (national)");
  hc_plan_set_currency (plan, "EUR");
  hc_plan_set_usd_exchange_rate (plan, 0.92);
  iterate ();
  g_object_unref (g_steal_pointer (&position));
  salary_row = edit_first_salary (window, &position);
  editor = HC_POSITION_EDITOR (find_widget (GTK_WIDGET (window->editor), HC_TYPE_POSITION_EDITOR, 0));
  weeks_row = HC_RANGE_ROW (find_widget (GTK_WIDGET (editor), HC_TYPE_RANGE_ROW, 1));

  /* The band × 0.92, unrounded, and marked converted. */
  hc_resolve_position (plan, position, &resolved);
  g_assert_cmpint (resolved.exchange_source, ==, HC_FIGURE_CONVERTED);
  g_assert_cmpfloat_with_epsilon (resolved.benchmark.low, band.low * 0.92, 1e-3);
  g_assert_cmpfloat_with_epsilon (resolved.benchmark.high, band.high * 0.92, 1e-3);
  bench = hc_format_money_range_compact (resolved.benchmark, "EUR");
  expected = g_strdup_printf ("%s · converted US benchmark · both guides", bench);
  g_assert_cmpstr (row_hint (salary_row), ==, expected);

  /* A preset moves it (senior, SF Bay Area: +40 %) and is named. */
  hc_position_set_location_name (position, "SF Bay Area");
  iterate ();
  hc_resolve_position (plan, position, &resolved);
  g_assert_cmpfloat_with_epsilon (resolved.benchmark.high, band.high * 1.4 * 0.92, 1e-3);
  g_clear_pointer (&bench, g_free);
  g_clear_pointer (&expected, g_free);
  bench = hc_format_money_range_compact (resolved.benchmark, "EUR");
  expected = g_strdup_printf ("%s · converted US benchmark · both guides · location preset", bench);
  g_assert_cmpstr (row_hint (salary_row), ==, expected);

  /* A salary set by hand is the person's, in euros; the benchmark beside
   * it is still the converted one. */
  hc_position_set_salary_override (position, &own);
  iterate ();
  g_clear_pointer (&expected, g_free);
  expected = g_strdup_printf ("Set by hand · benchmark %s · converted US benchmark", bench);
  g_assert_cmpstr (row_hint (salary_row), ==, expected);
  hc_position_set_salary_override (position, NULL);

  /* Without a rate nothing is converted, and the hint does not say so. */
  hc_plan_set_usd_exchange_rate (plan, 0);
  iterate ();
  hc_resolve_position (plan, position, &resolved);
  g_assert_cmpint (resolved.exchange_source, ==, HC_FIGURE_NONE);
  g_clear_pointer (&bench, g_free);
  g_clear_pointer (&expected, g_free);
  bench = hc_format_money_range_compact (resolved.benchmark, "EUR");
  expected = g_strdup_printf ("%s · both guides · location preset", bench);
  g_assert_cmpstr (row_hint (salary_row), ==, expected);

  /* The first backend hire's time, set by hand, beside the 6–10 weeks
   * the resolution would give it. */
  g_assert_cmpstr (row_hint (weeks_row), ==, "6–10 weeks · first backend hire · team guide");
  hc_position_set_time_to_hire (position, &weeks);
  iterate ();
  g_assert_cmpstr (row_hint (weeks_row), ==, "Set by hand · first backend hire takes 6–10 weeks");
  destroy_window (window);
}

int
main (int   argc,
      char *argv[])
{
  int status;

  ui_test_init (&argc, &argv);

  g_test_add_func ("/edit-validation/half-typed-salary-not-kept", test_half_typed_salary_not_kept);
  g_test_add_func ("/edit-validation/revert-to-benchmark", test_revert_to_benchmark);
  g_test_add_func ("/edit-validation/relocation-row", test_relocation_row);
  g_test_add_func ("/edit-validation/currency-field", test_currency_field);
  g_test_add_func ("/edit-validation/phase-in-months", test_phase_in_months);
  g_test_add_func ("/edit-validation/name-not-left-half-deleted", test_name_not_left_half_deleted);
  g_test_add_func ("/edit-validation/default-currency-setting", test_default_currency_setting);
  g_test_add_func ("/edit-validation/converted-hint", test_converted_hint);
  status = g_test_run ();
  ui_test_finish ();
  return status;
}
