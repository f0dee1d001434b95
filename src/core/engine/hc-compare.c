/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-compare"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hc-checks.h"
#include "hc-compare.h"
#include "hc-error.h"
#include "hc-format.h"
#include "hc-plan-scenarios.h"

struct _HcComparison
{
  GPtrArray *columns;  /* of HcCompareColumn */
  char      *title;
  char      *currency;
};

static void
column_free (HcCompareColumn *column)
{
  g_free (column->id);
  g_free (column->name);
  g_clear_object (&column->plan);
  g_clear_pointer (&column->timeline, hc_timeline_unref);
  g_clear_pointer (&column->budget, hc_budget_unref);
  g_clear_pointer (&column->checks, g_ptr_array_unref);
  g_clear_pointer (&column->conflicts, g_ptr_array_unref);
  g_clear_pointer (&column->changed, g_hash_table_unref);
  g_free (column);
}

static HcCompareColumn *
column_new (HcPlan     *plan,
            HcScenario *scenario)
{
  HcCompareColumn *column = g_new0 (HcCompareColumn, 1);
  const char *id = scenario != NULL ? hc_scenario_get_id (scenario) : NULL;

  column->id = g_strdup (id);
  column->name = g_strdup (scenario != NULL ? hc_scenario_get_name (scenario) : _("Base plan"));
  column->market = scenario != NULL ? hc_scenario_get_market (scenario) : hc_plan_get_market (plan);
  /* The base is computed as it is: a copy would only cost time. */
  if (scenario == NULL)
    {
      column->plan = g_object_ref (plan);
      column->conflicts = g_ptr_array_new ();
    }
  else
    column->plan = hc_plan_resolve_scenario (plan, id, &column->conflicts);
  column->timeline = hc_timeline_compute (column->plan);
  column->budget = hc_budget_compute (column->plan, column->timeline);
  column->checks = hc_plan_check (column->plan, column->timeline);
  column->changed = hc_plan_get_scenario_changed_positions (plan, id);
  /* A change that could not be made (a conflict) marks nothing. */
  {
    GHashTableIter iter;
    gpointer key;

    g_hash_table_iter_init (&iter, column->changed);
    while (g_hash_table_iter_next (&iter, &key, NULL))
      if (hc_plan_find_position (column->plan, key, NULL) == NULL)
        g_hash_table_iter_remove (&iter);
  }
  for (guint i = 0; i < column->checks->len; i++)
    {
      HcCheck *check = g_ptr_array_index (column->checks, i);

      if (check->severity == HC_CHECK_SEVERITY_WARNING)
        column->n_warnings++;
      else
        column->n_notes++;
    }
  return column;
}

HcComparison *
hc_comparison_new (HcPlan             *plan,
                   const char * const *scenarios,
                   GError            **error)
{
  g_autoptr(HcComparison) self = NULL;
  HcScenarioList *list;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  list = hc_plan_get_scenarios (plan);
  self = g_new0 (HcComparison, 1);
  self->columns = g_ptr_array_new_with_free_func ((GDestroyNotify) column_free);
  self->title = g_strdup (hc_plan_get_title (plan));
  self->currency = g_strdup (hc_plan_get_currency (plan));
  g_ptr_array_add (self->columns, column_new (plan, NULL));
  if (scenarios == NULL)
    {
      for (guint i = 0; i < hc_scenario_list_get_n (list); i++)
        g_ptr_array_add (self->columns, column_new (plan, hc_scenario_list_get (list, i)));
      return g_steal_pointer (&self);
    }
  for (guint i = 0; scenarios[i] != NULL; i++)
    {
      HcScenario *scenario = hc_scenario_list_find (list, scenarios[i], NULL);

      if (scenario == NULL)
        {
          g_set_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_NOT_FOUND,
                       _("The plan has no scenario “%s”"), scenarios[i]);
          return NULL;
        }
      g_ptr_array_add (self->columns, column_new (plan, scenario));
    }
  return g_steal_pointer (&self);
}

void
hc_comparison_free (HcComparison *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->columns);
  g_free (self->title);
  g_free (self->currency);
  g_free (self);
}

guint
hc_comparison_get_n_columns (HcComparison *self)
{
  return self->columns->len;
}

const HcCompareColumn *
hc_comparison_get_column (HcComparison *self,
                          guint         index)
{
  g_return_val_if_fail (index < self->columns->len, NULL);
  return g_ptr_array_index (self->columns, index);
}

const char *
hc_comparison_get_currency (HcComparison *self)
{
  return self->currency;
}

const char *
hc_comparison_get_title (HcComparison *self)
{
  return self->title;
}

/* A sign for people: "+" or the minus sign, never a hyphen. */
static const char *
sign_of (double value)
{
  return value < 0 ? "−" : "+";
}

char *
hc_compare_format_money_difference (HcRange     from,
                                    HcRange     to,
                                    const char *currency)
{
  double low = to.low - from.low, high = to.high - from.high;
  g_autofree char *a = NULL;
  g_autofree char *b = NULL;

  /* Below a unit is rounding, not a difference. */
  if (fabs (low) < 0.5 && fabs (high) < 0.5)
    return g_strdup ("—");
  if ((low >= 0) == (high >= 0))
    {
      HcRange span = { MIN (fabs (low), fabs (high)), MAX (fabs (low), fabs (high)) };
      g_autofree char *text = hc_format_money_range_compact (span, currency);

      return g_strdup_printf ("%s%s", sign_of (low + high), text);
    }
  a = hc_format_money_compact (fabs (low), currency);
  b = hc_format_money_compact (fabs (high), currency);
  /* Translators: a difference of money ranges whose ends move apart:
   * "−$20K to +$10K" */
  return g_strdup_printf (_("%s%s to %s%s"), sign_of (low), a, sign_of (high), b);
}

char *
hc_compare_format_weeks_difference (HcRange from,
                                    HcRange to)
{
  /* Whole weeks: the timeline's words are whole weeks too. */
  double low = round (to.low - from.low), high = round (to.high - from.high);
  guint most = (guint) MAX (fabs (low), fabs (high));

  if (low == 0 && high == 0)
    return g_strdup ("—");
  if (low == high || (low >= 0) != (high >= 0))
    {
      double mid = low == high ? low : round ((low + high) / 2);

      if (mid == 0)
        return g_strdup ("—");
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s%u week", "%s%u weeks",
                                           (gulong) fabs (mid)),
                              sign_of (mid), (guint) fabs (mid));
    }
  /* Translators: "+2–3 weeks": a sign, then the fewest and most weeks */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s%u–%u week", "%s%u–%u weeks", most),
                          sign_of (low), (guint) MIN (fabs (low), fabs (high)), most);
}

char *
hc_compare_format_count_difference (int from,
                                    int to)
{
  if (from == to)
    return g_strdup ("—");
  return g_strdup_printf ("%s%d", sign_of (to - from), ABS (to - from));
}
