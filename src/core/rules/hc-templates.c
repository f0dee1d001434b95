/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-templates"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hc-core-resources.h"
#include "hc-error.h"
#include "hc-phase.h"
#include "hc-plan-io.h"
#include "hc-plan-scenarios-private.h"
#include "hc-position.h"
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
  { "options-a-b", N_("Options A and B as scenarios"),
    N_("Option A (API-focused) as the plan, option B (full-stack) as a scenario to compare") },
  { "three-person", N_("Three-person team"),
    N_("A senior and two more backend engineers: no specialist yet") },
  { "five-person", N_("Five-person team"),
    N_("Three backend engineers, then a database and an infrastructure engineer") },
  { NULL, NULL, NULL },
};

/* What the template files say in English, for xgettext: a plan made from a
 * template is in the user's language from the start (translated once, as
 * it is made: what a person types later stays as typed).  A text missing
 * here stays English; the German test of test-templates notices. */
static const char * const template_texts[] = {
  N_("API-focused backend team"),
  N_("Additional backend capacity"),
  N_("Another backend engineer for capacity."),
  N_("Another backend engineer once the data model is in hand"),
  N_("Another backend engineer once the data model is in hand."),
  N_("Backend foundation"),
  N_("Backend team: options A and B"),
  N_("Database specialist"),
  N_("Deep PostgreSQL experience, query optimisation, data modelling."),
  N_("First backend hire"),
  N_("Five-person backend team"),
  N_("Full-stack backend team"),
  N_("Hired second in an API-focused team: schema design, query optimisation, migrations"),
  N_("Hired second: schema design, query optimisation, migrations. Through an agency, as every specialist in options A and B."),
  N_("Infrastructure specialist"),
  N_("More backend engineers: 3–5 years, independent, good communicators"),
  N_("Option A, API-focused, is the plan; option B, full-stack, is a scenario of it. Compare them with headcount --compare."),
  N_("Option B: full-stack backend"),
  N_("Terraform, CI/CD, observability, AWS or GCP."),
  N_("The first backend engineer: 5+ years, API and database design, works independently"),
  N_("The first backend engineer: APIs, databases and infrastructure"),
  N_("The first hire does it all: APIs, databases and infrastructure. Infrastructure skills cost 15–20 % more. Don't rush it."),
  N_("The first hire: strong API and database design, works independently, sets the technical direction. Don't rush it."),
  N_("Three-person backend team"),
  N_("Two more backend engineers, hired in parallel."),
  N_("Two more backend engineers, hired in parallel. No specialist yet: in a team of three a specialist becomes a bottleneck."),
  N_("When data complexity grows. Through an agency, as every specialist in options A and B."),
  N_("When data complexity grows: later than in an API-focused team"),
  N_("When deployments, reliability and scaling need dedicated focus"),
  N_("When infrastructure needs focus"),
  N_("When infrastructure needs focus. Through an agency, as every specialist in options A and B."),
  N_("When infrastructure needs focus: IaC, CI/CD, observability. Through an agency, as every specialist in options A and B."),
};

const HcTemplateInfo *
hc_templates_list (void)
{
  /* The strings are translated where they are shown: the table itself must
   * stay static. */
  return templates;
}

/* The translation of a template's @text, or @text when it is empty or no
 * template text (the catalogue is only asked about the texts it has). */
static const char *
translate_text (const char *text)
{
  if (text == NULL || *text == '\0')
    return text;
  for (guint i = 0; i < G_N_ELEMENTS (template_texts); i++)
    if (g_str_equal (template_texts[i], text))
      return _(text);
  return text;
}

/* Only a text that has a translation is set: the setter frees the text it
 * replaces, which the translation lookup handed back when it had none. */
#define TRANSLATE_FIELD(object, get, set)                                  \
  G_STMT_START {                                                           \
    const char *original = get (object);                                  \
    const char *translated = translate_text (original);                   \
    if (translated != original)                                           \
      set (object, translated);                                           \
  } G_STMT_END

static void
translate_plan (HcPlan *plan)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan));

  TRANSLATE_FIELD (plan, hc_plan_get_title, hc_plan_set_title);
  TRANSLATE_FIELD (plan, hc_plan_get_notes, hc_plan_set_notes);
  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);

      TRANSLATE_FIELD (position, hc_position_get_notes, hc_position_set_notes);
    }
  for (guint i = 0; i < g_list_model_get_n_items (phases); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (phases, i);

      TRANSLATE_FIELD (phase, hc_phase_get_name, hc_phase_set_name);
      TRANSLATE_FIELD (phase, hc_phase_get_description, hc_phase_set_description);
    }
  /* A scenario's name and the texts its changes set. */
  _hc_plan_translate_scenarios (plan, translate_text);
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
  translate_plan (plan);
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
