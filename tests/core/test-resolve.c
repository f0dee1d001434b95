/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The resolution of a plan's figures (hc-resolve.h): hand-computed plans,
 * each expected figure worked out from DOMAIN.md ("How Headcount reads
 * the two guides") in the comment beside it, unrounded.  Every source
 * kind, the currency rule, the specialists' table at every level, the
 * older set and the location presets at each level. */
#define G_LOG_DOMAIN "test-resolve"

#include "config.h"

#include <locale.h>

#include "headcount-core.h"

#define CENT 1e-6 /* far inside a cent: the figures are exact products */

static void
assert_range (HcRange r, double low, double high)
{
  g_assert_cmpfloat_with_epsilon (r.low, low, CENT);
  g_assert_cmpfloat_with_epsilon (r.high, high, CENT);
}

/* A new plan on the current set, starting Monday 1 February 2027: its
 * months begin 1 Feb (28 days), 1 Mar (31), 1 Apr (30), 1 May (31), 1 Jun
 * (30), 1 Jul (31), 1 Aug. */
static HcPlan *
plan_new (void)
{
  HcPlan *plan = hc_plan_new_default ();
  GDate start;

  g_date_clear (&start, 1);
  g_date_set_dmy (&start, 1, G_DATE_FEBRUARY, 2027);
  hc_plan_set_start_date (plan, &start);
  return plan;
}

static HcPosition *
add (HcPlan      *plan,
     const char  *role,
     HcSeniority  seniority,
     const char  *phase)
{
  GListStore *positions = hc_plan_get_positions (plan);
  g_autofree char *id = g_strdup_printf ("p%u", g_list_model_get_n_items (G_LIST_MODEL (positions)) + 1);
  g_autoptr(HcPosition) position = hc_position_new (id, role, seniority, phase);

  g_list_store_append (positions, position);
  return position;
}

static void
set_location (HcPosition *position,
              const char *name,
              double      percent)
{
  hc_position_set_location (position, name);
  hc_position_set_location_adjustment (position, percent);
}

static const HcResolvedPosition *
resolved (HcResolution *resolution,
          guint         index)
{
  return hc_resolution_get_position (resolution, index);
}

/* 1. The guide's first backend hire: senior, US national, direct. */
static void
test_first_hire (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) resolution = NULL;
  const HcResolvedPosition *r;
  HcSource source;

  add (plan, "backend", HC_SENIORITY_SENIOR, "foundation");
  resolution = hc_resolution_get (plan);
  r = resolved (resolution, 0);

  /* Senior backend: team $150–200K + hiring $170–280K → $150–280K, both. */
  assert_range (r->band, 150000, 280000);
  g_assert_cmpint (r->band_source, ==, HC_FIGURE_BOTH_GUIDES);
  g_assert_cmpfloat (r->location_factor, ==, 1);
  g_assert_cmpint (r->location_source, ==, HC_FIGURE_NONE);
  assert_range (r->skill_premium, 1, 1);
  g_assert_cmpint (r->skill_source, ==, HC_FIGURE_NONE);
  g_assert_cmpfloat (r->exchange_rate, ==, 1);
  g_assert_cmpint (r->exchange_source, ==, HC_FIGURE_NONE);
  assert_range (r->salary, 150000, 280000);
  g_assert_cmpint (r->salary_source, ==, HC_FIGURE_BOTH_GUIDES);
  g_assert_true (hc_resolved_salary_source (r, &source));
  g_assert_cmpint (source, ==, HC_SOURCE_BOTH_GUIDES);
  /* Benefits 20.8–23.5 % (team guide's totals), no fee for a direct hire,
   * equipment $3–5K (team guide). */
  assert_range (r->benefits, 0.208, 0.235);
  g_assert_cmpint (r->benefits_source, ==, HC_FIGURE_TEAM_GUIDE);
  assert_range (r->fee, 0, 0);
  g_assert_cmpint (r->fee_source, ==, HC_FIGURE_NONE);
  assert_range (r->one_time, 3000, 5000);
  g_assert_cmpint (r->one_time_source, ==, HC_FIGURE_TEAM_GUIDE);
  /* The first backend hire: 6–10 weeks (team guide); senior ramp-up 2–3
   * (hiring guide); phase 1 is weeks 1–8, offsets 0 to 8. */
  g_assert_true (r->first_hire);
  assert_range (r->time_to_hire, 6, 10);
  g_assert_cmpint (r->time_to_hire_source, ==, HC_FIGURE_TEAM_GUIDE);
  assert_range (r->ramp_up, 2, 3);
  g_assert_cmpint (r->ramp_up_source, ==, HC_FIGURE_HIRING_GUIDE);
  g_assert_cmpuint (r->phase_index, ==, 0);
  g_assert_cmpfloat (r->phase_start, ==, 0);
  g_assert_cmpfloat (r->phase_end, ==, 8);
  g_assert_cmpint (r->phase_source, ==, HC_FIGURE_TEAM_GUIDE);
  g_assert_cmpfloat (r->search_start, ==, 0);
  g_assert_cmpint (r->search_start_source, ==, HC_FIGURE_TEAM_GUIDE);
  g_assert_cmpint (hc_resolution_get_team (resolution)->first_hire, ==, 0);
  g_assert_cmpuint (hc_resolution_get_team (resolution)->headcount, ==, 1);
}

