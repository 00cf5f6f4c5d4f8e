#!/usr/bin/env bash
# Re-exports the README's screenshots of the built-in scenario with the built viewer, with the
# commands the README gives under each (run from the repository's top folder after a build).
set -euo pipefail
cd "$(dirname "$0")/../.."
atlas=${ATLAS:-build/release/karabakh-atlas}
out=resources/screenshots
"$atlas" export -o "$out/builtin-2021-08-31.png" --size 1600x1000
for d in 1992-06-01 1993-09-01 2019-06-01 2020-11-05 2020-11-15 2022-09-15 2023-01-15 2023-10-01; do
    "$atlas" export -o "$out/builtin-$d.png" --date "$d" --size 1200x780
done
