/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hc-error.h"
#include "hc-extras-private.h"
#include "hc-plan-members-private.h"
#include "hc-plan-reader-private.h"
#include "hc-scenario-io-private.h"
#include "hc-validate.h"

/* ───────────────────────── The file's members ───────────────────────── */

enum { SCENARIO_ID, SCENARIO_NAME, SCENARIO_MARKET, SCENARIO_CHANGES, N_SCENARIO_MEMBERS };
enum { CHANGE_OP, CHANGE_POSITION, CHANGE_PHASE, CHANGE_ASSUMPTION, CHANGE_FIELD, N_CHANGE_MEMBERS };

static const HcMemberSpec scenario_members[N_SCENARIO_MEMBERS] = {
  { "id", TRUE }, { "name", TRUE }, { "market", FALSE }, { "changes", FALSE },
};

/* "value" is left out on purpose: the scan keeps it as its text, which
 * is what a change holds and writes back. */
static const HcMemberSpec change_members[N_CHANGE_MEMBERS] = {
  { "op", TRUE }, { "position", FALSE }, { "phase", FALSE }, { "assumption", FALSE },
  { "field", FALSE },
};

#define VALUE_MEMBER "value"

static const HcJsonShape change_shape = {
  HC_JSON_SHAPE_OBJECT, change_members, N_CHANGE_MEMBERS, NULL, NULL
};
static const HcJsonShape changes_shape = { HC_JSON_SHAPE_ARRAY, NULL, 0, NULL, &change_shape };
static const HcJsonShape *const scenario_member_shapes[N_SCENARIO_MEMBERS] = {
  [SCENARIO_CHANGES] = &changes_shape,
};
static const HcJsonShape scenario_shape = {
  HC_JSON_SHAPE_OBJECT, scenario_members, N_SCENARIO_MEMBERS, scenario_member_shapes, NULL
};
const HcJsonShape _hc_scenarios_shape = { HC_JSON_SHAPE_ARRAY, NULL, 0, NULL, &scenario_shape };

const char *const _hc_scenario_position_fields[] = {
  "role", "seniority", "count", "location", "location_adjustment_percent", "sourcing",
  "phase", "skills", "salary", "earliest_start_week", "time_to_hire_weeks", "notes", NULL
};

const char *const _hc_scenario_phase_fields[] = { "name", "description", "window", NULL };

#define MAX_SCENARIOS 100

static gboolean invalid (const char  *path,
                         GError     **error,
                         const char  *format,
                         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (const char  *path,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID, "%s: %s", path, message);
  return FALSE;
}

/* ───────────────────────── Values ─────────────────────────
 * A change holds its value as JSON text: read with the plan's own
 * readers, so that a value a plan may not hold a change may not either. */

static HcJsonDocument *
parse_value (const char         *text,
             const HcJsonShape  *shape,
             const char         *path,
             GError            **error)
{
  g_autoptr(GError) local = NULL;
  HcJsonDocument *doc;

  if (text == NULL)
    {
      invalid (path, error, _("is missing"));
      return NULL;
    }
  doc = _hc_json_parse (text, strlen (text), shape, &local);
  if (doc == NULL)
    invalid (path, error, _("is not JSON (%s)"), local->message);
  return doc;
}

static int
position_field_index (const char *field)
{
  int index = field != NULL ? _hc_member_spec_find (_hc_position_members, N_POSITION_MEMBERS, field) : -1;

  return index == POS_ID ? -1 : index;
}

static gboolean
position_field_is_optional (int index)
{
  return !_hc_position_members[index].required;
}

static const HcJsonShape *
position_field_shape (int index)
{
  switch (index)
    {
    case POS_SKILLS: return _hc_plan_get_shape (HC_PLAN_SHAPE_SKILLS);
    case POS_SALARY:
    case POS_TIME_TO_HIRE: return _hc_plan_get_shape (HC_PLAN_SHAPE_RANGE);
    default: return NULL;
    }
}

