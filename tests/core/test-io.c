/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "test-io"

#include "config.h"

#include <locale.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <math.h>
#include <string.h>
#include <unistd.h>

#include "hc-edit.h"
#include "hc-error.h"
#include "hc-format.h"
#include "hc-extras-private.h"
#include "hc-json-scan-private.h"
#include "hc-json-writer-private.h"
#include "hc-locations.h"
#include "hc-plan-io.h"
#include "hc-templates.h"
#include "../hc-test.h"

/* ───────────────────────── Helpers ───────────────────────── */

static HcPlan *
load_string (const char  *json,
             GError     **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (json, strlen (json));

  return hc_plan_load_from_bytes (bytes, error);
}

static char *
plan_to_string (HcPlan *plan)
{
  g_autoptr(GBytes) bytes = hc_plan_to_bytes (plan);
  gsize len;
  const char *data = g_bytes_get_data (bytes, &len);

  g_assert_cmpuint (strlen (data), ==, len - 0); /* no NUL inside */
  return g_strndup (data, len);
}

/* Loads @json, expects the error @code and a message equal to @message. */
static void
assert_load_error (const char *json,
                   int         code,
                   const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (json, &error);

  g_assert_null (plan);
  g_assert_error (error, HC_PLAN_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* JSON text without the blanks between its tokens: what the writer's
 * re-indenting of a kept member may change. */
static char *
without_blanks (const char *text,
                gsize       len)
{
  GString *out = g_string_sized_new (len);
  gboolean in_string = FALSE;

  for (gsize i = 0; i < len; i++)
    {
      char c = text[i];

      if (in_string && c == '\\')
        {
          g_string_append_c (out, c);
          g_string_append_c (out, text[++i]);
          continue;
        }
      if (c == '"')
        in_string = !in_string;
      if (in_string || !g_ascii_isspace (c))
        g_string_append_c (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
assert_extras_equal (gpointer a,
                     gpointer b)
{
  HcExtras *ea = _hc_extras_get (a);
  HcExtras *eb = _hc_extras_get (b);

  g_assert_true ((ea == NULL) == (eb == NULL));
  if (ea == NULL)
    return;
  g_assert_cmpuint (_hc_extras_get_n (ea), ==, _hc_extras_get_n (eb));
  for (guint i = 0; i < _hc_extras_get_n (ea); i++)
    {
      gsize la, lb;
      const char *ta = _hc_extras_get_text (ea, i, &la);
      const char *tb = _hc_extras_get_text (eb, i, &lb);
      g_autofree char *na = without_blanks (ta, la);
      g_autofree char *nb = without_blanks (tb, lb);

      g_assert_cmpstr (_hc_extras_get_name (ea, i), ==, _hc_extras_get_name (eb, i));
      g_assert_cmpstr (na, ==, nb);
    }
}

static void
assert_range_equal (HcRange a,
                    HcRange b)
{
  g_assert_cmpfloat (a.low, ==, b.low);
  g_assert_cmpfloat (a.high, ==, b.high);
}

static void
assert_roles_equal (HcRole *a,
                    HcRole *b)
{
  g_assert_cmpstr (hc_role_get_id (a), ==, hc_role_get_id (b));
  g_assert_cmpstr (hc_role_get_name (a), ==, hc_role_get_name (b));
  g_assert_cmpint (hc_role_get_kind (a), ==, hc_role_get_kind (b));
  g_assert_cmpint (hc_role_get_skills (a), ==, hc_role_get_skills (b));
  g_assert_cmpstr (hc_role_get_description (a), ==, hc_role_get_description (b));
  assert_range_equal (hc_role_get_time_to_hire (a), hc_role_get_time_to_hire (b));
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    {
      assert_range_equal (hc_role_get_salary (a, s), hc_role_get_salary (b, s));
      assert_range_equal (hc_role_get_ramp_up (a, s), hc_role_get_ramp_up (b, s));
    }
  assert_extras_equal (a, b);
}

static void
assert_phases_equal (HcPhase *a,
                     HcPhase *b)
{
  g_assert_cmpstr (hc_phase_get_id (a), ==, hc_phase_get_id (b));
  g_assert_cmpstr (hc_phase_get_name (a), ==, hc_phase_get_name (b));
  g_assert_cmpstr (hc_phase_get_description (a), ==, hc_phase_get_description (b));
  g_assert_cmpint (hc_phase_get_unit (a), ==, hc_phase_get_unit (b));
  g_assert_cmpuint (hc_phase_get_first (a), ==, hc_phase_get_first (b));
  g_assert_cmpuint (hc_phase_get_last (a), ==, hc_phase_get_last (b));
  assert_extras_equal (a, b);
}

static void
assert_optional_range_equal (gboolean has_a, HcRange a,
                             gboolean has_b, HcRange b)
{
  g_assert_cmpint (has_a, ==, has_b);
  if (has_a)
    assert_range_equal (a, b);
}

static void
assert_positions_equal (HcPosition *a,
                        HcPosition *b)
{
  HcRange ra = { 0, 0 }, rb = { 0, 0 };
  double wa = 0, wb = 0;
  gboolean ha, hb;

  g_assert_cmpstr (hc_position_get_id (a), ==, hc_position_get_id (b));
  g_assert_cmpstr (hc_position_get_role_id (a), ==, hc_position_get_role_id (b));
  g_assert_cmpint (hc_position_get_seniority (a), ==, hc_position_get_seniority (b));
  g_assert_cmpuint (hc_position_get_count (a), ==, hc_position_get_count (b));
  g_assert_cmpstr (hc_position_get_location (a), ==, hc_position_get_location (b));
  g_assert_cmpfloat (hc_position_get_location_adjustment (a), ==,
                     hc_position_get_location_adjustment (b));
  g_assert_cmpint (hc_position_get_sourcing (a), ==, hc_position_get_sourcing (b));
  g_assert_cmpstr (hc_position_get_phase_id (a), ==, hc_position_get_phase_id (b));
  g_assert_cmpint (hc_position_get_skills (a), ==, hc_position_get_skills (b));
  g_assert_cmpstr (hc_position_get_notes (a), ==, hc_position_get_notes (b));
  ha = hc_position_get_salary_override (a, &ra);
  hb = hc_position_get_salary_override (b, &rb);
  assert_optional_range_equal (ha, ra, hb, rb);
  ha = hc_position_get_time_to_hire (a, &ra);
  hb = hc_position_get_time_to_hire (b, &rb);
  assert_optional_range_equal (ha, ra, hb, rb);
  ha = hc_position_get_earliest_start (a, &wa);
  hb = hc_position_get_earliest_start (b, &wb);
  g_assert_cmpint (ha, ==, hb);
  if (ha)
    g_assert_cmpfloat (wa, ==, wb);
  assert_extras_equal (a, b);
}

typedef void (*AssertItemsEqual) (gpointer a, gpointer b);

static void
assert_lists_equal (GListStore       *a,
                    GListStore       *b,
                    AssertItemsEqual  assert_equal)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (a));

  g_assert_cmpuint (n, ==, g_list_model_get_n_items (G_LIST_MODEL (b)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) ia = g_list_model_get_item (G_LIST_MODEL (a), i);
      g_autoptr(GObject) ib = g_list_model_get_item (G_LIST_MODEL (b), i);

      assert_equal (ia, ib);
    }
}

static void
assert_plans_equal (HcPlan *a,
                    HcPlan *b)
{
  GDate da = hc_plan_get_start_date (a);
  GDate db = hc_plan_get_start_date (b);

  g_assert_cmpstr (hc_plan_get_title (a), ==, hc_plan_get_title (b));
  g_assert_cmpstr (hc_plan_get_subtitle (a), ==, hc_plan_get_subtitle (b));
  g_assert_cmpstr (hc_plan_get_currency (a), ==, hc_plan_get_currency (b));
  g_assert_cmpint (g_date_compare (&da, &db), ==, 0);
  g_assert_cmpuint (hc_plan_get_horizon_months (a), ==, hc_plan_get_horizon_months (b));
  g_assert_cmpstr (hc_plan_get_notes (a), ==, hc_plan_get_notes (b));
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    assert_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (a), i),
                        hc_cost_assumptions_get (hc_plan_get_assumptions (b), i));
  assert_extras_equal (hc_plan_get_assumptions (a), hc_plan_get_assumptions (b));
  assert_lists_equal (hc_plan_get_roles (a), hc_plan_get_roles (b),
                      (AssertItemsEqual) assert_roles_equal);
  assert_lists_equal (hc_plan_get_phases (a), hc_plan_get_phases (b),
                      (AssertItemsEqual) assert_phases_equal);
  assert_lists_equal (hc_plan_get_positions (a), hc_plan_get_positions (b),
                      (AssertItemsEqual) assert_positions_equal);
  assert_extras_equal (a, b);
}

static void
assert_bytes_equal (GBytes *a,
                    GBytes *b)
{
  gsize la, lb;
  const char *da = g_bytes_get_data (a, &la);
  const char *db = g_bytes_get_data (b, &lb);

  g_assert_cmpmem (da, la, db, lb);
}

/* save → load → save: equal plans, identical bytes. */
static void
assert_round_trip (HcPlan *plan)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) first = hc_plan_to_bytes (plan);
  g_autoptr(HcPlan) reloaded = hc_plan_load_from_bytes (first, &error);
  g_autoptr(GBytes) second = NULL;

  g_assert_no_error (error);
  g_assert_nonnull (reloaded);
  assert_plans_equal (plan, reloaded);
  second = hc_plan_to_bytes (reloaded);
  assert_bytes_equal (first, second);
}

static char *
template_file_path (const char *name)
{
  const char *top = g_getenv ("HC_TOP_SRCDIR");
  g_autofree char *file = g_strconcat (name, ".headcount", NULL);

  g_assert_nonnull (top);
  return g_build_filename (top, "data", "templates", file, NULL);
}

static GBytes *
read_template_file (const char *name)
{
  g_autofree char *path = template_file_path (name);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

/* ───────────────────────── Number formatting ───────────────────────── */

static void
test_number_format (void)
{
  static const struct { double value; const char *text; } cases[] = {
    { 150000, "150000" },
    { 0, "0" },
    { -0.0, "0" },
    { -90, "-90" },
    { 21.5, "21.5" },
    { 0.1, "0.1" },
    { 1e-7, "1e-07" },
    { 123456.789, "123456.789" },
    { 1.0 / 3.0, "0.3333333333333333" },
    { 0.1 + 0.2, "0.30000000000000004" },
    { 9007199254740991.0, "9007199254740991" },
    { 9007199254740992.0, "9007199254740992" },
    { 1e300, "1e+300" },
    { 5e-324, "4.94065645841247e-324" },
  };
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_assert_cmpstr (_hc_json_format_double (buf, sizeof buf, cases[i].value), ==,
                       cases[i].text);
      g_assert_cmpfloat (g_ascii_strtod (buf, NULL), ==, cases[i].value);
    }
}

static void
test_string_escaping (void)
{
  g_autoptr(HcJsonWriter) w = _hc_json_writer_new ();
  g_autoptr(GBytes) bytes = NULL;

  _hc_json_writer_begin_array (w);
  _hc_json_writer_string (w, "q\"b\\s/\n\t\r\b\f\x01\x1f\x7f é😀 שלום");
  _hc_json_writer_begin_object (w);
  _hc_json_writer_end_object (w);
  _hc_json_writer_begin_array (w);
  _hc_json_writer_end_array (w);
  _hc_json_writer_end_array (w);
  bytes = _hc_json_writer_free_to_bytes (g_steal_pointer (&w));
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                   "[\n  \"q\\\"b\\\\s/\\n\\t\\r\\b\\f\\u0001\\u001f\x7f é😀 שלום\",\n  {},\n  []\n]\n",
                   strlen ("[\n  \"q\\\"b\\\\s/\\n\\t\\r\\b\\f\\u0001\\u001f\x7f é😀 שלום\",\n  {},\n  []\n]\n"));
}

/* ───────────────────────── Round trips ───────────────────────── */

static void
test_templates_round_trip (void)
{
  const HcTemplateInfo *info = hc_templates_list ();
  guint n = 0;

  for (; info->name != NULL; info++, n++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(HcPlan) plan = hc_template_load (info->name, &error);
      g_autoptr(GBytes) raw = read_template_file (info->name);
      g_autoptr(HcPlan) from_file = NULL;

      g_assert_no_error (error);
      g_assert_nonnull (plan);
      g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan))), >, 0);
      assert_round_trip (plan);

      /* The file in the source tree is the same plan as the resource. */
      from_file = hc_plan_load_from_bytes (raw, &error);
      g_assert_no_error (error);
      assert_plans_equal (plan, from_file);
    }
  g_assert_cmpuint (n, ==, 6);
}

