/* SPDX-License-Identifier: GPL-3.0-or-later */
/* hc-bench: Headcount's speed figures, each as a ratio to a floor timed in
 * the same run, so that a slower or busier machine does not move them.
 *
 *   NAME  median-ms  xFLOOR
 *
 * The core's floor is json-glib's bare parse and walk of the same bytes the
 * plan is loaded from (what any JSON-based loader pays at least); the
 * chart's is plain Cairo rectangles and Pango labels.  Targets (2 cores):
 * load + validate + budget of 10,000 positions under 100 ms and within 3×
 * the floor; the budget of 1,000 positions under 1 ms; the resolution of
 * every figure (hc-resolve.h), rebuilt after each edit, under 5 ms at
 * 10,000.
 *
 * Memory: the peak RSS of loading a plan with one large unknown member
 * ([{},{},…]), as a ratio to the file's size (target: under 10×), from a
 * child process so that nothing else the benchmark holds counts.
 *
 * Undo's floor is a bare setter on a plan that does not record: the least
 * an edit costs.  Targets: one keystroke's edit (recorded, made a step)
 * within a few times that floor and nowhere near "save" (no whole-plan
 * writing on the input path); an undo of a 10,000-position plan under
 * 1 ms; 100 edits' history under 50 MB. */
#define G_LOG_DOMAIN "hc-bench"

#include "config.h"

#include <stdio.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>

#include "headcount-core.h"
#include "hc-bench-util.h"

#define REPEATS 15

static HcPlan *
make_plan (guint n_positions)
{
  static const char *roles[] = { "backend", "database", "infrastructure", "platform" };
  static const char *phases[] = { "foundation", "capacity", "database", "infrastructure" };
  HcPlan *plan = hc_plan_new_default ();
  g_autoptr(GPtrArray) positions = g_ptr_array_new_with_free_func (g_object_unref);

  hc_plan_set_title (plan, "Synthetic benchmark plan");
  for (guint i = 0; i < n_positions; i++)
    {
      g_autofree char *id = g_strdup_printf ("position-%06u", i + 1);
      g_autofree char *notes = g_strdup_printf ("Hire #%u: owns the “%s” backlog; review in week %u.",
                                                i + 1, roles[i % 4], 4 + i % 20);
      HcPosition *p = hc_position_new (id, roles[i % 4], i % HC_N_SENIORITIES, phases[(i / 3) % 4]);

      hc_position_set_count (p, 1 + i % 3);
      hc_position_set_location (p, i % 2 ? "Remote" : "SF Bay Area");
      hc_position_set_location_adjustment (p, i % 2 ? -10 : 30);
      hc_position_set_sourcing (p, i % 3);
      hc_position_set_notes (p, notes);
      if (i % 5 == 0)
        {
          HcRange tth = hc_range_make (3 + i % 4, 8 + i % 5);
          hc_position_set_time_to_hire (p, &tth);
        }
      g_ptr_array_add (positions, p);
    }
  g_list_store_splice (hc_plan_get_positions (plan), 0, 0, positions->pdata, positions->len);
  return plan;
}

typedef struct
{
  GBytes *bytes;
  HcPlan *plan;
} BenchData;

/* The floor: what reading these bytes with json-glib costs before any
 * model is built — parse, then touch every value with the typed getters. */
static void
walk_node (JsonNode *node)
{
  volatile double sink;

  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      {
        JsonObjectIter iter;
        JsonNode *member;

        json_object_iter_init (&iter, json_node_get_object (node));
        while (json_object_iter_next (&iter, NULL, &member))
          walk_node (member);
      }
      break;
    case JSON_NODE_ARRAY:
      {
        JsonArray *array = json_node_get_array (node);

        for (guint i = 0; i < json_array_get_length (array); i++)
          walk_node (json_array_get_element (array, i));
      }
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        sink = strlen (json_node_get_string (node));
      else
        sink = json_node_get_double (node);
      (void) sink;
      break;
    case JSON_NODE_NULL:
    default:
      break;
    }
}

static void
bench_json_floor (gpointer user_data)
{
  BenchData *data = user_data;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();
  gsize size;
  const char *text = g_bytes_get_data (data->bytes, &size);

  if (!json_parser_load_from_data (parser, text, size, NULL))
    g_error ("The benchmark's own document does not parse");
  walk_node (json_parser_get_root (parser));
}

static void
bench_load (gpointer user_data)
{
  BenchData *data = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (data->bytes, &error);

  if (plan == NULL)
    g_error ("The benchmark plan does not load: %s", error->message);
}

