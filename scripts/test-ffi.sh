#!/usr/bin/env bash
# The C ABI's tests, runnable on a fresh machine: builds libgongkai and installs it under
# target/ffi-tests/prefix (header, .so, .a, gongkai.pc), checks the committed header against
# cbindgen, compiles the C suite (ffi/tests/c) with -std=c99 -Wall -Wextra -Werror -pedantic and
# runs it plain, under ASan/UBSan and under valgrind, compiles the header as C++, and builds and
# runs examples/c/audit_one.c against the shared library (through pkg-config) and the static one.
# Installs gcc, g++, valgrind and pkg-config only when missing. Ends with `N passed, N failed`.
#
# Options (environment):
#   GONGKAI_FFI_PROFILE=release   test the release build (default: debug, the faster to build)
#   GONGKAI_MIRI=1                also run `cargo +nightly miri test -p gongkai-ffi` (minutes);
#                                 skipped when the nightly toolchain or Miri is unavailable
#   GONGKAI_FUZZ_SECONDS=N        also run each fuzz target for N seconds (needs nightly and
#                                 cargo-fuzz, installed when missing)
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
skipped=0
step() { printf '\n== %s\n' "$*"; }
check() {
  local name=$1
  shift
  if "$@"; then
    echo "ok: $name"
    passed=$((passed + 1))
  else
    echo "FAILED: $name"
    failed=$((failed + 1))
  fi
}

need() { # need COMMAND DEBIAN-PACKAGE
  command -v "$1" >/dev/null 2>&1 && return 0
  echo "installing $2"
  if [ -z "${apt_updated:-}" ]; then
    apt-get update -qq >/dev/null && apt_updated=1
  fi
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$2" >/dev/null
}

step "tools"
need gcc gcc
need g++ g++
need valgrind valgrind
need pkg-config pkg-config

profile=${GONGKAI_FFI_PROFILE:-debug}
out=target/ffi-tests
prefix=$PWD/$out/prefix
rm -rf "$out"
mkdir -p "$out"
export PKG_CONFIG_PATH=$prefix/lib/pkgconfig
CFLAGS=(-std=c99 -Wall -Wextra -Werror -pedantic -g)

step "build libgongkai ($profile) and install it in $prefix"
install_flags=()
[ "$profile" = debug ] && install_flags=(--debug)
check "build and install" bash ffi/install.sh "${install_flags[@]}" "$prefix"
native=$(pkg-config --variable=native_static_libs gongkai 2>/dev/null)
static=("$prefix/lib/libgongkai.a" $native)

step "the committed header is what cbindgen generates"
header_current() {
  bash ffi/gen_header.sh --verify || return 1
  # In a git checkout, the header must also be committed as generated.
  if git rev-parse --git-dir >/dev/null 2>&1; then
    git diff --exit-code -- ffi/include/gongkai.h
  fi
}
check "header up to date (ffi/gen_header.sh --verify)" header_current

step "the Rust docs of the C ABI (warnings are errors)"
# `doc = false` keeps gongkai-ffi out of `cargo doc --workspace` (its crate name is core's);
# `cargo rustdoc` documents it anyway, into target/doc/gongkai, over core's pages.
check "cargo rustdoc -p gongkai-ffi -- -D warnings" cargo rustdoc -p gongkai-ffi --lib --locked -q -- -D warnings

step "the header compiles as C99 and as C++"
check "header as C99" gcc -x c "${CFLAGS[@]}" -fsyntax-only ffi/include/gongkai.h
check "header as C++11" g++ -x c++ -std=c++11 -Wall -Wextra -Werror -pedantic -fsyntax-only ffi/include/gongkai.h
cpp_use() {
  printf '#include "gongkai.h"\nint main() { gongkai_engine *e = nullptr;\n  gongkai_status s = gongkai_engine_new(nullptr, 0, &e);\n  gongkai_engine_free(e);\n  return s == GONGKAI_STATUS_OK ? 0 : 1; }\n' >"$out/use.cpp"
  g++ -std=c++11 -Wall -Wextra -Werror -pedantic -I"$prefix/include" "$out/use.cpp" "${static[@]}" -o "$out/use_cpp" && "$out/use_cpp"
}
check "C++ program links and calls the library" cpp_use

