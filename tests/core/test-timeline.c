/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-timeline"

#include "config.h"

#include <locale.h>

#include "headcount-core.h"
#include "../hc-test.h"

#define EPS 1e-9
/* Calendar months from the start date (DOMAIN.md).  The plans below start
 * on 1 February 2027, so month 2 begins on 1 March, 28 days (4 weeks) in,
 * and month 4 ends on 31 May, 120 days in. */
#define MONTH 4.0
#define END_OF_MONTH_4 (120.0 / 7.0)

/* A plan whose role and phases the test sets, so every week below can be
 * worked out by hand: phase "early" is weeks 1–8 (offset 0), "later" is
 * months 2–4 (1 March–31 May). */
static HcPlan *
plan_new_controlled (void)
{
  HcPlan *plan = hc_plan_new_default ();
  g_autoptr(HcRole) role = hc_role_new ("eng", "Backend engineer", HC_ROLE_KIND_GENERALIST);
  g_autoptr(HcPhase) early = hc_phase_new ("early", "Early", HC_TIME_UNIT_WEEK, 1, 8);
  g_autoptr(HcPhase) later = hc_phase_new ("later", "Later", HC_TIME_UNIT_MONTH, 2, 4);
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (plan, &start);

  hc_role_set_time_to_hire (role, hc_range_make (6, 10));
  hc_role_set_ramp_up (role, HC_SENIORITY_JUNIOR, hc_range_make (12, 16));
  hc_role_set_ramp_up (role, HC_SENIORITY_MID, hc_range_make (5, 8));
  hc_role_set_ramp_up (role, HC_SENIORITY_SENIOR, hc_range_make (2, 3));
  hc_role_set_ramp_up (role, HC_SENIORITY_STAFF, hc_range_make (2, 3));

  g_list_store_remove_all (hc_plan_get_roles (plan));
  g_list_store_remove_all (hc_plan_get_phases (plan));
  g_list_store_append (hc_plan_get_roles (plan), role);
  g_list_store_append (hc_plan_get_phases (plan), early);
  g_list_store_append (hc_plan_get_phases (plan), later);

  return plan;
}

static HcPosition *
add_position (HcPlan      *plan,
              const char  *id,
              const char  *role,
              HcSeniority  seniority,
              const char  *phase)
{
  g_autoptr(HcPosition) position = hc_position_new (id, role, seniority, phase);

  g_list_store_append (hc_plan_get_positions (plan), position);
  return position; /* borrowed: the plan holds it */
}

static void
assert_range (HcRange r, double low, double high)
{
  g_assert_cmpfloat_with_epsilon (r.low, low, EPS);
  g_assert_cmpfloat_with_epsilon (r.high, high, EPS);
}

static void
test_search_start_from_phase (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcTimeline) timeline = NULL;
  const HcTimelineEntry *first, *second;

  add_position (plan, "a", "eng", HC_SENIORITY_SENIOR, "early");
  add_position (plan, "b", "eng", HC_SENIORITY_SENIOR, "later");
  timeline = hc_timeline_compute (plan);

  g_assert_cmpuint (hc_timeline_get_n_entries (timeline), ==, 2);
  first = hc_timeline_get_entry (timeline, 0);
  second = hc_timeline_get_entry (timeline, 1);

  g_assert_cmpuint (first->position_index, ==, 0);
  g_assert_cmpuint (first->phase_index, ==, 0);
  g_assert_cmpuint (second->phase_index, ==, 1);
  g_assert_cmpuint (first->count, ==, 1);
  g_assert_cmpint (first->kind, ==, HC_ROLE_KIND_GENERALIST);
  g_assert_cmpfloat_with_epsilon (first->search_start, 0.0, EPS);
  g_assert_cmpfloat_with_epsilon (second->search_start, MONTH, EPS);
  assert_range (first->time_to_hire, 6, 10);
  assert_range (first->start, 6, 10);
  assert_range (second->start, MONTH + 6, MONTH + 10);
}

