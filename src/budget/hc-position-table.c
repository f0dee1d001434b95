/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-position-table"

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "hc-format.h"
#include "hc-plan-edits.h"
#include "hc-position-table.h"

/* The table lies on a page that scrolls, and scrolls with it: up to this
 * many rows it is as tall as its rows, a part of the page like the tables
 * above it (GTK 4.8's list view builds at most 200 rows at a time, so all
 * of these are built).  A longer plan's table scrolls its rows inside
 * itself, building only those in sight, at this height: most of a
 * screen, the page around it in reach. */
#define MAX_FULL_ROWS   120
#define SCROLLED_HEIGHT 560

/* ---- one row: a position's figures, computed once per change -------- */

#define HC_TYPE_POSITION_ROW (hc_position_row_get_type ())
G_DECLARE_FINAL_TYPE (HcPositionRow, hc_position_row, HC, POSITION_ROW, GObject)

struct _HcPositionRow
{
  GObject     parent_instance;

  guint       position_index;
  char       *title;
  char       *title_key;      /* collation key, so sorting 10 000 rows stays cheap */
  char       *location;
  char       *phase;
  const char *currency;       /* interned */
  HcRange     start;
  GDate       plan_start;
  HcRange     loaded_annual;
  HcRange     base_annual;    /* the base salaries in it: salary × count */
  HcRange     benefits;       /* percent */
  HcRange     first_year;
};

G_DEFINE_FINAL_TYPE (HcPositionRow, hc_position_row, G_TYPE_OBJECT)

static void
hc_position_row_finalize (GObject *object)
{
  HcPositionRow *self = HC_POSITION_ROW (object);

  g_free (self->title);
  g_free (self->title_key);
  g_free (self->location);
  g_free (self->phase);
  G_OBJECT_CLASS (hc_position_row_parent_class)->finalize (object);
}

static void
hc_position_row_class_init (HcPositionRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = hc_position_row_finalize;
}

static void
hc_position_row_init (HcPositionRow *self)
{
}

static char *
dup_phase_name (HcPlan *plan,
                guint   phase_index)
{
  g_autoptr(HcPhase) phase = NULL;

  if (phase_index != G_MAXUINT)
    phase = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_phases (plan)), phase_index);
  if (phase == NULL)
    return g_strdup (_("No phase"));
  return g_strdup (hc_phase_get_name (phase));
}

static HcPositionRow *
hc_position_row_new (HcPlan                *plan,
                     HcPosition            *position,
                     const HcTimelineEntry *entry,
                     const HcPositionCost  *cost,
                     HcRange                benefits_percent)
{
  HcPositionRow *self = g_object_new (HC_TYPE_POSITION_ROW, NULL);

  self->position_index = cost->position_index;
  self->title = hc_plan_describe_position (plan, position);
  self->title_key = g_utf8_collate_key (self->title, -1);
  self->location = g_strdup (hc_position_get_location (position));
  self->phase = dup_phase_name (plan, entry->phase_index);
  self->currency = g_intern_string (hc_plan_get_currency (plan));
  self->start = entry->start;
  self->plan_start = hc_plan_get_start_date (plan);
  self->loaded_annual = cost->loaded_annual;
  self->base_annual = hc_range_scale (cost->annual_salary, hc_position_get_count (position));
  self->benefits = benefits_percent;
  self->first_year = cost->first_year;
  return self;
}

/* What a cell shows; the same text for the screen and for tests. */
static char *
hc_position_row_dup_text (HcPositionRow    *self,
                          HcPositionColumn  column)
{
  switch (column)
    {
    case HC_POSITION_COLUMN_POSITION:
      return g_strdup (self->title);
    case HC_POSITION_COLUMN_STARTS:
      return hc_format_week_month_span (self->start, &self->plan_start);
    case HC_POSITION_COLUMN_LOADED_ANNUAL:
      return hc_format_money_range_compact (self->loaded_annual, self->currency);
    case HC_POSITION_COLUMN_FIRST_YEAR:
      return hc_format_money_range_compact (self->first_year, self->currency);
    default:
      g_assert_not_reached ();
    }
}

/* What a loaded figure is made of, as the budget page says it for the
 * team: "base $300K–$560K + benefits 20.8–23.5 %". */
