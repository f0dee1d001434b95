/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-plan-io"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "hc-defaults-private.h"
#include "hc-error.h"
#include "hc-extras-private.h"
#include "hc-json-scan-private.h"
#include "hc-json-writer-private.h"
#include "hc-locations.h"
#include "hc-plan-io.h"
#include "hc-plan-members-private.h"
#include "hc-plan-reader-private.h"
#include "hc-scenario-io-private.h"
#include "hc-validate.h"

/* ───────────────────────── Reading values ─────────────────────────
 * Every reader gets the JSON path of its value, to name it in an error. */

static gboolean invalid (GString     *path,
                         GError     **error,
                         const char  *format,
                         ...) G_GNUC_PRINTF (3, 4);

static gboolean
invalid (GString     *path,
         GError     **error,
         const char  *format,
         ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID,
               "%s: %s", path->str, message);
  return FALSE;
}

static gsize
path_push_key (GString    *path,
               const char *key)
{
  gsize old_len = path->len;

  g_string_append_c (path, '.');
  g_string_append (path, key);
  return old_len;
}

static gsize
path_push_index (GString *path,
                 guint    index)
{
  gsize old_len = path->len;

  g_string_append_printf (path, "[%u]", index);
  return old_len;
}

static gboolean
read_number (HcJsonValue  *node,
             GString   *path,
             double    *value,
             GError   **error)
{
  if (!_hc_json_value_get_number (node, value))
    return invalid (path, error, _("must be a number"));
  if (!isfinite (*value))
    return invalid (path, error, _("is too large a number"));
  return TRUE;
}

/* A count or a horizon: any JSON value, for the rule to judge; not a
 * number is as wrong as a fraction, and the rule's message says both. */
static double
read_any_number (HcJsonValue *node)
{
  double v;

  return _hc_json_value_get_number (node, &v) ? v : NAN;
}

static gboolean
read_string (HcJsonValue *node,
             GString     *path,
             const char **value,
             GError     **error)
{
  *value = NULL;
  if (node->type != HC_JSON_STRING)
    return invalid (path, error, _("must be a string"));
  *value = node->v.string;
  return TRUE;
}

typedef gboolean (*HcFromString) (const char *str,
                                  int        *out);

/* An enumeration written as one of its stable identifiers. */
static gboolean
read_enum (HcJsonValue   *node,
           GString       *path,
           HcFromString   from_string,
           const char    *allowed,
           int           *value,
           GError       **error)
{
  const char *str;

  if (!read_string (node, path, &str, error))
    return FALSE;
  if (!from_string (str, value))
    return invalid (path, error, _("must be one of %s"), allowed);
  return TRUE;
}

#define SKILL_NAMES _("“api”, “database”, “infrastructure”, “platform”")

static gboolean
read_skills (HcJsonValue  *node,
             GString   *path,
             HcSkills  *skills,
             GError   **error)
{
  guint i = 0;

  if (node->type != HC_JSON_ARRAY)
    return invalid (path, error, _("must be a list of skills (%s)"), SKILL_NAMES);
  *skills = HC_SKILL_NONE;
  for (HcJsonValue *element = node->v.first; element != NULL; element = element->next, i++)
    {
      gsize old_len = path_push_index (path, i);
      int skill;

      if (!read_enum (element, path,
                      (HcFromString) hc_skill_from_string, SKILL_NAMES, &skill, error))
        return FALSE;
      g_string_truncate (path, old_len);
      *skills |= (HcSkills) skill;
    }
  return TRUE;
}

static gboolean
read_date (HcJsonValue  *node,
           GString   *path,
           GDate     *date,
           GError   **error)
{
  const char *str;

  if (!read_string (node, path, &str, error))
    return FALSE;
  if (!hc_parse_iso_date (str, date))
    return invalid (path, error, _("must be a date written YYYY-MM-DD"));
  return TRUE;
}

/* ───────────────────────── Reading objects ─────────────────────────
 * Each kind of object has a table of its members, in the order they are
 * written; the same table tells the writer which extras to skip. */

/* Reads the known member number @index of a table. */
typedef gboolean (*HcReadMember) (gpointer   target,
                                  guint      index,
                                  HcJsonValue  *node,
                                  GString   *path,
                                  GError   **error);

/* The scan kept the member as its text (the plan's shape, below, does
 * not name it), which is what the writer writes back. */
static void
keep_unknown_member (HcExtras    **extras,
                     const char   *name,
                     HcJsonValue  *node)
{
  g_assert (node->type == HC_JSON_RAW);
  if (extras == NULL)
    return; /* a range or a table by seniority: nowhere to keep it */
  if (*extras == NULL)
    *extras = _hc_extras_new ();
  _hc_extras_add (*extras, name, node->v.raw, node->n_children);
}

