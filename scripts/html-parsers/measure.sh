#!/bin/sh
# Measures each candidate: its WASM size (gzipped, over a build with no parser), what it shows of
# broken markup, and its speed on the pages in pages/ (criterion). Run from this folder.
set -e
export CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-target}"
base() { cargo build -q --release --lib --target wasm32-unknown-unknown "$@" && \
  gzip -9c "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/html_parsers.wasm" | wc -c; }
none=$(base)
echo "no parser: $none B gzipped"
for c in gongkai tl html5gum lol_html scraper; do
  size=$(base --features "$c")
  echo "$c: wasm +$((size - none)) B gzipped"
  cargo run -q --release --features "$c" --bin robust | tail -1
done
for c in gongkai tl html5gum lol_html scraper; do
  CANDIDATE=$c cargo bench -q --features "$c" --bench parse -- --noplot 2>&1 | grep -A1 html_text
done
