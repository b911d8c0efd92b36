// The JS API of the node builds: what is returned, what is thrown, and the calendar. The default
// entry (`gongkai`) is tested here; `gongkai/full` adds screening and the assessment on top.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gongkai, full, readVector, pkgDir, sampleBlacklist } from './load.mjs';

const { validate, validateField, dueDate, isWorkday, addWorkdays, workdaysBetween,
  describeItem, Engine, version } = gongkai;
const { validateWorkPlan, obligations } = full;

const result = readVector('procurement-result-compliant.json');
const record = () => structuredClone(result.record);
const today = { today: '2024-10-10' };

/** Asserts that `fn` throws a GongkaiError with these properties. */
function throwsCode(fn, props) {
  let caught;
  try {
    fn();
  } catch (e) {
    caught = e;
  }
  assert.ok(caught, 'expected a throw');
  assert.ok(caught instanceof Error, `not an Error: ${caught}`);
  assert.equal(caught.name, 'GongkaiError');
  for (const [k, v] of Object.entries(props)) assert.deepEqual(caught[k], v, `${k} of ${caught.message}`);
  assert.ok(caught.message.length > 0);
  return caught;
}

test('version is the package version', () => {
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(version(), pkg.version);
  assert.match(version(), /^\d+\.\d+\.\d+/);
});

test('a compliant record is ok with no findings; the report has the Rust/C shape', () => {
  const r = validate(record(), today);
  assert.deepEqual(r, { recordId: 'V-GP-RESULT', ok: true, findings: [] });
  assert.equal(Object.getPrototypeOf(r), Object.prototype, 'a plain object, not a Map');
});

test('findings are returned, not thrown, in zh-CN by default and in English on request', () => {
  const rec = record();
  rec.content.winnerName = '';
  const zh = validate(rec, today);
  assert.equal(zh.ok, false);
  const f = zh.findings.find((x) => x.path === '/content/winnerName');
  assert.equal(f.code, 'element.missing');
  assert.equal(f.severity, 'error');
  assert.match(f.message, /中标（成交）供应商名称/);
  assert.equal(f.rule, 'GP-87-69');
  assert.equal(f.legalBasis.verification, 'V-text');
  const en = validate(rec, { ...today, lang: 'en' });
  assert.match(en.findings.find((x) => x.path === '/content/winnerName').message, /winner/);
});

test('a deadline finding carries its explanation, with the make-up Sunday', () => {
  const rec = record();
  rec.publishedOn = '2024-10-09'; // due 2024-09-30
  const r = validate(rec, today);
  const f = r.findings.find((x) => x.code === 'deadline.missed');
  assert.ok(f, JSON.stringify(r.findings));
  assert.equal(f.explanation.due, '2024-09-30');
  assert.equal(f.explanation.anchor, 'awarded');
  assert.ok(f.explanation.specialDays.some((d) => d.date === '2024-09-29' && d.workday));
  assert.match(f.message, /调休上班/);
});

test('malformed records throw input.invalid_json with the JSON Pointer', () => {
  for (const bad of [42, 'not json', undefined, null, [], true, '']) {
    throwsCode(() => validate(bad, today), { code: 'input.invalid_json', argument: 'record' });
  }
  const wrongType = { ...record(), formedOn: 20240927 };
  throwsCode(() => validate(wrongType, today), { code: 'input.invalid_json', path: '/formedOn' });
  const unknown = { ...record(), colour: 'red' };
  const e = throwsCode(() => validate(unknown, today), { code: 'input.invalid_json', path: '/colour' });
  assert.equal(e.line, undefined, 'no line numbers for an object');
  throwsCode(() => validate({ ...record(), publishedOn: '2024-02-30' }, today), { path: '/publishedOn' });
  const nested = record();
  nested.parties[0].role = 'referee';
  throwsCode(() => validate(nested, today), { path: '/parties/0/role' });
  const text = throwsCode(() => validate('{"id": 1}', today), { code: 'input.invalid_json', path: '/id' });
  assert.equal(text.line, 1);
  assert.ok(text.column > 0);
  // JSON text can give a content element twice (an object cannot): refused, not the last kept.
  const twice = JSON.stringify(record()).replace('"content":{', '"content":{"projectName":"A","projectName":"B",');
  const dup = throwsCode(() => validate(twice, today), { code: 'input.invalid_json', path: '/content/projectName' });
  assert.match(dup.message, /键重复 `projectName`/);
  const dupEn = throwsCode(() => validate(twice, { ...today, lang: 'en' }), { path: '/content/projectName' });
  assert.match(dupEn.message, /duplicate key `projectName`/);
  const cyclic = record();
  cyclic.self = cyclic;
  throwsCode(() => validate(cyclic, today), { code: 'input.invalid_json', argument: 'record' });
  throwsCode(() => validate({ ...record(), amounts: { contract: 10n } }, today), { code: 'input.invalid_json' });
});