/* Walks the members of @node (which must be an object) in file order:
 * known ones go to @read_member, unknown ones into @extras (if not NULL),
 * and a missing required one is an error. */
static gboolean
read_members (HcJsonValue         *node,
              const HcMemberSpec  *specs,
              guint                n_specs,
              HcReadMember         read_member,
              gpointer             target,
              GString             *path,
              HcExtras           **extras,
              GError             **error)
{
  guint64 seen = 0;

  g_assert (n_specs <= 64);
  if (node->type != HC_JSON_OBJECT)
    return invalid (path, error, _("must be an object"));
  for (HcJsonValue *member = node->v.first; member != NULL; member = member->next)
    {
      int index = _hc_member_spec_find (specs, n_specs, member->name);
      gsize old_len;

      if (index < 0)
        {
          keep_unknown_member (extras, member->name, member);
          continue;
        }
      old_len = path_push_key (path, specs[index].name);
      if (!read_member (target, (guint) index, member, path, error))
        return FALSE;
      g_string_truncate (path, old_len);
      seen |= G_GUINT64_CONSTANT (1) << index;
    }
  for (guint i = 0; i < n_specs; i++)
    if (specs[i].required && (seen & (G_GUINT64_CONSTANT (1) << i)) == 0)
      {
        path_push_key (path, specs[i].name);
        return invalid (path, error, _("is missing"));
      }
  return TRUE;
}

/* Ranges: {"low": …, "high": …} */

static gboolean
read_range_member (gpointer   target,
                   guint      index,
                   HcJsonValue  *node,
                   GString   *path,
                   GError   **error)
{
  HcRange *range = target;

  return read_number (node, path, index == 0 ? &range->low : &range->high, error);
}

static gboolean
read_range (HcJsonValue  *node,
            GString   *path,
            HcRange   *range,
            GError   **error)
{
  return read_members (node, _hc_range_members, N_RANGE_MEMBERS,
                       read_range_member, range, path, NULL, error);
}

/* Tables by seniority: {"junior": R, "mid": R, "senior": R, "staff": R} */

static gboolean
read_seniority_range (gpointer   target,
                      guint      index,
                      HcJsonValue  *node,
                      GString   *path,
                      GError   **error)
{
  HcRange *ranges = target;

  return read_range (node, path, &ranges[index], error);
}

static gboolean
read_seniority_table (HcJsonValue  *node,
                      GString   *path,
                      HcRange    ranges[HC_N_SENIORITIES],
                      GError   **error)
{
  return read_members (node, _hc_seniority_members, HC_N_SENIORITIES,
                       read_seniority_range, ranges, path, NULL, error);
}

/* Adds the JSON array @node of objects, each read by @read_item, to @store
 * in one splice: one items-changed signal instead of one per item. */
typedef GObject *(*HcReadItem) (HcJsonValue  *node,
                                GString   *path,
                                GError   **error);

static gboolean
read_list (HcJsonValue *node,
           GString     *path,
           guint        max_items,
           HcReadItem   read_item,
           GListStore  *store,
           GError     **error)
{
  g_autoptr(GPtrArray) items = NULL;
  guint n, i = 0;

  if (node->type != HC_JSON_ARRAY)
    return invalid (path, error, _("must be a list"));
  n = node->n_children;
  if (n > max_items)
    return invalid (path, error, _("has %u items; at most %u are allowed"), n, max_items);
  items = g_ptr_array_new_full (n, g_object_unref);
  for (HcJsonValue *element = node->v.first; element != NULL; element = element->next, i++)
    {
      gsize old_len = path_push_index (path, i);
      GObject *item = read_item (element, path, error);

      if (item == NULL)
        return FALSE;
      g_ptr_array_add (items, item);
      g_string_truncate (path, old_len);
    }
  g_list_store_splice (store, 0, g_list_model_get_n_items (G_LIST_MODEL (store)),
                       items->pdata, items->len);
  return TRUE;
}

static void
store_extras (gpointer  object,
              HcExtras *extras)
{
  if (extras != NULL)
    {
      _hc_extras_set (object, extras);
      _hc_extras_unref (extras);
    }
}

/* Reads an object's members into @target, and keeps the members this
 * version does not know on @owner (the model object they belong to). */
static gboolean
read_object (HcJsonValue         *node,
             const HcMemberSpec  *specs,
             guint                n_specs,
             HcReadMember         read_member,
             gpointer             target,
             gpointer             owner,
             GString             *path,
             GError             **error)
{
  HcExtras *extras = NULL;

  if (!read_members (node, specs, n_specs, read_member, target, path, &extras, error))
    {
      g_clear_pointer (&extras, _hc_extras_unref);
      return FALSE;
    }
  store_extras (owner, extras);
  return TRUE;
}