static void
bench_validate (gpointer user_data)
{
  BenchData *data = user_data;

  if (!hc_plan_validate (data->plan, NULL))
    g_error ("The benchmark plan is not valid");
}

/* Any change makes the plan's resolution stale: a note's edit is the
 * cheapest, and the next computation then works every figure out anew. */
static void
touch_plan (HcPlan *plan)
{
  hc_plan_set_notes (plan, *hc_plan_get_notes (plan) == '\0' ? "touched" : "");
}

/* The whole computation after an edit: resolution, timeline, budget. */
static void
bench_budget (gpointer user_data)
{
  BenchData *data = user_data;
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;

  touch_plan (data->plan);
  timeline = hc_timeline_compute (data->plan);
  budget = hc_budget_compute (data->plan, timeline);
}

/* The resolution alone (hc-resolve.h): what an edit costs before any
 * view reads it (target: under 5 ms at 10,000 positions). */
static void
bench_resolve (gpointer user_data)
{
  BenchData *data = user_data;
  g_autoptr(HcResolution) resolution = hc_resolution_compute (data->plan);
}

/* The timeline and budget on top of a resolution already made. */
static void
bench_budget_resolved (gpointer user_data)
{
  BenchData *data = user_data;
  g_autoptr(HcResolution) resolution = hc_resolution_get (data->plan);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute_resolved (resolution);
  g_autoptr(HcBudget) budget = hc_budget_compute (data->plan, timeline);
}

static void
bench_checks (gpointer user_data)
{
  BenchData *data = user_data;
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(GPtrArray) checks = NULL;

  touch_plan (data->plan);
  timeline = hc_timeline_compute (data->plan);
  checks = hc_plan_check (data->plan, timeline);
}

/* What opening a plan costs: everything but drawing. */
static void
bench_open (gpointer user_data)
{
  BenchData *data = user_data;
  g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (data->bytes, NULL);
  g_autoptr(HcTimeline) timeline = hc_timeline_compute (plan);
  g_autoptr(HcBudget) budget = hc_budget_compute (plan, timeline);
  g_autoptr(GPtrArray) checks = hc_plan_check (plan, timeline);
}

static void
bench_save (gpointer user_data)
{
  BenchData *data = user_data;
  g_autoptr(GBytes) bytes = hc_plan_to_bytes (data->plan);
}

static void
bench_core (guint n_positions)
{
  g_autoptr(HcPlan) plan = make_plan (n_positions);
  g_autoptr(GBytes) bytes = hc_plan_to_bytes (plan);
  BenchData data = { bytes, plan };
  double floor_ms = hc_bench_median_ms (bench_json_floor, &data, REPEATS);
  g_autofree char *label = NULL;

  printf ("# %u positions, %.1f MB of JSON\n", n_positions,
          g_bytes_get_size (bytes) / 1e6);
  label = g_strdup_printf ("json-glib parse+walk (floor) %u", n_positions);
  hc_bench_print (label, floor_ms, floor_ms);
#define FIGURE(name, func)                                                     \
  G_STMT_START {                                                               \
    g_autofree char *figure = g_strdup_printf ("%s %u", name, n_positions);    \
    hc_bench_print (figure, hc_bench_median_ms (func, &data, REPEATS), floor_ms); \
  } G_STMT_END
  FIGURE ("load+validate", bench_load);
  FIGURE ("validate", bench_validate);
  FIGURE ("resolve", bench_resolve);
  FIGURE ("timeline+budget", bench_budget);
  FIGURE ("timeline+budget on a resolution", bench_budget_resolved);
  FIGURE ("checks", bench_checks);
  FIGURE ("open: load+validate+budget+checks", bench_open);
  FIGURE ("save", bench_save);
#undef FIGURE
}

/* A "VmRSS:"-style line of /proc/self/status, in bytes; 0 if unknown. */
static gsize
proc_status_bytes (const char *field)
{
  g_autofree char *status = NULL;
  const char *line;

  if (!g_file_get_contents ("/proc/self/status", &status, NULL, NULL) ||
      (line = strstr (status, field)) == NULL)
    return 0;
  return g_ascii_strtoull (line + strlen (field), NULL, 10) * 1024;
}

