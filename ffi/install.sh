#!/usr/bin/env bash
# Builds libgongkai and installs it under a prefix:
#   PREFIX/include/gongkai.h, PREFIX/lib/libgongkai.{so,a}, PREFIX/lib/pkgconfig/gongkai.pc
#
#   ffi/install.sh [--debug] PREFIX        (default profile: release)
set -euo pipefail
cd "$(dirname "$0")/.."
profile=release
if [ "${1:-}" = "--debug" ]; then profile=debug; shift; fi
prefix=${1:?usage: ffi/install.sh [--debug] PREFIX}
mkdir -p "$prefix"
prefix=$(cd "$prefix" && pwd)

flags=()
[ "$profile" = release ] && flags=(--release)
cargo build -p gongkai-ffi --lib --locked -q "${flags[@]}"
# The system libraries a C program must link along with the static library.
native=$(cargo rustc -p gongkai-ffi --lib --locked -q "${flags[@]}" --crate-type staticlib \
  -- --print native-static-libs 2>&1 | sed -n 's/.*native-static-libs: //p' | tail -n 1)
version=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)
target_dir=$(cargo metadata --format-version 1 --no-deps | sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p')

mkdir -p "$prefix/include" "$prefix/lib/pkgconfig"
cp ffi/include/gongkai.h "$prefix/include/"
cp "$target_dir/$profile/libgongkai.so" "$target_dir/$profile/libgongkai.a" "$prefix/lib/"
sed -e "s|@PREFIX@|$prefix|" -e "s|@VERSION@|$version|" -e "s|@NATIVE_STATIC_LIBS@|$native|" \
  ffi/gongkai.pc.in >"$prefix/lib/pkgconfig/gongkai.pc"
echo "installed libgongkai $version ($profile) in $prefix"
echo "  static link: $prefix/lib/libgongkai.a $native"