/* Roles */

/* A role being read, and which of its figures the file gave. */
typedef struct
{
  HcRole  *role;
  gboolean has_salary;
  gboolean has_time_to_hire;
  gboolean has_ramp_up;
} HcRoleReading;

static gboolean
read_role_member (gpointer   target,
                  guint      index,
                  HcJsonValue  *node,
                  GString   *path,
                  GError   **error)
{
  HcRoleReading *reading = target;
  HcRole *role = reading->role;
  const char *str;
  HcRange ranges[HC_N_SENIORITIES] = { { 0, 0 } };
  HcRange range = { 0, 0 };
  HcSkills skills;
  int kind;

  switch (index)
    {
    case ROLE_ID:
      return read_string (node, path, &str, error) && (hc_role_set_id (role, str), TRUE);
    case ROLE_NAME:
      return read_string (node, path, &str, error) && (hc_role_set_name (role, str), TRUE);
    case ROLE_KIND:
      if (!read_enum (node, path, (HcFromString) hc_role_kind_from_string,
                      _("“generalist”, “specialist”"), &kind, error))
        return FALSE;
      hc_role_set_kind (role, (HcRoleKind) kind);
      return TRUE;
    case ROLE_SKILLS:
      return read_skills (node, path, &skills, error) && (hc_role_set_skills (role, skills), TRUE);
    case ROLE_DESCRIPTION:
      return read_string (node, path, &str, error) && (hc_role_set_description (role, str), TRUE);
    case ROLE_SALARY:
      reading->has_salary = TRUE;
      if (!read_seniority_table (node, path, ranges, error))
        return FALSE;
      for (guint s = 0; s < HC_N_SENIORITIES; s++)
        hc_role_set_salary (role, (HcSeniority) s, ranges[s]);
      return TRUE;
    case ROLE_TIME_TO_HIRE:
      reading->has_time_to_hire = TRUE;
      return read_range (node, path, &range, error) && (hc_role_set_time_to_hire (role, range), TRUE);
    case ROLE_RAMP_UP:
      reading->has_ramp_up = TRUE;
      if (!read_seniority_table (node, path, ranges, error))
        return FALSE;
      for (guint s = 0; s < HC_N_SENIORITIES; s++)
        hc_role_set_ramp_up (role, (HcSeniority) s, ranges[s]);
      return TRUE;
    default:
      g_assert_not_reached ();
    }
}

/* Which of a role's figures its file left out, until the reader knows
 * which benchmark set fills them: the "benchmarks" member may come after
 * "roles". */
enum { LEFT_OUT_SALARY = 1 << 0, LEFT_OUT_TIME_TO_HIRE = 1 << 1 };

static GQuark
left_out_quark (void)
{
  return g_quark_from_static_string ("hc-reader-left-out");
}

static GObject *
read_role (HcJsonValue  *node,
           GString   *path,
           GError   **error)
{
  g_autoptr(HcRole) role = hc_role_new ("", "", HC_ROLE_KIND_GENERALIST);
  HcRoleReading reading = { role, FALSE, FALSE, FALSE };
  const char *missing = NULL;

  if (!read_object (node, _hc_role_members, N_ROLE_MEMBERS, read_role_member,
                    &reading, role, path, error))
    return NULL;
  /* Figures left out are the benchmark set's, for a built-in role: the
   * current set's for now, the older set's once the whole file is read
   * and names it or none (left_out_quark()). */
  if (!reading.has_salary && !_hc_defaults_fill_role_salary (role, FALSE))
    missing = "salary";
  else if (!reading.has_time_to_hire && !_hc_defaults_fill_role_time_to_hire (role, FALSE))
    missing = "time_to_hire_weeks";
  else if (!reading.has_ramp_up && !_hc_defaults_fill_role_ramp_up (role))
    missing = "ramp_up_weeks";
  if (missing != NULL)
    {
      path_push_key (path, missing);
      invalid (path, error, _("is missing (only a built-in role may leave it out)"));
      return NULL;
    }
  if (!reading.has_salary || !reading.has_time_to_hire)
    g_object_set_qdata (G_OBJECT (role), left_out_quark (),
                        GUINT_TO_POINTER ((reading.has_salary ? 0 : LEFT_OUT_SALARY)
                                          | (reading.has_time_to_hire ? 0 : LEFT_OUT_TIME_TO_HIRE)));
  return G_OBJECT (g_steal_pointer (&role));
}

/* A file that names the older set, or none (written before sets had
 * names), is priced with the older set where it leaves a figure out, so
 * that its label and its figures name one set (DOMAIN.md, "A plan without
 * a benchmark set"). */
