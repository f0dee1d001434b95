/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-format"

#include "config.h"

#include <math.h>
#include <string.h>
#include <glib/gi18n.h>

#include "hc-chart-format.h"
#include "hc-format.h"
#include "hc-timeline.h"

char *
hc_format_money_mid (HcRange     range,
                     const char *currency)
{
  g_autofree char *mid = hc_chart_format_money_compact (hc_range_mid (range), currency);

  /* Translators: the midpoint of a low–high range of money */
  return g_strdup_printf (_("midpoint %s"), mid);
}

/* Months of 52/12 weeks; weeks are the core's (hc_week_number()). */
static guint
month_number (double offset)
{
  return MAX (1, (guint) ceil (offset / HC_WEEKS_PER_MONTH - 1e-9));
}

char *
hc_format_week_range (HcRange range)
{
  guint m1 = month_number (range.low), m2 = month_number (range.high);
  g_autofree char *weeks = NULL;
  g_autofree char *months = NULL;

  /* The core's words, so that the window and the command line agree. */
  weeks = hc_format_week_span (range);
  if (m1 == m2)
    months = g_strdup_printf (_("month %u"), m1);
  else
    months = g_strdup_printf (_("months %u–%u"), m1, m2);
  return g_strdup_printf ("%s · %s", weeks, months);
}

char *
hc_format_plain_number (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  if (value == floor (value) && fabs (value) < 1e15)
    return g_strdup_printf ("%.0f", value);
  g_ascii_formatd (buf, sizeof buf, "%.4g", value);
  return g_strdup (buf);
}

static char *
strip_number_text (const char *text)
{
  GString *s = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      /* Thousands separators, spaces and the currency signs people type. */
      if (*p == ',' || *p == ' ' || *p == '_' || *p == '$' || *p == '%')
        continue;
      g_string_append_c (s, *p);
    }
  return g_string_free (s, FALSE);
}

gboolean
hc_parse_number (const char *text,
                 double     *out)
{
  g_autofree char *clean = NULL;
  char *end = NULL;
  double value, factor = 1.0;

  g_return_val_if_fail (out != NULL, FALSE);

  if (text == NULL)
    return FALSE;
  clean = strip_number_text (text);
  if (clean[0] == '\0')
    return FALSE;
  value = g_ascii_strtod (clean, &end);
  if (end == clean)
    return FALSE;
  if (*end == 'k' || *end == 'K')
    factor = 1e3, end++;
  else if (*end == 'm' || *end == 'M')
    factor = 1e6, end++;
  if (*end != '\0' || !isfinite (value))
    return FALSE;
  *out = value * factor;
  return TRUE;
}
