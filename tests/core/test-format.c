/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-format"

#include "config.h"

#include <locale.h>
#include <math.h>
#include <string.h>

#include "headcount-core.h"
#include "../hc-test.h"

/* Two kinds of test: the exact text under a named locale (each switches
 * to it and back), and round trips under whatever locale the test runs in
 * (meson runs this program under C.UTF-8 and again under de_DE.UTF-8). */

static char *saved_locale;

static gboolean
use_locale (const char *name)
{
  g_free (saved_locale);
  saved_locale = g_strdup (setlocale (LC_ALL, NULL));
  if (setlocale (LC_ALL, name) != NULL)
    return TRUE;
  g_error ("the %s locale is not installed (locales-all; build-aux/setup.sh)", name);
  return FALSE;
}

static void
restore_locale (void)
{
  setlocale (LC_ALL, saved_locale);
  g_clear_pointer (&saved_locale, g_free);
}

typedef struct
{
  double      amount;
  const char *currency;
  const char *english;
  const char *german;
} MoneyCase;

static const MoneyCase compact_cases[] = {
  { 185000, "USD", "$185K", "185\u00a0Tsd.\u00a0$" },
  { 1000000, "EUR", "€1M", "1\u00a0Mio.\u00a0€" },
  { 1000, "EUR", "€1K", "1\u00a0Tsd.\u00a0€" },
  { 1200000, "USD", "$1.2M", "1,2\u00a0Mio.\u00a0$" },
  { 1500000, "USD", "$1.5M", "1,5\u00a0Mio.\u00a0$" },
  { 1065000, "USD", "$1.07M", "1,07\u00a0Mio.\u00a0$" },
  { 1064999, "USD", "$1.06M", "1,06\u00a0Mio.\u00a0$" },
  { 999600, "USD", "$1M", "1\u00a0Mio.\u00a0$" },
  { 12500, "USD", "$12.5K", "12,5\u00a0Tsd.\u00a0$" },
  { 12340000, "USD", "$12.3M", "12,3\u00a0Mio.\u00a0$" },
  { 250000, "EUR", "€250K", "250\u00a0Tsd.\u00a0€" },
  { 1500, "USD", "$1.5K", "1,5\u00a0Tsd.\u00a0$" },
  { 950, "USD", "$950", "950\u00a0$" },
  { 0, "USD", "$0", "0\u00a0$" },
  { -0.2, "USD", "$0", "0\u00a0$" },
  { 2500000000.0, "USD", "$2.5B", "2,5\u00a0Mrd.\u00a0$" },
  { 185000, "CHF", "CHF\u00a0185K", "185\u00a0Tsd.\u00a0CHF" },
  { -5000, "GBP", "−£5K", "−5\u00a0Tsd.\u00a0£" },
  { 1500000, NULL, "1.5M", "1,5\u00a0Mio." },
};

static const MoneyCase full_cases[] = {
  { 185000, "USD", "$185,000", "185.000\u00a0$" },
  { 1234567.4, "USD", "$1,234,567", "1.234.567\u00a0$" },
  { 1500000, "EUR", "€1,500,000", "1.500.000\u00a0€" },
  { 999, "EUR", "€999", "999\u00a0€" },
  { 1000, "EUR", "€1,000", "1.000\u00a0€" },
  { -2500.5, "USD", "−$2,501", "−2.501\u00a0$" },
  { 42, "CHF", "CHF\u00a042", "42\u00a0CHF" },
};

static void
check_money (gboolean german)
{
  for (guint i = 0; i < G_N_ELEMENTS (compact_cases); i++)
    {
      const MoneyCase *c = &compact_cases[i];
      g_autofree char *text = hc_format_money_compact (c->amount, c->currency);

      g_assert_cmpstr (text, ==, german ? c->german : c->english);
    }
  for (guint i = 0; i < G_N_ELEMENTS (full_cases); i++)
    {
      const MoneyCase *c = &full_cases[i];
      g_autofree char *text = hc_format_money (c->amount, c->currency);

      g_assert_cmpstr (text, ==, german ? c->german : c->english);
    }
}