static void
fill_left_out (HcPlan   *plan,
               gboolean  has_roles)
{
  gboolean older = _hc_defaults_set_is_older (hc_plan_get_benchmarks (plan));
  GListModel *roles = G_LIST_MODEL (hc_plan_get_roles (plan));
  HcCostAssumptions *assumptions = hc_plan_get_assumptions (plan);

  if (isnan (hc_cost_assumptions_get (assumptions, HC_ASSUMPTION_BENEFITS_PERCENT).low))
    hc_cost_assumptions_set (assumptions, HC_ASSUMPTION_BENEFITS_PERCENT,
                             _hc_defaults_get_benefits (older));
  if (!has_roles)
    {
      g_list_store_remove_all (hc_plan_get_roles (plan));
      _hc_defaults_add_roles_of_set (hc_plan_get_roles (plan), older);
      return;
    }
  for (guint i = 0; i < g_list_model_get_n_items (roles); i++)
    {
      g_autoptr(HcRole) role = g_list_model_get_item (roles, i);
      guint left_out = GPOINTER_TO_UINT (g_object_steal_qdata (G_OBJECT (role), left_out_quark ()));

      if (older && (left_out & LEFT_OUT_SALARY) != 0)
        _hc_defaults_fill_role_salary (role, TRUE);
      if (older && (left_out & LEFT_OUT_TIME_TO_HIRE) != 0)
        _hc_defaults_fill_role_time_to_hire (role, TRUE);
    }
}

/* Phases */

/* The unit and both ends are set at once, after all three are read. */
typedef struct
{
  HcPhase *phase;
  int      unit;
  guint    first;
  guint    last;
} HcPhaseReading;

/* Any value a guint holds; hc_plan_validate() knows the bounds, which
 * depend on the unit. */
static gboolean
read_phase_bound (HcJsonValue  *node,
                  GString   *path,
                  guint     *value,
                  GError   **error)
{
  double v;

  if (!_hc_json_value_get_number (node, &v) || !isfinite (v) || v != floor (v) ||
      v < 0 || v > G_MAXUINT)
    return invalid (path, error, _("must be a whole number from 1 to %u"), (guint) HC_MAX_WEEKS);
  *value = (guint) v;
  return TRUE;
}

static gboolean
read_phase_member (gpointer   target,
                   guint      index,
                   HcJsonValue  *node,
                   GString   *path,
                   GError   **error)
{
  HcPhaseReading *r = target;
  const char *str;

  switch (index)
    {
    case PHASE_ID:
      return read_string (node, path, &str, error) && (hc_phase_set_id (r->phase, str), TRUE);
    case PHASE_NAME:
      return read_string (node, path, &str, error) && (hc_phase_set_name (r->phase, str), TRUE);
    case PHASE_DESCRIPTION:
      return read_string (node, path, &str, error) &&
             (hc_phase_set_description (r->phase, str), TRUE);
    case PHASE_UNIT:
      return read_enum (node, path, (HcFromString) hc_time_unit_from_string,
                        _("“week”, “month”"), &r->unit, error);
    case PHASE_FIRST:
      return read_phase_bound (node, path, &r->first, error);
    case PHASE_LAST:
      return read_phase_bound (node, path, &r->last, error);
    default:
      g_assert_not_reached ();
    }
}

static GObject *
read_phase (HcJsonValue  *node,
            GString   *path,
            GError   **error)
{
  g_autoptr(HcPhase) phase = hc_phase_new ("", "", HC_TIME_UNIT_WEEK, 1, 1);
  HcPhaseReading r = { phase, HC_TIME_UNIT_WEEK, 1, 1 };

  if (!read_object (node, _hc_phase_members, N_PHASE_MEMBERS, read_phase_member,
                    &r, phase, path, error))
    return NULL;
  hc_phase_set_range (phase, (HcTimeUnit) r.unit, r.first, r.last);
  return G_OBJECT (g_steal_pointer (&phase));
}

/* Positions */

#define SENIORITY_NAMES _("“junior”, “mid”, “senior”, “staff”")

static gboolean
read_position_text (HcPosition  *position,
                    guint        index,
                    HcJsonValue *node,
                    GString     *path,
                    GError     **error)
{
  const char *str;

  if (!read_string (node, path, &str, error))
    return FALSE;
  switch (index)
    {
    case POS_ID:       hc_position_set_id (position, str); break;
    case POS_ROLE:     hc_position_set_role_id (position, str); break;
    case POS_LOCATION: hc_position_set_location (position, str); break;
    case POS_PHASE:    hc_position_set_phase_id (position, str); break;
    case POS_NOTES:    hc_position_set_notes (position, str); break;
    default:           g_assert_not_reached ();
    }
  return TRUE;
}

