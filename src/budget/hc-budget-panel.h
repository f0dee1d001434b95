/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-budget.h"
#include "hc-category-table.h"
#include "hc-document.h"
#include "hc-position-table.h"

G_BEGIN_DECLS

/* The Budget page: summary cards, the monthly cash chart, the first year
 * by category and by position as tables, and the cost assumptions editor. */
#define HC_TYPE_BUDGET_PANEL (hc_budget_panel_get_type ())
G_DECLARE_FINAL_TYPE (HcBudgetPanel, hc_budget_panel, HC, BUDGET_PANEL, GtkWidget)

typedef enum
{
  HC_BUDGET_CARD_FIRST_YEAR,
  HC_BUDGET_CARD_RUN_RATE,
  HC_BUDGET_CARD_PER_ENGINEER,
  HC_BUDGET_CARD_COMPLETE_BY,
} HcBudgetCard;
#define HC_N_BUDGET_CARDS 4

void        hc_budget_panel_set_document   (HcBudgetPanel *self,
                                            HcDocument    *document);
void        hc_budget_panel_update         (HcBudgetPanel *self,
                                            HcTimeline    *timeline,
                                            HcBudget      *budget);
/* What a card shows now: its range.  For tests. */
const char *hc_budget_panel_get_card_text  (HcBudgetPanel *self,
                                            HcBudgetCard   card);
const char *hc_budget_panel_get_card_mid   (HcBudgetPanel *self,
                                            HcBudgetCard   card);
/* The line under a card that says what its figure is, or NULL. */
const char *hc_budget_panel_get_card_what  (HcBudgetPanel *self,
                                            HcBudgetCard   card);
const char *hc_budget_panel_get_category_text (HcBudgetPanel *self,
                                               HcCategory     category);
GtkWidget  *hc_budget_panel_get_assumptions_editor (HcBudgetPanel *self);
/* The two breakdown tables, for tests. */
HcCategoryTable *hc_budget_panel_get_category_table (HcBudgetPanel *self);
HcPositionTable *hc_budget_panel_get_position_table (HcBudgetPanel *self);

G_END_DECLS
