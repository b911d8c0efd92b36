#!/usr/bin/env bash
# Every test gongkai has, in the order a failure is cheapest to see. Installs what it needs
# (only when missing) so that it runs on a fresh machine with just Rust, gcc, node and npm.
# Ends with one line `N passed, N failed` summing every runner.
set -uo pipefail
cd "$(dirname "$0")/.."

passed=0
failed=0
log=$(mktemp)
trap 'rm -f "$log"' EXIT

step() { printf '\n== %s\n' "$*"; }
fail_step() { echo "FAILED: $*"; failed=$((failed + 1)); }

# cargo test prints one "test result:" line per test binary; sum them.
count_cargo() {
  local p f
  read -r p f < <(awk '/^test result:/ {
      for (i = 1; i <= NF; i++) { if ($(i+1) ~ /^passed/) p += $i; if ($(i+1) ~ /^failed/) f += $i }
    } END { print p + 0, f + 0 }' "$log")
  passed=$((passed + p))
  failed=$((failed + f))
}

# A sub-suite script ends with "N passed, N failed"; add its counts, and fail the step if the
# script fails without saying so.
run_suite() {
  local name=$1 script=$2 line p f
  step "$name"
  bash "$script" 2>&1 | tee "$log"
  local rc=${PIPESTATUS[0]}
  line=$(grep -E '^[0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)
  p=$(echo "$line" | sed -E 's/^([0-9]+) passed.*/\1/')
  f=$(echo "$line" | sed -E 's/.* ([0-9]+) failed.*/\1/')
  passed=$((passed + ${p:-0}))
  failed=$((failed + ${f:-0}))
  if [ "$rc" -ne 0 ] && [ "${f:-0}" -eq 0 ]; then fail_step "$name"; fi
}

step "cargo fmt --check"
cargo fmt --all --check || fail_step "cargo fmt --all --check"

step "cargo clippy"
cargo clippy --workspace --all-targets --locked -- -D warnings || fail_step "clippy"

step "cargo test (unit, integration, golden vectors, property tests, doc tests)"
cargo test --workspace --locked --no-fail-fast 2>&1 | tee "$log"
test "${PIPESTATUS[0]}" -eq 0 || fail_step "cargo test"
count_cargo

step "cargo doc (warnings are errors)"
# gongkai-ffi builds a library also named `gongkai` (libgongkai.so): its reference is the header.
RUSTDOCFLAGS="-D warnings" cargo doc --no-deps --locked -q -p gongkai --all-features -p gongkai-wasm -p gongkai-examples || fail_step "cargo doc"

step "the audit runs on its bundled data"
cargo run --release --locked -q --example audit -- --today 2025-03-01 >/dev/null
case $? in
  0 | 1) passed=$((passed + 1)) ;; # 1 = some records fail, which the sample is built to show
  *) fail_step "audit example" ;;
esac

run_suite "the C ABI: header drift, C suite (plain, ASan/UBSan, valgrind), C++ header, example" scripts/test-ffi.sh
step "fuzz every C entry point that takes text, ${GONGKAI_FUZZ_SECONDS:-8} s each (before a release: scripts/fuzz-ffi.sh 300)"
if bash scripts/fuzz-ffi.sh "${GONGKAI_FUZZ_SECONDS:-8}"; then
  passed=$((passed + 1))
else
  fail_step "fuzz-ffi"
fi

run_suite "the WASM package: node vectors and API, the form in headless Chromium" scripts/test-wasm.sh
run_suite "the assessment report in headless Chromium" scripts/test-report.sh

echo
echo "$passed passed, $failed failed"
test "$failed" -eq 0