static char *
hc_position_row_dup_loaded_make_up (HcPositionRow *self)
{
  g_autofree char *base = hc_format_money_range_compact (self->base_annual, self->currency);
  g_autofree char *benefits = hc_format_percent_range (self->benefits);

  /* Translators: what loaded salaries are made of, "base $390,000–$640,000
   * + benefits 20.8–23.5 %" */
  return g_strdup_printf (_("base %s + benefits %s"), base, benefits);
}

static char *
hc_position_row_dup_details (HcPositionRow *self)
{
  if (self->location == NULL || self->location[0] == '\0')
    return g_strdup (self->phase);
  return g_strdup_printf ("%s · %s", self->phase, self->location);
}

/* ---- sorting ---------------------------------------------------------- */

static int
compare_doubles (double a,
                 double b)
{
  return (a > b) - (a < b);
}

/* Ranges by their midpoint, then by their low end. */
static int
compare_ranges (HcRange a,
                HcRange b)
{
  int by_mid = compare_doubles (hc_range_mid (a), hc_range_mid (b));

  return by_mid != 0 ? by_mid : compare_doubles (a.low, b.low);
}

static int
compare_rows_by (HcPositionRow    *a,
                 HcPositionRow    *b,
                 HcPositionColumn  column)
{
  switch (column)
    {
    case HC_POSITION_COLUMN_POSITION:
      return strcmp (a->title_key, b->title_key);
    case HC_POSITION_COLUMN_STARTS:
      return compare_ranges (a->start, b->start);
    case HC_POSITION_COLUMN_LOADED_ANNUAL:
      return compare_ranges (a->loaded_annual, b->loaded_annual);
    case HC_POSITION_COLUMN_FIRST_YEAR:
      return compare_ranges (a->first_year, b->first_year);
    default:
      g_assert_not_reached ();
    }
}

static int
compare_rows (gconstpointer a,
              gconstpointer b,
              gpointer      column)
{
  HcPositionRow *row_a = HC_POSITION_ROW ((gpointer) a);
  HcPositionRow *row_b = HC_POSITION_ROW ((gpointer) b);
  int order = compare_rows_by (row_a, row_b, GPOINTER_TO_UINT (column));

  /* Ties keep the plan's order. */
  if (order == 0)
    order = (row_a->position_index > row_b->position_index) - (row_a->position_index < row_b->position_index);
  return order;
}

/* ---- the table --------------------------------------------------------- */

struct _HcPositionTable
{
  GtkWidget             parent_instance;

  GtkWidget            *scrolled;
  GtkColumnView        *column_view;
  GListStore           *store;
  GtkSortListModel     *sorted;
  GtkColumnViewColumn  *columns[HC_N_POSITION_COLUMNS];
};

G_DEFINE_FINAL_TYPE (HcPositionTable, hc_position_table, GTK_TYPE_WIDGET)

static const char * const column_titles[HC_N_POSITION_COLUMNS] = {
  N_("Position"),
  N_("Starts"),
  N_("Loaded Annual"),
  N_("First Year"),
};

static gboolean
column_is_money (HcPositionColumn column)
{
  return column == HC_POSITION_COLUMN_LOADED_ANNUAL || column == HC_POSITION_COLUMN_FIRST_YEAR;
}

static GtkWidget *
make_cell_label (void)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  return label;
}

/* Money right-aligns, in figures of one width. */
static GtkWidget *
make_money_label (void)
{
  GtkWidget *label = make_cell_label ();

  gtk_label_set_xalign (GTK_LABEL (label), 1);
  gtk_widget_add_css_class (label, "numeric");
  return label;
}

/* A position's words shorten, with the whole of them in a tooltip, so
 * that a long role name or location never pushes the figures out of
 * the table. */
static GtkWidget *
make_shortening_label (void)
{
  GtkWidget *label = make_cell_label ();

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), 16);
  return label;
}

/* The position cell has its phase and location under the title, dimmed:
 * they tell two otherwise equal positions apart, and as columns of their
 * own they would push the figures out of a window of ordinary width. */
static void
setup_position_cell (GtkListItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *details = make_shortening_label ();

  gtk_widget_add_css_class (details, "caption");
  gtk_widget_add_css_class (details, "dim-label");
  gtk_box_append (GTK_BOX (box), make_shortening_label ());
  gtk_box_append (GTK_BOX (box), details);
  gtk_list_item_set_child (item, box);
}