static gboolean
read_position_member (gpointer   target,
                      guint      index,
                      HcJsonValue  *node,
                      GString   *path,
                      GError   **error)
{
  HcPosition *position = target;
  HcSkills skills;
  HcRange range;
  double number;
  int value;

  switch (index)
    {
    case POS_SENIORITY:
      if (!read_enum (node, path, (HcFromString) hc_seniority_from_string,
                      SENIORITY_NAMES, &value, error))
        return FALSE;
      hc_position_set_seniority (position, (HcSeniority) value);
      return TRUE;
    case POS_COUNT:
      number = read_any_number (node);
      return hc_validate_count (number, path->str, error) &&
             (hc_position_set_count (position, (guint) number), TRUE);
    case POS_LOCATION_ADJUSTMENT:
      return read_number (node, path, &number, error) &&
             (hc_position_set_location_adjustment (position, number), TRUE);
    case POS_SOURCING:
      if (!read_enum (node, path, (HcFromString) hc_sourcing_from_string,
                      _("“direct”, “referral”, “agency”"), &value, error))
        return FALSE;
      hc_position_set_sourcing (position, (HcSourcing) value);
      return TRUE;
    case POS_SKILLS:
      return read_skills (node, path, &skills, error) &&
             (hc_position_set_skills (position, skills), TRUE);
    case POS_SALARY:
      return read_range (node, path, &range, error) &&
             (hc_position_set_salary_override (position, &range), TRUE);
    case POS_EARLIEST_START:
      return read_number (node, path, &number, error) &&
             (hc_position_set_earliest_start (position, &number), TRUE);
    case POS_TIME_TO_HIRE:
      return read_range (node, path, &range, error) &&
             (hc_position_set_time_to_hire (position, &range), TRUE);
    case POS_RELOCATION:
      return read_range (node, path, &range, error) &&
             (hc_position_set_relocation (position, range), TRUE);
    default:
      return read_position_text (position, index, node, path, error);
    }
}

static GObject *
read_position (HcJsonValue  *node,
               GString   *path,
               GError   **error)
{
  g_autoptr(HcPosition) position = hc_position_new ("", "", HC_SENIORITY_MID, "");

  if (!read_object (node, _hc_position_members, N_POSITION_MEMBERS, read_position_member,
                    position, position, path, error))
    return NULL;
  return G_OBJECT (g_steal_pointer (&position));
}

/* Assumptions: members in HcAssumption order. */

static gboolean
read_assumption_member (gpointer   target,
                        guint      index,
                        HcJsonValue  *node,
                        GString   *path,
                        GError   **error)
{
  HcRange range;

  if (!read_range (node, path, &range, error))
    return FALSE;
  hc_cost_assumptions_set (target, (HcAssumption) index, range);
  return TRUE;
}

static gboolean
read_assumptions (HcJsonValue        *node,
                  GString            *path,
                  HcCostAssumptions  *assumptions,
                  GError            **error)
{

  if (!read_object (node, _hc_assumption_members, HC_N_ASSUMPTIONS, read_assumption_member,
                    assumptions, assumptions, path, error))
    return FALSE;
  return TRUE;
}

/* The plan */

typedef struct
{
  HcPlan   *plan;
  gboolean  has_roles;
  gboolean  has_phases;
  gboolean  has_benchmarks;
} HcPlanReading;

static gboolean
read_plan_text (HcPlan      *plan,
                guint        index,
                HcJsonValue *node,
                GString     *path,
                GError     **error)
{
  const char *str;

  if (!read_string (node, path, &str, error))
    return FALSE;
  if (index == PLAN_TITLE)
    hc_plan_set_title (plan, str);
  else if (index == PLAN_SUBTITLE)
    hc_plan_set_subtitle (plan, str);
  else if (index == PLAN_NOTES)
    hc_plan_set_notes (plan, str);
  else
    hc_plan_set_currency (plan, str); /* hc_plan_validate() checks the code */
  return TRUE;
}

