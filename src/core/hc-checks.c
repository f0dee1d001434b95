/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-checks"

#include "config.h"

#include "hc-plan-private.h"

#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "hc-checks.h"

/* One line of the hire order: a position, with what its people bring. */
typedef struct
{
  const HcTimelineEntry *entry;
  const char            *position_id;
  const char            *role_name;   /* NULL if the role is unknown */
  gboolean               has_role;
  HcRoleKind             kind;
  HcSeniority            seniority;
  HcSkills               skills;      /* the role's and the position's */
  guint                  count;
  guint                  first_person; /* 1-based place of its first person */
} Hire;

/* What every rule looks at: the positions in the order their people are
 * hired, and the team's size. */
typedef struct
{
  Hire  *hires;
  guint  n_hires;
  guint  headcount;
} HireOrder;

typedef HcCheck *(*CheckRule) (const HireOrder *order);

void
hc_check_free (HcCheck *check)
{
  if (check == NULL)
    return;

  g_free (check->message);
  g_strfreev (check->position_ids);
  g_free (check);
}

static HcCheck *
check_new (const char      *id,
           HcCheckSeverity  severity,
           char            *message,
           GStrvBuilder    *position_ids)
{
  HcCheck *check = g_new0 (HcCheck, 1);

  check->id = id;
  check->severity = severity;
  check->message = message;
  check->position_ids = position_ids != NULL
    ? g_strv_builder_end (position_ids)
    : g_new0 (char *, 1);

  return check;
}

static gboolean
hire_has_skill (const Hire *hire,
                HcSkills    skill)
{
  return (hire->skills & skill) != 0;
}

/* "Database engineer" → "database engineer", for the middle of a
 * sentence; a name that starts with an acronym ("API …") stays as it is. */
static char *
role_name_in_sentence (const Hire *hire)
{
  const char *name = hire->role_name != NULL ? hire->role_name : hire->position_id;
  const char *second;

  if (name == NULL || *name == '\0')
    return g_strdup (_("engineer"));

  second = g_utf8_next_char (name);
  if (*second != '\0' && g_unichar_isupper (g_utf8_get_char (second)))
    return g_strdup (name);

  /* Not printf's "%C": it converts through the C library's multibyte
   * locale, and under LC_ALL=C a non-ASCII "É" came out as "(null)". */
  {
    char first[8] = { 0 };

    g_unichar_to_utf8 (g_unichar_tolower (g_utf8_get_char (name)), first);
    return g_strconcat (first, second, NULL);
  }
}

/* For the middle of a sentence, where the labels' capitals do not fit. */
static const char * const seniority_adjectives[HC_N_SENIORITIES] = {
  N_("junior"), N_("mid-level"), N_("senior"), N_("staff"),
};

static char *
describe_first_hire (const Hire *first)
{
  g_autofree char *role = role_name_in_sentence (first);
  const char *seniority = _(seniority_adjectives[MIN (first->seniority, HC_N_SENIORITIES - 1)]);

  if (!first->has_role || first->kind != HC_ROLE_KIND_GENERALIST)
    return g_strdup_printf (_("The first person hired is a %s %s, a specialist: make the first hire a senior backend generalist with strong API and database design skills."),
                            seniority, role);
  if (first->seniority < HC_SENIORITY_SENIOR)
    return g_strdup_printf (_("The first person hired is a %s %s: make the first hire a senior backend engineer, able to set the architecture alone."),
                            seniority, role);
  return g_strdup_printf (_("The first person hired, a %s %s, brings no API design skills: make the first hire strong in API and database design."),
                          seniority, role);
}

/* Rule 1: the guide's first hire is a senior backend engineer with
 * strong API (and database) design skills. */
