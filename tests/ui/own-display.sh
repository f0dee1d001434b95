#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# own-display.sh PROGRAM [ARG…]: runs one UI test program on an X display
# of its own (Xvfb, 1920×1080×24) with a D-Bus session of its own, so that
# UI tests run side by side without sharing a display, its selections, its
# focus or a bus.  Xvfb picks a free display itself and writes its number
# to a file descriptor once it accepts clients (-displayfd): `xvfb-run -a`
# guesses a number and races when started in parallel.  The program's exit
# status is ours.
set -uo pipefail

work=$(mktemp -d "${TMPDIR:-/tmp}/hc-display-XXXXXX")
xvfb_pid=
bus_pid=
cleanup ()
{
  if [ -n "$bus_pid" ]; then
    # What the bus started for the program (a portal, say) goes with it.
    pkill -TERM -P "$bus_pid" 2>/dev/null
    kill "$bus_pid" 2>/dev/null
    wait "$bus_pid" 2>/dev/null
  fi
  if [ -n "$xvfb_pid" ]; then
    kill "$xvfb_pid" 2>/dev/null
    wait "$xvfb_pid" 2>/dev/null
  fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 143' TERM INT

Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp -noreset \
  3>"$work/display" 2>"$work/xvfb.log" &
xvfb_pid=$!
# Xvfb writes the number once it listens: wait for it, or for Xvfb to die.
for _ in $(seq 1 600); do
  [ -s "$work/display" ] && break
  if ! kill -0 "$xvfb_pid" 2>/dev/null; then
    echo "own-display.sh: Xvfb did not start:" >&2
    cat "$work/xvfb.log" >&2
    exit 1
  fi
  sleep 0.05
done
if [ ! -s "$work/display" ]; then
  echo "own-display.sh: Xvfb gave no display number within 30 s" >&2
  exit 1
fi
export DISPLAY=":$(head -n1 "$work/display")"
# The one session bus this program sees; no Wayland, so GDK takes X11.
# Our own bus rather than dbus-run-session's: the services it starts (the
# document portal) inherit its output, and with dbus-run-session that was
# the test's, which meson reads to its end: a portal left running after
# the test kept `meson test` waiting for ever.  Here they write to a log.
unset WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS
dbus-daemon --session --nofork --print-address=4 4>"$work/bus" \
  </dev/null >"$work/dbus.log" 2>&1 &
bus_pid=$!
for _ in $(seq 1 600); do
  [ -s "$work/bus" ] && break
  if ! kill -0 "$bus_pid" 2>/dev/null; then
    echo "own-display.sh: the D-Bus session bus did not start:" >&2
    cat "$work/dbus.log" >&2
    exit 1
  fi
  sleep 0.05
done
if [ ! -s "$work/bus" ]; then
  echo "own-display.sh: the D-Bus session bus gave no address within 30 s" >&2
  exit 1
fi
DBUS_SESSION_BUS_ADDRESS=$(head -n1 "$work/bus")
export DBUS_SESSION_BUS_ADDRESS
"$@"
status=$?
exit "$status"
