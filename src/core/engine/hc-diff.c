/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "hc-diff"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "hc-budget.h"
#include "hc-compare.h"
#include "hc-diff.h"
#include "hc-format.h"
#include "hc-json-writer-private.h"
#include "hc-plan-scenarios.h"
#include "hc-timeline.h"

static const char *const kind_names[] = {
  "position-added", "position-removed", "level", "count", "location", "sourcing",
  "phase-of-position", "search-moved", "start-moved", "phase-added", "phase-removed",
  "phase-renamed", "phase-timing", "assumption", "headcount", "first-year",
  "run-rate", "team-complete", "title", "start-date",
};

const char *
hc_diff_kind_to_string (HcDiffKind kind)
{
  g_return_val_if_fail ((guint) kind < G_N_ELEMENTS (kind_names), NULL);
  return kind_names[kind];
}

static void
hc_diff_item_free (HcDiffItem *item)
{
  g_free (item->subject);
  g_free (item->from);
  g_free (item->to);
  g_free (item->sentence);
  g_free (item);
}

/* Takes @sentence, @from and @to. */
static void
add_item (GPtrArray  *items,
          HcDiffKind  kind,
          const char *subject,
          char       *from,
          char       *to,
          HcRange     delta,
          char       *sentence)
{
  HcDiffItem *item = g_new0 (HcDiffItem, 1);

  item->kind = kind;
  item->subject = g_strdup (subject);
  item->from = from;
  item->to = to;
  item->delta = delta;
  item->sentence = sentence;
  g_ptr_array_add (items, item);
}

/* Everything one side of the diff needs, computed once. */
typedef struct
{
  HcPlan     *plan;
  HcTimeline *timeline;
  HcBudget   *budget;
  const HcTimelineEntry **entries;  /* by position index */
  guint       n_positions;
} Side;

static void
side_init (Side   *side,
           HcPlan *plan)
{
  side->plan = plan;
  side->timeline = hc_timeline_compute (plan);
  side->budget = hc_budget_compute (plan, side->timeline);
  side->n_positions = g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan)));
  side->entries = g_new0 (const HcTimelineEntry *, side->n_positions + 1);
  for (guint i = 0; i < hc_timeline_get_n_entries (side->timeline); i++)
    {
      const HcTimelineEntry *entry = hc_timeline_get_entry (side->timeline, i);

      if (entry->position_index < side->n_positions)
        side->entries[entry->position_index] = entry;
    }
}

static void
side_clear (Side *side)
{
  g_clear_pointer (&side->timeline, hc_timeline_unref);
  g_clear_pointer (&side->budget, hc_budget_unref);
  g_clear_pointer (&side->entries, g_free);
}

static HcPosition *
side_position (Side  *side,
               guint  index)
{
  HcPosition *position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (side->plan)), index);

  g_object_unref (position);  /* the store keeps it */
  return position;
}

static const char *
phase_name (HcPlan     *plan,
            const char *phase_id)
{
  HcPhase *phase = hc_plan_find_phase (plan, phase_id);

  return phase != NULL ? hc_phase_get_name (phase) : phase_id;
}

/* "Mid Database engineer in “Database”": which position a sentence is
 * about, with what tells it from its neighbours. */
static char *
position_subject (HcPlan     *plan,
                  HcPosition *position)
{
  HcRole *role = hc_plan_find_role (plan, hc_position_get_role_id (position));

  /* Translators: a position in a sentence: level, role, then its phase:
   * "Mid Database engineer in “Database”" */
  return g_strdup_printf (C_("diff subject", "%s %s in “%s”"),
                          hc_seniority_get_label (hc_position_get_seniority (position)),
                          role != NULL ? hc_role_get_name (role) : hc_position_get_role_id (position),
                          phase_name (plan, hc_position_get_phase_id (position)));
}

/* "3–5 weeks", "2 weeks": a span of whole weeks, ends as magnitudes. */
static char *
weeks_text (double a,
            double b)
{
  guint fewest = (guint) MIN (a, b), most = (guint) MAX (a, b);

  if (fewest == most)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u week", "%u weeks", most), most);
  /* Translators: the fewest and most weeks a start moves by */
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u–%u week", "%u–%u weeks", most),
                          fewest, most);
}

