/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-chart"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "hc-chart-format.h"

typedef struct
{
  const char *code;
  const char *symbol;
} CurrencySymbol;

/* Symbols a reader recognises without the code; any other currency is
 * written with its code, which is never ambiguous. */
static const CurrencySymbol currency_symbols[] = {
  { "USD", "$" }, { "EUR", "€" }, { "GBP", "£" }, { "JPY", "¥" },
  { "CNY", "CN¥" }, { "INR", "₹" }, { "CAD", "CA$" }, { "AUD", "A$" },
  { "NZD", "NZ$" }, { "BRL", "R$" }, { "KRW", "₩" }, { "ILS", "₪" },
};

static char *
currency_prefix (const char *currency)
{
  if (currency == NULL || *currency == '\0')
    return g_strdup ("");

  for (guint i = 0; i < G_N_ELEMENTS (currency_symbols); i++)
    if (g_str_equal (currency_symbols[i].code, currency))
      return g_strdup (currency_symbols[i].symbol);

  return g_strdup_printf ("%s ", currency);
}

static const char *
grouping_separator (void)
{
  const struct lconv *lc = localeconv ();

  /* The C locale groups nothing; an unseparated "$1234567" is hard to read
   * on a slide, so fall back to the comma. */
  if (lc->thousands_sep != NULL && lc->thousands_sep[0] != '\0')
    return lc->thousands_sep;
  return ",";
}

static char *
group_digits (guint64 value)
{
  g_autofree char *digits = g_strdup_printf ("%" G_GUINT64_FORMAT, value);
  const char *sep = grouping_separator ();
  GString *out = g_string_new (NULL);
  gsize len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, sep);
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

char *
hc_chart_format_money (double      amount,
                       const char *currency)
{
  g_autofree char *prefix = currency_prefix (currency);
  g_autofree char *digits = group_digits ((guint64) llround (fabs (amount)));

  return g_strdup_printf ("%s%s%s", llround (amount) < 0 ? "−" : "", prefix, digits);
}

/* Three significant digits ("$1.07M", "$12.5M", "$185K"), without
 * trailing zeros ("$1.2M", "$1M"): a board compares $1.07M with $1.16M,
 * which one decimal would show as the same figure. */
static char *
format_scaled (double value, const char *unit)
{
  int decimals = value < 9.995 ? 2 : value < 99.95 ? 1 : 0;
  double scale = pow (10, decimals);
  /* Halves round up, as people do: 1.065 (stored as 1.06499…) is 1.07. */
  g_autofree char *number = g_strdup_printf ("%.*f", decimals,
                                             floor (value * scale + 0.5 + 1e-9) / scale);

  if (decimals > 0)
    {
      char *end = number + strlen (number) - 1;

      while (*end == '0')
        *end-- = '\0';
      if (*end == '.')
        *end = '\0';
    }
  return g_strconcat (number, unit, NULL);
}

char *
hc_chart_format_money_compact (double      amount,
                               const char *currency)
{
  g_autofree char *prefix = currency_prefix (currency);
  g_autofree char *number = NULL;
  double v = fabs (amount);

  /* Rounding 999,600 to "1000K" would read oddly: move to the next unit
   * when the rounded figure reaches a thousand. */
  if (v >= 999.5e6)
    number = format_scaled (v / 1e9, "B");
  else if (v >= 999.5e3)
    number = format_scaled (v / 1e6, "M");
  else if (v >= 999.5)
    number = format_scaled (v / 1e3, "K");
  else
    number = g_strdup_printf ("%.0f", round (v));

  return g_strdup_printf ("%s%s%s", amount <= -0.5 ? "−" : "", prefix, number);
}

static char *
join_range (char *low, char *high)
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
hc_chart_format_money_range_compact (HcRange     range,
                                     const char *currency)
{
  return join_range (hc_chart_format_money_compact (range.low, currency),
                     hc_chart_format_money_compact (range.high, currency));
}

char *
hc_chart_format_money_range (HcRange     range,
                             const char *currency)
{
  return join_range (hc_chart_format_money (range.low, currency),
                     hc_chart_format_money (range.high, currency));
}

char *
hc_chart_format_percent_range (HcRange range)
{
  g_autofree char *low = g_strdup_printf ("%g", round (range.low * 10) / 10);
  g_autofree char *high = g_strdup_printf ("%g", round (range.high * 10) / 10);

  if (g_str_equal (low, high))
    return g_strdup_printf ("%s %%", low);
  return g_strdup_printf ("%s–%s %%", low, high);
}

GDate
hc_chart_date_for_week (const GDate *start,
                        double       week)
{
  GDate date = *start;
  long days = lround (week * 7.0);

  if (!g_date_valid (&date))
    return date;
  if (days > 0)
    g_date_add_days (&date, (guint) days);
  else if (days < 0)
    g_date_subtract_days (&date, (guint) -days);
  return date;
}

double
hc_chart_week_for_date (const GDate *start,
                        const GDate *date)
{
  return g_date_days_between (start, date) / 7.0;
}

static char *
format_date_with (const GDate *date, const char *format)
{
  char buf[128];

  if (date == NULL || !g_date_valid (date))
    return g_strdup ("");
  if (g_date_strftime (buf, sizeof buf, format, date) == 0)
    return g_strdup ("");
  return g_strdup (buf);
}

char *
hc_chart_format_date (const GDate *date)
{
  return format_date_with (date, "%-d %b %Y");
}

char *
hc_chart_format_date_short (const GDate *date)
{
  return format_date_with (date, "%-d %b");
}