static void
test_money_english (void)
{
  g_autofree char *range = NULL;
  g_autofree char *compact = NULL;
  g_autofree char *same = NULL;
  g_autofree char *mid = NULL;

  if (!use_locale ("C.UTF-8"))
    return;
  check_money (FALSE);
  range = hc_format_money_range (hc_range_make (805000, 1065000), "USD");
  compact = hc_format_money_range_compact (hc_range_make (805000, 1065000), "USD");
  same = hc_format_money_range_compact (hc_range_make (3000, 3000), "USD");
  mid = hc_format_money_mid (hc_range_make (800000, 1000000), "USD");
  g_assert_cmpstr (range, ==, "$805,000–$1,065,000");
  g_assert_cmpstr (compact, ==, "$805K–$1.07M");
  g_assert_cmpstr (same, ==, "$3K");
  g_assert_cmpstr (mid, ==, "midpoint $900K");
  restore_locale ();
}

static void
test_money_german (void)
{
  g_autofree char *range = NULL;
  g_autofree char *compact = NULL;

  if (!use_locale ("de_DE.UTF-8"))
    return;
  check_money (TRUE);
  range = hc_format_money_range (hc_range_make (805000, 1065000), "EUR");
  compact = hc_format_money_range_compact (hc_range_make (805000, 1065000), "EUR");
  g_assert_cmpstr (range, ==, "805.000\u00a0€–1.065.000\u00a0€");
  g_assert_cmpstr (compact, ==, "805\u00a0Tsd.\u00a0€–1,07\u00a0Mio.\u00a0€");
  restore_locale ();
}

static void
test_numbers (void)
{
  struct { double value; int decimals; const char *english, *german, *machine; } cases[] = {
    { 1234567.25, 2, "1,234,567.25", "1.234.567,25", "1234567.25" },
    { 22.5, 1, "22.5", "22,5", "22.5" },
    { 22.0, 2, "22", "22", "22.00" },
    { 1.065, 2, "1.07", "1,07", "1.06" }, /* people round halves up; printf does not */
    { -0.001, 2, "0", "0", "0.00" },
    { -1500, 0, "−1,500", "−1.500", "-1500" },
    { 999.999, 2, "1,000", "1.000", "1000.00" },
  };
  const char *locales[] = { "C.UTF-8", "de_DE.UTF-8" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      if (!use_locale (locales[l]))
        return;
      for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
        {
          g_autofree char *people = hc_format_number (HC_FORMAT_FOR_PEOPLE, cases[i].value, cases[i].decimals);
          g_autofree char *machine = hc_format_number (HC_FORMAT_FOR_MACHINES, cases[i].value, cases[i].decimals);

          g_assert_cmpstr (people, ==, l == 0 ? cases[i].english : cases[i].german);
          g_assert_cmpstr (machine, ==, cases[i].machine);
        }
      restore_locale ();
    }
}

static void
test_percent_and_weeks (void)
{
  const char *locales[] = { "C.UTF-8", "de_DE.UTF-8" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      g_autofree char *range = NULL;
      g_autofree char *one = NULL;
      g_autofree char *weeks = NULL;
      g_autofree char *entry = NULL;
      GDate feb;

      if (!use_locale (locales[l]))
        return;
      range = hc_format_percent_range (hc_range_make (15, 25));
      one = hc_format_percent_range (hc_range_make (22.54, 22.54));
      /* From 1 Feb 2027, offset 9.5 falls in the month from 1 April and
       * 17.2 (day 120.4) in the month from 1 June. */
      g_date_clear (&feb, 1);
      g_date_set_dmy (&feb, 1, G_DATE_FEBRUARY, 2027);
      weeks = hc_format_week_month_span (hc_range_make (9.5, 17.2), &feb);
      entry = hc_format_number_for_entry (22.5);
      g_assert_cmpstr (range, ==, "15–25 %");
      g_assert_cmpstr (one, ==, l == 0 ? "22.5 %" : "22,5 %");
      g_assert_cmpstr (weeks, ==, "weeks 10–18 · Apr–Jun 2027");
      g_assert_cmpstr (entry, ==, l == 0 ? "22.5" : "22,5");
      restore_locale ();
    }
}