static gboolean
read_plan_member (gpointer   target,
                  guint      index,
                  HcJsonValue  *node,
                  GString   *path,
                  GError   **error)
{
  HcPlanReading *r = target;
  const char *str;
  double rate;
  GDate date;
  double months;

  switch (index)
    {
    case PLAN_FORMAT:
    case PLAN_VERSION:
      return TRUE; /* checked before anything else */
    case PLAN_START_DATE:
      return read_date (node, path, &date, error) && (hc_plan_set_start_date (r->plan, &date), TRUE);
    case PLAN_HORIZON_MONTHS:
      months = read_any_number (node);
      return hc_validate_horizon_months (months, path->str, error) &&
             (hc_plan_set_horizon_months (r->plan, (guint) months), TRUE);
    case PLAN_ASSUMPTIONS:
      return read_assumptions (node, path, hc_plan_get_assumptions (r->plan), error);
    case PLAN_ROLES:
      r->has_roles = TRUE;
      return read_list (node, path, HC_MAX_ITEMS, read_role, hc_plan_get_roles (r->plan), error);
    case PLAN_PHASES:
      r->has_phases = TRUE;
      return read_list (node, path, HC_MAX_ITEMS, read_phase, hc_plan_get_phases (r->plan), error);
    case PLAN_POSITIONS:
      return read_list (node, path, HC_MAX_POSITIONS, read_position,
                        hc_plan_get_positions (r->plan), error);
    case PLAN_USD_EXCHANGE_RATE:
      /* hc_plan_validate() checks the bounds. */
      return read_number (node, path, &rate, error) &&
             (hc_plan_set_usd_exchange_rate (r->plan, rate), TRUE);
    case PLAN_BENCHMARKS:
      /* The set the file's defaults come from.  A set this build does not
       * know (a newer one) is kept and written back as it was. */
      r->has_benchmarks = TRUE;
      if (!read_string (node, path, &str, error))
        return FALSE;
      if (*str == '\0' || g_utf8_strlen (str, -1) > HC_MAX_ID_LENGTH)
        return invalid (path, error, _("must be the name of a benchmark set, 1 to %u characters"),
                        (guint) HC_MAX_ID_LENGTH);
      hc_plan_set_benchmarks (r->plan, str);
      return TRUE;
    case PLAN_SCENARIOS:
      {
        g_autoptr(HcScenarioList) scenarios = _hc_scenarios_read (node, path, error);

        if (scenarios == NULL)
          return FALSE;
        hc_plan_set_scenarios (r->plan, scenarios);
        return TRUE;
      }
    case PLAN_MARKET:
      {
        HcMarket market;

        /* The market of a plan a scenario made, written on its own
         * (--export with --scenario); a base keeps its scenarios'. */
        if (!read_string (node, path, &str, error))
          return FALSE;
        if (!hc_market_from_string (str, &market))
          return invalid (path, error, _("must be one of “guides”, “tighter-20”, “tighter-30”"));
        hc_plan_set_market (r->plan, market);
        return TRUE;
      }
    default:
      return read_plan_text (r->plan, index, node, path, error);
    }
}

/* "format" says what the file is, "version" whether this build can read
 * it; both are checked before anything else, whose meaning they decide. */
static gboolean
check_format_and_version (HcJsonValue  *root,
                          GError   **error)
{
  HcJsonValue *format = _hc_json_object_get_member (root, "format");
  HcJsonValue *version = _hc_json_object_get_member (root, "version");
  char buf[G_ASCII_DTOSTR_BUF_SIZE];
  double v;

  if (format == NULL || format->type != HC_JSON_STRING ||
      strcmp (format->v.string, HC_PLAN_FORMAT_NAME) != 0)
    {
      /* Where, as every other error says: the whole file if it is no
       * object, else its "format". */
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_NOT_A_PLAN,
                   _("%s: this is not a Headcount plan: a plan is a JSON object whose "
                     "“format” is “%s”."),
                   root->type == HC_JSON_OBJECT ? "$.format" : "$", HC_PLAN_FORMAT_NAME);
      return FALSE;
    }
  if (version == NULL)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_VERSION,
                   _("$.version: is missing"));
      return FALSE;
    }
  if (!_hc_json_value_get_number (version, &v) || !isfinite (v) || v != floor (v) || v < 1)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_VERSION,
                   _("$.version: must be a whole number from 1 (this version reads versions up to %d)"),
                   HC_PLAN_FORMAT_VERSION);
      return FALSE;
    }
  if (v > HC_PLAN_FORMAT_VERSION)
    {
      g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_VERSION,
                   _("$.version: this plan was written by a newer Headcount (format version %s); "
                     "this version reads versions up to %d"),
                   _hc_json_format_double (buf, sizeof buf, v), HC_PLAN_FORMAT_VERSION);
      return FALSE;
    }
  return TRUE;
}

/* ───────────────────────── What the scan builds ─────────────────────────
 * The members each table above names, with the shape of their values (a
 * NULL entry is a scalar); everything else the scan keeps as text. */

static const HcJsonShape range_shape = {
  HC_JSON_SHAPE_OBJECT, _hc_range_members, N_RANGE_MEMBERS, NULL, NULL
};

static const HcJsonShape *const seniority_member_shapes[HC_N_SENIORITIES] = {
  &range_shape, &range_shape, &range_shape, &range_shape,
};

