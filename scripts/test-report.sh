#!/usr/bin/env bash
# The assessment report in a real browser: the audit writes the HTML page, headless Chromium
# opens it from disk and takes a screenshot (target/report/report.png, to look at). Installs
# Chromium and a CJK font only when missing. Ends with `N passed, N failed`.
set -uo pipefail
cd "$(dirname "$0")/.."
out=target/report
mkdir -p "$out"
passed=0
failed=0
ok() { echo "ok: $*"; passed=$((passed + 1)); }
bad() { echo "FAILED: $*"; failed=$((failed + 1)); }

need=()
command -v chromium >/dev/null || need+=(chromium)
fc-list 2>/dev/null | grep -qi 'wqy\|noto sans cjk' || need+=(fonts-wqy-microhei)
if [ ${#need[@]} -gt 0 ]; then
  apt-get install -y --no-install-recommends "${need[@]}" >/dev/null 2>&1 ||
    { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends "${need[@]}" >/dev/null 2>&1; } ||
    echo "could not install ${need[*]}"
fi

cargo run --release --locked -q --example audit -- --today 2025-03-01 \
  --report "$out/report.html" --markdown "$out/report.md" >/dev/null
case $? in 0 | 1) ok "audit --report wrote $out/report.html" ;; *) bad "audit --report" ;; esac

if command -v chromium >/dev/null; then
  profile=$(mktemp -d)
  rm -f "$out/report.png"
  timeout 120 chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
    --disable-background-networking --disable-component-update --disable-sync \
    --disable-dev-shm-usage --user-data-dir="$profile" --window-size=1200,1600 \
    --screenshot="$out/report.png" "file://$PWD/$out/report.html" >/dev/null 2>&1
  rm -rf "$profile"
  size=$(stat -c %s "$out/report.png" 2>/dev/null || echo 0)
  # A blank page compresses to a few kilobytes; tables, charts and text do not.
  if [ "$size" -gt 50000 ]; then ok "screenshot $out/report.png ($size bytes)"; else bad "screenshot ($size bytes)"; fi
else
  bad "chromium is not available for the report screenshot"
fi

echo "$passed passed, $failed failed"
test "$failed" -eq 0
