/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-checks"

#include "config.h"

#include "hc-plan-private.h"

#include <math.h>
#include <stdlib.h>
#include <glib/gi18n-lib.h>

#include "hc-benchmarks.h"
#include "hc-calendar.h"
#include "hc-checks.h"
#include "hc-resolve.h"
#include "hc-format.h"
#include "hc-format-private.h"

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
  HcPlan     *plan;
  HcTimeline *timeline;
  Hire       *hires;
  guint       n_hires;
  guint       headcount;
  const Hire *first_hire;  /* hc_plan_get_first_hire()'s, or NULL */
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

/* How a message names a hire's role: as the plan spells it, quoted by the
 * translation, never lowercased or declined (German cannot do either to a
 * name); the position's id when the role is unknown. */
static const char *
hire_role_name (const Hire *hire)
{
  if (hire->role_name != NULL && *hire->role_name != '\0')
    return hire->role_name;
  return hire->position_id;
}

static const char *
hire_seniority_label (const Hire *hire)
{
  return hc_seniority_get_label (MIN (hire->seniority, HC_N_SENIORITIES - 1));
}

static char *
describe_first_hire (const Hire *first)
{
  const char *role = hire_role_name (first);
  const char *seniority = hire_seniority_label (first);

  if (!first->has_role || first->kind != HC_ROLE_KIND_GENERALIST)
    /* Translators: the first %s is a role's name as the plan gives it
     * ("Database engineer"), the second its seniority ("Senior"). */
    return g_strdup_printf (_("The first person hired, “%s” (%s), is a specialist: make the first hire a senior backend generalist with strong API and database design skills."),
                            role, seniority);
  if (first->seniority < HC_SENIORITY_SENIOR)
    /* Translators: the first %s is a role's name ("Backend / API
     * engineer"), the second its seniority ("Mid-level"). */
    return g_strdup_printf (_("The first person hired, “%s” (%s), is not senior: make the first hire a senior backend engineer, able to set the architecture alone."),
                            role, seniority);
  /* Translators: the first %s is a role's name, the second its seniority. */
  return g_strdup_printf (_("The first person hired, “%s” (%s), brings no API design skills: make the first hire strong in API and database design."),
                          role, seniority);
}

/* Rule 1: the guide's first hire is a senior backend engineer with
 * strong API (and database) design skills.  The first backend hire is the
 * plan's (hc_plan_get_first_hire()); a plan without a generalist is told
 * about whoever starts first. */
static HcCheck *
check_first_hire (const HireOrder *order)
{
  const Hire *first = order->first_hire;
  g_autoptr(GStrvBuilder) ids = NULL;

  if (order->n_hires == 0)
    return NULL;
  /* No generalist at all, or a specialist who will be in the team no later
   * than the first backend hire can be: the first person is not the
   * guide's first hire. */
  if (first == NULL
      || (order->hires[0].kind != HC_ROLE_KIND_GENERALIST
          && order->hires[0].entry->start.high <= first->entry->start.low))
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

/* Rule 2: the guide asks database design of the first backend engineer
 * ("strong API and database design skills"), not of whoever else is
 * early. */
static HcCheck *
check_first_hires_database (const HireOrder *order)
{
  const Hire *first = order->first_hire;
  g_autoptr(GStrvBuilder) ids = NULL;

  if (first == NULL || hire_has_skill (first, HC_SKILL_DATABASE))
    return NULL;

  ids = g_strv_builder_new ();
  g_strv_builder_add (ids, first->position_id);

  return check_new ("first-hires-database", HC_CHECK_SEVERITY_WARNING,
                    /* Translators: the first %s is a role's name, the
                     * second its seniority ("Senior"). */
                    g_strdup_printf (_("The first backend hire, “%s” (%s), brings no database design skills: the guide asks the first backend engineer for strong API and database design."),
                                     hire_role_name (first), hire_seniority_label (first)),
                    ids);
}

/* Rule 2b: hire order over the whole start ranges.  A less senior
 * generalist who will certainly start before the first hire (its latest
 * start before the first hire's earliest) inverts the order the guide
 * gives; overlapping windows are normal and stay quiet. */
static HcCheck *
check_hire_order (const HireOrder *order)
{
  const Hire *first = order->first_hire;
  g_autoptr(GStrvBuilder) ids = NULL;
  guint n = 0;

  if (first == NULL)
    return NULL;

  ids = g_strv_builder_new ();
  for (guint i = 0; i < order->n_hires; i++)
    {
      const Hire *hire = &order->hires[i];

      if (hire == first || !hire->has_role || hire->kind != HC_ROLE_KIND_GENERALIST)
        continue;
      if (hire->seniority < first->seniority
          && hire->entry->start.high < first->entry->start.low)
        {
          g_strv_builder_add (ids, hire->position_id);
          n++;
        }
    }
  if (n == 0)
    return NULL;

  return check_new ("hire-order", HC_CHECK_SEVERITY_WARNING,
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u less senior backend position will certainly start before the first backend hire: hire the first backend engineer first, to set the architecture.",
                                                  "%u less senior backend positions will certainly start before the first backend hire: hire the first backend engineer first, to set the architecture.",
                                                  n),
                                     n),
                    ids);
}

