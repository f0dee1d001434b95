/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-position"

#include "config.h"

#include "hc-benchmarks.h"
#include "hc-enums.h"
#include "hc-extras-private.h"
#include "hc-model-private.h"
#include "hc-position.h"

struct _HcPosition
{
  GObject      parent_instance;

  char        *id;
  char        *role_id;
  char        *phase_id;
  char        *location;
  char        *notes;
  HcSeniority  seniority;
  HcSourcing   sourcing;
  HcSkills     skills;
  guint        count;
  double       location_adjustment;

  HcRange      salary;
  HcRange      time_to_hire;
  HcRange      relocation;
  double       earliest_start;
  guint        has_salary : 1;
  guint        has_time_to_hire : 1;
  guint        has_earliest_start : 1;
};

G_DEFINE_FINAL_TYPE (HcPosition, hc_position, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_ROLE_ID,
  PROP_PHASE_ID,
  PROP_LOCATION,
  PROP_NOTES,
  PROP_SENIORITY,
  PROP_SOURCING,
  PROP_SKILLS,
  PROP_COUNT,
  PROP_LOCATION_ADJUSTMENT,
  PROP_SALARY_OVERRIDE,
  PROP_TIME_TO_HIRE,
  PROP_EARLIEST_START_WEEK,
  PROP_RELOCATION,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static guint changed_signal;

static void
hc_position_changed (HcPosition *self,
                     guint       prop_id)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, changed_signal, 0);
}

static void
hc_position_finalize (GObject *object)
{
  HcPosition *self = HC_POSITION (object);

  g_free (self->id);
  g_free (self->role_id);
  g_free (self->phase_id);
  g_free (self->location);
  g_free (self->notes);

  G_OBJECT_CLASS (hc_position_parent_class)->finalize (object);
}