/* 2. Location presets at each level (hiring guide: junior SF Bay Area
 * +30 %, mid NYC +35 %, senior tech hubs +40 %; staff takes the senior
 * figure as an estimate). */
static void
test_presets_by_level (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) resolution = NULL;
  HcSource source;

  set_location (add (plan, "backend", HC_SENIORITY_JUNIOR, "capacity"), "SF Bay Area", 30);
  set_location (add (plan, "backend", HC_SENIORITY_MID, "capacity"), "New York City", 35);
  set_location (add (plan, "backend", HC_SENIORITY_SENIOR, "capacity"), "Tech hub", 40);
  set_location (add (plan, "backend", HC_SENIORITY_STAFF, "capacity"), "SF Bay Area", 40);
  set_location (add (plan, "backend", HC_SENIORITY_MID, "capacity"), "Remote", -10);
  set_location (add (plan, "backend", HC_SENIORITY_JUNIOR, "capacity"), "Midwest", -20);
  resolution = hc_resolution_get (plan);

  /* Junior $85–120K × 1.30 = $110,500–$156,000. */
  assert_range (resolved (resolution, 0)->salary, 110500, 156000);
  g_assert_cmpfloat_with_epsilon (resolved (resolution, 0)->location_factor, 1.30, 1e-12);
  g_assert_cmpint (resolved (resolution, 0)->location_source, ==, HC_FIGURE_PRESET);
  /* Mid $120–180K × 1.35 = $162,000–$243,000. */
  assert_range (resolved (resolution, 1)->salary, 162000, 243000);
  g_assert_cmpint (resolved (resolution, 1)->location_source, ==, HC_FIGURE_PRESET);
  /* Senior $150–280K × 1.40 = $210,000–$392,000. */
  assert_range (resolved (resolution, 2)->salary, 210000, 392000);
  /* Staff $220–400K × 1.40 = $308,000–$560,000, an estimate. */
  assert_range (resolved (resolution, 3)->salary, 308000, 560000);
  g_assert_cmpint (resolved (resolution, 3)->location_source, ==, HC_FIGURE_ESTIMATE);
  g_assert_true (hc_resolved_salary_source (resolved (resolution, 3), &source));
  g_assert_cmpint (source, ==, HC_SOURCE_ESTIMATE);
  /* Mid remote: $120–180K × 0.90 = $108,000–$162,000; the band is both
   * guides', a preset adds the hiring guide: still both. */
  assert_range (resolved (resolution, 4)->salary, 108000, 162000);
  g_assert_true (hc_resolved_salary_source (resolved (resolution, 4), &source));
  g_assert_cmpint (source, ==, HC_SOURCE_BOTH_GUIDES);
  /* Junior Midwest: $85–120K × 0.80 = $68,000–$96,000, hiring guide. */
  assert_range (resolved (resolution, 5)->salary, 68000, 96000);
  g_assert_true (hc_resolved_salary_source (resolved (resolution, 5), &source));
  g_assert_cmpint (source, ==, HC_SOURCE_HIRING_GUIDE);
}

/* 3. The specialists at every level: DOMAIN.md's binding table. */
static void
test_specialist_table (void)
{
  static const struct {
    const char     *role;
    double          low[HC_N_SENIORITIES], high[HC_N_SENIORITIES];
    HcFigureSource  mid_source;
  } table[] = {
    /* database junior: 130 × 85/120 = 92.08 → 92; 170 × 120/180 = 113.3,
     * below backend's 120 → 120.  Senior: 130 × 150/120 = 162.5 → 163;
     * 170 × 280/180 = 264.4 → 280.  Staff: 130 × 220/120 = 238.3 → 238;
     * 170 × 400/180 = 377.8 → 400. */
    { "database", { 92000, 130000, 163000, 238000 }, { 120000, 170000, 280000, 400000 },
      HC_FIGURE_TEAM_GUIDE },
    /* infrastructure junior: 140 × 85/120 = 99.17 → 99; 180 × 120/180 =
     * 120.  Senior 140 × 1.25 = 175; 180 × 280/180 = 280.  Staff: 140 ×
     * 220/120 = 256.7 → 257; 180 × 400/180 = 400. */
    { "infrastructure", { 99000, 140000, 175000, 257000 }, { 120000, 180000, 280000, 400000 },
      HC_FIGURE_TEAM_GUIDE },
    /* platform: the infrastructure figures, all estimates. */
    { "platform", { 99000, 140000, 175000, 257000 }, { 120000, 180000, 280000, 400000 },
      HC_FIGURE_ESTIMATE },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      g_autoptr(HcPlan) plan = plan_new ();
      g_autoptr(HcResolution) resolution = NULL;

      for (guint s = 0; s < HC_N_SENIORITIES; s++)
        add (plan, table[i].role, s, "database");
      resolution = hc_resolution_get (plan);
      for (guint s = 0; s < HC_N_SENIORITIES; s++)
        {
          const HcResolvedPosition *r = resolved (resolution, s);

          assert_range (r->salary, table[i].low[s], table[i].high[s]);
          g_assert_cmpint (r->band_source, ==,
                           s == HC_SENIORITY_MID ? table[i].mid_source : HC_FIGURE_ESTIMATE);
          /* No skill premium: a specialist's band prices the skills in. */
          g_assert_cmpint (r->skill_source, ==, HC_FIGURE_NONE);
        }
    }
}