/* A move in whole weeks, the early and the late case; FALSE when it
 * rounds to none.  Ends moving opposite ways are said as their middle. */
static gboolean
weeks_move (HcRange  from,
            HcRange  to,
            HcRange *move,
            char   **span)
{
  double low = round (to.low - from.low), high = round (to.high - from.high);

  if ((low >= 0) != (high >= 0))
    low = high = round ((low + high) / 2);
  if (low == 0 && high == 0)
    return FALSE;
  *move = hc_range_make (to.low - from.low, to.high - from.high);
  *span = weeks_text (fabs (low), fabs (high));
  return TRUE;
}

static char *
number_text (double value)
{
  return hc_format_number (HC_FORMAT_FOR_MACHINES, value, -1);
}

static char *
range_text (HcRange range)
{
  g_autofree char *low = number_text (range.low);
  g_autofree char *high = number_text (range.high);

  return g_strdup_printf ("%s-%s", low, high);
}

static void
diff_added_removed (GPtrArray  *items,
                    HcPlan     *plan,
                    HcPosition *position,
                    gboolean    added)
{
  g_autofree char *subject = position_subject (plan, position);
  guint count = hc_position_get_count (position);
  char *sentence;

  if (added)
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Added %u hire: %s.",
                                             "Added %u hires: %s.", count), count, subject);
  else
    sentence = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Removed %u hire: %s.",
                                             "Removed %u hires: %s.", count), count, subject);
  add_item (items, added ? HC_DIFF_POSITION_ADDED : HC_DIFF_POSITION_REMOVED,
            hc_position_get_id (position), added ? NULL : g_strdup_printf ("%u", count),
            added ? g_strdup_printf ("%u", count) : NULL, hc_range_make (0, 0), sentence);
}

/* A matched position's words, made only when a sentence needs them:
 * most positions of a large plan do not change. */
typedef struct
{
  HcPlan     *plan;
  HcPosition *position;
  char       *text;
} Subject;

static const char *
subject_text (Subject *subject)
{
  if (subject->text == NULL)
    subject->text = position_subject (subject->plan, subject->position);
  return subject->text;
}

/* What one matched position's fields did. */
static void
diff_fields (GPtrArray  *items,
             HcPosition *a,
             Side       *new_side,
             HcPosition *b,
             Subject    *lazy)
{
  const char *id = hc_position_get_id (b);
  HcRange none = { 0, 0 };

  if (hc_position_get_seniority (a) != hc_position_get_seniority (b))
    add_item (items, HC_DIFF_LEVEL, id,
              g_strdup (hc_seniority_to_string (hc_position_get_seniority (a))),
              g_strdup (hc_seniority_to_string (hc_position_get_seniority (b))), none,
              g_strdup_printf (_("The %s is now %s."), subject_text (lazy),
                               hc_seniority_get_label (hc_position_get_seniority (b))));
  if (hc_position_get_count (a) != hc_position_get_count (b))
    {
      guint from = hc_position_get_count (a), to = hc_position_get_count (b);

      add_item (items, HC_DIFF_COUNT, id, g_strdup_printf ("%u", from), g_strdup_printf ("%u", to),
                hc_range_make ((double) to - from, (double) to - from),
                g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "The %s now hires %u person instead of %u.",
                                              "The %s now hires %u people instead of %u.", to),
                                 subject_text (lazy), to, from));
    }
  if (g_strcmp0 (hc_position_get_location (a), hc_position_get_location (b)) != 0 ||
      hc_position_get_location_adjustment (a) != hc_position_get_location_adjustment (b))
    add_item (items, HC_DIFF_LOCATION, id, g_strdup (hc_position_get_location (a)),
              g_strdup (hc_position_get_location (b)), none,
              g_strdup_printf (_("The %s now works in “%s” instead of “%s”."), subject_text (lazy),
                               hc_position_get_location (b), hc_position_get_location (a)));
  if (hc_position_get_sourcing (a) != hc_position_get_sourcing (b))
    add_item (items, HC_DIFF_SOURCING, id,
              g_strdup (hc_sourcing_to_string (hc_position_get_sourcing (a))),
              g_strdup (hc_sourcing_to_string (hc_position_get_sourcing (b))), none,
              g_strdup_printf (_("The %s is now hired through “%s” instead of “%s”."), subject_text (lazy),
                               hc_sourcing_get_label (hc_position_get_sourcing (b)),
                               hc_sourcing_get_label (hc_position_get_sourcing (a))));
  if (g_strcmp0 (hc_position_get_phase_id (a), hc_position_get_phase_id (b)) != 0)
    add_item (items, HC_DIFF_PHASE_OF_POSITION, id, g_strdup (hc_position_get_phase_id (a)),
              g_strdup (hc_position_get_phase_id (b)), none,
              g_strdup_printf (_("The %s moves to “%s”."), subject_text (lazy),
                               phase_name (new_side->plan, hc_position_get_phase_id (b))));
}

