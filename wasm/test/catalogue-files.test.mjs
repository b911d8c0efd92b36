// Catalogue files in the catalogue entry (`gongkai/catalogue`) in node: readCatalogue and
// checkCatalogueFile on the sample files of the web example (examples/web/samples/, written by
// examples/tests/web_samples.rs from catalogue-linjiang.json): the same rows as the JSON, the same
// findings as checking the JSON, the same answer as the Rust API
// (target/wasm-test/native-cases.json, `catalogueFiles`, when present), and every kind of file that
// cannot be read thrown with its code and place.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogue as entry, gongkai, full, root } from './load.mjs';

const { readCatalogue, checkCatalogueFile, checkCatalogue, Engine } = entry;
const samples = path.join(root, 'examples/web/samples');
const sample = (name) => new Uint8Array(readFileSync(path.join(samples, name)));
const source = JSON.parse(readFileSync(path.join(samples, 'catalogue-linjiang.json'), 'utf8'));
const county = { domains: ['governmentProcurement'], level: 'county' };
const cases = JSON.parse(readFileSync(path.join(root, 'wasm/test/cases.json'), 'utf8')).catalogueFiles;
const nativeFile = process.env.GONGKAI_NATIVE_CASES ?? path.join(root, 'target/wasm-test/native-cases.json');
const native = existsSync(nativeFile) ? JSON.parse(readFileSync(nativeFile, 'utf8')).catalogueFiles : null;

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

/** What readCatalogue gives is checkCatalogueFile's answer without the report. */
function withoutReport({ report, ...read }) {
  return read;
}

test('the workbook reads as the JSON it was written from, with where each row came from', () => {
  const read = readCatalogue(sample('catalogue-linjiang.xlsx'), 'catalogue-linjiang.xlsx');
  assert.deepEqual(Object.keys(read),
    ['catalogue', 'sheet', 'headingRows', 'headings', 'sourceRows', 'blankRows', 'notes']);
  assert.deepEqual(read.catalogue.rows, source.rows);
  assert.equal(read.sheet, '目录');
  assert.deepEqual(read.headingRows, [2, 2]);
  assert.deepEqual(read.sourceRows, [3, 4, 5, 6, 7, 8]);
  assert.equal(read.headings[8], '公开对象');
  assert.equal(read.blankRows, 0);
  // The title above the headings is kept, not dropped.
  assert.deepEqual(read.notes, [{ row: 1, text: '临江县财政局政府采购领域主动公开目录' }]);
  assert.equal(read.catalogue.rows[2]['备注'], '与中标通知书同时发出');
});

test('the GBK CSV reads as the workbook does; so do its UTF-8 and UTF-16 forms', () => {
  const gbk = sample('catalogue-linjiang-gbk.csv');
  const read = readCatalogue(gbk, 'catalogue-linjiang-gbk.csv');
  assert.deepEqual(read.catalogue.rows, source.rows);
  assert.equal(read.sheet, null);
  assert.deepEqual(read.sourceRows, [2, 3, 4, 5, 6, 7]);
  const text = new TextDecoder('gbk').decode(gbk);
  const utf8 = new TextEncoder().encode(`\uFEFF${text}`);
  assert.deepEqual(readCatalogue(utf8, 'a.csv').catalogue, read.catalogue);
  const utf16 = new Uint8Array(2 + text.length * 2);
  utf16.set([0xFF, 0xFE]);
  for (let i = 0; i < text.length; i++) new DataView(utf16.buffer).setUint16(2 + i * 2, text.charCodeAt(i), true);
  assert.deepEqual(readCatalogue(utf16, 'a.csv').catalogue, read.catalogue);
  // The content tells a workbook whatever its name; a CSV needs its extension.
  assert.deepEqual(readCatalogue(sample('catalogue-linjiang.xlsx'), '目录').catalogue, read.catalogue);
});

