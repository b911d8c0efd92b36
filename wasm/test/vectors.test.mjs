// The golden vectors against both node builds (the default entry and `gongkai/full`): each
// report's findings, in order, field by field as tests/vectors/README.md describes (the same
// comparison as Rust and C), in both languages; and the same finding JSON as the native library
// (target/wasm-test/native-reports.json, written by
// `cargo bench -p gongkai-wasm --bench native -- --reports`, when present). A vector whose
// engine has a blacklist runs on the full build; the default build refuses its configuration.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gongkai, full, vectors, root } from './load.mjs';

const pick = (from, keys) => Object.fromEntries(keys.filter((k) => k in from).map((k) => [k, from[k]]));

/** A finding as a vector states it: without the language's text (the message, the explanation's
 * text, a special day's name) and the legal basis, which the rule id fixes. */
function project(f) {
  const out = pick(f, ['code', 'severity', 'path', 'rule']);
  if (f.explanation) {
    out.explanation = {
      ...pick(f.explanation, ['direction', 'anchor', 'anchorDate', 'period', 'countedEnd', 'due',
        'pausedUnits', 'target', 'targetDate', 'units', 'firstDayCounted', 'onlyWithoutFirstDay',
        'onlyByRestDayRoll']),
      specialDays: (f.explanation.specialDays ?? []).map((d) => pick(d, ['date', 'kind', 'workday'])),
    };
  }
  if (f.blacklistHit) {
    out.blacklistHit = pick(f.blacklistHit, ['entryId', 'matchedOn', 'status', 'asOf', 'ban']);
  }
  return out;
}
const all = vectors();
const nativeFile = process.env.GONGKAI_NATIVE_REPORTS
  ?? path.join(root, 'target/wasm-native-reports.json');
const native = existsSync(nativeFile) ? JSON.parse(readFileSync(nativeFile, 'utf8')) : null;

test('there are golden vectors', () => {
  assert.ok(all.length >= 125, `found ${all.length}`);
});

/** Checks one vector on one build: findings, text input, report shape, native JSON. */
function check(build, v) {
  const options = { today: v.context.today };
  // A vector with its own engine configuration (a blacklist, local rules) runs on its own engine.
  const engine = v.config ? new build.Engine(v.config) : build;
  // Linked notices are judged together (`validateLinked`, in the full entry).
  if (v.related) {
    const linked = engine.validateLinked(v.record, v.related, options);
    assert.deepEqual(linked.findings.map(project), v.expected, v.description);
    const english = engine.validateLinked(JSON.stringify(v.record), JSON.stringify(v.related),
      { ...options, lang: 'en' });
    assert.deepEqual(english.findings.map(project), v.expected, `${v.description} (en)`);
    if (native) {
      assert.deepEqual(linked, native[v.file]?.['zh-CN'], 'finding JSON differs from the native library');
    }
    return;
  }
  const fromObject = engine.validate(v.record, options);
  assert.deepEqual(fromObject.findings.map(project), v.expected, v.description);
  const english = engine.validate(v.record, { ...options, lang: 'en' });
  assert.deepEqual(english.findings.map(project), v.expected, `${v.description} (en)`);
  // The same record as JSON text gives the same report.
  assert.deepEqual(engine.validate(JSON.stringify(v.record), options), fromObject);
  assert.equal(fromObject.ok, !fromObject.findings.some((f) => f.severity === 'error'));
  // In the order of the report's JSON, whether built directly (no findings) or parsed.
  assert.deepEqual(Object.keys(fromObject), ['recordId', 'ok', 'findings']);
  for (const f of fromObject.findings) {
    assert.deepEqual(Object.keys(f).slice(0, 6),
      ['code', 'severity', 'path', 'message', 'legalBasis', 'rule']);
    assert.ok(f.message.length > 0 && f.legalBasis.document.length > 0);
    if (f.explanation) assert.equal(typeof f.explanation.text, 'string');
  }
  if (native) {
    for (const lang of ['zh-CN', 'en']) {
      const want = native[v.file]?.[lang];
      assert.ok(want, `no native report for ${v.file} ${lang}`);
      assert.deepEqual(engine.validate(v.record, { ...options, lang }), want,
        `finding JSON differs from the native library (${lang})`);
    }
  }
}

test('the comparison sees each field of a finding', () => {
  const v = all.find((x) => x.file === 'deadline-national-day-2024-late.json');
  const got = gongkai.validate(v.record, { today: v.context.today }).findings.map(project);
  assert.deepEqual(got, v.expected);
  const edits = [
    (f) => { f.severity = 'warning'; },
    (f) => { f.rule = 'GI-26'; },
    (f) => { f.explanation.due = '2024-10-09'; },
    (f) => { f.explanation.countedEnd = '2024-10-01'; },
    (f) => { f.explanation.units = 2; },
    (f) => { f.explanation.specialDays[0].kind = 'statutory_holiday'; },
    (f) => { f.explanation.specialDays[0].workday = false; },
  ];
  for (const edit of edits) {
    const want = structuredClone(v.expected);
    edit(want[0]);
    assert.notDeepEqual(got, want, `${edit} is not seen`);
  }
});

const hasBlacklist = (v) => (v.config?.blacklist ?? []).length > 0;

test('some vectors need a blacklist, most do not', () => {
  assert.ok(all.some(hasBlacklist));
  assert.ok(all.filter((v) => !hasBlacklist(v)).length >= 18);
});

for (const v of all) {
  test(`vector ${v.file} (gongkai/full)`, () => check(full, v));
  test(`vector ${v.file} (gongkai)`, () => {
    if (v.related) {
      assert.equal(typeof gongkai.validateLinked, 'undefined', 'linked judging is in gongkai/full');
      return;
    }
    if (!hasBlacklist(v)) {
      check(gongkai, v);
      return;
    }
    let caught;
    try {
      new gongkai.Engine(v.config);
    } catch (e) {
      caught = e;
    }
    assert.equal(caught?.code, 'config.blacklist_unsupported', `${caught}`);
    assert.equal(caught.argument, 'config');
  });
}

test('the native reports cover every vector (when the script ran the native side)', { skip: !native }, () => {
  assert.deepEqual(Object.keys(native).sort(), all.map((v) => v.file).sort());
});
