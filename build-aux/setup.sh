# shellcheck shell=bash
# Shared set-up for build-aux/run and build-aux/test (sourced, not run):
# installs what is missing on Debian/Ubuntu (apt-get) or Fedora (dnf), then
# configures and builds a meson build directory.

hc_top=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

# Everything the build, the app and the test suites need, in one place:
# locales-all for the de_DE runs, clang and its sanitizer runtime
# (libclang-rt-dev, libclang-rt-14-dev on Debian 12) for the fuzz target,
# debootstrap for the Debian testing stage (build-aux/testing-check);
# flatpak, flatpak-builder, ostree, the document and file-chooser portals,
# xwd (x11-apps) and xdotool for build-aux/flatpak-check; git for the test
# that runs git diff over a plan with headcount --textconv.
hc_debian_packages=(
  meson ninja-build pkg-config gcc
  libglib2.0-dev libglib2.0-bin libjson-glib-dev
  libgtk-4-dev libadwaita-1-dev libcairo2-dev libpango1.0-dev libpng-dev zlib1g-dev
  gettext desktop-file-utils appstream appstream-util shared-mime-info
  libxml2-utils poppler-utils python3
  xvfb xauth dbus dbus-x11 libxtst-dev
  adwaita-icon-theme hicolor-icon-theme fonts-dejavu-core fonts-cantarell
  locales-all clang libclang-rt-dev debootstrap ccache git
  flatpak flatpak-builder ostree xdg-desktop-portal xdg-desktop-portal-gtk
  x11-apps xdotool
)
hc_fedora_packages=(
  meson ninja-build pkgconf-pkg-config gcc libasan libubsan
  glib2-devel json-glib-devel
  gtk4-devel libadwaita-devel cairo-devel pango-devel libpng-devel zlib-devel
  gettext desktop-file-utils appstream libappstream-glib shared-mime-info
  libxml2 poppler-utils python3
  xorg-x11-server-Xvfb xorg-x11-xauth dbus-daemon dbus-x11 libXtst-devel
  adwaita-icon-theme hicolor-icon-theme dejavu-sans-fonts abattis-cantarell-fonts
  glibc-langpack-de clang compiler-rt debootstrap ccache git
  flatpak flatpak-builder ostree xdg-desktop-portal xdg-desktop-portal-gtk
  xwd xdotool
)

# The compiler cache every build shares (the plain, sanitizer and fuzz
# builds, and the Debian testing chroot's beside them), outside the clone:
# a fresh clone lives in a new folder, so paths are hashed relative to it
# (CCACHE_BASEDIR) and the working directory not at all (CCACHE_NOHASHDIR).
hc_ccache_dir=${HC_CCACHE_DIR:-/var/cache/headcount/ccache}

# Tests at once: UI tests mostly wait on their displays and timers, so
# twice the cores keeps the two cores busy.
hc_test_processes=${HC_TEST_PROCESSES:-$(( $(nproc) * 2 ))}

# hc_use_ccache COMPILER: sets CC to COMPILER through ccache when there is
# one (and CC is not set already).
hc_use_ccache ()
{
  [ -n "${CC:-}" ] && return 0
  if command -v ccache >/dev/null && mkdir -p "$hc_ccache_dir" 2>/dev/null; then
    export CC="ccache $1" CCACHE_DIR=$hc_ccache_dir CCACHE_BASEDIR=$hc_top CCACHE_NOHASHDIR=1
  fi
}

hc_as_root ()
{
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  else
    sudo "$@"
  fi
}

hc_install_debian ()
{
  local missing=() pkg
  for pkg in "${hc_debian_packages[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
      || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  hc_as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
  hc_as_root env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y -q --no-install-recommends "${missing[@]}"
}

hc_install_fedora ()
{
  local missing=() pkg
  for pkg in "${hc_fedora_packages[@]}"; do
    rpm -q "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "Installing: ${missing[*]}"
  hc_as_root dnf install -y "${missing[@]}"
}

hc_install_deps ()
{
  if command -v dpkg-query >/dev/null && command -v apt-get >/dev/null; then
    hc_install_debian
  elif command -v rpm >/dev/null && command -v dnf >/dev/null; then
    hc_install_fedora
  else
    echo "Neither apt-get nor dnf found: install the packages listed in" \
         "build-aux/setup.sh by hand." >&2
    return 1
  fi
}

# hc_configure BUILDDIR [MESON-OPTION…]: set up BUILDDIR, or reconfigure it
# with the given options when it exists already.
hc_configure ()
{
  local builddir=$1
  shift
  if [ -f "$builddir/meson-private/coredata.dat" ]; then
    meson setup --reconfigure "$builddir" "$hc_top" "$@" \
      || meson setup --wipe "$builddir" "$hc_top" "$@"
  else
    meson setup "$builddir" "$hc_top" "$@"
  fi
}

# hc_build BUILDDIR [MESON-OPTION…]
hc_build ()
{
  hc_configure "$@" || return 1
  ninja -C "$1"
}