/* From 15 January, month 2 begins on 15 February (day 31) and month 4
 * ends on 14 May (day 119, so the window's end is day 120): months are
 * counted from the start date, not the first of a month. */
static void
test_month_phase_mid_month (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcTimeline) timeline = NULL;
  const HcTimelineEntry *entry;
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 15, G_DATE_JANUARY, 2027);
  hc_plan_set_start_date (plan, &start);
  add_position (plan, "b", "eng", HC_SENIORITY_SENIOR, "later");
  timeline = hc_timeline_compute (plan);
  entry = hc_timeline_get_entry (timeline, 0);

  g_assert_cmpfloat_with_epsilon (entry->search_start, 31 / 7.0, EPS);
  g_assert_cmpfloat_with_epsilon (entry->phase_end, 120 / 7.0, EPS);
  assert_range (entry->start, 31 / 7.0 + 6, 31 / 7.0 + 10);
}

static GDate
dmy (guint day, GDateMonth month, guint year)
{
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, day, month, year);
  return date;
}

/* The core's calendar months (DOMAIN.md), by hand. */
static void
test_calendar_months (void)
{
  GDate feb = dmy (1, G_DATE_FEBRUARY, 2027);
  GDate leap = dmy (1, G_DATE_FEBRUARY, 2028);
  GDate jan31 = dmy (31, G_DATE_JANUARY, 2027);
  GDate jan15 = dmy (15, G_DATE_JANUARY, 2027);
  GDate nov30 = dmy (30, G_DATE_NOVEMBER, 2026);
  GDate invalid;
  GDate first;

  /* 1 Feb–28 Feb, then 1 Mar–31 Mar, then April. */
  g_assert_cmpuint (hc_calendar_month_days (&feb, 0), ==, 28);
  g_assert_cmpuint (hc_calendar_month_days (&feb, 1), ==, 31);
  g_assert_cmpuint (hc_calendar_month_days (&feb, 2), ==, 30);
  g_assert_cmpuint (hc_calendar_month_days (&leap, 0), ==, 29);
  g_assert_cmpfloat_with_epsilon (hc_calendar_week_for_month (&leap, 1), 29 / 7.0, EPS);
  /* From 31 January: 31 Jan, 28 Feb, 31 Mar — clamped, never drifting. */
  first = hc_calendar_month_first_day (&jan31, 1);
  g_assert_cmpuint (g_date_get_day (&first), ==, 28);
  first = hc_calendar_month_first_day (&jan31, 2);
  g_assert_cmpuint (g_date_get_day (&first), ==, 31);
  g_assert_cmpuint (hc_calendar_month_days (&jan31, 1), ==, 31);
  /* 15 Jan–14 Feb, then 15 Feb–14 Mar. */
  g_assert_cmpuint (hc_calendar_month_days (&jan15, 0), ==, 31);
  g_assert_cmpuint (hc_calendar_month_days (&jan15, 1), ==, 28);

  /* Which month holds a week, and how far into it. */
  g_assert_cmpuint (hc_calendar_month_for_week (&feb, 3.99), ==, 0);
  g_assert_cmpuint (hc_calendar_month_for_week (&feb, 4.0), ==, 1);
  g_assert_cmpuint (hc_calendar_month_for_week (&feb, -2), ==, 0);
  g_assert_cmpfloat_with_epsilon (hc_calendar_month_position (&feb, 19 / 7.0), 19 / 28.0, EPS);
  g_assert_cmpfloat_with_epsilon (hc_calendar_month_position (&feb, 38 / 7.0), 1 + 10 / 31.0, EPS);
  g_assert_cmpfloat (hc_calendar_month_position (&feb, 4.0), ==, 1.0);
  g_assert_cmpfloat_with_epsilon (hc_calendar_snap_to_month (&feb, 5.0), 4.0, EPS);
  g_assert_cmpfloat_with_epsilon (hc_calendar_snap_to_month (&feb, 7.0), 59 / 7.0, EPS);

  /* The budget's table of month starts gives the same positions. */
  {
    double starts[25];

    hc_calendar_fill_month_starts (&jan31, starts, 24);
    for (double w = 0; w < 110; w += 0.25)
      if (w < starts[24])
        g_assert_cmpfloat_with_epsilon (hc_calendar_month_position_in (starts, 24, w),
                                        hc_calendar_month_position (&jan31, w), EPS);
      else
        g_assert_cmpfloat (hc_calendar_month_position_in (starts, 24, w), >=, 24);
    for (guint m = 0; m <= 24; m++)
      g_assert_cmpfloat (hc_calendar_month_position_in (starts, 24, starts[m]), ==, m);
  }

  /* A month is named after the calendar month in which it begins. */
  {
    g_autofree char *from_15 = hc_calendar_format_month (&jan15, 1);
    g_autofree char *from_30 = hc_calendar_format_month (&nov30, 3);
    GDate dec = dmy (27, G_DATE_DECEMBER, 2027);
    GDate jan = dmy (24, G_DATE_JANUARY, 2028);
    GDate mar = dmy (3, G_DATE_MARCH, 2027);
    GDate apr = dmy (30, G_DATE_APRIL, 2027);
    g_autofree char *across = hc_calendar_format_months_between (&dec, &jan);
    g_autofree char *within = hc_calendar_format_months_between (&mar, &apr);
    g_autofree char *one = hc_calendar_format_months_between (&mar, &mar);

    /* The names are the locale's: these are the C locale's. */
    if (g_str_has_prefix (setlocale (LC_TIME, NULL), "C"))
      {
        g_assert_cmpstr (from_15, ==, "Feb 2027");
        g_assert_cmpstr (from_30, ==, "Feb 2027");  /* 28 Feb 2027 */
        g_assert_cmpstr (across, ==, "Dec 2027–Jan 2028");
        g_assert_cmpstr (within, ==, "Mar–Apr 2027");
        g_assert_cmpstr (one, ==, "Mar 2027");
      }
    else
      {
        g_assert_true (g_str_has_suffix (from_30, " 2027"));
        g_assert_true (g_str_has_suffix (across, " 2028"));
      }
  }

  /* Without a valid start date: the mean month, never a crash. */
  g_date_clear (&invalid, 1);
  g_assert_cmpfloat_with_epsilon (hc_calendar_week_for_month (&invalid, 3), 13.0, EPS);
  g_assert_cmpuint (hc_calendar_month_for_week (&invalid, 13.1), ==, 3);
}

