/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <gtk/gtk.h>

#include "hc-plan.h"

G_BEGIN_DECLS

/* The team sidebar's list: one HcTeamItem per position, in the plan's
 * order, shown by a GtkListView so that only the rows on screen exist.
 * GTK 4.8 has no list sections, so the first position of each phase
 * carries its phase's heading and shows it above its row. */

#define HC_TYPE_TEAM_ITEM (hc_team_item_get_type ())
G_DECLARE_FINAL_TYPE (HcTeamItem, hc_team_item, HC, TEAM_ITEM, GObject)

/* Where an item sits: its row's card rounds its corners at the ends of
 * its phase's run and the list keeps a margin at its own ends. */
typedef enum
{
  HC_TEAM_PLACE_GROUP_START = 1 << 0,
  HC_TEAM_PLACE_GROUP_END   = 1 << 1,
  HC_TEAM_PLACE_LIST_START  = 1 << 2,
  HC_TEAM_PLACE_LIST_END    = 1 << 3,
} HcTeamPlace;

const char *hc_team_item_get_position_id (HcTeamItem *self);
const char *hc_team_item_get_title       (HcTeamItem *self);
/* The phase's name (or "Without a Phase") on the first position of a
 * run of positions in one phase; NULL on the others. */
const char *hc_team_item_get_heading     (HcTeamItem *self);
/* The position selected in the window (the timeline's selection too). */
gboolean    hc_team_item_get_selected    (HcTeamItem *self);
guint       hc_team_item_get_place       (HcTeamItem *self);
/* The row widget showing the item now, or NULL when it is off screen. */
GtkWidget  *hc_team_item_get_row         (HcTeamItem *self);

/* The list itself: a scrolled GtkListView of HcTeamItem that is one stop
 * for Tab, as the list boxes it replaced were; arrows move inside it and
 * Enter or a click emits HcTeamList::activate-position with the id. */
#define HC_TYPE_TEAM_LIST (hc_team_list_get_type ())
G_DECLARE_FINAL_TYPE (HcTeamList, hc_team_list, HC, TEAM_LIST, GtkWidget)

/* The items shown, one per position: a GListModel of HcTeamItem. */
GListModel *hc_team_list_get_items       (HcTeamList         *self);
/* Brings the items in line with @plan's positions, flagging those in
 * @flagged_ids.  Items of positions that kept their place are updated in
 * place (their rows rebind through notify); the rest is replaced by one
 * splice. */
void        hc_team_list_update          (HcTeamList         *self,
                                          HcPlan             *plan,
                                          const char * const *flagged_ids);
/* The index of the item for @position_id, or G_MAXUINT. */
guint       hc_team_list_find            (HcTeamList         *self,
                                          const char         *position_id);
/* Scrolls to the position's row and focuses it; FALSE if it is not in
 * the list.  The row widget holds the position id as object data
 * "hc-position-id". */
gboolean    hc_team_list_focus_position  (HcTeamList         *self,
                                          const char         *position_id);
/* Marks the position's row as selected (for the eye and for assistive
 * technologies) and scrolls to it, without taking the focus; NULL: none. */
void        hc_team_list_set_selected_position (HcTeamList   *self,
                                                const char   *position_id);
const char *hc_team_list_get_selected_position (HcTeamList   *self);

G_END_DECLS
