# shellcheck shell=bash
# A Flatpak runtime and SDK pair made from the Debian testing chroot (see
# build-aux/testing-chroot.sh), for building and running the app's manifest
# where Flathub cannot be reached. Both share one /usr tree, exported to a
# local OSTree repository and installed from it into a Flatpak installation
# of their own; all of it lives outside the clone and is rebuilt once a week.
# Sourced by build-aux/flatpak-check; needs root (chroot, mount).

# shellcheck source=build-aux/testing-chroot.sh
source "$(dirname "${BASH_SOURCE[0]}")/testing-chroot.sh"

hc_flatpak_cache=${HC_FLATPAK_CACHE:-/var/cache/headcount/flatpak}
hc_flatpak_runtime_dir=$hc_flatpak_cache/runtime
hc_flatpak_repo=$hc_flatpak_cache/repo
hc_flatpak_remote=headcount-local
hc_flatpak_platform=org.headcount.LocalPlatform
hc_flatpak_sdk=org.headcount.LocalSdk
hc_flatpak_branch=testing
hc_flatpak_arch=$(uname -m)
# The copied chroot (~1.5 GB), the repository (~0.5 GB compressed) and the
# installed pair (~1.5 GB), plus the app's build.
hc_flatpak_min_free_mb=5000
hc_flatpak_max_age_days=7

# Flatpak keeps its own installation here, so the check never touches the
# machine's user or system installations.
export FLATPAK_USER_DIR=$hc_flatpak_cache/installation

# What the runtime needs beyond the testing chroot's build packages:
# appstreamcli compose for flatpak-builder's compose step.
hc_flatpak_extra_packages=(appstream-compose)

hc_flatpak_runtime_is_fresh ()
{
  [ -f "$hc_flatpak_runtime_dir/.headcount-ready" ] \
    && [ -z "$(find "$hc_flatpak_runtime_dir/.headcount-ready" -mtime +"$hc_flatpak_max_age_days")" ] \
    && flatpak --user info "$hc_flatpak_sdk//$hc_flatpak_branch" >/dev/null 2>&1 \
    && flatpak --user info "$hc_flatpak_platform//$hc_flatpak_branch" >/dev/null 2>&1
}

# flatpak-builder 1.2 runs appstream-glib's appstream-compose in the SDK;
# Debian testing ships only AppStream's compose, which this wrapper calls
# with the arguments flatpak-builder passes (--prefix, --origin,
# --basename, the component id). $1 is the runtime's /usr tree.
hc_flatpak_write_compose_wrapper ()
{
  cat >"$1/bin/appstream-compose" <<'WRAPPER'
#!/bin/sh
# appstream-compose (appstream-glib) as flatpak-builder 1.2 calls it, served
# by `appstreamcli compose` the way flatpak-builder 1.3 calls that: the
# catalog is named after the app (--origin), PNG icons go where
# `flatpak build-export` looks for them.
prefix=/app origin=flatpak basename=
for arg in "$@"; do
  case $arg in
    --prefix=*) prefix=${arg#--prefix=} ;;
    --origin=*) origin=${arg#--origin=} ;;
    --basename=*) basename=${arg#--basename=} ;;
  esac
done
[ -n "$basename" ] || { echo "appstream-compose: no --basename" >&2; exit 1; }
# flatpak-builder 1.2 has renamed the metainfo to the old appdata name,
# which AppStream's compose no longer reads: put it back.
appdata=$prefix/share/appdata/$basename.appdata.xml
if [ -f "$appdata" ]; then
  mkdir -p "$prefix/share/metainfo"
  mv "$appdata" "$prefix/share/metainfo/$basename.metainfo.xml"
  rmdir "$prefix/share/appdata" 2>/dev/null
fi
exec appstreamcli compose --no-color --no-net --image-format=png --prefix=/ \
  --origin="$basename" --result-root="$prefix" \
  --data-dir="$prefix/share/app-info/xmls" \
  --icons-dir="$prefix/share/app-info/icons/$origin" \
  --components="$basename" "$prefix"
WRAPPER
  chmod 755 "$1/bin/appstream-compose"
}

