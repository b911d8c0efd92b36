// entryFromDecision (in `gongkai/full`) in node: every vector of tests/vectors/decision/ (the same
// files the Rust and C suites run): the entry a penalty decision implies, compared as JSON, or the
// GongkaiError with the refusal's code, path and every missing fact; the record as an object and as
// JSON text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { full, gongkai, vectorsIn } from './load.mjs';

const { entryFromDecision, Engine } = full;
const all = vectorsIn('decision');

function refusal(fn) {
  try {
    fn();
  } catch (e) {
    assert.equal(e.name, 'GongkaiError');
    return e;
  }
  assert.fail('expected a GongkaiError');
}

test('there are decision vectors, entries and refusals', () => {
  assert.ok(all.length >= 12, `found ${all.length}`);
  assert.ok(all.some((v) => v.expected.entry) && all.some((v) => v.expected.error));
});

for (const v of all) {
  test(`decision vector ${v.file}`, () => {
    if (v.expected.entry) {
      const entry = entryFromDecision(v.record);
      assert.deepEqual(entry, v.expected.entry, v.description);
      assert.deepEqual(entryFromDecision(JSON.stringify(v.record)), entry);
      // What a configuration's blacklist takes as it is; screened by its identifier.
      const subject = { ...entry.subject };
      delete subject.kind;
      delete subject.address;
      const hits = new Engine({ blacklist: [entry] }).screen(subject, entry.listedOn).hits;
      assert.deepEqual(hits.map((h) => [h.entryId, h.matchedOn]),
        [[entry.id, entry.subject.kind === 'person' ? 'idNumber' : 'creditCode']]);
      return;
    }
    const want = v.expected.error;
    for (const lang of ['zh-CN', 'en']) {
      const e = refusal(() => entryFromDecision(v.record, { lang }));
      assert.equal(e.code, want.code, `${v.description} (${lang})`);
      assert.equal(e.path, want.path);
      assert.equal(e.argument, 'record');
      assert.deepEqual(e.facts, want.facts);
      assert.ok(e.message.length > 0);
      for (const f of want.facts ?? []) assert.ok(e.message.includes(f), `${lang}: ${e.message} lacks ${f}`);
    }
    assert.equal(refusal(() => entryFromDecision(JSON.stringify(v.record))).code, want.code);
  });
}

test('entryFromDecision is in gongkai/full only; bad options throw', () => {
  assert.equal(typeof gongkai.entryFromDecision, 'undefined');
  const e = refusal(() => entryFromDecision(all[0].record, { lang: 'fr' }));
  assert.deepEqual([e.code, e.argument, e.path], ['input.invalid_json', 'options', '/lang']);
  assert.equal(refusal(() => entryFromDecision(undefined)).argument, 'record');
});
