/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-json-scan-private.h"

#include "hc-plan.h"

G_BEGIN_DECLS

/* What _hc_plan_read() reads, for _hc_json_parse(): the members it does
 * not know are kept as their text. */
extern const HcJsonShape _hc_plan_shape;

/* Reads the document @root into a new plan and validates it.  Errors are
 * HC_PLAN_ERROR with a message that starts with the JSON path of the value
 * at fault ("$.positions[3].count: …"). */
HcPlan *_hc_plan_read (HcJsonValue  *root,
                       GError      **error);

/* What scenarios read and write of the plan's own objects
 * (hc-scenario-io.c): an added position or phase, one of a position's
 * members, a range, a date.  Paths and errors as above. */
typedef enum
{
  HC_PLAN_SHAPE_POSITION,
  HC_PLAN_SHAPE_PHASE,
  HC_PLAN_SHAPE_RANGE,
  HC_PLAN_SHAPE_SKILLS,
} HcPlanShape;

const HcJsonShape *_hc_plan_get_shape            (HcPlanShape   which);
HcPosition        *_hc_plan_read_position        (HcJsonValue  *node,
                                                  GString      *path,
                                                  GError      **error);
HcPhase           *_hc_plan_read_phase           (HcJsonValue  *node,
                                                  GString      *path,
                                                  GError      **error);
/* @index: POS_ROLE … POS_NOTES (hc-plan-members-private.h). */
gboolean           _hc_plan_read_position_member (HcPosition   *position,
                                                  guint         index,
                                                  HcJsonValue  *node,
                                                  GString      *path,
                                                  GError      **error);
gboolean           _hc_plan_read_range           (HcJsonValue  *node,
                                                  GString      *path,
                                                  HcRange      *range,
                                                  GError      **error);
gboolean           _hc_plan_read_date            (HcJsonValue  *node,
                                                  GString      *path,
                                                  GDate        *date,
                                                  GError      **error);

/* hc_plan_to_bytes(), and what of them is members this version does not
 * know (hc-plan-writer.c): the name of the largest (NULL if none; free
 * it), the bytes it takes, and the bytes all of them take. */
GBytes *_hc_plan_to_bytes_measured (HcPlan  *plan,
                                    char   **largest_unknown,
                                    gsize   *largest_size,
                                    gsize   *unknown_total);

G_END_DECLS