step "C suite: compile (-std=c99 -Wall -Wextra -Werror -pedantic) and run"
suite=(ffi/tests/c/*.c)
check "C suite compiles" gcc "${CFLAGS[@]}" -I"$prefix/include" "${suite[@]}" "${static[@]}" -o "$out/c_tests"
check "C suite passes" "$out/c_tests" .

step "C suite under AddressSanitizer and UndefinedBehaviorSanitizer"
asan() {
  gcc "${CFLAGS[@]}" -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer \
    -I"$prefix/include" "${suite[@]}" "${static[@]}" -o "$out/c_tests_asan" &&
    ASAN_OPTIONS=detect_leaks=1:abort_on_error=0 UBSAN_OPTIONS=print_stacktrace=1 "$out/c_tests_asan" .
}
check "C suite under ASan/UBSan" asan

step "C suite under valgrind"
grind() {
  # The suppressions name the notice reader's two once-built tables (still reachable by design).
  valgrind -q --error-exitcode=1 --leak-check=full --errors-for-leak-kinds=all \
    --num-callers=60 --suppressions=ffi/tests/c/valgrind.supp \
    --show-leak-kinds=definite,indirect,possible "$out/c_tests" .
}
check "C suite under valgrind (0 errors, 0 leaks)" grind

step "examples/c/audit_one.c"
example() { # example NAME BUILD-ARGS...
  local name=$1
  shift
  gcc "${CFLAGS[@]}" examples/c/audit_one.c "$@" -o "$out/$name" || return 1
  LD_LIBRARY_PATH=$prefix/lib "$out/$name" >"$out/$name.out" 2>&1
  local code=$?
  # The built-in record is published late: exit 1, with the finding and the due date printed.
  [ "$code" -eq 1 ] && grep -q "deadline.missed  /publishedOn" "$out/$name.out" &&
    grep -q "publish by 20241009" "$out/$name.out" &&
    grep -q "91110000600037341K: 统一社会信用代码校验码错误" "$out/$name.out" ||
    { cat "$out/$name.out"; return 1; }
}
# shellcheck disable=SC2046
check "example, shared library via pkg-config" example audit_one $(pkg-config --cflags --libs gongkai)
check "example, static library" example audit_one_static -I"$prefix/include" "${static[@]}"
example_grind() {
  valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=all \
    "$out/audit_one_static" >/dev/null
  [ $? -eq 1 ] # the example's own status: the record has findings
}
check "example under valgrind (0 errors, 0 leaks)" example_grind

if [ "${GONGKAI_MIRI:-0}" = 1 ]; then
  step "Miri: the Rust tests of the C ABI"
  if rustup component add --toolchain nightly rust-src miri >/dev/null 2>&1 &&
    cargo +nightly miri --version >/dev/null 2>&1; then
    check "cargo +nightly miri test -p gongkai-ffi" cargo +nightly miri test -p gongkai-ffi -q
  else
    echo "skipped: no nightly toolchain with Miri"
    skipped=$((skipped + 1))
  fi
fi

if [ -n "${GONGKAI_FUZZ_SECONDS:-}" ]; then
  step "fuzz: each target for ${GONGKAI_FUZZ_SECONDS}s"
  command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --version 0.13.2 --locked -q
  for target in validate calendar_load; do
    check "fuzz $target" cargo +nightly fuzz run --fuzz-dir fuzz "$target" -- \
      -max_total_time="$GONGKAI_FUZZ_SECONDS" -rss_limit_mb=2048
  done
fi

echo
if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
test "$failed" -eq 0
