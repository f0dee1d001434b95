/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-types.h"

G_BEGIN_DECLS

/* The benchmark set every default of this build comes from: US 2026
 * dollars, read from the two guides as DOMAIN.md ("How Headcount reads the
 * two guides") decides.  A plan file names the set its defaults came from. */
#define HC_BENCHMARK_SET "us-2026"

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
/* "team-guide", …: stable, for files and scripts. */
const char *hc_source_to_string                 (HcSource     source);

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
