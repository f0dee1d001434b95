#!/usr/bin/env bash
# Installs the build into a temporary folder with `meson install --destdir`
# and checks that the desktop file, metainfo, icons, MIME type and GSettings
# schema land in the standard places and are valid there, and that with the
# MIME database built from the installed XML a .headcount file is a plan.
# Usage: check-install.sh MESON BUILDDIR PREFIX APP-ID EXAMPLE-PLAN
# Exit status 77 (skipped) when a tool it needs is missing.
set -u

meson=$1 builddir=$2 prefix=$3 app_id=$4 example=$5
failed=0

fail ()
{
  echo "not ok: $*"
  failed=1
}

ok ()
{
  echo "ok: $*"
}

# check WHAT COMMAND…: WHAT holds when COMMAND succeeds.
check ()
{
  local what=$1
  shift
  if "$@"; then ok "$what"; else fail "$what"; fi
}

for tool in desktop-file-validate appstreamcli update-mime-database glib-compile-schemas gio; do
  command -v "$tool" >/dev/null || { echo "skipped: $tool is not installed"; exit 77; }
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/hc-install-XXXXXX") || exit 1
trap 'rm -rf "$tmp"' EXIT
dest=$tmp/dest
share=$dest$prefix/share

if ! "$meson" install -C "$builddir" --no-rebuild --quiet --destdir "$dest" \
     >"$tmp/install.log" 2>&1; then
  cat "$tmp/install.log"
  echo "not ok: meson install failed"
  exit 1
fi
ok "meson install --destdir"

desktop=$share/applications/$app_id.desktop
metainfo=$share/metainfo/$app_id.metainfo.xml
mime_xml=$share/mime/packages/$app_id.xml
schema=$share/glib-2.0/schemas/$app_id.gschema.xml
icon=$share/icons/hicolor/scalable/apps/$app_id.svg
symbolic=$share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg

for f in "$dest$prefix/bin/headcount" "$desktop" "$metainfo" "$mime_xml" "$schema" "$icon" "$symbolic"; do
  if [ -s "$f" ]; then ok "installed ${f#"$dest"}"; else fail "missing ${f#"$dest"}"; fi
done

if desktop-file-validate "$desktop"; then ok "desktop file validates"; else fail "desktop-file-validate"; fi
check "desktop file names the plan type and its old name" \
  grep -qx 'MimeType=application/x-headcount+json;application/x-headcount;' "$desktop"
check "desktop file names the icon" grep -qx "Icon=$app_id" "$desktop"

if appstreamcli validate --no-net "$metainfo" >"$tmp/as.log" 2>&1; then
  ok "metainfo validates"
else
  cat "$tmp/as.log"
  fail "appstreamcli validate --no-net"
fi
check "metainfo launches the installed desktop file" \
  grep -q "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" "$metainfo"

mkdir -p "$tmp/schemas"
if glib-compile-schemas --strict --targetdir="$tmp/schemas" "$share/glib-2.0/schemas"; then
  ok "installed schema compiles"
else
  fail "glib-compile-schemas --strict on the installed schema"
fi

for svg in "$icon" "$symbolic"; do
  if grep -q '<svg' "$svg"; then ok "${svg##*/} is an SVG"; else fail "${svg##*/} is not an SVG"; fi
done

# The MIME database from the installed XML alone; the system's (for
# application/json) comes after it.
if update-mime-database "$share/mime" >"$tmp/mime.log" 2>&1; then
  ok "update-mime-database on the installed XML"
else
  cat "$tmp/mime.log"
  fail "update-mime-database"
fi
check "application/x-headcount is an alias of application/x-headcount+json" \
  grep -qx 'application/x-headcount application/x-headcount+json' "$share/mime/aliases"
check "the plan type is a sub-class of application/json" \
  grep -qx 'application/x-headcount+json application/json' "$share/mime/subclasses"

cp "$example" "$tmp/plan.headcount"
type=$(env XDG_DATA_HOME="$tmp/no-home" XDG_DATA_DIRS="$share:/usr/local/share:/usr/share" \
         gio info -a standard::content-type "$tmp/plan.headcount" 2>&1 \
       | sed -n 's/^ *standard::content-type: //p')
if [ "$type" = "application/x-headcount+json" ]; then
  ok "a .headcount file is application/x-headcount+json"
else
  fail "a .headcount file is '$type', not application/x-headcount+json"
fi

exit $failed