static gboolean
set_position_field (HcPosition  *position,
                    const char  *field,
                    const char  *value,
                    const char  *path,
                    GError     **error)
{
  int index = position_field_index (field);
  g_autoptr(HcJsonDocument) doc = NULL;
  g_autoptr(GString) value_path = NULL;
  HcJsonValue *root;

  if (index < 0)
    return invalid (path, error, _("“field”: a position has no member “%s” that a scenario may change"),
                    field != NULL ? field : "");
  value_path = g_string_new (path);
  g_string_append (value_path, "." VALUE_MEMBER);
  doc = parse_value (value, position_field_shape (index), value_path->str, error);
  if (doc == NULL)
    return FALSE;
  root = _hc_json_document_get_root (doc);
  /* null takes an optional member away: the role's figure applies again. */
  if (root->type == HC_JSON_NULL && position_field_is_optional (index))
    {
      switch (index)
        {
        case POS_SKILLS: hc_position_set_skills (position, HC_SKILL_NONE); break;
        case POS_SALARY: hc_position_set_salary_override (position, NULL); break;
        case POS_EARLIEST_START: hc_position_set_earliest_start (position, NULL); break;
        case POS_TIME_TO_HIRE: hc_position_set_time_to_hire (position, NULL); break;
        case POS_NOTES: hc_position_set_notes (position, ""); break;
        default: g_assert_not_reached ();
        }
      return TRUE;
    }
  return _hc_plan_read_position_member (position, (guint) index, root, value_path, error);
}

gboolean
_hc_scenario_set_position_field (HcPosition  *position,
                                 const char  *field,
                                 const char  *value,
                                 GError     **error)
{
  return set_position_field (position, field, value, "$", error);
}

static gboolean
read_window (HcJsonValue *root,
             const char  *path,
             HcTimeUnit  *unit,
             guint       *first,
             guint       *last,
             GError     **error)
{
  HcJsonValue *u = _hc_json_object_get_member (root, "unit");
  HcJsonValue *f = _hc_json_object_get_member (root, "first");
  HcJsonValue *l = _hc_json_object_get_member (root, "last");
  double vf, vl;

  if (root->type != HC_JSON_OBJECT || u == NULL || f == NULL || l == NULL ||
      u->type != HC_JSON_STRING || !hc_time_unit_from_string (u->v.string, unit) ||
      !_hc_json_value_get_number (f, &vf) || !_hc_json_value_get_number (l, &vl))
    return invalid (path, error,
                    _("must be a window: {\"unit\": \"week\" or \"month\", \"first\": N, \"last\": N}"));
  if (!hc_validate_phase_first (*unit, vf, path, error) ||
      !hc_validate_phase_last (*unit, vf, vl, path, error))
    return FALSE;
  *first = (guint) vf;
  *last = (guint) vl;
  return TRUE;
}

static gboolean
set_phase_field (HcPhase     *phase,
                 const char  *field,
                 const char  *value,
                 const char  *path,
                 GError     **error)
{
  g_autofree char *value_path = g_strconcat (path, "." VALUE_MEMBER, NULL);
  g_autoptr(HcJsonDocument) doc = NULL;
  HcJsonValue *root;
  HcTimeUnit unit = HC_TIME_UNIT_WEEK;
  guint first = 1, last = 1;

  if (field == NULL || !g_strv_contains (_hc_scenario_phase_fields, field))
    return invalid (path, error, _("“field”: must be one of “name”, “description”, “window”"));
  doc = parse_value (value, NULL, value_path, error);
  if (doc == NULL)
    return FALSE;
  root = _hc_json_document_get_root (doc);
  if (g_str_equal (field, "window"))
    {
      if (!read_window (root, value_path, &unit, &first, &last, error))
        return FALSE;
      hc_phase_set_range (phase, unit, first, last);
      return TRUE;
    }
  if (root->type != HC_JSON_STRING)
    return invalid (value_path, error, _("must be a string"));
  if (g_str_equal (field, "name"))
    hc_phase_set_name (phase, root->v.string);
  else
    hc_phase_set_description (phase, root->v.string);
  return TRUE;
}