/* 4. Another currency with a rate: a default is converted, a figure typed
 * in the plan's currency never is. */
static void
test_currency_rule (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) resolution = NULL;
  const HcResolvedTeam *team;
  HcRange own = { 100000, 120000 };
  HcRange typed = { 140000, 200000 };

  hc_plan_set_currency (plan, "EUR");
  hc_plan_set_usd_exchange_rate (plan, 0.92);
  add (plan, "backend", HC_SENIORITY_MID, "capacity");
  hc_position_set_salary_override (add (plan, "backend", HC_SENIORITY_MID, "capacity"), &own);
  hc_role_set_salary (hc_plan_find_role (plan, "backend"), HC_SENIORITY_SENIOR, typed);
  set_location (add (plan, "backend", HC_SENIORITY_SENIOR, "capacity"), "Tech hub", 40);
  add (plan, "database", HC_SENIORITY_SENIOR, "database");
  resolution = hc_resolution_get (plan);

  /* Mid $120–180K × 0.92 = €110,400–€165,600. */
  assert_range (resolved (resolution, 0)->salary, 110400, 165600);
  g_assert_cmpfloat (resolved (resolution, 0)->exchange_rate, ==, 0.92);
  g_assert_cmpint (resolved (resolution, 0)->exchange_source, ==, HC_FIGURE_CONVERTED);
  /* Set on the position, in euros: €100,000–€120,000 as typed; the
   * benchmark beside it is still the converted one. */
  assert_range (resolved (resolution, 1)->salary, 100000, 120000);
  g_assert_cmpint (resolved (resolution, 1)->salary_source, ==, HC_FIGURE_PERSON);
  assert_range (resolved (resolution, 1)->benchmark, 110400, 165600);
  g_assert_false (hc_resolved_salary_source (resolved (resolution, 1), NULL));
  /* The role table's senior band typed in euros, moved by the tech hub:
   * €140,000 × 1.4 = €196,000, €200,000 × 1.4 = €280,000; not converted. */
  assert_range (resolved (resolution, 2)->salary, 196000, 280000);
  g_assert_cmpint (resolved (resolution, 2)->band_source, ==, HC_FIGURE_PERSON);
  g_assert_cmpint (resolved (resolution, 2)->exchange_source, ==, HC_FIGURE_NONE);
  g_assert_false (hc_resolved_salary_source (resolved (resolution, 2), NULL));
  /* A default band at a level other than mid converts too (the old rule
   * compared with the US band by value): database senior $163–280K ×
   * 0.92 = €149,960–€257,600. */
  assert_range (resolved (resolution, 3)->salary, 149960, 257600);
  g_assert_cmpint (resolved (resolution, 3)->exchange_source, ==, HC_FIGURE_CONVERTED);
  /* Money defaults convert: equipment $3–5K → €2,760–€4,600, software
   * $2–5K → €1,840–€4,600 a month, cloud $1–10K → €920–€9,200. */
  team = hc_resolution_get_team (resolution);
  assert_range (team->equipment, 2760, 4600);
  g_assert_cmpint (team->equipment_source, ==, HC_FIGURE_CONVERTED);
  assert_range (team->software, 1840, 4600);
  assert_range (team->cloud, 920, 9200);
  g_assert_cmpint (team->cloud_source, ==, HC_FIGURE_CONVERTED);
  /* Percentages are not money: benefits stay 20.8–23.5 %. */
  assert_range (team->benefits, 0.208, 0.235);
}

/* 5. Another currency without a rate: nothing is converted (a plan check
 * warns), and the figures say so. */
