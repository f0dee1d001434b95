/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-types.h"

G_BEGIN_DECLS

/* The guide's geography figures, as suggestions for a position's location
 * and its salary adjustment in percent. */
typedef struct
{
  const char *name;        /* stored in files, English */
  double      adjustment;  /* percent */
} HcLocationPreset;

/* Terminated by an entry whose name is NULL. */
const HcLocationPreset *hc_location_presets (void);

G_END_DECLS