gboolean
_hc_scenario_set_phase_field (HcPhase     *phase,
                              const char  *field,
                              const char  *value,
                              GError     **error)
{
  return set_phase_field (phase, field, value, "$", error);
}

static HcPosition *
parse_position (const char  *value,
                const char  *path,
                GError     **error)
{
  g_autofree char *value_path = g_strconcat (path, "." VALUE_MEMBER, NULL);
  g_autoptr(HcJsonDocument) doc = parse_value (value, _hc_plan_get_shape (HC_PLAN_SHAPE_POSITION),
                                               value_path, error);
  g_autoptr(GString) gpath = g_string_new (value_path);

  if (doc == NULL)
    return NULL;
  return _hc_plan_read_position (_hc_json_document_get_root (doc), gpath, error);
}

HcPosition *
_hc_scenario_parse_position (const char  *value,
                             GError     **error)
{
  return parse_position (value, "$", error);
}

static HcPhase *
parse_phase (const char  *value,
             const char  *path,
             GError     **error)
{
  g_autofree char *value_path = g_strconcat (path, "." VALUE_MEMBER, NULL);
  g_autoptr(HcJsonDocument) doc = parse_value (value, _hc_plan_get_shape (HC_PLAN_SHAPE_PHASE),
                                               value_path, error);
  g_autoptr(GString) gpath = g_string_new (value_path);
  g_autoptr(HcPhase) phase = NULL;

  if (doc == NULL)
    return NULL;
  phase = _hc_plan_read_phase (_hc_json_document_get_root (doc), gpath, error);
  if (phase == NULL)
    return NULL;
  g_string_append (gpath, ".last");
  if (!hc_validate_phase_first (hc_phase_get_unit (phase), hc_phase_get_first (phase), gpath->str, error) ||
      !hc_validate_phase_last (hc_phase_get_unit (phase), hc_phase_get_first (phase),
                               hc_phase_get_last (phase), gpath->str, error))
    return NULL;
  return g_steal_pointer (&phase);
}

HcPhase *
_hc_scenario_parse_phase (const char  *value,
                          GError     **error)
{
  return parse_phase (value, "$", error);
}

static gboolean
parse_range (const char  *value,
             HcRange     *range,
             const char  *path,
             GError     **error)
{
  g_autofree char *value_path = g_strconcat (path, "." VALUE_MEMBER, NULL);
  g_autoptr(HcJsonDocument) doc = parse_value (value, _hc_plan_get_shape (HC_PLAN_SHAPE_RANGE),
                                               value_path, error);
  g_autoptr(GString) gpath = g_string_new (value_path);

  return doc != NULL && _hc_plan_read_range (_hc_json_document_get_root (doc), gpath, range, error);
}

gboolean
_hc_scenario_parse_range (const char  *value,
                          HcRange     *range,
                          GError     **error)
{
  return parse_range (value, range, "$", error);
}

static gboolean
parse_date (const char  *value,
            GDate       *date,
            const char  *path,
            GError     **error)
{
  g_autofree char *value_path = g_strconcat (path, "." VALUE_MEMBER, NULL);
  g_autoptr(HcJsonDocument) doc = parse_value (value, NULL, value_path, error);
  g_autoptr(GString) gpath = g_string_new (value_path);

  if (doc == NULL || !_hc_plan_read_date (_hc_json_document_get_root (doc), gpath, date, error))
    return FALSE;
  return hc_validate_start_date (date, value_path, error);
}

gboolean
_hc_scenario_parse_date (const char  *value,
                         GDate       *date,
                         GError     **error)
{
  return parse_date (value, date, "$", error);
}

GStrv
_hc_scenario_parse_ids (const char *value)
{
  g_autoptr(HcJsonDocument) doc = value != NULL ? _hc_json_parse (value, strlen (value), NULL, NULL) : NULL;
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();
  HcJsonValue *root;

  if (doc == NULL)
    return NULL;
  root = _hc_json_document_get_root (doc);
  if (root->type != HC_JSON_ARRAY)
    return NULL;
  for (HcJsonValue *e = root->v.first; e != NULL; e = e->next)
    {
      if (e->type != HC_JSON_STRING)
        return NULL;
      g_strv_builder_add (ids, e->v.string);
    }
  return g_strv_builder_end (ids);
}