static void
test_currency_without_rate (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) resolution = NULL;

  hc_plan_set_currency (plan, "CHF");
  add (plan, "backend", HC_SENIORITY_MID, "capacity");
  resolution = hc_resolution_get (plan);
  assert_range (resolved (resolution, 0)->salary, 120000, 180000);
  g_assert_cmpint (resolved (resolution, 0)->exchange_source, ==, HC_FIGURE_NONE);
  g_assert_cmpint (hc_resolution_get_team (resolution)->exchange_source, ==, HC_FIGURE_NONE);
}

/* 6. The skill premium, with a location: a generalist with
 * infrastructure skills earns 15–20 % more (hiring guide). */
static void
test_skill_premium (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) resolution = NULL;
  HcPosition *position;
  HcSource source;

  hc_position_set_skills (add (plan, "backend", HC_SENIORITY_MID, "foundation"),
                          HC_SKILL_INFRASTRUCTURE);
  position = add (plan, "backend", HC_SENIORITY_SENIOR, "capacity");
  hc_position_set_skills (position, HC_SKILL_INFRASTRUCTURE);
  set_location (position, "Remote", -10);
  resolution = hc_resolution_get (plan);

  /* $120,000 × 1.15 = $138,000; $180,000 × 1.20 = $216,000. */
  assert_range (resolved (resolution, 0)->salary, 138000, 216000);
  assert_range (resolved (resolution, 0)->skill_premium, 1.15, 1.20);
  g_assert_cmpint (resolved (resolution, 0)->skill_source, ==, HC_FIGURE_HIRING_GUIDE);
  g_assert_true (hc_resolved_salary_source (resolved (resolution, 0), &source));
  g_assert_cmpint (source, ==, HC_SOURCE_BOTH_GUIDES);
  /* Senior remote (−10 %, the mid figure: an estimate): $150,000 × 0.9 ×
   * 1.15 = $155,250; $280,000 × 0.9 × 1.20 = $302,400. */
  assert_range (resolved (resolution, 1)->salary, 155250, 302400);
  g_assert_cmpint (resolved (resolution, 1)->location_source, ==, HC_FIGURE_ESTIMATE);
}