/* A loaded figure has what it is made of under it, dimmed: the base
 * salaries and the benefits load on them (DOMAIN.md: the benefits load
 * beside loaded salaries), so that a row can be checked by hand. */
static void
setup_loaded_cell (GtkListItem *item)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *figure = make_money_label ();
  GtkWidget *make_up = make_money_label ();

  gtk_widget_add_css_class (make_up, "caption");
  gtk_widget_add_css_class (make_up, "dim-label");
  /* In a narrow window it goes onto more lines, as the start does, rather
   * than push the columns out of the table. */
  gtk_label_set_single_line_mode (GTK_LABEL (make_up), FALSE);
  gtk_label_set_wrap (GTK_LABEL (make_up), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (make_up), PANGO_WRAP_WORD);
  gtk_label_set_justify (GTK_LABEL (make_up), GTK_JUSTIFY_RIGHT);
  gtk_box_append (GTK_BOX (box), figure);
  gtk_box_append (GTK_BOX (box), make_up);
  gtk_list_item_set_child (item, box);
}

static void
setup_cell (GtkSignalListItemFactory *factory,
            GtkListItem              *item,
            gpointer                  column)
{
  GtkWidget *label;

  if (GPOINTER_TO_UINT (column) == HC_POSITION_COLUMN_POSITION)
    {
      setup_position_cell (item);
      return;
    }
  if (GPOINTER_TO_UINT (column) == HC_POSITION_COLUMN_LOADED_ANNUAL)
    {
      setup_loaded_cell (item);
      return;
    }
  label = column_is_money (GPOINTER_TO_UINT (column)) ? make_money_label () : make_cell_label ();
  /* "weeks 6–10 · months 2–3" goes onto two lines, as the position
   * beside it does, before the position's words are shortened. */
  if (GPOINTER_TO_UINT (column) == HC_POSITION_COLUMN_STARTS)
    {
      gtk_label_set_single_line_mode (GTK_LABEL (label), FALSE);
      gtk_label_set_wrap (GTK_LABEL (label), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD);
    }
  gtk_list_item_set_child (item, label);
}

static void
bind_cell (GtkSignalListItemFactory *factory,
           GtkListItem              *item,
           gpointer                  column)
{
  HcPositionRow *row = HC_POSITION_ROW (gtk_list_item_get_item (item));
  GtkWidget *child = gtk_list_item_get_child (item);
  g_autofree char *text = hc_position_row_dup_text (row, GPOINTER_TO_UINT (column));

  if (GPOINTER_TO_UINT (column) == HC_POSITION_COLUMN_POSITION)
    {
      g_autofree char *details = hc_position_row_dup_details (row);
      g_autofree char *tooltip = g_strdup_printf ("%s\n%s", text, details);

      gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (child)), text);
      gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (child)), details);
      gtk_widget_set_tooltip_text (child, tooltip);
      return;
    }
  if (GPOINTER_TO_UINT (column) == HC_POSITION_COLUMN_LOADED_ANNUAL)
    {
      g_autofree char *make_up = hc_position_row_dup_loaded_make_up (row);

      gtk_label_set_label (GTK_LABEL (gtk_widget_get_first_child (child)), text);
      gtk_label_set_label (GTK_LABEL (gtk_widget_get_last_child (child)), make_up);
      return;
    }
  gtk_label_set_label (GTK_LABEL (child), text);
}

static GtkColumnViewColumn *
make_column (HcPositionColumn column)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkColumnViewColumn *view_column;
  GtkSorter *sorter;

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cell), GUINT_TO_POINTER (column));
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cell), GUINT_TO_POINTER (column));
  view_column = gtk_column_view_column_new (_(column_titles[column]), factory);
  sorter = GTK_SORTER (gtk_custom_sorter_new (compare_rows, GUINT_TO_POINTER (column), NULL));
  gtk_column_view_column_set_sorter (view_column, sorter);
  g_object_unref (sorter);
  gtk_column_view_column_set_resizable (view_column, TRUE);
  gtk_column_view_column_set_expand (view_column, column == HC_POSITION_COLUMN_POSITION);
  return view_column;
}

static GtkLabel *
find_label (GtkWidget  *root,
            const char *text)
{
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkLabel *found;

      if (GTK_IS_LABEL (child) && g_strcmp0 (gtk_label_get_label (GTK_LABEL (child)), text) == 0)
        return GTK_LABEL (child);
      if ((found = find_label (child, text)) != NULL)
        return found;
    }
  return NULL;
}