static char *
describe_early_specialists (const Hire *first_specialist,
                            guint       n_positions,
                            guint       headcount,
                            gboolean    as_option_a)
{
  if (n_positions > 1 && as_option_a)
    /* Translators: "from person 2 of 5": the place of the first
     * specialist in the hire order, and the team's size. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u specialist position is among the first 4 people hired, from person %u of %u: the guide’s own option A does so in a 4–5 person team, but specialists in a team smaller than about 5 tend to become bottlenecks.",
                                         "%u specialist positions are among the first 4 people hired, from person %u of %u: the guide’s own option A does so in a 4–5 person team, but specialists in a team smaller than about 5 tend to become bottlenecks.",
                                         n_positions),
                            n_positions, first_specialist->first_person, headcount);
  if (n_positions > 1)
    /* Translators: "from person 2 of 5": the place of the first
     * specialist in the hire order, and the team's size. */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "%u specialist position is among the first 4 people hired, from person %u of %u: specialists in a team smaller than about 5 tend to become bottlenecks.",
                                         "%u specialist positions are among the first 4 people hired, from person %u of %u: specialists in a team smaller than about 5 tend to become bottlenecks.",
                                         n_positions),
                            n_positions, first_specialist->first_person, headcount);
  if (as_option_a)
    /* Translators: %s is a role's name ("Database engineer"); "person 2
     * of 4" is its place in the hire order and the team's size. */
    return g_strdup_printf (_("“%s” is person %u of %u: the guide’s own option A hires a specialist this early in a 4–5 person team, but specialists in a team smaller than about 5 tend to become bottlenecks."),
                            hire_role_name (first_specialist), first_specialist->first_person, headcount);

  /* Translators: %s is a role's name ("Database engineer"); "person 2 of
   * 5" is its place in the hire order and the team's size. */
  return g_strdup_printf (_("“%s” is person %u of %u: specialists in a team smaller than about 5 tend to become bottlenecks."),
                          hire_role_name (first_specialist), first_specialist->first_person, headcount);
}

/* Rule 3: a specialist among the first people has too little to
 * specialise in and becomes a bottleneck.  A warning among the first 3
 * (the guide's mistake 1), but a note as person 2, 3 or 4 of a 4–5 person
 * team: the guide's own options A and B for "a 3–5 person team" hire the
 * database specialist second or third, and DOMAIN.md has the templates
 * follow them.  As person 1 it is a warning at every size: the guide's
 * options always start with a backend engineer. */
static HcCheck *
check_specialists_early (const HireOrder *order)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  const Hire *first_specialist = NULL;
  guint n_specialist_positions = 0;
  gboolean small_team;
  gboolean warning;

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

  small_team = order->headcount >= 4 && order->headcount <= 5;
  warning = first_specialist->first_person == 1
            || (first_specialist->first_person <= 3 && !small_team);
  return check_new ("specialists-early",
                    warning ? HC_CHECK_SEVERITY_WARNING : HC_CHECK_SEVERITY_INFO,
                    describe_early_specialists (first_specialist, n_specialist_positions,
                                                order->headcount, !warning && small_team),
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
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Nobody among the %u person brings infrastructure skills: a team larger than 5 needs an infrastructure engineer or a backend engineer who owns it.",
                                                  "Nobody among the %u people brings infrastructure skills: a team larger than 5 needs an infrastructure engineer or a backend engineer who owns it.",
                                                  order->headcount),
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
                    /* Translators: the generalists' share in percent,
                     * then the team's size. */
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "Generalists are %.0f %% of the %u person: at 20 or more, aim for about 60 %% generalists and 40 %% specialists.",
                                                  "Generalists are %.0f %% of the %u people: at 20 or more, aim for about 60 %% generalists and 40 %% specialists.",
                                                  order->headcount),
                                     share, order->headcount),
                    NULL);
}