static void
test_earliest_start (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcTimeline) timeline = NULL;
  double later = 12.5;
  double sooner = 2.0;

  hc_position_set_earliest_start (add_position (plan, "a", "eng", HC_SENIORITY_SENIOR, "early"), &later);
  hc_position_set_earliest_start (add_position (plan, "b", "eng", HC_SENIORITY_SENIOR, "later"), &sooner);
  timeline = hc_timeline_compute (plan);

  /* A later earliest start moves the search; so does an earlier one, now
   * (DOMAIN.md, "Phase windows": what a person set is kept, and a plan
   * check says that the search starts before its phase).  It was raised
   * to the phase's start before. */
  g_assert_cmpfloat_with_epsilon (hc_timeline_get_entry (timeline, 0)->search_start, 12.5, EPS);
  assert_range (hc_timeline_get_entry (timeline, 0)->start, 18.5, 22.5);
  g_assert_cmpfloat_with_epsilon (hc_timeline_get_entry (timeline, 1)->search_start, 2.0, EPS);
  g_assert_cmpfloat_with_epsilon (hc_timeline_get_entry (timeline, 1)->phase_start, MONTH, EPS);
  /* The role's 6–10 weeks from week 2, not from the phase's start. */
  assert_range (hc_timeline_get_entry (timeline, 1)->start, 8.0, 12.0);
}

