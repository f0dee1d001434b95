/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Every failure a user can cause with a plan file or an edit.  The message
 * of each error starts with where the problem is, so that a command line can
 * print "FILE:" in front of it:
 *   HC_PLAN_ERROR_SYNTAX, _ENCODING:  "LINE:COLUMN: what is wrong"
 *   HC_PLAN_ERROR_INVALID, _VERSION:  "$.json.path: what is wrong"
 *   the others:                        a sentence. */
#define HC_PLAN_ERROR (hc_plan_error_quark ())

typedef enum
{
  HC_PLAN_ERROR_SYNTAX,     /* not JSON */
  HC_PLAN_ERROR_ENCODING,   /* not UTF-8 */
  HC_PLAN_ERROR_TOO_LARGE,  /* too big or too deeply nested to be a plan */
  HC_PLAN_ERROR_NOT_A_PLAN, /* JSON, but "format" is not "headcount" */
  HC_PLAN_ERROR_VERSION,    /* a version this build cannot read */
  HC_PLAN_ERROR_INVALID,    /* a value that is missing, of the wrong type or out of range */
  HC_PLAN_ERROR_NOT_FOUND,  /* an unknown template, role or phase */
} HcPlanError;

GQuark hc_plan_error_quark (void);

G_END_DECLS
