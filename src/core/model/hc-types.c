/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-types"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "hc-types.h"

static HcRange *
hc_range_copy_boxed (const HcRange *range)
{
  return g_memdup2 (range, sizeof *range);
}

G_DEFINE_BOXED_TYPE (HcRange, hc_range, hc_range_copy_boxed, g_free)

gboolean
hc_range_equal (HcRange a,
                HcRange b)
{
  return a.low == b.low && a.high == b.high;
}

/* hc_range_check() lives with the other rules, in hc-validate.c. */

/* Each enumeration has a stable name for files and a label for people; the
 * tables below keep both side by side so they cannot drift apart. */
typedef struct
{
  const char *id;
  const char *label;
} HcEnumName;

static const HcEnumName seniority_names[] = {
  { "junior", N_("Junior") },
  { "mid",    N_("Mid-level") },
  { "senior", N_("Senior") },
  { "staff",  N_("Staff") },
};

static const HcEnumName role_kind_names[] = {
  { "generalist", N_("Generalist") },
  { "specialist", N_("Specialist") },
};

static const HcEnumName sourcing_names[] = {
  { "direct",   N_("Direct") },
  { "referral", N_("Referral") },
  { "agency",   N_("Agency") },
};

static const HcEnumName time_unit_names[] = {
  { "week",  N_("Weeks") },
  { "month", N_("Months") },
};

static const HcEnumName skill_names[] = {
  { "api",            N_("API design") },
  { "database",       N_("Database design") },
  { "infrastructure", N_("Infrastructure") },
  { "platform",       N_("Platform tooling") },
};

static gboolean
enum_from_string (const HcEnumName *names,
                  guint             n_names,
                  const char       *str,
                  guint            *out)
{
  if (str == NULL)
    return FALSE;
  for (guint i = 0; i < n_names; i++)
    if (g_str_equal (names[i].id, str))
      {
        *out = i;
        return TRUE;
      }
  return FALSE;
}

#define ENUM_FUNCS(prefix, Type, table)                                   \
  const char *prefix##_to_string (Type value)                             \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);    \
    return table[value].id;                                               \
  }                                                                       \
  const char *prefix##_get_label (Type value)                             \
  {                                                                       \
    g_return_val_if_fail ((guint) value < G_N_ELEMENTS (table), NULL);    \
    return _(table[value].label);                                         \
  }                                                                       \
  gboolean prefix##_from_string (const char *str, Type *out)              \
  {                                                                       \
    guint i;                                                              \
    if (!enum_from_string (table, G_N_ELEMENTS (table), str, &i))         \
      return FALSE;                                                       \
    *out = (Type) i;                                                      \
    return TRUE;                                                          \
  }

ENUM_FUNCS (hc_seniority, HcSeniority, seniority_names)
ENUM_FUNCS (hc_role_kind, HcRoleKind, role_kind_names)
ENUM_FUNCS (hc_sourcing, HcSourcing, sourcing_names)

const char *
hc_time_unit_to_string (HcTimeUnit unit)
{
  g_return_val_if_fail ((guint) unit < G_N_ELEMENTS (time_unit_names), NULL);
  return time_unit_names[unit].id;
}

gboolean
hc_time_unit_from_string (const char *str,
                          HcTimeUnit *out)
{
  guint i;

  if (!enum_from_string (time_unit_names, G_N_ELEMENTS (time_unit_names), str, &i))
    return FALSE;
  *out = (HcTimeUnit) i;
  return TRUE;
}

/* Skills are flags; their table is indexed by the bit. */
static int
skill_index (HcSkills skill)
{
  for (guint i = 0; i < HC_N_SKILLS; i++)
    if (skill == (HcSkills) (1u << i))
      return (int) i;
  return -1;
}

const char *
hc_skill_to_string (HcSkills skill)
{
  int i = skill_index (skill);

  g_return_val_if_fail (i >= 0, NULL);
  return skill_names[i].id;
}

gboolean
hc_skill_from_string (const char *str,
                      HcSkills   *out)
{
  guint i;

  if (!enum_from_string (skill_names, G_N_ELEMENTS (skill_names), str, &i))
    return FALSE;
  *out = (HcSkills) (1u << i);
  return TRUE;
}
