/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-role.h"
#include "hc-types.h"

G_BEGIN_DECLS

#define HC_TYPE_POSITION (hc_position_get_type ())
G_DECLARE_FINAL_TYPE (HcPosition, hc_position, HC, POSITION, GObject)

/* A line of the hiring plan: @count people of one role and seniority,
 * hired in one phase, in one place, through one channel.  Optional fields
 * (salary, earliest start, time to hire) fall back to the role's figures
 * when not set. */
HcPosition  *hc_position_new                      (const char  *id,
                                                   const char  *role_id,
                                                   HcSeniority  seniority,
                                                   const char  *phase_id);
HcPosition  *hc_position_copy                     (HcPosition  *position);

const char  *hc_position_get_id                   (HcPosition  *self);
void         hc_position_set_id                   (HcPosition  *self,
                                                   const char  *id);
const char  *hc_position_get_role_id              (HcPosition  *self);
void         hc_position_set_role_id              (HcPosition  *self,
                                                   const char  *role_id);
HcSeniority  hc_position_get_seniority            (HcPosition  *self);
void         hc_position_set_seniority            (HcPosition  *self,
                                                   HcSeniority  seniority);
guint        hc_position_get_count                (HcPosition  *self);
void         hc_position_set_count                (HcPosition  *self,
                                                   guint        count);
/* Where the people work, and what that does to the benchmark salary in
 * percent (SF Bay Area +30, Remote −10). */
const char  *hc_position_get_location             (HcPosition  *self);
void         hc_position_set_location             (HcPosition  *self,
                                                   const char  *location);
double       hc_position_get_location_adjustment  (HcPosition  *self);
void         hc_position_set_location_adjustment  (HcPosition  *self,
                                                   double       percent);
HcSourcing   hc_position_get_sourcing             (HcPosition  *self);
void         hc_position_set_sourcing             (HcPosition  *self,
                                                   HcSourcing   sourcing);
const char  *hc_position_get_phase_id             (HcPosition  *self);
void         hc_position_set_phase_id             (HcPosition  *self,
                                                   const char  *phase_id);
/* Skills this hire brings beyond the role's own (the first backend hire
 * who also designs the database). */
HcSkills     hc_position_get_skills               (HcPosition  *self);
void         hc_position_set_skills               (HcPosition  *self,
                                                   HcSkills     skills);
const char  *hc_position_get_notes                (HcPosition  *self);
void         hc_position_set_notes                (HcPosition  *self,
                                                   const char  *notes);

/* Annual base salary per person, overriding the role's benchmark (which
 * the location adjustment then does not touch). */
gboolean     hc_position_get_salary_override      (HcPosition  *self,
                                                   HcRange     *salary);
void         hc_position_set_salary_override      (HcPosition  *self,
                                                   const HcRange *salary_or_null);
/* Week offset before which the search does not start, even if the phase
 * has. */
gboolean     hc_position_get_earliest_start       (HcPosition  *self,
                                                   double      *week);
void         hc_position_set_earliest_start       (HcPosition  *self,
                                                   const double *week_or_null);
/* Relocation paid for each of the position's people, once at the start:
 * a cost the guides leave out, {0, 0} until set. */
HcRange      hc_position_get_relocation           (HcPosition  *self);
void         hc_position_set_relocation           (HcPosition  *self,
                                                   HcRange      per_person);
/* The time to hire set on the position itself, if any.  What a position
 * takes without one (the first backend hire's 6–10 weeks, else its
 * role's) is the plan's resolution's: hc_plan_get_time_to_hire(). */
gboolean     hc_position_get_time_to_hire         (HcPosition  *self,
                                                   HcRange     *weeks);
void         hc_position_set_time_to_hire         (HcPosition  *self,
                                                   const HcRange *weeks_or_null);

G_END_DECLS
