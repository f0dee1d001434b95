/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "hc-format.h"
#include "hc-format-private.h"
#include "hc-json-writer-private.h"

/* Writing figures: for people in the locale's notation, for machines in
 * the C locale's.  Reading them back is hc-number-parse.c. */

/* The locale -------------------------------------------------------- */

/* @src, unless the locale leaves it empty (or it does not fit). */
static void
copy_separator (char       *dest,
                gsize       size,
                const char *src,
                const char *fallback)
{
  g_strlcpy (dest, src != NULL && *src != '\0' && strlen (src) < size ? src : fallback, size);
}

void
_hc_number_style_get (HcNumberStyle *style)
{
  const struct lconv *lc = localeconv ();
  guint n = 0;

  copy_separator (style->decimal, sizeof style->decimal, lc->decimal_point, ".");
  /* The C locale groups nothing, but "$1234567" is hard to read: group
   * with whatever the decimal point is not. */
  copy_separator (style->group, sizeof style->group, lc->thousands_sep,
                  g_str_equal (style->decimal, ",") ? "." : ",");
  if (g_str_equal (style->group, style->decimal))
    g_strlcpy (style->group, " ", sizeof style->group);

  if (lc->grouping != NULL)
    for (; n < sizeof style->grouping - 1 && lc->grouping[n] > 0
           && lc->grouping[n] != CHAR_MAX; n++)
      style->grouping[n] = (guint8) lc->grouping[n];
  if (n == 0)
    style->grouping[n++] = 3;
  style->grouping[n] = 0;

  /* CHAR_MAX is "unspecified" (the C locale): the English way then. */
  style->symbol_first = lc->p_cs_precedes != 0;
  style->symbol_space = lc->p_sep_by_space == 1 || lc->p_sep_by_space == 2;
  if (lc->p_cs_precedes == CHAR_MAX)
    style->symbol_first = TRUE, style->symbol_space = FALSE;
}

void
_hc_number_style_mark_groups (const HcNumberStyle *style,
                              gsize                len,
                              gboolean            *sep)
{
  gsize pos = len;
  guint i = 0;

  memset (sep, 0, len * sizeof *sep);
  while (pos > style->grouping[i])
    {
      pos -= style->grouping[i];
      sep[pos] = TRUE;
      if (style->grouping[i + 1] != 0)
        i++;
    }
}

static void
append_grouped (GString             *out,
                const char          *digits,
                gsize                len,
                const HcNumberStyle *style)
{
  g_autofree gboolean *sep = g_new (gboolean, len + 1);

  _hc_number_style_mark_groups (style, len, sep);
  for (gsize i = 0; i < len; i++)
    {
      if (sep[i])
        g_string_append (out, style->group);
      g_string_append_c (out, digits[i]);
    }
}

/* Currencies and compact units ----------------------------------------- */

typedef struct
{
  const char *code;
  const char *symbol;
} CurrencySymbol;

/* Symbols a reader recognises without the code; any other currency is
 * written with its code, which is never ambiguous.  The longer symbols
 * come first, so that the parser reads "CA$" before "$". */
static const CurrencySymbol currency_symbols[] = {
  { "CNY", "CN¥" }, { "CAD", "CA$" }, { "NZD", "NZ$" }, { "AUD", "A$" },
  { "BRL", "R$" }, { "USD", "$" }, { "EUR", "€" }, { "GBP", "£" },
  { "JPY", "¥" }, { "INR", "₹" }, { "KRW", "₩" }, { "ILS", "₪" },
};

const char *
_hc_currency_symbol (const char *currency)
{
  if (currency == NULL || *currency == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    if (g_str_equal (currency_symbols[i].code, currency))
      return currency_symbols[i].symbol;
  return currency;
}

gsize
_hc_currency_match (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    if (g_str_has_prefix (p, currency_symbols[i].symbol))
      return strlen (currency_symbols[i].symbol);
  if (g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]) && g_ascii_isupper (p[2])
      && !g_ascii_isalpha (p[3]))
    return 3;
  return 0;
}

