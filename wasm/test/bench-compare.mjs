// Compares builds of the package for speed, on a shared machine: every build given is loaded
// into one node process, and the rounds alternate between them, so that load from elsewhere hits
// all alike. Prints, per build, the best round's median time of `validate` (record given as an
// object) for the typical record and the deadline vector's record.
//
//   node wasm/test/bench-compare.mjs wasm/pkg/web /tmp/other-build/web [...]
//
// Each argument is a web build's folder (gongkai.js and gongkai_bg.wasm). Separate runs of
// bench.mjs spread by up to half here; the ratios between builds in one run of this script were
// steady to a few per cent (docs/benchmarks-history.md, the inline threshold).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './load.mjs';

const dirs = process.argv.slice(2);
if (dirs.length === 0) {
  console.error('usage: node wasm/test/bench-compare.mjs WEB_BUILD_DIR...');
  process.exit(2);
}
const builds = [];
for (const dir of dirs) {
  const abs = path.resolve(dir);
  const m = await import(pathToFileURL(path.join(abs, 'gongkai.js')).href);
  m.initSync({ module: readFileSync(path.join(abs, 'gongkai_bg.wasm')) });
  builds.push(m);
}
const records = ['procurement-result-compliant.json', 'deadline-national-day-2024-late.json']
  .map((f) => JSON.parse(readFileSync(path.join(root, 'tests/vectors', f), 'utf8')));
const ROUNDS = Number(process.env.ROUNDS ?? 9);

let sink = 0;
/** Median µs per call over 15 batches of 300 calls. */
function median(f) {
  const per = [];
  for (let s = 0; s < 15; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < 300; i++) f();
    per.push(Number(process.hrtime.bigint() - t0) / 300 / 1000);
  }
  per.sort((a, b) => a - b);
  return per[7];
}

const best = builds.map(() => records.map(() => Infinity));
for (let round = 0; round < ROUNDS; round++) {
  builds.forEach((g, b) => records.forEach((v, r) => {
    const options = { today: v.context.today };
    const call = () => { sink += g.validate(v.record, options).findings.length; };
    for (let i = 0; i < 500; i++) call(); // warm-up: the tier-up happens before timing
    best[b][r] = Math.min(best[b][r], median(call));
  }));
}
dirs.forEach((d, b) => {
  const ratio = best[b].map((t, r) => (t / best[0][r]).toFixed(2));
  console.log(`${d}: ${best[b].map((t) => `${t.toFixed(2)} µs`).join(', ')} (×${ratio.join(', ×')} of the first)`);
});
if (sink < 0) console.log(sink);