/* Money columns right-align their titles over their figures.  GTK 4.8 has
 * no API for a header's alignment, so the title label is looked up under
 * the column view's header (its first child) once the titles exist, on
 * map; if a GTK lays its header out otherwise, the titles just stay at
 * the left. */
static void
align_money_titles (HcPositionTable *self)
{
  GtkWidget *header = gtk_widget_get_first_child (GTK_WIDGET (self->column_view));

  for (guint c = 0; c < HC_N_POSITION_COLUMNS && header != NULL; c++)
    {
      GtkLabel *title = column_is_money (c)
                        ? find_label (header, gtk_column_view_column_get_title (self->columns[c]))
                        : NULL;

      if (title == NULL)
        continue;
      gtk_widget_set_hexpand (GTK_WIDGET (title), TRUE);
      gtk_label_set_xalign (title, 1);
    }
}

static void
build_column_view (HcPositionTable *self)
{
  GtkSorter *sorter;

  self->column_view = GTK_COLUMN_VIEW (gtk_column_view_new (NULL));
  gtk_widget_add_css_class (GTK_WIDGET (self->column_view), "data-table");
  gtk_column_view_set_show_row_separators (self->column_view, TRUE);
  gtk_column_view_set_reorderable (self->column_view, FALSE);
  for (guint c = 0; c < HC_N_POSITION_COLUMNS; c++)
    {
      self->columns[c] = make_column (c);
      gtk_column_view_append_column (self->column_view, self->columns[c]);
      g_object_unref (self->columns[c]);  /* the column view holds it */
    }
  self->store = g_list_store_new (HC_TYPE_POSITION_ROW);
  sorter = g_object_ref (gtk_column_view_get_sorter (self->column_view));
  self->sorted = gtk_sort_list_model_new (G_LIST_MODEL (g_object_ref (self->store)), sorter);
  gtk_column_view_set_model (self->column_view,
                             GTK_SELECTION_MODEL (gtk_no_selection_new (G_LIST_MODEL (self->sorted))));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("First year by position"),
                                  -1);
}

/* As tall as its rows up to MAX_FULL_ROWS of them; past that, its rows
 * scroll inside it (see MAX_FULL_ROWS). */
static void
set_rows_scroll (HcPositionTable *self,
                 guint            n_rows)
{
  GtkScrolledWindow *scrolled = GTK_SCROLLED_WINDOW (self->scrolled);
  gboolean full = n_rows <= MAX_FULL_ROWS;

  gtk_scrolled_window_set_policy (scrolled, GTK_POLICY_AUTOMATIC,
                                  full ? GTK_POLICY_NEVER : GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_max_content_height (scrolled, full ? -1 : SCROLLED_HEIGHT);
  gtk_scrolled_window_set_min_content_height (scrolled, full ? -1 : SCROLLED_HEIGHT);
}

static void
hc_position_table_dispose (GObject *object)
{
  HcPositionTable *self = HC_POSITION_TABLE (object);

  g_clear_pointer (&self->scrolled, gtk_widget_unparent);
  g_clear_object (&self->store);
  self->sorted = NULL;
  self->column_view = NULL;
  G_OBJECT_CLASS (hc_position_table_parent_class)->dispose (object);
}

/* The page around the table scrolls and so hands it only its minimum
 * height: ask for the natural one as the minimum, or a short plan would
 * show in a slit. */
static void
hc_position_table_measure (GtkWidget      *widget,
                           GtkOrientation  orientation,
                           int             for_size,
                           int            *minimum,
                           int            *natural,
                           int            *minimum_baseline,
                           int            *natural_baseline)
{
  HcPositionTable *self = HC_POSITION_TABLE (widget);

  gtk_widget_measure (self->scrolled, orientation, for_size, minimum, natural, NULL, NULL);
  if (orientation == GTK_ORIENTATION_VERTICAL)
    *minimum = *natural;
}

static GtkPolicyType
vertical_policy (HcPositionTable *self)
{
  GtkPolicyType horizontal, vertical;

  gtk_scrolled_window_get_policy (GTK_SCROLLED_WINDOW (self->scrolled), &horizontal, &vertical);
  return vertical;
}

/* Whether the rows can move @dy (down if positive) inside the table. */
static gboolean
rows_can_scroll (HcPositionTable *self,
                 double           dy)
{
  GtkAdjustment *rows = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (self->scrolled));
  double value = gtk_adjustment_get_value (rows);

  if (vertical_policy (self) == GTK_POLICY_NEVER)
    return FALSE;
  if (dy < 0)
    return value > gtk_adjustment_get_lower (rows) + 0.5;
  return value < gtk_adjustment_get_upper (rows) - gtk_adjustment_get_page_size (rows) - 0.5;
}

