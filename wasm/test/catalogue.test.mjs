// The catalogue entry (`gongkai/catalogue`) in node: every vector of tests/vectors/catalogue/ (the
// same files the Rust and C suites run), the whole answer compared as tests/vectors/catalogue/
// README.md describes, with the catalogue and options as objects and as JSON text, in both
// languages; what it throws for input it cannot check; and that the other entries lack it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalogue as entry, gongkai, full, vectorsIn } from './load.mjs';

const { checkCatalogue, baselineCatalogue, Engine } = entry;
const all = vectorsIn('catalogue');

/** A check's answer as a vector states it: findings without their language text. */
function project(answer) {
  for (const f of answer.findings) {
    assert.ok(f.message.length > 0 && f.legalBasis.document.length > 0);
    assert.deepEqual(Object.keys(f).slice(0, 6), ['code', 'severity', 'path', 'message', 'legalBasis', 'rule']);
  }
  return {
    ok: answer.ok,
    rows: answer.rows,
    findings: answer.findings.map(({ code, severity, path, rule }) => ({ code, severity, path, rule })),
  };
}

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

test('there are catalogue vectors, checks and baselines', () => {
  assert.ok(all.length >= 12, `found ${all.length}`);
  assert.ok(all.some((v) => v.baseline) && all.some((v) => !v.baseline));
});

for (const v of all) {
  test(`catalogue vector ${v.file}`, () => {
    if (v.baseline) {
      assert.deepEqual(baselineCatalogue(v.options), v.expected, v.description);
      assert.deepEqual(baselineCatalogue(JSON.stringify(v.options)), v.expected);
      assert.deepEqual(new Engine().baselineCatalogue(v.options), v.expected);
      return;
    }
    const zh = checkCatalogue(v.catalogue, v.options);
    assert.deepEqual(Object.keys(zh), ['ok', 'rows', 'findings']);
    assert.deepEqual(project(zh), v.expected, v.description);
    const en = checkCatalogue(v.catalogue, v.options, { lang: 'en' });
    assert.deepEqual(project(en), v.expected, `${v.description} (en)`);
    // The same texts, as a page holding them as JSON would pass them.
    assert.deepEqual(checkCatalogue(JSON.stringify(v.catalogue), JSON.stringify(v.options)), zh);
    assert.deepEqual(new Engine().checkCatalogue(v.catalogue, v.options), zh);
  });
}

test('the comparison sees each part of the answer', () => {
  const v = all.find((x) => x.file === 'bidding-violation-record-looser-period.json');
  const got = project(checkCatalogue(v.catalogue, v.options));
  assert.deepEqual(got, v.expected);
  for (const edit of [
    (w) => { w.ok = false; },
    (w) => { w.rows[6].items = ['biddingAward']; },
    (w) => { w.findings[0].rule = 'GI-26'; },
    (w) => { w.findings[0].severity = 'error'; },
    (w) => { w.findings[0].path = '/5/timeLimit'; },
  ]) {
    const want = structuredClone(v.expected);
    edit(want);
    assert.notDeepEqual(got, want, `${edit} is not seen`);
  }
});

test('a baseline passes its own check', () => {
  const options = { domains: ['governmentProcurement', 'housing'], level: 'county' };
  const report = checkCatalogue({ rows: baselineCatalogue(options) }, options, { lang: 'en' });
  assert.deepEqual([report.ok, report.findings], [true, []]);
});

test('options and catalogues that cannot be checked throw, naming the argument and pointer', () => {
  const rows = [{ level2: '审批核准信息' }];
  throwsCode(() => checkCatalogue(rows, { domains: ['procurement'] }),
    { code: 'input.invalid_json', argument: 'options', path: '/domains/0' });
  throwsCode(() => checkCatalogue(rows, { domains: [] }), { code: 'input.invalid_json', argument: 'options', path: '/domains' });
  throwsCode(() => checkCatalogue(rows, { domains: ['housing'], level: 'district' }),
    { code: 'input.invalid_json', argument: 'options', path: '/level' });
  throwsCode(() => checkCatalogue(rows, { domains: ['housing'], lang: 'en' }),
    { code: 'input.invalid_json', argument: 'options', path: '/lang' });
  throwsCode(() => checkCatalogue(rows, undefined), { code: 'input.invalid_json', argument: 'options' });
  const bad = throwsCode(() => checkCatalogue({ rows: [{ level2: 3 }] }, { domains: ['housing'] }),
    { code: 'input.invalid_json', argument: 'catalogue', path: '/rows/0/level2' });
  assert.match(bad.message, /目录清单无效/);
  throwsCode(() => checkCatalogue('[{"level2": ', '{"domains": ["housing"]}'),
    { code: 'input.invalid_json', argument: 'catalogue', line: 1 });
  throwsCode(() => checkCatalogue(rows, { domains: ['housing'] }, { lang: 'fr' }),
    { code: 'input.invalid_json', argument: 'langOptions', path: '/lang' });
  throwsCode(() => baselineCatalogue({ domains: ['fishing'] }), { code: 'input.invalid_json', argument: 'options', path: '/domains/0' });
  throwsCode(() => baselineCatalogue('{"domains": '), { code: 'input.invalid_json', argument: 'options' });
  const en = throwsCode(() => checkCatalogue(rows, { domains: ['x'] }, { lang: 'en' }), { argument: 'options' });
  assert.match(en.message, /invalid options at \/domains\/0/);
});

test('the catalogue entry validates records as the default entry does', () => {
  const v = { id: '1', domain: 'housing', item: 'housingAllocationResult', title: '配租结果',
    responsibleBody: { name: '某局' }, formedOn: '2024-07-01', status: 'pending',
    channels: ['governmentWebsite'], content: { allotteeList: '陈*华 等32户' } };
  assert.deepEqual(entry.validate(v, { today: '2024-07-10' }), gongkai.validate(v, { today: '2024-07-10' }));
});

test('the default and full entries do not carry the catalogue check', () => {
  for (const other of [gongkai, full]) {
    assert.equal(typeof other.checkCatalogue, 'undefined');
    assert.equal(typeof other.baselineCatalogue, 'undefined');
  }
  assert.equal(typeof entry.entryFromDecision, 'undefined', 'entryFromDecision is in gongkai/full');
});
