/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "hc-plan.h"

G_BEGIN_DECLS

/* Runs @func @repeats times (after one warm-up run) and returns the median
 * wall time of one run in milliseconds. */
typedef void (*HcBenchFunc) (gpointer data);

double hc_bench_median_ms (HcBenchFunc  func,
                           gpointer     data,
                           guint        repeats);
/* Prints one line "NAME  median-ms  xFLOOR", the ratio to a floor measured
 * in the same run. */
void   hc_bench_print     (const char  *name,
                           double       median_ms,
                           double       floor_ms);

/* The chart library's figures (tests/bench/hc-bench-chart.c). */
void   hc_bench_chart_run (void);
/* Only the slide: its PDF, its PNG and their ratio ("hc-bench slide"). */
void   hc_bench_slide_run (void);
/* Switching scenario and the compare table (hc-bench-scenarios.c), on
 * @plan with four scenarios added. */
void   hc_bench_scenarios_run (HcPlan *plan);
/* The Gantt view's frames (tests/bench/hc-bench-gantt.c); needs a display. */
void   hc_bench_gantt_run (void);

G_END_DECLS
