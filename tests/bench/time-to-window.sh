#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# time-to-window.sh: time from exec to Headcount's first drawn window with the
# example plan, as a ratio to a bare libadwaita window timed in the same run, on
# the same Xvfb screen, with the same number of runs.  The developers' guide asks
# for at most x1.30.
#
#   tests/bench/time-to-window.sh [options] [BUILD_DIR]
#
#   BUILD_DIR        meson build dir with src/headcount and data/gschemas.compiled
#                    (default: $HC_BUILD_DIR, else _build at the repository top)
#   -n N             measured runs per case (default 9; also $TTW_N)
#   -r R             rounds (default 3): the runs of every case are split into R
#                    rounds that alternate the cases, so that a burst of load
#                    from other programs does not fall on one case only
#   -w W             warm-up runs per case and round (default 1)
#   --cairo          also time both with GSK_RENDERER=cairo
#   --headcount BIN  the binary (default BUILD_DIR/src/headcount; also $HEADCOUNT)
#   --schema-dir DIR compiled GSettings schemas (default BUILD_DIR/data, else
#                    compiled here from data/*.gschema.xml; also $HC_SCHEMA_DIR)
#   --plan FILE      plan to open (default data/examples/five-person.headcount)
#   --screen WxHxD   Xvfb screen (default 1920x1080x24)
#   --limit X        ratio to flag (default 1.30)
#   --check          exit 1 when a ratio is above --limit
#   -v               show time-to-window's per-run lines
#
# One private Xvfb is started here and shared by every case; time-to-window
# (../shared/bench beside the repository) starts a session bus if none is set and
# gives each run a copy of a profile its warm-up runs filled (Mesa's shader cache
# included: -w 0 times cold shader compiles, some 1 s more on llvmpipe).  The
# window is matched by its title, the plan's title, so a welcome window
# ("Headcount") after a failed load does not count.
# Needs: xvfb x11-utils libx11-dev libxdamage-dev libxfixes-dev libadwaita-1-dev
# dbus-daemon, a C compiler and pkg-config.
set -euo pipefail

die () { echo "time-to-window.sh: $*" >&2; exit 2; }

top=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
bench=$top/../shared/bench
ttw=$bench/time-to-window

n=${TTW_N:-9}
rounds=3
w=1
cairo=0
check=0
verbose=0
limit=1.30
screen=1920x1080x24
build=${HC_BUILD_DIR:-}
bin=${HEADCOUNT:-}
schemas=${HC_SCHEMA_DIR:-}
plan=$top/data/examples/five-person.headcount

while [ $# -gt 0 ]; do
  case $1 in
    -n) n=${2:?-n needs a number}; shift 2 ;;
    -r) rounds=${2:?-r needs a number}; shift 2 ;;
    -w) w=${2:?-w needs a number}; shift 2 ;;
    --cairo) cairo=1; shift ;;
    --check) check=1; shift ;;
    -v) verbose=1; shift ;;
    --limit) limit=${2:?--limit needs a ratio}; shift 2 ;;
    --screen) screen=${2:?--screen needs WxHxD}; shift 2 ;;
    --headcount) bin=${2:?--headcount needs a path}; shift 2 ;;
    --schema-dir) schemas=${2:?--schema-dir needs a dir}; shift 2 ;;
    --plan) plan=${2:?--plan needs a file}; shift 2 ;;
    -h|--help) sed -n '3,/^set -euo/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    -*) die "unknown option '$1' (see --help)" ;;
    *) build=$1; shift ;;
  esac
done
[[ $n =~ ^[1-9][0-9]*$ && $rounds =~ ^[1-9][0-9]*$ && $w =~ ^[0-9]+$ ]] \
  || die "-n, -r and -w take whole numbers"
[ "$rounds" -le "$n" ] || rounds=$n
build=${build:-$top/_build}

# --- what this needs ----------------------------------------------------------
missing=()
for pkg in xvfb x11-utils libx11-dev libxdamage-dev libxfixes-dev libadwaita-1-dev; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  die "missing packages: ${missing[*]}
  install them with: sudo apt-get install ${missing[*]}"
fi
for cmd in cc pkg-config dbus-daemon glib-compile-schemas Xvfb xdpyinfo; do
  command -v "$cmd" >/dev/null || die "'$cmd' not found in PATH"
done
[ -x "$ttw" ] || die "$ttw not found: the shared bench dir must sit beside the repository ($top/../shared/bench)"

[ -n "$bin" ] || bin=$build/src/headcount
[ -x "$bin" ] || die "no headcount binary at $bin: build first (meson setup $build && ninja -C $build) or give --headcount"
[ -f "$plan" ] || die "no plan at $plan"
plan=$(cd "$(dirname "$plan")" && pwd)/$(basename "$plan")

# The window title is the plan's title (plus a "• " mark when modified).
title=$(grep -m 1 -oE '^  "title": *"[^"]*"' "$plan" | sed -E 's/^  "title": *"(.*)"$/\1/') || true
[ -n "$title" ] || die "cannot read the top-level \"title\" of $plan"

