/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hc-types.h"

G_BEGIN_DECLS

/* The one place where figures become text and text becomes figures.
 *
 * There are two audiences, and each function says which it serves:
 *
 *  - People (the window, the command line's text, the charts): the
 *    locale's decimal point and digit grouping (LC_NUMERIC), the plan's
 *    currency as a symbol placed where the locale puts it (LC_MONETARY:
 *    "$1,500,000" in English, "1.500.000 $" in German), and compact
 *    units from the translation, else from the region (LC_NUMERIC's
 *    language), else English: "$1.5M", "1,5 Mio. $".  The C locale
 *    groups nothing; for people it is read as English, with a comma
 *    between thousands.
 *
 *  - Machines (CSV, --json, .headcount): the C locale's numbers, always,
 *    whatever LC_NUMERIC says, so that the same plan gives the same bytes
 *    everywhere.
 *
 * Every function returns newly allocated text.  The people's forms use
 * "−" (U+2212) for minus, which the parser reads back.  They read the
 * locale through localeconv(), whose result the C library shares between
 * threads: call them from one thread (the main one).  The machines' forms
 * never look at the locale and are safe anywhere. */

typedef enum
{
  HC_FORMAT_FOR_PEOPLE,
  HC_FORMAT_FOR_MACHINES,
} HcFormatMode;

#define HC_NUMBER_ERROR (hc_number_error_quark ())

/* Why what a person typed is not a number.  Each message quotes the text
 * and, where it helps, the character at fault. */
typedef enum
{
  HC_NUMBER_ERROR_EMPTY,     /* nothing but spaces */
  HC_NUMBER_ERROR_INVALID,   /* a character or a unit that is no part of a number */
  HC_NUMBER_ERROR_AMBIGUOUS, /* "22.5" under a decimal-comma locale, "1,5" under English */
  HC_NUMBER_ERROR_RANGE,     /* too large to be a figure */
} HcNumberError;

GQuark   hc_number_error_quark          (void);

/* For people: @value rounded (halves up) to at most @decimals decimals,
 * trailing zeros dropped, grouped, with the locale's decimal point
 * ("1,234,567.5"; "1.234.567,5").  For machines: exactly @decimals
 * decimals ("1234567.50", as the CSV writes; never "-0.00"), or with a
 * negative @decimals as many digits as it takes to read the same double
 * back, as the plan files and --json write it ("1234567.5", "150000",
 * "0.1"); "nan", "inf" and "-inf" for what is not finite. */
char    *hc_format_number               (HcFormatMode  mode,
                                         double        value,
                                         int           decimals);
/* What an entry shows for a person to edit: no grouping, the locale's
 * decimal point, every digit needed to read @value back ("150000",
 * "22,5" under de_DE), ASCII "-". */
char    *hc_format_number_for_entry     (double        value);

/* Reads a number.  For machines: the C locale's form only ("-1234.5",
 * "1e6").  For people, what a person types: "150000", "150,000",
 * "150K", "1.2M", "22.5", "$150K", "15 %", "-5K" under English;
 * "22,5", "1.500.000", "1,5M", "1,5 Mio", "250 Tsd. €" under German.
 * Units: K, M, B and the German Tsd., Mio., Mrd. (any case, the dot
 * optional) and the translation's own.  Spaces, the currency symbols
 * and codes this file writes, and a percent sign are ignored.  What could
 * mean two things is refused, not guessed: "22,5" under English (22.5 or
 * 225?), "1.5" under German. */
gboolean hc_parse_number                (HcFormatMode  mode,
                                         const char   *text,
                                         double       *out,
                                         GError      **error);

/* Money in @currency (an ISO 4217 code; NULL or "" for none), for people.
 * Whole units, grouped: "$185,000", "1.234.567 €", "CHF 999". */
char    *hc_format_money                (double        amount,
                                         const char   *currency);
/* Three significant digits for axes and headlines: "$1.07M", "$185K",
 * "$950"; "1,07 Mio. €", "185 Tsd. €" under German. */
char    *hc_format_money_compact        (double        amount,
                                         const char   *currency);
/* "$805,000–$1,065,000" / "$805K–$1.07M", or one figure when low and high
 * print the same. */
char    *hc_format_money_range          (HcRange       range,
                                         const char   *currency);
char    *hc_format_money_range_compact  (HcRange       range,
                                         const char   *currency);
/* "midpoint $935K" */
char    *hc_format_money_mid            (HcRange       range,
                                         const char   *currency);
/* Percentages to a tenth: "15–25 %", "22,5 %". */
char    *hc_format_percent_range        (HcRange       range);
/* A span of month positions (hc_calendar_month_position()), to a tenth:
 * "months 1.4–2.3", "month 2.1". */
char    *hc_format_month_span           (HcRange       offsets_in_months);
/* Spans of weeks are hc_format_week_month_span() (hc-timeline.h): they
 * need the plan's start date to name its calendar months. */

G_END_DECLS