typedef struct
{
  const char *language;
  const char *patterns[3];   /* thousands, millions, billions */
} RegionalUnits;

/* How a region abbreviates large amounts, when the messages' language has
 * no say (no translation, or LANGUAGE=en under a German locale): a German
 * reads "1,5 Mio. $" whatever language the menus are in, as they read the
 * decimal comma.  Keyed on LC_NUMERIC's language. */
static const RegionalUnits regional_units[] = {
  { "de", { "%s Tsd.", "%s Mio.", "%s Mrd." } },
};

static const char *
regional_pattern (guint index)
{
  const char *numeric = setlocale (LC_NUMERIC, NULL);

  for (guint i = 0; numeric != NULL && i < G_N_ELEMENTS (regional_units); i++)
    {
      gsize len = strlen (regional_units[i].language);

      if (strncmp (numeric, regional_units[i].language, len) == 0
          && strchr ("_.@", numeric[len]) != NULL)
        return regional_units[i].patterns[index];
    }
  return NULL;
}

/* The compact units: "%s" is the number.  A translation wins, then the
 * region's own abbreviations, then English. */
const char *
_hc_compact_pattern (int exponent)
{
  static const char *const english[] = { "%sK", "%sM", "%sB" };
  const char *translated;
  const char *regional;
  guint index;

  switch (exponent)
    {
    case 3:
      /* Translators: an amount in thousands, "%s" is the number ("185K").
       * Write your language's abbreviation, with a space if it takes one
       * ("%s Tsd."). The parser reads it back, so keep it to letters and a
       * dot. */
      translated = C_("compact number", "%sK");
      index = 0;
      break;
    case 6:
      /* Translators: an amount in millions ("1.2M"; German "%s Mio."). */
      translated = C_("compact number", "%sM");
      index = 1;
      break;
    case 9:
      /* Translators: an amount in billions ("2.5B"; German "%s Mrd."). */
      translated = C_("compact number", "%sB");
      index = 2;
      break;
    default:
      return "%s";
    }
  if (!g_str_equal (translated, english[index]))
    return translated;
  regional = regional_pattern (index);
  return regional != NULL ? regional : english[index];
}

/* Numbers ------------------------------------------------------------- */

/* Halves round away from zero, as people round: 1.065 (stored as
 * 1.06499…) shows as 1.07.  @value must not be negative. */
static double
round_half_up (double value,
               int    decimals)
{
  double scale = pow (10, decimals);

  /* Beyond 2^53 there are no fractions left to round. */
  if (value >= 9007199254740992.0)
    return value;
  return floor (value * scale + 0.5 + 1e-9) / scale;
}

/* "1234.50" → "1234.5"; "7.00" → "7". */
static void
trim_zeros (char *number)
{
  char *dot = strchr (number, '.');
  char *end;

  if (dot == NULL)
    return;
  end = number + strlen (number) - 1;
  while (end > dot && *end == '0')
    *end-- = '\0';
  if (end == dot)
    *dot = '\0';
}

/* The magnitude of @value for people, without a sign. */
static char *
format_unsigned (double               value,
                 int                  max_decimals,
                 const HcNumberStyle *style)
{
  char format[16];
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 320];
  GString *out;
  const char *dot;

  if (isnan (value))
    return g_strdup ("NaN");
  if (isinf (value))
    return g_strdup ("∞");

  out = g_string_new (NULL);
  max_decimals = CLAMP (max_decimals, 0, 15);
  g_snprintf (format, sizeof format, "%%.%df", max_decimals);
  g_ascii_formatd (buf, sizeof buf, format, round_half_up (fabs (value), max_decimals));
  trim_zeros (buf);

  dot = strchr (buf, '.');
  append_grouped (out, buf, dot != NULL ? (gsize) (dot - buf) : strlen (buf), style);
  if (dot != NULL)
    {
      g_string_append (out, style->decimal);
      g_string_append (out, dot + 1);
    }
  return g_string_free (out, FALSE);
}

/* Whether @value rounds to something other than zero at @max_decimals. */
static gboolean
shows_negative (double value,
                int    max_decimals)
{
  return value < 0 && round_half_up (-value, CLAMP (max_decimals, 0, 15)) > 0;
}