static const HcJsonShape seniority_shape = {
  HC_JSON_SHAPE_OBJECT, _hc_seniority_members, HC_N_SENIORITIES, seniority_member_shapes, NULL
};

static const HcJsonShape skills_shape = { HC_JSON_SHAPE_ARRAY, NULL, 0, NULL, NULL };

static const HcJsonShape *const role_member_shapes[N_ROLE_MEMBERS] = {
  [ROLE_SKILLS] = &skills_shape,
  [ROLE_SALARY] = &seniority_shape,
  [ROLE_TIME_TO_HIRE] = &range_shape,
  [ROLE_RAMP_UP] = &seniority_shape,
};

static const HcJsonShape role_shape = {
  HC_JSON_SHAPE_OBJECT, _hc_role_members, N_ROLE_MEMBERS, role_member_shapes, NULL
};

static const HcJsonShape phase_shape = {
  HC_JSON_SHAPE_OBJECT, _hc_phase_members, N_PHASE_MEMBERS, NULL, NULL
};

static const HcJsonShape *const position_member_shapes[N_POSITION_MEMBERS] = {
  [POS_SKILLS] = &skills_shape,
  [POS_SALARY] = &range_shape,
  [POS_TIME_TO_HIRE] = &range_shape,
  [POS_RELOCATION] = &range_shape,
};

static const HcJsonShape position_shape = {
  HC_JSON_SHAPE_OBJECT, _hc_position_members, N_POSITION_MEMBERS, position_member_shapes, NULL
};

static const HcJsonShape *const assumption_member_shapes[HC_N_ASSUMPTIONS] = {
  [0 ... HC_N_ASSUMPTIONS - 1] = &range_shape,
};

static const HcJsonShape assumptions_shape = {
  HC_JSON_SHAPE_OBJECT, _hc_assumption_members, HC_N_ASSUMPTIONS, assumption_member_shapes, NULL
};

static const HcJsonShape roles_shape = { HC_JSON_SHAPE_ARRAY, NULL, 0, NULL, &role_shape };
static const HcJsonShape phases_shape = { HC_JSON_SHAPE_ARRAY, NULL, 0, NULL, &phase_shape };
static const HcJsonShape positions_shape = { HC_JSON_SHAPE_ARRAY, NULL, 0, NULL, &position_shape };

static const HcJsonShape *const plan_member_shapes[N_PLAN_MEMBERS] = {
  [PLAN_ASSUMPTIONS] = &assumptions_shape,
  [PLAN_ROLES] = &roles_shape,
  [PLAN_PHASES] = &phases_shape,
  [PLAN_POSITIONS] = &positions_shape,
  [PLAN_SCENARIOS] = &_hc_scenarios_shape,
};

const HcJsonShape _hc_plan_shape = {
  HC_JSON_SHAPE_OBJECT, _hc_plan_members, N_PLAN_MEMBERS, plan_member_shapes, NULL
};

/* ───────────────────────── Locations ─────────────────────────
 * A preset is stored by its name and its percentage follows the
 * position's level (DOMAIN.md, "Geography follows the level").  Files
 * written before stored the percentage beside the name: the level's
 * figure wins (the one exception to "old files keep their figures"), and
 * the plan's load notes say so when that changes one.  A name stored
 * without a percentage that is no preset this build knows (a newer
 * build's) is a custom location at what the file gives it, 0 %, and
 * said so. */

static GQuark
load_notes_quark (void)
{
  return g_quark_from_static_string ("hc-plan-load-notes");
}

const char * const *
hc_plan_get_load_notes (HcPlan *plan)
{
  static const char *const none[] = { NULL };
  const char * const *notes;

  g_return_val_if_fail (HC_IS_PLAN (plan), none);

  notes = g_object_get_qdata (G_OBJECT (plan), load_notes_quark ());
  return notes != NULL ? notes : none;
}

