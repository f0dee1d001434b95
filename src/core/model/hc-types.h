/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hc-types.h: plain value types, enumerations and forward declarations shared
 * by the whole core, so that headers never need to include each other in a
 * cycle. */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* The plan's clock: every date inside a plan is an offset in weeks from the
 * plan's start date (week 1 is the offset range [0, 1)).  Months are the
 * plan's calendar months (hc-calendar.h); the mean month, 52/12 weeks, is
 * only a duration's month (a time to hire snapped in months, a zoom step)
 * and the fallback for a plan without a valid start date. */
#define HC_WEEKS_PER_MONTH (52.0 / 12.0)

/* Sane bounds: a value outside them is an input error, not a number to
 * compute with. */
#define HC_MAX_SALARY         10000000.0
#define HC_MAX_COUNT          10000
#define HC_MAX_MONEY          1000000000.0 /* any other amount of money */
#define HC_MAX_PERCENT        1000.0
#define HC_MIN_LOCATION_PCT   (-90.0)
#define HC_MAX_LOCATION_PCT   300.0
#define HC_MAX_WEEKS          520.0        /* ten years */
#define HC_MAX_HORIZON_MONTHS 120
#define HC_MAX_POSITIONS      100000
#define HC_MAX_ITEMS          1000       /* roles, phases */
#define HC_MAX_ID_LENGTH      64
#define HC_MAX_NAME_LENGTH    200        /* titles, names, locations: characters */
#define HC_MAX_NOTES_LENGTH   100000
#define HC_MIN_YEAR           1900
#define HC_MAX_YEAR           2200
#define HC_MIN_EXCHANGE_RATE  1e-6         /* units of a currency per US dollar */
#define HC_MAX_EXCHANGE_RATE  1e6

/* A closed interval [low, high].  Headcount keeps every figure as a range
 * until the moment it is shown. */
typedef struct
{
  double low;
  double high;
} HcRange;

GType    hc_range_get_type (void) G_GNUC_CONST;
#define  HC_TYPE_RANGE (hc_range_get_type ())

static inline HcRange
hc_range_make (double low, double high)
{
  HcRange r = { low, high };
  return r;
}

static inline HcRange
hc_range_add (HcRange a, HcRange b)
{
  return hc_range_make (a.low + b.low, a.high + b.high);
}

static inline HcRange
hc_range_scale (HcRange a, double factor)
{
  return hc_range_make (a.low * factor, a.high * factor);
}

static inline double
hc_range_mid (HcRange r)
{
  return (r.low + r.high) / 2.0;
}

gboolean hc_range_equal    (HcRange a, HcRange b);
/* TRUE if both ends are finite, low <= high, and both lie in [min, max].
 * On failure sets @error (HC_PLAN_ERROR_INVALID) with a message naming
 * @what, e.g. "must be a range from 0 to 10000000 with low ≤ high". */
gboolean hc_range_check    (HcRange       r,
                            double        min,
                            double        max,
                            const char   *path,
                            GError      **error);

typedef enum
{
  HC_SENIORITY_JUNIOR,
  HC_SENIORITY_MID,
  HC_SENIORITY_SENIOR,
  HC_SENIORITY_STAFF,
} HcSeniority;
#define HC_N_SENIORITIES 4

typedef enum
{
  HC_ROLE_KIND_GENERALIST,
  HC_ROLE_KIND_SPECIALIST,
} HcRoleKind;

typedef enum
{
  HC_SOURCING_DIRECT,
  HC_SOURCING_REFERRAL,
  HC_SOURCING_AGENCY,
} HcSourcing;

typedef enum
{
  HC_TIME_UNIT_WEEK,
  HC_TIME_UNIT_MONTH,
} HcTimeUnit;

/* What a person brings; the plan checks ask these, not role names. */
typedef enum /*< flags >*/
{
  HC_SKILL_NONE           = 0,
  HC_SKILL_API            = 1 << 0,
  HC_SKILL_DATABASE       = 1 << 1,
  HC_SKILL_INFRASTRUCTURE = 1 << 2,
  HC_SKILL_PLATFORM       = 1 << 3,
} HcSkills;
#define HC_N_SKILLS 4

/* Stable identifiers (used in files) and translated labels (used in UIs). */
const char *hc_seniority_to_string  (HcSeniority seniority);
gboolean    hc_seniority_from_string (const char *str, HcSeniority *out);
const char *hc_seniority_get_label  (HcSeniority seniority);
const char *hc_role_kind_to_string  (HcRoleKind kind);
gboolean    hc_role_kind_from_string (const char *str, HcRoleKind *out);
const char *hc_role_kind_get_label  (HcRoleKind kind);
const char *hc_sourcing_to_string   (HcSourcing sourcing);
gboolean    hc_sourcing_from_string (const char *str, HcSourcing *out);
const char *hc_sourcing_get_label   (HcSourcing sourcing);
const char *hc_time_unit_to_string  (HcTimeUnit unit);
gboolean    hc_time_unit_from_string (const char *str, HcTimeUnit *out);
/* Skill index i in [0, HC_N_SKILLS) ↔ flag 1 << i. */
const char *hc_skill_to_string      (HcSkills skill);
gboolean    hc_skill_from_string    (const char *str, HcSkills *out);

typedef struct _HcPlan            HcPlan;
typedef struct _HcRole            HcRole;
typedef struct _HcPhase           HcPhase;
typedef struct _HcPosition        HcPosition;
typedef struct _HcCostAssumptions HcCostAssumptions;
typedef struct _HcTimeline        HcTimeline;
typedef struct _HcBudget          HcBudget;
typedef struct _HcCheck           HcCheck;

G_END_DECLS
