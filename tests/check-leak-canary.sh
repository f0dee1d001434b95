#!/bin/sh
# check-leak-canary.sh CANARY SUPPRESSIONS: under LeakSanitizer with
# SUPPRESSIONS, the canary that frees its layout passes and the one that
# leaks it is reported: so the report is about our leak, and the
# suppressions did not hide it.
set -u
canary=$1
suppressions=$2
log=$(mktemp)
trap 'rm -f "$log"' EXIT

run ()
{
  G_SLICE=always-malloc ASAN_OPTIONS=detect_leaks=1 \
    LSAN_OPTIONS="suppressions=$suppressions:print_suppressions=0" \
    "$canary" "$@" >"$log" 2>&1
}

if ! run --no-leak; then
  echo "the control run, which leaks nothing of its own, failed:" >&2
  cat "$log" >&2
  exit 1
fi
if run; then
  echo "the deliberate leak went unreported with $suppressions:" >&2
  cat "$log" >&2
  exit 1
fi
if ! grep -q "LeakSanitizer: detected memory leaks" "$log"; then
  echo "the leaking run failed, but not with a leak report:" >&2
  cat "$log" >&2
  exit 1
fi
echo "reported, as it must be: the layout leaked on purpose"
