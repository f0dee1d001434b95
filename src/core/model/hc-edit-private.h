/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include "hc-edit.h"

G_BEGIN_DECLS

/* The plan records what its lists lose and gain. */
void _hc_edit_record_splice (HcEdit     *self,
                             GListStore *store,
                             guint       position,
                             gpointer   *removed,
                             guint       n_removed,
                             guint       n_added);
/* Before an object's unknown members are replaced. */
void _hc_edit_record_extras (gpointer    object);

G_END_DECLS