/* 7. A file without "benchmarks": the older set, label and figures. */
static void
test_older_set (void)
{
#define REST ", \"count\": 1, \"location\": \"US (national)\", " \
             "\"location_adjustment_percent\": 0, \"sourcing\": \"direct\""
  static const char file[] =
    "{\"format\": \"headcount\", \"version\": 1, \"title\": \"Old\", \"currency\": \"USD\","
    " \"start_date\": \"2027-02-01\","
    " \"positions\": ["
    "  {\"id\": \"a\", \"role\": \"backend\", \"seniority\": \"mid\", \"phase\": \"foundation\"" REST "},"
    "  {\"id\": \"b\", \"role\": \"backend\", \"seniority\": \"senior\", \"phase\": \"capacity\"" REST "},"
    "  {\"id\": \"c\", \"role\": \"backend\", \"seniority\": \"junior\", \"phase\": \"capacity\"" REST "},"
    "  {\"id\": \"d\", \"role\": \"infrastructure\", \"seniority\": \"mid\", \"phase\": \"infrastructure\"" REST "},"
    "  {\"id\": \"e\", \"role\": \"database\", \"seniority\": \"senior\", \"phase\": \"database\"" REST "}]}";
#undef REST
  g_autoptr(GBytes) bytes = g_bytes_new_static (file, sizeof file - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(HcPlan) plan = hc_plan_load_from_bytes (bytes, &error);
  g_autoptr(HcResolution) resolution = NULL;
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  const HcResolvedTeam *team;

  g_assert_no_error (error);
  g_assert_cmpstr (hc_plan_get_benchmarks (plan), ==, HC_BENCHMARK_SET_TEAM_GUIDE);
  resolution = hc_resolution_get (plan);
  team = hc_resolution_get_team (resolution);
  g_assert_true (team->older_set);
  /* The older set: backend mid $120–160K, senior $150–200K (team guide),
   * benefits 21.5–23 %, infrastructure 6–10 weeks. */
  assert_range (resolved (resolution, 0)->salary, 120000, 160000);
  g_assert_cmpint (resolved (resolution, 0)->band_source, ==, HC_FIGURE_OLDER_SET);
  assert_range (resolved (resolution, 1)->salary, 150000, 200000);
  g_assert_cmpint (resolved (resolution, 1)->band_source, ==, HC_FIGURE_OLDER_SET);
  assert_range (team->benefits, 0.215, 0.23);
  g_assert_cmpint (team->benefits_source, ==, HC_FIGURE_OLDER_SET);
  assert_range (resolved (resolution, 3)->time_to_hire, 6, 10);
  g_assert_cmpint (resolved (resolution, 3)->time_to_hire_source, ==, HC_FIGURE_OLDER_SET);
  /* Where the sets agree, the guide's own source: junior $85–120K (hiring
   * guide), database senior $163–280K (estimate, the table). */
  assert_range (resolved (resolution, 2)->salary, 85000, 120000);
  g_assert_cmpint (resolved (resolution, 2)->band_source, ==, HC_FIGURE_HIRING_GUIDE);
  assert_range (resolved (resolution, 4)->salary, 163000, 280000);
  g_assert_cmpint (resolved (resolution, 4)->band_source, ==, HC_FIGURE_ESTIMATE);

  /* The budget prices with them: loaded salaries, low = Σ low × 1.215,
   * high = Σ high × 1.23: lows 120 + 150 + 85 + 140 + 163 = $658K →
   * $799,470; highs 160 + 200 + 120 + 180 + 280 = $940K → $1,156,200. */
  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  assert_range (hc_budget_get_loaded_salaries (budget), 799470, 1156200);
}

/* 8. Times to hire and ramp-up, each with its source. */
static void
test_times (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) resolution = NULL;
  HcRange own = { 3, 5 };

  add (plan, "backend", HC_SENIORITY_SENIOR, "foundation");
  add (plan, "backend", HC_SENIORITY_MID, "capacity");
  add (plan, "database", HC_SENIORITY_MID, "database");
  add (plan, "infrastructure", HC_SENIORITY_MID, "infrastructure");
  add (plan, "platform", HC_SENIORITY_STAFF, "infrastructure");
  hc_position_set_time_to_hire (add (plan, "backend", HC_SENIORITY_JUNIOR, "capacity"), &own);
  resolution = hc_resolution_get (plan);

  /* First backend hire 6–10 (team guide); more backend 4–6 (team guide);
   * database 6–10 (team guide); infrastructure 6–12 (team 6–10 + hiring
   * 8–12: both); platform 6–12 (estimate); set by hand 3–5. */
  assert_range (resolved (resolution, 0)->time_to_hire, 6, 10);
  g_assert_cmpint (resolved (resolution, 0)->time_to_hire_source, ==, HC_FIGURE_TEAM_GUIDE);
  assert_range (resolved (resolution, 1)->time_to_hire, 4, 6);
  g_assert_cmpint (resolved (resolution, 1)->time_to_hire_source, ==, HC_FIGURE_TEAM_GUIDE);
  assert_range (resolved (resolution, 2)->time_to_hire, 6, 10);
  assert_range (resolved (resolution, 3)->time_to_hire, 6, 12);
  g_assert_cmpint (resolved (resolution, 3)->time_to_hire_source, ==, HC_FIGURE_BOTH_GUIDES);
  assert_range (resolved (resolution, 4)->time_to_hire, 6, 12);
  g_assert_cmpint (resolved (resolution, 4)->time_to_hire_source, ==, HC_FIGURE_ESTIMATE);
  assert_range (resolved (resolution, 5)->time_to_hire, 3, 5);
  g_assert_cmpint (resolved (resolution, 5)->time_to_hire_source, ==, HC_FIGURE_PERSON);
  /* Ramp-up (hiring guide): mid 8 weeks; staff 2–3 and junior 12–16 are
   * estimates. */
  assert_range (resolved (resolution, 1)->ramp_up, 8, 8);
  g_assert_cmpint (resolved (resolution, 1)->ramp_up_source, ==, HC_FIGURE_HIRING_GUIDE);
  assert_range (resolved (resolution, 4)->ramp_up, 2, 3);
  g_assert_cmpint (resolved (resolution, 4)->ramp_up_source, ==, HC_FIGURE_ESTIMATE);
  assert_range (resolved (resolution, 5)->ramp_up, 12, 16);
  g_assert_cmpint (resolved (resolution, 5)->ramp_up_source, ==, HC_FIGURE_ESTIMATE);

  /* A role table's typed time (backend 5–7 weeks) is the person's, yet
   * the first backend hire still takes the guide's 6–10: only a time set
   * on the position itself replaces it. */
  hc_role_set_time_to_hire (hc_plan_find_role (plan, "backend"), hc_range_make (5, 7));
  g_clear_pointer (&resolution, hc_resolution_unref);
  resolution = hc_resolution_get (plan);
  assert_range (resolved (resolution, 0)->time_to_hire, 6, 10);
  g_assert_cmpint (resolved (resolution, 0)->time_to_hire_source, ==, HC_FIGURE_TEAM_GUIDE);
  assert_range (resolved (resolution, 1)->time_to_hire, 5, 7);
  g_assert_cmpint (resolved (resolution, 1)->time_to_hire_source, ==, HC_FIGURE_PERSON);
  g_assert_true (hc_plan_get_first_hire (plan) == hc_plan_find_position (plan, "p1", NULL));
}

/* 8b. A tighter market (the plan a scenario makes carries it): every
 * time to hire the person did not set, × 1.3, marked as the market's
 * estimate; one set on the position or typed in the role table stays. */
