/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-types.h"

G_BEGIN_DECLS

#define HC_TYPE_ROLE (hc_role_get_type ())
G_DECLARE_FINAL_TYPE (HcRole, hc_role, HC, ROLE, GObject)

/* One entry of the plan's role catalogue: what a kind of engineer costs at
 * each seniority, how long one takes to hire, and how long a new one takes
 * to become productive. */
HcRole     *hc_role_new               (const char  *id,
                                       const char  *name,
                                       HcRoleKind   kind);
HcRole     *hc_role_copy              (HcRole      *role);

const char *hc_role_get_id            (HcRole      *self);
void        hc_role_set_id            (HcRole      *self,
                                       const char  *id);
const char *hc_role_get_name          (HcRole      *self);
void        hc_role_set_name          (HcRole      *self,
                                       const char  *name);
HcRoleKind  hc_role_get_kind          (HcRole      *self);
void        hc_role_set_kind          (HcRole      *self,
                                       HcRoleKind   kind);
HcSkills    hc_role_get_skills        (HcRole      *self);
void        hc_role_set_skills        (HcRole      *self,
                                       HcSkills     skills);
const char *hc_role_get_description   (HcRole      *self);
void        hc_role_set_description   (HcRole      *self,
                                       const char  *description);
/* Annual base salary, in the plan's currency. */
HcRange     hc_role_get_salary        (HcRole      *self,
                                       HcSeniority  seniority);
void        hc_role_set_salary        (HcRole      *self,
                                       HcSeniority  seniority,
                                       HcRange      salary);
/* Weeks from the start of the search to the hire's first day. */
HcRange     hc_role_get_time_to_hire  (HcRole      *self);
void        hc_role_set_time_to_hire  (HcRole      *self,
                                       HcRange      weeks);
/* Weeks from the first day to independent contribution. */
HcRange     hc_role_get_ramp_up       (HcRole      *self,
                                       HcSeniority  seniority);
void        hc_role_set_ramp_up       (HcRole      *self,
                                       HcSeniority  seniority,
                                       HcRange      weeks);

G_END_DECLS
