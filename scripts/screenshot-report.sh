#!/usr/bin/env bash
# Looks at a report the way a reader would: headless Chromium (Debian's
# package) renders it in light mode, in dark mode and as a printed PDF, and the
# first PDF page is turned into a PNG (pdftoppm, from poppler-utils).
#
#   scripts/screenshot-report.sh [REPORT.html] [OUTPUT-PREFIX]
#   default: output/report.html -> output/report-light.png, -dark.png, -print.pdf, -print-page-N.png
#
# Installs chromium and poppler-utils with apt-get when they are missing (only
# when this script runs; the tests never need a browser).
set -euo pipefail

report=${1:-output/report.html}
prefix=${2:-${report%.html}}
height=${HEIGHT:-2400}

if [ ! -f "$report" ]; then
  echo "screenshot-report: $report does not exist (make report writes it)" >&2
  exit 1
fi

install_missing() {
  local missing=()
  command -v chromium >/dev/null || missing+=(chromium)
  command -v pdftoppm >/dev/null || missing+=(poppler-utils)
  [ ${#missing[@]} -eq 0 ] && return
  echo "screenshot-report: installing ${missing[*]}"
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
}
install_missing

url="file://$(realpath "$report")"
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
common=(--headless --disable-gpu --no-sandbox --hide-scrollbars --user-data-dir="$profile"
        --no-first-run --disable-extensions --virtual-time-budget=2000)

chromium "${common[@]}" --window-size=1280,"$height" --screenshot="$prefix-light.png" "$url" 2>/dev/null
# Dark mode: prefers-color-scheme is emulated through Blink's setting (0 = dark);
# --force-dark-mode alone only darkens the browser's own UI.
chromium "${common[@]}" --window-size=1280,"$height" --force-dark-mode \
  --blink-settings=preferredColorScheme=0 --screenshot="$prefix-dark.png" "$url" 2>/dev/null
chromium "${common[@]}" --no-pdf-header-footer --print-to-pdf="$prefix-print.pdf" "$url" 2>/dev/null

if command -v pdftoppm >/dev/null; then
  pages="$profile/pages"
  mkdir -p "$pages"
  pdftoppm -png -r 60 -f 1 -l "${PAGES:-4}" "$prefix-print.pdf" "$pages/page"
  rm -f "$prefix"-print-page-*.png
  for page in "$pages"/page-*.png; do
    number=$(basename "$page" .png); number=$((10#${number#page-}))
    mv "$page" "$prefix-print-page-$number.png"
  done
  echo "screenshot-report: $prefix-light.png, $prefix-dark.png, $prefix-print.pdf, $prefix-print-page-1..${PAGES:-4}.png"
else
  echo "screenshot-report: $prefix-light.png, $prefix-dark.png, $prefix-print.pdf (no pdftoppm for PNGs of the pages)"
fi
