/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-types.h"

G_BEGIN_DECLS

/* The benchmark set every default of this build comes from: US 2026
 * dollars, read from the two guides as DOMAIN.md ("How Headcount reads the
 * two guides") decides.  A plan file names the set its defaults came from. */
#define HC_BENCHMARK_SET "us-2026"
/* The older set: the defaults before both guides counted (benefits
 * 21.5–23 %, backend mid $120–160K and senior $150–200K, infrastructure
 * and platform 6–10 weeks to hire).  A plan file that names no set was
 * written with it, every value spelled out; values equal to its defaults
 * are its defaults, and hc_plan_update_benchmarks() moves them on. */
#define HC_BENCHMARK_SET_TEAM_GUIDE "us-2026-team-guide"

/* "US 2026, both guides", "US 2026, team guide only": translated; NULL
 * for a set this build does not know. */
const char *hc_benchmark_set_get_label          (const char  *set_id);

/* Where a default comes from.  A range that spans both guides is BOTH; a
 * figure neither guide gives is an ESTIMATE, and says so. */
typedef enum
{
  HC_SOURCE_TEAM_GUIDE,
  HC_SOURCE_HIRING_GUIDE,
  HC_SOURCE_BOTH_GUIDES,
  HC_SOURCE_ESTIMATE,
} HcSource;

/* "team guide", "hiring guide", "both guides", "estimate — not in the
 * guides": translated, for beside a figure. */
const char *hc_source_get_label                 (HcSource     source);

/* The default base salary of a built-in role ("backend", "database",
 * "infrastructure", "platform") at a level, and its source.  FALSE for a
 * role id that is not built in. */
gboolean    hc_benchmark_get_salary             (const char  *role_id,
                                                 HcSeniority  seniority,
                                                 HcRange     *salary,
                                                 HcSource    *source);
gboolean    hc_benchmark_get_time_to_hire       (const char  *role_id,
                                                 HcRange     *weeks,
                                                 HcSource    *source);
/* Ramp-up in weeks by level (the same for every role). */
HcRange     hc_benchmark_get_ramp_up            (HcSeniority  seniority,
                                                 HcSource    *source);

/* The first backend hire's time to hire, 6–10 weeks (team guide), for
 * whichever position is the first backend hire, however it was made. */
HcRange     hc_benchmark_get_first_hire_time_to_hire (HcSource *source);

/* Where a phase's window comes from: TRUE and the team guide when it is
 * one of the guide's four windows (weeks 1–8, weeks 4–10, months 2–4,
 * months 3–6); TRUE and an estimate for one of the guide's phases (by id)
 * at a window the guide does not give, as a template may set; FALSE for
 * a phase of the plan's own. */
gboolean    hc_benchmark_get_phase_source       (HcPhase     *phase,
                                                 HcSource    *source);
/* hc_phase_format_range(), with " · estimate" when the window is an
 * estimate ("Months 3–4 · estimate"): what the Gantt, the team list and
 * the phase editor show.  Translated, newly allocated. */
char       *hc_phase_format_range_with_source   (HcPhase     *phase);

/* The infrastructure premium (hiring guide): a generalist with
 * infrastructure skills earns 15–20 % more than a pure API developer.
 * Returned as factors, {1.15, 1.20}. */
HcRange     hc_benchmark_get_infrastructure_premium (void);

/* The team guide's stated totals for a team of @people (3 or 5), loaded
 * salaries a year: TRUE and the range if the guide states one. */
gboolean    hc_benchmark_get_team_total         (guint        people,
                                                 HcRange     *total);
/* A 3–5 person team is complete in 3–6 months (team guide). */
HcRange     hc_benchmark_get_team_build_months  (void);

G_END_DECLS