typedef struct
{
  const char *text;
  double      value;   /* when code is -1 */
  int         code;    /* an HcNumberError, or -1 for a number */
} ParseCase;

static void
check_parse (const ParseCase *cases,
             guint            n)
{
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GError) error = NULL;
      double value = -12345;
      gboolean ok = hc_parse_number (HC_FORMAT_FOR_PEOPLE, cases[i].text, &value, &error);

      if (cases[i].code < 0)
        {
          if (!ok)
            g_error ("“%s” under %s: %s", cases[i].text, setlocale (LC_NUMERIC, NULL), error->message);
          g_assert_cmpfloat (value, ==, cases[i].value);
        }
      else
        {
          if (ok)
            g_error ("“%s” under %s was read as %g", cases[i].text, setlocale (LC_NUMERIC, NULL), value);
          g_assert_error (error, HC_NUMBER_ERROR, cases[i].code);
          /* The message says what was typed. */
          g_assert_nonnull (strstr (error->message, cases[i].text));
          g_assert_cmpfloat (value, ==, -12345);
        }
    }
}

static void
test_parse_english (void)
{
  static const ParseCase cases[] = {
    { "150000", 150000, -1 },
    { "150,000", 150000, -1 },
    { "1,500,000", 1500000, -1 },
    { "150 000", 150000, -1 },
    { "150K", 150000, -1 },
    { "150k", 150000, -1 },
    { "1.5M", 1500000, -1 },
    { "1.07M", 1070000, -1 },
    { "2.5B", 2500000000.0, -1 },
    { "$1.5M", 1500000, -1 },
    { "€250K", 250000, -1 },
    { "CHF 185K", 185000, -1 },
    { "185K CHF", 185000, -1 },
    { "22.5", 22.5, -1 },
    { " 22.5 % ", 22.5, -1 },
    { ".5", 0.5, -1 },
    { "-5K", -5000, -1 },
    { "−$5,000", -5000, -1 },
    { "$-5K", -5000, -1 },
    { "1.5 Mio", 1500000, -1 },
    { "-0", 0, -1 },
    { "22,5", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "1,5M", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "1.500.000", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "1,000.5,5", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "5,", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "1 5", 0, HC_NUMBER_ERROR_INVALID },
    { "5.", 0, HC_NUMBER_ERROR_INVALID },
    { "abc", 0, HC_NUMBER_ERROR_INVALID },
    { "5 mice", 0, HC_NUMBER_ERROR_INVALID },
    { "5KM", 0, HC_NUMBER_ERROR_INVALID },
    { "0x10", 0, HC_NUMBER_ERROR_INVALID },
    { "1e6", 0, HC_NUMBER_ERROR_INVALID },
    { "--5", 0, HC_NUMBER_ERROR_INVALID },
    { "", 0, HC_NUMBER_ERROR_EMPTY },
    { "   ", 0, HC_NUMBER_ERROR_EMPTY },
  };

  if (!use_locale ("C.UTF-8"))
    return;
  check_parse (cases, G_N_ELEMENTS (cases));
  restore_locale ();
}

