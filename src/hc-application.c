/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-application"

#include "config.h"

#include "hc-application.h"

struct _HcApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (HcApplication, hc_application, ADW_TYPE_APPLICATION)

static void
hc_application_class_init (HcApplicationClass *klass)
{
}

static void
hc_application_init (HcApplication *self)
{
}

HcApplication *
hc_application_new (void)
{
  return g_object_new (HC_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       NULL);
}
