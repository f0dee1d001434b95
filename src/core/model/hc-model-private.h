/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hc-types.h"

G_BEGIN_DECLS

/* Shared by the model types: each emits "changed" (no arguments) after any
 * change to it, after the property's own notify, so that the plan can
 * follow every object with one handler. */
guint _hc_model_changed_signal_new (GType type);

/* Replaces *@field by a copy of @value; TRUE if it changed. */
gboolean _hc_model_set_string (char       **field,
                               const char  *value);

static inline gboolean
_hc_model_string_differs (const char *field,
                          const char *value)
{
  return g_strcmp0 (field, value != NULL ? value : "") != 0;
}

/* Called by every setter just before it changes a value, so that a plan
 * that records (hc_plan_begin_recording()) can undo it.  Cheap when the
 * object is in no plan or its plan does not record. */
void _hc_model_record_property    (gpointer     object,
                                   GParamSpec  *pspec);
/* A role's salary or ramp-up at one seniority, which are no properties. */
void _hc_model_record_role_range  (HcRole      *role,
                                   gboolean     ramp_up,
                                   HcSeniority  seniority);
/* A phase's unit, first and last, which change together. */
void _hc_model_record_phase_range (HcPhase     *phase);

G_END_DECLS
