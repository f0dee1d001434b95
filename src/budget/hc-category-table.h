/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hc-budget.h"

G_BEGIN_DECLS

typedef enum
{
  HC_CATEGORY_COLUMN_NAME,
  HC_CATEGORY_COLUMN_FIRST_YEAR,
  HC_CATEGORY_COLUMN_MIDPOINT,
  HC_CATEGORY_COLUMN_SHARE,
} HcCategoryColumn;
#define HC_N_CATEGORY_COLUMNS 4

/* The rows below the categories (rows 0 … HC_N_CATEGORIES - 1). */
#define HC_CATEGORY_ROW_TOTAL  HC_N_CATEGORIES
#define HC_CATEGORY_ROW_EQUITY (HC_N_CATEGORIES + 1)
#define HC_N_CATEGORY_ROWS     (HC_N_CATEGORIES + 2)

/* The first year by category: each cash category's range, midpoint and
 * share of the total, the total, and the equity pool apart as non-cash. */
#define HC_TYPE_CATEGORY_TABLE (hc_category_table_get_type ())
G_DECLARE_FINAL_TYPE (HcCategoryTable, hc_category_table, HC, CATEGORY_TABLE, GtkWidget)

void        hc_category_table_set_figures (HcCategoryTable  *self,
                                           HcBudget         *budget,
                                           const char       *currency);
/* What a cell shows now; rows as above.  For tests. */
const char *hc_category_table_get_text    (HcCategoryTable  *self,
                                           guint             row,
                                           HcCategoryColumn  column);
/* The note under @row's name ("not in the guides, 0 until set"), or NULL. */
const char *hc_category_table_get_note    (HcCategoryTable  *self,
                                           guint             row);

G_END_DECLS