static void
bench_unknown_member_memory_child (gsize size)
{
  GString *doc = g_string_sized_new (size + 256);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HcPlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;
  gsize base, peak;
  gint64 start;
  double ms;

  g_string_append (doc, "{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\", \"x\": [{}");
  while (doc->len + 4 < size)
    g_string_append (doc, ",{}");
  g_string_append (doc, "]}");
  bytes = g_string_free_to_bytes (doc);
  /* The peak so far is forgotten (Linux 4.0 and later), so that building
   * the document does not count. */
  g_file_set_contents ("/proc/self/clear_refs", "5", 1, NULL);
  base = proc_status_bytes ("VmRSS:");
  start = g_get_monotonic_time ();
  plan = hc_plan_load_from_bytes (bytes, &error);
  ms = (g_get_monotonic_time () - start) / 1000.0;
  if (plan == NULL)
    g_error ("The unknown-member plan does not load: %s", error->message);
  peak = proc_status_bytes ("VmHWM:");
  label = g_strdup_printf ("load, one unknown member of %.0f MB", size / 1e6);
  printf ("%-44s %9.2f ms   RSS +%.1f MB = x%.1f of the file (target < x10)\n", label, ms,
          (peak - MIN (base, peak)) / 1e6, (double) (peak - MIN (base, peak)) / g_bytes_get_size (bytes));
}

static void
bench_unknown_member_memory (gsize size)
{
  pid_t pid;
  int status = 0;

  fflush (stdout);
  pid = fork ();
  if (pid == 0)
    {
      bench_unknown_member_memory_child (size);
      fflush (stdout);
      _exit (0);
    }
  if (pid < 0 || waitpid (pid, &status, 0) < 0 || !WIFEXITED (status) || WEXITSTATUS (status) != 0)
    g_error ("The unknown-member memory figure failed");
}

/* ---- undo --------------------------------------------------------------- */

typedef struct
{
  HcPlan     *plan;
  HcPosition *position;
  GPtrArray  *edits;
  guint       serial;
} UndoData;

/* A setter takes well under the clock's microsecond: time many. */
#define INNER 1000

static void
bench_bare_setter (gpointer user_data)
{
  UndoData *data = user_data;

  for (guint i = 0; i < INNER; i++)
    hc_position_set_count (data->position, 1 + data->serial++ % 5);
}

/* What one keystroke in a field costs the document: the setter, recorded,
 * and the recording closed into a step and a new one begun. */
static void
bench_recorded_setter (gpointer user_data)
{
  UndoData *data = user_data;

  for (guint i = 0; i < INNER; i++)
    {
      g_autoptr(HcEdit) edit = NULL;

      hc_plan_begin_recording (data->plan);
      hc_position_set_count (data->position, 1 + data->serial++ % 5);
      edit = hc_plan_end_recording (data->plan);
    }
}

/* 100 edits of every kind a person makes, each recorded. */
static void
record_edits (HcPlan    *plan,
              GPtrArray *edits)
{
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (plan));

  for (guint i = 0; i < 100; i++)
    {
      guint n = g_list_model_get_n_items (positions);
      g_autoptr(HcPosition) p = g_list_model_get_item (positions, (i * 97) % n);
      g_autofree char *notes = g_strdup_printf ("Edited %u", i);
      g_autoptr(HcPosition) added = NULL;
      double week = 10 + i % 20;

      hc_plan_begin_recording (plan);
      switch (i % 10)
        {
        case 0: hc_position_set_count (p, 1 + (hc_position_get_count (p) % 9)); break;
        case 1: hc_position_set_notes (p, notes); break;
        case 2: added = hc_plan_edit_add_position (plan, "capacity"); break;
        case 3: hc_plan_edit_remove_position (plan, p); break;
        case 4: hc_plan_edit_duplicate_position (plan, p); break;
        case 5: hc_plan_edit_set_phase (plan, p, "database"); break;
        case 6: hc_plan_edit_move_search_start (plan, p, week); break;
        case 7: hc_plan_edit_set_time_to_hire (plan, p, hc_range_make (4, 9 + i % 7)); break;
        case 8: hc_plan_edit_move_phase (plan, hc_plan_find_phase (plan, "capacity"), i % 4 ? 1 : -1); break;
        default: hc_role_set_salary (hc_plan_find_role (plan, "backend"), HC_SENIORITY_MID,
                                     hc_range_make (120000 + i, 160000 + i)); break;
        }
      g_ptr_array_add (edits, hc_plan_end_recording (plan));
    }
}