static void
test_time_to_hire_override (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcTimeline) timeline = NULL;
  HcRange quick = { 3, 5 };

  hc_position_set_time_to_hire (add_position (plan, "a", "eng", HC_SENIORITY_SENIOR, "later"), &quick);
  timeline = hc_timeline_compute (plan);

  assert_range (hc_timeline_get_entry (timeline, 0)->time_to_hire, 3, 5);
  assert_range (hc_timeline_get_entry (timeline, 0)->start, MONTH + 3, MONTH + 5);
  assert_range (hc_timeline_get_entry (timeline, 0)->productive, MONTH + 5, MONTH + 8);
}

static void
test_ramp_by_seniority (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcTimeline) timeline = NULL;

  add_position (plan, "j", "eng", HC_SENIORITY_JUNIOR, "early");
  add_position (plan, "m", "eng", HC_SENIORITY_MID, "early");
  add_position (plan, "s", "eng", HC_SENIORITY_SENIOR, "early");
  add_position (plan, "t", "eng", HC_SENIORITY_STAFF, "early");
  timeline = hc_timeline_compute (plan);

  assert_range (hc_timeline_get_entry (timeline, 0)->ramp_up, 12, 16);
  assert_range (hc_timeline_get_entry (timeline, 0)->productive, 18, 26);
  assert_range (hc_timeline_get_entry (timeline, 1)->productive, 11, 18);
  assert_range (hc_timeline_get_entry (timeline, 2)->productive, 8, 13);
  assert_range (hc_timeline_get_entry (timeline, 3)->productive, 8, 13);
  g_assert_cmpint (hc_timeline_get_entry (timeline, 3)->seniority, ==, HC_SENIORITY_STAFF);
}

/* The default catalogue carries the guide's ramp-up: senior 2–3 weeks,
 * mid-level up to 8, junior 12 or more, staff like senior. */
static void
test_default_ramp (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  GListModel *roles = G_LIST_MODEL (hc_plan_get_roles (plan));
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan));
  g_autoptr(HcRole) role = NULL;
  g_autoptr(HcPhase) phase = NULL;
  g_autoptr(HcTimeline) timeline = NULL;
  const HcTimelineEntry *senior, *mid, *junior;

  g_assert_cmpuint (g_list_model_get_n_items (roles), >, 0);
  g_assert_cmpuint (g_list_model_get_n_items (phases), >, 0);
  role = g_list_model_get_item (roles, 0);
  phase = g_list_model_get_item (phases, 0);
  add_position (plan, "s", hc_role_get_id (role), HC_SENIORITY_SENIOR, hc_phase_get_id (phase));
  add_position (plan, "m", hc_role_get_id (role), HC_SENIORITY_MID, hc_phase_get_id (phase));
  add_position (plan, "j", hc_role_get_id (role), HC_SENIORITY_JUNIOR, hc_phase_get_id (phase));
  timeline = hc_timeline_compute (plan);
  senior = hc_timeline_get_entry (timeline, 0);
  mid = hc_timeline_get_entry (timeline, 1);
  junior = hc_timeline_get_entry (timeline, 2);

  assert_range (senior->ramp_up, 2, 3);
  g_assert_cmpfloat_with_epsilon (mid->ramp_up.high, 8, EPS);
  g_assert_cmpfloat (junior->ramp_up.low, >=, 12);
  assert_range (hc_role_get_ramp_up (role, HC_SENIORITY_STAFF), 2, 3);
  assert_range (senior->productive, senior->start.low + 2, senior->start.high + 3);
  assert_range (junior->productive, junior->start.low + junior->ramp_up.low,
                junior->start.high + junior->ramp_up.high);
}

static void
test_team_summary (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcTimeline) timeline = NULL;
  HcRange quick = { 3, 12 };

  add_position (plan, "a", "eng", HC_SENIORITY_SENIOR, "early");  /* start 6–10, productive 8–13 */
  add_position (plan, "b", "eng", HC_SENIORITY_JUNIOR, "later");  /* start M+6–M+10, productive M+18–M+26 */
  hc_position_set_time_to_hire (add_position (plan, "c", "eng", HC_SENIORITY_MID, "early"), &quick);
  timeline = hc_timeline_compute (plan);

  assert_range (hc_timeline_get_first_start (timeline), 3, 10);
  assert_range (hc_timeline_get_team_complete (timeline), MONTH + 6, MONTH + 10);
  assert_range (hc_timeline_get_team_productive (timeline), MONTH + 18, MONTH + 26);
  g_assert_cmpfloat_with_epsilon (hc_timeline_get_end_week (timeline), MONTH + 26, EPS);
}

