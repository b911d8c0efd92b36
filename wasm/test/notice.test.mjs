// The notice entry (`gongkai/notice`) in node: every development notice of tests/notices/dev read
// and judged by validateNotice, its whole answer compared with the notice's report file (line 1:
// the options; line 2: the answer the Rust API writes, which the C suite compares too); what it
// throws for a notice it cannot read; and that the other entries lack it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { notice as entry, gongkai, full, catalogue, root } from './load.mjs';

const { validateNotice, validate } = entry;
const dir = path.join(root, 'tests/notices/dev');
const reports = readdirSync(dir).filter((f) => f.endsWith('.report.json')).sort();

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

test('there are development notices with report files', () => {
  assert.ok(reports.length >= 100, `found ${reports.length}`);
});

test('every development notice answers as its report file', () => {
  const differ = [];
  for (const file of reports) {
    const stem = file.slice(0, -'.report.json'.length);
    const input = ['txt', 'html'].map((e) => path.join(dir, `${stem}.${e}`)).find(existsSync);
    const [options, answer] = readFileSync(path.join(dir, file), 'utf8').split('\n');
    const text = readFileSync(input, 'utf8');
    const got = JSON.stringify(validateNotice(text, JSON.parse(options)));
    if (got !== answer) differ.push(file);
    // The options as JSON text give the same answer.
    else if (JSON.stringify(validateNotice(text, options)) !== answer) differ.push(`${file} (options as text)`);
  }
  assert.deepEqual(differ, []);
});

test('a notice gives its type, record, evidence spans and findings, in English too', () => {
  const text = '云江市财政局政府采购行政处罚决定书\n当事人：云江恒达贸易有限公司\n云江市财政局\n2024年3月18日';
  const r = validateNotice(text, { fetchedOn: '2024-04-01' }, { lang: 'en' });
  assert.equal(r.notice.type, 'penaltyDecision');
  assert.equal(r.record.parties[0].name, '云江恒达贸易有限公司');
  const bytes = new TextEncoder().encode(text);
  const [a, b] = r.evidence[0].span;
  assert.ok(a < b && b <= bytes.length);
  assert.ok(new TextDecoder().decode(bytes.slice(a, b)).length > 0);
  // The entry still validates records.
  assert.equal(typeof validate, 'function');
});

test('a notice it cannot read throws its code', () => {
  const o = { fetchedOn: '2024-04-01' };
  throwsCode(() => validateNotice('', o), { code: 'notice.empty', argument: 'text' });
  throwsCode(() => validateNotice('\u0000\u0001\u0002\u0003', o), { code: 'notice.binary' });
  throwsCode(() => validateNotice('Notice of award: the contract goes to Acme Ltd.', o), { code: 'notice.not_chinese' });
  throwsCode(() => validateNotice('今天天气很好，我们去公园散步，看见很多人在跳舞。', o), { code: 'notice.unclassified' });
  throwsCode(() => validateNotice(' '.repeat(4 * 1024 * 1024 + 1), o), { code: 'notice.too_large' });
  throwsCode(() => validateNotice('云江市财政局行政处罚决定书'), { code: 'notice.invalid_options', argument: 'options' });
  throwsCode(() => validateNotice('云江市财政局行政处罚决定书', { today: '2024-02-30' }), { code: 'notice.invalid_options' });
  throwsCode(() => validateNotice('云江市财政局行政处罚决定书', { when: 1 }), { code: 'notice.invalid_options' });
  throwsCode(() => validateNotice(42, o), { code: 'input.invalid_argument', argument: 'text' });
  throwsCode(() => validateNotice('公告', o, { lang: 'fr' }), { code: 'input.invalid_json', argument: 'langOptions' });
});

test('the other entries do not carry validateNotice', () => {
  assert.equal(gongkai.validateNotice, undefined);
  assert.equal(full.validateNotice, undefined);
  assert.equal(catalogue.validateNotice, undefined);
});
