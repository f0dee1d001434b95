/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-role"

#include "config.h"

#include <string.h>

#include "hc-enums.h"
#include "hc-extras-private.h"
#include "hc-model-private.h"
#include "hc-role.h"

struct _HcRole
{
  GObject     parent_instance;

  char       *id;
  char       *name;
  char       *description;
  HcRoleKind  kind;
  HcSkills    skills;
  HcRange     salary[HC_N_SENIORITIES];
  HcRange     ramp_up[HC_N_SENIORITIES];
  HcRange     time_to_hire;
};

G_DEFINE_FINAL_TYPE (HcRole, hc_role, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_DESCRIPTION,
  PROP_KIND,
  PROP_SKILLS,
  PROP_TIME_TO_HIRE,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];
static guint changed_signal;

static void
hc_role_changed (HcRole *self,
                 guint   prop_id)
{
  if (prop_id != PROP_0)
    g_object_notify_by_pspec (G_OBJECT (self), properties[prop_id]);
  g_signal_emit (self, changed_signal, 0);
}

static void
hc_role_finalize (GObject *object)
{
  HcRole *self = HC_ROLE (object);

  g_free (self->id);
  g_free (self->name);
  g_free (self->description);

  G_OBJECT_CLASS (hc_role_parent_class)->finalize (object);
}

