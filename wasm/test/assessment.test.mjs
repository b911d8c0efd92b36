// Engine.screen, validateWorkPlan and obligations in node: what they return for the inputs of
// cases.json, the same JSON as the Rust API (target/wasm-test/native-cases.json, written by
// `cargo bench -p gongkai-wasm --bench native -- --cases`, when present), and what they throw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { full, root, sampleBlacklist } from './load.mjs';

const { Engine, validateWorkPlan, obligations } = full;
const cases = JSON.parse(readFileSync(path.join(root, 'wasm/test/cases.json'), 'utf8'));
const nativeFile = process.env.GONGKAI_NATIVE_CASES ?? path.join(root, 'target/wasm-test/native-cases.json');
const native = existsSync(nativeFile) ? JSON.parse(readFileSync(nativeFile, 'utf8')) : null;

const engine = new Engine({ blacklist: sampleBlacklist() });
const screenCase = (c) => engine.screen(c.subject, c.date, c.domain, c.lang ? { lang: c.lang } : undefined);

function throwsCode(fn, props) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught instanceof Error, `expected a GongkaiError, got ${caught}`);
  assert.equal(caught.name, 'GongkaiError');
  for (const [k, v] of Object.entries(props)) assert.deepEqual(caught[k], v, `${k} of ${caught.message}`);
  return caught;
}

test('screen: barred by credit code under 政府采购法 Art 77, explained', () => {
  const r = screenCase(cases.screen[0]);
  assert.equal(r.barred, true);
  assert.equal(r.possibleMatch, false);
  assert.equal(r.asOf, '2024-09-27');
  assert.equal(r.domain, 'governmentProcurement');
  const hit = r.hits[0];
  assert.deepEqual([hit.entryId, hit.matchedOn, hit.status, hit.bars],
    ['YJ-BL-GP-2024-0065', 'creditCode', 'active', true]);
  assert.deepEqual(hit.ban, { start: '2024-06-21', end: '2026-06-21', months: 24 });
  assert.equal(hit.legalBasis.document, '政府采购法');
  assert.match(hit.message, /第七十七条/);
  assert.match(screenCase(cases.screen[1]).hits[0].message, /barred|ban/i);
  assert.equal(Object.getPrototypeOf(r), Object.prototype, 'a plain object');
});

test('screen: the domain decides what is barred; the argument takes the place of the subject\'s', () => {
  assert.equal(screenCase(cases.screen[2]).barred, false, 'a procurement ban does not bar tendering');
  const subject = { ...cases.screen[0].subject, domain: 'constructionBidding' };
  assert.equal(engine.screen(subject, '2024-09-27').barred, false);
  assert.equal(engine.screen(subject, '2024-09-27', 'governmentProcurement').barred, true);
  assert.equal(engine.screen(subject, '2024-09-27', null).domain, 'constructionBidding');
});

test('screen: a name with no letter or digit and no identifier is refused, not cleared', () => {
  for (const name of ['', '   ', '——', '（）']) {
    throwsCode(() => engine.screen({ name }, '2024-09-27'), { code: 'input.invalid_json', path: '/name' });
  }
  // With a credit code the name is not needed to screen.
  assert.equal(engine.screen({ name: '', creditCode: cases.screen[0].subject.creditCode }, '2024-09-27').barred,
    engine.screen(cases.screen[0].subject, '2024-09-27').barred);
  throwsCode(() => engine.screen({ name: '某'.repeat(501) }, '2024-09-27'), { path: '/name' });
});

test('screen: name only, withdrawn, not the same subject, a person, a bad code, a clean party', () => {
  const [, , , , nameOnly, withdrawn, notSame, person, badCode, clean] = cases.screen.map(screenCase);
  assert.deepEqual([nameOnly.barred, nameOnly.possibleMatch, nameOnly.hits[0].matchedOn], [false, true, 'name']);
  assert.deepEqual([withdrawn.barred, withdrawn.hits[0].status], [false, 'withdrawn']);
  assert.deepEqual([notSame.hits.length, notSame.suppressed[0].entryId], [0, 'YJ-BL-GD-2024-0037']);
  assert.deepEqual([person.barred, person.hits[0].matchedOn], [true, 'idNumber']);
  assert.deepEqual(badCode.queryIssues.map((q) => [q.field, q.code]), [['creditCode', 'uscc.bad_check_character']]);
  assert.equal(badCode.possibleMatch, true);
  assert.deepEqual([clean.barred, clean.possibleMatch, clean.hits, clean.queryIssues], [false, false, [], []]);
});

test('screen: JSON text gives what the object gives; the national engine has no blacklist', () => {
  const c = cases.screen[0];
  assert.deepEqual(engine.screen(JSON.stringify(c.subject), c.date, c.domain), screenCase(c));
  assert.deepEqual(new Engine().screen(c.subject, c.date, c.domain).hits, []);
});