test('malformed options throw, naming the option', () => {
  throwsCode(() => validate(record()), { code: 'input.invalid_json', argument: 'options' });
  throwsCode(() => validate(record(), { today: '2024-13-01' }), { argument: 'options', path: '/today' });
  throwsCode(() => validate(record(), { today: 20241010 }), { path: '/today' });
  throwsCode(() => validate(record(), { ...today, lnag: 'en' }), { path: '/lnag' });
  throwsCode(() => validate(record(), { ...today, lang: 'fr' }), { path: '/lang' });
  throwsCode(() => validate(record(), { ...today, nearWorkdays: -1 }), { path: '/nearWorkdays' });
  const e = throwsCode(() => validate(record(), { today: 'x', lang: 'en' }), { path: '/today' });
  assert.match(e.message, /options/, 'errors speak the requested language');
});

test('validateField returns only the findings at or under the pointer', () => {
  const rec = record();
  rec.content.winnerName = '';
  rec.content.purchaserAndAgency = '联系人：李工，电话13812345678';
  rec.channels = [];
  const all = validate(rec, today).findings.map((f) => f.path);
  assert.ok(all.length >= 3, all);
  const one = validateField(rec, '/content/winnerName', today);
  assert.deepEqual(one.findings.map((f) => `${f.code} ${f.path}`), ['element.missing /content/winnerName']);
  assert.equal(one.ok, false);
  const content = validateField(rec, '/content', today).findings.map((f) => f.path).sort();
  assert.deepEqual(content, ['/content/purchaserAndAgency', '/content/winnerName']);
  const title = validateField(rec, '/title', today);
  assert.deepEqual(title.findings, []);
  assert.equal(title.ok, true);
  assert.equal(validateField(rec, '', today).findings.length, all.length);
  throwsCode(() => validateField(rec, 'content', today), { code: 'input.invalid_argument', argument: 'path' });
  throwsCode(() => validateField(rec, 7, today), { code: 'input.invalid_argument', argument: 'path' });
});

test('dueDate across National Day 2024 (政府采购法实施条例 Art 43: 2 working days)', () => {
  const d = dueDate('GP-R43', '2024-09-27');
  assert.equal(d.due, '2024-09-30');
  const x = d.explanation;
  assert.equal(x.rule, 'GP-R43');
  assert.equal(x.anchor, 'awarded');
  assert.equal(x.anchorDate, '2024-09-27');
  assert.deepEqual(x.period, { n: 2, unit: 'workday' });
  assert.deepEqual(x.specialDays, [
    { date: '2024-09-29', kind: 'makeup_workday', workday: true, name: '国庆节' },
  ]);
  assert.match(x.text, /2024-09-30/);
  assert.match(x.text, /2024-09-29国庆节调休上班/);
  // One more working day lands after the holiday.
  assert.equal(addWorkdays('2024-09-27', 3), '2024-10-08');
  // 3 日 counted from 28 September end on 1 October, a holiday: rolled to 8 October (民法典 Art 203).
  const rolled = dueDate('TB-R54A', '2024-09-28', { lang: 'en' });
  assert.equal(rolled.due, '2024-10-08');
  assert.equal(rolled.explanation.countedEnd, '2024-10-01');
  assert.equal(rolled.explanation.rolled, true);
  assert.match(rolled.explanation.text, /Civil Code Art 203/);
});

test('dueDate errors', () => {
  throwsCode(() => dueDate('NOPE', '2024-09-27'), { code: 'rules.unknown_rule', argument: 'ruleId', ruleId: 'NOPE' });
  throwsCode(() => dueDate('GP-87-69', '2024-09-27'), { code: 'rules.not_a_deadline' });
  throwsCode(() => dueDate('GP-R43', '2024-9-27'), { code: 'input.invalid_date', argument: 'eventDate' });
  throwsCode(() => dueDate(43, '2024-09-27'), { code: 'input.invalid_argument', argument: 'ruleId' });
  throwsCode(() => dueDate('GP-R43', '2027-01-04'), { code: 'calendar.year_not_covered', year: 2027 });
  throwsCode(() => dueDate('GP-R43', '2024-09-27', { language: 'en' }), { argument: 'options' });
});