/* Searches and starts, from the two timelines. */
static void
diff_moves (GPtrArray             *items,
            const char            *id,
            Subject               *lazy,
            const HcTimelineEntry *a,
            const HcTimelineEntry *b)
{
  HcRange move, search_move = { 0, 0 };
  g_autofree char *span = NULL;
  g_autofree char *search_span = NULL;
  gboolean search_moved;

  if (a == NULL || b == NULL)
    return;
  search_moved = weeks_move (hc_range_make (a->search_start, a->search_start),
                             hc_range_make (b->search_start, b->search_start),
                             &search_move, &search_span);
  if (weeks_move (a->start, b->start, &move, &span))
    add_item (items, HC_DIFF_START_MOVED, id, range_text (a->start), range_text (b->start), move,
              move.low + move.high > 0
              ? g_strdup_printf (_("The %s now starts %s later."), subject_text (lazy), span)
              : g_strdup_printf (_("The %s now starts %s earlier."), subject_text (lazy), span));
  /* A search that moves with its start by as much says nothing new. */
  if (search_moved &&
      (span == NULL || round (move.low) != round (search_move.low) ||
       round (move.high) != round (search_move.high)))
    add_item (items, HC_DIFF_SEARCH_MOVED, id, number_text (a->search_start),
              number_text (b->search_start), search_move,
              search_move.low > 0
              ? g_strdup_printf (_("The search for the %s now begins %s later."), subject_text (lazy), search_span)
              : g_strdup_printf (_("The search for the %s now begins %s earlier."), subject_text (lazy), search_span));
}

static gboolean
same_role_and_phase (HcPosition *a,
                     HcPosition *b)
{
  return g_strcmp0 (hc_position_get_role_id (a), hc_position_get_role_id (b)) == 0 &&
         g_strcmp0 (hc_position_get_phase_id (a), hc_position_get_phase_id (b)) == 0;
}

/* For each new position, the old one it is (G_MAXUINT: added): by id,
 * then the first unmatched old position of the same role and phase. */
