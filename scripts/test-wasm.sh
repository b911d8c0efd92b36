#!/usr/bin/env bash
# The WASM package's tests: build (with the size budget), the golden vectors and API tests in node
# (node --test, against the native library's own report JSON), the example form in headless
# Chromium, and the benchmark against the native call. Ends with `N passed, N failed`.
# Installs what it needs when missing (see build-wasm.sh; Chromium from Debian).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
OUT=$ROOT/target/wasm-test
mkdir -p "$OUT"
passed=0
failed=0
tally() { passed=$((passed + $1)); failed=$((failed + $2)); }
finish() { echo "$passed passed, $failed failed"; [ "$failed" -eq 0 ]; exit $?; }

# 1. Build the package; the size budget is one check.
if bash scripts/build-wasm.sh; then
  tally 1 0
else
  echo "build-wasm.sh failed (build or size budget)"
  tally 0 1
  [ -f wasm/pkg/node/gongkai.js ] && [ -f wasm/pkg/full/node/gongkai.js ] && [ -f wasm/pkg/catalogue/node/gongkai.js ] && [ -f wasm/pkg/notice/node/gongkai.js ] || finish
fi

# 2. The native side: the report JSON of every vector, and the Rust API's answers to the
# screening, work-plan and obligation cases, for the node tests to compare against.
if cargo bench -q -p gongkai-wasm --bench native -- --reports "$OUT/native-reports.json"; then
  export GONGKAI_NATIVE_REPORTS=$OUT/native-reports.json
else
  echo "the native reports could not be written"
  tally 0 1
fi

# The native answers to wasm/test/cases.json (screening, work plans, obligations).
if cargo bench -q -p gongkai-wasm --bench native -- --cases "$OUT/native-cases.json"; then
  export GONGKAI_NATIVE_CASES=$OUT/native-cases.json
else
  echo "the native answers to wasm/test/cases.json could not be written"
  tally 0 1
fi

# 3. node's test runner: vectors and API.
node --test --test-reporter=spec --test-reporter-destination=stdout \
  --test-reporter=tap --test-reporter-destination="$OUT/node.tap" wasm/test/*.test.mjs
node_pass=$(awk '/^# pass /{print $3}' "$OUT/node.tap")
node_fail=$(awk '/^# fail /{print $3}' "$OUT/node.tap")
tally "${node_pass:-0}" "${node_fail:-1}"

# 4. The example form in headless Chromium (Debian's package; playwright-core drives it).
if [ ! -x /usr/bin/chromium ]; then
  echo "installing chromium"
  (apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium chromium-driver) >/dev/null
fi
node wasm/test/browser.mjs | tee "$OUT/browser.log"
summary=$(tail -n 1 "$OUT/browser.log")
b_pass=$(node -e 'try{console.log(JSON.parse(process.argv[1]).passed)}catch{console.log(0)}' "$summary")
b_fail=$(node -e 'try{console.log(JSON.parse(process.argv[1]).failed)}catch{console.log(1)}' "$summary")
tally "$b_pass" "$b_fail"

# 4b. The notice editor (examples/web/notice.html) in headless Chromium.
node wasm/test/notice-browser.mjs | tee "$OUT/notice-browser.log"
summary=$(tail -n 1 "$OUT/notice-browser.log")
b_pass=$(node -e 'try{console.log(JSON.parse(process.argv[1]).passed)}catch{console.log(0)}' "$summary")
b_fail=$(node -e 'try{console.log(JSON.parse(process.argv[1]).failed)}catch{console.log(1)}' "$summary")
tally "$b_pass" "$b_fail"

# 5. Speed: validate in node (WASM) against the native call on the same records (figures only).
if [ "${GONGKAI_WASM_BENCH:-1}" != 0 ]; then
  VECTORS="tests/vectors/procurement-result-compliant.json tests/vectors/deadline-national-day-2024-late.json"
  # shellcheck disable=SC2086
  node wasm/test/bench.mjs $VECTORS > "$OUT/bench-node.jsonl" \
    && cargo bench -q -p gongkai-wasm --bench native -- --time $VECTORS > "$OUT/bench-native.jsonl" \
    && node -e '
      const fs = require("fs");
      const read = (f) => fs.readFileSync(f, "utf8").trim().split("\n").map((l) => JSON.parse(l));
      const [js, rs] = [read(process.argv[1]), read(process.argv[2])];
      const us = (ns) => (ns / 1000).toFixed(2) + " µs";
      for (const n of js) {
        const r = rs.find((x) => x.vector === n.vector);
        console.log(`bench ${n.vector.replace("tests/vectors/", "")}, per call, median (fastest batch): ` +
          `node/WASM validate ${us(n.object_ns)} (${us(n.object_min_ns)}; best round ${us(n.object_best_round_ns)}) with an object, ` +
          `${us(n.json_text_ns)} (${us(n.json_text_min_ns)}; best round ${us(n.json_text_best_round_ns)}) with JSON text; ` +
          `native parse+validate+serialise ${us(r.parse_validate_serialize_ns)} (${us(r.parse_validate_serialize_min_ns)}), ` +
          `validate only ${us(r.validate_only_ns)} (${us(r.validate_only_min_ns)}); ` +
          `WASM/native ${(n.object_ns / r.parse_validate_serialize_ns).toFixed(1)}x (${(n.object_min_ns / r.parse_validate_serialize_min_ns).toFixed(1)}x)`);
      }' "$OUT/bench-node.jsonl" "$OUT/bench-native.jsonl" \
    || echo "bench: could not be run"
fi

finish