static char *
format_for_machines (double value,
                     int    decimals)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 320];
  char format[16];
  char *text;

  /* The same text as the plan files and --json: one machine notation. */
  if (decimals < 0 && isfinite (value))
    return g_strdup (_hc_json_format_double (buf, sizeof buf, value + 0.0));
  if (!isfinite (value))
    return g_strdup (isnan (value) ? "nan" : value > 0 ? "inf" : "-inf");

  g_snprintf (format, sizeof format, "%%.%df", MIN (decimals, 17));
  /* + 0.0 turns a negative zero into "0.00". */
  g_ascii_formatd (buf, sizeof buf, format, value + 0.0);
  text = buf;
  /* -0.001 at two decimals is "0.00", not "-0.00". */
  if (text[0] == '-' && strspn (text + 1, "0.") == strlen (text + 1))
    text++;
  return g_strdup (text);
}

char *
hc_format_number (HcFormatMode mode,
                  double       value,
                  int          decimals)
{
  HcNumberStyle style;
  g_autofree char *digits = NULL;

  if (mode == HC_FORMAT_FOR_MACHINES)
    return format_for_machines (value, decimals);

  _hc_number_style_get (&style);
  digits = format_unsigned (value, decimals, &style);
  if (shows_negative (value, decimals) || (isinf (value) && value < 0))
    return g_strconcat (HC_MINUS_SIGN, digits, NULL);
  return g_steal_pointer (&digits);
}

/* Enough for 17 significant digits of a value down to 1e-13. */
#define MAX_ENTRY_DECIMALS 30

char *
hc_format_number_for_entry (double value)
{
  HcNumberStyle style;
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 340];
  int decimals = 0;
  char *dot;

  _hc_number_style_get (&style);
  if (!isfinite (value))
    return hc_format_number (HC_FORMAT_FOR_PEOPLE, value, 0);

  /* The fewest decimals that read back as @value: 22.5, not 22.500000.
   * Never an exponent, which no person types; a value too small for
   * MAX_ENTRY_DECIMALS to hold shows as its nearest. */
  for (decimals = 0; decimals <= MAX_ENTRY_DECIMALS; decimals++)
    {
      char format[16];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buf, sizeof buf, format, value + 0.0);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  trim_zeros (buf);

  dot = strchr (buf, '.');
  if (dot == NULL)
    return g_strdup (buf);
  *dot = '\0';
  return g_strconcat (buf, style.decimal, dot + 1, NULL);
}

/* Money ---------------------------------------------------------------- */

/* The spaces inside an amount are no-break spaces, so that a wrapping
 * label never leaves "$" or "Tsd." alone at the start of a line. */
static char *
no_break (char *text)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (*p == ' ')
        g_string_append (out, HC_NO_BREAK_SPACE);
      else
        g_string_append_c (out, *p);
    }
  g_free (text);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* @number is unsigned; the sign goes in front of everything: "−$5K",
 * "−5K $". */
static char *
place_currency (const HcNumberStyle *style,
                gboolean           negative,
                const char        *number,
                const char        *currency)
{
  const char *symbol = _hc_currency_symbol (currency);
  const char *sign = negative ? HC_MINUS_SIGN : "";
  /* A code needs the space a symbol does not: "CHF 185K". */
  gboolean is_code = symbol == currency;

  if (symbol == NULL)
    return g_strconcat (sign, number, NULL);
  if (style->symbol_first)
    return g_strconcat (sign, symbol, style->symbol_space || is_code ? HC_NO_BREAK_SPACE : "", number, NULL);
  return g_strconcat (sign, number, HC_NO_BREAK_SPACE, symbol, NULL);
}

char *
hc_format_money (double      amount,
                 const char *currency)
{
  HcNumberStyle style;
  g_autofree char *number = NULL;

  _hc_number_style_get (&style);
  number = format_unsigned (amount, 0, &style);
  return place_currency (&style, shows_negative (amount, 0), number, currency);
}

/* Three significant digits ("1.07", "12.5", "185"), trailing zeros
 * dropped: a board compares $1.07M with $1.16M, which one decimal would
 * show as the same figure. */