static void
test_parse_german (void)
{
  static const ParseCase cases[] = {
    { "22,5", 22.5, -1 },
    { "1,5M", 1500000, -1 },
    { "1,5 Mio", 1500000, -1 },
    { "1,5 Mio. €", 1500000, -1 },
    { "1,07 mio.", 1070000, -1 },
    { "250 Tsd. €", 250000, -1 },
    { "2 Mrd.", 2000000000.0, -1 },
    { "1.500.000", 1500000, -1 },
    { "1.500.000 $", 1500000, -1 },
    { "1.500.000,50", 1500000.5, -1 },
    { "150 000", 150000, -1 },
    { "1,500", 1.5, -1 },
    { "−5.000 $", -5000, -1 },
    { "22.5", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "1.5M", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "1,500,000", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "5.", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "5,", 0, HC_NUMBER_ERROR_INVALID },
    { "Mio", 0, HC_NUMBER_ERROR_INVALID },
  };

  if (!use_locale ("de_DE.UTF-8"))
    return;
  check_parse (cases, G_N_ELEMENTS (cases));
  restore_locale ();
}

/* A locale that groups with a (narrow, no-break) space: French. */
static void
test_parse_french (void)
{
  static const ParseCase cases[] = {
    { "1 500 000,5", 1500000.5, -1 },
    { "1\xc2\xa0" "500", 1500, -1 },      /* no-break space */
    { "1\xe2\x80\xaf" "500 €", 1500, -1 }, /* narrow no-break space */
    { "22,5 %", 22.5, -1 },
    { "1,5M", 1500000, -1 },
    { "1.5", 0, HC_NUMBER_ERROR_AMBIGUOUS },
    { "1 50", 0, HC_NUMBER_ERROR_INVALID },
  };
  g_autofree char *money = NULL;
  double back;

  if (!use_locale ("fr_FR.UTF-8"))
    return;
  check_parse (cases, G_N_ELEMENTS (cases));
  money = hc_format_money (1234567, "EUR");
  g_assert_true (g_str_has_suffix (money, "\u00a0€"));
  g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, money, &back, NULL));
  g_assert_cmpfloat (back, ==, 1234567);
  restore_locale ();
}

static void
test_parse_machines (void)
{
  const char *locales[] = { "C.UTF-8", "de_DE.UTF-8" };

  for (guint l = 0; l < G_N_ELEMENTS (locales); l++)
    {
      double value = 0;
      g_autoptr(GError) comma = NULL;
      g_autoptr(GError) unit = NULL;
      g_autoptr(GError) hex = NULL;

      if (!use_locale (locales[l]))
        return;
      g_assert_true (hc_parse_number (HC_FORMAT_FOR_MACHINES, "1234.5", &value, NULL));
      g_assert_cmpfloat (value, ==, 1234.5);
      g_assert_true (hc_parse_number (HC_FORMAT_FOR_MACHINES, "-1e6", &value, NULL));
      g_assert_cmpfloat (value, ==, -1e6);
      g_assert_false (hc_parse_number (HC_FORMAT_FOR_MACHINES, "1234,5", &value, &comma));
      g_assert_error (comma, HC_NUMBER_ERROR, HC_NUMBER_ERROR_INVALID);
      g_assert_false (hc_parse_number (HC_FORMAT_FOR_MACHINES, "1.5M", &value, &unit));
      g_assert_error (unit, HC_NUMBER_ERROR, HC_NUMBER_ERROR_INVALID);
      g_assert_false (hc_parse_number (HC_FORMAT_FOR_MACHINES, "inf", &value, &hex));
      g_assert_error (hex, HC_NUMBER_ERROR, HC_NUMBER_ERROR_INVALID);
      restore_locale ();
    }
}

/* The "€1,M" defect: a separator with no digit after it. */
static void
assert_no_dangling_separator (const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    if ((*p == ',' || *p == '.') && p > text && g_ascii_isdigit (p[-1])
        && !g_ascii_isdigit (p[1]))
      g_error ("“%s” has a separator with no digit after it", text);
}

