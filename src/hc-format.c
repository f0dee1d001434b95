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

char *
hc_format_week_range (HcRange range)
{
  /* The core's words, so that the window and the command line agree. */
  return hc_format_week_month_span (range);
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