static void
hc_position_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  HcPosition *self = HC_POSITION (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_ROLE_ID: g_value_set_string (value, self->role_id); break;
    case PROP_PHASE_ID: g_value_set_string (value, self->phase_id); break;
    case PROP_LOCATION: g_value_set_string (value, self->location); break;
    case PROP_NOTES: g_value_set_string (value, self->notes); break;
    case PROP_SENIORITY: g_value_set_enum (value, self->seniority); break;
    case PROP_SOURCING: g_value_set_enum (value, self->sourcing); break;
    case PROP_SKILLS: g_value_set_flags (value, self->skills); break;
    case PROP_COUNT: g_value_set_uint (value, self->count); break;
    case PROP_LOCATION_ADJUSTMENT: g_value_set_double (value, self->location_adjustment); break;
    case PROP_SALARY_OVERRIDE:
      g_value_set_boxed (value, self->has_salary ? &self->salary : NULL);
      break;
    case PROP_TIME_TO_HIRE:
      g_value_set_boxed (value, self->has_time_to_hire ? &self->time_to_hire : NULL);
      break;
    case PROP_EARLIEST_START_WEEK:
      g_value_set_double (value, self->has_earliest_start ? self->earliest_start : -1);
      break;
    case PROP_RELOCATION: g_value_set_boxed (value, &self->relocation); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_position_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  HcPosition *self = HC_POSITION (object);
  double week;

  switch (prop_id)
    {
    case PROP_ID: hc_position_set_id (self, g_value_get_string (value)); break;
    case PROP_ROLE_ID: hc_position_set_role_id (self, g_value_get_string (value)); break;
    case PROP_PHASE_ID: hc_position_set_phase_id (self, g_value_get_string (value)); break;
    case PROP_LOCATION: hc_position_set_location (self, g_value_get_string (value)); break;
    case PROP_NOTES: hc_position_set_notes (self, g_value_get_string (value)); break;
    case PROP_SENIORITY: hc_position_set_seniority (self, g_value_get_enum (value)); break;
    case PROP_SOURCING: hc_position_set_sourcing (self, g_value_get_enum (value)); break;
    case PROP_SKILLS: hc_position_set_skills (self, g_value_get_flags (value)); break;
    case PROP_COUNT: hc_position_set_count (self, g_value_get_uint (value)); break;
    case PROP_LOCATION_ADJUSTMENT:
      hc_position_set_location_adjustment (self, g_value_get_double (value));
      break;
    case PROP_SALARY_OVERRIDE:
      hc_position_set_salary_override (self, g_value_get_boxed (value));
      break;
    case PROP_TIME_TO_HIRE:
      hc_position_set_time_to_hire (self, g_value_get_boxed (value));
      break;
    case PROP_EARLIEST_START_WEEK:
      week = g_value_get_double (value);
      hc_position_set_earliest_start (self, week < 0 ? NULL : &week);
      break;
    case PROP_RELOCATION:
      if (g_value_get_boxed (value) != NULL)
        hc_position_set_relocation (self, *(const HcRange *) g_value_get_boxed (value));
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_position_class_init (HcPositionClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hc_position_finalize;
  object_class->get_property = hc_position_get_property;
  object_class->set_property = hc_position_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", flags);
  properties[PROP_ROLE_ID] = g_param_spec_string ("role-id", NULL, NULL, "", flags);
  properties[PROP_PHASE_ID] = g_param_spec_string ("phase-id", NULL, NULL, "", flags);
  properties[PROP_LOCATION] = g_param_spec_string ("location", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_SENIORITY] = g_param_spec_enum ("seniority", NULL, NULL, HC_TYPE_SENIORITY,
                                                  HC_SENIORITY_MID, flags);
  properties[PROP_SOURCING] = g_param_spec_enum ("sourcing", NULL, NULL, HC_TYPE_SOURCING,
                                                 HC_SOURCING_DIRECT, flags);
  properties[PROP_SKILLS] = g_param_spec_flags ("skills", NULL, NULL, HC_TYPE_SKILLS,
                                                HC_SKILL_NONE, flags);
  properties[PROP_COUNT] = g_param_spec_uint ("count", NULL, NULL, 0, G_MAXUINT, 1, flags);
  properties[PROP_LOCATION_ADJUSTMENT] =
    g_param_spec_double ("location-adjustment", NULL, NULL,
                         -G_MAXDOUBLE, G_MAXDOUBLE, 0, flags);
  /* NULL when the role's benchmark applies. */
  properties[PROP_SALARY_OVERRIDE] = g_param_spec_boxed ("salary-override", NULL, NULL,
                                                         HC_TYPE_RANGE, flags);
  /* NULL when the role's time to hire applies. */
  properties[PROP_TIME_TO_HIRE] = g_param_spec_boxed ("time-to-hire", NULL, NULL,
                                                      HC_TYPE_RANGE, flags);
  /* Negative when the search starts with the phase. */
  properties[PROP_EARLIEST_START_WEEK] =
    g_param_spec_double ("earliest-start-week", NULL, NULL,
                         -1, G_MAXDOUBLE, -1, flags);
  /* Per person, once at the start; {0, 0} until set. */
  properties[PROP_RELOCATION] = g_param_spec_boxed ("relocation-per-person", NULL, NULL,
                                                    HC_TYPE_RANGE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  changed_signal = _hc_model_changed_signal_new (HC_TYPE_POSITION);
}

static void
hc_position_init (HcPosition *self)
{
  self->id = g_strdup ("");
  self->role_id = g_strdup ("");
  self->phase_id = g_strdup ("");
  self->location = g_strdup ("");
  self->notes = g_strdup ("");
  self->seniority = HC_SENIORITY_MID;
  self->count = 1;
}

HcPosition *
hc_position_new (const char  *id,
                 const char  *role_id,
                 HcSeniority  seniority,
                 const char  *phase_id)
{
  HcPosition *self = g_object_new (HC_TYPE_POSITION, NULL);

  _hc_model_set_string (&self->id, id);
  _hc_model_set_string (&self->role_id, role_id);
  _hc_model_set_string (&self->phase_id, phase_id);
  self->seniority = seniority;
  return self;
}

HcPosition *
hc_position_copy (HcPosition *position)
{
  HcPosition *copy;

  g_return_val_if_fail (HC_IS_POSITION (position), NULL);

  copy = hc_position_new (position->id, position->role_id,
                          position->seniority, position->phase_id);
  _hc_model_set_string (&copy->location, position->location);
  _hc_model_set_string (&copy->notes, position->notes);
  copy->sourcing = position->sourcing;
  copy->skills = position->skills;
  copy->count = position->count;
  copy->location_adjustment = position->location_adjustment;
  copy->salary = position->salary;
  copy->has_salary = position->has_salary;
  copy->time_to_hire = position->time_to_hire;
  copy->has_time_to_hire = position->has_time_to_hire;
  copy->earliest_start = position->earliest_start;
  copy->has_earliest_start = position->has_earliest_start;
  copy->relocation = position->relocation;
  _hc_extras_copy (copy, position);
  return copy;
}

#define STRING_ACCESSORS(field, PROP)                                      \
  const char *hc_position_get_##field (HcPosition *self)                   \
  {                                                                        \
    g_return_val_if_fail (HC_IS_POSITION (self), NULL);                    \
    return self->field;                                                    \
  }                                                                        \
  void hc_position_set_##field (HcPosition *self, const char *value)       \
  {                                                                        \
    g_return_if_fail (HC_IS_POSITION (self));                              \
    if (!_hc_model_string_differs (self->field, value))                    \
      return;                                                              \
    _hc_model_record_property (self, properties[PROP]);                    \
    _hc_model_set_string (&self->field, value);                            \
    hc_position_changed (self, PROP);                                      \
  }

#define VALUE_ACCESSORS(field, Type, PROP, fallback)                       \
  Type hc_position_get_##field (HcPosition *self)                          \
  {                                                                        \
    g_return_val_if_fail (HC_IS_POSITION (self), fallback);                \
    return self->field;                                                    \
  }                                                                        \
  void hc_position_set_##field (HcPosition *self, Type value)              \
  {                                                                        \
    g_return_if_fail (HC_IS_POSITION (self));                              \
    if (self->field == value)                                              \
      return;                                                              \
    _hc_model_record_property (self, properties[PROP]);                    \
    self->field = value;                                                   \
    hc_position_changed (self, PROP);                                      \
  }

STRING_ACCESSORS (id, PROP_ID)
STRING_ACCESSORS (role_id, PROP_ROLE_ID)
STRING_ACCESSORS (phase_id, PROP_PHASE_ID)
STRING_ACCESSORS (location, PROP_LOCATION)
STRING_ACCESSORS (notes, PROP_NOTES)
VALUE_ACCESSORS (seniority, HcSeniority, PROP_SENIORITY, HC_SENIORITY_MID)
VALUE_ACCESSORS (sourcing, HcSourcing, PROP_SOURCING, HC_SOURCING_DIRECT)
VALUE_ACCESSORS (skills, HcSkills, PROP_SKILLS, HC_SKILL_NONE)
VALUE_ACCESSORS (count, guint, PROP_COUNT, 0)
VALUE_ACCESSORS (location_adjustment, double, PROP_LOCATION_ADJUSTMENT, 0)

/* The optional values: a flag says whether the position overrides the
 * role's figure. */
static gboolean
set_optional_range (HcRange       *field,
                    gboolean       has,
                    const HcRange *value)
{
  if (value == NULL)
    return has;
  return !has || !hc_range_equal (*field, *value);
}

gboolean
hc_position_get_salary_override (HcPosition *self,
                                 HcRange    *salary)
{
  g_return_val_if_fail (HC_IS_POSITION (self), FALSE);
  if (self->has_salary && salary != NULL)
    *salary = self->salary;
  return self->has_salary;
}

void
hc_position_set_salary_override (HcPosition    *self,
                                 const HcRange *salary)
{
  g_return_if_fail (HC_IS_POSITION (self));
  if (!set_optional_range (&self->salary, self->has_salary, salary))
    return;
  _hc_model_record_property (self, properties[PROP_SALARY_OVERRIDE]);
  self->has_salary = salary != NULL;
  self->salary = salary ? *salary : hc_range_make (0, 0);
  hc_position_changed (self, PROP_SALARY_OVERRIDE);
}

gboolean
hc_position_get_time_to_hire (HcPosition *self,
                              HcRange    *weeks)
{
  g_return_val_if_fail (HC_IS_POSITION (self), FALSE);
  if (self->has_time_to_hire && weeks != NULL)
    *weeks = self->time_to_hire;
  return self->has_time_to_hire;
}

void
hc_position_set_time_to_hire (HcPosition    *self,
                              const HcRange *weeks)
{
  g_return_if_fail (HC_IS_POSITION (self));
  if (!set_optional_range (&self->time_to_hire, self->has_time_to_hire, weeks))
    return;
  _hc_model_record_property (self, properties[PROP_TIME_TO_HIRE]);
  self->has_time_to_hire = weeks != NULL;
  self->time_to_hire = weeks ? *weeks : hc_range_make (0, 0);
  hc_position_changed (self, PROP_TIME_TO_HIRE);
}

HcRange
hc_position_get_relocation (HcPosition *self)
{
  g_return_val_if_fail (HC_IS_POSITION (self), hc_range_make (0, 0));
  return self->relocation;
}

void
hc_position_set_relocation (HcPosition *self,
                            HcRange     per_person)
{
  g_return_if_fail (HC_IS_POSITION (self));
  if (hc_range_equal (self->relocation, per_person))
    return;
  _hc_model_record_property (self, properties[PROP_RELOCATION]);
  self->relocation = per_person;
  hc_position_changed (self, PROP_RELOCATION);
}

gboolean
hc_position_get_earliest_start (HcPosition *self,
                                double     *week)
{
  g_return_val_if_fail (HC_IS_POSITION (self), FALSE);
  if (self->has_earliest_start && week != NULL)
    *week = self->earliest_start;
  return self->has_earliest_start;
}

void
hc_position_set_earliest_start (HcPosition   *self,
                                const double *week)
{
  g_return_if_fail (HC_IS_POSITION (self));
  if (week == NULL ? !self->has_earliest_start
                   : (self->has_earliest_start && self->earliest_start == *week))
    return;
  _hc_model_record_property (self, properties[PROP_EARLIEST_START_WEEK]);
  self->has_earliest_start = week != NULL;
  self->earliest_start = week ? *week : 0;
  hc_position_changed (self, PROP_EARLIEST_START_WEEK);
}