static guint *
match_positions (Side     *old_side,
                 Side     *new_side,
                 gboolean *old_matched)
{
  guint *match = g_new (guint, new_side->n_positions + 1);
  g_autoptr(GHashTable) by_id = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) by_key = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                        (GDestroyNotify) g_queue_free);

  for (guint i = 0; i < old_side->n_positions; i++)
    g_hash_table_insert (by_id, (gpointer) hc_position_get_id (side_position (old_side, i)),
                         GUINT_TO_POINTER (i + 1));
  for (guint j = 0; j < new_side->n_positions; j++)
    {
      gpointer found = g_hash_table_lookup (by_id, hc_position_get_id (side_position (new_side, j)));

      match[j] = found != NULL ? GPOINTER_TO_UINT (found) - 1 : G_MAXUINT;
      if (found != NULL)
        old_matched[match[j]] = TRUE;
    }
  /* The positions left over, queued by role and phase in plan order. */
  for (guint i = 0; i < old_side->n_positions; i++)
    {
      HcPosition *p = side_position (old_side, i);
      g_autofree char *key = NULL;
      GQueue *queue;

      if (old_matched[i])
        continue;
      key = g_strconcat (hc_position_get_role_id (p), "\n", hc_position_get_phase_id (p), NULL);
      queue = g_hash_table_lookup (by_key, key);
      if (queue == NULL)
        {
          queue = g_queue_new ();
          g_hash_table_insert (by_key, g_steal_pointer (&key), queue);
        }
      g_queue_push_tail (queue, GUINT_TO_POINTER (i + 1));
    }
  for (guint j = 0; j < new_side->n_positions && g_hash_table_size (by_key) > 0; j++)
    {
      HcPosition *p = side_position (new_side, j);
      g_autofree char *key = NULL;
      GQueue *queue;

      if (match[j] != G_MAXUINT)
        continue;
      key = g_strconcat (hc_position_get_role_id (p), "\n", hc_position_get_phase_id (p), NULL);
      queue = g_hash_table_lookup (by_key, key);
      if (queue != NULL && !g_queue_is_empty (queue))
        {
          match[j] = GPOINTER_TO_UINT (g_queue_pop_head (queue)) - 1;
          old_matched[match[j]] = TRUE;
          g_assert (same_role_and_phase (side_position (old_side, match[j]), p));
        }
    }
  return match;
}

static void
diff_positions (GPtrArray *items,
                Side      *old_side,
                Side      *new_side)
{
  g_autofree gboolean *old_matched = g_new0 (gboolean, old_side->n_positions + 1);
  g_autofree guint *match = match_positions (old_side, new_side, old_matched);

  for (guint i = 0; i < old_side->n_positions; i++)
    if (!old_matched[i])
      diff_added_removed (items, old_side->plan, side_position (old_side, i), FALSE);
  for (guint j = 0; j < new_side->n_positions; j++)
    {
      HcPosition *b = side_position (new_side, j);
      Subject lazy = { old_side->plan, NULL, NULL };

      if (match[j] == G_MAXUINT)
        {
          diff_added_removed (items, new_side->plan, b, TRUE);
          continue;
        }
      /* Named as it was: the reader knows the old plan. */
      lazy.position = side_position (old_side, match[j]);
      diff_fields (items, lazy.position, new_side, b, &lazy);
      diff_moves (items, hc_position_get_id (b), &lazy,
                  old_side->entries[match[j]], new_side->entries[j]);
      g_free (lazy.text);
    }
}

static void
diff_phases (GPtrArray *items,
             HcPlan    *old_plan,
             HcPlan    *new_plan)
{
  GListModel *old_phases = G_LIST_MODEL (hc_plan_get_phases (old_plan));
  GListModel *new_phases = G_LIST_MODEL (hc_plan_get_phases (new_plan));
  HcRange none = { 0, 0 };

  for (guint i = 0; i < g_list_model_get_n_items (old_phases); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (old_phases, i);

      if (hc_plan_find_phase (new_plan, hc_phase_get_id (phase)) == NULL)
        add_item (items, HC_DIFF_PHASE_REMOVED, hc_phase_get_id (phase), NULL, NULL, none,
                  g_strdup_printf (_("Phase “%s” removed."), hc_phase_get_name (phase)));
    }
  for (guint i = 0; i < g_list_model_get_n_items (new_phases); i++)
    {
      g_autoptr(HcPhase) b = g_list_model_get_item (new_phases, i);
      HcPhase *a = hc_plan_find_phase (old_plan, hc_phase_get_id (b));
      g_autofree char *b_range = hc_phase_format_range (b);
      g_autofree char *a_range = NULL;

      if (a == NULL)
        {
          add_item (items, HC_DIFF_PHASE_ADDED, hc_phase_get_id (b), NULL, NULL, none,
                    g_strdup_printf (_("Phase “%s” added: %s."), hc_phase_get_name (b), b_range));
          continue;
        }
      if (g_strcmp0 (hc_phase_get_name (a), hc_phase_get_name (b)) != 0)
        add_item (items, HC_DIFF_PHASE_RENAMED, hc_phase_get_id (b),
                  g_strdup (hc_phase_get_name (a)), g_strdup (hc_phase_get_name (b)), none,
                  g_strdup_printf (_("Phase “%s” is now called “%s”."),
                                   hc_phase_get_name (a), hc_phase_get_name (b)));
      a_range = hc_phase_format_range (a);
      if (hc_phase_get_unit (a) != hc_phase_get_unit (b) || hc_phase_get_first (a) != hc_phase_get_first (b) ||
          hc_phase_get_last (a) != hc_phase_get_last (b))
        add_item (items, HC_DIFF_PHASE_TIMING, hc_phase_get_id (b),
                  g_strdup_printf ("%s %u-%u", hc_time_unit_to_string (hc_phase_get_unit (a)),
                                   hc_phase_get_first (a), hc_phase_get_last (a)),
                  g_strdup_printf ("%s %u-%u", hc_time_unit_to_string (hc_phase_get_unit (b)),
                                   hc_phase_get_first (b), hc_phase_get_last (b)), none,
                  g_strdup_printf (_("Phase “%s” is now %s (was %s)."),
                                   hc_phase_get_name (b), b_range, a_range));
    }
}