/* A figure in months, to a tenth, on the side of the guide's @bound it
 * lies on (@below: under it), so that a value below 3 never reads "3.0"
 * and one above 6 never "6.0": the comparison is made unrounded, and the
 * words must not contradict it. */
static long
tenths_beside (double   months,
               double   bound,
               gboolean below)
{
  long tenths = lround (months * 10.0);
  long edge = lround (bound * 10.0);

  if (below && tenths >= edge)
    return edge - 1;
  if (!below && tenths <= edge)
    return edge + 1;
  return tenths;
}

/* Tenths with the locale's decimal mark: "2.1", "2,1". */
static char *
format_tenths (long tenths)
{
  HcNumberStyle style;

  _hc_number_style_get (&style);
  return g_strdup_printf ("%ld%s%ld", tenths / 10, style.decimal, labs (tenths % 10));
}

/* "2.1–2.9" or "6.8": how many months the team takes, for "in … months",
 * beside the guide's @bound. */
static char *
format_months_beside (HcRange  months,
                      double   bound,
                      gboolean below)
{
  long low = tenths_beside (months.low, bound, below);
  long high = MAX (low, tenths_beside (months.high, bound, below));
  g_autofree char *from = format_tenths (low);
  g_autofree char *to = NULL;

  if (low == high)
    return g_steal_pointer (&from);
  to = format_tenths (high);
  /* Translators: a span of numbers, "2.1–2.9" */
  return g_strdup_printf (_("%s–%s"), from, to);
}

/* Rule 6: a 3–5 person team is built in 3–6 months (team guide).  Only a
 * range wholly outside that is worth a note, compared unrounded: the
 * ranges are wide.  It applies whatever the roles: the guide's phases
 * complete three generalists in about 10 weeks, and that disagreement
 * with its own total is what a planner should see (DOMAIN.md, "Totals the
 * guide states are checks"), the three-person template's included. */
static HcCheck *
check_team_build_time (const HireOrder *order)
{
  HcRange guide = hc_benchmark_get_team_build_months ();
  HcRange weeks = hc_timeline_get_team_complete (order->timeline);
  GDate start = hc_plan_get_start_date (order->plan);
  /* In the plan's calendar months, as every summary counts them. */
  HcRange months = hc_range_make (hc_calendar_month_position (&start, weeks.low),
                                  hc_calendar_month_position (&start, weeks.high));
  gboolean sooner = months.high < guide.low;
  g_autofree char *span = NULL;

  if (order->headcount < 3 || order->headcount > 5)
    return NULL;
  if (months.high >= guide.low && months.low <= guide.high)
    return NULL;

  span = format_months_beside (months, sooner ? guide.low : guide.high, sooner);
  return check_new ("team-build-time", HC_CHECK_SEVERITY_INFO,
                    /* Translators: the team's size, then how many months
                     * it takes ("2.1–2.9", "6.8"). */
                    g_strdup_printf (sooner
                                     ? g_dngettext (GETTEXT_PACKAGE,
                                                    "The team of %u is complete in %s months, sooner than the 3–6 months the guide gives a 3–5 person team: check the times to hire.",
                                                    "The team of %u is complete in %s months, sooner than the 3–6 months the guide gives a 3–5 person team: check the times to hire.",
                                                    order->headcount)
                                     : g_dngettext (GETTEXT_PACKAGE,
                                                    "The team of %u is complete in %s months, later than the 3–6 months the guide gives a 3–5 person team.",
                                                    "The team of %u is complete in %s months, later than the 3–6 months the guide gives a 3–5 person team.",
                                                    order->headcount),
                                     order->headcount, span),
                    NULL);
}

/* The week by which @e should have started: its phase's end.  The first
 * backend hire is the exception the guide makes itself: its phase 1 ends
 * at week 8, but it gives that hire 6–10 weeks ("don't rush it"), so the
 * first hire's target is the later of its phase's end and the phase's
 * start plus those 10 weeks, whatever its own time to hire: a faster
 * search is never judged worse than the default (DOMAIN.md, "Phase
 * windows").  A search started later than the phase, or slower than 10
 * weeks, is noted as any other. */
