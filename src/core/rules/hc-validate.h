/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hc-validate.h: what each value of a plan may be, in one place.
 *
 * The loader (through hc_plan_validate()), every editor field, the
 * settings and the command line ask these functions, so a value one of
 * them accepts is a value all of them accept: whatever an editor lets
 * reach a plan, the plan's file loads again.
 *
 * Each function returns TRUE for a good value; for a bad one it sets
 * @error (HC_PLAN_ERROR_INVALID) to a message that names the field and
 * says what is allowed.  @field says how the field is named:
 *   - a JSON path, starting with "$": "$.positions[3].count: must be a
 *     whole number from 1 to 10000", as every plan-file error reads;
 *   - a label for people: "Count must be a whole number from 1 to 10000",
 *     as a field in a window shows it;
 *   - NULL: the function's own label ("Count", "Currency", …). */
#pragma once

#include "hc-cost-assumptions.h"
#include "hc-types.h"

G_BEGIN_DECLS

/* The plan's currency: an ISO 4217 code, three capital letters ("EUR"). */
gboolean hc_validate_currency            (const char   *code,
                                          const char   *field,
                                          GError      **error);

/* A position's number of people: a whole number from 1 to HC_MAX_COUNT. */
gboolean hc_validate_count               (double        count,
                                          const char   *field,
                                          GError      **error);
/* The plan's horizon: a whole number of months, 1 to HC_MAX_HORIZON_MONTHS. */
gboolean hc_validate_horizon_months      (double        months,
                                          const char   *field,
                                          GError      **error);
/* Units of the plan's currency per US dollar, or 0 for none. */
gboolean hc_validate_usd_exchange_rate   (double        rate,
                                          const char   *field,
                                          GError      **error);
/* A position's salary adjustment for its location, in percent. */
gboolean hc_validate_location_adjustment (double        percent,
                                          const char   *field,
                                          GError      **error);
/* The week a position's search may start, 0 to HC_MAX_WEEKS. */
gboolean hc_validate_earliest_start      (double        week,
                                          const char   *field,
                                          GError      **error);

/* Ranges: finite, low ≤ high, both ends within the bounds. */
gboolean hc_validate_salary              (HcRange       salary,
                                          const char   *field,
                                          GError      **error);
/* A time to hire or a ramp-up, in weeks. */
/* A position's relocation per person: money, not negative. */
gboolean hc_validate_relocation          (HcRange       per_person,
                                          const char   *field,
                                          GError      **error);
gboolean hc_validate_weeks               (HcRange       weeks,
                                          const char   *field,
                                          GError      **error);
/* A cost assumption, within hc_cost_assumptions_get_limits (@which);
 * NULL @field names it by hc_assumption_get_label(). */
gboolean hc_validate_assumption          (HcAssumption  which,
                                          HcRange       value,
                                          const char   *field,
                                          GError      **error);

/* A phase's first and last week (or month, by @unit): whole numbers,
 * 1 ≤ first ≤ last ≤ the most weeks (months) a plan holds. */
gboolean hc_validate_phase_first         (HcTimeUnit    unit,
                                          double        first,
                                          const char   *field,
                                          GError      **error);
gboolean hc_validate_phase_last          (HcTimeUnit    unit,
                                          double        first,
                                          double        last,
                                          const char   *field,
                                          GError      **error);

/* Texts, counted in characters.  A name (of a role, a phase) must not be
 * empty; a title or a location may be; notes and descriptions may be
 * long. */
gboolean hc_validate_name                (const char   *text,
                                          const char   *field,
                                          GError      **error);
gboolean hc_validate_title               (const char   *text,
                                          const char   *field,
                                          GError      **error);
/* A plan's subtitle: as long as a title may be. */
gboolean hc_validate_subtitle            (const char   *text,
                                          const char   *field,
                                          GError      **error);
gboolean hc_validate_notes               (const char   *text,
                                          const char   *field,
                                          GError      **error);
gboolean hc_validate_id                  (const char   *id,
                                          const char   *field,
                                          GError      **error);

/* Dates are written YYYY-MM-DD.  hc_parse_iso_date() reads any real date
 * so written; a plan starts between HC_MIN_YEAR and HC_MAX_YEAR. */
gboolean hc_parse_iso_date               (const char   *text,
                                          GDate        *date);
gboolean hc_validate_start_date          (const GDate  *date,
                                          const char   *field,
                                          GError      **error);
/* Reads and checks a start date as a person types it into @date. */
gboolean hc_validate_start_date_text     (const char   *text,
                                          const char   *field,
                                          GDate        *date,
                                          GError      **error);

G_END_DECLS