/* Holds @position (a scratch copy) to the plan's rules, as
 * hc_plan_validate() would in a plan: bounds of counts, salaries, weeks,
 * texts.  Its role and phase are the built-in ones here: what it refers
 * to is checked where the scenario is made (a conflict, not bad input).
 * The error names @value_path, or @value_path's member for one field. */
static gboolean
check_position_values (HcPosition  *position,
                       const char  *value_path,
                       gboolean     one_field,
                       GError     **error)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  g_autoptr(HcPosition) copy = hc_position_copy (position);
  g_autoptr(GError) local = NULL;
  const char *message;

  hc_position_set_id (copy, "scenario");
  hc_position_set_role_id (copy, "backend");
  hc_position_set_phase_id (copy, "foundation");
  g_list_store_append (hc_plan_get_positions (plan), copy);
  if (hc_plan_validate (plan, &local))
    return TRUE;
  /* "$.positions[0].salary: …" → "PATH.value: …" or "PATH.value.salary: …" */
  message = local->message;
  if (g_str_has_prefix (message, "$.positions[0]"))
    {
      message += strlen ("$.positions[0]");
      /* ".salary.low: …" → ".low: …", ".salary: …" → ": …" */
      if (one_field && *message == '.')
        message = strpbrk (message + 1, ".:");
      if (message == NULL)
        message = local->message;
    }
  g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID, "%s%s", value_path, message);
  return FALSE;
}

static const char *
change_target_member (HcChangeKind kind)
{
  switch (kind)
    {
    case HC_CHANGE_SET_POSITION:
    case HC_CHANGE_REMOVE_POSITION:
      return change_members[CHANGE_POSITION].name;
    case HC_CHANGE_SET_PHASE:
    case HC_CHANGE_REMOVE_PHASE:
      return change_members[CHANGE_PHASE].name;
    case HC_CHANGE_SET_ASSUMPTION:
      return change_members[CHANGE_ASSUMPTION].name;
    case HC_CHANGE_ADD_POSITION:
    case HC_CHANGE_ADD_PHASE:
    case HC_CHANGE_ORDER_PHASES:
    case HC_CHANGE_SET_START_DATE:
    default:
      return NULL;
    }
}

static gboolean
change_has_value (HcChangeKind kind)
{
  return kind != HC_CHANGE_REMOVE_POSITION && kind != HC_CHANGE_REMOVE_PHASE;
}

