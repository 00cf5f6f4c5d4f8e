#!/usr/bin/env bash
# Installs the Debian 12 packages Karabakh Atlas needs to build, test and run.
# Safe to run repeatedly: it installs only what is missing.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-svg-dev libqt6svg6 qt6-qpa-plugins
    libgl-dev libvulkan-dev
    libgdal-dev gdal-bin libproj-dev proj-data
    fonts-dejavu-core
    poppler-utils
    qt6-l10n-tools qt6-tools-dev qt6-translations-l10n
    ffmpeg file desktop-file-utils appstream shared-mime-info lintian
    git clang clang-format libclang-rt-14-dev ccache
    postgresql-15 postgresql-15-postgis-3
)

missing=()
for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$p")
    fi
done

if [ "${#missing[@]}" -eq 0 ]; then
    exit 0
fi

echo "Installing: ${missing[*]}"
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
    SUDO="sudo"
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
