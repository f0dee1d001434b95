#!/usr/bin/env python3
# Checks that meson's flatpak_gnome_runtime is the GNOME runtime the Flatpak
# manifest builds against, so the GDK/ADW_VERSION_MAX_ALLOWED ceilings follow
# the manifest when it moves to a newer runtime.
import json
import sys

manifest_path, expected = sys.argv[1], sys.argv[2]
with open(manifest_path, encoding="utf-8") as manifest_file:
    manifest = json.load(manifest_file)
runtime = manifest.get("runtime-version")
if manifest.get("runtime") != "org.gnome.Platform" or runtime != expected:
    sys.exit(f"{manifest_path}: runtime is {manifest.get('runtime')} {runtime}; "
             f"meson.build's flatpak_gnome_runtime says org.gnome.Platform {expected}. "
             "Update flatpak_gnome_runtime and gnome_runtime_versions together.")
print(f"Flatpak runtime org.gnome.Platform {runtime} matches meson.build")
