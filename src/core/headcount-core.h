/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The whole core API in one include. */
#pragma once

#include "hc-types.h"
#include "hc-error.h"
#include "hc-format.h"
#include "hc-role.h"
#include "hc-phase.h"
#include "hc-position.h"
#include "hc-cost-assumptions.h"
#include "hc-plan.h"
#include "hc-edit.h"
#include "hc-plan-edits.h"
#include "hc-plan-io.h"
#include "hc-atomic-file.h"
#include "hc-timeline.h"
#include "hc-budget.h"
#include "hc-calendar.h"
#include "hc-checks.h"
#include "hc-templates.h"
#include "hc-locations.h"
#include "hc-validate.h"
#include "hc-benchmarks.h"