test('isWorkday: the make-up Sunday 2024-09-29 is worked, National Day is not', () => {
  assert.equal(isWorkday('2024-09-29'), true);
  assert.equal(isWorkday('2024-09-28'), false);
  assert.equal(isWorkday('2024-10-01'), false);
  assert.equal(isWorkday('2024-10-08'), true);
  assert.equal(isWorkday('2024-10-12'), true); // the second make-up day, a Saturday
});

test('addWorkdays and workdaysBetween agree', () => {
  assert.equal(addWorkdays('2024-09-27', 2), '2024-09-30');
  assert.equal(addWorkdays('2024-10-08', -1), '2024-09-30');
  assert.equal(addWorkdays('2024-10-03', 0), '2024-10-03');
  assert.equal(workdaysBetween('2024-09-27', '2024-10-08'), 3);
  assert.equal(workdaysBetween('2024-10-08', '2024-09-30'), -1);
  for (let n = -30; n <= 30; n += 7) {
    assert.equal(workdaysBetween('2025-01-24', addWorkdays('2025-01-24', n)), n);
  }
  throwsCode(() => addWorkdays('2024-09-27', 1.5), { code: 'input.invalid_argument', argument: 'n' });
  throwsCode(() => addWorkdays('2024-09-27', '2'), { code: 'input.invalid_argument', argument: 'n' });
  throwsCode(() => workdaysBetween('2024-09-27', null), { code: 'input.invalid_argument', argument: 'b' });
});

// An argument's error names it and has a code of its own, not one of calendar data, in both
// languages.
test('argument errors name the argument, in both languages', () => {
  const n = throwsCode(() => addWorkdays('2024-09-27', 1.5), { code: 'input.invalid_argument', argument: 'n' });
  assert.match(n.message, /参数 n 应为整数，实为 1\.5/);
  const path = throwsCode(() => validateField(record(), 7, { ...today, lang: 'en' }),
    { code: 'input.invalid_argument', argument: 'path' });
  assert.match(path.message, /argument `path` must be a JSON Pointer string, got 7/);
  const zh = throwsCode(() => validateField(record(), 7, today), { argument: 'path' });
  assert.match(zh.message, /参数 path 应为JSON Pointer 字符串，实为 7/);
  const date = throwsCode(() => dueDate('GP-R43', '2024-02-30', { lang: 'en' }),
    { code: 'input.invalid_date', argument: 'eventDate' });
  assert.match(date.message, /eventDate: "2024-02-30": there is no day 30 in February 2024/);
  const dateZh = throwsCode(() => dueDate('GP-R43', '2024-02-30'), { argument: 'eventDate' });
  assert.match(dateZh.message, /eventDate 不是有效日期.*2024年2月没有30日/);
});

// Only YYYY-MM-DD with a four-digit year from 1949 to 2099 is a date, in an argument, an option
// and a record alike.
test('dates are strict YYYY-MM-DD everywhere', () => {
  for (const bad of [' 2024-09-27', '24-9-27', '-2024-09-27', '+10000-01-01', '0000-01-01', '2024 - 9 - 27']) {
    throwsCode(() => isWorkday(bad), { code: 'input.invalid_date', argument: 'date' });
    throwsCode(() => validate(record(), { today: bad }), { code: 'input.invalid_json', argument: 'options', path: '/today' });
    throwsCode(() => validate({ ...record(), formedOn: bad }, today), { code: 'input.invalid_json', path: '/formedOn' });
  }
  // A year before the embedded schedule is a date: the calendar says it is not covered.
  throwsCode(() => isWorkday('2012-03-01'), { code: 'calendar.year_not_covered', year: 2012 });
});

// A byte-order mark before a record is skipped; a negative amount is refused however small.
test('a byte-order mark is skipped and a negative amount refused', () => {
  const text = '\ufeff' + JSON.stringify(record());
  assert.equal(validate(text, today).recordId, result.record.id);
  throwsCode(() => validate({ ...record(), amounts: { budget: -1e-17 } }, today),
    { code: 'input.invalid_json', path: '/amounts/budget' });
});

test('2027 is not covered: the calendar functions throw calendar.year_not_covered', () => {
  throwsCode(() => isWorkday('2027-03-01'), { code: 'calendar.year_not_covered', year: 2027 });
  throwsCode(() => addWorkdays('2026-12-28', 5), { code: 'calendar.year_not_covered', year: 2027 });
  throwsCode(() => workdaysBetween('2026-12-01', '2027-01-04'), { code: 'calendar.year_not_covered' });
  throwsCode(() => isWorkday('2024-02-30'), { code: 'input.invalid_date', argument: 'date' });
});

