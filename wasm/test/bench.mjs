// Median time of `validate` in node (the WASM build), per call, for the given vectors' records:
// once with the record as an object, once as JSON text. One JSON line per vector.
// Times are this thread's CPU time (/proc/thread-self/schedstat, in ns), which a machine shared
// with other builds disturbs far less than wall-clock time; wall-clock medians are printed too.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gongkai, root } from './load.mjs';

const cpuNs = () => Number(readFileSync('/proc/thread-self/schedstat', 'utf8').split(' ')[0]);

function median(xs) {
  xs.sort((a, b) => a - b);
  return xs[xs.length >> 1];
}

/** [median CPU ns per call, median wall ns per call] over 15 batches of ~100 ms (the CPU clock
 * advances in scheduler ticks, so batches must be long). */
function medianNs(f) {
  let batch = 0;
  const start = process.hrtime.bigint();
  while (process.hrtime.bigint() - start < 100_000_000n) { f(); batch++; }
  batch = Math.max(batch, 10);
  const cpu = [];
  const wall = [];
  for (let s = 0; s < 15; s++) {
    const c0 = cpuNs();
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < batch; i++) f();
    wall.push(Number(process.hrtime.bigint() - t0) / batch);
    cpu.push((cpuNs() - c0) / batch);
  }
  return [median(cpu), median(wall)];
}

const files = process.argv.slice(2);
for (const file of files.length ? files : ['tests/vectors/procurement-result-compliant.json']) {
  const v = JSON.parse(readFileSync(path.join(root, file), 'utf8'));
  const options = { today: v.context.today };
  const text = JSON.stringify(v.record);
  let sink = 0;
  const [object, objectWall] = medianNs(() => { sink += gongkai.validate(v.record, options).findings.length; });
  const [json, jsonWall] = medianNs(() => { sink += gongkai.validate(text, options).findings.length; });
  console.log(JSON.stringify({ vector: file, object_ns: object, json_text_ns: json,
    object_wall_ns: objectWall, json_text_wall_ns: jsonWall, sink }));
}