static char *
format_scaled (const HcNumberStyle *style,
               double             value,
               int                exponent)
{
  int decimals = value < 9.995 ? 2 : value < 99.95 ? 1 : 0;
  g_autofree char *number = format_unsigned (value, decimals, style);
  const char *pattern = _hc_compact_pattern (exponent);
  const char *hole = strstr (pattern, "%s");
  g_autofree char *before = NULL;

  g_autofree char *after = NULL;

  /* A translation without its "%s" still shows the number. */
  if (hole == NULL)
    return g_strconcat (number, pattern, NULL);
  /* "1,5 Mio." stays on one line wherever a label wraps. */
  before = no_break (g_strndup (pattern, hole - pattern));
  after = no_break (g_strdup (hole + 2));
  return g_strconcat (before, number, after, NULL);
}

char *
hc_format_money_compact (double      amount,
                         const char *currency)
{
  HcNumberStyle style;
  g_autofree char *number = NULL;
  double v = fabs (amount);

  _hc_number_style_get (&style);
  /* Rounding 999,600 to "1000K" would read oddly: move to the next unit
   * when the rounded figure reaches a thousand. */
  if (v >= 999.5e6)
    number = format_scaled (&style, v / 1e9, 9);
  else if (v >= 999.5e3)
    number = format_scaled (&style, v / 1e6, 6);
  else if (v >= 999.5)
    number = format_scaled (&style, v / 1e3, 3);
  else
    number = format_unsigned (v, 0, &style);

  return place_currency (&style, amount <= -0.5, number, currency);
}

static char *
join_range (char *low,
            char *high)
{
  char *joined;

  if (g_str_equal (low, high))
    joined = g_strdup (low);
  else
    joined = g_strdup_printf ("%s–%s", low, high);
  g_free (low);
  g_free (high);
  return joined;
}

char *
hc_format_money_range (HcRange     range,
                       const char *currency)
{
  return join_range (hc_format_money (range.low, currency),
                     hc_format_money (range.high, currency));
}

char *
hc_format_money_range_compact (HcRange     range,
                               const char *currency)
{
  return join_range (hc_format_money_compact (range.low, currency),
                     hc_format_money_compact (range.high, currency));
}

char *
hc_format_money_mid (HcRange     range,
                     const char *currency)
{
  g_autofree char *mid = hc_format_money_compact (hc_range_mid (range), currency);

  /* Translators: the midpoint of a low–high range of money */
  return g_strdup_printf (_("midpoint %s"), mid);
}

char *
hc_format_percent_range (HcRange range)
{
  g_autofree char *low = hc_format_number (HC_FORMAT_FOR_PEOPLE, range.low, 1);
  g_autofree char *high = hc_format_number (HC_FORMAT_FOR_PEOPLE, range.high, 1);

  if (g_str_equal (low, high))
    return g_strdup_printf ("%s %%", low);
  return g_strdup_printf ("%s–%s %%", low, high);
}

/* Tenths with the locale's decimal point: "2.1", "2,1". */
static char *
format_tenths (long                 tenths,
               const HcNumberStyle *style)
{
  return g_strdup_printf ("%ld%s%ld", tenths / 10, style->decimal, labs (tenths % 10));
}

char *
hc_format_month_span (HcRange months)
{
  /* Tenths as whole numbers, so that 2.05 and 2.0999 cannot print as two
   * different "2.1"s or a "2.1–2.1". */
  long low = lround (months.low * 10.0);
  long high = lround (months.high * 10.0);
  HcNumberStyle style;
  g_autofree char *from = NULL;
  g_autofree char *to = NULL;

  _hc_number_style_get (&style);
  from = format_tenths (low, &style);
  if (low >= high)
    /* Translators: a month of the plan, to a tenth ("month 2.5") */
    return g_strdup_printf (_("month %s"), from);
  to = format_tenths (high, &style);
  /* Translators: a span of months of the plan, to a tenth ("months 1.4–2.3") */
  return g_strdup_printf (_("months %s–%s"), from, to);
}
