/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-category-table"

#include "config.h"

#include <glib/gi18n.h>

#include "hc-category-table.h"
#include "hc-chart-format.h"

/* Twelve fixed rows: a grid, not a list view.  Grid rows: the header, then
 * each table row after a separator. */
#define GRID_ROW(row) (2 + 2 * (row))

struct _HcCategoryTable
{
  GtkWidget  parent_instance;

  GtkWidget *scrolled;
  GtkGrid   *grid;
  GtkLabel  *cells[HC_N_CATEGORY_ROWS][HC_N_CATEGORY_COLUMNS];
  /* Under a name: what a figure is ("not in the guides, 0 until set",
   * "the team's, from the first start"), hidden when there is nothing to
   * say. */
  GtkLabel  *notes[HC_N_CATEGORY_ROWS];
};

G_DEFINE_FINAL_TYPE (HcCategoryTable, hc_category_table, GTK_TYPE_WIDGET)

static const char * const column_titles[HC_N_CATEGORY_COLUMNS] = {
  N_("Category"),
  N_("First Year"),
  N_("Midpoint"),
  N_("Share"),
};

static GtkLabel *
add_label (HcCategoryTable  *self,
           HcCategoryColumn  column,
           int               grid_row)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), column == HC_CATEGORY_COLUMN_NAME ? 0 : 1);
  gtk_widget_set_hexpand (label, column == HC_CATEGORY_COLUMN_NAME);
  if (column != HC_CATEGORY_COLUMN_NAME)
    gtk_widget_add_css_class (label, "numeric");
  gtk_grid_attach (self->grid, label, column, grid_row, 1, 1);
  return GTK_LABEL (label);
}

static void
add_header (HcCategoryTable *self)
{
  for (guint c = 0; c < HC_N_CATEGORY_COLUMNS; c++)
    {
      GtkLabel *title = add_label (self, c, 0);

      gtk_label_set_label (title, _(column_titles[c]));
      gtk_widget_remove_css_class (GTK_WIDGET (title), "numeric");
      gtk_widget_add_css_class (GTK_WIDGET (title), "header");
    }
  gtk_widget_set_tooltip_text (gtk_grid_get_child_at (self->grid, HC_CATEGORY_COLUMN_SHARE, 0),
                               _("Share of the first-year total, at the midpoints"));
}

/* The range is selectable: Tab walks the table's figures, and a figure
 * can be copied. */
static void
add_row (HcCategoryTable *self,
         guint            row)
{
  gtk_grid_attach (self->grid, gtk_separator_new (GTK_ORIENTATION_HORIZONTAL),
                   0, GRID_ROW (row) - 1, HC_N_CATEGORY_COLUMNS, 1);
  for (guint c = 0; c < HC_N_CATEGORY_COLUMNS; c++)
    self->cells[row][c] = add_label (self, c, GRID_ROW (row));
  gtk_label_set_selectable (self->cells[row][HC_CATEGORY_COLUMN_FIRST_YEAR], TRUE);
}

static void
mark_row (HcCategoryTable *self,
          guint            row,
          const char      *css_class)
{
  for (guint c = 0; c < HC_N_CATEGORY_COLUMNS; c++)
    gtk_widget_add_css_class (GTK_WIDGET (self->cells[row][c]), css_class);
}

/* Puts a small note under @row's name. */
static void
add_note (HcCategoryTable *self,
          guint            row)
{
  GtkWidget *name = GTK_WIDGET (self->cells[row][HC_CATEGORY_COLUMN_NAME]);
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *note = gtk_label_new (NULL);

  g_object_ref (name);
  gtk_grid_remove (self->grid, name);
  gtk_box_append (GTK_BOX (box), name);
  g_object_unref (name);
  gtk_label_set_xalign (GTK_LABEL (note), 0);
  gtk_label_set_wrap (GTK_LABEL (note), TRUE);
  gtk_widget_add_css_class (note, "caption");
  gtk_widget_add_css_class (note, "dim-label");
  gtk_widget_set_visible (note, FALSE);
  gtk_box_append (GTK_BOX (box), note);
  gtk_grid_attach (self->grid, box, HC_CATEGORY_COLUMN_NAME, GRID_ROW (row), 1, 1);
  self->notes[row] = GTK_LABEL (note);
}