gboolean
_hc_scenario_change_check (HcScenarioChange *change,
                           const char       *path,
                           GError          **error)
{
  const char *target_member = change_target_member (change->kind);
  g_autoptr(HcPosition) position = NULL;
  g_autoptr(HcPhase) phase = NULL;
  g_autofree char *value_path = g_strconcat (path, "." VALUE_MEMBER, NULL);
  g_auto(GStrv) ids = NULL;
  HcAssumption which;
  HcRange range;
  GDate date;

  if (target_member != NULL && (change->target == NULL || *change->target == '\0'))
    {
      g_autofree char *member_path = g_strconcat (path, ".", target_member, NULL);
      return invalid (member_path, error, _("is missing"));
    }
  if (change_has_value (change->kind) && change->value == NULL)
    return invalid (value_path, error, _("is missing"));
  switch (change->kind)
    {
    case HC_CHANGE_SET_POSITION:
      /* A scratch position takes the value, as the real one will. */
      position = hc_position_new ("", "", HC_SENIORITY_MID, "");
      return set_position_field (position, change->field, change->value, path, error) &&
             check_position_values (position, value_path, TRUE, error);
    case HC_CHANGE_ADD_POSITION:
      position = parse_position (change->value, path, error);
      if (position == NULL || !check_position_values (position, value_path, FALSE, error))
        return FALSE;
      g_free (change->target);
      change->target = g_strdup (hc_position_get_id (position));
      return TRUE;
    case HC_CHANGE_SET_PHASE:
      phase = hc_phase_new ("", "", HC_TIME_UNIT_WEEK, 1, 1);
      return set_phase_field (phase, change->field, change->value, path, error);
    case HC_CHANGE_ADD_PHASE:
      phase = parse_phase (change->value, path, error);
      if (phase == NULL)
        return FALSE;
      g_free (change->target);
      change->target = g_strdup (hc_phase_get_id (phase));
      return TRUE;
    case HC_CHANGE_ORDER_PHASES:
      ids = _hc_scenario_parse_ids (change->value);
      if (ids == NULL)
        return invalid (value_path, error, _("must be a list of the phases’ ids"));
      return TRUE;
    case HC_CHANGE_SET_ASSUMPTION:
      if (!hc_assumption_from_string (change->target, &which))
        {
          g_autofree char *member_path = g_strconcat (path, ".assumption", NULL);
          return invalid (member_path, error, _("there is no cost assumption “%s”"), change->target);
        }
      return parse_range (change->value, &range, path, error) &&
             hc_validate_assumption (which, range, value_path, error);
    case HC_CHANGE_SET_START_DATE:
      return parse_date (change->value, &date, path, error);
    case HC_CHANGE_REMOVE_POSITION:
    case HC_CHANGE_REMOVE_PHASE:
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

/* ───────────────────────── Reading ───────────────────────── */

static gboolean
read_text (HcJsonValue  *node,
           const char   *path,
           const char  **out,
           GError      **error)
{
  if (node->type != HC_JSON_STRING)
    return invalid (path, error, _("must be a string"));
  *out = node->v.string;
  return TRUE;
}

static HcScenarioChange *
read_change (HcJsonValue  *node,
             const char   *path,
             GError      **error)
{
  g_autoptr(HcScenarioChange) change = g_new0 (HcScenarioChange, 1);
  g_autoptr(HcExtras) extras = NULL;
  const char *texts[N_CHANGE_MEMBERS] = { NULL, };
  gboolean have_op = FALSE;
  const char *target_member;

  if (node->type != HC_JSON_OBJECT)
    {
      invalid (path, error, _("must be an object"));
      return NULL;
    }
  for (HcJsonValue *m = node->v.first; m != NULL; m = m->next)
    {
      int index = _hc_member_spec_find (change_members, N_CHANGE_MEMBERS, m->name);
      g_autofree char *member_path = g_strconcat (path, ".", m->name, NULL);

      if (index >= 0)
        {
          if (!read_text (m, member_path, &texts[index], error))
            return NULL;
          continue;
        }
      g_assert (m->type == HC_JSON_RAW);
      if (g_str_equal (m->name, VALUE_MEMBER))
        {
          g_free (change->value);
          change->value = g_strndup (m->v.raw, m->n_children);
          continue;
        }
      if (extras == NULL)
        extras = _hc_extras_new ();
      _hc_extras_add (extras, m->name, m->v.raw, m->n_children);
    }
  if (texts[CHANGE_OP] == NULL)
    {
      g_autofree char *member_path = g_strconcat (path, ".op", NULL);
      invalid (member_path, error, _("is missing"));
      return NULL;
    }
  have_op = hc_change_kind_from_string (texts[CHANGE_OP], &change->kind);
  if (!have_op)
    {
      g_autofree char *member_path = g_strconcat (path, ".op", NULL);
      invalid (member_path, error,
               _("must be one of “set-position”, “add-position”, “remove-position”, “set-phase”, "
                 "“add-phase”, “remove-phase”, “order-phases”, “set-assumption”, “set-start-date”"));
      return NULL;
    }
  target_member = change_target_member (change->kind);
  if (target_member != NULL)
    change->target = g_strdup (texts[_hc_member_spec_find (change_members, N_CHANGE_MEMBERS,
                                                            target_member)]);
  change->field = g_strdup (texts[CHANGE_FIELD]);
  if ((change->kind == HC_CHANGE_SET_POSITION || change->kind == HC_CHANGE_SET_PHASE) &&
      change->field == NULL)
    {
      g_autofree char *member_path = g_strconcat (path, ".field", NULL);
      invalid (member_path, error, _("is missing"));
      return NULL;
    }
  if (!_hc_scenario_change_check (change, path, error))
    return NULL;
  change->extras = g_steal_pointer (&extras);
  return g_steal_pointer (&change);
}

static HcScenario *
read_scenario (HcJsonValue  *node,
               const char   *path,
               GError      **error)
{
  const char *id = NULL, *name = NULL, *market_text = NULL;
  HcMarket market = HC_MARKET_GUIDES;
  g_autoptr(GPtrArray) changes = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_scenario_change_free);
  g_autoptr(HcExtras) extras = NULL;

  if (node->type != HC_JSON_OBJECT)
    {
      invalid (path, error, _("must be an object"));
      return NULL;
    }
  for (HcJsonValue *m = node->v.first; m != NULL; m = m->next)
    {
      int index = _hc_member_spec_find (scenario_members, N_SCENARIO_MEMBERS, m->name);
      g_autofree char *member_path = g_strconcat (path, ".", m->name, NULL);
      guint i = 0;

      switch (index)
        {
        case SCENARIO_ID:
          if (!read_text (m, member_path, &id, error) || !hc_validate_id (id, member_path, error))
            return NULL;
          break;
        case SCENARIO_NAME:
          if (!read_text (m, member_path, &name, error) || !hc_validate_name (name, member_path, error))
            return NULL;
          break;
        case SCENARIO_MARKET:
          if (!read_text (m, member_path, &market_text, error))
            return NULL;
          if (!hc_market_from_string (market_text, &market))
            {
              invalid (member_path, error, _("must be one of “guides”, “tighter-20”, “tighter-30”"));
              return NULL;
            }
          break;
        case SCENARIO_CHANGES:
          if (m->type != HC_JSON_ARRAY)
            {
              invalid (member_path, error, _("must be a list"));
              return NULL;
            }
          if (m->n_children > HC_MAX_POSITIONS)
            {
              invalid (member_path, error, _("has %u items; at most %u are allowed"),
                       m->n_children, (guint) HC_MAX_POSITIONS);
              return NULL;
            }
          for (HcJsonValue *e = m->v.first; e != NULL; e = e->next, i++)
            {
              g_autofree char *change_path = g_strdup_printf ("%s[%u]", member_path, i);
              HcScenarioChange *change = read_change (e, change_path, error);

              if (change == NULL)
                return NULL;
              g_ptr_array_add (changes, change);
            }
          break;
        default:
          g_assert (m->type == HC_JSON_RAW);
          if (extras == NULL)
            extras = _hc_extras_new ();
          _hc_extras_add (extras, m->name, m->v.raw, m->n_children);
          break;
        }
    }
  if (id == NULL || name == NULL)
    {
      g_autofree char *member_path = g_strconcat (path, id == NULL ? ".id" : ".name", NULL);
      invalid (member_path, error, _("is missing"));
      return NULL;
    }
  return hc_scenario_new (id, name, market, g_steal_pointer (&changes), g_steal_pointer (&extras));
}

HcScenarioList *
_hc_scenarios_read (HcJsonValue  *node,
                    GString      *path,
                    GError      **error)
{
  g_autoptr(GPtrArray) scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_scenario_unref);
  guint i = 0;

  if (node->type != HC_JSON_ARRAY)
    {
      invalid (path->str, error, _("must be a list"));
      return NULL;
    }
  if (node->n_children > MAX_SCENARIOS)
    {
      invalid (path->str, error, _("has %u items; at most %u are allowed"),
               node->n_children, (guint) MAX_SCENARIOS);
      return NULL;
    }
  for (HcJsonValue *e = node->v.first; e != NULL; e = e->next, i++)
    {
      g_autofree char *item_path = g_strdup_printf ("%s[%u]", path->str, i);
      HcScenario *scenario = read_scenario (e, item_path, error);

      if (scenario == NULL)
        return NULL;
      /* A scenario is chosen by its id or its name ("--scenario NAME"):
       * both must say which one. */
      for (guint k = 0; k < scenarios->len; k++)
        {
          HcScenario *other = g_ptr_array_index (scenarios, k);

          if (g_str_equal (hc_scenario_get_id (other), hc_scenario_get_id (scenario)) ||
              g_str_equal (hc_scenario_get_name (other), hc_scenario_get_name (scenario)))
            {
              gboolean same_id = g_str_equal (hc_scenario_get_id (other), hc_scenario_get_id (scenario));
              g_autofree char *member_path = g_strconcat (item_path, same_id ? ".id" : ".name", NULL);

              invalid (member_path, error,
                       same_id ? _("scenario %u has the id “%s” too; each scenario needs its own")
                               : _("scenario %u has the name “%s” too; each scenario needs its own"),
                       k + 1, same_id ? hc_scenario_get_id (scenario) : hc_scenario_get_name (scenario));
              hc_scenario_unref (scenario);
              return NULL;
            }
        }
      g_ptr_array_add (scenarios, scenario);
    }
  return hc_scenario_list_new (g_steal_pointer (&scenarios));
}

