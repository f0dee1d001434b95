/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-types.h"

G_BEGIN_DECLS

#define HC_TYPE_PHASE (hc_phase_get_type ())
G_DECLARE_FINAL_TYPE (HcPhase, hc_phase, HC, PHASE, GObject)

/* A hiring phase, as the guide writes it: "weeks 1–8" is unit week, first 1,
 * last 8; "months 2–4" is unit month, first 2, last 4.  Keeping the unit
 * lets every view say it the way the plan's author did. */
HcPhase    *hc_phase_new             (const char *id,
                                      const char *name,
                                      HcTimeUnit  unit,
                                      guint       first,
                                      guint       last);
HcPhase    *hc_phase_copy            (HcPhase    *phase);

const char *hc_phase_get_id          (HcPhase    *self);
void        hc_phase_set_id          (HcPhase    *self,
                                      const char *id);
const char *hc_phase_get_name        (HcPhase    *self);
void        hc_phase_set_name        (HcPhase    *self,
                                      const char *name);
const char *hc_phase_get_description (HcPhase    *self);
void        hc_phase_set_description (HcPhase    *self,
                                      const char *description);
HcTimeUnit  hc_phase_get_unit        (HcPhase    *self);
guint       hc_phase_get_first       (HcPhase    *self);
guint       hc_phase_get_last        (HcPhase    *self);
/* Sets unit, first and last at once (first ≤ last, both ≥ 1), so that a
 * phase is never seen half re-timed. */
void        hc_phase_set_range       (HcPhase    *self,
                                      HcTimeUnit  unit,
                                      guint       first,
                                      guint       last);

/* The phase as offsets in weeks from the plan start, @plan_start:
 * "weeks 1–8" is [0, 8]; "months 2–4" runs from the start of the plan's
 * calendar month 2 to the end of its month 4 (hc-calendar.h), so from
 * 1 February it is [4, 17.29] (1 Mar–31 May). */
double      hc_phase_get_start_week  (HcPhase     *self,
                                      const GDate *plan_start);
double      hc_phase_get_end_week    (HcPhase     *self,
                                      const GDate *plan_start);
/* "Weeks 1–8", "Months 2–4": translated, newly allocated. */
char       *hc_phase_format_range    (HcPhase    *self);

G_END_DECLS
