/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan.h"

G_BEGIN_DECLS

/* The plans a new document can start from: the guide's first hire, its two
 * ways to grow to a team (API-focused and full-stack), and its 3- and
 * 5-person teams.  Stored as .headcount documents in the core's GResource. */
typedef struct
{
  const char *name;        /* "five-person": what --template takes */
  const char *title;       /* translated */
  const char *description; /* one translated line */
} HcTemplateInfo;

/* How a caller writes a range of money ("$838K–$1.25M"); the core has
 * no money formatter of its own. */
typedef char *(*HcMoneyRangeFormat) (HcRange     range,
                                     const char *currency);

/* NULL-terminated by an entry whose name is NULL.  @description says
 * what the team is, never what it costs: the figures come from
 * hc_template_describe(). */
const HcTemplateInfo *hc_templates_list (void);
HcPlan               *hc_template_load  (const char  *name,
                                         GError     **error);

/* The template's line with the figures the engine computes from the
 * template itself — loaded salaries a year and the weeks by which the team
 * is complete: "Senior backend and two backend engineers · $471K–$790K a
 * year loaded · complete weeks 7–10".  Translated, newly allocated; NULL
 * for an unknown name. */
char                 *hc_template_describe (const char         *name,
                                            HcMoneyRangeFormat  format_money);

G_END_DECLS
