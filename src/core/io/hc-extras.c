/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-extras"

#include "config.h"

#include <string.h>

#include "hc-extras-private.h"

/* One member: its name and its value's text in a single block. */
typedef struct
{
  gsize len;          /* of the text */
  char *name;         /* points into data, after the text */
  char  data[];       /* the text, NUL, the name, NUL */
} HcExtra;

struct _HcExtras
{
  GPtrArray *members;  /* HcExtra, in file order */
};

HcExtras *
_hc_extras_new (void)
{
  HcExtras *self = g_atomic_rc_box_new0 (HcExtras);

  self->members = g_ptr_array_new_with_free_func (g_free);
  return self;
}

HcExtras *
_hc_extras_ref (HcExtras *self)
{
  return g_atomic_rc_box_acquire (self);
}

static void
extras_clear (HcExtras *self)
{
  g_ptr_array_unref (self->members);
}

void
_hc_extras_unref (HcExtras *self)
{
  g_atomic_rc_box_release_full (self, (GDestroyNotify) extras_clear);
}

void
_hc_extras_add (HcExtras   *self,
                const char *name,
                const char *text,
                gsize       len)
{
  gsize name_len = strlen (name);
  HcExtra *extra = g_malloc (sizeof (HcExtra) + len + 1 + name_len + 1);

  extra->len = len;
  memcpy (extra->data, text, len);
  extra->data[len] = '\0';
  extra->name = extra->data + len + 1;
  memcpy (extra->name, name, name_len + 1);
  g_ptr_array_add (self->members, extra);
}

guint
_hc_extras_get_n (HcExtras *self)
{
  return self->members->len;
}

const char *
_hc_extras_get_name (HcExtras *self,
                     guint     index)
{
  g_return_val_if_fail (index < self->members->len, NULL);
  return ((HcExtra *) g_ptr_array_index (self->members, index))->name;
}

const char *
_hc_extras_get_text (HcExtras *self,
                     guint     index,
                     gsize    *len)
{
  HcExtra *extra;

  g_return_val_if_fail (index < self->members->len, NULL);
  extra = g_ptr_array_index (self->members, index);
  if (len != NULL)
    *len = extra->len;
  return extra->data;
}

gboolean
_hc_extras_equal (HcExtras *a,
                  HcExtras *b)
{
  if (a == b)
    return TRUE;
  if (a == NULL || b == NULL || a->members->len != b->members->len)
    return FALSE;
  for (guint i = 0; i < a->members->len; i++)
    {
      HcExtra *x = g_ptr_array_index (a->members, i);
      HcExtra *y = g_ptr_array_index (b->members, i);

      if (x->len != y->len || strcmp (x->name, y->name) != 0 ||
          memcmp (x->data, y->data, x->len) != 0)
        return FALSE;
    }
  return TRUE;
}

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

HcExtras *
_hc_extras_get (gpointer object)
{
  g_return_val_if_fail (G_IS_OBJECT (object), NULL);
  return g_object_get_qdata (object, extras_quark ());
}

void
_hc_extras_set (gpointer  object,
                HcExtras *extras)
{
  g_return_if_fail (G_IS_OBJECT (object));

  if (extras != NULL && _hc_extras_get_n (extras) == 0)
    extras = NULL;
  g_object_set_qdata_full (object, extras_quark (),
                           extras ? _hc_extras_ref (extras) : NULL,
                           (GDestroyNotify) _hc_extras_unref);
}

void
_hc_extras_copy (gpointer dest,
                 gpointer src)
{
  /* Extras are never modified once set, so sharing them is a copy. */
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
