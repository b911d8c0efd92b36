#!/usr/bin/env bash
# Serves the example form on http://127.0.0.1:${PORT:-8080}/examples/web/ and the catalogue page on
# .../examples/web/catalogue.html (builds the package first if wasm/pkg/full/web or
# wasm/pkg/catalogue/web is missing). The pages import ../../wasm/pkg/{full,catalogue}/web/gongkai.js,
# so the repository root is served. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8080}
if [ ! -f wasm/pkg/full/web/gongkai_bg.wasm ] || [ ! -f wasm/pkg/catalogue/web/gongkai_bg.wasm ]; then
  bash scripts/build-wasm.sh
fi
echo "serving http://127.0.0.1:$PORT/examples/web/ (the catalogue page: examples/web/catalogue.html)"
exec python3 -m http.server "$PORT" --bind 127.0.0.1