/* ───────────────────────── Writing ───────────────────────── */

static void
write_extras (HcJsonWriter *w,
              HcExtras     *extras)
{
  for (guint i = 0; extras != NULL && i < _hc_extras_get_n (extras); i++)
    {
      gsize len;
      const char *text = _hc_extras_get_text (extras, i, &len);

      _hc_json_writer_raw_member (w, _hc_extras_get_name (extras, i), text, len);
    }
}

static void
write_change (HcJsonWriter           *w,
              const HcScenarioChange *change)
{
  const char *target_member = change_target_member (change->kind);

  _hc_json_writer_begin_object (w);
  _hc_json_writer_member (w, "op");
  _hc_json_writer_string (w, hc_change_kind_to_string (change->kind));
  if (target_member != NULL)
    {
      _hc_json_writer_member (w, target_member);
      _hc_json_writer_string (w, change->target);
    }
  if (change->field != NULL)
    {
      _hc_json_writer_member (w, "field");
      _hc_json_writer_string (w, change->field);
    }
  if (change->value != NULL)
    {
      _hc_json_writer_member (w, VALUE_MEMBER);
      _hc_json_writer_raw (w, change->value, strlen (change->value));
    }
  write_extras (w, change->extras);
  _hc_json_writer_end_object (w);
}

