/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-locations"

#include "config.h"

#include "hc-locations.h"

/* The guide's geographic variance (DOMAIN.md, level bands): each figure is
 * what the source gives for one level, offered here as a starting point
 * for any level; the user sets the percentage per position. */
static const HcLocationPreset presets[] = {
  { "US (national)",  0 },
  { "SF Bay Area",   30 },
  { "New York City", 35 },
  { "Tech hub",      40 },
  { "Remote",       -10 },
  { "Regional",     -15 },
  { "Midwest",      -20 },
  { NULL, 0 },
};

const HcLocationPreset *
hc_location_presets (void)
{
  return presets;
}