static void
hc_role_get_property (GObject    *object,
                      guint       prop_id,
                      GValue     *value,
                      GParamSpec *pspec)
{
  HcRole *self = HC_ROLE (object);

  switch (prop_id)
    {
    case PROP_ID: g_value_set_string (value, self->id); break;
    case PROP_NAME: g_value_set_string (value, self->name); break;
    case PROP_DESCRIPTION: g_value_set_string (value, self->description); break;
    case PROP_KIND: g_value_set_enum (value, self->kind); break;
    case PROP_SKILLS: g_value_set_flags (value, self->skills); break;
    case PROP_TIME_TO_HIRE: g_value_set_boxed (value, &self->time_to_hire); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_role_set_property (GObject      *object,
                      guint         prop_id,
                      const GValue *value,
                      GParamSpec   *pspec)
{
  HcRole *self = HC_ROLE (object);
  const HcRange *range;

  switch (prop_id)
    {
    case PROP_ID: hc_role_set_id (self, g_value_get_string (value)); break;
    case PROP_NAME: hc_role_set_name (self, g_value_get_string (value)); break;
    case PROP_DESCRIPTION: hc_role_set_description (self, g_value_get_string (value)); break;
    case PROP_KIND: hc_role_set_kind (self, g_value_get_enum (value)); break;
    case PROP_SKILLS: hc_role_set_skills (self, g_value_get_flags (value)); break;
    case PROP_TIME_TO_HIRE:
      range = g_value_get_boxed (value);
      if (range != NULL)
        hc_role_set_time_to_hire (self, *range);
      break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
hc_role_class_init (HcRoleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = hc_role_finalize;
  object_class->get_property = hc_role_get_property;
  object_class->set_property = hc_role_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", flags);
  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_KIND] = g_param_spec_enum ("kind", NULL, NULL, HC_TYPE_ROLE_KIND,
                                             HC_ROLE_KIND_GENERALIST, flags);
  properties[PROP_SKILLS] = g_param_spec_flags ("skills", NULL, NULL, HC_TYPE_SKILLS,
                                                HC_SKILL_NONE, flags);
  properties[PROP_TIME_TO_HIRE] = g_param_spec_boxed ("time-to-hire", NULL, NULL,
                                                      HC_TYPE_RANGE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Also emitted when a salary or ramp-up, which are not properties, changes. */
  changed_signal = _hc_model_changed_signal_new (HC_TYPE_ROLE);
}

static void
hc_role_init (HcRole *self)
{
  self->id = g_strdup ("");
  self->name = g_strdup ("");
  self->description = g_strdup ("");
}

HcRole *
hc_role_new (const char *id,
             const char *name,
             HcRoleKind  kind)
{
  HcRole *self = g_object_new (HC_TYPE_ROLE, NULL);

  _hc_model_set_string (&self->id, id);
  _hc_model_set_string (&self->name, name);
  self->kind = kind;
  return self;
}

HcRole *
hc_role_copy (HcRole *role)
{
  HcRole *copy;

  g_return_val_if_fail (HC_IS_ROLE (role), NULL);

  copy = hc_role_new (role->id, role->name, role->kind);
  _hc_model_set_string (&copy->description, role->description);
  copy->skills = role->skills;
  copy->time_to_hire = role->time_to_hire;
  memcpy (copy->salary, role->salary, sizeof copy->salary);
  memcpy (copy->ramp_up, role->ramp_up, sizeof copy->ramp_up);
  _hc_extras_copy (copy, role);
  return copy;
}

#define STRING_ACCESSORS(field, PROP)                                  \
  const char *hc_role_get_##field (HcRole *self)                       \
  {                                                                    \
    g_return_val_if_fail (HC_IS_ROLE (self), NULL);                    \
    return self->field;                                                \
  }                                                                    \
  void hc_role_set_##field (HcRole *self, const char *value)           \
  {                                                                    \
    g_return_if_fail (HC_IS_ROLE (self));                              \
    if (!_hc_model_string_differs (self->field, value))                \
      return;                                                          \
    _hc_model_record_property (self, properties[PROP]);                \
    _hc_model_set_string (&self->field, value);                        \
    hc_role_changed (self, PROP);                                      \
  }

STRING_ACCESSORS (id, PROP_ID)
STRING_ACCESSORS (name, PROP_NAME)
STRING_ACCESSORS (description, PROP_DESCRIPTION)

HcRoleKind
hc_role_get_kind (HcRole *self)
{
  g_return_val_if_fail (HC_IS_ROLE (self), HC_ROLE_KIND_GENERALIST);
  return self->kind;
}

void
hc_role_set_kind (HcRole     *self,
                  HcRoleKind  kind)
{
  g_return_if_fail (HC_IS_ROLE (self));
  if (self->kind == kind)
    return;
  _hc_model_record_property (self, properties[PROP_KIND]);
  self->kind = kind;
  hc_role_changed (self, PROP_KIND);
}

HcSkills
hc_role_get_skills (HcRole *self)
{
  g_return_val_if_fail (HC_IS_ROLE (self), HC_SKILL_NONE);
  return self->skills;
}

void
hc_role_set_skills (HcRole   *self,
                    HcSkills  skills)
{
  g_return_if_fail (HC_IS_ROLE (self));
  if (self->skills == skills)
    return;
  _hc_model_record_property (self, properties[PROP_SKILLS]);
  self->skills = skills;
  hc_role_changed (self, PROP_SKILLS);
}

HcRange
hc_role_get_salary (HcRole      *self,
                    HcSeniority  seniority)
{
  g_return_val_if_fail (HC_IS_ROLE (self), hc_range_make (0, 0));
  g_return_val_if_fail ((guint) seniority < HC_N_SENIORITIES, hc_range_make (0, 0));
  return self->salary[seniority];
}

void
hc_role_set_salary (HcRole      *self,
                    HcSeniority  seniority,
                    HcRange      salary)
{
  g_return_if_fail (HC_IS_ROLE (self));
  g_return_if_fail ((guint) seniority < HC_N_SENIORITIES);
  if (hc_range_equal (self->salary[seniority], salary))
    return;
  _hc_model_record_role_range (self, FALSE, seniority);
  self->salary[seniority] = salary;
  hc_role_changed (self, PROP_0);
}

HcRange
hc_role_get_time_to_hire (HcRole *self)
{
  g_return_val_if_fail (HC_IS_ROLE (self), hc_range_make (0, 0));
  return self->time_to_hire;
}

void
hc_role_set_time_to_hire (HcRole  *self,
                          HcRange  weeks)
{
  g_return_if_fail (HC_IS_ROLE (self));
  if (hc_range_equal (self->time_to_hire, weeks))
    return;
  _hc_model_record_property (self, properties[PROP_TIME_TO_HIRE]);
  self->time_to_hire = weeks;
  hc_role_changed (self, PROP_TIME_TO_HIRE);
}

HcRange
hc_role_get_ramp_up (HcRole      *self,
                     HcSeniority  seniority)
{
  g_return_val_if_fail (HC_IS_ROLE (self), hc_range_make (0, 0));
  g_return_val_if_fail ((guint) seniority < HC_N_SENIORITIES, hc_range_make (0, 0));
  return self->ramp_up[seniority];
}

void
hc_role_set_ramp_up (HcRole      *self,
                     HcSeniority  seniority,
                     HcRange      weeks)
{
  g_return_if_fail (HC_IS_ROLE (self));
  g_return_if_fail ((guint) seniority < HC_N_SENIORITIES);
  if (hc_range_equal (self->ramp_up[seniority], weeks))
    return;
  _hc_model_record_role_range (self, TRUE, seniority);
  self->ramp_up[seniority] = weeks;
  hc_role_changed (self, PROP_0);
}