static HcCheck *
check_first_hire (const HireOrder *order)
{
  const Hire *first;
  g_autoptr(GStrvBuilder) ids = NULL;

  if (order->n_hires == 0)
    return NULL;

  first = &order->hires[0];
  if (first->has_role && first->kind == HC_ROLE_KIND_GENERALIST
      && first->seniority >= HC_SENIORITY_SENIOR
      && hire_has_skill (first, HC_SKILL_API))
    return NULL;

  ids = g_strv_builder_new ();
  g_strv_builder_add (ids, first->position_id);

  return check_new ("first-hire-senior-backend", HC_CHECK_SEVERITY_WARNING,
                    describe_first_hire (first), ids);
}

/* Rule 2: database design is not left for later. */
static HcCheck *
check_first_hires_database (const HireOrder *order)
{
  guint first_people = MIN (3, order->headcount);
  g_autoptr(GStrvBuilder) ids = NULL;

  if (first_people == 0)
    return NULL;

  ids = g_strv_builder_new ();
  for (guint i = 0; i < order->n_hires && order->hires[i].first_person <= first_people; i++)
    {
      if (hire_has_skill (&order->hires[i], HC_SKILL_DATABASE))
        return NULL;
      g_strv_builder_add (ids, order->hires[i].position_id);
    }

  return check_new ("first-hires-database", HC_CHECK_SEVERITY_WARNING,
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "The first hire brings no database design skills: give the first backend engineer database design, or plan a database engineer early.",
                                                  "None of the first %u hires brings database design skills: give the first backend engineer database design, or plan a database engineer early.",
                                                  first_people),
                                     first_people),
                    ids);
}

static char *
describe_early_specialists (const Hire *first_specialist,
                            guint       n_positions,
                            guint       headcount)
{
  g_autofree char *role = NULL;

  if (n_positions > 1)
    return g_strdup_printf (_("%u specialist positions are among the first 4 people hired, from person %u of %u: specialists in a team smaller than about 5 tend to become bottlenecks."),
                            n_positions, first_specialist->first_person, headcount);

  role = role_name_in_sentence (first_specialist);
  return g_strdup_printf (_("The %s is person %u of %u: specialists in a team smaller than about 5 tend to become bottlenecks."),
                          role, first_specialist->first_person, headcount);
}

/* Rule 3: a specialist among the first people has too little to
 * specialise in and becomes a bottleneck. */
static HcCheck *
check_specialists_early (const HireOrder *order)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  const Hire *first_specialist = NULL;
  guint n_specialist_positions = 0;

  for (guint i = 0; i < order->n_hires && order->hires[i].first_person <= 4; i++)
    {
      const Hire *hire = &order->hires[i];

      if (!hire->has_role || hire->kind != HC_ROLE_KIND_SPECIALIST)
        continue;
      if (first_specialist == NULL)
        first_specialist = hire;
      n_specialist_positions++;
      g_strv_builder_add (ids, hire->position_id);
    }

  if (first_specialist == NULL)
    return NULL;

  return check_new ("specialists-early",
                    first_specialist->first_person <= 3 ? HC_CHECK_SEVERITY_WARNING : HC_CHECK_SEVERITY_INFO,
                    describe_early_specialists (first_specialist, n_specialist_positions,
                                                order->headcount),
                    ids);
}

/* Rule 4: past 5 people someone has to own the infrastructure. */
static HcCheck *
check_infrastructure_plan (const HireOrder *order)
{
  if (order->headcount <= 5)
    return NULL;

  for (guint i = 0; i < order->n_hires; i++)
    if (hire_has_skill (&order->hires[i], HC_SKILL_INFRASTRUCTURE))
      return NULL;

  return check_new ("infrastructure-plan", HC_CHECK_SEVERITY_WARNING,
                    g_strdup_printf (_("Nobody among the %u people brings infrastructure skills: a team larger than 5 needs an infrastructure engineer or a backend engineer who owns it."),
                                     order->headcount),
                    NULL);
}