/* Exactly what the contract says the writer writes, for a small plan. */
static const char canonical_plan[] =
  "{\n"
  "  \"format\": \"headcount\",\n"
  "  \"version\": 1,\n"
  "  \"title\": \"Tiny\",\n"
  "  \"currency\": \"EUR\",\n"
  "  \"start_date\": \"2026-01-05\",\n"
  "  \"horizon_months\": 12,\n"
  "  \"notes\": \"\",\n"
  "  \"benchmarks\": \"us-2026\",\n"
  "  \"assumptions\": {\n"
  "    \"benefits_percent\": {\n      \"low\": 21.5,\n      \"high\": 23\n    },\n"
  "    \"x_inflation\": 0.1\n"
  "  },\n"
  "  \"roles\": [\n"
  "    {\n"
  "      \"id\": \"backend\",\n"
  "      \"name\": \"Backend\",\n"
  "      \"kind\": \"generalist\",\n"
  "      \"skills\": [\n        \"api\",\n        \"database\"\n      ],\n"
  "      \"description\": \"\",\n"
  "      \"salary\": {\n"
  "        \"junior\": {\n          \"low\": 90000,\n          \"high\": 110000\n        },\n"
  "        \"mid\": {\n          \"low\": 120000,\n          \"high\": 150000\n        },\n"
  "        \"senior\": {\n          \"low\": 150000,\n          \"high\": 200000.5\n        },\n"
  "        \"staff\": {\n          \"low\": 200000,\n          \"high\": 260000\n        }\n"
  "      },\n"
  "      \"time_to_hire_weeks\": {\n        \"low\": 6,\n        \"high\": 10\n      },\n"
  "      \"ramp_up_weeks\": {\n"
  "        \"junior\": {\n          \"low\": 12,\n          \"high\": 16\n        },\n"
  "        \"mid\": {\n          \"low\": 8,\n          \"high\": 12\n        },\n"
  "        \"senior\": {\n          \"low\": 4,\n          \"high\": 8\n        },\n"
  "        \"staff\": {\n          \"low\": 4,\n          \"high\": 6\n        }\n"
  "      },\n"
  "      \"x_role\": [\n        1,\n        \"two\",\n        null,\n        true\n      ]\n"
  "    }\n"
  "  ],\n"
  "  \"phases\": [\n"
  "    {\n"
  "      \"id\": \"foundation\",\n"
  "      \"name\": \"Foundation\",\n"
  "      \"description\": \"Weeks 1–8\",\n"
  "      \"unit\": \"week\",\n"
  "      \"first\": 1,\n"
  "      \"last\": 8,\n"
  "      \"x_phase\": {}\n"
  "    }\n"
  "  ],\n"
  "  \"positions\": [\n"
  "    {\n"
  "      \"id\": \"first\",\n"
  "      \"role\": \"backend\",\n"
  "      \"seniority\": \"senior\",\n"
  "      \"count\": 1,\n"
  "      \"location\": \"Berlin\",\n"
  "      \"location_adjustment_percent\": -12.5,\n"
  "      \"sourcing\": \"referral\",\n"
  "      \"phase\": \"foundation\",\n"
  "      \"skills\": [\n        \"infrastructure\"\n      ],\n"
  "      \"salary\": {\n        \"low\": 123456.789,\n        \"high\": 130000\n      },\n"
  "      \"earliest_start_week\": 2,\n"
  "      \"time_to_hire_weeks\": {\n        \"low\": 1e-07,\n        \"high\": 4\n      },\n"
  "      \"notes\": \"Say \\\"hi\\\"\\n\",\n"
  "      \"x_position\": {\n        \"nested\": {\n          \"deep\": [\n            []\n          ]\n        }\n      }\n"
  "    },\n"
  "    {\n"
  "      \"id\": \"second\",\n"
  "      \"role\": \"backend\",\n"
  "      \"seniority\": \"junior\",\n"
  "      \"count\": 2,\n"
  "      \"location\": \"\",\n"
  "      \"location_adjustment_percent\": 0,\n"
  "      \"sourcing\": \"agency\",\n"
  "      \"phase\": \"foundation\"\n"
  "    }\n"
  "  ],\n"
  "  \"x_plan\": \"kept\",\n"
  "  \"x_big\": 12345678901234567\n"
  "}\n";

static void
test_canonical_bytes (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (canonical_plan, &error);
  g_autofree char *text = NULL;
  g_autoptr(HcPosition) first = NULL;
  HcRange range;

  g_assert_no_error (error);
  text = plan_to_string (plan);
  g_assert_cmpstr (text, ==, canonical_plan);

  /* The values behind the bytes. */
  g_assert_cmpstr (hc_plan_get_currency (plan), ==, "EUR");
  first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  g_assert_true (hc_position_get_time_to_hire (first, &range));
  g_assert_cmpfloat (range.low, ==, 1e-7);
  g_assert_cmpfloat (hc_position_get_location_adjustment (first), ==, -12.5);
  g_assert_cmpint (hc_position_get_skills (first), ==, HC_SKILL_INFRASTRUCTURE);
  g_assert_cmpstr (hc_position_get_notes (first), ==, "Say \"hi\"\n");
}

/* Unknown members anywhere in an object come out after the known ones, in
 * their own order; on a second save nothing moves. */
static void
test_unknown_members_kept (void)
{
  static const char input[] =
    "{\"z_first\": {\"a\": [1, 2.5, \"x\"]}, \"format\": \"headcount\", \"version\": 1,"
    " \"assumptions\": {\"y_future\": false, \"cloud_per_month\": {\"low\": 1, \"high\": 2}},"
    " \"title\": \"T\", \"a_last\": null,"
    " \"phases\": [{\"p_extra\": 7, \"id\": \"p\", \"name\": \"P\", \"unit\": \"month\","
    "   \"first\": 2, \"last\": 4}],"
    " \"positions\": [{\"q\": {\"r\": \"s\"}, \"id\": \"a\", \"role\": \"backend\","
    "   \"seniority\": \"mid\", \"count\": 3, \"location\": \"X\","
    "   \"location_adjustment_percent\": 0, \"sourcing\": \"direct\", \"phase\": \"p\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (input, &error);
  g_autofree char *text = NULL;
  const char *z, *a, *positions;

  g_assert_no_error (error);
  text = plan_to_string (plan);
  positions = strstr (text, "\n  \"positions\": [");
  z = strstr (text, "\n  \"z_first\": {\n    \"a\": [\n      1,\n      2.5,\n      \"x\"\n    ]\n  },\n");
  a = strstr (text, "\n  \"a_last\": null\n}\n");
  g_assert_nonnull (positions);
  g_assert_nonnull (z);
  g_assert_nonnull (a);
  g_assert_true (positions < z && z < a);
  /* The defaults are left out; the figure set and the unknown member
   * stay. */
  g_assert_nonnull (strstr (text, "  \"assumptions\": {\n"
                                  "    \"cloud_per_month\": {\n      \"low\": 1,\n      \"high\": 2\n    },\n"
                                  "    \"y_future\": false\n  },\n"));
  g_assert_nonnull (strstr (text, "      \"last\": 4,\n      \"p_extra\": 7\n    }\n"));
  g_assert_nonnull (strstr (text, "      \"phase\": \"p\",\n      \"q\": {\n        \"r\": \"s\"\n      }\n    }\n"));
  /* Roles left out: the guide's catalogue. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_roles (plan))), ==, 4);
  assert_round_trip (plan);
}

/* Odd text: quotes, backslashes, every control character, emoji,
 * right-to-left scripts, combining marks. */
static const char *const odd_pieces[] = {
  "\"", "\\", "\\\"", "/", "\n", "\r\n", "\t", "\b", "\f", "\x01", "\x1f", "\x7f",
  "😀", "👩‍💻", "שלום", "مرحبا", "\u202e", "e\u0301", "日本", "\u2028", " ", "plain",
  "{\"json\": [1]}", "null", "0.1", "$.path", "",
};

static char *
random_text (GRand *rand,
             guint  max_pieces,
             gboolean non_empty)
{
  GString *s = g_string_new (NULL);
  guint n = (guint) g_rand_int_range (rand, non_empty ? 1 : 0, (gint32) max_pieces + 1);

  for (guint i = 0; i < n; i++)
    g_string_append (s, odd_pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (odd_pieces))]);
  if (non_empty && s->len == 0)
    g_string_append (s, "x");
  return g_string_free (s, FALSE);
}

static double
random_double (GRand  *rand,
               double  min,
               double  max)
{
  static const double specials[] = { 0.1, 1e-7, 123456.789, 0.30000000000000004, 1.0 / 3.0, 2.5 };
  double v;

  switch (g_rand_int_range (rand, 0, 4))
    {
    case 0:
      v = specials[g_rand_int_range (rand, 0, G_N_ELEMENTS (specials))];
      break;
    case 1:
      v = floor (g_rand_double_range (rand, min, max));
      break;
    default:
      v = g_rand_double_range (rand, min, max);
    }
  return CLAMP (v, min, max);
}

static HcRange
random_range (GRand  *rand,
              double  min,
              double  max)
{
  double a = random_double (rand, min, max);
  double b = random_double (rand, min, max);

  return hc_range_make (MIN (a, b), MAX (a, b));
}

static void
maybe_add_extras (GRand    *rand,
                  gpointer  object)
{
  g_autoptr(HcExtras) extras = NULL;
  g_autoptr(HcJsonWriter) w = NULL;
  g_autoptr(GBytes) quoted = NULL;
  g_autofree char *text = NULL;
  g_autofree char *integer = NULL;
  char number[G_ASCII_DTOSTR_BUF_SIZE];
  static const char nested[] = "{\"a\": [1, 2.5e-300, \"x\\n\", {}], \"b\": {\"c\": []}}";
  gsize len;

  if (g_rand_int_range (rand, 0, 4) != 0)
    return;
  extras = _hc_extras_new ();
  text = random_text (rand, 3, FALSE);
  w = _hc_json_writer_new ();
  _hc_json_writer_string (w, text);
  quoted = _hc_json_writer_free_to_bytes (g_steal_pointer (&w));
  len = g_bytes_get_size (quoted) - 1; /* without the document's newline */
  _hc_extras_add (extras, "x_text", g_bytes_get_data (quoted, NULL), len);
  _hc_json_format_double (number, sizeof number, random_double (rand, -1e6, 1e6));
  _hc_extras_add (extras, "x_double", number, strlen (number));
  integer = g_strdup_printf ("%u", g_rand_int (rand));
  _hc_extras_add (extras, "x_int", integer, strlen (integer));
  _hc_extras_add (extras, "x_bool", "true", 4);
  _hc_extras_add (extras, "x_null", "null", 4);
  _hc_extras_add (extras, "x_nested", nested, strlen (nested));
  _hc_extras_set (object, extras);
}

static HcRole *
random_role (GRand *rand,
             guint  index)
{
  g_autofree char *id = g_strdup_printf ("role-%u", index);
  g_autofree char *name = random_text (rand, 6, TRUE);
  g_autofree char *description = random_text (rand, 10, FALSE);
  HcRole *role = hc_role_new (id, name, g_rand_boolean (rand) ? HC_ROLE_KIND_GENERALIST
                                                              : HC_ROLE_KIND_SPECIALIST);

  hc_role_set_skills (role, (HcSkills) g_rand_int_range (rand, 0, 16));
  hc_role_set_description (role, description);
  hc_role_set_time_to_hire (role, random_range (rand, 0, HC_MAX_WEEKS));
  for (guint s = 0; s < HC_N_SENIORITIES; s++)
    {
      hc_role_set_salary (role, s, random_range (rand, 0, HC_MAX_SALARY));
      hc_role_set_ramp_up (role, s, random_range (rand, 0, HC_MAX_WEEKS));
    }
  maybe_add_extras (rand, role);
  return role;
}

static HcPhase *
random_phase (GRand *rand,
              guint  index)
{
  g_autofree char *id = g_strdup_printf ("phase-%u", index);
  g_autofree char *name = random_text (rand, 6, TRUE);
  g_autofree char *description = random_text (rand, 6, FALSE);
  gboolean months = g_rand_boolean (rand);
  guint max = months ? HC_MAX_HORIZON_MONTHS : (guint) HC_MAX_WEEKS;
  guint first = (guint) g_rand_int_range (rand, 1, (gint32) max + 1);
  guint last = (guint) g_rand_int_range (rand, (gint32) first, (gint32) max + 1);
  HcPhase *phase = hc_phase_new (id, name, months ? HC_TIME_UNIT_MONTH : HC_TIME_UNIT_WEEK,
                                 first, last);

  hc_phase_set_description (phase, description);
  maybe_add_extras (rand, phase);
  return phase;
}

