/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-gantt-chart.h"

G_BEGIN_DECLS

struct _HcGanttChart
{
  int     ref_count;
  GArray *items;       /* HcGanttItem */
  GDate   start_date;
  char   *currency;
  double  end_week;
  char   *title;
  char   *plan_subtitle; /* the plan's own line under the title; NULL if none */
  char   *subtitle;      /* start, people and cost */
  char   *summary;
  double  label_width;  /* the widest row label's need; 0 until measured
                         * (hc-gantt-layout.c) */
};

G_END_DECLS
