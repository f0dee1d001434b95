/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <string.h>

#include "hc-format.h"
#include "hc-json-writer-private.h"

G_DEFINE_QUARK (hc-number-error-quark, hc_number_error)

#define MINUS_SIGN "\xe2\x88\x92" /* U+2212 */

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
} NumberStyle;

static void
copy_separator (char *dest, gsize size, const char *src, const char *fallback)
{
  g_strlcpy (dest, src != NULL && *src != '\0' && strlen (src) < size ? src : fallback, size);
}

static void
number_style_get (NumberStyle *style)
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

/* Where group separators go in a run of @len integer digits: sep[i] is
 * TRUE when one comes before digit i. */
static void
mark_groups (const NumberStyle *style,
             gsize              len,
             gboolean          *sep)
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
append_grouped (GString           *out,
                const char        *digits,
                gsize              len,
                const NumberStyle *style)
{
  g_autofree gboolean *sep = g_new (gboolean, len + 1);

  mark_groups (style, len, sep);
  for (gsize i = 0; i < len; i++)
    {
      if (sep[i])
        g_string_append (out, style->group);
      g_string_append_c (out, digits[i]);
    }
}

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
format_unsigned (double             value,
                 int                max_decimals,
                 gboolean           group,
                 const NumberStyle *style)
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
  if (group)
    append_grouped (out, buf, dot != NULL ? (gsize) (dot - buf) : strlen (buf), style);
  else
    g_string_append_len (out, buf, dot != NULL ? dot - buf : (gssize) strlen (buf));
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
  NumberStyle style;
  g_autofree char *digits = NULL;

  if (mode == HC_FORMAT_FOR_MACHINES)
    return format_for_machines (value, decimals);

  number_style_get (&style);
  digits = format_unsigned (value, decimals, TRUE, &style);
  if (shows_negative (value, decimals) || (isinf (value) && value < 0))
    return g_strconcat (MINUS_SIGN, digits, NULL);
  return g_steal_pointer (&digits);
}

char *
hc_format_number_for_entry (double value)
{
  NumberStyle style;
  char buf[G_ASCII_DTOSTR_BUF_SIZE + 320];
  int decimals = 0;
  char *dot;

  number_style_get (&style);
  if (!isfinite (value))
    return hc_format_number (HC_FORMAT_FOR_PEOPLE, value, 0);

  /* The fewest decimals that read back as @value: 22.5, not 22.500000. */
  for (decimals = 0; decimals <= 15; decimals++)
    {
      char format[16];

      g_snprintf (format, sizeof format, "%%.%df", decimals);
      g_ascii_formatd (buf, sizeof buf, format, value + 0.0);
      if (g_ascii_strtod (buf, NULL) == value)
        break;
    }
  if (decimals > 15)
    g_ascii_formatd (buf, sizeof buf, "%.17g", value);

  dot = strchr (buf, '.');
  if (dot == NULL)
    return g_strdup (buf);
  *dot = '\0';
  return g_strconcat (buf, style.decimal, dot + 1, NULL);
}

/* Reading numbers ------------------------------------------------------ */

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
static const char *
compact_pattern (int exponent)
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

typedef struct
{
  const char *word;
  int         exponent;
} Unit;

/* The units people type, in any case, with or without the dot.  German's
 * are here whatever the translation, since a German types them with an
 * English interface too. */
static const Unit units[] = {
  { "tsd", 3 }, { "mio", 6 }, { "mrd", 9 }, { "mn", 6 }, { "bn", 9 },
  { "k", 3 }, { "m", 6 }, { "b", 9 },
};

/* The length of the unit word at @p followed by no further letter (and
 * its dot, if any), or 0. */
static gsize
match_word (const char *p,
            const char *word)
{
  g_autofree char *folded_word = g_utf8_casefold (word, -1);
  glong n_chars = g_utf8_strlen (word, -1);
  const char *end = p;
  g_autofree char *folded = NULL;

  for (glong i = 0; i < n_chars; i++)
    {
      if (*end == '\0')
        return 0;
      end = g_utf8_next_char (end);
    }
  folded = g_utf8_casefold (p, end - p);
  if (!g_str_equal (folded, folded_word))
    return 0;
  if (g_unichar_isalpha (g_utf8_get_char (end)))
    return 0;
  if (*end == '.')
    end++;
  return end - p;
}

/* A translation's unit word: "%s Mio." → "Mio". */
static char *
translated_unit (int exponent)
{
  const char *pattern = compact_pattern (exponent);
  const char *hole = strstr (pattern, "%s");
  g_autofree char *word = NULL;

  if (hole == NULL)
    return NULL;
  word = g_strdup (pattern);
  word[hole - pattern] = ' ';
  word[hole - pattern + 1] = ' ';
  g_strstrip (word);
  if (g_str_has_suffix (word, "."))
    word[strlen (word) - 1] = '\0';
  return *word != '\0' ? g_steal_pointer (&word) : NULL;
}

