# shellcheck shell=bash
# The GTK that Flatpak users run: a Debian testing chroot (GTK 4.2x,
# libadwaita 1.x), made once and cached outside the clone, in which the
# project is built with -Werror and its whole suite runs under Xvfb.
# Sourced by build-aux/test; needs root (debootstrap, chroot, mount).

hc_chroot_dir=${HC_TESTING_CHROOT:-/var/cache/headcount/debian-testing}
hc_chroot_mirror=${HC_DEBIAN_MIRROR:-http://deb.debian.org/debian}
# A new chroot takes about 1.6 GB, and a build of the project in it ~0.3 GB.
hc_chroot_min_free_mb=3000
hc_chroot_max_age_days=7

# What the build and the suite need inside the chroot: build-aux/setup.sh's
# list under testing's names, less what testing no longer ships.
hc_chroot_packages=(
  meson ninja-build pkgconf gcc libc6-dev
  libglib2.0-dev libglib2.0-bin libjson-glib-dev
  libgtk-4-dev libadwaita-1-dev libcairo2-dev libpango1.0-dev
  gettext desktop-file-utils appstream shared-mime-info
  libxml2-utils poppler-utils python3 locales-all
  xvfb xauth dbus dbus-x11 libxtst-dev
  adwaita-icon-theme hicolor-icon-theme fonts-dejavu-core fonts-cantarell
  ccache git
)

# Free space in MB on the file system that holds (or will hold) $1.
hc_free_mb ()
{
  local dir=$1
  while [ ! -d "$dir" ]; do
    dir=$(dirname "$dir")
  done
  df -Pm "$dir" | awk 'NR == 2 { print $4 }'
}

hc_chroot_is_fresh ()
{
  [ -f "$hc_chroot_dir/.headcount-ready" ] \
    && [ -z "$(find "$hc_chroot_dir/.headcount-ready" -mtime +"$hc_chroot_max_age_days")" ]
}

# Mounts what Xvfb, D-Bus and GLib expect; undone by hc_chroot_unmount.
hc_chroot_mount ()
{
  local root=$1 fs
  for fs in proc sys dev dev/pts dev/shm; do
    mkdir -p "$root/$fs"
  done
  mountpoint -q "$root/proc" || mount -t proc proc "$root/proc"
  mountpoint -q "$root/sys" || mount -t sysfs sysfs "$root/sys"
  mountpoint -q "$root/dev" || mount --bind /dev "$root/dev"
  mountpoint -q "$root/dev/pts" || mount --bind /dev/pts "$root/dev/pts"
  mountpoint -q "$root/dev/shm" || mount -t tmpfs shm "$root/dev/shm"
}

hc_chroot_unmount ()
{
  local root=$1 fs
  for fs in dev/shm dev/pts dev sys proc; do
    mountpoint -q "$root/$fs" && umount -l "$root/$fs"
  done
  return 0
}

# Builds a new chroot beside the old one and swaps it in only when complete,
# so an interrupted run never leaves a half-made chroot to be reused.
hc_chroot_create ()
{
  local new="$hc_chroot_dir.new" available=() pkg
  hc_chroot_unmount "$new"
  rm -rf "$new"
  mkdir -p "$(dirname "$hc_chroot_dir")"
  echo "Making a Debian testing chroot in $hc_chroot_dir (a few minutes, once a week)"
  debootstrap --variant=minbase testing "$new" "$hc_chroot_mirror" \
    >"$new.log" 2>&1 || { tail -20 "$new.log" >&2; return 1; }
  # The Release files' Valid-Until can lie behind this machine's clock.
  echo 'Acquire::Check-Valid-Until "false";' >"$new/etc/apt/apt.conf.d/99headcount"
  cp /etc/resolv.conf "$new/etc/resolv.conf" 2>/dev/null || true
  hc_chroot_mount "$new"
  chroot "$new" env DEBIAN_FRONTEND=noninteractive apt-get update -q >>"$new.log" 2>&1 \
    || { hc_chroot_unmount "$new"; tail -20 "$new.log" >&2; return 1; }
  for pkg in "${hc_chroot_packages[@]}"; do
    if chroot "$new" apt-cache show "$pkg" >/dev/null 2>&1; then
      available+=("$pkg")
    else
      echo "note: Debian testing has no package $pkg; going on without it"
    fi
  done
  if ! chroot "$new" env DEBIAN_FRONTEND=noninteractive \
      apt-get install -y -q --no-install-recommends "${available[@]}" >>"$new.log" 2>&1; then
    hc_chroot_unmount "$new"
    tail -20 "$new.log" >&2
    return 1
  fi
  chroot "$new" apt-get clean
  hc_chroot_unmount "$new"
  touch "$new/.headcount-ready"
  hc_chroot_unmount "$hc_chroot_dir"
  rm -rf "$hc_chroot_dir"
  mv "$new" "$hc_chroot_dir"
  mv "$new.log" "$hc_chroot_dir.log"
}

# Installs into a made chroot what hc_chroot_packages gained since (a
# package added to the list needs no new chroot); the chroot is mounted.
hc_chroot_add_missing ()
{
  local missing=() pkg
  for pkg in "${hc_chroot_packages[@]}"; do
    chroot "$hc_chroot_dir" dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null \
      | grep -q 'install ok installed' || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing in the Debian testing chroot: ${missing[*]}"
  cp /etc/resolv.conf "$hc_chroot_dir/etc/resolv.conf" 2>/dev/null || true
  chroot "$hc_chroot_dir" env DEBIAN_FRONTEND=noninteractive apt-get update -q >/dev/null \
    && chroot "$hc_chroot_dir" env DEBIAN_FRONTEND=noninteractive \
         apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
    && chroot "$hc_chroot_dir" apt-get clean
}

# Prints GTK's and libadwaita's versions inside the chroot.
hc_chroot_versions ()
{
  chroot "$hc_chroot_dir" pkg-config --modversion gtk4 libadwaita-1 glib-2.0 \
    | paste -sd ' ' | awk '{ printf "GTK %s, libadwaita %s, GLib %s\n", $1, $2, $3 }'
}

# hc_chroot_ensure: makes or reuses the chroot; says why when it cannot.
hc_chroot_ensure ()
{
  local free
  if [ "$(id -u)" -ne 0 ]; then
    echo "error: the Debian testing stage needs root (debootstrap, chroot, mount)" >&2
    return 1
  fi
  if hc_chroot_is_fresh; then
    return 0
  fi
  free=$(hc_free_mb "$hc_chroot_dir")
  if [ "$free" -lt "$hc_chroot_min_free_mb" ]; then
    echo "error: not enough disk space for the Debian testing chroot:" \
         "$(dirname "$hc_chroot_dir") has ${free} MB free, it needs ${hc_chroot_min_free_mb} MB." \
         "Free some space or set HC_TESTING_CHROOT to a roomier place." >&2
    return 1
  fi
  command -v debootstrap >/dev/null || hc_as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends debootstrap
  hc_chroot_create
}

# hc_chroot_test BUILDDIR-NAME: copies the source into the chroot, builds it
# with -Werror and runs the whole suite there; the meson test log ends up in
# $hc_chroot_dir/src/BUILDDIR-NAME/meson-logs/testlog.json. Returns non-zero
# when the build or a test fails.
hc_chroot_test ()
{
  local build=$1 src="$hc_chroot_dir/src" rc=0
  rm -rf "$src"
  mkdir -p "$src"
  tar -C "$hc_top" --exclude='./_build*' --exclude='./.git' -cf - . | tar -C "$src" -xf -
  # The benchmark's window timer and the domain guides sit beside the clone.
  if [ -d "$hc_top/../shared" ]; then
    rm -rf "$hc_chroot_dir/shared"
    cp -r "$hc_top/../shared" "$hc_chroot_dir/shared"
  fi
  hc_chroot_mount "$hc_chroot_dir"
  hc_chroot_add_missing || { hc_chroot_unmount "$hc_chroot_dir"; return 1; }
  # The compiler cache, kept beside the host's (testing's gcc hashes apart
  # from Debian 12's): /src is copied afresh each run, so without it every
  # run would compile everything.
  mkdir -p "$hc_ccache_dir" "$hc_chroot_dir/ccache"
  mountpoint -q "$hc_chroot_dir/ccache" || mount --bind "$hc_ccache_dir" "$hc_chroot_dir/ccache"
  # UI tests bring their own display and bus (tests/ui/own-display.sh).
  chroot "$hc_chroot_dir" env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root \
    LANG=C.UTF-8 GSETTINGS_BACKEND=memory NO_AT_BRIDGE=1 CI="${CI:-}" \
    CC="ccache gcc" CCACHE_DIR=/ccache CCACHE_BASEDIR=/src CCACHE_NOHASHDIR=1 \
    sh -c "cd /src && meson setup $build -Dwerror=true \
           && ninja -C $build \
           && meson test -C $build --print-errorlogs --no-suite screenshots \
                --num-processes $hc_test_processes" || rc=1
  umount -l "$hc_chroot_dir/ccache" 2>/dev/null || true
  hc_chroot_unmount "$hc_chroot_dir"
  return $rc
}