static void
randomize_position_optionals (GRand      *rand,
                              HcPosition *position)
{
  HcRange range;
  double week;

  if (g_rand_boolean (rand))
    {
      range = random_range (rand, 0, HC_MAX_SALARY);
      hc_position_set_salary_override (position, &range);
    }
  if (g_rand_boolean (rand))
    {
      week = random_double (rand, 0, HC_MAX_WEEKS);
      hc_position_set_earliest_start (position, &week);
    }
  if (g_rand_boolean (rand))
    {
      range = random_range (rand, 0, HC_MAX_WEEKS);
      hc_position_set_time_to_hire (position, &range);
    }
  if (g_rand_boolean (rand))
    {
      g_autofree char *notes = random_text (rand, 12, FALSE);

      hc_position_set_notes (position, notes);
    }
  hc_position_set_skills (position, (HcSkills) g_rand_int_range (rand, 0, 16));
}

static HcPosition *
random_position (GRand *rand,
                 guint  index,
                 guint  n_roles,
                 guint  n_phases)
{
  g_autofree char *id = g_strdup_printf ("pos-%u", index);
  g_autofree char *role = g_strdup_printf ("role-%d", g_rand_int_range (rand, 0, (gint32) n_roles));
  g_autofree char *phase = g_strdup_printf ("phase-%d", g_rand_int_range (rand, 0, (gint32) n_phases));
  g_autofree char *location = random_text (rand, 4, FALSE);
  HcPosition *position = hc_position_new (id, role, g_rand_int_range (rand, 0, HC_N_SENIORITIES),
                                          phase);

  hc_position_set_count (position, (guint) g_rand_int_range (rand, 1, HC_MAX_COUNT + 1));
  hc_position_set_location (position, location);
  hc_position_set_location_adjustment (position,
                                       random_double (rand, HC_MIN_LOCATION_PCT, HC_MAX_LOCATION_PCT));
  hc_position_set_sourcing (position, g_rand_int_range (rand, 0, 3));
  randomize_position_optionals (rand, position);
  maybe_add_extras (rand, position);
  return position;
}

static void
randomize_plan_header (GRand  *rand,
                       HcPlan *plan)
{
  static const char *const currencies[] = { "USD", "EUR", "GBP", "JPY", "CHF" };
  g_autofree char *title = random_text (rand, 8, FALSE);
  /* Half the plans have none: then the member is left out. */
  g_autofree char *subtitle = g_rand_boolean (rand) ? random_text (rand, 12, FALSE) : g_strdup ("");
  g_autofree char *notes = random_text (rand, 30, FALSE);
  GDate date;

  g_date_clear (&date, 1);
  g_date_set_dmy (&date, (GDateDay) g_rand_int_range (rand, 1, 29),
                  (GDateMonth) g_rand_int_range (rand, 1, 13),
                  (GDateYear) g_rand_int_range (rand, HC_MIN_YEAR, HC_MAX_YEAR + 1));
  hc_plan_set_title (plan, title);
  hc_plan_set_subtitle (plan, subtitle);
  hc_plan_set_notes (plan, notes);
  hc_plan_set_currency (plan, currencies[g_rand_int_range (rand, 0, G_N_ELEMENTS (currencies))]);
  hc_plan_set_start_date (plan, &date);
  hc_plan_set_horizon_months (plan, (guint) g_rand_int_range (rand, 1, HC_MAX_HORIZON_MONTHS + 1));
  for (guint i = 0; i < HC_N_ASSUMPTIONS; i++)
    {
      HcRange limits = hc_cost_assumptions_get_limits (i);

      hc_cost_assumptions_set (hc_plan_get_assumptions (plan), i,
                               random_range (rand, limits.low, limits.high));
    }
  maybe_add_extras (rand, plan);
  maybe_add_extras (rand, hc_plan_get_assumptions (plan));
}

static HcPlan *
random_plan (GRand *rand)
{
  HcPlan *plan = hc_plan_new ();
  guint n_roles = (guint) g_rand_int_range (rand, 1, 6);
  guint n_phases = (guint) g_rand_int_range (rand, 1, 5);
  guint n_positions = (guint) g_rand_int_range (rand, 0, 25);

  randomize_plan_header (rand, plan);
  for (guint i = 0; i < n_roles; i++)
    {
      g_autoptr(HcRole) role = random_role (rand, i);
      g_list_store_append (hc_plan_get_roles (plan), role);
    }
  for (guint i = 0; i < n_phases; i++)
    {
      g_autoptr(HcPhase) phase = random_phase (rand, i);
      g_list_store_append (hc_plan_get_phases (plan), phase);
    }
  for (guint i = 0; i < n_positions; i++)
    {
      g_autoptr(HcPosition) position = random_position (rand, i, n_roles, n_phases);
      g_list_store_append (hc_plan_get_positions (plan), position);
    }
  return plan;
}

static void
test_random_round_trip (void)
{
  guint32 seed = 20260105;
  const char *env = g_getenv ("HC_TEST_SEED");
  g_autoptr(GRand) rand = NULL;

  if (env != NULL)
    seed = (guint32) g_ascii_strtoull (env, NULL, 10);
  g_test_message ("random plans from seed %u (set HC_TEST_SEED to repeat another)", seed);
  rand = g_rand_new_with_seed (seed);
  for (guint i = 0; i < 200; i++)
    {
      g_autoptr(HcPlan) plan = random_plan (rand);
      g_autoptr(GError) error = NULL;

      g_assert_true (hc_plan_validate (plan, &error));
      g_assert_no_error (error);
      assert_round_trip (plan);
    }
}

/* ───────────────────────── Errors ───────────────────────── */

#define PLAN_HEAD "{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\""

static void
test_error_syntax (void)
{
  /* The missing comma is reported where the next member starts. */
  assert_load_error ("{\n  \"format\": \"headcount\",\n  \"version\": 1\n  \"title\": \"x\"\n}\n",
                     HC_PLAN_ERROR_SYNTAX, "4:3: expected “,” or “}”");
  /* Columns count characters, not bytes. */
  assert_load_error ("{\"tïtlé\": \"😀\" \"x\": 1}", HC_PLAN_ERROR_SYNTAX,
                     "1:15: expected “,” or “}”");
  assert_load_error ("{\"a\": 1,}", HC_PLAN_ERROR_SYNTAX,
                     "1:9: expected a member name in double quotes");
  assert_load_error ("[1, 2,]", HC_PLAN_ERROR_SYNTAX, "1:7: expected a value");
  assert_load_error ("{\"a\" 1}", HC_PLAN_ERROR_SYNTAX, "1:6: expected “:” after the member name");
  assert_load_error ("{\"a\": }", HC_PLAN_ERROR_SYNTAX, "1:7: expected a value");
  assert_load_error ("{1: 2}", HC_PLAN_ERROR_SYNTAX,
                     "1:2: expected a member name in double quotes, or “}”");
  assert_load_error ("[1 2]", HC_PLAN_ERROR_SYNTAX, "1:4: expected “,” or “]”");
  assert_load_error ("{\"a\": [1}", HC_PLAN_ERROR_SYNTAX, "1:9: expected “,” or “]”");
  assert_load_error ("{\"a\": [1]]", HC_PLAN_ERROR_SYNTAX, "1:10: expected “,” or “}”");
  assert_load_error ("{\n  \"a\": [\n", HC_PLAN_ERROR_SYNTAX,
                     "3:1: the file ends in the middle of the document");
  assert_load_error ("\xEF\xBB\xBF{\"a\" 1}", HC_PLAN_ERROR_SYNTAX,
                     "1:6: expected “:” after the member name");
}

static void
test_error_lexical (void)
{
  assert_load_error ("{\"a\": 01}", HC_PLAN_ERROR_SYNTAX, "1:7: not a valid number");
  assert_load_error ("{\"a\": 1.}", HC_PLAN_ERROR_SYNTAX, "1:7: not a valid number");
  assert_load_error ("{\"a\": -}", HC_PLAN_ERROR_SYNTAX, "1:7: not a valid number");
  assert_load_error ("{\"a\": .5}", HC_PLAN_ERROR_SYNTAX, "1:7: unexpected character “.”");
  assert_load_error ("{\"a\": 0x10}", HC_PLAN_ERROR_SYNTAX, "1:8: unexpected character “x”");
  assert_load_error ("{\n  // comment\n}", HC_PLAN_ERROR_SYNTAX, "2:3: unexpected character “/”");
  assert_load_error ("{'a': 1}", HC_PLAN_ERROR_SYNTAX, "1:2: unexpected character “'”");
  assert_load_error ("{\"é\": trua}", HC_PLAN_ERROR_SYNTAX, "1:7: unexpected character “t”");
  assert_load_error ("{} {}", HC_PLAN_ERROR_SYNTAX,
                     "1:4: unexpected text after the end of the document");
  assert_load_error ("{\"a\": \"b\nc\"}", HC_PLAN_ERROR_SYNTAX,
                     "1:9: a string cannot contain a control character (write a line break as \\n)");
  assert_load_error ("{\"a\": \"b", HC_PLAN_ERROR_SYNTAX, "1:7: this string is not closed");
  assert_load_error ("{\"a\": \"\\x\"}", HC_PLAN_ERROR_SYNTAX,
                     "1:8: unknown escape sequence in a string");
  assert_load_error ("{\"a\": \"\\u12\"}", HC_PLAN_ERROR_SYNTAX,
                     "1:8: “\\u” must be followed by four hexadecimal digits");
  assert_load_error ("{\"a\": \"\\ud800x\"}", HC_PLAN_ERROR_SYNTAX,
                     "1:8: “\\uD800” is half of a surrogate pair");
  assert_load_error ("{\"a\": \"\\ud83d*ude00\"}", HC_PLAN_ERROR_SYNTAX,
                     "1:8: “\\uD83D” is half of a surrogate pair");
  assert_load_error ("{\"a\": \"\\udc00\"}", HC_PLAN_ERROR_SYNTAX,
                     "1:8: “\\uDC00” is half of a surrogate pair");
  assert_load_error ("{\"a\": \"\\u0000\"}", HC_PLAN_ERROR_SYNTAX,
                     "1:8: a string cannot contain the character U+0000");
  assert_load_error ("", HC_PLAN_ERROR_SYNTAX, "1:1: the file is empty");
  assert_load_error (" \n\t ", HC_PLAN_ERROR_SYNTAX, "2:3: the file is empty");
  assert_load_error ("]", HC_PLAN_ERROR_SYNTAX, "1:1: expected a value");
  assert_load_error ("{\"a\": \x01}", HC_PLAN_ERROR_SYNTAX, "1:7: unexpected character U+0001");
}

static void
test_error_encoding (void)
{
  static const char *const bad[] = {
    "{\"t\": \"\xff\"}", "{\"t\": \"\xc0\xaf\"}", "{\"t\": \"\xed\xa0\x80\"}", "{\"t\": \"\xe2\x82\"}",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_load_error (bad[i], HC_PLAN_ERROR_ENCODING,
                       "1:8: the file is not valid UTF-8 text");
  assert_load_error ("{\n  \"ü\": \"é\xfe\"}", HC_PLAN_ERROR_ENCODING,
                     "2:10: the file is not valid UTF-8 text");

  {
    /* A NUL byte is not text either. */
    static const char with_nul[] = "{\"t\": \"a\0b\"}";
    g_autoptr(GBytes) bytes = g_bytes_new_static (with_nul, sizeof with_nul - 1);
    g_autoptr(GError) error = NULL;
    g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (bytes, &error);

    g_assert_null (plan);
    g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_ENCODING);
    g_assert_cmpstr (error->message, ==, "1:9: the file is not valid UTF-8 text");
  }
}

static void
test_error_not_a_plan (void)
{
  static const char *const docs[] = {
    "[]", "42", "\"headcount\"", "null", "{}", "{\"format\": \"other\", \"version\": 1}",
    "{\"format\": 1, \"version\": 1}", "{\"version\": 1, \"title\": \"x\"}",
  };

  /* The message says where, as every other error does. */
  for (guint i = 0; i < G_N_ELEMENTS (docs); i++)
    assert_load_error (docs[i], HC_PLAN_ERROR_NOT_A_PLAN,
                       i < 4 ? "$: this is not a Headcount plan: a plan is a JSON object whose "
                               "“format” is “headcount”."
                             : "$.format: this is not a Headcount plan: a plan is a JSON object "
                               "whose “format” is “headcount”.");
}

