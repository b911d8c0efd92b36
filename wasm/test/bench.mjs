// Time of `validate` in node (the WASM build), per call, for the given vectors' records: once
// with the record as an object, once as JSON text. One JSON line per vector, with the median and
// the fastest of 31 batches of ~20 ms each, after half a second of warm-up. On a machine shared
// with other builds the fastest batch is the better estimate of the code's own speed
// (interference only ever adds time).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gongkai, root } from './load.mjs';

/** [median, min] ns per call over 31 batches of ~20 ms. */
function timeNs(f) {
  let batch = 0;
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < 20_000_000n) { f(); batch++; }
  batch = Math.max(batch, 10);
  const per = [];
  for (let s = 0; s < 31; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) f();
    per.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  per.sort((a, b) => a - b);
  return [per[per.length >> 1], per[0]];
}

const files = process.argv.slice(2);
for (const file of files.length ? files : ['tests/vectors/procurement-result-compliant.json']) {
  const v = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  const options = { today: v.context.today };
  const text = JSON.stringify(v.record);
  let sink = 0;
  const withObject = () => { sink += gongkai.validate(v.record, options).findings.length; };
  const withText = () => { sink += gongkai.validate(text, options).findings.length; };
  // Warm up both first: V8 compiles WebAssembly with a baseline compiler and optimises the hot
  // functions later, so the first path timed would otherwise pay for the tier-up.
  for (const start = Date.now(); Date.now() - start < 500;) { withObject(); withText(); }
  const [object, objectMin] = timeNs(withObject);
  const [json, jsonMin] = timeNs(withText);
  console.log(JSON.stringify({ vector: file, object_ns: object, json_text_ns: json,
    object_min_ns: objectMin, json_text_min_ns: jsonMin, sink }));
}