static void
read_locations (HcPlan      *plan,
                HcJsonValue *positions_node,
                GPtrArray   *notes)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  const char *adjustment = _hc_position_members[POS_LOCATION_ADJUSTMENT].name;
  HcJsonValue *node = positions_node != NULL && positions_node->type == HC_JSON_ARRAY
                      ? positions_node->v.first : NULL;
  guint n_stale = 0;

  for (guint i = 0; node != NULL && i < g_list_model_get_n_items (positions); i++, node = node->next)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (positions, i);
      const HcLocationPreset *preset = hc_position_get_location_preset (position);
      gboolean stored = _hc_json_object_get_member (node, adjustment) != NULL;
      const char *name = hc_position_get_location (position);
      double figure;

      if (preset != NULL)
        {
          figure = hc_location_preset_for_position (preset, position);
          if (stored && hc_position_get_location_adjustment (position) != figure)
            n_stale++;
          hc_position_set_location_adjustment (position, figure);
        }
      else if (!stored && name != NULL && *name != '\0')
        {
          g_ptr_array_add (notes,
                           /* Translators: %s is a location's name as the
                            * file gives it, %u the position's place in the
                            * plan's list (from 1). */
                           g_strdup_printf (_("Position %u: “%s” is not a location preset this version knows; it is read as a custom location at 0 %%."),
                                            i + 1, name));
        }
    }
  if (n_stale > 0)
    g_ptr_array_insert (notes, 0,
                        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                                      "%u position at a location preset stored a percentage other than its level’s: presets now follow the level, and its salary uses the level’s figure.",
                                                      "%u positions at a location preset stored a percentage other than their level’s: presets now follow the level, and their salaries use the level’s figure.",
                                                      n_stale),
                                         n_stale));
}

HcPlan *
_hc_plan_read (HcJsonValue  *root,
               GError   **error)
{
  /* A new plan already holds what a file that leaves an optional member
   * out means: USD, the next Monday, 24 months, the guide's assumptions. */
  g_autoptr(HcPlan) plan = hc_plan_new ();
  g_autoptr(GString) path = g_string_new ("$");
  HcPlanReading r = { plan, FALSE, FALSE, FALSE };
  g_autoptr(GPtrArray) notes = g_ptr_array_new_with_free_func (g_free);

  if (!check_format_and_version (root, error))
    return NULL;
  /* Not a number until the file sets it: fill_left_out() then knows the
   * file left the benefits out. */
  hc_cost_assumptions_set (hc_plan_get_assumptions (plan), HC_ASSUMPTION_BENEFITS_PERCENT,
                           hc_range_make (NAN, NAN));
  if (!read_object (root, _hc_plan_members, N_PLAN_MEMBERS, read_plan_member,
                    &r, plan, path, error))
    return NULL;
  if (!r.has_phases)
    {
      g_list_store_remove_all (hc_plan_get_phases (plan));
      _hc_defaults_add_phases (hc_plan_get_phases (plan));
    }
  /* Written before plans named their benchmark set: every default was
   * spelled out, those of the older set.  The plan keeps them, named as
   * that set's, until a person takes the update
   * (hc_plan_update_benchmarks()). */
  if (!r.has_benchmarks)
    hc_plan_set_benchmarks (plan, HC_BENCHMARK_SET_TEAM_GUIDE);
  read_locations (plan, _hc_json_object_get_member (root, _hc_plan_members[PLAN_POSITIONS].name),
                  notes);
  fill_left_out (plan, r.has_roles);
  if (!hc_plan_validate (plan, error))
    return NULL;
  if (notes->len > 0)
    {
      g_ptr_array_add (notes, NULL);
      g_object_set_qdata_full (G_OBJECT (plan), load_notes_quark (),
                               g_ptr_array_free (g_steal_pointer (&notes), FALSE),
                               (GDestroyNotify) g_strfreev);
    }
  return g_steal_pointer (&plan);
}

/* For scenarios: an added position or phase, and one member of a
 * position, read as the plan's own are. */
const HcJsonShape *
_hc_plan_get_shape (HcPlanShape which)
{
  switch (which)
    {
    case HC_PLAN_SHAPE_POSITION: return &position_shape;
    case HC_PLAN_SHAPE_PHASE: return &phase_shape;
    case HC_PLAN_SHAPE_RANGE: return &range_shape;
    case HC_PLAN_SHAPE_SKILLS: return &skills_shape;
    default: g_return_val_if_reached (NULL);
    }
}

HcPosition *
_hc_plan_read_position (HcJsonValue  *node,
                        GString      *path,
                        GError      **error)
{
  return (HcPosition *) read_position (node, path, error);
}

HcPhase *
_hc_plan_read_phase (HcJsonValue  *node,
                     GString      *path,
                     GError      **error)
{
  return (HcPhase *) read_phase (node, path, error);
}

gboolean
_hc_plan_read_position_member (HcPosition   *position,
                               guint         index,
                               HcJsonValue  *node,
                               GString      *path,
                               GError      **error)
{
  return read_position_member (position, index, node, path, error);
}

gboolean
_hc_plan_read_range (HcJsonValue  *node,
                     GString      *path,
                     HcRange      *range,
                     GError      **error)
{
  return read_range (node, path, range, error);
}

gboolean
_hc_plan_read_date (HcJsonValue  *node,
                    GString      *path,
                    GDate        *date,
                    GError      **error)
{
  return read_date (node, path, date, error);
}