static void
test_empty_plan (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  HcTimeline *extra = hc_timeline_ref (timeline);

  g_assert_true (extra == timeline);
  hc_timeline_unref (extra);
  g_assert_cmpuint (hc_timeline_get_n_entries (timeline), ==, 0);
  assert_range (hc_timeline_get_team_complete (timeline), 0, 0);
  assert_range (hc_timeline_get_first_start (timeline), 0, 0);
  /* The axis still has to show the phases: "later" ends with month 4. */
  g_assert_cmpfloat_with_epsilon (hc_timeline_get_end_week (timeline), END_OF_MONTH_4, EPS);
}

/* An unvalidated plan: the entry gets zeros instead of a crash. */
static void
test_unknown_role_and_phase (void)
{
  g_autoptr(HcPlan) plan = plan_new_controlled ();
  g_autoptr(HcTimeline) timeline = NULL;
  const HcTimelineEntry *entry;

  add_position (plan, "x", "no-such-role", HC_SENIORITY_SENIOR, "no-such-phase");
  timeline = hc_timeline_compute (plan);
  entry = hc_timeline_get_entry (timeline, 0);

  g_assert_cmpuint (entry->phase_index, ==, G_MAXUINT);
  g_assert_cmpfloat (entry->search_start, ==, 0.0);
  assert_range (entry->start, 0, 0);
  assert_range (entry->productive, 0, 0);
}

static void
test_five_person_template (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", &error);
  g_autoptr(HcTimeline) timeline = NULL;

  g_assert_no_error (error);
  timeline = hc_timeline_compute (plan);
  g_assert_cmpuint (hc_timeline_get_n_entries (timeline), ==,
                    g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan))));
  for (guint i = 0; i < hc_timeline_get_n_entries (timeline); i++)
    {
      const HcTimelineEntry *e = hc_timeline_get_entry (timeline, i);

      g_assert_cmpuint (e->phase_index, !=, G_MAXUINT);
      g_assert_cmpfloat (e->start.low, <=, e->start.high);
      g_assert_cmpfloat (e->productive.low, >=, e->start.low);
      g_assert_cmpfloat (e->start.low, >=, e->search_start);
    }
  /* The guide: 3–6 months for a team of 3–5. */
  g_assert_cmpfloat (hc_timeline_get_team_complete (timeline).low, >=, 13);
  g_assert_cmpfloat (hc_timeline_get_team_complete (timeline).high, <=, 26);
}

int
main (int argc, char *argv[])
{
  /* The locale meson gives: these tests run under C.UTF-8 and de_DE.UTF-8. */
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/timeline/search-start-from-phase", test_search_start_from_phase);
  g_test_add_func ("/timeline/month-phase-mid-month", test_month_phase_mid_month);
  g_test_add_func ("/timeline/calendar-months", test_calendar_months);
  g_test_add_func ("/timeline/earliest-start", test_earliest_start);
  g_test_add_func ("/timeline/time-to-hire-override", test_time_to_hire_override);
  g_test_add_func ("/timeline/ramp-by-seniority", test_ramp_by_seniority);
  g_test_add_func ("/timeline/default-ramp", test_default_ramp);
  g_test_add_func ("/timeline/team-summary", test_team_summary);
  g_test_add_func ("/timeline/empty-plan", test_empty_plan);
  g_test_add_func ("/timeline/unknown-role-and-phase", test_unknown_role_and_phase);
  g_test_add_func ("/timeline/five-person-template", test_five_person_template);

  return g_test_run ();
}
