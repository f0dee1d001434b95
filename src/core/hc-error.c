/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-error"

#include "config.h"

#include "hc-error.h"

G_DEFINE_QUARK (hc-plan-error-quark, hc_plan_error)
