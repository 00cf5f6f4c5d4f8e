#!/usr/bin/env bash
# Builds the Debian package, checks it with lintian, installs it with apt, runs the installed
# program (--version, info --json, an export) and removes the package again.
# Run from anywhere as root (or with sudo available) after packaging/install-deps.sh and a
# configured release build. CI runs it; it leaves the system as it found it.
set -euo pipefail
cd "$(dirname "$0")/.."

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi

cmake --build --preset release --target package
debs=(build/release/karabakh-atlas_*.deb)
if [ "${#debs[@]}" -ne 1 ]; then
    echo "check-deb: expected one package in build/release, found: ${debs[*]}" >&2
    exit 1
fi
deb="${debs[0]}"
echo "check-deb: $deb"
dpkg-deb --field "$deb" Package Version Architecture Section Depends

if command -v lintian >/dev/null; then
    # Errors fail the check; each warning kept is listed, with why, in packaging/lintian-kept.txt.
    lintian --fail-on error --suppress-tags-from-file packaging/lintian-kept.txt "$deb"
else
    echo "check-deb: lintian not installed, skipped (packaging/install-deps.sh installs it)" >&2
fi

if dpkg-query -W -f='${Status}' karabakh-atlas 2>/dev/null | grep -q "install ok installed"; then
    echo "check-deb: karabakh-atlas is already installed; not touching it" >&2
    exit 1
fi
work=$(mktemp -d)
cleanup() {
    $SUDO env DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq karabakh-atlas >/dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "./$deb" >/dev/null
installed=/usr/bin/karabakh-atlas
test -x "$installed"
test -f /usr/share/man/man1/karabakh-atlas.1.gz
test -f /usr/share/doc/karabakh-atlas/copyright
test -f /usr/share/applications/io.github.karabakh_atlas.KarabakhAtlas.desktop
test -f /usr/share/metainfo/io.github.karabakh_atlas.KarabakhAtlas.metainfo.xml
test -f /usr/share/icons/hicolor/scalable/apps/io.github.karabakh_atlas.KarabakhAtlas.svg

(cd "$work" && env -u DISPLAY -u WAYLAND_DISPLAY "$installed" --version)
(cd "$work" && env -u DISPLAY -u WAYLAND_DISPLAY "$installed" info --json >info.json)
grep -q '"layers"' "$work/info.json"
(cd "$work" && env -u DISPLAY -u WAYLAND_DISPLAY "$installed" export -o map.png --size 400x300 --date 2020-11-15)
head -c 8 "$work/map.png" | od -An -c | grep -q 'P   N   G'
if [ -x /usr/bin/update-mime-database ]; then
    # shared-mime-info's dpkg trigger compiled our type into the system database.
    test -f /usr/share/mime/application/x-karabakh-atlas-project.xml
fi
echo "check-deb: the installed package runs: --version, info --json and export passed"
