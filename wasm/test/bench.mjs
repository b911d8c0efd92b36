// Time of `validate` in node (the WASM build), per call, for the given vectors' records: with the
// record as an object and as JSON text, the two alternating over 7 rounds of 9 batches of ~10 ms
// each, after half a second of warm-up. One JSON line per vector:
//   *_ns            the median of all 63 batches
//   *_best_round_ns the lowest of the 7 rounds' medians
//   *_min_ns        the fastest batch
// The machine this runs on is shared and changes speed for seconds at a time (BENCHMARKS.md):
// interference only ever adds time, so the best round is the better estimate of the code's own
// speed, and the median of all batches says what a run met with.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gongkai, root } from './load.mjs';

const ROUNDS = 7;
const BATCHES = 9;

/** Calls per batch of about 10 ms. */
function batchSize(f) {
  let n = 0;
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < 10_000_000n) { f(); n++; }
  return Math.max(n, 10);
}

/** ns per call of each of `BATCHES` batches. */
function batches(f, n) {
  const per = [];
  for (let s = 0; s < BATCHES; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) f();
    per.push(Number(process.hrtime.bigint() - t0) / n);
  }
  return per;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

const files = process.argv.slice(2);
for (const file of files.length ? files : ['tests/vectors/procurement-result-compliant.json']) {
  const v = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  const options = { today: v.context.today };
  const text = JSON.stringify(v.record);
  let sink = 0;
  const paths = {
    object: () => { sink += gongkai.validate(v.record, options).findings.length; },
    json_text: () => { sink += gongkai.validate(text, options).findings.length; },
  };
  // Warm up both first: V8 compiles WebAssembly with a baseline compiler and optimises the hot
  // functions later, so the first path timed would otherwise pay for the tier-up.
  for (const start = Date.now(); Date.now() - start < 500;) { paths.object(); paths.json_text(); }
  const sizes = Object.fromEntries(Object.entries(paths).map(([k, f]) => [k, batchSize(f)]));
  const all = { object: [], json_text: [] };
  const rounds = { object: [], json_text: [] };
  for (let r = 0; r < ROUNDS; r++) {
    for (const [k, f] of Object.entries(paths)) {
      const per = batches(f, sizes[k]);
      all[k].push(...per);
      rounds[k].push(median(per));
    }
  }
  const out = { vector: file };
  for (const k of Object.keys(paths)) {
    out[`${k}_ns`] = median(all[k]);
    out[`${k}_best_round_ns`] = Math.min(...rounds[k]);
    out[`${k}_min_ns`] = Math.min(...all[k]);
  }
  console.log(JSON.stringify({ ...out, sink }));
}