static void
test_market (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) resolution = NULL;
  const HcResolvedTeam *team;
  HcRange own = { 3, 5 };
  HcSource source;

  add (plan, "backend", HC_SENIORITY_SENIOR, "foundation");
  add (plan, "backend", HC_SENIORITY_MID, "capacity");
  add (plan, "database", HC_SENIORITY_MID, "database");
  add (plan, "infrastructure", HC_SENIORITY_MID, "infrastructure");
  add (plan, "platform", HC_SENIORITY_STAFF, "infrastructure");
  hc_position_set_time_to_hire (add (plan, "backend", HC_SENIORITY_JUNIOR, "capacity"), &own);
  hc_plan_set_market (plan, HC_MARKET_TIGHTER_30);
  resolution = hc_resolution_get (plan);
  team = hc_resolution_get_team (resolution);
  g_assert_cmpint (team->market, ==, HC_MARKET_TIGHTER_30);
  g_assert_cmpfloat (team->market_factor, ==, 1.3);

  /* The figures of test_times × 1.3: first backend hire 6–10 → 7.8–13;
   * more backend 4–6 → 5.2–7.8; database 6–10 → 7.8–13; infrastructure
   * and platform 6–12 → 7.8–15.6; set by hand 3–5 stays. */
  assert_range (resolved (resolution, 0)->time_to_hire, 7.8, 13);
  g_assert_true (resolved (resolution, 0)->first_hire);
  assert_range (resolved (resolution, 1)->time_to_hire, 5.2, 7.8);
  assert_range (resolved (resolution, 2)->time_to_hire, 7.8, 13);
  assert_range (resolved (resolution, 3)->time_to_hire, 7.8, 15.6);
  assert_range (resolved (resolution, 4)->time_to_hire, 7.8, 15.6);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpint (resolved (resolution, i)->time_to_hire_source, ==, HC_FIGURE_MARKET);
  assert_range (resolved (resolution, 5)->time_to_hire, 3, 5);
  g_assert_cmpint (resolved (resolution, 5)->time_to_hire_source, ==, HC_FIGURE_PERSON);
  /* Ramp-up is no search: the market leaves it. */
  assert_range (resolved (resolution, 1)->ramp_up, 8, 8);
  /* The positions themselves hold no time of their own for it. */
  g_assert_false (hc_position_get_time_to_hire (hc_plan_find_position (plan, "p1", NULL), NULL));
  /* The editors' readers: the stretched figure, an estimate. */
  assert_range (hc_plan_get_time_to_hire (plan, hc_plan_find_position (plan, "p2", NULL)), 5.2, 7.8);
  g_assert_true (hc_plan_get_time_to_hire_source (plan, hc_plan_find_position (plan, "p2", NULL), &source));
  g_assert_cmpint (source, ==, HC_SOURCE_ESTIMATE);
  g_assert_false (hc_plan_get_time_to_hire_source (plan, hc_plan_find_position (plan, "p6", NULL), NULL));

  /* A role table's typed time is the person's: not stretched.  The
   * first hire's 6–10 is the guide's, and is. */
  hc_role_set_time_to_hire (hc_plan_find_role (plan, "backend"), hc_range_make (5, 7));
  g_clear_pointer (&resolution, hc_resolution_unref);
  resolution = hc_resolution_get (plan);
  assert_range (resolved (resolution, 0)->time_to_hire, 7.8, 13);
  g_assert_cmpint (resolved (resolution, 0)->time_to_hire_source, ==, HC_FIGURE_MARKET);
  assert_range (resolved (resolution, 1)->time_to_hire, 5, 7);
  g_assert_cmpint (resolved (resolution, 1)->time_to_hire_source, ==, HC_FIGURE_PERSON);

  /* Back to the guides' market: worked out anew, the guides' figures. */
  hc_plan_set_market (plan, HC_MARKET_GUIDES);
  g_clear_pointer (&resolution, hc_resolution_unref);
  resolution = hc_resolution_get (plan);
  assert_range (resolved (resolution, 0)->time_to_hire, 6, 10);
  g_assert_cmpint (resolved (resolution, 0)->time_to_hire_source, ==, HC_FIGURE_TEAM_GUIDE);
  assert_range (resolved (resolution, 2)->time_to_hire, 6, 10);
  g_assert_cmpint (resolved (resolution, 2)->time_to_hire_source, ==, HC_FIGURE_TEAM_GUIDE);

  /* +20 %: the first hire's 6–10 → 7.2–12, and a copy keeps the market. */
  hc_plan_set_market (plan, HC_MARKET_TIGHTER_20);
  {
    g_autoptr(HcPlan) copy = hc_plan_copy (plan);
    g_autoptr(HcResolution) copied = hc_resolution_get (copy);

    g_assert_cmpint (hc_plan_get_market (copy), ==, HC_MARKET_TIGHTER_20);
    assert_range (resolved (copied, 0)->time_to_hire, 7.2, 12);
    g_assert_cmpint (resolved (copied, 0)->time_to_hire_source, ==, HC_FIGURE_MARKET);
  }
}

