#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# An export never replaces a device: `headcount --export link.csv` with
# link.csv -> /dev/null once renamed a regular file over /dev/null and
# broke it for every program on the machine.  Shown in a mount namespace
# of our own whose /dev is a tmpfs with device nodes made here, so that
# the machine's /dev is never at stake, whatever the program does.
#
# usage: test-cli-devices.sh HEADCOUNT   (as root: mknod and mount)
set -eu

headcount=$1
if [ "$(id -u)" != 0 ]; then
  echo "test-cli-devices.sh: needs root, for mknod and a mount namespace" >&2
  exit 77
fi

if [ "${HC_IN_NAMESPACE:-}" != 1 ] && ! unshare --mount --propagation private true 2>/dev/null; then
  echo "test-cli-devices.sh: no mount namespace here (a container without CAP_SYS_ADMIN?)" >&2
  exit 77
fi
if [ "${HC_IN_NAMESPACE:-}" != 1 ]; then
  HC_IN_NAMESPACE=1 exec unshare --mount --propagation private "$0" "$@"
fi

# From here on, mounts are ours alone.
mount -t tmpfs -o mode=0755 hc-test-dev /dev
mknod -m 0666 /dev/null c 1 3
mknod -m 0666 /dev/zero c 1 5
mknod -m 0666 /dev/urandom c 1 9
ln -s /proc/self/fd /dev/fd
mount -t tmpfs hc-test-tmp /tmp
mkdir /tmp/work
cd /tmp/work
mknod -m 0666 device.csv c 1 3

failed=0
for format in headcount csv pdf svg png; do
  ln -s /dev/null "link.$format"
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
    for node in /dev/null device.csv; do
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
# The device still works, as every other program needs it to.
echo test >/dev/null
[ ! -s /dev/null ]
if [ "$failed" = 0 ]; then
  echo "ok: no export replaced a device"
fi
exit "$failed"
