/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <adwaita.h>

#include "hc-document.h"
#include "hc-team-list.h"

G_BEGIN_DECLS

/* The sidebar: the plan's positions grouped by phase, the plan checks
 * beside them, and the editor of one position. */
#define HC_TYPE_COMPOSITION_EDITOR (hc_composition_editor_get_type ())
G_DECLARE_FINAL_TYPE (HcCompositionEditor, hc_composition_editor, HC, COMPOSITION_EDITOR, GtkWidget)

void        hc_composition_editor_set_document  (HcCompositionEditor *self,
                                                 HcDocument          *document);
/* Rebuilds the list and the checks from the document's plan; @checks is
 * an array of HcCheck for that plan. */
void        hc_composition_editor_refresh       (HcCompositionEditor *self,
                                                 GPtrArray           *checks);
/* Shows the editor of the position with @position_id. */
void        hc_composition_editor_edit_position (HcCompositionEditor *self,
                                                 const char          *position_id);
/* The team list, whose selection the window shares with the timeline. */
HcTeamList *hc_composition_editor_get_team_list  (HcCompositionEditor *self);
/* The ids of the positions marked by the last activated check. */
GStrv       hc_composition_editor_dup_selection (HcCompositionEditor *self);
/* For tests: the check rows' list, and activating the @index'th check. */
void        hc_composition_editor_activate_check (HcCompositionEditor *self,
                                                  guint                index);

G_END_DECLS
