/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-budget-panel"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hc-assumptions-editor.h"
#include "hc-budget-panel.h"
#include "hc-category-table.h"
#include "hc-chart-view.h"
#include "hc-format.h"
#include "hc-position-table.h"

typedef struct
{
  GtkLabel *title;
  GtkLabel *range;
  GtkLabel *mid;
  GtkLabel *what;  /* what the figure is, in a line or two */
} Card;

struct _HcBudgetPanel
{
  GtkWidget            parent_instance;

  HcDocument          *document;
  Card                 cards[HC_N_BUDGET_CARDS];
  GtkWidget           *chart;

  GtkFlowBox          *cards_box;
  GtkBox              *chart_box;
  GtkLabel            *ranges_label;
  GtkLabel            *ranges_help_label;
  HcCategoryTable     *category_table;
  AdwPreferencesGroup *category_group;
  AdwPreferencesGroup *position_group;
  HcPositionTable     *position_table;
  HcAssumptionsEditor *assumptions_editor;
};

G_DEFINE_FINAL_TYPE (HcBudgetPanel, hc_budget_panel, GTK_TYPE_WIDGET)

static const char * const card_titles[HC_N_BUDGET_CARDS] = {
  N_("First-Year Cash"),
  N_("Annual Run Rate"),
  N_("Run Rate per Engineer"),
  N_("Team Complete By"),
};

static GtkWidget *
make_card (Card       *card,
           const char *title)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);
  GtkWidget *title_label = gtk_label_new (title);

  gtk_widget_add_css_class (box, "card");
  gtk_widget_add_css_class (box, "summary-card");
  gtk_widget_add_css_class (title_label, "caption-heading");
  gtk_widget_add_css_class (title_label, "dim-label");
  card->title = GTK_LABEL (title_label);
  card->range = GTK_LABEL (gtk_label_new (NULL));
  card->mid = GTK_LABEL (gtk_label_new (NULL));
  card->what = GTK_LABEL (gtk_label_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (card->what), "caption");
  gtk_widget_add_css_class (GTK_WIDGET (card->what), "dim-label");
  gtk_label_set_wrap (card->what, TRUE);
  gtk_label_set_max_width_chars (card->what, 36);
  gtk_label_set_xalign (card->what, 0);
  gtk_widget_set_visible (GTK_WIDGET (card->what), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (card->range), "title-3");
  gtk_widget_add_css_class (GTK_WIDGET (card->mid), "dim-label");
  gtk_label_set_wrap (card->range, TRUE);
  gtk_label_set_selectable (card->range, TRUE);
  gtk_label_set_xalign (GTK_LABEL (title_label), 0);
  gtk_label_set_xalign (card->range, 0);
  gtk_label_set_xalign (card->mid, 0);
  gtk_box_append (GTK_BOX (box), title_label);
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->range));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->mid));
  gtk_box_append (GTK_BOX (box), GTK_WIDGET (card->what));
  return box;
}

static void
build_fixed_rows (HcBudgetPanel *self)
{
  for (guint i = 0; i < HC_N_BUDGET_CARDS; i++)
    {
      GtkWidget *card = make_card (&self->cards[i], _(card_titles[i]));

      gtk_flow_box_append (self->cards_box, card);
      /* Nothing to select: Tab stops once a card, on its figure (which can
       * be copied), not on the card and then the figure. GTK 4.2x's flow
       * box could also send Tab from the last card out of the page. */
      gtk_widget_set_focusable (gtk_widget_get_parent (card), FALSE);
    }
  self->chart = hc_chart_view_new ();
  gtk_box_append (self->chart_box, self->chart);
  /* What the ranges mean, in a few words beside the figures and in full
   * behind the help button. */
  gtk_label_set_label (self->ranges_label, hc_budget_get_ranges_note ());
  gtk_label_set_label (self->ranges_help_label,
                       _("Every figure is a range.\n\n"
                         "Low is the cheapest plausible case: every low figure, with the latest "
                         "start each position’s time to hire allows. One-time costs (agency fees, "
                         "equipment, bonuses, relocation) "
                         "fall at that start, so a hire whose latest start comes after month 12 "
                         "adds nothing to the first-year low.\n\n"
                         "High is the dearest case: every high figure, with the earliest starts.\n\n"
                         "A month’s bar spans what either case spends in that month. A plan "
                         "shorter than a year shows its first months, and says so.\n\n"
                         "Software and cloud are the team’s: they run from the first start and "
                         "do not grow with headcount. Payroll tax, signing and referral bonuses "
                         "and relocation are not in the guides: they are 0 until the plan sets "
                         "them.\n\n"
                         "Salaries are US 2026 benchmarks from the team guide and the hiring "
                         "guide, unless a position or role sets its own."));
}