static void
bench_undo_redo_all (gpointer user_data)
{
  UndoData *data = user_data;

  for (guint i = data->edits->len; i > 0; i--)
    if (data->edits->pdata[i - 1] != NULL)
      hc_edit_undo (data->edits->pdata[i - 1], data->plan);
  for (guint i = 0; i < data->edits->len; i++)
    if (data->edits->pdata[i] != NULL)
      hc_edit_redo (data->edits->pdata[i], data->plan);
}

static gsize
heap_in_use (void)
{
#ifdef __GLIBC__
  return mallinfo2 ().uordblks;
#else
  return 0;
#endif
}

static void
bench_undo (guint n_positions)
{
  g_autoptr(HcPlan) plan = make_plan (n_positions);
  g_autoptr(GPtrArray) edits = g_ptr_array_new_with_free_func ((GDestroyNotify) hc_edit_free);
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)),
                                                          n_positions / 2);
  UndoData data = { plan, position, edits, 0 };
  BenchData save_data = { NULL, plan };
  double floor_ms, edit_ms, undo_ms;
  gsize heap_before, held = 0;
  g_autofree char *label = NULL;

  printf ("# undo, %u positions\n", n_positions);
  floor_ms = hc_bench_median_ms (bench_bare_setter, &data, REPEATS) / INNER;
  label = g_strdup_printf ("bare setter (floor) %u", n_positions);
  hc_bench_print (label, floor_ms, floor_ms);
  g_free (label);
  edit_ms = hc_bench_median_ms (bench_recorded_setter, &data, REPEATS) / INNER;
  label = g_strdup_printf ("edit on the input path %u", n_positions);
  hc_bench_print (label, edit_ms, floor_ms);
  printf ("# one edit on the input path: %.2f µs, the bare setter %.2f µs\n",
          edit_ms * 1000, floor_ms * 1000);
  g_free (label);
  /* What every edit used to cost: the whole plan written out.  A draft
   * or a save still pays it once, on the main loop (hc-session.c). */
  label = g_strdup_printf ("whole-plan write (a draft's state) %u", n_positions);
  hc_bench_print (label, hc_bench_median_ms (bench_save, &save_data, REPEATS), floor_ms);
  g_free (label);

  heap_before = heap_in_use ();
  record_edits (plan, edits);
  for (guint i = 0; i < edits->len; i++)
    held += edits->pdata[i] != NULL ? hc_edit_get_size (edits->pdata[i]) : 0;
  undo_ms = hc_bench_median_ms (bench_undo_redo_all, &data, REPEATS) / (2.0 * edits->len);
  label = g_strdup_printf ("one undo or redo of 100 edits %u", n_positions);
  hc_bench_print (label, undo_ms, floor_ms);
  printf ("# undo history of %u edits: %.1f KB held by the edits, heap grew %.1f KB "
          "(target < 50 MB); %.1f µs per undo (target < 1 ms)\n",
          edits->len, held / 1024.0, (heap_in_use () - MIN (heap_before, heap_in_use ())) / 1024.0,
          undo_ms * 1000);
}

/* `headcount --diff OLD NEW` of two 10,000-position plans as a whole
 * process, start-up and both loads included (target: under 200 ms),
 * against `headcount --check` of the same two files, which loads them
 * and does the plan checks. */
typedef struct
{
  const char *const *argv;
} BenchProcess;

static void
bench_process (gpointer data)
{
  BenchProcess *p = data;
  g_autoptr(GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) p->argv, NULL,
                     G_SPAWN_STDOUT_TO_DEV_NULL | G_SPAWN_STDERR_TO_DEV_NULL, NULL, NULL,
                     NULL, NULL, &status, &error) ||
      !g_spawn_check_wait_status (status, &error))
    g_error ("%s", error->message);
}

static void
save_plan (HcPlan     *plan,
           const char *path)
{
  g_autoptr(GBytes) bytes = hc_plan_to_bytes (plan);
  g_autoptr(GError) error = NULL;

  if (!g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error))
    g_error ("%s", error->message);
}

static void
bench_diff_in_process (gpointer data)
{
  HcPlan **plans = data;
  g_autoptr(GPtrArray) items = hc_plan_diff (plans[0], plans[1]);

  g_assert (items->len > 0);
}