static const double sweep[] = {
  0, 0.5, 1, 9.99, 22.5, 99.95, 950, 999.4, 999.5, 1000, 1049, 1050, 1234.5,
  9995, 12500, 99950, 185000, 250000, 999600, 1000000, 1065000, 1499999,
  1500000, 12340000, 99950000, 999500000, 1e9, 2.5e9, 123456789012.0,
};

/* Under the locale the test runs in: what a person sees reads back as
 * what was shown. */
static void
test_round_trip_people (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (sweep); i++)
    for (int sign = 1; sign >= -1; sign -= 2)
      {
        double v = sign * sweep[i];
        g_autofree char *full = hc_format_money (v, "EUR");
        g_autofree char *compact = hc_format_money_compact (v, "USD");
        g_autofree char *number = hc_format_number (HC_FORMAT_FOR_PEOPLE, v, 2);
        g_autofree char *entry = hc_format_number_for_entry (v);
        g_autofree char *percent = hc_format_percent_range (hc_range_make (v, v));
        double full_back, compact_back, number_back, entry_back, percent_back;
        g_autoptr(GError) error = NULL;

        assert_no_dangling_separator (full);
        assert_no_dangling_separator (compact);
        assert_no_dangling_separator (number);
        assert_no_dangling_separator (percent);

        g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, full, &full_back, &error));
        g_assert_no_error (error);
        g_assert_cmpfloat (full_back, ==, sign * floor (sweep[i] + 0.5));
        g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, compact, &compact_back, &error));
        g_assert_no_error (error);
        /* Three significant digits, give or take the rounding. */
        g_assert_cmpfloat (fabs (compact_back - v), <=, fmax (0.5, fabs (v) * 0.005));
        g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, number, &number_back, &error));
        g_assert_no_error (error);
        g_assert_cmpfloat_with_epsilon (number_back, v, 0.005 + fabs (v) * 1e-15);
        g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, entry, &entry_back, &error));
        g_assert_no_error (error);
        g_assert_cmpfloat (entry_back, ==, v);
        g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, percent, &percent_back, &error));
        g_assert_no_error (error);
        g_assert_cmpfloat_with_epsilon (percent_back, v, 0.05 + fabs (v) * 1e-15);
      }
}

/* Random figures at every magnitude, and random text made of what
 * numbers are made of: the parser never crashes, never returns what is
 * not finite, and reads back every figure the formatter writes. */
static void
test_random (void)
{
  static const char *const pieces[] = {
    "0", "1", "5", "9", "12", "500", ".", ",", " ", "-", "−", "+", "$", "€",
    "CHF", "K", "k", "M", "Mio", "Tsd.", "B", "%", "e", "\xc2\xa0", "x",
  };

  for (guint i = 0; i < 2000; i++)
    {
      double magnitude = pow (10, g_test_rand_int_range (-3, 13));
      double v = g_test_rand_double_range (-magnitude, magnitude);
      g_autofree char *entry = hc_format_number_for_entry (v);
      g_autofree char *people = hc_format_number (HC_FORMAT_FOR_PEOPLE, v, 2);
      g_autofree char *compact = hc_format_money_compact (v, "EUR");
      double back;

      g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, entry, &back, NULL));
      g_assert_cmpfloat (back, ==, v);
      g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, people, &back, NULL));
      g_assert_cmpfloat (fabs (back - v), <=, 0.005 + fabs (v) * 1e-15);
      g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, compact, &back, NULL));
      g_assert_cmpfloat (fabs (back - v), <=, fmax (0.5, fabs (v) * 0.005));
    }

  for (guint i = 0; i < 5000; i++)
    {
      g_autoptr(GString) text = g_string_new (NULL);
      g_autoptr(GError) error = NULL;
      guint n = g_test_rand_int_range (0, 8);
      double value = 0;

      for (guint k = 0; k < n; k++)
        g_string_append (text, pieces[g_test_rand_int_range (0, G_N_ELEMENTS (pieces))]);
      if (hc_parse_number (HC_FORMAT_FOR_PEOPLE, text->str, &value, &error))
        g_assert_true (isfinite (value));
      else
        g_assert_true (error != NULL && error->domain == HC_NUMBER_ERROR);
    }
}