test('a file checks as its JSON does: 政府采购法实施条例 Art 43 (2 working days, not 5), a row of no item', () => {
  const fromJson = checkCatalogue(source, county);
  for (const name of ['catalogue-linjiang.xlsx', 'catalogue-linjiang-gbk.csv']) {
    const checked = checkCatalogueFile(sample(name), name, county);
    assert.deepEqual(checked.report, fromJson, name);
    assert.deepEqual(withoutReport(checked), readCatalogue(sample(name), name), name);
    assert.deepEqual(checkCatalogue(checked.catalogue, county), fromJson, name);
  }
  const looser = fromJson.findings.filter((f) => f.code === 'catalogue.time_limit_looser');
  assert.deepEqual(looser.map((f) => f.path), ['/2/timeLimit']);
  assert.match(looser[0].message, /5个工作日.*2个工作日/);
  assert.deepEqual(fromJson.rows[5], { row: 5, level2: '政府采购内部控制制度', items: [] });
  assert.ok(fromJson.findings.some((f) => f.code === 'catalogue.row_unmatched' && f.path === '/5/level2'));
  assert.equal(fromJson.findings.filter((f) => f.code === 'catalogue.item_missing').length, 5);
  assert.equal(fromJson.ok, false);
});

test('bytes as an ArrayBuffer or a node Buffer; options as JSON text; English; the Engine method', () => {
  const bytes = sample('catalogue-linjiang.xlsx');
  const want = checkCatalogueFile(bytes, 'c.xlsx', county);
  assert.deepEqual(checkCatalogueFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength), 'c.xlsx', county), want);
  assert.deepEqual(checkCatalogueFile(readFileSync(path.join(samples, 'catalogue-linjiang.xlsx')), 'c.xlsx', county), want);
  assert.deepEqual(checkCatalogueFile(bytes, 'c.xlsx', JSON.stringify(county)), want);
  assert.deepEqual(new Engine().checkCatalogueFile(bytes, 'c.xlsx', county), want);
  const en = checkCatalogueFile(bytes, 'c.xlsx', county, { lang: 'en' });
  assert.deepEqual(en.report, checkCatalogue(source, county, { lang: 'en' }));
  assert.match(en.report.findings.find((f) => f.code === 'catalogue.item_missing').message, /has no row for "Procurement documents"/);
});

for (const [i, c] of cases.entries()) {
  test(`the Rust API's answer: ${c.file}${c.lang ? ` (${c.lang})` : ''}, ${JSON.stringify(c.options)}`, (t) => {
    if (!native) {
      t.skip('no native answers (scripts/test-wasm.sh writes them)');
      return;
    }
    const want = native[i];
    const name = path.basename(c.file);
    const lang = c.lang ? { lang: c.lang } : undefined;
    const bytes = new Uint8Array(readFileSync(path.join(root, c.file)));
    if (want.error) {
      for (const call of [() => readCatalogue(bytes, name, lang), () => checkCatalogueFile(bytes, name, c.options, lang)]) {
        const e = throwsCode(call, { code: want.error.code, message: want.error.message, argument: 'bytes' });
        for (const k of ['row', 'column', 'sheet']) assert.equal(e[k], want.error[k] ?? undefined, k);
      }
      return;
    }
    const got = checkCatalogueFile(bytes, name, c.options, lang);
    assert.deepEqual(got, want);
    assert.deepEqual(readCatalogue(bytes, name, lang), withoutReport(want));
  });
}

test('a cell that cannot be read is named by sheet, row, column and heading', () => {
  const csv = throwsCode(() => readCatalogue(sample('catalogue-linjiang-broken.csv'), 'broken.csv'), {
    code: 'catalogue.cell_unreadable', argument: 'bytes', row: 4, column: 9, columnLetter: 'I',
    heading: '公开对象', text: '待定', sheet: undefined,
  });
  assert.match(csv.message, /^第 4 行 I 列（公开对象）："待定"：应填/);
  const xlsx = throwsCode(() => checkCatalogueFile(sample('catalogue-linjiang-broken.xlsx'), 'broken.xlsx',
    county, { lang: 'en' }), {
    code: 'catalogue.cell_unreadable', sheet: '目录', row: 5, column: 7, columnLetter: 'G',
    heading: '公开对象(全社会)', text: '待定',
  });
  assert.match(xlsx.message, /^sheet "目录", row 5, column G/);
  assert.match(readCatalogueMessage(sample('catalogue-linjiang-broken.xlsx'), 'b.xlsx'), /^工作表“目录”第 5 行 G 列/);
});