/* 9. Phase windows in calendar months and a search start set by hand. */
static void
test_phase_windows (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) resolution = NULL;
  g_autoptr(HcPhase) own = hc_phase_new ("later", "Later", HC_TIME_UNIT_WEEK, 20, 24);
  double week = 6;

  g_list_store_append (hc_plan_get_phases (plan), own);
  add (plan, "database", HC_SENIORITY_MID, "database");
  add (plan, "infrastructure", HC_SENIORITY_MID, "infrastructure");
  hc_position_set_earliest_start (add (plan, "backend", HC_SENIORITY_MID, "capacity"), &week);
  add (plan, "backend", HC_SENIORITY_MID, "later");
  resolution = hc_resolution_get (plan);

  /* Database, months 2–4: from the end of month 1 (1 Mar 2027, 28 days
   * = 4 weeks) to the end of month 4 (1 Jun, 28 + 31 + 30 + 31 = 120
   * days = 17.142857 weeks). */
  g_assert_cmpfloat_with_epsilon (resolved (resolution, 0)->phase_start, 4.0, 1e-9);
  g_assert_cmpfloat_with_epsilon (resolved (resolution, 0)->phase_end, 120.0 / 7, 1e-9);
  /* Infrastructure, months 3–6: 1 Apr (59 days) to 1 Aug (181 days). */
  g_assert_cmpfloat_with_epsilon (resolved (resolution, 1)->search_start, 59.0 / 7, 1e-9);
  g_assert_cmpfloat_with_epsilon (resolved (resolution, 1)->phase_end, 181.0 / 7, 1e-9);
  /* Capacity, weeks 4–10 (offsets 3 to 10); the search set to start at
   * offset 6 starts there. */
  g_assert_cmpfloat (resolved (resolution, 2)->phase_start, ==, 3);
  g_assert_cmpfloat (resolved (resolution, 2)->search_start, ==, 6);
  g_assert_cmpint (resolved (resolution, 2)->search_start_source, ==, HC_FIGURE_PERSON);
  /* A phase of the plan's own, weeks 20–24. */
  g_assert_cmpfloat (resolved (resolution, 3)->phase_start, ==, 19);
  g_assert_cmpfloat (resolved (resolution, 3)->phase_end, ==, 24);
  g_assert_cmpint (resolved (resolution, 3)->phase_source, ==, HC_FIGURE_PERSON);
  g_assert_cmpfloat (hc_resolution_get_team (resolution)->latest_phase_end, ==, 181.0 / 7);
  /* The first backend hire is the first generalist of the earliest phase:
   * capacity (offset 3) before the plan's own (19). */
  g_assert_cmpint (hc_resolution_get_team (resolution)->first_hire, ==, 2);
}

/* 10. Assumptions set by the person, an agency hire, a typed location. */
static void
test_person_figures (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) resolution = NULL;
  HcCostAssumptions *assumptions = hc_plan_get_assumptions (plan);
  HcPosition *position;
  const HcResolvedPosition *r;

  hc_plan_set_currency (plan, "EUR");
  hc_plan_set_usd_exchange_rate (plan, 0.92);
  hc_cost_assumptions_set (assumptions, HC_ASSUMPTION_BENEFITS_PERCENT, hc_range_make (25, 30));
  hc_cost_assumptions_set (assumptions, HC_ASSUMPTION_EQUIPMENT_PER_PERSON, hc_range_make (1000, 2000));
  position = add (plan, "backend", HC_SENIORITY_MID, "capacity");
  hc_position_set_sourcing (position, HC_SOURCING_AGENCY);
  set_location (position, "Berlin", 12);
  resolution = hc_resolution_get (plan);
  r = resolved (resolution, 0);

  /* $120,000 × 1.12 × 0.92 = €123,648; $180,000 × 1.12 × 0.92 =
   * €185,472: the band is a default (converted), the place typed. */
  assert_range (r->salary, 123648, 185472);
  g_assert_cmpint (r->location_source, ==, HC_FIGURE_PERSON);
  g_assert_false (hc_resolved_salary_source (r, NULL));
  /* Benefits 25–30 % as set; the agency fee 20–25 % (team guide); the
   * equipment €1,000–€2,000 typed in euros, not converted. */
  assert_range (r->benefits, 0.25, 0.30);
  g_assert_cmpint (r->benefits_source, ==, HC_FIGURE_PERSON);
  assert_range (r->fee, 0.20, 0.25);
  g_assert_cmpint (r->fee_source, ==, HC_FIGURE_TEAM_GUIDE);
  assert_range (r->one_time, 1000, 2000);
  g_assert_cmpint (r->one_time_source, ==, HC_FIGURE_PERSON);
}

/* 11. The budget reads the resolution to the cent: two senior engineers
 * at a tech hub, first hire, direct. */