static void
set_note (HcCategoryTable *self,
          guint            row,
          const char      *text)
{
  gtk_label_set_label (self->notes[row], text != NULL ? text : "");
  gtk_widget_set_visible (GTK_WIDGET (self->notes[row]), text != NULL);
}

/* Equity is not cash: dimmed, below the total, and it says so. */
static void
build_equity_row (HcCategoryTable *self)
{
  add_note (self, HC_CATEGORY_ROW_EQUITY);
  set_note (self, HC_CATEGORY_ROW_EQUITY, _("Not cash: outside the totals"));
  mark_row (self, HC_CATEGORY_ROW_EQUITY, "dim-label");
  gtk_label_set_label (self->cells[HC_CATEGORY_ROW_EQUITY][HC_CATEGORY_COLUMN_NAME], _("Equity Pool"));
}

static void
build_rows (HcCategoryTable *self)
{
  add_header (self);
  for (guint row = 0; row < HC_N_CATEGORY_ROWS; row++)
    add_row (self, row);
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    {
      gtk_label_set_label (self->cells[c][HC_CATEGORY_COLUMN_NAME], hc_category_get_label (c));
      add_note (self, c);
    }
  gtk_label_set_label (self->cells[HC_CATEGORY_ROW_TOTAL][HC_CATEGORY_COLUMN_NAME], _("Total Cash"));
  mark_row (self, HC_CATEGORY_ROW_TOTAL, "heading");
  build_equity_row (self);
}

static void
hc_category_table_dispose (GObject *object)
{
  HcCategoryTable *self = HC_CATEGORY_TABLE (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  self->grid = NULL;
  G_OBJECT_CLASS (hc_category_table_parent_class)->dispose (object);
}

static void
hc_category_table_class_init (HcCategoryTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hc_category_table_dispose;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "categorytable");
}

static void
hc_category_table_init (HcCategoryTable *self)
{
  self->grid = GTK_GRID (gtk_grid_new ());
  gtk_widget_add_css_class (GTK_WIDGET (self->grid), "category-grid");
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("First year by category"),
                                  -1);
  build_rows (self);
  /* A narrow window scrolls the columns sideways instead of clipping a
   * figure. */
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (self->scrolled),
                                  GTK_POLICY_AUTOMATIC, GTK_POLICY_NEVER);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->grid));
  gtk_widget_add_css_class (self->scrolled, "card");
  gtk_widget_add_css_class (self->scrolled, "budget-table");
  gtk_widget_set_overflow (self->scrolled, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
}

static void
set_money_row (HcCategoryTable *self,
               guint            row,
               HcRange          value,
               double           total_mid,
               const char      *currency)
{
  g_autofree char *range = hc_format_money_range_compact (value, currency);
  g_autofree char *mid = hc_format_money_compact (hc_range_mid (value), currency);
  double share = total_mid > 0 ? 100.0 * hc_range_mid (value) / total_mid : 0;
  g_autofree char *share_text = hc_format_percent_range ((HcRange) { share, share });

  gtk_label_set_label (self->cells[row][HC_CATEGORY_COLUMN_FIRST_YEAR], range);
  gtk_label_set_label (self->cells[row][HC_CATEGORY_COLUMN_MIDPOINT], mid);
  /* An empty plan has no total to take a share of. */
  gtk_label_set_label (self->cells[row][HC_CATEGORY_COLUMN_SHARE], total_mid > 0 ? share_text : "—");
}