static char *
assumption_text (HcAssumption which,
                 HcRange      value,
                 const char  *currency)
{
  if (hc_assumption_is_percent (which))
    return hc_format_percent_range (value);
  return hc_format_money_range (value, currency);
}

static void
diff_assumptions (GPtrArray *items,
                  HcPlan    *old_plan,
                  HcPlan    *new_plan)
{
  const char *currency = hc_plan_get_currency (new_plan);

  for (guint k = 0; k < HC_N_ASSUMPTIONS; k++)
    {
      HcRange a = hc_cost_assumptions_get (hc_plan_get_assumptions (old_plan), k);
      HcRange b = hc_cost_assumptions_get (hc_plan_get_assumptions (new_plan), k);
      g_autofree char *a_text = NULL;
      g_autofree char *b_text = NULL;

      if (hc_range_equal (a, b))
        continue;
      a_text = assumption_text (k, a, currency);
      b_text = assumption_text (k, b, currency);
      add_item (items, HC_DIFF_ASSUMPTION, hc_assumption_to_string (k), range_text (a), range_text (b),
                hc_range_make (b.low - a.low, b.high - a.high),
                g_strdup_printf (_("%s is now %s instead of %s."),
                                 hc_assumption_get_label (k), b_text, a_text));
    }
}

static void
diff_money (GPtrArray  *items,
            HcDiffKind  kind,
            HcRange     a,
            HcRange     b,
            const char *currency)
{
  g_autofree char *change = hc_compare_format_money_difference (a, b, currency);

  if (g_str_equal (change, "—"))
    return;
  add_item (items, kind, NULL, range_text (a), range_text (b),
            hc_range_make (b.low - a.low, b.high - a.high),
            kind == HC_DIFF_FIRST_YEAR
            ? g_strdup_printf (_("First-year cash changes by %s."), change)
            : g_strdup_printf (_("The annual run rate changes by %s."), change));
}

