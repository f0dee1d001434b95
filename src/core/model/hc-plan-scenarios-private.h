/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-plan-scenarios.h"

G_BEGIN_DECLS

/* Gives a template's scenarios the user's language, as its plan gets it
 * (hc-templates.c): each scenario's name and each text a change sets (a
 * position's notes, a phase's name or description) that @translate
 * knows.  Not recorded: a template is translated as it is made. */
void _hc_plan_translate_scenarios (HcPlan       *plan,
                                   const char *(*translate) (const char *text));

G_END_DECLS