static void
set_equity_row (HcCategoryTable *self,
                HcRange          percent)
{
  double mid = hc_range_mid (percent);
  g_autofree char *range = hc_format_percent_range (percent);
  g_autofree char *mid_text = hc_format_percent_range ((HcRange) { mid, mid });

  gtk_label_set_label (self->cells[HC_CATEGORY_ROW_EQUITY][HC_CATEGORY_COLUMN_FIRST_YEAR], range);
  gtk_label_set_label (self->cells[HC_CATEGORY_ROW_EQUITY][HC_CATEGORY_COLUMN_MIDPOINT], mid_text);
  gtk_label_set_label (self->cells[HC_CATEGORY_ROW_EQUITY][HC_CATEGORY_COLUMN_SHARE], "—");
}

/* A horizon shorter than a year says what its total is (DOMAIN.md, "The
 * first year is the first 12 months"): the column, the share's tooltip
 * and the name a screen reader gives the table. */
static void
set_first_year_words (HcCategoryTable *self,
                      guint            months)
{
  GtkWidget *title = gtk_grid_get_child_at (self->grid, HC_CATEGORY_COLUMN_FIRST_YEAR, 0);
  GtkWidget *share = gtk_grid_get_child_at (self->grid, HC_CATEGORY_COLUMN_SHARE, 0);
  g_autofree char *column = NULL;
  g_autofree char *tooltip = NULL;
  g_autofree char *name = NULL;

  if (months >= 12)
    {
      column = g_strdup (_(column_titles[HC_CATEGORY_COLUMN_FIRST_YEAR]));
      tooltip = g_strdup (_("Share of the first-year total, at the midpoints"));
      name = g_strdup (_("First year by category"));
    }
  else
    {
      /* Translators: a column's title, for a plan shorter than a year */
      column = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First %u Month", "First %u Months", months),
                                months);
      tooltip = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                              "Share of the total of the first %u month, at the midpoints",
                                              "Share of the total of the first %u months, at the midpoints",
                                              months),
                                 months);
      name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First %u month by category",
                                           "First %u months by category", months),
                              months);
    }
  gtk_label_set_label (GTK_LABEL (title), column);
  gtk_widget_set_tooltip_text (share, tooltip);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->grid),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
hc_category_table_set_figures (HcCategoryTable *self,
                               HcBudget        *budget,
                               const char      *currency)
{
  HcRange total;

  g_return_if_fail (HC_IS_CATEGORY_TABLE (self));
  g_return_if_fail (budget != NULL);

  set_first_year_words (self, hc_budget_get_first_year_months (budget));
  total = hc_budget_get_first_year (budget);
  for (guint c = 0; c < HC_N_CATEGORIES; c++)
    {
      set_money_row (self, c, hc_budget_get_first_year_category (budget, c), hc_range_mid (total), currency);
      set_note (self, c, hc_budget_get_category_note (budget, c));
    }
  set_money_row (self, HC_CATEGORY_ROW_TOTAL, total, hc_range_mid (total), currency);
  set_equity_row (self, hc_budget_get_equity_pool_percent (budget));
}

const char *
hc_category_table_get_text (HcCategoryTable  *self,
                            guint             row,
                            HcCategoryColumn  column)
{
  g_return_val_if_fail (HC_IS_CATEGORY_TABLE (self), NULL);
  g_return_val_if_fail (row < HC_N_CATEGORY_ROWS, NULL);
  g_return_val_if_fail (column < HC_N_CATEGORY_COLUMNS, NULL);
  return gtk_label_get_label (self->cells[row][column]);
}

const char *
hc_category_table_get_note (HcCategoryTable *self,
                            guint            row)
{
  g_return_val_if_fail (HC_IS_CATEGORY_TABLE (self), NULL);
  g_return_val_if_fail (row < HC_N_CATEGORY_ROWS, NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->notes[row])))
    return NULL;
  return gtk_label_get_label (self->notes[row]);
}
