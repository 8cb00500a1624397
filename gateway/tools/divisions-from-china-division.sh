#!/usr/bin/env bash
# Regenerates the gateway's tables of divisions (GB/T 2260 行政区划代码 and names) from the npm
# package china-division (MIT): the files under gateway/src/main/resources/divisions/ are data
# converted by this script, never edited by hand.
#   gateway/tools/divisions-from-china-division.sh [version]     (default 2.7.0; needs npm)
set -euo pipefail

version="${1:-2.7.0}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/main/resources/divisions"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm pack --silent "china-division@$version" >/dev/null && tar xzf "china-division-$version.tgz")
dist="$work/package/dist"

# dist/*.csv: a header row, then code,"name",… ; only code and name are kept (the code's digits
# already say the city and province above it).
rows() {
    tail -n +2 "$1" | tr -d '\r' | awk -F, '{ name = $2; gsub(/"/, "", name); print $1 "," name }'
}

{
    echo "# 行政区划代码 (GB/T 2260) of the provinces (2 digits) and cities (4 digits) and their names,"
    echo "# converted from dist/provinces.csv and dist/cities.csv of the npm package china-division $version (MIT)."
    echo "code,name"
    rows "$dist/provinces.csv"
    rows "$dist/cities.csv"
} > "$out/provinces-and-cities.csv"

{
    echo "# 行政区划代码 (GB/T 2260) of the counties (区, 县, 县级市, 旗: 6 digits) and their names,"
    echo "# converted from dist/areas.csv of the npm package china-division $version (MIT)."
    echo "code,name"
    rows "$dist/areas.csv"
} > "$out/counties.csv"

echo "Wrote $out/provinces-and-cities.csv and $out/counties.csv from china-division $version"