static void
test_error_version (void)
{
  assert_load_error ("{\"format\": \"headcount\", \"version\": 3, \"title\": \"T\", \"roles\": 5}",
                     HC_PLAN_ERROR_VERSION,
                     "$.version: this plan was written by a newer Headcount (format version 3); "
                     "this version reads versions up to 2");
  assert_load_error ("{\"format\": \"headcount\", \"version\": 99.0}", HC_PLAN_ERROR_VERSION,
                     "$.version: this plan was written by a newer Headcount (format version 99); "
                     "this version reads versions up to 2");
  assert_load_error ("{\"format\": \"headcount\"}", HC_PLAN_ERROR_VERSION, "$.version: is missing");
  for (guint i = 0; i < 4; i++)
    {
      static const char *const bad[] = { "0", "-1", "1.5", "\"1\"" };
      g_autofree char *doc = g_strdup_printf ("{\"format\": \"headcount\", \"version\": %s}", bad[i]);

      assert_load_error (doc, HC_PLAN_ERROR_VERSION,
                         "$.version: must be a whole number from 1 (this version reads versions up to 2)");
    }
}

/* The second of two positions, with @member spliced in. */
static char *
plan_with_second_position (const char *member)
{
  return g_strdup_printf (PLAN_HEAD ", \"positions\": ["
                          "{\"id\": \"a\", \"role\": \"backend\", \"seniority\": \"mid\", \"count\": 1,"
                          " \"location\": \"X\", \"location_adjustment_percent\": 0,"
                          " \"sourcing\": \"direct\", \"phase\": \"foundation\"},"
                          "{\"id\": \"b\", \"role\": \"backend\", \"seniority\": \"mid\","
                          " \"location\": \"X\", \"location_adjustment_percent\": 0,"
                          " \"sourcing\": \"direct\", \"phase\": \"foundation\", %s}]}",
                          member);
}

static void
assert_second_position_error (const char *member,
                              const char *message)
{
  g_autofree char *doc = plan_with_second_position (member);

  assert_load_error (doc, HC_PLAN_ERROR_INVALID, message);
}

static void
test_error_counts (void)
{
  static const char *const bad[] = {
    "0", "-1", "1.5", "1e308", "1e999", "-1e999", "10001", "\"3\"", "null", "true", "[1]",
    "18446744073709551617", "-18446744073709551615", "4294967297", "9223372036854775808",
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autofree char *member = g_strdup_printf ("\"count\": %s", bad[i]);

      assert_second_position_error (member,
                                    "$.positions[1].count: must be a whole number from 1 to 10000");
    }

  {
    g_autoptr(GError) error = NULL;
    g_autofree char *doc = plan_with_second_position ("\"count\": 10000");
    g_autoptr(HcPlan) plan = load_string (doc, &error);
    g_autoptr(HcPosition) second = NULL;

    g_assert_no_error (error);
    second = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 1);
    g_assert_cmpuint (hc_position_get_count (second), ==, 10000);
    g_assert_cmpuint (hc_plan_get_headcount (plan), ==, 10001);
  }
}

static void
test_error_paths (void)
{
  assert_second_position_error ("\"count\": 1, \"seniority\": \"principal\"",
                                "$.positions[1].seniority: must be one of “junior”, “mid”, “senior”, “staff”");
  assert_second_position_error ("\"count\": 1, \"skills\": [\"api\", \"cobol\"]",
                                "$.positions[1].skills[1]: must be one of “api”, “database”, "
                                "“infrastructure”, “platform”");
  assert_second_position_error ("\"count\": 1, \"skills\": \"api\"",
                                "$.positions[1].skills: must be a list of skills (“api”, "
                                "“database”, “infrastructure”, “platform”)");
  assert_second_position_error ("\"count\": 1, \"salary\": {\"low\": 1}",
                                "$.positions[1].salary.high: is missing");
  assert_second_position_error ("\"count\": 1, \"salary\": {\"low\": \"1\", \"high\": 2}",
                                "$.positions[1].salary.low: must be a number");
  assert_second_position_error ("\"count\": 1, \"time_to_hire_weeks\": {\"low\": 1e999, \"high\": 2}",
                                "$.positions[1].time_to_hire_weeks.low: is too large a number");
  assert_second_position_error ("\"count\": 1, \"sourcing\": \"headhunter\"",
                                "$.positions[1].sourcing: must be one of “direct”, “referral”, “agency”");
  assert_second_position_error ("\"count\": 1, \"notes\": 5", "$.positions[1].notes: must be a string");
  /* Left out: the member names its own path. */
  assert_second_position_error ("\"notes\": \"\"", "$.positions[1].count: is missing");
  /* hc_plan_validate(): references and ranges. */
  assert_second_position_error ("\"count\": 1, \"role\": \"nope\"",
                                "$.positions[1].role: there is no role “nope” in $.roles");
  assert_second_position_error ("\"count\": 1, \"id\": \"a\"",
                                "$.positions[1].id: the id “a” is used twice");
  assert_second_position_error ("\"count\": 1, \"earliest_start_week\": -1",
                                "$.positions[1].earliest_start_week: must be a week from 0 to 520");

  assert_load_error ("{\"format\": \"headcount\", \"version\": 1}", HC_PLAN_ERROR_INVALID,
                     "$.title: is missing");
  assert_load_error (PLAN_HEAD ", \"start_date\": \"2026-02-30\"}", HC_PLAN_ERROR_INVALID,
                     "$.start_date: must be a date written YYYY-MM-DD");
  assert_load_error (PLAN_HEAD ", \"start_date\": \"2026-2-03\"}", HC_PLAN_ERROR_INVALID,
                     "$.start_date: must be a date written YYYY-MM-DD");
  assert_load_error (PLAN_HEAD ", \"horizon_months\": 121}", HC_PLAN_ERROR_INVALID,
                     "$.horizon_months: must be a whole number from 1 to 120");
  assert_load_error (PLAN_HEAD ", \"assumptions\": []}", HC_PLAN_ERROR_INVALID,
                     "$.assumptions: must be an object");
  assert_load_error (PLAN_HEAD ", \"roles\": {}}", HC_PLAN_ERROR_INVALID, "$.roles: must be a list");
  assert_load_error (PLAN_HEAD ", \"roles\": [{\"id\": \"r\", \"name\": \"R\", \"kind\": \"generalist\","
                     " \"salary\": {\"junior\": {\"low\": 1, \"high\": 2}}}]}",
                     HC_PLAN_ERROR_INVALID, "$.roles[0].salary.mid: is missing");
  assert_load_error (PLAN_HEAD ", \"roles\": [{\"id\": \"r\", \"name\": \"R\", \"kind\": \"manager\"}]}",
                     HC_PLAN_ERROR_INVALID, "$.roles[0].kind: must be one of “generalist”, “specialist”");
  assert_load_error (PLAN_HEAD ", \"phases\": [{\"id\": \"p\", \"name\": \"P\", \"unit\": \"day\"}]}",
                     HC_PLAN_ERROR_INVALID, "$.phases[0].unit: must be one of “week”, “month”");
  assert_load_error (PLAN_HEAD ", \"phases\": [{\"id\": \"p\", \"name\": \"P\", \"unit\": \"week\","
                     " \"first\": -3, \"last\": 4}]}",
                     HC_PLAN_ERROR_INVALID, "$.phases[0].first: must be a whole number from 1 to 520");
  assert_load_error (PLAN_HEAD ", \"phases\": [{\"id\": \"p\", \"name\": \"P\", \"unit\": \"month\","
                     " \"first\": 2, \"last\": 121}]}",
                     HC_PLAN_ERROR_INVALID,
                     "$.phases[0].last: must be a whole number from 2 (the first) to 120");
  assert_load_error (PLAN_HEAD ", \"currency\": \"usd\"}", HC_PLAN_ERROR_INVALID,
                     "$.currency: must be a three-letter ISO 4217 code such as USD or EUR");
}

static void
test_defaults (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (PLAN_HEAD ", \"benchmarks\": \"us-2026\"}", &error);
  g_autoptr(HcPlan) fresh = hc_plan_new_default ();
  GDate start, expected;

  g_assert_no_error (error);
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "T");
  g_assert_cmpstr (hc_plan_get_currency (plan), ==, "USD");
  g_assert_cmpuint (hc_plan_get_horizon_months (plan), ==, 24);
  g_assert_cmpstr (hc_plan_get_notes (plan), ==, "");
  start = hc_plan_get_start_date (plan);
  expected = hc_plan_get_start_date (fresh);
  g_assert_cmpint (g_date_get_weekday (&start), ==, G_DATE_MONDAY);
  g_assert_cmpint (g_date_compare (&start, &expected), ==, 0);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (plan))), ==, 0);
  assert_lists_equal (hc_plan_get_roles (plan), hc_plan_get_roles (fresh),
                      (AssertItemsEqual) assert_roles_equal);
  assert_lists_equal (hc_plan_get_phases (plan), hc_plan_get_phases (fresh),
                      (AssertItemsEqual) assert_phases_equal);
  assert_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                               HC_ASSUMPTION_BENEFITS_PERCENT),
                      hc_range_make (20.8, 23.5));
  assert_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                               HC_ASSUMPTION_CLOUD_PER_MONTH),
                      hc_range_make (1000, 10000));
}

/* A file without "benchmarks" was written before sets had names: it is
 * labelled with the older set and priced with it where it leaves figures
 * out (DOMAIN.md, "A plan without a benchmark set"), so that label and
 * figures name one set. */
static void
test_defaults_older_set (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (PLAN_HEAD "}", &error);
  g_autoptr(HcPlan) roles_only = load_string (PLAN_HEAD ", \"roles\": [{\"id\": \"backend\", "
                                              "\"name\": \"B\", \"kind\": \"generalist\"}]}",
                                              &error);
  HcRole *backend;

  g_assert_no_error (error);
  g_assert_cmpstr (hc_plan_get_benchmarks (plan), ==, HC_BENCHMARK_SET_TEAM_GUIDE);
  backend = hc_plan_find_role (plan, "backend");
  assert_range_equal (hc_role_get_salary (backend, HC_SENIORITY_MID), hc_range_make (120000, 160000));
  assert_range_equal (hc_role_get_salary (backend, HC_SENIORITY_SENIOR), hc_range_make (150000, 200000));
  assert_range_equal (hc_role_get_time_to_hire (hc_plan_find_role (plan, "infrastructure")),
                      hc_range_make (6, 10));
  /* The specialists' table is the same in both sets. */
  assert_range_equal (hc_role_get_salary (hc_plan_find_role (plan, "database"), HC_SENIORITY_SENIOR),
                      hc_range_make (163000, 280000));
  assert_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                               HC_ASSUMPTION_BENEFITS_PERCENT),
                      hc_range_make (21.5, 23));
  /* A role that leaves its figures out takes the older set's too. */
  backend = hc_plan_find_role (roles_only, "backend");
  assert_range_equal (hc_role_get_salary (backend, HC_SENIORITY_MID), hc_range_make (120000, 160000));
  g_assert_true (hc_plan_has_older_benchmarks (roles_only));
  /* Saved and read back, it is the same plan, still on the older set. */
  assert_round_trip (plan);
  assert_round_trip (roles_only);
}

static void
assert_extra (HcExtras   *extras,
              guint       index,
              const char *name,
              const char *text)
{
  gsize len;
  const char *kept = _hc_extras_get_text (extras, index, &len);

  g_assert_cmpstr (_hc_extras_get_name (extras, index), ==, name);
  g_assert_cmpuint (len, ==, strlen (text));
  g_assert_cmpstr (kept, ==, text);
}

/* A repeated unknown name keeps its first place and its last value, also
 * among the members of a big object (whose names the loader looks up by
 * hash); the values are kept as the file wrote them: "-0", an integer too
 * long for 64 bits, escapes, and repeats inside a kept object. */