/* A wheel turned over the table scrolls the page, as over the tables
 * above it, unless the table has rows of its own to scroll that way: GTK
 * 4.8's scrolled window takes every scroll event, even one it cannot
 * follow, and would stop the page under the pointer.  Seen before the
 * table's own scrolled window (the capture phase), the page is scrolled
 * by what a wheel notch or a touchpad's move scrolls in GTK itself. */
static gboolean
on_scroll (GtkEventControllerScroll *controller,
           double                    dx,
           double                    dy,
           HcPositionTable          *self)
{
  GtkWidget *page = gtk_widget_get_ancestor (gtk_widget_get_parent (GTK_WIDGET (self)),
                                             GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  double step, value;

  if (page == NULL || dy == 0 || fabs (dx) > fabs (dy) || rows_can_scroll (self, dy))
    return GDK_EVENT_PROPAGATE;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (page));
  step = gtk_event_controller_scroll_get_unit (controller) == GDK_SCROLL_UNIT_WHEEL
         ? pow (gtk_adjustment_get_page_size (adjustment), 2.0 / 3.0)
         : 1.0;
  value = gtk_adjustment_get_value (adjustment) + dy * step;
  gtk_adjustment_set_value (adjustment,
                            CLAMP (value, gtk_adjustment_get_lower (adjustment),
                                   gtk_adjustment_get_upper (adjustment) - gtk_adjustment_get_page_size (adjustment)));
  return GDK_EVENT_STOP;
}

static void
hc_position_table_size_allocate (GtkWidget *widget,
                                 int        width,
                                 int        height,
                                 int        baseline)
{
  gtk_widget_allocate (HC_POSITION_TABLE (widget)->scrolled, width, height, baseline, NULL);
}

static void
hc_position_table_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (hc_position_table_parent_class)->map (widget);
  align_money_titles (HC_POSITION_TABLE (widget));
}

static void
hc_position_table_class_init (HcPositionTableClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = hc_position_table_dispose;
  widget_class->measure = hc_position_table_measure;
  widget_class->size_allocate = hc_position_table_size_allocate;
  widget_class->map = hc_position_table_map;
  gtk_widget_class_set_css_name (widget_class, "positiontable");
}

static void
hc_position_table_init (HcPositionTable *self)
{
  GtkEventController *scroll;

  build_column_view (self);
  /* Its own scrolled window: a long plan's column view builds only the
   * rows in sight, and a window too narrow for the columns scrolls them
   * instead of clipping them. */
  self->scrolled = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (self->scrolled), TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (self->scrolled), GTK_WIDGET (self->column_view));
  gtk_widget_add_css_class (self->scrolled, "card");
  gtk_widget_add_css_class (self->scrolled, "budget-table");
  gtk_widget_set_overflow (self->scrolled, GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_parent (self->scrolled, GTK_WIDGET (self));
  set_rows_scroll (self, 0);

  scroll = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  gtk_event_controller_set_propagation_phase (scroll, GTK_PHASE_CAPTURE);
  g_signal_connect (scroll, "scroll", G_CALLBACK (on_scroll), self);
  gtk_widget_add_controller (GTK_WIDGET (self), scroll);
}

GtkWidget *
hc_position_table_new (void)
{
  return g_object_new (HC_TYPE_POSITION_TABLE, NULL);
}

/* A horizon shorter than a year says what its total is (DOMAIN.md, "The
 * first year is the first 12 months"): the column and the table's name
 * for a screen reader.  The column's header label keeps its alignment:
 * GTK changes its text in place. */