/* Rule 5: a large team wants about 60 % generalists. */
static HcCheck *
check_generalist_mix (const HireOrder *order)
{
  guint generalists = 0;
  double share;

  if (order->headcount < 20)
    return NULL;

  for (guint i = 0; i < order->n_hires; i++)
    if (order->hires[i].has_role && order->hires[i].kind == HC_ROLE_KIND_GENERALIST)
      generalists += order->hires[i].count;

  share = 100.0 * generalists / order->headcount;
  if (share >= 50.0 && share <= 70.0)
    return NULL;

  return check_new ("generalist-mix", HC_CHECK_SEVERITY_INFO,
                    g_strdup_printf (_("Generalists are %.0f %% of the %u people: at 20 or more, aim for about 60 %% generalists and 40 %% specialists."),
                                     share, order->headcount),
                    NULL);
}

static const CheckRule rules[] = {
  check_first_hire,
  check_first_hires_database,
  check_specialists_early,
  check_infrastructure_plan,
  check_generalist_mix,
};

/* Earliest start first; a tie goes to the earlier phase, then to the
 * position that comes first in the plan. */
static int
compare_hires (gconstpointer a,
               gconstpointer b)
{
  const HcTimelineEntry *x = ((const Hire *) a)->entry;
  const HcTimelineEntry *y = ((const Hire *) b)->entry;

  if (x->start.low != y->start.low)
    return x->start.low < y->start.low ? -1 : 1;
  if (x->phase_index != y->phase_index)
    return x->phase_index < y->phase_index ? -1 : 1;
  if (x->position_index != y->position_index)
    return x->position_index < y->position_index ? -1 : 1;
  return 0;
}

static void
describe_hire (Hire                  *hire,
               const HcTimelineEntry *entry,
               HcPosition            *position,
               HcRole                *role)
{
  hire->entry = entry;
  hire->position_id = hc_position_get_id (position);
  hire->has_role = role != NULL;
  hire->role_name = role != NULL ? hc_role_get_name (role) : NULL;
  hire->kind = role != NULL ? hc_role_get_kind (role) : HC_ROLE_KIND_GENERALIST;
  hire->seniority = hc_position_get_seniority (position);
  hire->skills = hc_position_get_skills (position)
                 | (role != NULL ? hc_role_get_skills (role) : HC_SKILL_NONE);
  hire->count = hc_position_get_count (position);
}

/* The borrowed strings in the hires stay valid while the plan's store
 * holds its objects, which it does for the whole check. */
static void
build_hire_order (HireOrder  *order,
                  HcPlan     *plan,
                  HcTimeline *timeline)
{
  g_autoptr(GHashTable) roles = _hc_plan_build_role_table (plan);
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  guint n = MIN (g_list_model_get_n_items (positions), hc_timeline_get_n_entries (timeline));
  guint person = 1;

  order->hires = g_new0 (Hire, MAX (n, 1));
  order->n_hires = n;
  order->headcount = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      const char *role_id = hc_position_get_role_id (position);

      describe_hire (&order->hires[i], hc_timeline_get_entry (timeline, i), position,
                     role_id != NULL ? g_hash_table_lookup (roles, role_id) : NULL);
    }

  qsort (order->hires, n, sizeof (Hire), compare_hires);

  for (guint i = 0; i < n; i++)
    {
      order->hires[i].first_person = person;
      person += order->hires[i].count;
      order->headcount += order->hires[i].count;
    }
}

GPtrArray *
hc_plan_check (HcPlan     *plan,
               HcTimeline *timeline)
{
  g_autoptr(HcTimeline) own_timeline = NULL;
  GPtrArray *checks;
  HireOrder order;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  if (timeline == NULL
      || hc_timeline_get_n_entries (timeline)
         != g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan))))
    timeline = own_timeline = hc_timeline_compute (plan);

  build_hire_order (&order, plan, timeline);

  checks = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_check_free);
  for (guint i = 0; i < G_N_ELEMENTS (rules); i++)
    {
      HcCheck *check = rules[i] (&order);

      if (check != NULL)
        g_ptr_array_add (checks, check);
    }

  g_free (order.hires);

  return checks;
}
