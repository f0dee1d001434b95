/* SPDX-License-Identifier: GPL-3.0-or-later */
/* A large plan made in code, for the chart tests and the benchmark. */
#pragma once

#include "headcount-core.h"

/* @n positions over the default plan's roles and phases, each with a
 * location "Site NNNN" that names it uniquely, so a test can find every row
 * in an export's text.  Every seventh position has a count of 3. */
static inline HcPlan *
chart_test_make_plan (guint n)
{
  HcPlan *plan = hc_plan_new_default ();
  GListModel *roles = G_LIST_MODEL (hc_plan_get_roles (plan));
  GListModel *phases = G_LIST_MODEL (hc_plan_get_phases (plan));
  guint n_roles = g_list_model_get_n_items (roles);
  guint n_phases = g_list_model_get_n_items (phases);

  hc_plan_set_title (plan, "Large test plan");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(HcRole) role = g_list_model_get_item (roles, i % n_roles);
      g_autoptr(HcPhase) phase = g_list_model_get_item (phases, (i / 3) % n_phases);
      g_autofree char *id = g_strdup_printf ("pos-%u", i);
      g_autofree char *location = g_strdup_printf ("Site %04u", i);
      g_autoptr(HcPosition) position =
        hc_position_new (id, hc_role_get_id (role), (HcSeniority) (i % HC_N_SENIORITIES), hc_phase_get_id (phase));

      hc_position_set_location (position, location);
      hc_position_set_count (position, i % 7 == 6 ? 3 : 1);
      g_list_store_append (hc_plan_get_positions (plan), position);
    }
  return plan;
}

/* A plan long enough to split by time: @n positions (at least 2) over a
 * 24-month horizon, the first held back to week 90, so the axis runs past
 * two years, and the second to week 50, so its bar runs across the middle
 * of the axis. */
static inline HcPlan *
chart_test_make_long_plan (guint n)
{
  HcPlan *plan = chart_test_make_plan (n);
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));
  g_autoptr(HcPosition) late = g_list_model_get_item (positions, 0);
  g_autoptr(HcPosition) middle = g_list_model_get_item (positions, 1);
  double late_week = 90, middle_week = 50;

  hc_plan_set_horizon_months (plan, 24);
  hc_position_set_earliest_start (late, &late_week);
  hc_position_set_earliest_start (middle, &middle_week);
  return plan;
}
