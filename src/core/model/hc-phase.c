/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-phase"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hc-calendar.h"
#include "hc-enums.h"
#include "hc-extras-private.h"
#include "hc-model-private.h"
#include "hc-phase.h"

struct _HcPhase
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *description;
  HcTimeUnit  unit;
  guint       first;
  guint       last;
};

G_DEFINE_FINAL_TYPE (HcPhase, hc_phase, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_UNIT,
  PROP_FIRST,
  PROP_LAST,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static guint changed_signal;

static void
hc_phase_finalize (GObject *object)
{
  HcPhase *self = HC_PHASE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);

  G_OBJECT_CLASS (hc_phase_parent_class)->finalize (object);
}

static void
hc_phase_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  HcPhase *self = HC_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_UNIT: g_value_set_enum (value, self->unit); break;
    case PROP_FIRST: g_value_set_uint (value, self->first); break;
    case PROP_LAST: g_value_set_uint (value, self->last); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_phase_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  HcPhase *self = HC_PHASE (object);

  switch (prop_id)
    {
    case PROP_ID: hc_phase_set_id (self, g_value_get_string (value)); break;
    case PROP_NAME: hc_phase_set_name (self, g_value_get_string (value)); break;
    case PROP_DESCRIPTION: hc_phase_set_description (self, g_value_get_string (value)); break;
    case PROP_UNIT:
      hc_phase_set_range (self, g_value_get_enum (value), self->first, self->last);
      break;
    case PROP_FIRST:
      hc_phase_set_range (self, self->unit, g_value_get_uint (value), self->last);
      break;
    case PROP_LAST:
      hc_phase_set_range (self, self->unit, self->first, g_value_get_uint (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_phase_class_init (HcPhaseClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hc_phase_finalize;
  object_class->get_property = hc_phase_get_property;
  object_class->set_property = hc_phase_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_UNIT] = g_param_spec_enum ("unit", NULL, NULL, HC_TYPE_TIME_UNIT,
                                             HC_TIME_UNIT_WEEK, flags);
  properties[PROP_FIRST] = g_param_spec_uint ("first", NULL, NULL, 0, G_MAXUINT, 1, flags);
  properties[PROP_LAST] = g_param_spec_uint ("last", NULL, NULL, 0, G_MAXUINT, 1, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  changed_signal = _hc_model_changed_signal_new (HC_TYPE_PHASE);
}

static void
hc_phase_init (HcPhase *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->description = g_strdup ("");
  self->first = 1;
  self->last = 1;
}

HcPhase *
hc_phase_new (const char *id,
              const char *name,
              HcTimeUnit  unit,
              guint       first,
              guint       last)
{
  HcPhase *self = g_object_new (HC_TYPE_PHASE, NULL);

  _hc_model_set_string (&self->id, id);
  _hc_model_set_string (&self->name, name);
  self->unit = unit;
  self->first = first;
  self->last = last;
  return self;
}

HcPhase *
hc_phase_copy (HcPhase *phase)
{
  HcPhase *copy;

  g_return_val_if_fail (HC_IS_PHASE (phase), NULL);

  copy = hc_phase_new (phase->id, phase->name, phase->unit, phase->first, phase->last);
  _hc_model_set_string (&copy->description, phase->description);
  _hc_extras_copy (copy, phase);
  return copy;
}

#define STRING_ACCESSORS(field, PROP)                                  \
  const char *hc_phase_get_##field (HcPhase *self)                     \
  {                                                                    \
    g_return_val_if_fail (HC_IS_PHASE (self), NULL);                   \
    return self->field;                                                \
  }                                                                    \
  void hc_phase_set_##field (HcPhase *self, const char *value)         \
  {                                                                    \
    g_return_if_fail (HC_IS_PHASE (self));                             \
    if (!_hc_model_string_differs (self->field, value))                \
      return;                                                          \
    _hc_model_record_property (self, properties[PROP]);                \
    _hc_model_set_string (&self->field, value);                        \
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP]);      \
    g_signal_emit (self, changed_signal, 0);                           \
  }

STRING_ACCESSORS (id, PROP_ID)
STRING_ACCESSORS (name, PROP_NAME)
STRING_ACCESSORS (description, PROP_DESCRIPTION)

HcTimeUnit
hc_phase_get_unit (HcPhase *self)
{
  g_return_val_if_fail (HC_IS_PHASE (self), HC_TIME_UNIT_WEEK);
  return self->unit;
}

guint
hc_phase_get_first (HcPhase *self)
{
  g_return_val_if_fail (HC_IS_PHASE (self), 0);
  return self->first;
}

guint
hc_phase_get_last (HcPhase *self)
{
  g_return_val_if_fail (HC_IS_PHASE (self), 0);
  return self->last;
}

void
hc_phase_set_range (HcPhase    *self,
                    HcTimeUnit  unit,
                    guint       first,
                    guint       last)
{
  g_return_if_fail (HC_IS_PHASE (self));

  if (self->unit == unit && self->first == first && self->last == last)
    return;

  _hc_model_record_phase_range (self);
  g_object_freeze_notify (G_OBJECT (self));
  if (self->unit != unit)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_UNIT]);
  if (self->first != first)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FIRST]);
  if (self->last != last)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LAST]);
  self->unit = unit;
  self->first = first;
  self->last = last;
  g_object_thaw_notify (G_OBJECT (self));
  g_signal_emit (self, changed_signal, 0);
}

/* Where unit number @n (from 1) ends: "weeks 1–8" runs from the start of
 * week 1 to the end of week 8, "months 2–4" from the start of calendar
 * month 2 to the end of month 4. */
static double
unit_end_week (HcTimeUnit   unit,
               guint        n,
               const GDate *plan_start)
{
  if (unit == HC_TIME_UNIT_MONTH)
    return hc_calendar_week_for_month (plan_start, n);
  return n;
}

double
hc_phase_get_start_week (HcPhase     *self,
                         const GDate *plan_start)
{
  g_return_val_if_fail (HC_IS_PHASE (self), 0);
  g_return_val_if_fail (plan_start != NULL, 0);
  return unit_end_week (self->unit, MAX (self->first, 1) - 1, plan_start);
}

double
hc_phase_get_end_week (HcPhase     *self,
                       const GDate *plan_start)
{
  g_return_val_if_fail (HC_IS_PHASE (self), 0);
  g_return_val_if_fail (plan_start != NULL, 0);
  return unit_end_week (self->unit, self->last, plan_start);
}

char *
hc_phase_format_range (HcPhase *self)
{
  g_return_val_if_fail (HC_IS_PHASE (self), NULL);

  if (self->unit == HC_TIME_UNIT_MONTH)
    {
      if (self->first == self->last)
        return g_strdup_printf (_("Month %u"), self->first);
      /* Translators: a span of months, e.g. "Months 2–4" */
      return g_strdup_printf (_("Months %u–%u"), self->first, self->last);
    }
  if (self->first == self->last)
    return g_strdup_printf (_("Week %u"), self->first);
  /* Translators: a span of weeks, e.g. "Weeks 1–8" */
  return g_strdup_printf (_("Weeks %u–%u"), self->first, self->last);
}
