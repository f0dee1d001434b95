/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hc-resolve.h: every figure of a plan, worked out once, with its source.
 *
 * How a salary is made.  A position's base band is, in this order: the
 * salary the person set on the position (in the plan's currency, used as
 * it is); else its role's band at its level, which is either a figure the
 * person typed in the plan's role table or the benchmark default of the
 * set the plan names (DOMAIN.md's bands; for a plan on the older set
 * "us-2026-team-guide", that set's).  A band from the role table is then
 * moved by the location (1 + percent ÷ 100: a preset's figure for the
 * level, or a percentage typed by hand), and for a generalist with
 * infrastructure skills by the hiring guide's 15–20 % premium (low end
 * × 1.15, high end × 1.20).  Last, a benchmark default, which is US 2026
 * dollars, is multiplied by the exchange rate the plan states for its
 * currency; a figure the person typed is already in the plan's currency
 * and never is.  So:
 *
 *   salary = band × location × premium × rate      (per person, a year)
 *
 * unrounded: nothing here rounds; formatters round for display and files.
 * The benefits (% of salary), the agency fee (% of salary, once, agency
 * hires only), equipment (once per person), the time to hire, ramp-up,
 * the phase window and the search start are resolved beside it, and the
 * team-wide software and cloud (a month, from the first start, flat with
 * headcount) once for the plan.  Each value carries an HcFigureSource.
 *
 * How a time to hire is made: the position's own (the person's, or a
 * scenario's change to it); else the first backend hire's 6–10 weeks
 * (team guide); else its role's.  In a plan whose market is tighter
 * (hc_plan_get_market(), the plan a scenario makes), every one of these
 * the person did not set (so neither the position's own nor a figure
 * typed in the role table) is multiplied by the market's factor, up to
 * HC_MAX_WEEKS, and its source is HC_FIGURE_MARKET: an estimate of
 * Headcount's, not the guides'.
 *
 * The timeline, the budget, the checks, the charts, the command line and
 * the editors' hints read this; nothing else works out a salary.  The
 * values are plain structs in one flat array, so that code that samples
 * the figures many times reads memory, not objects. */
#pragma once

#include "hc-plan.h"

G_BEGIN_DECLS

/* Where one resolved value comes from. */
typedef enum
{
  HC_FIGURE_NONE,          /* nothing applies: a factor of 1, or no figure */
  HC_FIGURE_PERSON,        /* set by the person (in the plan's currency) */
  HC_FIGURE_PRESET,        /* a location preset's figure for the level (hiring guide) */
  HC_FIGURE_TEAM_GUIDE,
  HC_FIGURE_HIRING_GUIDE,
  HC_FIGURE_BOTH_GUIDES,
  HC_FIGURE_ESTIMATE,      /* not in the guides */
  HC_FIGURE_OLDER_SET,     /* the older set's default, which the current set gives differently */
  HC_FIGURE_CONVERTED,     /* a US-dollar default at the plan's exchange rate */
  HC_FIGURE_MARKET,        /* a time to hire stretched by the plan's market (not in the guides) */
} HcFigureSource;

/* "set by hand", "location preset", "team guide", …: translated, for
 * beside a figure.  "" for HC_FIGURE_NONE. */
const char *hc_figure_source_get_label (HcFigureSource source);
/* "person", "preset", "team-guide", …: stable, for files and scripts. */
const char *hc_figure_source_to_string (HcFigureSource source);

/* One position's figures.  Money is in the plan's currency, per person;
 * weeks are offsets from the plan's start date. */