static void
bench_diff (guint n_positions)
{
  g_autoptr(HcPlan) old_plan = make_plan (n_positions);
  g_autoptr(HcPlan) new_plan = hc_plan_copy (old_plan);
  GListModel *positions = G_LIST_MODEL (hc_plan_get_positions (new_plan));
  g_autofree char *old_path = g_build_filename (g_get_tmp_dir (), "hc-bench-diff-old.headcount", NULL);
  g_autofree char *new_path = g_build_filename (g_get_tmp_dir (), "hc-bench-diff-new.headcount", NULL);
  const char *diff_argv[] = { HC_BENCH_HEADCOUNT, "--diff", old_path, new_path, NULL };
  const char *check_argv[] = { HC_BENCH_HEADCOUNT, "--check", old_path, new_path, NULL };
  BenchProcess diff = { diff_argv }, check = { check_argv };
  HcPlan *plans[2] = { old_plan, new_plan };
  double floor_ms, ms;
  char name[96];

  /* A busy week's changes: every 10th position changed, every 50th
   * renumbered, every 100th gone. */
  for (guint i = 0; i < g_list_model_get_n_items (positions); i++)
    {
      g_autoptr(HcPosition) p = g_list_model_get_item (positions, i);

      if (i % 10 == 0)
        hc_position_set_count (p, hc_position_get_count (p) + 1);
      if (i % 50 == 0)
        {
          g_autofree char *id = g_strdup_printf ("renumbered-%u", i);

          hc_position_set_id (p, id);
        }
    }
  for (guint i = g_list_model_get_n_items (positions); i-- > 0;)
    if (i % 100 == 7)
      g_list_store_remove (hc_plan_get_positions (new_plan), i);
  save_plan (old_plan, old_path);
  save_plan (new_plan, new_path);

  printf ("# diff %u\n", n_positions);
  floor_ms = hc_bench_median_ms (bench_process, &check, 5);
  g_snprintf (name, sizeof name, "process: headcount --check OLD NEW %u", n_positions);
  hc_bench_print (name, floor_ms, floor_ms);
  ms = hc_bench_median_ms (bench_process, &diff, 5);
  g_snprintf (name, sizeof name, "process: headcount --diff OLD NEW %u", n_positions);
  hc_bench_print (name, ms, floor_ms);
  ms = hc_bench_median_ms (bench_diff_in_process, plans, 5);
  g_snprintf (name, sizeof name, "hc_plan_diff in process %u", n_positions);
  hc_bench_print (name, ms, floor_ms);
  g_unlink (old_path);
  g_unlink (new_path);
}

int
main (int   argc,
      char *argv[])
{
  printf ("# hc-bench %s: median of %d runs; xN = ratio to the floor of the same section\n",
          PACKAGE_VERSION, REPEATS);
  /* "hc-bench memory", "hc-bench core N", "hc-bench undo N", "hc-bench
   * slide" or "hc-bench gantt": one section alone. */
  if (argc >= 2 && g_str_equal (argv[1], "memory"))
    {
      bench_unknown_member_memory (16 * 1000 * 1000);
      bench_unknown_member_memory (63 * 1000 * 1000);
      return 0;
    }
  if (argc >= 3 && g_str_equal (argv[1], "core"))
    {
      bench_core ((guint) g_ascii_strtoull (argv[2], NULL, 10));
      return 0;
    }
  if (argc >= 2 && g_str_equal (argv[1], "slide"))
    {
      hc_bench_slide_run ();
      return 0;
    }
  if (argc >= 2 && g_str_equal (argv[1], "gantt"))
    {
      hc_bench_gantt_run ();
      return 0;
    }
  if (argc >= 3 && g_str_equal (argv[1], "scenarios"))
    {
      g_autoptr(HcPlan) plan = make_plan ((guint) g_ascii_strtoull (argv[2], NULL, 10));

      hc_bench_scenarios_run (plan);
      return 0;
    }
  if (argc >= 3 && g_str_equal (argv[1], "diff"))
    {
      bench_diff ((guint) g_ascii_strtoull (argv[2], NULL, 10));
      return 0;
    }
  if (argc >= 3 && g_str_equal (argv[1], "undo"))
    {
      bench_undo ((guint) g_ascii_strtoull (argv[2], NULL, 10));
      return 0;
    }
  printf ("# memory\n");
  bench_unknown_member_memory (16 * 1000 * 1000);
  bench_unknown_member_memory (63 * 1000 * 1000);
  bench_core (10000);
  bench_core (1000);
  bench_undo (10000);
  /* The largest documented plan: what typing costs, and what a draft
   * takes on the main loop (the whole-plan write). */
  bench_undo (100000);
  {
    g_autoptr(HcPlan) plan = make_plan (1000);

    hc_bench_scenarios_run (plan);
  }
  bench_diff (10000);
  hc_bench_chart_run ();
  hc_bench_gantt_run ();
  return 0;
}