static void
test_repeated_unknown_members (void)
{
  g_autoptr(GString) doc = g_string_new (PLAN_HEAD ", \"x_a\": 1, \"x_b\": 2, \"x_a\": [3],"
                                         " \"x_zero\": -0, \"x_big\": 12345678901234567890,"
                                         " \"x_text\": \"a\\u00e9\\ud83d\\ude00\\n\\\"\"");
  g_autoptr(GString) many = g_string_new ("{");
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;
  HcExtras *extras;

  for (guint i = 0; i < 40; i++)
    g_string_append_printf (many, "\"m%u\": %u, ", i, i);
  g_string_append (many, "\"m2\": \"again\", \"m39\": null}");
  g_string_append_printf (doc, ", \"x_many\": %s", many->str);
  for (guint i = 0; i < 30; i++)
    g_string_append_printf (doc, ", \"x_%u\": %u", i, i);
  g_string_append (doc, ", \"x_b\": {\"late\": true}}");
  plan = load_string (doc->str, &error);
  g_assert_no_error (error);
  extras = _hc_extras_get (plan);
  g_assert_cmpuint (_hc_extras_get_n (extras), ==, 36);
  assert_extra (extras, 0, "x_a", "[3]");
  assert_extra (extras, 1, "x_b", "{\"late\": true}");
  assert_extra (extras, 2, "x_zero", "-0");
  assert_extra (extras, 3, "x_big", "12345678901234567890");
  assert_extra (extras, 4, "x_text", "\"a\\u00e9\\ud83d\\ude00\\n\\\"\"");
  assert_extra (extras, 5, "x_many", many->str);
  assert_extra (extras, 35, "x_29", "29");
  assert_round_trip (plan);
}

/* Unknown members come back as the file wrote them: every number digit
 * for digit, every string escape as it was; only the blanks between
 * tokens follow the writer's layout.  Saving again changes nothing. */
static void
test_unknown_members_exact (void)
{
  static const char input[] =
    "{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\","
    " \"x_big\": 10000000000000001999, \"x_neg\": -0.0, \"x_exp\": 1E+400,"
    " \"x_tiny\": 2.50e-324, \"x_frac\": 0.1000000000000000055511151231257827,"
    " \"x_text\": \"\\u00e9\\/\\t\\u2028\\ud83d\\ude00 \\\"q\\\" \\\\\","
    " \"x_nest\": {\"a\": [1.0, [], {}, {\"b\": [null, true, false, \"\\u0041\"]}],"
    "  \"\\u0063\": 12345678901234567890123},"
    " \"positions\": [{\"id\": \"a\", \"role\": \"backend\", \"seniority\": \"mid\", \"count\": 1,"
    "   \"location\": \"X\", \"location_adjustment_percent\": 0, \"sourcing\": \"direct\","
    "   \"phase\": \"foundation\", \"x_pos\": [-1.5e+10, 9007199254740993]}],"
    " \"assumptions\": {\"x_assume\": 3.14159265358979323846264338327950288}}";
  static const char *const kept[] = {
    "\"x_big\": 10000000000000001999,\n",
    "\"x_neg\": -0.0,\n",
    "\"x_exp\": 1E+400,\n",
    "\"x_tiny\": 2.50e-324,\n",
    "\"x_frac\": 0.1000000000000000055511151231257827,\n",
    "\"x_text\": \"\\u00e9\\/\\t\\u2028\\ud83d\\ude00 \\\"q\\\" \\\\\",\n",
    "\"x_nest\": {\n    \"a\": [\n      1.0,\n      [],\n      {},\n      {\n        \"b\": [\n"
    "          null,\n          true,\n          false,\n          \"\\u0041\"\n        ]\n"
    "      }\n    ],\n    \"\\u0063\": 12345678901234567890123\n  }\n}\n",
    "\"x_pos\": [\n        -1.5e+10,\n        9007199254740993\n      ]\n",
    "\"x_assume\": 3.14159265358979323846264338327950288\n",
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (input, &error);
  g_autoptr(HcPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  saved = hc_plan_to_bytes (plan);
  text = g_strndup (g_bytes_get_data (saved, NULL), g_bytes_get_size (saved));
  for (guint i = 0; i < G_N_ELEMENTS (kept); i++)
    if (strstr (text, kept[i]) == NULL)
      g_error ("“%s” is not in the saved plan:\n%s", kept[i], text);
  again = hc_plan_load_from_bytes (saved, &error);
  g_assert_no_error (error);
  saved_again = hc_plan_to_bytes (again);
  assert_bytes_equal (saved, saved_again);
}

/* A large unknown member is kept as its bytes, not as a tree: loading
 * 4 MB of [{}, {}, …] takes its size in memory, and little time. */
static void
test_large_unknown_member (void)
{
  const gsize n = 4 * 1024 * 1024 / 3;
  g_autoptr(GString) doc = g_string_sized_new (n * 3 + 256);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;
  g_autoptr(GBytes) saved = NULL;
  HcExtras *extras;
  gint64 start;
  gsize len;

  g_string_append (doc, PLAN_HEAD ", \"x_list\": [");
  for (gsize i = 0; i < n; i++)
    g_string_append (doc, i > 0 ? ",{}" : "{}");
  g_string_append (doc, "]}");
  bytes = g_bytes_new (doc->str, doc->len);
  start = g_get_monotonic_time ();
  plan = hc_plan_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  /* A tree of json-glib nodes took seconds here; the text takes a copy.
   * Generous, for a slow machine under a sanitizer. */
  g_assert_cmpint (g_get_monotonic_time () - start, <, 5 * G_USEC_PER_SEC);
  extras = _hc_extras_get (plan);
  g_assert_cmpuint (_hc_extras_get_n (extras), ==, 1);
  _hc_extras_get_text (extras, 0, &len);
  g_assert_cmpuint (len, ==, n * 3 - 1 + 2);
  saved = hc_plan_to_bytes (plan);
  g_assert_nonnull (saved);
}

/* ───────────────────────── Hostile input ───────────────────────── */

static void
test_truncated_templates (void)
{
  const HcTemplateInfo *info = hc_templates_list ();

  for (; info->name != NULL; info++)
    {
      g_autoptr(GBytes) raw = read_template_file (info->name);
      gsize len;
      const char *data = g_bytes_get_data (raw, &len);
      gsize end = len;

      /* Everything up to the closing brace is needed. */
      while (end > 0 && g_ascii_isspace (data[end - 1]))
        end--;
      for (gsize cut = 0; cut < end; cut++)
        {
          g_autoptr(GBytes) part = g_bytes_new_from_bytes (raw, 0, cut);
          g_autoptr(GError) error = NULL;
          g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (part, &error);
          guint line = 0, column = 0;

          g_assert_null (plan);
          g_assert_nonnull (error);
          g_assert_true (error->domain == HC_PLAN_ERROR);
          g_assert_true (error->code == HC_PLAN_ERROR_SYNTAX ||
                         error->code == HC_PLAN_ERROR_ENCODING);
          g_assert_cmpint (sscanf (error->message, "%u:%u: ", &line, &column), ==, 2);
          g_assert_cmpuint (line, >=, 1);
          g_assert_cmpuint (column, >=, 1);
        }
      {
        g_autoptr(GBytes) whole = g_bytes_new_from_bytes (raw, 0, end);
        g_autoptr(GError) error = NULL;
        g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (whole, &error);

        g_assert_no_error (error);
      }
    }
}

static void
test_deep_nesting (void)
{
  gsize n = 100000;
  g_autofree char *deep = g_malloc (n + 1);
  g_autoptr(GString) ok = g_string_new (PLAN_HEAD ", \"x_deep\": ");
  g_autoptr(GString) too_deep = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;

  memset (deep, '[', n);
  deep[n] = '\0';
  assert_load_error (deep, HC_PLAN_ERROR_TOO_LARGE, "1:33: nested too deeply");
  {
    g_autoptr(GString) objects = g_string_new (NULL);

    for (guint i = 0; i < n / 5; i++)
      g_string_append (objects, "{\"a\":");
    /* The 33rd "{" starts at character 32 × 5 + 1. */
    assert_load_error (objects->str, HC_PLAN_ERROR_TOO_LARGE, "1:161: nested too deeply");
  }

  /* Exactly HC_PLAN_MAX_DEPTH levels (the plan's own object is one) load,
   * and brackets inside a string do not count. */
  for (guint i = 1; i < HC_PLAN_MAX_DEPTH; i++)
    g_string_append_c (ok, '[');
  for (guint i = 1; i < HC_PLAN_MAX_DEPTH; i++)
    g_string_append_c (ok, ']');
  g_string_append (ok, ", \"notes\": \"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{{\"}");
  plan = load_string (ok->str, &error);
  g_assert_no_error (error);
  g_assert_nonnull (_hc_extras_get (plan));
  assert_round_trip (plan);

  too_deep = g_string_new (PLAN_HEAD ", \"x_deep\": ");
  for (guint i = 0; i < HC_PLAN_MAX_DEPTH; i++)
    g_string_append_c (too_deep, '[');
  for (guint i = 0; i < HC_PLAN_MAX_DEPTH; i++)
    g_string_append_c (too_deep, ']');
  g_string_append_c (too_deep, '}');
  assert_load_error (too_deep->str, HC_PLAN_ERROR_TOO_LARGE,
                     "1:94: nested too deeply");
}

/* A name given twice: the last one counts.  Thousands of repeats (which
 * json-glib handles in quadratic time) are refused, however spelled. */
static void
test_repeated_names (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (PLAN_HEAD ", \"title\": \"Second\", \"tit\\u006ce\": \"Third\"}",
                                        &error);
  g_autoptr(GString) doc = g_string_new (PLAN_HEAD);

  g_assert_no_error (error);
  g_assert_cmpstr (hc_plan_get_title (plan), ==, "Third");
  for (guint i = 0; i < 18; i++)
    g_string_append (doc, i % 2 ? ", \"x\": 1" : ", \"\\u0078\": 1");
  g_string_append_c (doc, '}');
  /* The 17th repeat is the 18th "x": after the 50-character head, nine
   * 13-character ", "\u0078": 1" and eight 8-character ", "x": 1"
   * members, and the ", " before it. */
  assert_load_error (doc->str, HC_PLAN_ERROR_TOO_LARGE,
                     "1:234: more than 16 member names of this object are repeats");
}

static void
test_garbage (void)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (7);
  gsize big = 100 * 1024 * 1024;
  guint32 *words = g_malloc (big);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GBytes) under_limit = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;

  for (gsize i = 0; i < big / 4; i++)
    words[i] = g_rand_int (rand);
  bytes = g_bytes_new_take (words, big);
  plan = hc_plan_load_from_bytes (bytes, &error);
  g_assert_null (plan);
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE);
  g_clear_error (&error);

  /* Just under the limit, the same garbage is refused as not text … */
  under_limit = g_bytes_new_from_bytes (bytes, 0, HC_PLAN_MAX_FILE_SIZE);
  plan = hc_plan_load_from_bytes (under_limit, &error);
  g_assert_null (plan);
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_ENCODING);
  g_clear_error (&error);
  g_clear_pointer (&under_limit, g_bytes_unref);

  /* … and printable garbage as not JSON. */
  {
    guchar *text = (guchar *) g_bytes_get_data (bytes, NULL);

    for (gsize i = 0; i < HC_PLAN_MAX_FILE_SIZE; i++)
      text[i] = (guchar) (0x20 + text[i] % 0x5f);
    text[0] = '[';
    under_limit = g_bytes_new_static (text, HC_PLAN_MAX_FILE_SIZE);
    plan = hc_plan_load_from_bytes (under_limit, &error);
    g_assert_null (plan);
    g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_SYNTAX);
    g_assert_true (g_str_has_prefix (error->message, "1:"));
  }
}

static void
test_many_positions (void)
{
  g_autoptr(HcPlan) plan = hc_plan_new_default ();
  g_autoptr(GPtrArray) positions = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(HcPlan) loaded = NULL;
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < 10000; i++)
    {
      g_autofree char *id = g_strdup_printf ("p%u", i);
      HcPosition *position = hc_position_new (id, "backend", i % HC_N_SENIORITIES, "foundation");

      hc_position_set_count (position, 1 + i % 3);
      g_ptr_array_add (positions, position);
    }
  g_list_store_splice (hc_plan_get_positions (plan), 0, 0, positions->pdata, positions->len);
  bytes = hc_plan_to_bytes (plan);
  loaded = hc_plan_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (hc_plan_get_positions (loaded))), ==, 10000);
  g_assert_cmpuint (hc_plan_get_headcount (loaded), ==, 19999);
}

/* ───────────────────────── Files ───────────────────────── */

static guint
count_dir_entries (const char *path)
{
  g_autoptr(GDir) dir = g_dir_open (path, 0, NULL);
  guint n = 0;

  g_assert_nonnull (dir);
  while (g_dir_read_name (dir) != NULL)
    n++;
  return n;
}