static void
set_card (Card       *card,
          const char *range,
          const char *mid)
{
  gtk_label_set_label (card->range, range);
  gtk_label_set_label (card->mid, mid);
}

/* A horizon shorter than a year says what its total is (DOMAIN.md): the
 * breakdowns' headings too. */
static void
set_group_titles (HcBudgetPanel *self,
                  guint          months)
{
  g_autofree char *categories = NULL;
  g_autofree char *positions = NULL;

  if (months >= 12)
    {
      categories = g_strdup (_("First Year by Category"));
      positions = g_strdup (_("First Year by Position"));
    }
  else
    {
      /* Translators: a heading, for a plan shorter than a year */
      categories = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First %u Month by Category",
                                                 "First %u Months by Category", months),
                                    months);
      /* Translators: a heading, for a plan shorter than a year */
      positions = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First %u Month by Position",
                                                "First %u Months by Position", months),
                                   months);
    }
  adw_preferences_group_set_title (self->category_group, categories);
  adw_preferences_group_set_title (self->position_group, positions);
}

static void
set_card_what (Card *card,
               char *text_owned)
{
  g_autofree char *text = text_owned;

  gtk_label_set_label (card->what, text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (card->what), text != NULL);
}

/* Each money card says in a line what its figure is; the run rate's also
 * shows the loaded salaries in it with their benefits load. */
static void
update_card_notes (HcBudgetPanel *self,
                   HcBudget      *budget,
                   const char    *currency)
{
  g_autofree char *run_rate = hc_budget_describe_run_rate (budget);
  g_autofree char *loaded = hc_format_money_range_compact (hc_budget_get_loaded_salaries (budget), currency);
  g_autofree char *make_up = hc_budget_describe_loaded_salaries (budget, currency);

  set_card_what (&self->cards[HC_BUDGET_CARD_FIRST_YEAR], hc_budget_describe_first_year (budget));
  /* Translators: the run rate card's note: what the run rate is, then
   * "Loaded salaries $797K–$1.22M: base $660,000–$990,000 + benefits
   * 20.8–23.5 %" */
  set_card_what (&self->cards[HC_BUDGET_CARD_RUN_RATE],
                 g_strdup_printf (_("%s\nLoaded salaries %s: %s"), run_rate, loaded, make_up));
  set_card_what (&self->cards[HC_BUDGET_CARD_PER_ENGINEER],
                 hc_budget_get_n_positions (budget) > 0 ? hc_budget_describe_cost_per_engineer (budget)
                                                        : NULL);
}

static void
update_cards (HcBudgetPanel *self,
              const GDate   *start,
              HcTimeline    *timeline,
              HcBudget      *budget,
              const char    *currency)
{
  HcRange money[3] = {
    hc_budget_get_first_year (budget),
    hc_budget_get_annual_run_rate (budget),
    hc_budget_get_cost_per_engineer (budget),
  };
  HcRange complete = hc_timeline_get_team_complete (timeline);
  g_autofree char *weeks = hc_format_week_month_span (complete, start);
  g_autofree char *mid_week = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (money); i++)
    {
      g_autofree char *range = hc_format_money_range_compact (money[i], currency);
      g_autofree char *mid = hc_format_money_mid (money[i], currency);
      set_card (&self->cards[i], range, mid);
    }
  {
    /* A 6-month horizon's total is six months of cash: the card says so. */
    g_autofree char *first_year = hc_budget_get_first_year_label (budget);
    g_autofree char *title = g_strdup_printf (_("%s · Cash"), first_year);

    gtk_label_set_label (self->cards[HC_BUDGET_CARD_FIRST_YEAR].title, title);
  }
  update_card_notes (self, budget, currency);

  set_group_titles (self, hc_budget_get_first_year_months (budget));
  mid_week = g_strdup_printf (_("midpoint week %.0f"), ceil (hc_range_mid (complete)));
  set_card (&self->cards[HC_BUDGET_CARD_COMPLETE_BY], weeks,
            hc_timeline_get_n_entries (timeline) > 0 ? mid_week : _("No positions yet"));
}

static void
update_positions (HcBudgetPanel *self,
                  HcPlan        *plan,
                  HcTimeline    *timeline,
                  HcBudget      *budget)
{
  hc_position_table_set_figures (self->position_table, plan, timeline, budget);
  gtk_widget_set_visible (GTK_WIDGET (self->position_group),
                          hc_position_table_get_n_rows (self->position_table) > 0);
}

static void
hc_budget_panel_dispose (GObject *object)
{
  HcBudgetPanel *self = HC_BUDGET_PANEL (object);

  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), HC_TYPE_BUDGET_PANEL);
  /* The template's root is not a bound child: unparent it too. */
  for (GtkWidget *child; (child = gtk_widget_get_first_child (GTK_WIDGET (self))) != NULL;)
    gtk_widget_unparent (child);

  G_OBJECT_CLASS (hc_budget_panel_parent_class)->dispose (object);
}

