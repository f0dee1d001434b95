/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

/* Members of a plan file that this version does not know are kept on the
 * object they were found in (the plan, its assumptions, a role, a phase, a
 * position) and written back after the known ones, in their order, so that
 * a newer Headcount's additions survive an edit with this one.
 *
 * Each is kept as the text of its value as the file had it (the loader's
 * scan has checked it is JSON): numbers come back digit for digit, and a
 * large member costs its bytes, not a tree of them.  A set of extras is
 * never changed once it is on an object, so copies share it. */
typedef struct _HcExtras HcExtras;

HcExtras   *_hc_extras_new       (void);
HcExtras   *_hc_extras_ref       (HcExtras    *self);
void        _hc_extras_unref     (HcExtras    *self);
/* Appends the member @name (unescaped UTF-8) whose value is the JSON text
 * @text of @len bytes, copied. */
void        _hc_extras_add       (HcExtras    *self,
                                  const char  *name,
                                  const char  *text,
                                  gsize        len);
guint       _hc_extras_get_n     (HcExtras    *self);
const char *_hc_extras_get_name  (HcExtras    *self,
                                  guint        index);
const char *_hc_extras_get_text  (HcExtras    *self,
                                  guint        index,
                                  gsize       *len);
/* The same members, names and texts in the same order; NULL is equal only
 * to NULL. */
gboolean    _hc_extras_equal     (HcExtras    *a,
                                  HcExtras    *b);

HcExtras   *_hc_extras_get       (gpointer     object);
/* Takes a new reference on @extras; NULL or an empty set clears. */
void        _hc_extras_set       (gpointer     object,
                                  HcExtras    *extras);
void        _hc_extras_copy      (gpointer     dest,
                                  gpointer     src);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcExtras, _hc_extras_unref)

G_END_DECLS