# hc_flatpak_export_runtime DIR ID: exports DIR (files/ and metadata) as ID.
hc_flatpak_export_runtime ()
{
  local dir=$1 id=$2
  cat >"$dir/metadata" <<META
[Runtime]
name=$id
runtime=$hc_flatpak_platform/$hc_flatpak_arch/$hc_flatpak_branch
sdk=$hc_flatpak_sdk/$hc_flatpak_arch/$hc_flatpak_branch
META
  flatpak build-export --runtime --files=files --no-update-summary \
    "$hc_flatpak_repo" "$dir" "$hc_flatpak_branch"
}

# Builds the pair from a copy of the testing chroot and installs it; the
# previous pair stays in use until the new one is complete.
hc_flatpak_runtime_create ()
{
  local new=$hc_flatpak_runtime_dir.new root log=$hc_flatpak_cache/runtime.log
  mkdir -p "$hc_flatpak_cache"
  : >"$log"
  hc_chroot_unmount "$new/root"
  rm -rf "$new"
  mkdir -p "$new"
  root=$new/root
  echo "Making the Flatpak runtime pair from $hc_chroot_dir (a few minutes, once a week)"
  # -x: never descend into a /proc or /dev mounted by a concurrent run.
  cp -ax "$hc_chroot_dir" "$root"
  rm -rf "${root:?}/src" "${root:?}/shared" "$root/.headcount-ready"
  hc_chroot_mount "$root"
  if ! chroot "$root" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${hc_flatpak_extra_packages[@]}" \
        >>"$log" 2>&1; then
    hc_chroot_unmount "$root"
    tail -20 "$log" >&2
    return 1
  fi
  chroot "$root" apt-get clean
  hc_chroot_unmount "$root"

  # A runtime is a /usr tree; its /etc goes to files/etc, where flatpak
  # looks for it. flatpak runs ldconfig from /usr/bin only.
  mkdir -p "$new/files"
  mv "$root/usr"/* "$new/files/"
  cp -a "$root/etc" "$new/files/etc"
  rm -rf "$root"
  [ -e "$new/files/bin/ldconfig" ] || ln -s ../sbin/ldconfig "$new/files/bin/ldconfig"
  hc_flatpak_write_compose_wrapper "$new/files"

  # The repository is kept from one pair to the next: files that did not
  # change are not compressed again, and the old commits are pruned.
  [ -d "$hc_flatpak_repo/objects" ] \
    || ostree init --mode=archive-z2 --repo="$hc_flatpak_repo" >>"$log" 2>&1
  { hc_flatpak_export_runtime "$new" "$hc_flatpak_sdk" \
      && hc_flatpak_export_runtime "$new" "$hc_flatpak_platform" \
      && flatpak build-update-repo --prune --prune-depth=0 "$hc_flatpak_repo"; } >>"$log" 2>&1 \
    || { tail -20 "$log" >&2; return 1; }
  rm -rf "$new/files"

  flatpak --user remote-delete --force "$hc_flatpak_remote" >/dev/null 2>&1 || true
  flatpak --user uninstall -y --noninteractive --all >>"$log" 2>&1 || true
  { flatpak --user remote-add --no-gpg-verify "$hc_flatpak_remote" "$hc_flatpak_repo" \
      && flatpak --user install -y --noninteractive "$hc_flatpak_remote" \
           "$hc_flatpak_sdk//$hc_flatpak_branch" "$hc_flatpak_platform//$hc_flatpak_branch"; } \
    >>"$log" 2>&1 || { tail -20 "$log" >&2; return 1; }

  touch "$new/.headcount-ready"
  rm -rf "$hc_flatpak_runtime_dir"
  mv "$new" "$hc_flatpak_runtime_dir"
}

# hc_flatpak_runtime_ensure: makes or reuses the pair; says why when it cannot.
hc_flatpak_runtime_ensure ()
{
  local free
  if hc_flatpak_runtime_is_fresh; then
    return 0
  fi
  free=$(hc_free_mb "$hc_flatpak_cache")
  if [ "$free" -lt "$hc_flatpak_min_free_mb" ]; then
    echo "error: not enough disk space for the Flatpak runtime pair:" \
         "$(dirname "$hc_flatpak_cache") has ${free} MB free, it needs ${hc_flatpak_min_free_mb} MB." \
         "Free some space or set HC_FLATPAK_CACHE to a roomier place." >&2
    return 1
  fi
  hc_chroot_ensure || return 1
  hc_flatpak_runtime_create
}