static void
hc_budget_panel_class_init (HcBudgetPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = hc_budget_panel_dispose;

  g_type_ensure (HC_TYPE_ASSUMPTIONS_EDITOR);
  g_type_ensure (HC_TYPE_CATEGORY_TABLE);
  g_type_ensure (HC_TYPE_POSITION_TABLE);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/headcount/Headcount/ui/hc-budget-panel.ui");
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_bind_template_child_full (widget_class, "cards", FALSE,
                                             G_STRUCT_OFFSET (HcBudgetPanel, cards_box));
  gtk_widget_class_bind_template_child (widget_class, HcBudgetPanel, chart_box);
  gtk_widget_class_bind_template_child (widget_class, HcBudgetPanel, ranges_label);
  gtk_widget_class_bind_template_child (widget_class, HcBudgetPanel, ranges_help_label);
  gtk_widget_class_bind_template_child (widget_class, HcBudgetPanel, category_table);
  gtk_widget_class_bind_template_child (widget_class, HcBudgetPanel, category_group);
  gtk_widget_class_bind_template_child (widget_class, HcBudgetPanel, position_group);
  gtk_widget_class_bind_template_child (widget_class, HcBudgetPanel, position_table);
  gtk_widget_class_bind_template_child (widget_class, HcBudgetPanel, assumptions_editor);
}

static void
hc_budget_panel_init (HcBudgetPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  build_fixed_rows (self);
}

void
hc_budget_panel_set_document (HcBudgetPanel *self,
                              HcDocument    *document)
{
  g_return_if_fail (HC_IS_BUDGET_PANEL (self));

  g_set_object (&self->document, document);
  hc_assumptions_editor_set_document (self->assumptions_editor, document);
}

void
hc_budget_panel_update (HcBudgetPanel *self,
                        HcTimeline    *timeline,
                        HcBudget      *budget)
{
  HcPlan *plan;
  const char *currency;
  GDate start;

  g_return_if_fail (HC_IS_BUDGET_PANEL (self));

  if (self->document == NULL)
    return;
  plan = hc_document_get_plan (self->document);
  currency = hc_plan_get_currency (plan);
  start = hc_plan_get_start_date (plan);
  update_cards (self, &start, timeline, budget, currency);
  hc_category_table_set_figures (self->category_table, budget, currency);
  update_positions (self, plan, timeline, budget);
  hc_assumptions_editor_refresh (self->assumptions_editor);
  hc_chart_view_set_plan (HC_CHART_VIEW (self->chart), plan, budget);
}

const char *
hc_budget_panel_get_card_text (HcBudgetPanel *self,
                               HcBudgetCard   card)
{
  g_return_val_if_fail (HC_IS_BUDGET_PANEL (self), NULL);
  g_return_val_if_fail (card < HC_N_BUDGET_CARDS, NULL);
  return gtk_label_get_label (self->cards[card].range);
}

const char *
hc_budget_panel_get_card_mid (HcBudgetPanel *self,
                              HcBudgetCard   card)
{
  g_return_val_if_fail (HC_IS_BUDGET_PANEL (self), NULL);
  g_return_val_if_fail (card < HC_N_BUDGET_CARDS, NULL);
  return gtk_label_get_label (self->cards[card].mid);
}

const char *
hc_budget_panel_get_card_what (HcBudgetPanel *self,
                               HcBudgetCard   card)
{
  g_return_val_if_fail (HC_IS_BUDGET_PANEL (self), NULL);
  g_return_val_if_fail (card < HC_N_BUDGET_CARDS, NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->cards[card].what)))
    return NULL;
  return gtk_label_get_label (self->cards[card].what);
}

const char *
hc_budget_panel_get_category_text (HcBudgetPanel *self,
                                   HcCategory     category)
{
  g_return_val_if_fail (HC_IS_BUDGET_PANEL (self), NULL);
  g_return_val_if_fail (category < HC_N_CATEGORIES, NULL);
  return hc_category_table_get_text (self->category_table, category, HC_CATEGORY_COLUMN_FIRST_YEAR);
}

HcCategoryTable *
hc_budget_panel_get_category_table (HcBudgetPanel *self)
{
  g_return_val_if_fail (HC_IS_BUDGET_PANEL (self), NULL);
  return self->category_table;
}

HcPositionTable *
hc_budget_panel_get_position_table (HcBudgetPanel *self)
{
  g_return_val_if_fail (HC_IS_BUDGET_PANEL (self), NULL);
  return self->position_table;
}

GtkWidget *
hc_budget_panel_get_assumptions_editor (HcBudgetPanel *self)
{
  g_return_val_if_fail (HC_IS_BUDGET_PANEL (self), NULL);
  return GTK_WIDGET (self->assumptions_editor);
}
