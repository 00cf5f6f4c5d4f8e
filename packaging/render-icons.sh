#!/usr/bin/env bash
# Renders the application icon's PNG sizes for the hicolor theme from its SVG (needs
# librsvg2-bin). The PNGs are committed, so building needs no SVG renderer; run this after
# changing the SVG.
set -euo pipefail
cd "$(dirname "$0")/../resources/icons"
id=io.github.karabakh_atlas.KarabakhAtlas
for size in 16 22 24 32 48 64 128 256; do
    mkdir -p "hicolor/${size}x${size}"
    rsvg-convert -w "$size" -h "$size" "$id.svg" -o "hicolor/${size}x${size}/$id.png"
done
