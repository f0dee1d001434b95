/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hc-budget.h"

G_BEGIN_DECLS

typedef enum
{
  HC_POSITION_COLUMN_POSITION,
  HC_POSITION_COLUMN_STARTS,
  HC_POSITION_COLUMN_LOADED_ANNUAL,
  HC_POSITION_COLUMN_FIRST_YEAR,
} HcPositionColumn;
#define HC_N_POSITION_COLUMNS 4

#define HC_TYPE_POSITION_TABLE (hc_position_table_get_type ())
G_DECLARE_FINAL_TYPE (HcPositionTable, hc_position_table, HC, POSITION_TABLE, GtkWidget)

/* The first year by position, one row per position of the plan: what it
 * is (with its phase and location on a second line), when it starts, what
 * it costs a full year and what it costs in the first year, as ranges.  A column view in a card:
 * as tall as its rows for a plan of up to some hundred positions, part of
 * the page that scrolls around it; a longer plan's rows scroll inside it,
 * only those in sight built, and the wheel goes on to the page at their
 * ends.  Every column sorts. */
GtkWidget *hc_position_table_new                (void);
/* Replaces every row from one computation of the plan's figures. */
void       hc_position_table_set_figures        (HcPositionTable  *self,
                                                 HcPlan           *plan,
                                                 HcTimeline       *timeline,
                                                 HcBudget         *budget);

/* What the table shows, in its current order.  For tests. */
guint      hc_position_table_get_n_rows         (HcPositionTable  *self);
guint      hc_position_table_get_position_index (HcPositionTable  *self,
                                                 guint             row);
char      *hc_position_table_dup_cell_text      (HcPositionTable  *self,
                                                 guint             row,
                                                 HcPositionColumn  column);
/* The second line of the position cell: "phase · location". */
char      *hc_position_table_dup_details        (HcPositionTable  *self,
                                                 guint             row);
/* The line under a Loaded Annual figure: what it is made of, "base
 * $300K–$560K + benefits 20.8–23.5 %". */
char      *hc_position_table_dup_loaded_make_up (HcPositionTable  *self,
                                                 guint             row);
/* What a click on a column header does. */
void       hc_position_table_sort_by            (HcPositionTable  *self,
                                                 HcPositionColumn  column,
                                                 GtkSortType       direction);

G_END_DECLS
