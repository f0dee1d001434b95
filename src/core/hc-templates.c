/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hc-core-resources.h"
#include "hc-error.h"
#include "hc-plan-io.h"
#include "hc-budget.h"
#include "hc-templates.h"
#include "hc-timeline.h"

#define TEMPLATES_PATH "/io/github/headcount/Headcount/templates/"

static const HcTemplateInfo templates[] = {
  { "first-hire", N_("First backend hire"),
    N_("One senior backend engineer who designs the APIs and the database") },
  { "option-a", N_("API-focused team"),
    N_("Backend, then the database engineer, another backend engineer, then infrastructure") },
  { "option-b", N_("Full-stack backend team"),
    N_("A backend engineer who does it all, more capacity, then specialists as the team grows") },
  { "three-person", N_("Three-person team"),
    N_("A senior and two more backend engineers: no specialist yet") },
  { "five-person", N_("Five-person team"),
    N_("Three backend engineers, then a database and an infrastructure engineer") },
  { NULL, NULL, NULL },
};

const HcTemplateInfo *
hc_templates_list (void)
{
  /* The strings are translated where they are shown: the table itself must
   * stay static. */
  return templates;
}

HcPlan *
hc_template_load (const char  *name,
                  GError     **error)
{
  g_autofree char *path = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  HcPlan *plan;

  g_return_val_if_fail (name != NULL, NULL);

  /* Asking the core's own resource, rather than the global registry, also
   * keeps the linker from dropping it out of the static library. */
  path = g_strconcat (TEMPLATES_PATH, name, ".headcount", NULL);
  bytes = g_resource_lookup_data (hc_core_get_resource (), path,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, NULL);
  if (bytes == NULL)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_NOT_FOUND,
                   _("There is no template “%s”; --list-templates shows them"), name);
      return NULL;
    }

  plan = hc_plan_load_from_bytes (bytes, &local_error);
  /* A template that does not load is a bug in this build, not user input. */
  if (plan == NULL)
    g_error ("Template %s does not load: %s", name, local_error->message);
  return plan;
}

char *
hc_template_describe (const char         *name,
                      HcMoneyRangeFormat  format_money)
{
  const HcTemplateInfo *info = NULL;
  g_autoptr(HcPlan) plan = NULL;
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  g_autofree char *money = NULL;
  g_autofree char *weeks = NULL;

  g_return_val_if_fail (name != NULL, NULL);
  g_return_val_if_fail (format_money != NULL, NULL);

  for (const HcTemplateInfo *t = templates; t->name != NULL; t++)
    if (g_str_equal (t->name, name))
      info = t;
  if (info == NULL)
    return NULL;

  /* Computed, never typed: a description cannot quote a total the
   * engine does not produce. */
  plan = hc_template_load (name, NULL);
  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  money = format_money (hc_budget_get_loaded_salaries (budget), hc_plan_get_currency (plan));
  weeks = hc_format_week_span (hc_timeline_get_team_complete (timeline));
  /* Translators: what the template is · its loaded salaries · when the
   * team is complete ("weeks 7–10") */
  return g_strdup_printf (_("%s · %s a year loaded · complete %s"), _(info->description), money, weeks);
}
