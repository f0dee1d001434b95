#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# An export never replaces a device: `headcount --export link.csv` with
# link.csv -> /dev/null once renamed a regular file over /dev/null and
# broke it for every program on the machine.  Shown with device nodes of
# our own, made here, so that the machine's /dev is never at stake,
# whatever the program does.
#
# usage: test-cli-devices.sh HEADCOUNT   (as root: mknod)
set -eu

headcount=$1
if [ "$(id -u)" != 0 ]; then
  echo "test-cli-devices.sh: needs root, for mknod" >&2
  exit 77
fi

# Our own null device, in a folder of our own: the links point at it, never
# at the machine's /dev/null, so nothing the program does can break a
# device another program uses.  (A mount namespace with a tmpfs /dev was
# tried first: inside the Debian testing chroot, whose / is no mount point,
# its propagation cannot be made private, and a tmpfs over /tmp hid the
# binary of a clone that lives there.)
work=$(mktemp -d "${TMPDIR:-/tmp}/hc-devices.XXXXXX")
trap 'rm -rf "$work"' EXIT
cd "$work"
if ! mknod -m 0666 null c 1 3 2>/dev/null; then
  echo "test-cli-devices.sh: mknod refused here (a container without CAP_MKNOD?)" >&2
  exit 77
fi
mknod -m 0666 device.csv c 1 3

failed=0
for format in headcount csv pdf svg png; do
  ln -s "$work/null" "link.$format"
  for target in "link.$format" device.csv; do
    case $target in device.*) [ "$format" = csv ] || continue ;; esac
    status=0
    LC_ALL=C.UTF-8 LANGUAGE=en "$headcount" --export "$target" --template five-person \
      >out.txt 2>err.txt || status=$?
    if [ "$status" != 1 ]; then
      echo "not ok: --export $target ended with $status, not 1" >&2
      failed=1
    fi
    if ! grep -q "Could not save “[^”]*$target”: .*not a regular file but a device" err.txt; then
      echo "not ok: --export $target said:" >&2
      cat err.txt >&2
      failed=1
    fi
    for node in null device.csv; do
      if [ ! -c "$node" ]; then
        echo "not ok: --export $target replaced the device $node" >&2
        rm -f "$node"
        mknod -m 0666 "$node" c 1 3
        failed=1
      fi
    done
    if [ ! -L "link.$format" ]; then
      echo "not ok: --export $target replaced the link" >&2
      failed=1
    fi
  done
done
# Our device is still one, and still works.
[ -c null ] && echo test >null && [ ! -s null ]
if [ "$failed" = 0 ]; then
  echo "ok: no export replaced a device"
fi
exit "$failed"
