/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The whole chart library in one include. */
#pragma once

#include "hc-budget-chart.h"
#include "hc-chart-export.h"
#include "hc-chart-format.h"
#include "hc-chart-pages.h"
#include "hc-chart-image.h"
#include "hc-chart-style.h"
#include "hc-chart-types.h"
#include "hc-gantt-chart.h"
#include "hc-gantt-layout.h"
#include "hc-gantt-paint.h"
