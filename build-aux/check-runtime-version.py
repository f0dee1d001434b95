#!/usr/bin/env python3
# Checks that meson's flatpak_gnome_runtime is the GNOME runtime the Flatpak
# manifest builds against (runtime and SDK), so the GDK/ADW_VERSION_MAX_ALLOWED
# ceilings follow the manifest when it moves to a newer runtime; and that
# the runtime is not retired.
#
# GNOME releases twice a year, 48 in March 2025, 49 in September 2025 and so
# on; Flathub retires a runtime when the next-but-one comes out (47 on 15 Oct
# 2025, 48 on 24 Mar 2026), and from then on every user of the app gets an
# end-of-life warning on each update.  So this fails, naming the runtime to
# move to, once the schedule says the manifest's runtime is retired.
import datetime
import json
import sys


def released(version):
    """The first day of the month GNOME @version comes out, by the schedule."""
    half_years = version - 48
    year = 2025 + half_years // 2
    month = 3 if half_years % 2 == 0 else 9
    return datetime.date(year, month, 1)


def main():
    manifest_path, expected = sys.argv[1], sys.argv[2]
    today = datetime.date.fromisoformat(sys.argv[3]) if len(sys.argv) > 3 else datetime.date.today()
    with open(manifest_path, encoding="utf-8") as manifest_file:
        manifest = json.load(manifest_file)
    runtime = manifest.get("runtime-version")
    if (manifest.get("runtime") != "org.gnome.Platform" or manifest.get("sdk") != "org.gnome.Sdk"
            or runtime != expected):
        sys.exit(f"{manifest_path}: runtime is {manifest.get('runtime')} {runtime} (SDK "
                 f"{manifest.get('sdk')}); meson.build's flatpak_gnome_runtime says "
                 f"org.gnome.Platform {expected} with org.gnome.Sdk. Update "
                 "flatpak_gnome_runtime and gnome_runtime_versions together.")
    try:
        version = int(runtime)
    except (TypeError, ValueError):
        sys.exit(f"{manifest_path}: runtime-version {runtime!r} is not a GNOME release number")
    retired = released(version + 2)
    if today >= retired:
        current = version
        while released(current + 1) <= today:
            current += 1
        sys.exit(f"{manifest_path}: org.gnome.Platform {runtime} is retired since about "
                 f"{retired:%B %Y} (GNOME {version + 2} came out): every user gets an "
                 f"end-of-life warning. Move the manifest, flatpak_gnome_runtime and "
                 f"gnome_runtime_versions in meson.build to GNOME {current}.")
    print(f"Flatpak runtime org.gnome.Platform {runtime} matches meson.build and is "
          f"supported until about {retired:%B %Y}")


if __name__ == "__main__":
    main()