typedef struct
{
  guint          count;
  HcSeniority    seniority;
  HcRoleKind     kind;             /* a role the plan lacks: generalist */
  HcSkills       skills;           /* the position's and its role's */
  HcSourcing     sourcing;
  gboolean       role_known;
  gboolean       first_hire;       /* hc_plan_get_first_hire() */

  /* The role's band and what moves it: the benchmark, shown beside a
   * salary set on the position too. */
  HcRange        band;             /* base band at the level, before the factors */
  HcFigureSource band_source;      /* PERSON (role table), a guide, ESTIMATE, OLDER_SET; NONE: no role */
  HcSource       band_guide;       /* for a default band: the guide's own source */
  double         location_factor;  /* 1 + percent ÷ 100 */
  HcFigureSource location_source;  /* NONE, PRESET, ESTIMATE or PERSON */
  HcRange        skill_premium;    /* factors; {1, 1} without one */
  HcFigureSource skill_source;     /* NONE or HIRING_GUIDE */
  double         exchange_rate;    /* applied to this band: 1 or the plan's rate */
  HcFigureSource exchange_source;  /* NONE or CONVERTED */
  HcRange        benchmark;        /* band × location × premium × rate */
  HcRange        salary;           /* what the budget books: the person's, else the benchmark */
  HcFigureSource salary_source;    /* PERSON for a salary set on the position, else band_source */

  HcRange        benefits;         /* fraction of salary */
  HcFigureSource benefits_source;
  HcRange        fee;              /* fraction of salary, once; {0, 0} unless agency */
  HcFigureSource fee_source;
  HcRange        one_time;         /* equipment per person, once */
  HcFigureSource one_time_source;
  HcRange        relocation;       /* per person, once; the position's own (not in the guides) */

  HcRange        time_to_hire;     /* weeks, the market's stretch made */
  HcFigureSource time_to_hire_source; /* MARKET when the plan's market stretched it */
  /* What the position takes unless it sets its own: the first backend
   * hire's 6–10 weeks, else its role's (the editor's hint beside a time
   * set by hand), before any market stretch. */
  HcRange        default_time_to_hire;
  HcFigureSource default_time_to_hire_source;
  HcRange        ramp_up;          /* weeks */
  HcFigureSource ramp_up_source;
  guint          phase_index;      /* G_MAXUINT when the phase is unknown */
  double         phase_start;      /* week; 0 if unknown */
  double         phase_end;        /* week, the hire-by target; 0 if unknown */
  HcFigureSource phase_source;     /* TEAM_GUIDE for a built-in phase, else PERSON */
  double         search_start;     /* week */
  HcFigureSource search_start_source;
} HcResolvedPosition;

/* The plan's own figures. */
typedef struct
{
  double         exchange_rate;    /* what a US-dollar default is multiplied by */
  HcFigureSource exchange_source;  /* NONE (USD, or no rate stated) or CONVERTED */
  gboolean       older_set;        /* priced with HC_BENCHMARK_SET_TEAM_GUIDE */
  HcRange        benefits;         /* fraction of salary */
  HcFigureSource benefits_source;
  HcRange        agency_fee;       /* fraction of salary */
  HcFigureSource agency_fee_source;
  HcRange        equipment;        /* per person */
  HcFigureSource equipment_source;
  HcRange        software;         /* a month, the team's */
  HcFigureSource software_source;
  HcRange        cloud;            /* a month, the team's */
  HcFigureSource cloud_source;
  /* Costs the guides leave out: NONE while the plan leaves them at 0. */
  HcRange        payroll_tax;      /* fraction of base salary, monthly */
  HcFigureSource payroll_tax_source;
  HcRange        signing_bonus;    /* per person, once, at the start */
  HcFigureSource signing_bonus_source;
  HcRange        referral_bonus;   /* per referral hire, once, at the start */
  HcFigureSource referral_bonus_source;
  HcMarket       market;           /* the plan's (hc_plan_get_market()) */
  double         market_factor;    /* 1, 1.2 or 1.3: on each time to hire the person did not set */
  double         latest_phase_end; /* week: the latest end of any phase */
  guint          headcount;
  gint           first_hire;       /* position index; -1 without one */
} HcResolvedTeam;

typedef struct _HcResolution HcResolution;

/* Works the plan's figures out now, always anew (hc-bench times this). */
HcResolution             *hc_resolution_compute       (HcPlan       *plan);
/* The plan's resolution, worked out again only if the plan changed since
 * the last call: a new reference. */
HcResolution             *hc_resolution_get           (HcPlan       *plan);
HcResolution             *hc_resolution_ref           (HcResolution *self);
void                      hc_resolution_unref         (HcResolution *self);

guint                     hc_resolution_get_n_positions (HcResolution *self);
/* The whole array, in plan order (borrowed, valid while @self lives). */
const HcResolvedPosition *hc_resolution_get_positions (HcResolution *self);
const HcResolvedPosition *hc_resolution_get_position  (HcResolution *self,
                                                       guint         index);
const HcResolvedTeam     *hc_resolution_get_team      (HcResolution *self);

/* One position's figures, resolved in its plan (or, for a position the
 * plan does not hold, as if it were its last): for an editor's hint. */
void                      hc_resolve_position         (HcPlan             *plan,
                                                       HcPosition         *position,
                                                       HcResolvedPosition *out);

/* The salary's source as a guide source, for beside a default: FALSE when
 * a person set the salary or its band or typed the location's
 * percentage.  A preset's figure adds the hiring guide (an estimate where
 * the guide gives none for the level), as does the skill premium. */
gboolean                  hc_resolved_salary_source   (const HcResolvedPosition *resolved,
                                                       HcSource                 *source);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcResolution, hc_resolution_unref)

G_END_DECLS
