/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-position.h"
#include "hc-types.h"

G_BEGIN_DECLS

/* The hiring guide's geographic variance, which it gives per level:
 * junior — SF Bay Area +30 %, Midwest −20 %; mid — NYC/SF +35 %, remote
 * −10 %; senior — tech hubs +40 %, regional −15 %.  A preset offers the
 * figure for a position's level; where the guide gives none for that
 * level, the nearest level's figure stands in and is marked an estimate. */
typedef struct
{
  const char *name;                          /* stored in files, English */
  double      adjustment;                    /* percent, at the level the guide names */
  double      by_level[HC_N_SENIORITIES];    /* percent, per HcSeniority */
  guint       estimated;                     /* bit 1 << seniority: an estimate */
} HcLocationPreset;

/* Terminated by an entry whose name is NULL. */
const HcLocationPreset *hc_location_presets              (void);
/* The preset called @name, or NULL. */
const HcLocationPreset *hc_location_preset_find          (const char             *name);
/* The preset's figure for @seniority; @is_estimate (may be NULL) is set
 * when the guide gives none for that level. */
double                  hc_location_preset_get_adjustment (const HcLocationPreset *preset,
                                                           HcSeniority             seniority,
                                                           gboolean               *is_estimate);

/* A position's location is a preset (its name is a preset's) or a
 * custom location (any other name, with the percentage typed for it).  A
 * preset's percentage is always its figure for the position's level: the
 * file stores the name only (data/headcount-format.md). */
const HcLocationPreset *hc_position_get_location_preset  (HcPosition             *position);
/* @preset's figure for @position's level. */
double                  hc_location_preset_for_position  (const HcLocationPreset *preset,
                                                          HcPosition             *position);
/* Sets @position's location by name: a preset's name makes it that
 * preset, at its figure for the position's level; any other name is a
 * custom location and keeps the percentage as it is. */
void                    hc_position_set_location_name    (HcPosition             *position,
                                                          const char             *name);
/* Sets @position's seniority; a preset's percentage follows to the new
 * level's figure (a custom location's stays as typed). */
void                    hc_position_set_seniority_with_location (HcPosition  *position,
                                                                 HcSeniority  seniority);

G_END_DECLS
