/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-json-scan-private.h"
#include "hc-json-writer-private.h"
#include "hc-plan.h"
#include "hc-scenario.h"

G_BEGIN_DECLS

/* The plan file's "scenarios" member (data/headcount-format.md):
 *
 *   "scenarios": [
 *     { "id": "option-b", "name": "Option B", "market": "guides",
 *       "changes": [
 *         { "op": "set-position", "position": "pos-3", "field": "count", "value": 2 },
 *         { "op": "remove-position", "position": "pos-4" },
 *         { "op": "add-position", "value": { …a position… } },
 *         { "op": "set-phase", "phase": "core", "field": "window",
 *           "value": { "unit": "week", "first": 9, "last": 20 } },
 *         { "op": "add-phase", "value": { …a phase… } },
 *         { "op": "remove-phase", "phase": "scale" },
 *         { "op": "order-phases", "value": [ "foundation", "core" ] },
 *         { "op": "set-assumption", "assumption": "agency_fee_percent",
 *           "value": { "low": 25, "high": 25 } },
 *         { "op": "set-start-date", "value": "2027-03-01" } ] } ]
 *
 * A change's value is kept as the text the file had, and written back so;
 * members this version does not know, of a scenario or of a change, are
 * kept as the plan's own are (hc-extras-private.h). */
extern const HcJsonShape _hc_scenarios_shape;

/* Reads and checks the member: each change's kind, field and the type of
 * its value; ids and names unique; a known market.  A change whose target
 * the plan does not have is no error here: it is a conflict, which
 * resolving the scenario reports (hc-plan-scenarios.h). */
HcScenarioList *_hc_scenarios_read  (HcJsonValue     *node,
                                     GString         *path,
                                     GError         **error);
void            _hc_scenarios_write (HcJsonWriter    *w,
                                     HcScenarioList  *scenarios);

/* Whether @change is well made (its field known, its value of the right
 * type); the error names @path ("$.scenarios[0].changes[3]") and what is
 * wrong.  For an added position or phase, sets the change's target to its
 * id. */
gboolean        _hc_scenario_change_check (HcScenarioChange *change,
                                           const char       *path,
                                           GError          **error);

/* Applying a change's value to the object it changes; FALSE with an error
 * when the value is wrong (which _hc_scenario_change_check() would have
 * said). */
gboolean        _hc_scenario_set_position_field (HcPosition  *position,
                                                 const char  *field,
                                                 const char  *value,
                                                 GError     **error);
gboolean        _hc_scenario_set_phase_field    (HcPhase     *phase,
                                                 const char  *field,
                                                 const char  *value,
                                                 GError     **error);
HcPosition     *_hc_scenario_parse_position     (const char  *value,
                                                 GError     **error);
HcPhase        *_hc_scenario_parse_phase        (const char  *value,
                                                 GError     **error);
gboolean        _hc_scenario_parse_range        (const char  *value,
                                                 HcRange     *range,
                                                 GError     **error);
gboolean        _hc_scenario_parse_date         (const char  *value,
                                                 GDate       *date,
                                                 GError     **error);
/* The phases' ids of an order-phases change; NULL if not a list of
 * strings. */
GStrv           _hc_scenario_parse_ids          (const char  *value);

/* A value as the JSON text a change holds, for a diff. */
char           *_hc_scenario_position_field_text (HcPosition *position,
                                                  const char *field);
char           *_hc_scenario_phase_field_text    (HcPhase    *phase,
                                                  const char *field);
char           *_hc_scenario_position_text       (HcPosition *position);
char           *_hc_scenario_phase_text          (HcPhase    *phase);
char           *_hc_scenario_range_text          (HcRange     range);
char           *_hc_scenario_string_text         (const char *string);
char           *_hc_scenario_ids_text            (const char *const *ids);

/* The members of a position a scenario may change: all but "id". */
extern const char *const _hc_scenario_position_fields[];
/* And of a phase. */
extern const char *const _hc_scenario_phase_fields[];

/* From hc-plan-writer.c. */
void _hc_plan_write_position (HcJsonWriter *w,
                              HcPosition   *position);
void _hc_plan_write_phase    (HcJsonWriter *w,
                              HcPhase      *phase);
void _hc_plan_write_range    (HcJsonWriter *w,
                              HcRange       range);
void _hc_plan_write_skills   (HcJsonWriter *w,
                              HcSkills      skills);

G_END_DECLS