void
_hc_scenarios_write (HcJsonWriter   *w,
                     HcScenarioList *scenarios)
{
  _hc_json_writer_begin_array (w);
  for (guint i = 0; i < hc_scenario_list_get_n (scenarios); i++)
    {
      HcScenario *scenario = hc_scenario_list_get (scenarios, i);

      _hc_json_writer_begin_object (w);
      _hc_json_writer_member (w, "id");
      _hc_json_writer_string (w, hc_scenario_get_id (scenario));
      _hc_json_writer_member (w, "name");
      _hc_json_writer_string (w, hc_scenario_get_name (scenario));
      _hc_json_writer_member (w, "market");
      _hc_json_writer_string (w, hc_market_to_string (hc_scenario_get_market (scenario)));
      _hc_json_writer_member (w, "changes");
      _hc_json_writer_begin_array (w);
      for (guint k = 0; k < hc_scenario_get_n_changes (scenario); k++)
        write_change (w, hc_scenario_get_change (scenario, k));
      _hc_json_writer_end_array (w);
      write_extras (w, hc_scenario_get_extras (scenario));
      _hc_json_writer_end_object (w);
    }
  _hc_json_writer_end_array (w);
}

/* ───────────────────────── Values as text, for a diff ───────────────────────── */

static char *
writer_text (HcJsonWriter *w)
{
  g_autoptr(GBytes) bytes = _hc_json_writer_free_to_bytes (w);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  while (len > 0 && data[len - 1] == '\n')
    len--;
  return g_strndup (data, len);
}

