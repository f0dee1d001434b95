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

/* Sets @position's seniority; a location adjustment that is its preset's
 * figure for the old level follows to the new level's (a percentage set
 * by hand stays as it is). */
void                    hc_position_set_seniority_with_location (HcPosition  *position,
                                                                 HcSeniority  seniority);

G_END_DECLS
