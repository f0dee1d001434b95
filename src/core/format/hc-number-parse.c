/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-format"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hc-format.h"
#include "hc-format-private.h"

/* Reading figures: what people type, in their locale's notation and the
 * one hc-format.c writes, and the C locale's numbers for machines. */

G_DEFINE_QUARK (hc-number-error-quark, hc_number_error)

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
  const char *pattern = _hc_compact_pattern (exponent);
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

static gsize
match_sign (const char *p,
            gboolean   *negative)
{
  if (*p == '-' || *p == '+')
    {
      *negative = *p == '-';
      return 1;
    }
  if (g_str_has_prefix (p, HC_MINUS_SIGN))
    {
      *negative = TRUE;
      return strlen (HC_MINUS_SIGN);
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
ambiguous (GError              **error,
           const char           *text,
           const HcNumberStyle  *style)
{
  if (g_unichar_isspace (g_utf8_get_char (style->group)))
    return number_error (error, HC_NUMBER_ERROR_AMBIGUOUS, text,
                         _("could be read two ways: write the decimal point as “%s” and group thousands with a space or not at all"),
                         style->decimal);
  return number_error (error, HC_NUMBER_ERROR_AMBIGUOUS, text,
                       _("could be read two ways: write the decimal point as “%s” and group thousands with “%s” or not at all"),
                       style->decimal, style->group);
}

/* Whether the integer groups, left to right, follow @style's grouping or
 * the plain thousands that everybody reads. */
static gboolean
groups_valid (const GArray        *groups,
              const HcNumberStyle *style)
{
  static const HcNumberStyle thousands = { .grouping = { 3, 0 } };
  const HcNumberStyle *styles[] = { style, &thousands };
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

      _hc_number_style_mark_groups (styles[s], total, sep);
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

/* What has been read of a number a person typed, step by step. */
typedef struct
{
  const char    *text;
  HcNumberStyle  style;
  GString       *int_digits;
  GString       *frac_digits;
  GArray        *groups;        /* lengths of the integer groups so far */
  gsize          group_len;     /* digits since the last separator */
  int            exponent;      /* of the unit: 3 for "K" */
  guint          negative : 1;
  guint          have_sign : 1;
  guint          have_currency : 1;
  guint          in_fraction : 1;
  guint          group_is_punct : 1;
} Reading;

static void
reading_clear (Reading *r)
{
  g_string_free (r->int_digits, TRUE);
  g_string_free (r->frac_digits, TRUE);
  g_array_unref (r->groups);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Reading, reading_clear)

/* Before the digits: a sign and a currency, in either order. */
static const char *
read_prefix (Reading    *r,
             const char *p)
{
  for (;;)
    {
      gboolean negative = FALSE;
      gsize len;

      p = skip_spaces (p);
      if (!r->have_sign && (len = match_sign (p, &negative)) > 0)
        r->have_sign = TRUE, r->negative = negative;
      else if (!r->have_currency && (len = _hc_currency_match (p)) > 0)
        r->have_currency = TRUE;
      else
        return p;
      p += len;
    }
}

/* The digits, grouped or not, and the fraction; stops at what is not part
 * of them.  FALSE (with @error) for the other one of "." and ",": a
 * decimal point in some places, a thousands separator in others. */
static gboolean
read_digits (Reading     *r,
             const char **pp,
             GError     **error)
{
  const char *p = *pp;

  while (*p != '\0')
    {
      gboolean space = g_unichar_isspace (g_utf8_get_char (p));

      if (g_ascii_isdigit (*p))
        {
          g_string_append_c (r->in_fraction ? r->frac_digits : r->int_digits, *p++);
          r->group_len++;
        }
      else if (!r->in_fraction && g_str_has_prefix (p, r->style.decimal))
        {
          r->in_fraction = TRUE;
          p += strlen (r->style.decimal);
        }
      else if (!r->in_fraction && r->group_len > 0
               && (space || g_str_has_prefix (p, r->style.group)))
        {
          const char *after = space ? g_utf8_next_char (p) : p + strlen (r->style.group);

          /* A space before a unit or a currency ends the number. */
          if (space && !g_ascii_isdigit (*after))
            break;
          g_array_append_val (r->groups, r->group_len);
          r->group_len = 0;
          r->group_is_punct |= !space;
          p = after;
        }
      else if (*p == '.' || *p == ',')
        return ambiguous (error, r->text, &r->style);
      else
        break;
    }
  *pp = p;
  return TRUE;
}

/* That there are digits, and that their groups are groups. */
static gboolean
check_digits (Reading  *r,
              GError  **error)
{
  gsize last = r->int_digits->len;

  if (r->int_digits->len == 0 && r->frac_digits->len == 0)
    return number_error (error, HC_NUMBER_ERROR_INVALID, r->text, _("no digits"));
  if (r->in_fraction && r->frac_digits->len == 0)
    return number_error (error, HC_NUMBER_ERROR_INVALID, r->text,
                         _("no digits after “%s”"), r->style.decimal);
  if (r->groups->len == 0)
    return TRUE;

  /* “0.925” groups no thousands: under German it reads as 0,925 written
   * the English way, not as 925. */
  if (r->int_digits->str[0] == '0' && r->group_is_punct)
    return ambiguous (error, r->text, &r->style);
  /* The last group: the integer digits after the last separator. */
  for (guint i = 0; i < r->groups->len; i++)
    last -= g_array_index (r->groups, gsize, i);
  g_array_append_val (r->groups, last);
  if (groups_valid (r->groups, &r->style))
    return TRUE;
  if (r->group_is_punct)
    return ambiguous (error, r->text, &r->style);
  return number_error (error, HC_NUMBER_ERROR_INVALID, r->text,
                       _("the digits are grouped oddly"));
}

/* After the digits: a unit first, then a currency and a percent sign. */
static gboolean
read_suffix (Reading     *r,
             const char  *p,
             GError     **error)
{
  gboolean first = TRUE, have_percent = FALSE;

  for (;; first = FALSE)
    {
      gsize len;

      p = skip_spaces (p);
      if (*p == '\0')
        return TRUE;
      if (first && (len = match_unit (p, &r->exponent)) > 0)
        ;
      else if (!r->have_currency && (len = _hc_currency_match (p)) > 0)
        r->have_currency = TRUE;
      else if (!have_percent && *p == '%')
        have_percent = TRUE, len = 1;
      else
        {
          g_autofree char *what = g_strndup (p, g_utf8_next_char (p) - p);

          return number_error (error, HC_NUMBER_ERROR_INVALID, r->text,
                               _("“%s” is no part of a number"), what);
        }
      p += len;
    }
}

static gboolean
parse_for_people (const char  *text,
                  double      *out,
                  GError     **error)
{
  g_auto(Reading) r = {
    .text = text,
    .int_digits = g_string_new (NULL),
    .frac_digits = g_string_new (NULL),
    .groups = g_array_new (FALSE, FALSE, sizeof (gsize)),
  };
  g_autofree char *number = NULL;
  const char *p;
  double value;

  _hc_number_style_get (&r.style);
  if (*skip_spaces (text) == '\0')
    return number_error (error, HC_NUMBER_ERROR_EMPTY, text, _("no number"));

  p = read_prefix (&r, text);
  if (!read_digits (&r, &p, error) || !check_digits (&r, error) || !read_suffix (&r, p, error))
    return FALSE;

  number = shift_decimal (r.int_digits->str, r.frac_digits->str, r.exponent);
  value = g_ascii_strtod (number, NULL);
  if (!isfinite (value))
    return number_error (error, HC_NUMBER_ERROR_RANGE, text, _("too large"));
  *out = r.negative && value != 0 ? -value : value;
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