static void
set_first_year_words (HcPositionTable *self,
                      guint            months)
{
  g_autofree char *column = NULL;
  g_autofree char *name = NULL;

  if (months >= 12)
    {
      column = g_strdup (_(column_titles[HC_POSITION_COLUMN_FIRST_YEAR]));
      name = g_strdup (_("First year by position"));
    }
  else
    {
      /* Translators: a column's title, for a plan shorter than a year */
      column = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First %u Month", "First %u Months", months),
                                months);
      name = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "First %u month by position",
                                           "First %u months by position", months),
                              months);
    }
  if (g_strcmp0 (gtk_column_view_column_get_title (self->columns[HC_POSITION_COLUMN_FIRST_YEAR]), column) != 0)
    gtk_column_view_column_set_title (self->columns[HC_POSITION_COLUMN_FIRST_YEAR], column);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->column_view),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, name, -1);
}

void
hc_position_table_set_figures (HcPositionTable *self,
                               HcPlan          *plan,
                               HcTimeline      *timeline,
                               HcBudget        *budget)
{
  GListModel *positions;
  g_autoptr(GPtrArray) rows = NULL;
  guint n;

  g_return_if_fail (HC_IS_POSITION_TABLE (self));
  g_return_if_fail (HC_IS_PLAN (plan));

  set_first_year_words (self, hc_budget_get_first_year_months (budget));
  positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  n = hc_budget_get_n_positions (budget);
  rows = g_ptr_array_new_full (n, g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      const HcPositionCost *cost = hc_budget_get_position_cost (budget, i);
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, cost->position_index);

      /* The figures are a snapshot of this very plan: they cannot disagree. */
      g_assert (position != NULL);
      g_assert (cost->position_index < hc_timeline_get_n_entries (timeline));
      g_ptr_array_add (rows, hc_position_row_new (plan, position,
                                                  hc_timeline_get_entry (timeline, cost->position_index),
                                                  cost, hc_budget_get_benefits_percent (budget)));
    }
  /* The height first, so that a long plan's rows are never all built. */
  set_rows_scroll (self, rows->len);
  /* One splice: one items-changed, one re-sort, however many rows. */
  g_list_store_splice (self->store, 0, g_list_model_get_n_items (G_LIST_MODEL (self->store)),
                       rows->pdata, rows->len);
}

char *
hc_position_table_dup_loaded_make_up (HcPositionTable *self,
                                      guint            row)
{
  g_autoptr(HcPositionRow) item = NULL;

  g_return_val_if_fail (HC_IS_POSITION_TABLE (self), NULL);
  item = g_list_model_get_item (G_LIST_MODEL (self->sorted), row);
  g_return_val_if_fail (item != NULL, NULL);
  return hc_position_row_dup_loaded_make_up (item);
}

char *
hc_position_table_dup_details (HcPositionTable *self,
                               guint            row)
{
  g_autoptr(HcPositionRow) item = NULL;

  g_return_val_if_fail (HC_IS_POSITION_TABLE (self), NULL);
  item = g_list_model_get_item (G_LIST_MODEL (self->sorted), row);
  g_return_val_if_fail (item != NULL, NULL);
  return hc_position_row_dup_details (item);
}

guint
hc_position_table_get_n_rows (HcPositionTable *self)
{
  g_return_val_if_fail (HC_IS_POSITION_TABLE (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->sorted));
}

guint
hc_position_table_get_position_index (HcPositionTable *self,
                                      guint            row)
{
  g_autoptr(HcPositionRow) item = NULL;

  g_return_val_if_fail (HC_IS_POSITION_TABLE (self), G_MAXUINT);
  item = g_list_model_get_item (G_LIST_MODEL (self->sorted), row);
  g_return_val_if_fail (item != NULL, G_MAXUINT);
  return item->position_index;
}

char *
hc_position_table_dup_cell_text (HcPositionTable  *self,
                                 guint             row,
                                 HcPositionColumn  column)
{
  g_autoptr(HcPositionRow) item = NULL;

  g_return_val_if_fail (HC_IS_POSITION_TABLE (self), NULL);
  g_return_val_if_fail (column < HC_N_POSITION_COLUMNS, NULL);
  item = g_list_model_get_item (G_LIST_MODEL (self->sorted), row);
  g_return_val_if_fail (item != NULL, NULL);
  return hc_position_row_dup_text (item, column);
}

void
hc_position_table_sort_by (HcPositionTable  *self,
                           HcPositionColumn  column,
                           GtkSortType       direction)
{
  g_return_if_fail (HC_IS_POSITION_TABLE (self));
  g_return_if_fail (column < HC_N_POSITION_COLUMNS);
  gtk_column_view_sort_by_column (self->column_view, self->columns[column], direction);
}
