#!/usr/bin/env bash
# Fuzzes every C entry point that takes text: records (validate), records with the notices
# linked to them (validate_linked), calendars (calendar_load), catalogues, their options and
# penalty decisions (catalogue), published notices, text or HTML (validate_notice),
# configurations with rule layers, calendar years and blacklist entries (engine_new), screening
# queries (screen), work plans and obligation inputs (work_plan). Seeds fuzz/corpus/<target>
# from the golden vectors, the calendar data and wasm/test/cases.json, then runs each target for
# SECONDS (default 300: the run before a release) and prints its execution count. CI runs it
# for a few seconds a target (scripts/test-all.sh). Needs nightly; installs cargo-fuzz when missing. Crashes land in
# fuzz/artifacts/<target>/ (reproduce: cargo +NIGHTLY fuzz run --fuzz-dir fuzz TARGET FILE, NIGHTLY as in
# scripts/build-wasm.sh).
#
#   scripts/fuzz-ffi.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-300}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(validate validate_linked calendar_load engine_new screen work_plan catalogue validate_notice)

# The nightly the WASM size build pins (scripts/build-wasm.sh), installed when missing.
nightly=$(sed -n 's/^NIGHTLY_TOOLCHAIN=//p' scripts/build-wasm.sh | head -n 1)
nightly=${nightly:-nightly}
rustup run "$nightly" rustc --version >/dev/null 2>&1 ||
  rustup toolchain install "$nightly" --profile minimal >&2
command -v cargo-fuzz >/dev/null 2>&1 || cargo install cargo-fuzz --version 0.13.2 --locked

# Seeds: each vector's record, behind each value of the selector byte the target reads first,
# and the calendar texts of the tests.
mkdir -p fuzz/corpus/validate fuzz/corpus/validate_linked fuzz/corpus/calendar_load fuzz/corpus/engine_new \
  fuzz/corpus/screen fuzz/corpus/work_plan fuzz/corpus/catalogue fuzz/corpus/validate_notice
python3 - <<'PY'
import json, glob, os
for f in glob.glob("tests/vectors/*.json"):
    v = json.load(open(f, encoding="utf-8"))
    if "config" in v:
        name = os.path.basename(f)[:-5]
        open(f"fuzz/corpus/engine_new/{name}", "w", encoding="utf-8").write(
            json.dumps(v["config"], ensure_ascii=False))
open("fuzz/corpus/engine_new/screen-config", "w", encoding="utf-8").write(
    open("fuzz/seeds/screen-config.json", encoding="utf-8").read())
for f in glob.glob("tests/vectors/*.json"):
    v = json.load(open(f, encoding="utf-8"))
    if "related" in v:
        name = os.path.basename(f)[:-5]
        open(f"fuzz/corpus/validate_linked/{name}", "wb").write(
            bytes([0]) + json.dumps(v["record"], ensure_ascii=False).encode() + b"\0"
            + json.dumps(v["related"], ensure_ascii=False).encode())
# Catalogues behind their options (check), options alone (baseline), decision records (entry).
for f in glob.glob("tests/vectors/catalogue/*.json"):
    v = json.load(open(f, encoding="utf-8"))
    name = os.path.basename(f)[:-5]
    options = json.dumps(v["options"], ensure_ascii=False).encode()
    if "catalogue" in v:
        open(f"fuzz/corpus/catalogue/{name}", "wb").write(
            bytes([0]) + options + b"\0" + json.dumps(v["catalogue"], ensure_ascii=False).encode())
    else:
        open(f"fuzz/corpus/catalogue/{name}", "wb").write(bytes([2]) + options)
for f in glob.glob("tests/vectors/decision/*.json"):
    v = json.load(open(f, encoding="utf-8"))
    name = os.path.basename(f)[:-5]
    open(f"fuzz/corpus/catalogue/decision-{name}", "wb").write(
        bytes([4]) + json.dumps(v["record"], ensure_ascii=False).encode())
# The development notices (text and HTML pages), in UTF-8 and GB18030, with the first options.
for f in glob.glob("tests/notices/dev/*.txt") + glob.glob("tests/notices/dev/*.html"):
    name = os.path.basename(f)
    text = open(f, encoding="utf-8").read()
    for pick in (0, 3):
        try:
            data = text.encode("gb18030" if pick & 1 else "utf-8")
        except UnicodeEncodeError:
            continue
        open(f"fuzz/corpus/validate_notice/{name}-{pick}", "wb").write(bytes([pick]) + data)
cases = json.load(open("wasm/test/cases.json", encoding="utf-8"))
for i, c in enumerate(cases["screen"]):
    for pick in (0, 1):
        open(f"fuzz/corpus/screen/{i}-{pick}", "wb").write(
            bytes([pick]) + json.dumps(c["subject"], ensure_ascii=False).encode())
for i, c in enumerate(cases["workPlans"]):
    plan = c.get("plan", c)
    open(f"fuzz/corpus/work_plan/plan-{i}", "wb").write(
        bytes([0]) + json.dumps(plan, ensure_ascii=False).encode())
for i, c in enumerate(cases["obligations"]):
    inp = c.get("notice", c)
    open(f"fuzz/corpus/work_plan/obligations-{i}", "wb").write(
        bytes([2]) + json.dumps(inp, ensure_ascii=False).encode())
PY
for f in tests/vectors/*.json; do
  name=$(basename "$f" .json)
  python3 - "$f" "fuzz/corpus/validate/$name" <<'PY'
import json, sys
record = json.dumps(json.load(open(sys.argv[1], encoding="utf-8"))["record"], ensure_ascii=False)
for pick in (0, 2, 5):
    data = record.encode("gb18030" if pick & 1 else "utf-8")
    open(f"{sys.argv[2]}-{pick}", "wb").write(bytes([pick]) + data)
PY
done
cp core/data/calendar/cn-2018-2026.txt fuzz/corpus/calendar_load/official.txt
python3 - fuzz/corpus/calendar_load <<'PY'
import json, sys
days = [("2027-01-01", "元旦", True), ("2027-02-08", "春节", True), ("2027-02-20", "春节", False),
        ("2027-04-05", "清明节", True), ("2027-05-03", "劳动节", True), ("2027-06-09", "端午节", True),
        ("2027-10-01", "国庆节", True), ("2027-10-04", "国庆节", True)]
out = sys.argv[1]
doc = {"year": 2027, "days": [{"name": n, "date": d, "isOffDay": off} for d, n, off in days]}
open(f"{out}/holiday-cn-2027.json", "w", encoding="utf-8").write(json.dumps(doc, ensure_ascii=False))
lines = ["# year 2027 notice unverified synthetic"] + [
    f"{d} {'holiday' if off else 'workday'} {n}" for d, n, off in days] + ["2027-06-14 local 古尔邦节"]
open(f"{out}/text-2027.txt", "w", encoding="utf-8").write("\n".join(lines) + "\n")
PY

for target in "${targets[@]}"; do
  echo "== fuzz $target for ${seconds}s"
  log=$(mktemp)
  status=0
  cargo "+$nightly" fuzz run --fuzz-dir fuzz "$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E "^(#[0-9]+.*(pulse|DONE)|Done|==)" "$log" || true
  [ "$status" -eq 0 ] || tail -n 40 "$log"
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  echo "$target: ${runs:-?} executions in ${seconds}s, exit $status"
  rm -f "$log"
  [ "$status" -eq 0 ] || exit "$status"
done
