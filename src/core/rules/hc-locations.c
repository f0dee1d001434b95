/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-locations"

#include "config.h"

#include "hc-locations.h"

#define J (1u << HC_SENIORITY_JUNIOR)
#define M (1u << HC_SENIORITY_MID)
#define S (1u << HC_SENIORITY_SENIOR)
#define T (1u << HC_SENIORITY_STAFF)

/* Per level: junior, mid, senior, staff.  The guide's own figures are
 * SF Bay Area junior +30, NYC/SF mid +35, tech hubs senior +40 (San
 * Francisco and New York are tech hubs), Midwest junior −20, remote mid
 * −10, regional senior −15.  Every other cell is the nearest level's
 * figure, flagged in @estimated; staff has no geography in the guide
 * ("location-dependent"), so it always takes the senior figure as an
 * estimate. */
static const HcLocationPreset presets[] = {
  { "US (national)",  0, {   0,   0,   0,   0 }, 0 },
  { "SF Bay Area",   30, {  30,  35,  40,  40 }, T },
  { "New York City", 35, {  35,  35,  40,  40 }, J | T },
  { "Tech hub",      40, {  40,  40,  40,  40 }, J | M | T },
  { "Remote",       -10, { -10, -10, -10, -10 }, J | S | T },
  { "Regional",     -15, { -15, -15, -15, -15 }, J | M | T },
  { "Midwest",      -20, { -20, -20, -20, -20 }, M | S | T },
  { NULL, 0, { 0, 0, 0, 0 }, 0 },
};

const HcLocationPreset *
hc_location_presets (void)
{
  return presets;
}

const HcLocationPreset *
hc_location_preset_find (const char *name)
{
  if (name == NULL)
    return NULL;
  for (const HcLocationPreset *p = presets; p->name != NULL; p++)
    if (g_strcmp0 (p->name, name) == 0)
      return p;
  return NULL;
}

double
hc_location_preset_get_adjustment (const HcLocationPreset *preset,
                                   HcSeniority             seniority,
                                   gboolean               *is_estimate)
{
  g_return_val_if_fail (preset != NULL, 0);
  g_return_val_if_fail ((guint) seniority < HC_N_SENIORITIES, 0);

  if (is_estimate != NULL)
    *is_estimate = (preset->estimated & (1u << seniority)) != 0;
  return preset->by_level[seniority];
}

const HcLocationPreset *
hc_position_get_location_preset (HcPosition *position)
{
  g_return_val_if_fail (HC_IS_POSITION (position), NULL);

  return hc_location_preset_find (hc_position_get_location (position));
}

double
hc_location_preset_for_position (const HcLocationPreset *preset,
                                 HcPosition             *position)
{
  g_return_val_if_fail (preset != NULL, 0);
  g_return_val_if_fail (HC_IS_POSITION (position), 0);

  return hc_location_preset_get_adjustment (preset, hc_position_get_seniority (position), NULL);
}

void
hc_position_set_location_name (HcPosition *position,
                               const char *name)
{
  const HcLocationPreset *preset;

  g_return_if_fail (HC_IS_POSITION (position));

  hc_position_set_location (position, name);
  preset = hc_location_preset_find (name);
  /* A preset's name is the preset: a percentage of its own would make a
   * custom location under a preset's name, which the file could not tell
   * from the preset (DOMAIN.md, "Geography follows the level"). */
  if (preset != NULL)
    hc_position_set_location_adjustment (position, hc_location_preset_for_position (preset, position));
}

void
hc_position_set_seniority_with_location (HcPosition  *position,
                                         HcSeniority  seniority)
{
  const HcLocationPreset *preset;

  g_return_if_fail (HC_IS_POSITION (position));
  g_return_if_fail ((guint) seniority < HC_N_SENIORITIES);

  hc_position_set_seniority (position, seniority);
  preset = hc_position_get_location_preset (position);
  if (preset != NULL)
    hc_position_set_location_adjustment (position, hc_location_preset_for_position (preset, position));
}
