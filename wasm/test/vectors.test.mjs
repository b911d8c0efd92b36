// The golden vectors against the node build: the same (code, path) sets as Rust and C, and the
// same finding JSON as the native library (wasm/pkg/native-reports.json, written by
// `cargo bench -p gongkai-wasm --bench native -- --reports`, when present).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gongkai, vectors, root } from './load.mjs';

const pairs = (findings) => findings.map((f) => `${f.code} ${f.path}`).sort();
const all = vectors();
const nativeFile = process.env.GONGKAI_NATIVE_REPORTS
  ?? path.join(root, 'target/wasm-native-reports.json');
const native = existsSync(nativeFile) ? JSON.parse(readFileSync(nativeFile, 'utf8')) : null;

test('there are golden vectors', () => {
  assert.ok(all.length >= 18, `found ${all.length}`);
});

for (const v of all) {
  test(`vector ${v.file}`, () => {
    const options = { today: v.context.today };
    // A vector with its own engine configuration (a blacklist, local rules) runs on its own engine.
    const engine = v.config ? new gongkai.Engine(v.config) : gongkai;
    const fromObject = engine.validate(v.record, options);
    assert.deepEqual(pairs(fromObject.findings), pairs(v.expected), v.description);
    // The same record as JSON text gives the same report.
    assert.deepEqual(engine.validate(JSON.stringify(v.record), options), fromObject);
    assert.equal(fromObject.ok, !fromObject.findings.some((f) => f.severity === 'error'));
    for (const f of fromObject.findings) {
      assert.deepEqual(Object.keys(f).slice(0, 6),
        ['code', 'severity', 'path', 'message', 'legalBasis', 'rule']);
      assert.ok(f.message.length > 0 && f.legalBasis.document.length > 0);
    }
    if (native) {
      for (const lang of ['zh-CN', 'en']) {
        const want = native[v.file]?.[lang];
        assert.ok(want, `no native report for ${v.file} ${lang}`);
        assert.deepEqual(engine.validate(v.record, { ...options, lang }), want,
          `finding JSON differs from the native library (${lang})`);
      }
    }
  });
}

test('the native reports cover every vector (when the script ran the native side)', { skip: !native }, () => {
  assert.deepEqual(Object.keys(native).sort(), all.map((v) => v.file).sort());
});