static void
test_budget_reads_resolution (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcTimeline) timeline = NULL;
  g_autoptr(HcBudget) budget = NULL;
  HcPosition *position = add (plan, "backend", HC_SENIORITY_SENIOR, "foundation");
  const HcPositionCost *cost;
  const HcTimelineEntry *entry;

  hc_position_set_count (position, 2);
  set_location (position, "Tech hub", 40);
  timeline = hc_timeline_compute (plan);
  budget = hc_budget_compute (plan, timeline);
  cost = hc_budget_get_position_cost (budget, 0);
  /* Per person $210,000–$392,000 (2.); loaded: 210,000 × 2 × 1.208 =
   * $507,360; 392,000 × 2 × 1.235 = $968,240. */
  assert_range (cost->annual_salary, 210000, 392000);
  assert_range (cost->loaded_annual, 507360, 968240);
  /* Run rate: loaded + 12 × (software + cloud): 507,360 + 12 × 3,000 =
   * $543,360; 968,240 + 12 × 15,000 = $1,148,240. */
  assert_range (hc_budget_get_annual_run_rate (budget), 543360, 1148240);
  /* Start: search at offset 0 + 6–10 weeks. */
  entry = hc_timeline_get_entry (timeline, 0);
  assert_range (entry->start, 6, 10);
  assert_range (entry->productive, 8, 13);
}

/* 12. Rebuilt when the plan changes, not otherwise; an unknown role. */
static void
test_rebuilt_on_change (void)
{
  g_autoptr(HcPlan) plan = plan_new ();
  g_autoptr(HcResolution) first = NULL;
  g_autoptr(HcResolution) again = NULL;
  g_autoptr(HcResolution) changed = NULL;
  HcPosition *position = add (plan, "backend", HC_SENIORITY_MID, "capacity");
  HcResolvedPosition alone;

  first = hc_resolution_get (plan);
  again = hc_resolution_get (plan);
  g_assert_true (first == again);
  hc_position_set_seniority (position, HC_SENIORITY_SENIOR);
  changed = hc_resolution_get (plan);
  g_assert_true (changed != first);
  assert_range (resolved (changed, 0)->salary, 150000, 280000);
  /* The snapshot taken before is left as it was. */
  assert_range (resolved (first, 0)->salary, 120000, 180000);
  /* The thin readers agree with it. */
  assert_range (hc_plan_get_annual_salary (plan, position), 150000, 280000);
  assert_range (hc_plan_get_time_to_hire (plan, position), 6, 10);

  /* A role the plan does not have: no band, no time, nothing converted. */
  hc_position_set_role_id (position, "frontend");
  hc_resolve_position (plan, position, &alone);
  assert_range (alone.salary, 0, 0);
  g_assert_cmpint (alone.band_source, ==, HC_FIGURE_NONE);
  g_assert_false (alone.role_known);
}

static void
test_source_names (void)
{
  g_assert_cmpstr (hc_figure_source_to_string (HC_FIGURE_OLDER_SET), ==, "older-set");
  g_assert_cmpstr (hc_figure_source_to_string (HC_FIGURE_CONVERTED), ==, "converted");
  g_assert_cmpstr (hc_figure_source_to_string (HC_FIGURE_MARKET), ==, "market");
  g_assert_cmpstr (hc_figure_source_get_label (HC_FIGURE_MARKET), !=, "");
  g_assert_cmpstr (hc_figure_source_get_label (HC_FIGURE_MARKET), !=,
                   hc_figure_source_get_label (HC_FIGURE_ESTIMATE));
  g_assert_cmpstr (hc_figure_source_get_label (HC_FIGURE_NONE), ==, "");
  g_assert_nonnull (hc_figure_source_get_label (HC_FIGURE_PERSON));
}

int
main (int   argc,
      char *argv[])
{
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/resolve/first-hire", test_first_hire);
  g_test_add_func ("/resolve/presets-by-level", test_presets_by_level);
  g_test_add_func ("/resolve/specialist-table", test_specialist_table);
  g_test_add_func ("/resolve/currency-rule", test_currency_rule);
  g_test_add_func ("/resolve/currency-without-rate", test_currency_without_rate);
  g_test_add_func ("/resolve/skill-premium", test_skill_premium);
  g_test_add_func ("/resolve/older-set", test_older_set);
  g_test_add_func ("/resolve/times", test_times);
  g_test_add_func ("/resolve/market", test_market);
  g_test_add_func ("/resolve/phase-windows", test_phase_windows);
  g_test_add_func ("/resolve/person-figures", test_person_figures);
  g_test_add_func ("/resolve/budget", test_budget_reads_resolution);
  g_test_add_func ("/resolve/rebuilt-on-change", test_rebuilt_on_change);
  g_test_add_func ("/resolve/source-names", test_source_names);

  return g_test_run ();
}