static void
diff_figures (GPtrArray *items,
              Side      *old_side,
              Side      *new_side)
{
  guint from = hc_plan_get_headcount (old_side->plan), to = hc_plan_get_headcount (new_side->plan);
  const char *currency = hc_plan_get_currency (new_side->plan);
  HcRange a = hc_timeline_get_team_complete (old_side->timeline);
  HcRange b = hc_timeline_get_team_complete (new_side->timeline);
  HcRange move;
  g_autofree char *span = NULL;

  if (from != to)
    add_item (items, HC_DIFF_HEADCOUNT, NULL, g_strdup_printf ("%u", from), g_strdup_printf ("%u", to),
              hc_range_make ((double) to - from, (double) to - from),
              g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Headcount goes from %u to %u person.",
                                            "Headcount goes from %u to %u people.", to), from, to));
  diff_money (items, HC_DIFF_FIRST_YEAR, hc_budget_get_first_year (old_side->budget),
              hc_budget_get_first_year (new_side->budget), currency);
  diff_money (items, HC_DIFF_RUN_RATE, hc_budget_get_annual_run_rate (old_side->budget),
              hc_budget_get_annual_run_rate (new_side->budget), currency);
  if (weeks_move (a, b, &move, &span))
    add_item (items, HC_DIFF_TEAM_COMPLETE, NULL, range_text (a), range_text (b), move,
              move.low + move.high > 0
              ? g_strdup_printf (_("The team is complete %s later."), span)
              : g_strdup_printf (_("The team is complete %s earlier."), span));
}

static char *
date_text (const GDate *date)
{
  if (!g_date_valid (date))
    return g_strdup ("");
  return g_strdup_printf ("%04u-%02u-%02u", g_date_get_year (date), g_date_get_month (date),
                          g_date_get_day (date));
}

static void
diff_plan (GPtrArray *items,
           HcPlan    *old_plan,
           HcPlan    *new_plan)
{
  GDate a = hc_plan_get_start_date (old_plan), b = hc_plan_get_start_date (new_plan);
  HcRange none = { 0, 0 };

  if (g_strcmp0 (hc_plan_get_title (old_plan), hc_plan_get_title (new_plan)) != 0)
    add_item (items, HC_DIFF_TITLE, NULL, g_strdup (hc_plan_get_title (old_plan)),
              g_strdup (hc_plan_get_title (new_plan)), none,
              g_strdup_printf (_("The plan is now called “%s” (was “%s”)."),
                               hc_plan_get_title (new_plan), hc_plan_get_title (old_plan)));
  if (g_date_valid (&a) != g_date_valid (&b) ||
      (g_date_valid (&a) && g_date_compare (&a, &b) != 0))
    {
      char *from = date_text (&a);
      char *to = date_text (&b);
      double days = g_date_valid (&a) && g_date_valid (&b) ? g_date_days_between (&a, &b) : 0;

      /* Dates as ISO 8601: one form any reader of an email can read. */
      add_item (items, HC_DIFF_START_DATE, NULL, from, to, hc_range_make (days / 7, days / 7),
                g_strdup_printf (_("The plan now starts on %s (was %s)."), to, from));
    }
}

GPtrArray *
hc_plan_diff (HcPlan *old_plan,
              HcPlan *new_plan)
{
  GPtrArray *items;
  Side old_side = { 0 }, new_side = { 0 };

  g_return_val_if_fail (HC_IS_PLAN (old_plan), NULL);
  g_return_val_if_fail (HC_IS_PLAN (new_plan), NULL);

  items = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_diff_item_free);
  side_init (&old_side, old_plan);
  side_init (&new_side, new_plan);
  diff_plan (items, old_plan, new_plan);
  diff_positions (items, &old_side, &new_side);
  diff_phases (items, old_plan, new_plan);
  diff_assumptions (items, old_plan, new_plan);
  diff_figures (items, &old_side, &new_side);
  side_clear (&old_side);
  side_clear (&new_side);
  return items;
}

char *
hc_diff_to_text (GPtrArray *items)
{
  GString *text = g_string_new (NULL);

  g_return_val_if_fail (items != NULL, NULL);

  if (items->len == 0)
    g_string_append_printf (text, "%s\n", _("The plans do not differ."));
  for (guint i = 0; i < items->len; i++)
    g_string_append_printf (text, "%s\n", ((HcDiffItem *) g_ptr_array_index (items, i))->sentence);
  return g_string_free (text, FALSE);
}

static void
write_string_or_null (HcJsonWriter *w,
                      const char   *name,
                      const char   *value)
{
  _hc_json_writer_member (w, name);
  if (value != NULL)
    _hc_json_writer_string (w, value);
  else
    _hc_json_writer_null (w);
}