test('describeItem gives the Chinese labels of the elements', () => {
  const d = describeItem('procurementResult');
  assert.equal(d.domain, 'governmentProcurement');
  assert.equal(d.zh, '中标（成交）结果公告');
  assert.deepEqual(d.elements.find((e) => e.key === 'winnerName'),
    { key: 'winnerName', zh: '中标（成交）供应商名称', en: 'winner', required: true });
  const h = describeItem('housingAllocationResult');
  assert.deepEqual(h.elements.map((e) => e.key), ['allotteeList', 'housingAssigned', 'objectionChannel']);
  throwsCode(() => describeItem('nope'), { code: 'input.invalid_argument', argument: 'item' });
  throwsCode(() => describeItem(5), { code: 'input.invalid_argument', argument: 'item' });
});

const SYNTHETIC_2027 = [
  '# year 2027 notice unverified synthetic test year, not the real schedule',
  '2027-01-01 holiday 元旦',
  '2027-02-08 holiday 春节',
  '2027-04-05 holiday 清明节',
  '2027-05-03 holiday 劳动节',
  '2027-06-09 holiday 端午节',
  '2027-10-01 holiday 国庆节',
].join('\n');

test('Engine: national by default, local days off, a newer calendar year, local rules', () => {
  const national = new Engine();
  assert.deepEqual(national.validate(record(), today), validate(record(), today));
  assert.equal(national.dueDate('GP-R43', '2024-09-27').due, '2024-09-30');

  const local = new Engine({ localDaysOff: [{ date: '2025-06-03', name: '云江市民节' }] });
  assert.equal(local.isWorkday('2025-06-03'), false);
  assert.equal(isWorkday('2025-06-03'), true);
  assert.equal(local.addWorkdays('2025-06-02', 1), '2025-06-04');
  assert.equal(local.workdaysBetween('2025-06-02', '2025-06-04'), 1);

  const newer = new Engine(JSON.stringify({ calendarYears: [SYNTHETIC_2027] }));
  assert.equal(newer.isWorkday('2027-01-04'), true);
  assert.equal(newer.isWorkday('2027-01-01'), false);
  const v = readVector('deadline-year-not-covered.json');
  assert.deepEqual(validate(v.record, v.context).findings.map((f) => f.code), ['deadline.calendar_not_covered']);
  const judged = newer.validate(v.record, v.context);
  assert.ok(!judged.findings.some((f) => f.code === 'deadline.calendar_not_covered'), JSON.stringify(judged));

  const hotline = new Engine({ rules: { rules: [{
    id: 'YJ-GP-HOTLINE', domain: 'governmentProcurement', item: 'procurementResult',
    check: { kind: 'requiredElements', extra: [{ key: 'supervisionHotline', zh: '监督电话', en: 'supervision hotline' }] },
    severity: 'warning', summary: { zh: '须载明监督电话', en: 'state the hotline' },
    legalBasis: { document: '云江市公共资源交易监督办法（示例）', verification: 'R' },
  }] } });
  const f = hotline.validateField(record(), '/content/supervisionHotline', today).findings;
  assert.deepEqual(f.map((x) => [x.code, x.severity, x.rule]), [['element.missing', 'warning', 'YJ-GP-HOTLINE']]);
  assert.match(f[0].message, /监督电话/);
});

test('Engine: malformed configuration throws with the core code', () => {
  throwsCode(() => new Engine({ colour: 1 }), { code: 'input.invalid_json', argument: 'config', path: '/colour' });
  throwsCode(() => new Engine('{'), { code: 'input.invalid_json', argument: 'config' });
  throwsCode(() => new Engine({ localDaysOff: [{ date: '2025-06-07', name: 'x' }] }), { code: 'calendar.local_day_clash' });
  throwsCode(() => new Engine({ calendarYears: ['2027-01-04 workday'] }), { code: 'calendar.kind_contradicts_weekday' });
  throwsCode(() => new Engine({ rules: { rules: [{ id: 'X' }] } }), { code: 'input.invalid_json' });
  throwsCode(() => new Engine(42), { code: 'input.invalid_json' });
});