static void
assert_file_contents (const char *path,
                      GBytes     *expected)
{
  g_autofree char *data = NULL;
  gsize len = 0;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  g_assert_cmpmem (data, len, g_bytes_get_data (expected, NULL), g_bytes_get_size (expected));
}

static void
test_save_and_load_file (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-io");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPlan) plan = hc_template_load ("five-person", NULL);
  g_autoptr(GBytes) expected = hc_plan_to_bytes (plan);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) loaded = NULL;
  g_autofree char *junk = g_strnfill (200000, 'j');

  /* Over a longer file: every old byte goes. */
  g_file_set_contents (path, junk, -1, &error);
  g_assert_no_error (error);
  g_assert_true (hc_plan_save_to_file (plan, file, NULL, &error));
  g_assert_no_error (error);
  assert_file_contents (path, expected);
  g_assert_cmpuint (count_dir_entries (dir), ==, 1); /* no temporary file left */

  loaded = hc_plan_load_from_file (file, NULL, &error);
  g_assert_no_error (error);
  assert_plans_equal (plan, loaded);
  hc_test_remove_tree (dir);
}

static void
test_load_missing_file (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-io");
  g_autofree char *path = g_build_filename (dir, "none.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_plan_load_from_file (file, NULL, &error);
  g_autofree char *expected = g_strdup_printf ("Could not open “%s”: there is no such file", path);

  g_assert_null (plan);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
  hc_test_remove_tree (dir);
}

static void
test_load_too_large_file (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-io");
  g_autofree char *path = g_build_filename (dir, "big.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;
  FILE *f = fopen (path, "wb");

  g_assert_nonnull (f);
  /* Sparse: 100 MB that take no room. */
  g_assert_cmpint (fseek (f, 100 * 1024 * 1024, SEEK_SET), ==, 0);
  g_assert_cmpint (fputc ('x', f), ==, 'x');
  fclose (f);
  plan = hc_plan_load_from_file (file, NULL, &error);
  g_assert_null (plan);
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE);
  hc_test_remove_tree (dir);
}

static void
test_save_missing_folder (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-io");
  g_autofree char *path = g_build_filename (dir, "missing", "plan.headcount", NULL);
  g_autofree char *missing = g_build_filename (dir, "missing", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
  g_autoptr(GBytes) before = hc_plan_to_bytes (plan);
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = g_strdup_printf ("Could not save “%s”: the folder does not exist", path);

  g_assert_false (hc_plan_save_to_file (plan, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  after = hc_plan_to_bytes (plan);
  assert_bytes_equal (before, after);
  hc_test_remove_tree (dir);
}

/* Root writes into any chmod-ed folder (CI runs as root); sysfs refuses
 * new files to root as well, with the error a read-only folder gives. */
static void
test_save_refused_folder_as_root (HcPlan *plan,
                                  GBytes *before)
{
  g_autoptr(GFile) file = g_file_new_for_path ("/sys/plan.headcount");
  g_autoptr(GBytes) after = NULL;
  g_autoptr(GError) error = NULL;

  if (!g_file_test ("/sys/kernel", G_FILE_TEST_IS_DIR))
    {
      g_test_skip ("running as root without sysfs: no folder refuses root");
      return;
    }
  g_assert_false (hc_plan_save_to_file (plan, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_cmpstr (error->message, ==, "Could not save “/sys/plan.headcount”: permission denied");
  g_assert_false (g_file_test ("/sys/plan.headcount", G_FILE_TEST_EXISTS));
  after = hc_plan_to_bytes (plan);
  assert_bytes_equal (before, after);
}

static void
test_save_read_only_folder (void)
{
  g_autofree char *dir = NULL;
  g_autofree char *path = NULL;
  g_autofree char *existing = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GFile) existing_file = NULL;
  g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
  g_autoptr(GBytes) before = hc_plan_to_bytes (plan);
  g_autoptr(GBytes) old_content = g_bytes_new_static ("old content\n", 12);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  if (geteuid () == 0)
    {
      test_save_refused_folder_as_root (plan, before);
      return;
    }
  dir = hc_test_make_temp_dir ("test-io");
  path = g_build_filename (dir, "plan.headcount", NULL);
  existing = g_build_filename (dir, "old.headcount", NULL);
  file = g_file_new_for_path (path);
  existing_file = g_file_new_for_path (existing);
  g_file_set_contents (existing, "old content\n", -1, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_chmod (existing, 0444), ==, 0);
  g_assert_cmpint (g_chmod (dir, 0555), ==, 0);

  g_assert_false (hc_plan_save_to_file (plan, file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  expected = g_strdup_printf ("Could not save “%s”: permission denied", path);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_assert_false (hc_plan_save_to_file (plan, existing_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED);
  g_assert_nonnull (strstr (error->message, existing));
  assert_file_contents (existing, old_content);
  {
    g_autoptr(GBytes) after = hc_plan_to_bytes (plan);

    assert_bytes_equal (before, after);
  }
  g_assert_cmpint (g_chmod (dir, 0755), ==, 0);
  hc_test_remove_tree (dir);
}

/* A save that fails leaves the file that was there byte for byte. */
static void
test_failed_save_keeps_old_file (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-io");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autofree char *folder_path = g_build_filename (dir, "folder.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) folder = g_file_new_for_path (folder_path);
  g_autoptr(HcPlan) plan = hc_template_load ("option-a", NULL);
  g_autoptr(GBytes) old_content = read_template_file ("first-hire");
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;

  g_file_set_contents (path, g_bytes_get_data (old_content, NULL),
                       (gssize) g_bytes_get_size (old_content), &error);
  g_assert_no_error (error);
  g_cancellable_cancel (cancellable);
  g_assert_false (hc_plan_save_to_file (plan, file, cancellable, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_nonnull (strstr (error->message, path));
  g_clear_error (&error);
  assert_file_contents (path, old_content);
  g_assert_cmpuint (count_dir_entries (dir), ==, 1);

  /* A folder where the file should be is not replaced. */
  g_assert_cmpint (g_mkdir (folder_path, 0755), ==, 0);
  g_assert_false (hc_plan_save_to_file (plan, folder, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  expected = g_strdup_printf ("Could not save “%s”: it is a folder", folder_path);
  g_assert_cmpstr (error->message, ==, expected);
  g_assert_true (g_file_test (folder_path, G_FILE_TEST_IS_DIR));
  hc_test_remove_tree (dir);
}

typedef struct
{
  GMainLoop *loop;
  HcPlan    *plan;
  gboolean   saved;
  GError    *error;
} AsyncData;

static void
on_saved (GObject      *source,
          GAsyncResult *result,
          gpointer      user_data)
{
  AsyncData *data = user_data;

  data->saved = hc_plan_save_to_file_finish (HC_PLAN (source), result, &data->error);
  g_main_loop_quit (data->loop);
}

static void
test_async (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-io");
  g_autofree char *path = g_build_filename (dir, "plan.headcount", NULL);
  g_autofree char *bad_path = g_build_filename (dir, "nope", "plan.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad_file = g_file_new_for_path (bad_path);
  g_autoptr(HcPlan) plan = hc_template_load ("three-person", NULL);
  g_autoptr(GMainLoop) loop = g_main_loop_new (NULL, FALSE);
  AsyncData data = { loop, NULL, FALSE, NULL };

  hc_plan_save_to_file_async (plan, file, NULL, on_saved, &data);
  g_main_loop_run (loop);
  g_assert_no_error (data.error);
  g_assert_true (data.saved);

  /* Read back as a thread of the document does (hc-document.c). */
  data.plan = hc_plan_load_from_file (file, NULL, &data.error);
  g_assert_no_error (data.error);
  assert_plans_equal (plan, data.plan);
  g_assert_finalize_object (data.plan);
  data.plan = NULL;

  hc_plan_save_to_file_async (plan, bad_file, NULL, on_saved, &data);
  g_main_loop_run (loop);
  g_assert_false (data.saved);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (data.error->message, bad_path));
  g_clear_error (&data.error);

  data.plan = hc_plan_load_from_file (bad_file, NULL, &data.error);
  g_assert_null (data.plan);
  g_assert_error (data.error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_clear_error (&data.error);
  hc_test_remove_tree (dir);
}


/* A plan within every documented limit can write more than the loader
 * reads: such a save is refused before anything is written, with a
 * message that says why and what to do. */
static void
test_save_too_large (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-io");
  g_autofree char *path = g_build_filename (dir, "big.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPlan) plan = hc_template_load ("first-hire", NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = g_strnfill (HC_MAX_NOTES_LENGTH, 'n');
  g_autofree char *expected = NULL;
  g_autoptr(GDir) listing = NULL;
  HcPosition *first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  gsize size;

  for (guint i = 0; i < 700; i++)
    {
      g_autofree char *id = g_strdup_printf ("big-%u", i);
      g_autoptr(HcPosition) position = hc_position_new (id, hc_position_get_role_id (first),
                                                        HC_SENIORITY_MID,
                                                        hc_position_get_phase_id (first));

      hc_position_set_notes (position, notes);
      g_list_store_append (hc_plan_get_positions (plan), position);
    }
  g_object_unref (first);
  bytes = hc_plan_to_bytes (plan);
  size = g_bytes_get_size (bytes);
  g_assert_cmpuint (size, >, HC_PLAN_MAX_FILE_SIZE);
  expected = g_strdup_printf ("The plan was not saved: it would be a %" G_GSIZE_FORMAT " MB file, "
                              "and Headcount opens plans of up to 64 MB. Shorten notes or remove "
                              "positions, or split it into two plans, then save again.",
                              (size + 1024 * 1024 - 1) / (1024 * 1024));

  g_assert_false (hc_plan_check_save_size (plan, bytes, &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_assert_false (hc_plan_save_to_file (plan, file, NULL, &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);
  /* Nothing written, not even a temporary file. */
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  hc_test_remove_tree (dir);
}

/* When most of a plan too large to save is a member this version does
 * not know, "shorten notes" would not help: the window cannot show that
 * member.  The message names it and what it holds. */
static void
test_save_too_large_unknown (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-io");
  g_autofree char *path = g_build_filename (dir, "big.headcount", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(HcPlan) template = hc_template_load ("first-hire", NULL);
  g_autoptr(GBytes) template_bytes = hc_plan_to_bytes (template);
  g_autoptr(HcPlan) plan = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *notes = g_strnfill (HC_MAX_NOTES_LENGTH, 'n');
  g_autofree char *expected = NULL;
  g_autoptr(GDir) listing = NULL;
  GString *text = g_string_new ("{\n  \"x\": \"");
  const char *rest = g_bytes_get_data (template_bytes, NULL);
  HcPosition *first;
  gsize prefix_len;

  /* Just under 40 MB with its name, quotes and the comma before it. */
  g_assert_true (g_str_has_prefix (rest, "{\n"));
  prefix_len = text->len;
  g_string_set_size (text, prefix_len + 40 * 1024 * 1024 - 100);
  memset (text->str + prefix_len, 'x', text->len - prefix_len);
  g_string_append (text, "\",\n");
  g_string_append (text, rest + 2);
  bytes = g_string_free_to_bytes (text);
  plan = hc_plan_load_from_bytes (bytes, &error);
  g_assert_no_error (error);
  g_clear_pointer (&bytes, g_bytes_unref);

  /* And notes enough to pass the limit: 26 MB. */
  first = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), 0);
  for (guint i = 0; i < 260; i++)
    {
      g_autofree char *id = g_strdup_printf ("big-%u", i);
      g_autoptr(HcPosition) position = hc_position_new (id, hc_position_get_role_id (first),
                                                        HC_SENIORITY_MID,
                                                        hc_position_get_phase_id (first));

      hc_position_set_notes (position, notes);
      g_list_store_append (hc_plan_get_positions (plan), position);
    }
  g_object_unref (first);
  bytes = hc_plan_to_bytes (plan);
  g_assert_cmpuint (g_bytes_get_size (bytes), >, HC_PLAN_MAX_FILE_SIZE);
  expected = g_strdup_printf ("The plan was not saved: it would be a %" G_GSIZE_FORMAT " MB file, "
                              "and Headcount opens plans of up to 64 MB. The unknown member "
                              "“x” holds 40 MB of it: this version of Headcount keeps it as "
                              "it was read and cannot show or change it. Remove it with the "
                              "program that added it, then open the plan again.",
                              (g_bytes_get_size (bytes) + 1024 * 1024 - 1) / (1024 * 1024));

  g_assert_false (hc_plan_check_save_size (plan, bytes, &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_assert_false (hc_plan_save_to_file (plan, file, NULL, &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_TOO_LARGE);
  g_assert_cmpstr (error->message, ==, expected);
  listing = g_dir_open (dir, 0, NULL);
  g_assert_null (g_dir_read_name (listing));
  hc_test_remove_tree (dir);
}

/* A FIFO would block open() and every read for ever; a device would be
 * read up to the size limit.  Neither is a plan: both are refused at
 * once, as is a folder. */
static void
test_load_not_regular (void)
{
  g_autofree char *dir = hc_test_make_temp_dir ("test-io");
  g_autofree char *fifo = g_build_filename (dir, "pipe.headcount", NULL);
  g_autoptr(GFile) fifo_file = g_file_new_for_path (fifo);
  g_autoptr(GFile) device = g_file_new_for_path ("/dev/zero");
  g_autoptr(GFile) folder = g_file_new_for_path (dir);
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *expected_folder = NULL;

  g_assert_cmpint (mkfifo (fifo, 0600), ==, 0);
  g_assert_null (hc_plan_load_from_file (fifo_file, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  expected = g_strdup_printf ("Could not open “%s”: it is not a regular file (a pipe, a device "
                              "or a folder); a plan is a file", fifo);
  g_assert_cmpstr (error->message, ==, expected);
  g_clear_error (&error);

  g_assert_null (hc_plan_load_from_file (device, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE);
  g_clear_error (&error);

  g_assert_null (hc_plan_load_from_file (folder, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  expected_folder = g_strdup_printf ("Could not open “%s”: it is a folder", dir);
  g_assert_cmpstr (error->message, ==, expected_folder);
  hc_test_remove_tree (dir);
}

/* ───────────────────────── Defaults stay defaults ───────────────────────── */

static GBytes *
read_legacy_file (void)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "legacy",
                                                 "five-person-spelled-out.headcount", NULL);
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize len = 0;

  g_file_get_contents (path, &data, &len, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, len);
}

/* A plan saved before files named their benchmark set spells out every
 * default of that time: it loads as a plan of the older set, with those
 * figures, and saved again says so. */
static void
test_legacy_loads_as_older_set (void)
{
  g_autoptr(GBytes) bytes = read_legacy_file ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (bytes, &error);
  g_autoptr(HcPlan) again = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (hc_plan_get_benchmarks (plan), ==, HC_BENCHMARK_SET_TEAM_GUIDE);
  g_assert_true (hc_plan_has_older_benchmarks (plan));
  assert_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                               HC_ASSUMPTION_BENEFITS_PERCENT),
                      hc_range_make (21.5, 23));
  assert_range_equal (hc_role_get_salary (hc_plan_find_role (plan, "backend"), HC_SENIORITY_SENIOR),
                      hc_range_make (150000, 200000));

  text = plan_to_string (plan);
  g_assert_nonnull (strstr (text, "  \"benchmarks\": \"us-2026-team-guide\",\n"));
  saved = g_bytes_new (text, strlen (text));
  again = hc_plan_load_from_bytes (saved, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hc_plan_get_benchmarks (again), ==, HC_BENCHMARK_SET_TEAM_GUIDE);
  assert_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (again),
                                               HC_ASSUMPTION_BENEFITS_PERCENT),
                      hc_range_make (21.5, 23));
  assert_round_trip (plan);

  /* A plan of the current set has nothing to update. */
  {
    g_autoptr(HcPlan) current = hc_template_load ("five-person", NULL);

    g_autoptr(GPtrArray) none = hc_plan_list_benchmark_changes (current);

    g_assert_false (hc_plan_has_older_benchmarks (current));
    g_assert_cmpuint (none->len, ==, 0);
  }
}

static gboolean
lines_contain (GPtrArray  *lines,
               const char *line)
{
  for (guint i = 0; i < lines->len; i++)
    if (g_str_equal (lines->pdata[i], line))
      return TRUE;
  return FALSE;
}

/* "LABEL: FROM → TO" with the figures in the locale's notation (these
 * tests also run under de_DE). */
static char *
money_change (const char *label,
              double      from_low,
              double      from_high,
              double      to_low,
              double      to_high)
{
  g_autofree char *from = hc_format_money_range_compact (hc_range_make (from_low, from_high), "USD");
  g_autofree char *to = hc_format_money_range_compact (hc_range_make (to_low, to_high), "USD");

  return g_strdup_printf ("%s: %s → %s", label, from, to);
}

/* "Update to the current benchmarks": the figures at the older set's
 * defaults move to today's, named beforehand; the update is one edit that
 * undoes to the older set; saved, the plan stores only what a person set. */
static void
test_legacy_update (void)
{
  g_autoptr(GBytes) bytes = read_legacy_file ();
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (bytes, &error);
  g_autoptr(GPtrArray) changes = NULL;
  g_autoptr(HcEdit) edit = NULL;
  g_autofree char *text = NULL;
  HcPosition *first;

  g_assert_no_error (error);
  changes = hc_plan_list_benchmark_changes (plan);
  for (guint i = 0; i < changes->len; i++)
    g_test_message ("%s", (char *) changes->pdata[i]);
  /* Five figures the current set moved, and nine specialist bands that
   * older builds spelled out before DOMAIN.md's table (database senior
   * $163K–$213K → $163K–$280K: 130 × 150/120 = 162.5 → $163K, and 170 ×
   * 280/180 = $264.4K, below backend's $280K, so $280K). */
  g_assert_cmpuint (changes->len, ==, 14);
  {
    g_autofree char *benefits_from = hc_format_percent_range (hc_range_make (21.5, 23));
    g_autofree char *benefits_to = hc_format_percent_range (hc_range_make (20.8, 23.5));
    g_autofree char *benefits = g_strdup_printf ("Benefits: %s → %s", benefits_from, benefits_to);
    g_autofree char *mid = money_change ("Backend / API engineer, Mid-level", 120000, 160000, 120000, 180000);
    g_autofree char *senior = money_change ("Backend / API engineer, Senior", 150000, 200000, 150000, 280000);

    g_assert_true (lines_contain (changes, benefits));
    g_assert_true (lines_contain (changes, mid));
    g_assert_true (lines_contain (changes, senior));
    g_assert_true (lines_contain (changes, "Infrastructure / DevOps engineer, time to hire: 6–10 → 6–12 weeks"));
    g_assert_true (lines_contain (changes, "Platform engineer, time to hire: 6–10 → 6–12 weeks"));
    {
      g_autofree char *database = money_change ("Database engineer, Senior", 163000, 213000, 163000, 280000);
      g_autofree char *staff = money_change ("Infrastructure / DevOps engineer, Staff", 257000, 450000, 257000, 400000);

      g_assert_true (lines_contain (changes, database));
      g_assert_true (lines_contain (changes, staff));
    }
  }

  hc_plan_begin_recording (plan);
  g_assert_true (hc_plan_update_benchmarks (plan));
  edit = hc_plan_end_recording (plan);
  g_assert_nonnull (edit);

  g_assert_cmpstr (hc_plan_get_benchmarks (plan), ==, HC_BENCHMARK_SET);
  g_assert_false (hc_plan_has_older_benchmarks (plan));
  g_assert_false (hc_plan_update_benchmarks (plan));
  assert_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                               HC_ASSUMPTION_BENEFITS_PERCENT),
                      hc_range_make (20.8, 23.5));
  assert_range_equal (hc_role_get_salary (hc_plan_find_role (plan, "backend"), HC_SENIORITY_SENIOR),
                      hc_range_make (150000, 280000));
  assert_range_equal (hc_role_get_time_to_hire (hc_plan_find_role (plan, "infrastructure")),
                      hc_range_make (6, 12));
  first = hc_plan_find_position (plan, "first-backend", NULL);
  g_assert_false (hc_position_get_time_to_hire (first, NULL));
  g_assert_true (hc_range_equal (hc_plan_get_time_to_hire (plan, first), hc_range_make (6, 10)));

  text = plan_to_string (plan);
  g_assert_nonnull (strstr (text, "  \"benchmarks\": \"us-2026\",\n"));
  g_assert_null (strstr (text, "\"assumptions\""));
  g_assert_null (strstr (text, "\"roles\""));
  g_assert_null (strstr (text, "\"phases\""));
  g_assert_null (strstr (text, "time_to_hire_weeks"));
  assert_round_trip (plan);

  /* One edit: undo brings back the older set and its figures… */
  hc_edit_undo (edit, plan);
  g_assert_cmpstr (hc_plan_get_benchmarks (plan), ==, HC_BENCHMARK_SET_TEAM_GUIDE);
  assert_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                               HC_ASSUMPTION_BENEFITS_PERCENT),
                      hc_range_make (21.5, 23));
  assert_range_equal (hc_role_get_salary (hc_plan_find_role (plan, "backend"), HC_SENIORITY_MID),
                      hc_range_make (120000, 160000));
  g_assert_true (hc_position_get_time_to_hire (first, NULL));
  {
    g_autoptr(GPtrArray) again = hc_plan_list_benchmark_changes (plan);

    g_assert_cmpuint (again->len, ==, 14);
  }
  /* …and redo the current ones. */
  hc_edit_redo (edit, plan);
  g_assert_cmpstr (hc_plan_get_benchmarks (plan), ==, HC_BENCHMARK_SET);
  assert_range_equal (hc_role_get_salary (hc_plan_find_role (plan, "backend"), HC_SENIORITY_MID),
                      hc_range_make (120000, 180000));
}

/* A stored override stays an override through the update: only defaults
 * change. */
static void
test_legacy_overrides_kept (void)
{
  g_autoptr(GBytes) bytes = read_legacy_file ();
  g_autoptr(GString) text = g_string_new_len (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
  g_autoptr(GBytes) changed = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *saved = NULL;
  guint replaced;

  /* Benefits 21.5–23 → 25–30; the senior band's high $200K → $210K. */
  replaced = g_string_replace (text, "\"low\": 21.5,\n      \"high\": 23\n", "\"low\": 25,\n      \"high\": 30\n", 1);
  g_assert_cmpuint (replaced, ==, 1);
  replaced = g_string_replace (text, "\"low\": 150000,\n          \"high\": 200000\n",
                               "\"low\": 150000,\n          \"high\": 210000\n", 1);
  g_assert_cmpuint (replaced, ==, 1);
  changed = g_bytes_new (text->str, text->len);
  plan = hc_plan_load_from_bytes (changed, &error);
  g_assert_no_error (error);

  /* The overrides are not offered as changes (3 of the current set's
   * left, and the nine specialist bands older builds spelled out)… */
  changes = hc_plan_list_benchmark_changes (plan);
  g_assert_cmpuint (changes->len, ==, 12);
  for (guint i = 0; i < changes->len; i++)
    g_assert_false (g_str_has_prefix (changes->pdata[i], "Benefits:"));
  g_assert_true (hc_plan_update_benchmarks (plan));

  /* …and stay what the person set. */
  assert_range_equal (hc_cost_assumptions_get (hc_plan_get_assumptions (plan),
                                               HC_ASSUMPTION_BENEFITS_PERCENT),
                      hc_range_make (25, 30));
  assert_range_equal (hc_role_get_salary (hc_plan_find_role (plan, "backend"), HC_SENIORITY_SENIOR),
                      hc_range_make (150000, 210000));
  /* The band that was a default moved with the benchmarks. */
  assert_range_equal (hc_role_get_salary (hc_plan_find_role (plan, "backend"), HC_SENIORITY_MID),
                      hc_range_make (120000, 180000));

  saved = plan_to_string (plan);
  g_assert_nonnull (strstr (saved, "\"benefits_percent\""));
  g_assert_null (strstr (saved, "\"cloud_per_month\""));
  /* The catalogue is written (one figure is the person's), each built-in
   * role without its default figures. */
  g_assert_nonnull (strstr (saved, "\"high\": 210000"));
  g_assert_null (strstr (saved, "\"ramp_up_weeks\""));
  assert_round_trip (plan);
}

/* The set's name is checked like any other member. */
static void
test_benchmarks_member (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) newer = load_string ("{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\","
                                         " \"benchmarks\": \"us-2031\"}", &error);
  g_autoptr(HcPlan) empty = NULL;

  /* A set this build does not know (a newer one) is kept, never offered
   * as an "update" that would take it back. */
  g_assert_no_error (error);
  g_assert_cmpstr (hc_plan_get_benchmarks (newer), ==, "us-2031");
  g_assert_false (hc_plan_has_older_benchmarks (newer));
  g_assert_null (hc_benchmark_set_get_label ("us-2031"));
  g_assert_nonnull (hc_benchmark_set_get_label (HC_BENCHMARK_SET_TEAM_GUIDE));

  empty = load_string ("{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\","
                       " \"benchmarks\": \"\"}", &error);
  g_assert_null (empty);
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "$.benchmarks: must be the name of a benchmark set"));
}

/* A role that is not built in must give its figures. */
static void
test_custom_role_needs_figures (void)
{
  static const char input[] =
    "{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\", \"benchmarks\": \"us-2026\","
    " \"roles\": [{\"id\": \"sre\", \"name\": \"SRE\", \"kind\": \"specialist\"}]}";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (input, &error);

  g_assert_null (plan);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "$.roles[0].salary: is missing"));
}

/* The exchange rate a plan states is read, written and checked. */
static void
test_exchange_rate (void)
{
  static const char good[] =
    "{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\", \"currency\": \"EUR\","
    " \"usd_exchange_rate\": 0.92}";
  static const char bad[] =
    "{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\", \"usd_exchange_rate\": -2}";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (good, &error);
  g_autoptr(HcPlan) refused = NULL;
  g_autofree char *text = NULL;

  g_assert_no_error (error);
  g_assert_cmpfloat (hc_plan_get_usd_exchange_rate (plan), ==, 0.92);
  text = plan_to_string (plan);
  g_assert_nonnull (strstr (text, "  \"usd_exchange_rate\": 0.92,\n"));
  assert_round_trip (plan);

  refused = load_string (bad, &error);
  g_assert_null (refused);
  g_assert_nonnull (error);
  g_assert_nonnull (strstr (error->message, "$.usd_exchange_rate: must be a number from"));
}

/* The subtitle is optional: read, written under the title when there is
 * one, left out when there is none, and held to a title's length. */
static void
test_subtitle (void)
{
  static const char with[] =
    "{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\","
    " \"subtitle\": \"Board review, March 2027\"}";
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = load_string (with, &error);
  g_autoptr(HcPlan) without = NULL;
  g_autoptr(HcPlan) copy = NULL;
  g_autofree char *text = NULL;
  g_autofree char *plain = NULL;
  g_autofree char *too_long = NULL;
  g_autofree char *too_long_json = NULL;

  g_assert_no_error (error);
  g_assert_cmpstr (hc_plan_get_subtitle (plan), ==, "Board review, March 2027");
  /* Known, not kept as an unknown member to write back twice. */
  g_assert_true (_hc_extras_get (plan) == NULL || _hc_extras_get_n (_hc_extras_get (plan)) == 0);
  text = plan_to_string (plan);
  g_assert_nonnull (strstr (text, "  \"title\": \"T\",\n  \"subtitle\": \"Board review, March 2027\",\n"));
  assert_round_trip (plan);
  copy = hc_plan_copy (plan);
  g_assert_cmpstr (hc_plan_get_subtitle (copy), ==, "Board review, March 2027");

  without = load_string ("{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\"}", &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hc_plan_get_subtitle (without), ==, "");
  plain = plan_to_string (without);
  g_assert_null (strstr (plain, "subtitle"));

  assert_load_error ("{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\", \"subtitle\": 7}",
                     HC_PLAN_ERROR_INVALID, "$.subtitle: must be a string");
  too_long = g_strnfill (HC_MAX_NAME_LENGTH + 1, 's');
  too_long_json = g_strdup_printf ("{\"format\": \"headcount\", \"version\": 1, \"title\": \"T\","
                                   " \"subtitle\": \"%s\"}", too_long);
  assert_load_error (too_long_json, HC_PLAN_ERROR_INVALID,
                     "$.subtitle: must be at most 200 characters long");
  hc_plan_set_subtitle (plan, too_long);
  g_assert_false (hc_plan_validate (plan, &error));
  g_assert_error (error, HC_PLAN_ERROR, HC_PLAN_ERROR_INVALID);
  g_assert_cmpstr (error->message, ==, "$.subtitle: must be at most 200 characters long");
}

/* A plan of a senior and a mid backend engineer whose location members
 * are @first's and @second's. */
static char *
plan_with_locations (const char *first,
                     const char *second)
{
  return g_strdup_printf (PLAN_HEAD ", \"benchmarks\": \"us-2026\", \"positions\": ["
                          "{\"id\": \"a\", \"role\": \"backend\", \"seniority\": \"senior\", \"count\": 1,"
                          " %s, \"sourcing\": \"direct\", \"phase\": \"foundation\"},"
                          "{\"id\": \"b\", \"role\": \"backend\", \"seniority\": \"mid\", \"count\": 1,"
                          " %s, \"sourcing\": \"direct\", \"phase\": \"capacity\"}]}",
                          first, second);
}

static HcPosition *
position_at (HcPlan *plan,
             guint   index)
{
  g_autoptr(HcPosition) position = g_list_model_get_item (G_LIST_MODEL (hc_plan_get_positions (plan)), index);

  return position; /* borrowed: the plan holds it */
}

/* DOMAIN.md, "Geography follows the level": a file stores a preset by
 * its name and the percentage is the level's (senior SF Bay Area +40, mid
 * +35); an older file's percentage beside a preset's name gives way to
 * the level's, and the load notes say so once; a custom location keeps
 * what it stores; a name stored alone that is no preset is a custom
 * location at 0 %, said so. */
static void
test_location_presets (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *by_name = plan_with_locations ("\"location\": \"SF Bay Area\"",
                                                  "\"location\": \"SF Bay Area\"");
  /* v1: the senior stored the mid figure, the mid its own. */
  g_autofree char *stale = plan_with_locations ("\"location\": \"SF Bay Area\", \"location_adjustment_percent\": 35",
                                                "\"location\": \"SF Bay Area\", \"location_adjustment_percent\": 35");
  g_autofree char *matching = plan_with_locations ("\"location\": \"Tech hub\", \"location_adjustment_percent\": 40",
                                                   "\"location\": \"Remote\", \"location_adjustment_percent\": -10");
  g_autofree char *custom = plan_with_locations ("\"location\": \"Berlin\", \"location_adjustment_percent\": 5",
                                                 "\"location\": \"Atlantis\"");
  g_autoptr(HcPlan) plan = NULL;
  g_autofree char *text = NULL;
  const char * const *notes;

  plan = load_string (by_name, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hc_position_get_location_adjustment (position_at (plan, 0)), ==, 40);
  g_assert_cmpfloat (hc_position_get_location_adjustment (position_at (plan, 1)), ==, 35);
  g_assert_null (hc_plan_get_load_notes (plan)[0]);
  /* Written by name only, and a change of level moves the figure. */
  text = plan_to_string (plan);
  g_assert_null (strstr (text, "location_adjustment_percent"));
  g_assert_nonnull (strstr (text, "\"location\": \"SF Bay Area\",\n"));
  hc_position_set_seniority_with_location (position_at (plan, 1), HC_SENIORITY_JUNIOR);
  g_assert_cmpfloat (hc_position_get_location_adjustment (position_at (plan, 1)), ==, 30);
  g_clear_object (&plan);
  g_clear_pointer (&text, g_free);

  plan = load_string (stale, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hc_position_get_location_adjustment (position_at (plan, 0)), ==, 40);
  g_assert_cmpfloat (hc_position_get_location_adjustment (position_at (plan, 1)), ==, 35);
  notes = hc_plan_get_load_notes (plan);
  g_assert_nonnull (notes[0]);
  g_assert_nonnull (strstr (notes[0], "1 "));  /* one position changed */
  g_assert_null (notes[1]);
  /* Saved, it reads back without a note: the file says the name only. */
  text = plan_to_string (plan);
  g_assert_null (strstr (text, "location_adjustment_percent"));
  g_clear_object (&plan);
  plan = load_string (text, &error);
  g_assert_no_error (error);
  g_assert_null (hc_plan_get_load_notes (plan)[0]);
  g_clear_object (&plan);

  /* A stored percentage equal to the level's changes nothing: no note. */
  plan = load_string (matching, &error);
  g_assert_no_error (error);
  g_assert_cmpfloat (hc_position_get_location_adjustment (position_at (plan, 0)), ==, 40);
  g_assert_cmpfloat (hc_position_get_location_adjustment (position_at (plan, 1)), ==, -10);
  g_assert_null (hc_plan_get_load_notes (plan)[0]);
  g_clear_object (&plan);

  plan = load_string (custom, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (hc_position_get_location (position_at (plan, 0)), ==, "Berlin");
  g_assert_cmpfloat (hc_position_get_location_adjustment (position_at (plan, 0)), ==, 5);
  g_assert_null (hc_position_get_location_preset (position_at (plan, 1)));
  g_assert_cmpfloat (hc_position_get_location_adjustment (position_at (plan, 1)), ==, 0);
  notes = hc_plan_get_load_notes (plan);
  g_assert_nonnull (notes[0]);
  g_assert_nonnull (strstr (notes[0], "“Atlantis”"));
  g_assert_nonnull (strstr (notes[0], "2"));  /* the second position */
  g_assert_null (notes[1]);
  /* A custom location's percentage is written, 0 included. */
  g_clear_pointer (&text, g_free);
  text = plan_to_string (plan);
  g_assert_nonnull (strstr (text, "\"location\": \"Berlin\",\n      \"location_adjustment_percent\": 5,\n"));
  g_assert_nonnull (strstr (text, "\"location\": \"Atlantis\",\n      \"location_adjustment_percent\": 0,\n"));
}

int
main (int   argc,
      char *argv[])
{
  /* The locale meson gives: these tests run under C.UTF-8 and de_DE.UTF-8. */
  hc_test_set_locale ();
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/io/writer/numbers", test_number_format);
  g_test_add_func ("/io/locations/presets", test_location_presets);
  g_test_add_func ("/io/writer/strings", test_string_escaping);
  g_test_add_func ("/io/round-trip/templates", test_templates_round_trip);
  g_test_add_func ("/io/legacy/loads-as-older-set", test_legacy_loads_as_older_set);
  g_test_add_func ("/io/legacy/update", test_legacy_update);
  g_test_add_func ("/io/benchmarks-member", test_benchmarks_member);
  g_test_add_func ("/io/legacy/overrides-kept", test_legacy_overrides_kept);
  g_test_add_func ("/io/custom-role-needs-figures", test_custom_role_needs_figures);
  g_test_add_func ("/io/exchange-rate", test_exchange_rate);
  g_test_add_func ("/io/subtitle", test_subtitle);
  g_test_add_func ("/io/round-trip/canonical-bytes", test_canonical_bytes);
  g_test_add_func ("/io/round-trip/unknown-members", test_unknown_members_kept);
  g_test_add_func ("/io/round-trip/unknown-members-exact", test_unknown_members_exact);
  g_test_add_func ("/io/round-trip/large-unknown-member", test_large_unknown_member);
  g_test_add_func ("/io/round-trip/random", test_random_round_trip);
  g_test_add_func ("/io/round-trip/many-positions", test_many_positions);
  g_test_add_func ("/io/load/defaults", test_defaults);
  g_test_add_func ("/io/load/defaults-older-set", test_defaults_older_set);
  g_test_add_func ("/io/error/syntax", test_error_syntax);
  g_test_add_func ("/io/error/lexical", test_error_lexical);
  g_test_add_func ("/io/error/encoding", test_error_encoding);
  g_test_add_func ("/io/error/not-a-plan", test_error_not_a_plan);
  g_test_add_func ("/io/error/version", test_error_version);
  g_test_add_func ("/io/error/counts", test_error_counts);
  g_test_add_func ("/io/error/paths", test_error_paths);
  g_test_add_func ("/io/hostile/truncated", test_truncated_templates);
  g_test_add_func ("/io/hostile/deep-nesting", test_deep_nesting);
  g_test_add_func ("/io/hostile/garbage", test_garbage);
  g_test_add_func ("/io/hostile/repeated-names", test_repeated_names);
  g_test_add_func ("/io/hostile/repeated-unknown-members", test_repeated_unknown_members);
  g_test_add_func ("/io/file/save-load", test_save_and_load_file);
  g_test_add_func ("/io/file/load-missing", test_load_missing_file);
  g_test_add_func ("/io/file/load-too-large", test_load_too_large_file);
  g_test_add_func ("/io/file/save-missing-folder", test_save_missing_folder);
  g_test_add_func ("/io/file/save-read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/io/file/failed-save-keeps-old-file", test_failed_save_keeps_old_file);
  g_test_add_func ("/io/file/async", test_async);
  g_test_add_func ("/io/file/save-too-large", test_save_too_large);
  g_test_add_func ("/io/file/save-too-large-unknown", test_save_too_large_unknown);
  g_test_add_func ("/io/file/load-not-regular", test_load_not_regular);

  return g_test_run ();
}
