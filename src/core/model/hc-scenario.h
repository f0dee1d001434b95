/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib-object.h>

#include "hc-types.h"

G_BEGIN_DECLS

/* A scenario is a named set of changes to a plan's base: "Option B",
 * "Agency for every hire", "Tight market".  It holds no copy of the plan,
 * only what it changes, so that an edit to the base reaches every scenario
 * unless the scenario changed that same value (hc-plan-scenarios.h works
 * a scenario's plan out).
 *
 * Scenarios and their changes never change once made: an edit makes a new
 * HcScenarioList, which the plan takes as one property (hc_plan_set_
 * scenarios()).  So the plan's recording mechanism (hc-edit.h) records a
 * scenario edit like any other setter, as one undo step, and an undo step
 * holds the list it replaced, which shares every unchanged scenario. */

/* How hard hiring is.  The guides' figures describe today's market; the
 * tighter settings stretch every time to hire the person did not set
 * (the resolution does it, hc-resolve.h) and are an estimate of
 * Headcount's, not the guides' (the hiring guide gives backend searches
 * 20–30 % longer than frontend ones and calls the market tight). */
typedef enum
{
  HC_MARKET_GUIDES,      /* "guides": as the guides describe it */
  HC_MARKET_TIGHTER_20,  /* "tighter-20": every search 20 % longer */
  HC_MARKET_TIGHTER_30,  /* "tighter-30": every search 30 % longer */
} HcMarket;
#define HC_N_MARKETS 3

const char *hc_market_to_string   (HcMarket    market);
gboolean    hc_market_from_string (const char *str,
                                   HcMarket   *out);
/* "As the guides describe it", "Tighter: searches +20 %": translated. */
const char *hc_market_get_label   (HcMarket    market);
/* What a time to hire is multiplied by: 1, 1.2 or 1.3. */
double      hc_market_get_factor  (HcMarket    market);

/* What one change does, and its "op" in a plan file. */
typedef enum
{
  HC_CHANGE_SET_POSITION,     /* "set-position": one field of a base position */
  HC_CHANGE_ADD_POSITION,     /* "add-position": a whole new position */
  HC_CHANGE_REMOVE_POSITION,  /* "remove-position" */
  HC_CHANGE_SET_PHASE,        /* "set-phase": name, description or window */
  HC_CHANGE_ADD_PHASE,        /* "add-phase" */
  HC_CHANGE_REMOVE_PHASE,     /* "remove-phase" */
  HC_CHANGE_ORDER_PHASES,     /* "order-phases": the phases' ids in order */
  HC_CHANGE_SET_ASSUMPTION,   /* "set-assumption": one cost assumption */
  HC_CHANGE_SET_START_DATE,   /* "set-start-date" */
} HcChangeKind;
#define HC_N_CHANGE_KINDS 9

const char *hc_change_kind_to_string   (HcChangeKind  kind);
gboolean    hc_change_kind_from_string (const char   *str,
                                        HcChangeKind *out);

/* One change.  @target is the position's or phase's id, or the
 * assumption's key ("benefits_percent"); NULL for the start date, the
 * phases' order and an added item (whose id is in its value).  @field is
 * the member of a position ("count", "sourcing"…) or of a phase ("name",
 * "description", "window") that a set-… change gives; else NULL.  @value
 * is the JSON text of the new value (null for a position's optional
 * member taken away); NULL for a removal. */
typedef struct
{
  HcChangeKind  kind;
  char         *target;
  char         *field;
  char         *value;
  gpointer      extras;  /* the change's members this version does not know */
} HcScenarioChange;

HcScenarioChange *hc_scenario_change_new  (HcChangeKind            kind,
                                           const char             *target,
                                           const char             *field,
                                           const char             *value);
HcScenarioChange *hc_scenario_change_copy (const HcScenarioChange *change);
void              hc_scenario_change_free (HcScenarioChange       *change);
/* Whether two changes are to the same value, so that the later replaces
 * the earlier: same kind, target and field. */
gboolean          hc_scenario_change_same_key (const HcScenarioChange *a,
                                               const HcScenarioChange *b);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcScenarioChange, hc_scenario_change_free)

/* One scenario: refcounted, never changed after hc_scenario_new(). */
typedef struct _HcScenario HcScenario;

#define HC_TYPE_SCENARIO (hc_scenario_get_type ())
GType       hc_scenario_get_type       (void) G_GNUC_CONST;

/* Takes @changes (of HcScenarioChange, or NULL for none) and @extras
 * (the scenario's unknown members, or NULL). */
HcScenario *hc_scenario_new            (const char  *id,
                                        const char  *name,
                                        HcMarket     market,
                                        GPtrArray   *changes,
                                        gpointer     extras);
HcScenario *hc_scenario_ref            (HcScenario  *self);
void        hc_scenario_unref          (HcScenario  *self);
const char *hc_scenario_get_id         (HcScenario  *self);
const char *hc_scenario_get_name       (HcScenario  *self);
HcMarket    hc_scenario_get_market     (HcScenario  *self);
guint       hc_scenario_get_n_changes  (HcScenario  *self);
const HcScenarioChange *hc_scenario_get_change (HcScenario *self,
                                                guint       index);
gpointer    hc_scenario_get_extras     (HcScenario  *self);
/* A new array of copies of the changes, to build an edited scenario. */
GPtrArray  *hc_scenario_copy_changes   (HcScenario  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcScenario, hc_scenario_unref)

/* The plan's scenarios in file order: refcounted, never changed. */
typedef struct _HcScenarioList HcScenarioList;

#define HC_TYPE_SCENARIO_LIST (hc_scenario_list_get_type ())
GType           hc_scenario_list_get_type   (void) G_GNUC_CONST;

/* Takes @scenarios (of HcScenario, or NULL for none). */
HcScenarioList *hc_scenario_list_new        (GPtrArray       *scenarios);
HcScenarioList *hc_scenario_list_ref        (HcScenarioList  *self);
void            hc_scenario_list_unref      (HcScenarioList  *self);
guint           hc_scenario_list_get_n      (HcScenarioList  *self);
HcScenario     *hc_scenario_list_get        (HcScenarioList  *self,
                                             guint            index);
/* By id, else by name; NULL if none.  @index_out may be NULL. */
HcScenario     *hc_scenario_list_find       (HcScenarioList  *self,
                                             const char      *id_or_name,
                                             guint           *index_out);
/* The same scenarios, changes and kept members, in the same order; NULL
 * is the empty list. */
gboolean        hc_scenario_list_equal      (HcScenarioList  *a,
                                             HcScenarioList  *b);
/* A new array holding a reference on each scenario. */
GPtrArray      *hc_scenario_list_copy_array (HcScenarioList  *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (HcScenarioList, hc_scenario_list_unref)

G_END_DECLS
