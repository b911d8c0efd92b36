#!/usr/bin/env python3
"""Prints the median of every criterion benchmark in target/criterion, and the ratios that
BENCHMARKS.md reports (each against its baseline measured in the same run)."""
import json
import pathlib
import sys

root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "target/criterion")
medians = {}
for est in sorted(root.glob("**/new/estimates.json")):
    bench = est.parent.parent.relative_to(root).as_posix()
    medians[bench] = json.loads(est.read_text())["median"]["point_estimate"]

def show(ns):
    for unit, scale in (("s", 1e9), ("ms", 1e6), ("µs", 1e3)):
        if ns >= scale:
            return f"{ns / scale:.3g} {unit}"
    return f"{ns:.3g} ns"

for bench, ns in medians.items():
    print(f"{bench:60} {show(ns):>12}")

pairs = [
    ("audit_1m/parse_and_validate", "audit_1m/parse_only", "audit ÷ parsing alone (target ≤ 1.5)"),
    ("blacklist_1m/screen_by_credit_code", "blacklist_1m/baseline_hashmap_get_code",
     "blacklist: screen by credit code ÷ a bare HashMap get"),
    ("blacklist_1m/screen_by_name", "blacklist_1m/baseline_normalize_and_hashmap_get_name",
     "blacklist: screen by name ÷ normalise + a bare HashMap get"),
    ("notice_pages/read", "notice_pages/parse_only", "notice: read ÷ HTML parse alone"),
    ("notice_pages/read_and_judge", "notice_pages/parse_only",
     "notice: read and judge ÷ HTML parse alone (target ≤ 2)"),
    ("notice_pages_5k/read", "notice_pages_5k/parse_only",
     "notice, 5 KB pages: read ÷ HTML parse alone"),
    ("notice_pages_5k/read_and_judge", "notice_pages_5k/parse_only",
     "notice, 5 KB pages: read and judge ÷ HTML parse alone (target ≤ 2)"),
]
print()
for a, b, label in pairs:
    if a in medians and b in medians:
        print(f"{label}: {medians[a] / medians[b]:.2f}")