/* Both halves of a range read back. */
static void
test_round_trip_range (void)
{
  g_autofree char *text = hc_format_money_range (hc_range_make (805000, 1065000), "EUR");
  g_auto(GStrv) halves = g_strsplit (text, "–", -1);
  double low, high;

  g_assert_cmpuint (g_strv_length (halves), ==, 2);
  g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, halves[0], &low, NULL));
  g_assert_true (hc_parse_number (HC_FORMAT_FOR_PEOPLE, halves[1], &high, NULL));
  g_assert_cmpfloat (low, ==, 805000);
  g_assert_cmpfloat (high, ==, 1065000);
}

/* Machines read back exactly what they wrote, and the text does not
 * depend on the locale the program runs in. */
static void
test_round_trip_machines (void)
{
  static const double extra[] = { 0.1, 1.0 / 3, 1e-7, 6.02214076e23, 1234567.891 };

  for (guint i = 0; i < G_N_ELEMENTS (sweep) + G_N_ELEMENTS (extra); i++)
    {
      double v = i < G_N_ELEMENTS (sweep) ? -sweep[i] : extra[i - G_N_ELEMENTS (sweep)];
      g_autofree char *shortest = hc_format_number (HC_FORMAT_FOR_MACHINES, v, -1);
      g_autofree char *cents = hc_format_number (HC_FORMAT_FOR_MACHINES, v, 2);
      char c_text[G_ASCII_DTOSTR_BUF_SIZE];
      double back;

      g_assert_true (hc_parse_number (HC_FORMAT_FOR_MACHINES, shortest, &back, NULL));
      g_assert_cmpfloat (back, ==, v);
      g_assert_null (strchr (shortest, ','));
      g_ascii_formatd (c_text, sizeof c_text, "%.2f", v + 0.0);
      if (g_str_equal (c_text, "-0.00"))
        g_strlcpy (c_text, "0.00", sizeof c_text);
      g_assert_cmpstr (cents, ==, c_text);
    }

  /* As the plan files write them: whole numbers whole, fractions short. */
  {
    g_autofree char *whole = hc_format_number (HC_FORMAT_FOR_MACHINES, 1e15, -1);
    g_autofree char *tenth = hc_format_number (HC_FORMAT_FOR_MACHINES, 0.1, -1);
    g_autofree char *zero = hc_format_number (HC_FORMAT_FOR_MACHINES, -0.0, -1);
    g_autofree char *inf = hc_format_number (HC_FORMAT_FOR_MACHINES, -INFINITY, -1);

    g_assert_cmpstr (whole, ==, "1000000000000000");
    g_assert_cmpstr (tenth, ==, "0.1");
    g_assert_cmpstr (zero, ==, "0");
    g_assert_cmpstr (inf, ==, "-inf");
  }
}

int
main (int argc, char *argv[])
{
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/format/money/english", test_money_english);
  g_test_add_func ("/format/money/german", test_money_german);
  g_test_add_func ("/format/numbers", test_numbers);
  g_test_add_func ("/format/percent-and-weeks", test_percent_and_weeks);
  g_test_add_func ("/format/parse/english", test_parse_english);
  g_test_add_func ("/format/parse/german", test_parse_german);
  g_test_add_func ("/format/parse/french", test_parse_french);
  g_test_add_func ("/format/parse/machines", test_parse_machines);
  g_test_add_func ("/format/round-trip/people", test_round_trip_people);
  g_test_add_func ("/format/round-trip/range", test_round_trip_range);
  g_test_add_func ("/format/random", test_random);
  g_test_add_func ("/format/round-trip/machines", test_round_trip_machines);

  return g_test_run ();
}