GBytes *
hc_diff_to_json (GPtrArray  *items,
                 const char *old_label,
                 const char *new_label)
{
  g_autoptr(HcJsonWriter) w = _hc_json_writer_new ();

  g_return_val_if_fail (items != NULL, NULL);

  _hc_json_writer_begin_object (w);
  write_string_or_null (w, "old", old_label);
  write_string_or_null (w, "new", new_label);
  _hc_json_writer_member (w, "changes");
  _hc_json_writer_begin_array (w);
  for (guint i = 0; i < items->len; i++)
    {
      const HcDiffItem *item = g_ptr_array_index (items, i);

      _hc_json_writer_begin_object (w);
      write_string_or_null (w, "kind", hc_diff_kind_to_string (item->kind));
      write_string_or_null (w, "subject", item->subject);
      write_string_or_null (w, "from", item->from);
      write_string_or_null (w, "to", item->to);
      _hc_json_writer_member (w, "delta");
      _hc_json_writer_begin_object (w);
      _hc_json_writer_member (w, "low");
      _hc_json_writer_fixed (w, item->delta.low, 2);
      _hc_json_writer_member (w, "high");
      _hc_json_writer_fixed (w, item->delta.high, 2);
      _hc_json_writer_end_object (w);
      write_string_or_null (w, "text", item->sentence);
      _hc_json_writer_end_object (w);
    }
  _hc_json_writer_end_array (w);
  _hc_json_writer_end_object (w);
  return _hc_json_writer_free_to_bytes (g_steal_pointer (&w));
}

/* ───────────────────────── --textconv ───────────────────────── */

/* Text in one line: a newline in a title or a name would split the line
 * git compares. */
static void
append_one_line (GString    *out,
                 const char *text)
{
  for (const char *p = text != NULL ? text : ""; *p != '\0'; p++)
    {
      if (*p == '\n')
        g_string_append (out, "\\n");
      else if (*p == '\r')
        g_string_append (out, "\\r");
      else if (*p == '\\')
        g_string_append (out, "\\\\");
      else
        g_string_append_c (out, *p);
    }
}

static void
append_range (GString *out,
              HcRange  range)
{
  g_autofree char *text = range_text (range);

  g_string_append (out, text);
}

static void
append_position (GString    *out,
                 HcPosition *p)
{
  HcRange range;
  double week;
  g_autofree char *adjust = number_text (hc_position_get_location_adjustment (p));
  HcRange relocation = hc_position_get_relocation (p);

  g_string_append (out, "position ");
  append_one_line (out, hc_position_get_id (p));
  g_string_append_printf (out, ": %u × %s ", hc_position_get_count (p),
                          hc_seniority_to_string (hc_position_get_seniority (p)));
  append_one_line (out, hc_position_get_role_id (p));
  g_string_append (out, ", phase ");
  append_one_line (out, hc_position_get_phase_id (p));
  if (hc_position_get_location (p) != NULL && *hc_position_get_location (p) != '\0')
    {
      g_string_append (out, ", location ");
      append_one_line (out, hc_position_get_location (p));
      g_string_append_printf (out, " (%s %%)", adjust);
    }
  else if (hc_position_get_location_adjustment (p) != 0)
    g_string_append_printf (out, ", location adjustment %s %%", adjust);
  g_string_append_printf (out, ", sourcing %s", hc_sourcing_to_string (hc_position_get_sourcing (p)));
  for (guint k = 0; k < HC_N_SKILLS; k++)
    if (hc_position_get_skills (p) & (1 << k))
      g_string_append_printf (out, ", skill %s", hc_skill_to_string (1 << k));
  if (hc_position_get_salary_override (p, &range))
    {
      g_string_append (out, ", salary ");
      append_range (out, range);
    }
  if (hc_position_get_earliest_start (p, &week))
    {
      g_autofree char *text = number_text (week);

      g_string_append_printf (out, ", earliest start week offset %s", text);
    }
  if (hc_position_get_time_to_hire (p, &range))
    {
      g_string_append (out, ", time to hire ");
      append_range (out, range);
      g_string_append (out, " weeks");
    }
  if (relocation.low != 0 || relocation.high != 0)
    {
      g_string_append (out, ", relocation ");
      append_range (out, relocation);
    }
  if (hc_position_get_notes (p) != NULL && *hc_position_get_notes (p) != '\0')
    {
      g_string_append (out, ", notes: ");
      append_one_line (out, hc_position_get_notes (p));
    }
  g_string_append_c (out, '\n');
}