function readCatalogueMessage(bytes, name) {
  try {
    readCatalogue(bytes, name);
  } catch (e) {
    return e.message;
  }
  return '';
}

test('files that are no catalogue, or cannot be read, throw their codes', () => {
  const ole = new Uint8Array([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0]);
  const xls = throwsCode(() => readCatalogue(ole, '目录.xlsx'), { code: 'catalogue.format_unknown', argument: 'bytes' });
  assert.match(xls.message, /XLS/);
  throwsCode(() => readCatalogue(new TextEncoder().encode('%PDF-1.7'), 'a.pdf'), { code: 'catalogue.format_unknown' });
  throwsCode(() => readCatalogue(new TextEncoder().encode('二级事项'), 'a.docx'), { code: 'catalogue.format_unknown' });
  throwsCode(() => readCatalogue(new TextEncoder().encode('PK\u0003\u0004 not a zip'), 'a.xlsx'),
    { code: 'catalogue.file_unreadable' });
  throwsCode(() => readCatalogue(new TextEncoder().encode('a,b'), 'a.xlsx'), { code: 'catalogue.file_unreadable' });
  throwsCode(() => readCatalogue(new Uint8Array(0), 'a.csv'), { code: 'catalogue.file_empty' });
  throwsCode(() => readCatalogue(new TextEncoder().encode('标题\n甲,乙\n'), 'a.csv'),
    { code: 'catalogue.headings_not_found' });
  throwsCode(() => readCatalogue(new Uint8Array([0x61, 0x2C, 0x62, 0x0A, 0x63, 0x2C, 0x80, 0xFF, 0xFF, 0x0A]), 'a.csv'),
    { code: 'catalogue.encoding_unknown', row: 2 });
});

test('arguments of the wrong kind, and bad options, throw naming the argument', () => {
  throwsCode(() => readCatalogue('序号,二级事项', 'a.csv'), { code: 'input.invalid_argument', argument: 'bytes' });
  throwsCode(() => readCatalogue([1, 2], 'a.csv'), { code: 'input.invalid_argument', argument: 'bytes' });
  throwsCode(() => readCatalogue(undefined, 'a.csv'), { code: 'input.invalid_argument', argument: 'bytes' });
  throwsCode(() => readCatalogue(new Uint8Array(1), 3), { code: 'input.invalid_argument', argument: 'fileName' });
  const en = throwsCode(() => readCatalogue(new Uint8Array(1), undefined, { lang: 'en' }),
    { code: 'input.invalid_argument', argument: 'fileName' });
  assert.match(en.message, /file name/);
  throwsCode(() => readCatalogue(new Uint8Array(1), 'a.csv', { lang: 'fr' }), { code: 'input.invalid_json', path: '/lang' });
  const bytes = sample('catalogue-linjiang.xlsx');
  throwsCode(() => checkCatalogueFile(bytes, 'a.xlsx', { domains: [] }),
    { code: 'input.invalid_json', argument: 'options', path: '/domains' });
  throwsCode(() => checkCatalogueFile(bytes, 'a.xlsx', { domains: ['housing'], level: 'district' }),
    { code: 'input.invalid_json', argument: 'options', path: '/level' });
  // The options are read before the file: a bad file with bad options is refused for the options.
  throwsCode(() => checkCatalogueFile(new Uint8Array(0), 'a.csv', { domains: ['fishing'] }),
    { code: 'input.invalid_json', argument: 'options', path: '/domains/0' });
  throwsCode(() => checkCatalogueFile(bytes, 'a.xlsx', county, { lang: 'fr' }),
    { code: 'input.invalid_json', argument: 'langOptions', path: '/lang' });
});

test('the default and full entries do not read catalogue files', () => {
  for (const other of [gongkai, full]) {
    assert.equal(typeof other.readCatalogue, 'undefined');
    assert.equal(typeof other.checkCatalogueFile, 'undefined');
  }
});
