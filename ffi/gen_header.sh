#!/usr/bin/env bash
# Regenerates ffi/include/gongkai.h with the pinned cbindgen (the build script of gongkai-ffi).
#   ffi/gen_header.sh           write the header
#   ffi/gen_header.sh --verify  fail if the committed header differs from what cbindgen generates
set -euo pipefail
cd "$(dirname "$0")/.."
mode=write
if [ "${1:-}" = "--verify" ]; then mode=verify; fi
GONGKAI_HEADER=$mode cargo build -p gongkai-ffi --lib --locked -q
if [ "$mode" = verify ]; then
  echo "ffi/include/gongkai.h is up to date"
else
  git diff --stat -- ffi/include/gongkai.h
fi