char *
hc_plan_to_stable_text (HcPlan *plan)
{
  GString *out = g_string_new (NULL);
  GDate start = hc_plan_get_start_date (plan);
  GListModel *model;
  HcScenarioList *scenarios;

  g_return_val_if_fail (HC_IS_PLAN (plan), NULL);

  g_string_append (out, "title: ");
  append_one_line (out, hc_plan_get_title (plan));
  g_string_append (out, "\nsubtitle: ");
  append_one_line (out, hc_plan_get_subtitle (plan));
  g_string_append_printf (out, "\ncurrency: %s\n", hc_plan_get_currency (plan));
  if (g_date_valid (&start))
    g_string_append_printf (out, "start: %04u-%02u-%02u\n", g_date_get_year (&start),
                            g_date_get_month (&start), g_date_get_day (&start));
  g_string_append_printf (out, "horizon: %u months\nbenchmarks: ", hc_plan_get_horizon_months (plan));
  append_one_line (out, hc_plan_get_benchmarks (plan));
  if (hc_plan_get_usd_exchange_rate (plan) > 0)
    {
      g_autofree char *rate = number_text (hc_plan_get_usd_exchange_rate (plan));

      g_string_append_printf (out, "\nusd exchange rate: %s", rate);
    }
  g_string_append_c (out, '\n');
  for (guint k = 0; k < HC_N_ASSUMPTIONS; k++)
    {
      g_string_append_printf (out, "assumption %s: ", hc_assumption_to_string (k));
      append_range (out, hc_cost_assumptions_get (hc_plan_get_assumptions (plan), k));
      g_string_append_c (out, '\n');
    }
  model = G_LIST_MODEL (hc_plan_get_roles (plan));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HcRole) role = g_list_model_get_item (model, i);

      g_string_append (out, "role ");
      append_one_line (out, hc_role_get_id (role));
      g_string_append_printf (out, ": %s, ", hc_role_kind_to_string (hc_role_get_kind (role)));
      append_one_line (out, hc_role_get_name (role));
      g_string_append_c (out, '\n');
    }
  model = G_LIST_MODEL (hc_plan_get_phases (plan));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HcPhase) phase = g_list_model_get_item (model, i);

      g_string_append (out, "phase ");
      append_one_line (out, hc_phase_get_id (phase));
      g_string_append_printf (out, ": %s %u-%u, ", hc_time_unit_to_string (hc_phase_get_unit (phase)),
                              hc_phase_get_first (phase), hc_phase_get_last (phase));
      append_one_line (out, hc_phase_get_name (phase));
      g_string_append_c (out, '\n');
    }
  model = G_LIST_MODEL (hc_plan_get_positions (plan));
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(HcPosition) position = g_list_model_get_item (model, i);

      append_position (out, position);
    }
  scenarios = hc_plan_get_scenarios (plan);
  for (guint i = 0; i < hc_scenario_list_get_n (scenarios); i++)
    {
      HcScenario *scenario = hc_scenario_list_get (scenarios, i);

      g_string_append (out, "scenario ");
      append_one_line (out, hc_scenario_get_id (scenario));
      g_string_append (out, ": ");
      append_one_line (out, hc_scenario_get_name (scenario));
      g_string_append_printf (out, ", market %s, %u changes\n",
                              hc_market_to_string (hc_scenario_get_market (scenario)),
                              hc_scenario_get_n_changes (scenario));
    }
  if (hc_plan_get_notes (plan) != NULL && *hc_plan_get_notes (plan) != '\0')
    {
      g_string_append (out, "notes: ");
      append_one_line (out, hc_plan_get_notes (plan));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}