char *
_hc_scenario_position_field_text (HcPosition *position,
                                  const char *field)
{
  HcJsonWriter *w = _hc_json_writer_new ();
  int index = position_field_index (field);
  HcRange range;
  double week;

  switch (index)
    {
    case POS_ROLE: _hc_json_writer_string (w, hc_position_get_role_id (position)); break;
    case POS_SENIORITY:
      _hc_json_writer_string (w, hc_seniority_to_string (hc_position_get_seniority (position)));
      break;
    case POS_COUNT: _hc_json_writer_int (w, hc_position_get_count (position)); break;
    case POS_LOCATION: _hc_json_writer_string (w, hc_position_get_location (position)); break;
    case POS_LOCATION_ADJUSTMENT:
      _hc_json_writer_double (w, hc_position_get_location_adjustment (position));
      break;
    case POS_SOURCING:
      _hc_json_writer_string (w, hc_sourcing_to_string (hc_position_get_sourcing (position)));
      break;
    case POS_PHASE: _hc_json_writer_string (w, hc_position_get_phase_id (position)); break;
    case POS_SKILLS: _hc_plan_write_skills (w, hc_position_get_skills (position)); break;
    case POS_SALARY:
      if (hc_position_get_salary_override (position, &range))
        _hc_plan_write_range (w, range);
      else
        _hc_json_writer_null (w);
      break;
    case POS_EARLIEST_START:
      if (hc_position_get_earliest_start (position, &week))
        _hc_json_writer_double (w, week);
      else
        _hc_json_writer_null (w);
      break;
    case POS_TIME_TO_HIRE:
      if (hc_position_get_time_to_hire (position, &range))
        _hc_plan_write_range (w, range);
      else
        _hc_json_writer_null (w);
      break;
    case POS_NOTES: _hc_json_writer_string (w, hc_position_get_notes (position)); break;
    default:
      _hc_json_writer_free (w);
      g_return_val_if_reached (NULL);
    }
  return writer_text (w);
}

char *
_hc_scenario_phase_field_text (HcPhase    *phase,
                               const char *field)
{
  HcJsonWriter *w = _hc_json_writer_new ();

  if (g_strcmp0 (field, "name") == 0)
    _hc_json_writer_string (w, hc_phase_get_name (phase));
  else if (g_strcmp0 (field, "description") == 0)
    _hc_json_writer_string (w, hc_phase_get_description (phase));
  else
    {
      _hc_json_writer_begin_object (w);
      _hc_json_writer_member (w, "unit");
      _hc_json_writer_string (w, hc_time_unit_to_string (hc_phase_get_unit (phase)));
      _hc_json_writer_member (w, "first");
      _hc_json_writer_int (w, hc_phase_get_first (phase));
      _hc_json_writer_member (w, "last");
      _hc_json_writer_int (w, hc_phase_get_last (phase));
      _hc_json_writer_end_object (w);
    }
  return writer_text (w);
}

char *
_hc_scenario_position_text (HcPosition *position)
{
  HcJsonWriter *w = _hc_json_writer_new ();

  _hc_plan_write_position (w, position);
  return writer_text (w);
}

char *
_hc_scenario_phase_text (HcPhase *phase)
{
  HcJsonWriter *w = _hc_json_writer_new ();

  _hc_plan_write_phase (w, phase);
  return writer_text (w);
}

char *
_hc_scenario_range_text (HcRange range)
{
  HcJsonWriter *w = _hc_json_writer_new ();

  _hc_plan_write_range (w, range);
  return writer_text (w);
}

char *
_hc_scenario_string_text (const char *string)
{
  HcJsonWriter *w = _hc_json_writer_new ();

  _hc_json_writer_string (w, string);
  return writer_text (w);
}

char *
_hc_scenario_ids_text (const char *const *ids)
{
  HcJsonWriter *w = _hc_json_writer_new ();

  _hc_json_writer_begin_array (w);
  for (guint i = 0; ids[i] != NULL; i++)
    _hc_json_writer_string (w, ids[i]);
  _hc_json_writer_end_array (w);
  return writer_text (w);
}
