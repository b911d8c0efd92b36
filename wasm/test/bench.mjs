// Median time of `validate` in node (the WASM build), per call, for the given vectors' records:
// once with the record as an object, once as JSON text. One JSON line per vector.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gongkai, root } from './load.mjs';

function medianNs(f) {
  let batch = 0;
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < 20_000_000n) { f(); batch++; }
  batch = Math.max(batch, 10);
  const samples = [];
  for (let s = 0; s < 51; s++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) f();
    samples.push(Number(process.hrtime.bigint() - t0) / batch);
  }
  samples.sort((a, b) => a - b);
  return samples[samples.length >> 1];
}

const files = process.argv.slice(2);
for (const file of files.length ? files : ['tests/vectors/procurement-result-compliant.json']) {
  const v = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  const options = { today: v.context.today };
  const text = JSON.stringify(v.record);
  let sink = 0;
  const object = medianNs(() => { sink += gongkai.validate(v.record, options).findings.length; });
  const json = medianNs(() => { sink += gongkai.validate(text, options).findings.length; });
  console.log(JSON.stringify({ vector: file, object_ns: object, json_text_ns: json, sink }));
}