static double
hire_by_target (const HcTimelineEntry *e)
{
  HcRange guide = hc_benchmark_get_first_hire_time_to_hire (NULL);

  if (!e->first_hire)
    return e->phase_end;
  return MAX (e->phase_end, e->phase_start + guide.high);
}

/* Rule 7: a phase's end is its hire-by target. */
static HcCheck *
check_phase_windows (const HireOrder *order)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; i < order->n_hires; i++)
    {
      const HcTimelineEntry *e = order->hires[i].entry;
      double target;

      if (e->phase_index == G_MAXUINT || e->phase_end <= 0.0)
        continue;
      target = hire_by_target (e);
      /* A tenth of a week is rounding, not lateness. */
      if (e->start.high > target + 0.05)
        {
          g_strv_builder_add (ids, order->hires[i].position_id);
          n++;
        }
    }
  if (n == 0)
    return NULL;

  return check_new ("phase-window", HC_CHECK_SEVERITY_INFO,
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u position may start after its phase ends: start its search earlier, or widen the phase.",
                                                  "%u positions may start after their phase ends: start their search earlier, or widen the phases.",
                                                  n),
                                     n),
                    ids);
}

/* Rule 7b: a search set to start before its phase is kept as set
 * (DOMAIN.md, "Phase windows"), and said, so that an earliest start left
 * over from an earlier phase is seen. */
static HcCheck *
check_search_before_phase (const HireOrder *order)
{
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  guint n = 0;

  for (guint i = 0; i < order->n_hires; i++)
    {
      const HcTimelineEntry *e = order->hires[i].entry;

      /* A tenth of a week is rounding, not a choice. */
      if (e->phase_index == G_MAXUINT || e->search_start >= e->phase_start - 0.05)
        continue;
      g_strv_builder_add (ids, order->hires[i].position_id);
      n++;
    }
  if (n == 0)
    return NULL;

  return check_new ("search-before-phase", HC_CHECK_SEVERITY_INFO,
                    g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                  "%u position starts its search before its phase begins, as its earliest start is set: clear the earliest start to search with the phase.",
                                                  "%u positions start their search before their phase begins, as their earliest starts are set: clear the earliest start to search with the phase.",
                                                  n),
                                     n),
                    ids);
}

/* Rule 8: the benchmarks are US dollars. */
static HcCheck *
check_currency (const HireOrder *order)
{
  const char *currency = hc_plan_get_currency (order->plan);
  g_autoptr(HcResolution) resolution = NULL;
  const HcResolvedTeam *team;
  g_autofree char *rate_text = NULL;

  if (g_strcmp0 (currency, "USD") == 0)
    return NULL;
  /* With a rate the figures are converted (the resolution says whether
   * and at what rate), and the plan says so plainly. */
  resolution = hc_resolution_get (order->plan);
  team = hc_resolution_get_team (resolution);
  if (team->exchange_source == HC_FIGURE_CONVERTED)
    {
      rate_text = hc_format_number (HC_FORMAT_FOR_PEOPLE, team->exchange_rate, 6);
      /* Translators: the exchange rate ("0.92") and the plan's currency
       * code ("EUR"). */
      return check_new ("currency", HC_CHECK_SEVERITY_INFO,
                        g_strdup_printf (_("Benchmark figures are converted from US 2026 benchmarks at 1 USD = %s %s."),
                                         rate_text, currency),
                        NULL);
    }
  /* Translators: %s is the plan's currency code ("EUR"). */
  return check_new ("currency", HC_CHECK_SEVERITY_WARNING,
                    g_strdup_printf (_("The plan is in %s, but its benchmark salaries and costs are US dollars (2026) shown unconverted: state an exchange rate."),
                                     currency),
                    NULL);
}

static const CheckRule rules[] = {
  check_first_hire,
  check_first_hires_database,
  check_hire_order,
  check_specialists_early,
  check_infrastructure_plan,
  check_generalist_mix,
  check_team_build_time,
  check_phase_windows,
  check_search_before_phase,
  check_currency,
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

  order->plan = plan;
  order->timeline = timeline;
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

  order->first_hire = NULL;
  for (guint i = 0; i < n; i++)
    {
      if (order->hires[i].entry->first_hire)
        order->first_hire = &order->hires[i];
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