tmp=$(mktemp -d /tmp/hc-ttw.XXXXXX)
xvfb_pid=
cleanup () {
  trap - EXIT INT TERM HUP
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM HUP

if [ -z "$schemas" ]; then
  if [ -f "$build/data/gschemas.compiled" ]; then
    schemas=$build/data
  else
    schemas=$tmp/schemas
    mkdir -p "$schemas"
    cp "$top"/data/*.gschema.xml "$schemas"/
    glib-compile-schemas --strict "$schemas" || die "glib-compile-schemas failed on data/*.gschema.xml"
  fi
fi
[ -f "$schemas/gschemas.compiled" ] || die "no gschemas.compiled in $schemas"

# --- the floor -----------------------------------------------------------------
# shellcheck disable=SC2046  # pkg-config's flags are meant to be split
cc -O2 "$bench/bare-adw.c" -o "$tmp/bare-adw" $(pkg-config --cflags --libs libadwaita-1) \
  || die "cannot build $bench/bare-adw.c"

# --- one screen for every case -------------------------------------------------
exec 9>"$tmp/displayfd"
Xvfb -displayfd 9 -screen 0 "$screen" -br -nolisten tcp -noreset >"$tmp/xvfb.log" 2>&1 &
xvfb_pid=$!
exec 9>&-
for _ in $(seq 100); do [ -s "$tmp/displayfd" ] && break; sleep 0.05; done
[ -s "$tmp/displayfd" ] || die "Xvfb did not start: $(tail -n 2 "$tmp/xvfb.log")"
DISPLAY=:$(head -n 1 "$tmp/displayfd")
export DISPLAY
xdpyinfo >/dev/null 2>&1 || die "Xvfb on $DISPLAY does not answer"
unset WAYLAND_DISPLAY

# time_case RUNS LABEL RENDERER MATCH-OPTION MATCH -- COMMAND...: appends to $tmp/rows.csv
time_case () {
  local runs=$1 label=$2 renderer=$3 opt=$4 match=$5
  shift 6
  local envs=(-u GSK_RENDERER)
  [ "$renderer" = default ] || envs=(GSK_RENDERER="$renderer")
  if ! env "${envs[@]}" GSETTINGS_SCHEMA_DIR="$schemas" \
      "$ttw" -n "$runs" -w "$w" "$opt" "$match" --label "$label" --csv "$tmp/rows.csv" \
      -- "$@" >"$tmp/ttw.out" 2>&1; then
    cat "$tmp/ttw.out" >&2
    die "time-to-window failed for '$label'"
  fi
  [ "$verbose" = 0 ] || cat "$tmp/ttw.out"
}

# count_of LABEL: how many timed runs LABEL has
count_of () {
  awk -F, -v l="\"$1\"" '$1 == l' "$tmp/rows.csv" | wc -l
}

# median_of LABEL: median of the "first drawn" ms of LABEL's rows
median_of () {
  awk -F, -v l="\"$1\"" '$1 == l { print $4 }' "$tmp/rows.csv" | sort -g | awk '
    { v[NR] = $1 }
    END { if (NR == 0) exit 1
          printf "%.0f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

renderers=(default)
[ "$cairo" = 0 ] || renderers+=(cairo)
suffix_of () {
  # No commas in labels: they are the first field of time-to-window's CSV rows.
  if [ "$1" = default ]; then echo ""; else echo " (GSK_RENDERER=$1)"; fi
}
echo "time to first drawn window, median of $n runs per case in $rounds rounds (+$w warm-up each), Xvfb $screen on $DISPLAY"
for round in $(seq "$rounds"); do
  # Spread n runs over the rounds: the first n % rounds rounds get one more.
  runs=$((n / rounds + (round <= n % rounds ? 1 : 0)))
  for r in "${renderers[@]}"; do
    suffix=$(suffix_of "$r")
    time_case "$runs" "bare-adw$suffix" "$r" --name bare-adw -- "$tmp/bare-adw"
    time_case "$runs" "example plan$suffix" "$r" --name "$title" -- "$bin" "$plan"
  done
done

over=0
for r in "${renderers[@]}"; do
  suffix=$(suffix_of "$r")
  floor=$(median_of "bare-adw$suffix") || die "no timed runs for 'bare-adw$suffix'"
  ours=$(median_of "example plan$suffix") || die "no timed runs for 'example plan$suffix'"
  ratio=$(awk -v a="$ours" -v b="$floor" 'BEGIN { printf "%.2f", a / b }')
  verdict=$(awk -v r="$ratio" -v l="$limit" 'BEGIN { print (r > l) ? "ABOVE" : "within" }')
  [ "$verdict" = within ] || over=1
  echo "window, bare-adw$suffix: $floor ms median of $(count_of "bare-adw$suffix")"
  echo "window, example plan$suffix: $ours ms median of $(count_of "example plan$suffix"), x$ratio of bare-adw ($floor ms) [$verdict x$limit]"
done

[ "$check" = 0 ] || [ "$over" = 0 ]
