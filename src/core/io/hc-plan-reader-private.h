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

G_END_DECLS
