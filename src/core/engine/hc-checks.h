/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"
#include "hc-timeline.h"

G_BEGIN_DECLS

/* Advice from the guide's composition rules, computed from a plan. */
typedef enum
{
  HC_CHECK_SEVERITY_INFO,
  HC_CHECK_SEVERITY_WARNING,
} HcCheckSeverity;

struct _HcCheck
{
  const char      *id;           /* stable: "first-hire-senior-backend", … */
  HcCheckSeverity  severity;
  char            *message;      /* one translated sentence */
  GStrv            position_ids; /* the positions it concerns, maybe empty */
};

void       hc_check_free    (HcCheck    *check);
/* An array of HcCheck, owning them, in the order of the rules. */
GPtrArray *hc_plan_check    (HcPlan     *plan,
                             HcTimeline *timeline);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcCheck, hc_check_free)

G_END_DECLS