static gsize
match_unit (const char *p,
            int        *exponent)
{
  static const int exponents[] = { 3, 6, 9 };

  for (guint i = 0; i < G_N_ELEMENTS (exponents); i++)
    {
      g_autofree char *word = translated_unit (exponents[i]);
      gsize len = word != NULL ? match_word (p, word) : 0;

      if (len > 0)
        {
          *exponent = exponents[i];
          return len;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    {
      gsize len = match_word (p, units[i].word);

      if (len > 0)
        {
          *exponent = units[i].exponent;
          return len;
        }
    }
  return 0;
}

/* A currency symbol or a three-letter code at @p, or 0. */
static gsize
match_currency (const char *p)
{
  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    if (g_str_has_prefix (p, currency_symbols[i].symbol))
      return strlen (currency_symbols[i].symbol);
  if (g_ascii_isupper (p[0]) && g_ascii_isupper (p[1]) && g_ascii_isupper (p[2])
      && !g_ascii_isalpha (p[3]))
    return 3;
  return 0;
}

static gsize
match_sign (const char *p,
            gboolean   *negative)
{
  if (*p == '-' || *p == '+')
    {
      *negative = *p == '-';
      return 1;
    }
  if (g_str_has_prefix (p, MINUS_SIGN))
    {
      *negative = TRUE;
      return strlen (MINUS_SIGN);
    }
  return 0;
}

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

static gboolean
number_error (GError     **error,
              HcNumberError code,
              const char  *text,
              const char  *format,
              ...) G_GNUC_PRINTF (4, 5);

static gboolean
number_error (GError     **error,
              HcNumberError code,
              const char  *text,
              const char  *format,
              ...)
{
  g_autofree char *reason = NULL;
  va_list args;

  va_start (args, format);
  reason = g_strdup_vprintf (format, args);
  va_end (args);
  /* Translators: "“22.5”: what is wrong with it" */
  g_set_error (error, HC_NUMBER_ERROR, code, _("“%s”: %s"), text, reason);
  return FALSE;
}

static gboolean
ambiguous (GError           **error,
           const char        *text,
           const NumberStyle *style)
{
  const char *group = g_unichar_isspace (g_utf8_get_char (style->group)) ? _("a space") : style->group;

  return number_error (error, HC_NUMBER_ERROR_AMBIGUOUS, text,
                       _("could be read two ways: write the decimal point as “%s” and group thousands with “%s” or not at all"),
                       style->decimal, group);
}

/* Whether the integer groups, left to right, follow @style's grouping or
 * the plain thousands that everybody reads. */
static gboolean
groups_valid (const GArray      *groups,
              const NumberStyle *style)
{
  static const NumberStyle thousands = { .grouping = { 3, 0 } };
  const NumberStyle *styles[] = { style, &thousands };
  gsize total = 0;

  for (guint i = 0; i < groups->len; i++)
    {
      gsize len = g_array_index (groups, gsize, i);

      /* "5," or "1,,000" */
      if (len == 0)
        return FALSE;
      total += len;
    }

  for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
    {
      g_autofree gboolean *sep = g_new (gboolean, total + 1);
      gsize at = 0;
      gboolean ok = TRUE;

      mark_groups (styles[s], total, sep);
      for (guint i = 0; i < groups->len && ok; i++)
        {
          gsize len = g_array_index (groups, gsize, i);

          for (gsize d = 0; d < len; d++)
            if (sep[at + d] != (d == 0 && i > 0))
              ok = FALSE;
          at += len;
        }
      if (ok)
        return TRUE;
    }
  return FALSE;
}

static gboolean
parse_for_machines (const char  *text,
                    double      *out,
                    GError     **error)
{
  g_autofree char *copy = g_strstrip (g_strdup (text));
  char *end = NULL;
  double value;

  if (*copy == '\0')
    return number_error (error, HC_NUMBER_ERROR_EMPTY, text, _("no number"));
  /* g_ascii_strtod() also reads hexadecimal, "inf" and "nan". */
  if (strspn (copy, "0123456789+-.eE") != strlen (copy))
    return number_error (error, HC_NUMBER_ERROR_INVALID, text, _("not a number"));
  value = g_ascii_strtod (copy, &end);
  if (end == copy || *end != '\0')
    return number_error (error, HC_NUMBER_ERROR_INVALID, text, _("not a number"));
  if (!isfinite (value))
    return number_error (error, HC_NUMBER_ERROR_RANGE, text, _("too large"));
  *out = value;
  return TRUE;
}

/* Moves the decimal point of "int.frac" @exponent places to the right in
 * the text, so that "1.07" M is read as exactly 1070000. */
static char *
shift_decimal (const char *int_digits,
               const char *frac_digits,
               int         exponent)
{
  GString *s = g_string_new (*int_digits != '\0' ? int_digits : "0");
  gsize frac_len = strlen (frac_digits);

  for (int i = 0; i < exponent; i++)
    g_string_append_c (s, (gsize) i < frac_len ? frac_digits[i] : '0');
  if ((gsize) exponent < frac_len)
    {
      g_string_append_c (s, '.');
      g_string_append (s, frac_digits + exponent);
    }
  return g_string_free (s, FALSE);
}

static gboolean
parse_for_people (const char  *text,
                  double      *out,
                  GError     **error)
{
  NumberStyle style;
  g_autoptr(GString) int_digits = g_string_new (NULL);
  g_autoptr(GString) frac_digits = g_string_new (NULL);
  g_autoptr(GArray) groups = g_array_new (FALSE, FALSE, sizeof (gsize));
  gboolean negative = FALSE, have_sign = FALSE, have_currency = FALSE;
  gboolean have_suffix = FALSE, have_percent = FALSE, in_fraction = FALSE;
  gboolean grouped = FALSE, group_is_punct = FALSE;
  gsize group_len = 0;
  int exponent = 0;
  const char *p;
  g_autofree char *number = NULL;
  double value;

  number_style_get (&style);
  p = skip_spaces (text);
  if (*p == '\0')
    return number_error (error, HC_NUMBER_ERROR_EMPTY, text, _("no number"));

  /* What may come before the digits: a sign and a currency. */
  for (;;)
    {
      gsize len;

      p = skip_spaces (p);
      if (!have_sign && (len = match_sign (p, &negative)) > 0)
        have_sign = TRUE;
      else if (!have_currency && (len = match_currency (p)) > 0)
        have_currency = TRUE;
      else
        break;
      p += len;
    }

  /* The digits, grouped or not, and the fraction. */
  for (; *p != '\0';)
    {
      gunichar c = g_utf8_get_char (p);
      gboolean space = g_unichar_isspace (c);

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (in_fraction ? frac_digits : int_digits, *p);
          group_len++;
          p++;
        }
      else if (g_str_has_prefix (p, style.decimal) && !in_fraction)
        {
          in_fraction = TRUE;
          p += strlen (style.decimal);
        }
      else if (!in_fraction && int_digits->len > 0 && group_len > 0
               && (g_str_has_prefix (p, style.group) || space))
        {
          const char *after = space ? g_utf8_next_char (p) : p + strlen (style.group);

          /* A space before a unit or a currency ends the number. */
          if (space && !g_ascii_isdigit (*after))
            break;
          g_array_append_val (groups, group_len);
          group_len = 0;
          grouped = TRUE;
          group_is_punct |= !space;
          p = after;
        }
      else if (*p == '.' || *p == ',')
        {
          /* The other one of the two: a decimal point in some places, a
           * thousands separator in others. */
          return ambiguous (error, text, &style);
        }
      else
        break;
    }

  if (int_digits->len == 0 && frac_digits->len == 0)
    return number_error (error, HC_NUMBER_ERROR_INVALID, text, _("no digits"));
  if (in_fraction && frac_digits->len == 0)
    return number_error (error, HC_NUMBER_ERROR_INVALID, text,
                         _("no digits after “%s”"), style.decimal);
  if (grouped)
    {
      if (in_fraction)
        {
          /* The digits before the point are all in groups. */
          group_len = int_digits->len;
          for (guint i = 0; i < groups->len; i++)
            group_len -= g_array_index (groups, gsize, i);
        }
      g_array_append_val (groups, group_len);
      if (!groups_valid (groups, &style))
        {
          if (group_is_punct)
            return ambiguous (error, text, &style);
          return number_error (error, HC_NUMBER_ERROR_INVALID, text,
                               _("the digits are grouped oddly"));
        }
    }

  /* What may come after: a unit, a currency, a percent sign. */
  for (;;)
    {
      gsize len;

      p = skip_spaces (p);
      if (*p == '\0')
        break;
      /* The unit follows the digits, before anything else. */
      if (!have_suffix && (len = match_unit (p, &exponent)) > 0)
        ;
      else if (!have_currency && (len = match_currency (p)) > 0)
        have_currency = TRUE;
      else if (!have_percent && *p == '%')
        have_percent = TRUE, len = 1;
      else
        {
          g_autofree char *what = g_strndup (p, g_utf8_next_char (p) - p);

          return number_error (error, HC_NUMBER_ERROR_INVALID, text,
                               _("“%s” is no part of a number"), what);
        }
      have_suffix = TRUE;
      p += len;
    }

  number = shift_decimal (int_digits->str, frac_digits->str, exponent);
  value = g_ascii_strtod (number, NULL);
  if (!isfinite (value))
    return number_error (error, HC_NUMBER_ERROR_RANGE, text, _("too large"));
  *out = negative && value != 0 ? -value : value;
  return TRUE;
}

gboolean
hc_parse_number (HcFormatMode  mode,
                 const char   *text,
                 double       *out,
                 GError      **error)
{
  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (out != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  if (!g_utf8_validate (text, -1, NULL))
    return number_error (error, HC_NUMBER_ERROR_INVALID, "", _("not text"));
  if (mode == HC_FORMAT_FOR_MACHINES)
    return parse_for_machines (text, out, error);
  return parse_for_people (text, out, error);
}

/* Money ---------------------------------------------------------------- */

static const char *
currency_symbol (const char *currency)
{
  if (currency == NULL || *currency == '\0')
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    if (g_str_equal (currency_symbols[i].code, currency))
      return currency_symbols[i].symbol;
  return currency;
}

/* @number is unsigned; the sign goes in front of everything: "−$5K",
 * "−5K $". */
static char *
place_currency (const NumberStyle *style,
                gboolean           negative,
                const char        *number,
                const char        *currency)
{
  const char *symbol = currency_symbol (currency);
  const char *sign = negative ? MINUS_SIGN : "";
  /* A code needs the space a symbol does not: "CHF 185K". */
  gboolean is_code = symbol == currency;

  if (symbol == NULL)
    return g_strconcat (sign, number, NULL);
  if (style->symbol_first)
    return g_strconcat (sign, symbol, style->symbol_space || is_code ? " " : "", number, NULL);
  return g_strconcat (sign, number, " ", symbol, NULL);
}

char *
hc_format_money (double      amount,
                 const char *currency)
{
  NumberStyle style;
  g_autofree char *number = NULL;

  number_style_get (&style);
  number = format_unsigned (amount, 0, TRUE, &style);
  return place_currency (&style, shows_negative (amount, 0), number, currency);
}

/* Three significant digits ("1.07", "12.5", "185"), trailing zeros
 * dropped: a board compares $1.07M with $1.16M, which one decimal would
 * show as the same figure. */
static char *
format_scaled (const NumberStyle *style,
               double             value,
               int                exponent)
{
  int decimals = value < 9.995 ? 2 : value < 99.95 ? 1 : 0;
  g_autofree char *number = format_unsigned (value, decimals, TRUE, style);
  const char *pattern = compact_pattern (exponent);
  const char *hole = strstr (pattern, "%s");
  g_autofree char *before = NULL;

  /* A translation without its "%s" still shows the number. */
  if (hole == NULL)
    return g_strconcat (number, pattern, NULL);
  before = g_strndup (pattern, hole - pattern);
  return g_strconcat (before, number, hole + 2, NULL);
}

char *
hc_format_money_compact (double      amount,
                         const char *currency)
{
  NumberStyle style;
  g_autofree char *number = NULL;
  double v = fabs (amount);

  number_style_get (&style);
  /* Rounding 999,600 to "1000K" would read oddly: move to the next unit
   * when the rounded figure reaches a thousand. */
  if (v >= 999.5e6)
    number = format_scaled (&style, v / 1e9, 9);
  else if (v >= 999.5e3)
    number = format_scaled (&style, v / 1e6, 6);
  else if (v >= 999.5)
    number = format_scaled (&style, v / 1e3, 3);
  else
    number = format_unsigned (v, 0, TRUE, &style);

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

/* Weeks ---------------------------------------------------------------- */

/* A week offset w falls in week ceil(w) (week 1 is [0, 1)); the same for
 * months of 52/12 weeks. */
static guint
week_number (double offset)
{
  return MAX (1, (guint) ceil (offset - 1e-9));
}

static guint
month_number (double offset)
{
  return MAX (1, (guint) ceil (offset / HC_WEEKS_PER_MONTH - 1e-9));
}

char *
hc_format_week_range (HcRange range)
{
  guint w1 = week_number (range.low), w2 = week_number (range.high);
  guint m1 = month_number (range.low), m2 = month_number (range.high);
  g_autofree char *weeks = NULL;
  g_autofree char *months = NULL;

  if (w1 == w2)
    weeks = g_strdup_printf (_("week %u"), w1);
  else
    weeks = g_strdup_printf (_("weeks %u–%u"), w1, w2);
  if (m1 == m2)
    months = g_strdup_printf (_("month %u"), m1);
  else
    months = g_strdup_printf (_("months %u–%u"), m1, m2);
  return g_strdup_printf ("%s · %s", weeks, months);
}