test('no panic reaches JS: arbitrary values only ever throw GongkaiError', () => {
  const blacklisted = new full.Engine({ blacklist: sampleBlacklist() });
  let seed = 7;
  const rnd = (n) => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed % n; };
  const atoms = [undefined, null, 0, -1, 1.5, 2 ** 40, NaN, '', 'x', '2024-09-29', '2027-01-01',
    '9999-12-31', '0000-01-01', '/content', 'GP-R43', {}, [], true, '\u0000', '中'.repeat(300),
    { today: '2024-10-10' }, { lang: 'en' }, 'governmentProcurement',
    { name: '云江市德润物业管理有限公司', creditCode: '91445400MATJPR1A5A' }, { name: '' },
    { unit: '云江市财政局', domains: ['housing'] }, { noticeIssued: '2018-06-12', asOf: '2026-12-01' }];
  const mutate = (v) => {
    const rec = structuredClone(result.record);
    const keys = ['id', 'title', 'formedOn', 'publishedOn', 'status', 'channels', 'content',
      'amounts', 'events', 'parties', 'pauses', 'exemption', 'changedOn'];
    rec[keys[rnd(keys.length)]] = v;
    return rec;
  };
  const fns = [
    (a, b) => validate(a, b), (a, b, c) => validateField(a, b, c), (a, b, c) => dueDate(a, b, c),
    (a) => isWorkday(a), (a, b) => addWorkdays(a, b), (a, b) => workdaysBetween(a, b),
    (a) => describeItem(a), (a) => new Engine(a), (a) => new full.Engine(a),
    (a, b) => validateWorkPlan(a, b), (a) => obligations(a),
    (a, b, c) => blacklisted.screen(a, b, c), (a, b, c) => blacklisted.screen(a, b, undefined, c),
  ];
  let calls = 0;
  for (let i = 0; i < 3000; i++) {
    const pick = () => (rnd(3) === 0 ? mutate(atoms[rnd(atoms.length)]) : atoms[rnd(atoms.length)]);
    const args = [pick(), pick(), pick()];
    if (rnd(2) === 0) args[1] = { today: atoms[rnd(atoms.length)] };
    try {
      fns[rnd(fns.length)](...args);
    } catch (e) {
      assert.equal(e?.name, 'GongkaiError', `${e}`);
      assert.equal(typeof e.code, 'string');
    }
    calls++;
  }
  // The module still works after all of that.
  assert.equal(dueDate('GP-R43', '2024-09-27').due, '2024-09-30');
  assert.equal(calls, 3000);
});

test('the default entry has no blacklist: a configuration with one is refused, an empty one is not', () => {
  for (const name of ['validateWorkPlan', 'obligations']) {
    assert.equal(typeof gongkai[name], 'undefined', name);
    assert.equal(typeof full[name], 'function', name);
  }
  assert.equal(typeof Engine.prototype.screen, 'undefined');
  assert.equal(typeof full.Engine.prototype.screen, 'function');
  const e = throwsCode(() => new Engine({ blacklist: sampleBlacklist() }),
    { code: 'config.blacklist_unsupported', argument: 'config', path: '/blacklist' });
  assert.match(e.message, /黑名单/);
  // Refused as a whole, before any entry is read: a malformed entry gives the same error.
  throwsCode(() => new Engine({ blacklist: [{ id: 7 }] }), { code: 'config.blacklist_unsupported' });
  // The rest of the configuration is still checked first, and an empty blacklist is no blacklist.
  throwsCode(() => new Engine({ blacklist: [], colour: 1 }), { code: 'input.invalid_json', path: '/colour' });
  const local = new Engine({ blacklist: [], localDaysOff: [{ date: '2025-06-03', name: '市民节' }] });
  assert.equal(local.isWorkday('2025-06-03'), false);
  assert.equal(isWorkday('2025-06-03'), true);
  // The same record gives the same report in both entries.
  assert.deepEqual(validate(record(), { ...today, lang: 'en' }), full.validate(record(), { ...today, lang: 'en' }));
});

test('the package.json exports point at files that exist', () => {
  const pkg = JSON.parse(readFileSync(path.join(pkgDir, 'package.json'), 'utf8'));
  assert.equal(pkg.name, 'gongkai');
  const targets = [];
  const walk = (v) => (typeof v === 'string' ? targets.push(v) : Object.values(v).forEach(walk));
  walk(pkg.exports);
  targets.push(pkg.main, pkg.module, pkg.types);
  assert.ok(targets.includes('./full/node/gongkai.js') && targets.includes('./full/web/gongkai.js'));
  for (const t of targets) assert.ok(readFileSync(path.join(pkgDir, t)).length > 0, t);
});
