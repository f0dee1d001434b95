/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hc-chart-format.h"
#include "hc-types.h"

G_BEGIN_DECLS

/* What the window writes beyond the chart library's money and percent
 * formats (hc-chart-format.h): midpoints, and plan weeks as the weeks and
 * months a person counts ("weeks 10–18 · months 3–5").  All newly
 * allocated. */
char    *hc_format_money_mid      (HcRange     range,
                                   const char *currency);
/* @range is a week offset from the plan start (week 1 is [0, 1)). */
char    *hc_format_week_range     (HcRange     range);
/* A plain number for an entry: "150000", "22.5". */
char    *hc_format_plain_number   (double      value);
/* Reads what a person types into a money or number field: "150000",
 * "150K", "1.2M", "22.5", with or without spaces or a thousands comma. */
gboolean hc_parse_number          (const char *text,
                                   double     *out);

G_END_DECLS
