/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* What hc-format.c (writing) and hc-number-parse.c (reading) share, so
 * that the parser reads exactly the notation the formatter writes. */

#define HC_MINUS_SIGN "\xe2\x88\x92" /* U+2212 */
#define HC_NO_BREAK_SPACE "\xc2\xa0" /* U+00A0 */

/* How the current locale writes a number and places a currency symbol.
 * Read afresh on every call: a program may change its locale, and the
 * tests run the same process under several. */
typedef struct
{
  char   decimal[8];
  char   group[8];
  guint8 grouping[8];   /* digits per group from the right; 0 ends, the last repeats */
  guint  symbol_first : 1;
  guint  symbol_space : 1;
} HcNumberStyle;

void        _hc_number_style_get      (HcNumberStyle       *style);
/* Where group separators go in a run of @len integer digits: @sep[i] is
 * TRUE when one comes before digit i. */
void        _hc_number_style_mark_groups (const HcNumberStyle *style,
                                       gsize                len,
                                       gboolean            *sep);
/* The symbol written for an ISO 4217 @code, or the code itself; NULL for
 * no currency. */
const char *_hc_currency_symbol       (const char          *code);
/* The length of a currency symbol or three-letter code at @p, or 0. */
gsize       _hc_currency_match        (const char          *p);
/* "%sK", "%s Mio." …: the compact pattern for 10^@exponent (3, 6 or 9),
 * "%s" standing for the number. */
const char *_hc_compact_pattern       (int                  exponent);

G_END_DECLS
