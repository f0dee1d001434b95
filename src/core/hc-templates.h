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

/* NULL-terminated by an entry whose name is NULL. */
const HcTemplateInfo *hc_templates_list (void);
HcPlan               *hc_template_load  (const char  *name,
                                         GError     **error);

G_END_DECLS