test('screen: malformed input throws with the argument named', () => {
  throwsCode(() => engine.screen({}, '2024-09-27'), { code: 'input.invalid_json', argument: 'subject', path: '' });
  throwsCode(() => engine.screen({ name: '甲', colour: 1 }, '2024-09-27'),
    { code: 'input.invalid_json', argument: 'subject', path: '/colour' });
  throwsCode(() => engine.screen({ name: 1 }, '2024-09-27'), { code: 'input.invalid_json', path: '/name' });
  throwsCode(() => engine.screen('{"name":', '2024-09-27'), { code: 'input.invalid_json', argument: 'subject', line: 1 });
  throwsCode(() => engine.screen(undefined, '2024-09-27'), { code: 'input.invalid_json', argument: 'subject' });
  throwsCode(() => engine.screen({ name: '甲' }, '2024-02-30'), { code: 'input.invalid_date', argument: 'date' });
  throwsCode(() => engine.screen({ name: '甲' }, 20240927), { code: 'input.invalid_argument', argument: 'date' });
  throwsCode(() => engine.screen({ name: '甲' }, '2024-09-27', 'fishing'), { code: 'input.invalid_argument', argument: 'domain' });
  throwsCode(() => engine.screen({ name: '甲' }, '2024-09-27', 7), { code: 'input.invalid_argument', argument: 'domain' });
  throwsCode(() => engine.screen({ name: '甲' }, '2024-09-27', undefined, { lang: 'fr' }),
    { code: 'input.invalid_json', argument: 'options', path: '/lang' });
});

test('validateWorkPlan: missing sections, classes and the blacklist task are findings', () => {
  const r = validateWorkPlan(cases.workPlans[0].plan);
  assert.equal(r.ok, false);
  const codes = new Set(r.findings.map((f) => f.code));
  for (const c of ['plan.section_missing', 'plan.class_missing', 'plan.blacklist_task_missing']) assert.ok(codes.has(c), c);
  assert.deepEqual(Object.keys(r), ['ok', 'findings']);
  const looser = validateWorkPlan(cases.workPlans[1].plan, { lang: 'en' });
  const f = looser.findings.find((x) => x.code === 'plan.time_limit_looser');
  assert.equal(f.path, '/tasks/0/timeLimit');
  assert.match(f.message, /working days/);
  assert.deepEqual(new Engine().validateWorkPlan(cases.workPlans[0].plan), r);
  assert.deepEqual(validateWorkPlan(JSON.stringify(cases.workPlans[0].plan)), r);
});

test('validateWorkPlan: a plan that is not one throws', () => {
  throwsCode(() => validateWorkPlan({ unit: 3 }), { code: 'input.invalid_json', argument: 'plan', path: '/unit' });
  throwsCode(() => validateWorkPlan({ colour: 1 }), { code: 'input.invalid_json', argument: 'plan', path: '/colour' });
  throwsCode(() => validateWorkPlan(42), { code: 'input.invalid_json', argument: 'plan' });
  throwsCode(() => validateWorkPlan({}, { lang: 'fr' }), { code: 'input.invalid_json', argument: 'options' });
});

test('obligations: work plans due 2018-08-13 (12 August is a Sunday), reports before March', () => {
  const overdue = obligations(cases.obligations[0].notice);
  assert.equal(overdue.length, 5);
  for (const o of overdue) {
    assert.deepEqual([o.duty, o.due, o.status, o.rule], [{ kind: 'workPlan' }, '2018-08-13', 'overdue', 'GD-PLAN']);
  }
  assert.equal(overdue.find((o) => o.department === 'finance').departmentName, '财政部门');
  const filed = obligations(cases.obligations[1].notice);
  assert.deepEqual(filed.map((o) => [o.department, o.duty.kind, o.status]), [
    ['finance', 'workPlan', 'done'], ['finance', 'progressReport', 'done'],
    ['landAndResources', 'workPlan', 'doneLate'], ['landAndResources', 'progressReport', 'overdue'],
  ]);
  assert.equal(filed[0].filing.filedOn, '2018-07-20');
  assert.deepEqual(new Engine().obligations(cases.obligations[0].notice), overdue);
});

test('obligations: bad input and an uncovered year throw', () => {
  throwsCode(() => obligations({ noticeIssued: '2018-06-12' }), { code: 'input.invalid_json', argument: 'notice', path: '' });
  throwsCode(() => obligations({ noticeIssued: '2018-06-31', asOf: '2019-01-01' }),
    { code: 'input.invalid_json', argument: 'notice', path: '/noticeIssued' });
  throwsCode(() => obligations({ noticeIssued: '2030-01-01', asOf: '2030-06-01' }), { code: 'calendar.year_not_covered', year: 2030 });
});

test('the same JSON as the Rust API for every case (when the script ran the native side)', { skip: !native }, () => {
  assert.deepEqual(cases.screen.map(screenCase), native.screen);
  assert.deepEqual(cases.workPlans.map((c) => validateWorkPlan(c.plan, c.lang ? { lang: c.lang } : undefined)), native.workPlans);
  assert.deepEqual(cases.obligations.map((c) => obligations(c.notice)), native.obligations);
});
