/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-extras"

#include "config.h"

#include "hc-extras-private.h"

/* Kept as object data rather than a field of each type so that every model
 * type shares one implementation. */
static GQuark
extras_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("hc-extras");
  return quark;
}

JsonObject *
_hc_extras_get (gpointer object)
{
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  return g_object_get_qdata (object, extras_quark ());
}

void
_hc_extras_set (gpointer    object,
                JsonObject *extras)
{
  g_return_if_fail (G_IS_OBJECT (object));

  if (extras != NULL && json_object_get_size (extras) == 0)
    extras = NULL;
  g_object_set_qdata_full (object, extras_quark (),
                           extras ? json_object_ref (extras) : NULL,
                           (GDestroyNotify) json_object_unref);
}

void
_hc_extras_copy (gpointer dest,
                 gpointer src)
{
  /* Extras are never modified in place, so sharing the object is a copy. */
  _hc_extras_set (dest, _hc_extras_get (src));
}

/* hc-model-private.h */
#include "hc-model-private.h"

guint
_hc_model_changed_signal_new (GType type)
{
  return g_signal_new ("changed", type, G_SIGNAL_RUN_LAST, 0,
                       NULL, NULL, NULL, G_TYPE_NONE, 0);
}

gboolean
_hc_model_set_string (char       **field,
                      const char  *value)
{
  if (value == NULL)
    value = "";
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;
  g_free (*field);
  *field = g_strdup (value);
  return TRUE;
}
