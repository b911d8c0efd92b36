#!/usr/bin/env bash
# Serves the example form on http://127.0.0.1:${PORT:-8080}/examples/web/ (builds the package
# first if wasm/pkg/full/web is missing). The page imports ../../wasm/pkg/full/web/gongkai.js, so the
# repository root is served. Ctrl-C stops it.
set -euo pipefail
cd "$(dirname "$0")/.."
PORT=${PORT:-8080}
if [ ! -f wasm/pkg/full/web/gongkai_bg.wasm ]; then
  bash scripts/build-wasm.sh
fi
echo "serving http://127.0.0.1:$PORT/examples/web/"
exec python3 -m http.server "$PORT" --bind 127.0.0.1
