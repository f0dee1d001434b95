#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Checks that every catalogue in po/LINGUAS translates every message the
# sources hold today: extracts a fresh template from POTFILES.in (as
# `ninja headcount-pot` does), merges each .po with it in a scratch folder
# and fails on any untranslated or fuzzy message, and on a source file
# with marked strings that POTFILES.in does not list.  po/README.md says
# how to fix what it reports.
#
#   check-po.sh SRCDIR SCRATCHDIR
set -eu

srcdir=$1
work=$2
mkdir -p "$work"
cd "$srcdir"

status=0
for f in $(grep -lE '(^|[^A-Za-z_])(N?C?_|g_dngettext) ?\(|translatable="yes"' \
             $(find src -name '*.c' | sort) ui/*.ui 2>/dev/null); do
  if ! grep -qx "$f" po/POTFILES.in; then
    echo "po/POTFILES.in does not list $f, which has translatable strings"
    status=1
  fi
done

files=$(grep -v '^#' po/POTFILES.in | grep -v '^$')
# The keywords of meson's "glib" preset.
xgettext --package-name=headcount --from-code=UTF-8 --add-comments \
  --keyword=_ --keyword=N_ --keyword=C_:1c,2 --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 --keyword=g_dngettext:2,3 --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format --flag=C_:2:pass-c-format --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format --flag=g_strdup_printf:1:c-format \
  -o "$work/headcount.pot" $files 2>"$work/xgettext.log" || {
  cat "$work/xgettext.log"
  exit 1
}

for lang in $(grep -v '^#' po/LINGUAS); do
  msgmerge --quiet --no-fuzzy-matching -o "$work/$lang.po" "po/$lang.po" "$work/headcount.pot"
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$work/$lang.po" 2>&1) || {
    echo "po/$lang.po: $stats"
    status=1
    continue
  }
  echo "po/$lang.po: $stats"
  case "$stats" in
    *untranslated*|*fuzzy*)
      echo "po/$lang.po is not complete: run 'ninja -C _build headcount-pot headcount-update-po' and translate what is new (po/README.md)"
      { msgattrib --untranslated "$work/$lang.po"; msgattrib --only-fuzzy "$work/$lang.po"; } \
        | grep '^msgid "' | grep -v '^msgid ""$' | head -20 || true
      status=1
      ;;
  esac
done
exit $status
