// The catalogue page: a department's 主动公开目录清单 (XLSX, CSV or JSON) read and checked by the
// package's catalogue entry (`gongkai/catalogue`: checkCatalogueFile, checkCatalogue,
// baselineCatalogue), each row shown with the items it matched and its findings, the catalogue's
// own findings above, and a file that cannot be read named by sheet, row and column.
import init, {
  checkCatalogueFile, checkCatalogue, baselineCatalogue, describeItem,
} from '../../wasm/pkg/catalogue/web/gongkai.js';

const DOMAINS = [
  ['housing', '住房保障'], ['landUseRights', '国有土地使用权出让'], ['miningRights', '矿业权出让'],
  ['governmentProcurement', '政府采购'], ['statePropertyRights', '国有产权交易'],
  ['constructionBidding', '工程建设项目招标投标'],
];
const LEVEL_TITLE = { province: '省级', city: '市级', county: '县级', township: '乡级', village: '村级' };
const SEVERITY = { error: '错误', warning: '提醒', info: '提示' };
// A finding's field, as the published catalogue heads its column.
const FIELD = {
  level1: '一级事项', level2: '二级事项', level3: '三级事项', item: '公开事项', content: '公开内容（要素）',
  basis: '公开依据', timeLimit: '公开时限', body: '公开主体', channels: '公开渠道和载体',
  audience: '公开对象', mode: '公开方式', supervision: '监督渠道', levels: '公开层级',
};
// The published layout (core's files::published): what the baseline CSV is written with.
const COLUMNS = [
  ['一级事项', (r) => r.level1, true], ['二级事项', (r) => r.level2, true], ['三级事项', (r) => r.level3, false],
  ['公开内容（要素）', (r) => r.content, true], ['公开依据', (r) => r.basis, true],
  ['公开时限', (r) => r.timeLimit, true], ['公开主体', (r) => r.body, true],
  ['公开渠道和载体', (r) => r.channels, true],
  ['公开对象', (r) => ({ public: '全社会', specific: '特定群体' })[r.audience], true],
  ['公开方式', (r) => ({ proactive: '主动公开', onRequest: '依申请公开' })[r.mode], true],
  ['公开层级', (r) => r.levels, false], ['监督渠道', (r) => r.supervision, true],
];

const $ = (id) => document.getElementById(id);
/** The file last chosen: its name, and its bytes (XLSX, CSV) or text (JSON). */
let current = null;
const itemNames = new Map();

function el(tag, props = {}, ...children) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
}

function itemName(item) {
  if (!itemNames.has(item)) {
    let zh = item;
    try {
      zh = describeItem(item).zh;
    } catch {
      // An item this build does not describe: its JSON name.
    }
    itemNames.set(item, zh);
  }
  return itemNames.get(item);
}

/** `{ domains, level? }` from the form, or null when no domain is chosen. */
function options() {
  const domains = [...document.querySelectorAll('#domain-list input:checked')].map((b) => b.value);
  const none = domains.length === 0;
  $('err-domains').hidden = !none;
  $('f-domains').setAttribute('aria-describedby', none ? 'h-domains err-domains' : 'h-domains');
  for (const b of document.querySelectorAll('#domain-list input')) {
    if (none) b.setAttribute('aria-invalid', 'true');
    else b.removeAttribute('aria-invalid');
  }
  if (none) return null;
  const level = $('f-level').value;
  return level ? { domains, level } : { domains };
}

function badge(severity) {
  return el('span', { className: `badge sev-${severity}`, textContent: SEVERITY[severity] ?? severity });
}

function basisText(f) {
  const b = f.legalBasis;
  return `依据：${b.document}${b.article ?? ''}（规则 ${f.rule}）`;
}

/** A finding as a list item: its severity, the field it concerns, the message and the basis. */
function findingItem(f, field) {
  const li = el('li', { className: `finding sev-${f.severity}` });
  li.dataset.code = f.code;
  li.dataset.severity = f.severity;
  li.append(badge(f.severity), ' ');
  if (field) li.append(el('span', { className: 'field', textContent: `${FIELD[field] ?? field}：` }));
  li.append(el('span', { className: 'message', textContent: f.message }), ' ',
    el('span', { className: 'basis', textContent: basisText(f) }));
  return li;
}

/** The row and field a finding's path names (`/3/timeLimit`), or null for the whole catalogue. */
function place(path) {
  const m = /^\/(\d+)(?:\/([^/]+))?/.exec(path);
  return m ? { row: Number(m[1]), field: m[2] ?? '' } : null;
}

function where(e) {
  const parts = [];
  if (e.sheet) parts.push(['工作表', e.sheet]);
  if (e.row) parts.push(['行', String(e.row)]);
  if (e.columnLetter) parts.push(['列', `${e.columnLetter}${e.heading ? `（${e.heading}）` : ''}`]);
  if (e.text !== undefined) parts.push(['单元格内容', e.text]);
  if (e.line) parts.push(['JSON 位置', `第 ${e.line} 行第 ${e.column} 列`]);
  if (e.path && e.argument === 'catalogue') parts.push(['字段', e.path]);
  return parts;
}

function showReadError(e, name) {
  const box = $('read-error');
  box.replaceChildren(el('p', { className: 'title', textContent: `无法读取「${name}」：${e.message}` }));
  const parts = where(e);
  if (parts.length) {
    const dl = el('dl', { id: 'read-error-place' });
    for (const [k, v] of parts) {
      const dd = el('dd', { textContent: v });
      dd.dataset.key = k;
      dl.append(el('div', {}, el('dt', { textContent: k }), dd));
    }
    box.append(dl);
  }
  if (e.code) box.append(el('p', { className: 'muted', textContent: `错误代码 ${e.code}` }));
  box.dataset.code = e.code ?? '';
  box.hidden = false;
  $('report').hidden = true;
}

/** The check's answer on the page. `read` is what checkCatalogueFile gave (or, for JSON, the
 * catalogue alone). */
function showReport(read, report) {
  $('read-error').hidden = true;
  const rows = read.catalogue.rows ?? [];
  const counts = { error: 0, warning: 0, info: 0 };
  for (const f of report.findings) counts[f.severity] = (counts[f.severity] ?? 0) + 1;
  const matched = report.rows.filter((r) => r.items.length > 0).length;
  $('sum-rows').textContent = String(rows.length);
  $('sum-matched').textContent = String(matched);
  $('sum-unmatched').textContent = String(report.rows.length - matched);
  $('sum-errors').textContent = String(counts.error);
  $('sum-warnings').textContent = String(counts.warning);
  $('sum-info').textContent = String(counts.info);
  const verdict = $('verdict');
  verdict.className = report.ok ? 'ok' : 'error';
  verdict.textContent = report.ok
    ? (report.findings.length ? '未发现错误（有提醒或提示，请逐项核对）' : '未发现问题')
    : `发现 ${counts.error} 个错误，须修改后公开`;

  // Findings of the catalogue as a whole, and those of each row.
  const byRow = new Map();
  const whole = [];
  for (const f of report.findings) {
    const at = place(f.path);
    if (at && at.row < rows.length) {
      if (!byRow.has(at.row)) byRow.set(at.row, []);
      byRow.get(at.row).push([f, at.field]);
    } else {
      whole.push(f);
    }
  }
  const list = $('whole-findings');
  list.replaceChildren(...whole.map((f) => findingItem(f, '')));
  if (!whole.length) list.append(el('li', { className: 'muted', textContent: '无' }));

  const notes = read.notes ?? [];
  $('notes-box').hidden = notes.length === 0 && !read.blankRows;
  $('notes').replaceChildren(...notes.map((n) => el('li', { textContent: `第 ${n.row} 行：${n.text}` })));
  if (read.blankRows) $('notes').append(el('li', { className: 'muted', textContent: `空行 ${read.blankRows} 行（已跳过）` }));

  const body = $('rows').tBodies[0];
  body.replaceChildren();
  rows.forEach((r, i) => {
    const match = report.rows[i] ?? { items: [] };
    const found = byRow.get(i) ?? [];
    const line = read.sourceRows ? read.sourceRows[i] : i + 1;
    const tr = el('tr');
    tr.dataset.row = String(i);
    tr.dataset.sourceRow = String(line);
    tr.dataset.findings = found.map(([f]) => f.code).join(' ');
    if (found.length) tr.className = `has-${found.some(([f]) => f.severity === 'error') ? 'error' : 'findings'}`;
    const items = match.items.length
      ? el('td', { className: 'items', textContent: match.items.map(itemName).join('、') })
      : el('td', { className: 'items unmatched', textContent: '未对应任何事项' });
    const cell = el('td', { className: 'row-findings' });
    if (found.length) cell.append(el('ul', { className: 'findings' }, ...found.map(([f, field]) => findingItem(f, field))));
    else cell.append(el('span', { className: 'muted', textContent: '无' }));
    const number = r['序号'];
    tr.append(
      el('td', { textContent: String(line) }),
      el('td', { textContent: number === undefined ? '' : String(number) }),
      el('td', { textContent: r.level1 ?? '' }),
      el('th', { scope: 'row', textContent: r.level2 || r.level3 || '（空）' }),
      items, cell,
    );
    body.append(tr);
  });
  $('rows-caption').textContent = read.sourceRows
    ? '目录各行及其问题（行号为文件中的行号）'
    : '目录各行及其问题（行号为 JSON 中的第几行）';
  filterRows();
  $('report').hidden = false;
}

function filterRows() {
  const only = $('only-problems').checked;
  for (const tr of $('rows').tBodies[0].rows) tr.hidden = only && !tr.dataset.findings;
}

/** Reads and checks the current file with the form's options. Each run is counted in the body's
 * `data-checked`, which the Chromium test waits on. */
function run() {
  const opts = options();
  if (!current) return;
  $('results').hidden = false;
  try {
    check(opts);
  } finally {
    document.body.dataset.checked = String(Number(document.body.dataset.checked ?? 0) + 1);
  }
}

function check(opts) {
  const { name } = current;
  if (!opts) {
    $('report').hidden = true;
    $('read-error').hidden = true;
    $('file-line').textContent = `文件「${name}」：请先选择领域。`;
    return;
  }
  try {
    if (current.text !== undefined) {
      const report = checkCatalogue(current.text, opts);
      const parsed = JSON.parse(current.text);
      const catalogue = Array.isArray(parsed) ? { rows: parsed } : parsed;
      $('file-line').textContent = `文件「${name}」（JSON）`;
      showReport({ catalogue }, report);
    } else {
      const read = checkCatalogueFile(current.bytes, name, opts);
      const heads = read.headingRows[0] === read.headingRows[1]
        ? `${read.headingRows[0]}` : `${read.headingRows[0]}–${read.headingRows[1]}`;
      $('file-line').textContent = `文件「${name}」${read.sheet ? `，工作表“${read.sheet}”` : ''}，表头第 ${heads} 行`;
      showReport(read, read.report);
    }
    $('status').textContent = `已检查「${name}」。`;
  } catch (e) {
    $('file-line').textContent = `文件「${name}」`;
    showReadError(e, name);
    $('status').textContent = `「${name}」无法读取。`;
  }
}

async function take(file) {
  if (!file) return;
  const bytes = new Uint8Array(await file.arrayBuffer());
  current = /\.json$/i.test(file.name)
    ? { name: file.name, text: new TextDecoder('utf-8').decode(bytes) }
    : { name: file.name, bytes };
  run();
}

function csvCell(text) {
  const s = text ?? '';
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The baseline catalogue as CSV in the published layout (序号 first), UTF-8 with a byte-order
 * mark so that Excel reads it as UTF-8, CRLF line ends: what core's `write_csv` writes. */
function baselineCsv(rows) {
  const used = COLUMNS.filter(([, get, always]) => always || rows.some((r) => get(r)));
  const lines = [['序号', ...used.map(([h]) => h)]];
  rows.forEach((r, i) => lines.push([String(i + 1), ...used.map(([, get]) => get(r) ?? '')]));
  return `\uFEFF${lines.map((l) => l.map(csvCell).join(',')).join('\r\n')}\r\n`;
}

function downloadBaseline() {
  const opts = options();
  if (!opts) {
    $('domain-list').querySelector('input').focus();
    return;
  }
  const rows = baselineCatalogue(opts);
  const scope = opts.domains.map((d) => DOMAINS.find(([k]) => k === d)[1]).join('、')
    + (opts.level ? `；${LEVEL_TITLE[opts.level]}` : '');
  const url = URL.createObjectURL(new Blob([baselineCsv(rows)], { type: 'text/csv;charset=utf-8' }));
  const a = el('a', { href: url, download: `公共资源配置领域主动公开基本目录（${scope}）.csv` });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
  $('status').textContent = `已生成基本目录：${rows.length} 行。`;
}

async function main() {
  await init();
  const list = $('domain-list');
  for (const [value, name] of DOMAINS) {
    const box = el('input', { type: 'checkbox', value, id: `f-domain-${value}` });
    list.append(el('label', { htmlFor: box.id }, box, name));
  }
  $('scope').addEventListener('change', (e) => {
    if (e.target.id !== 'f-file') run();
  });
  $('f-file').addEventListener('change', () => take($('f-file').files[0]));
  $('only-problems').addEventListener('change', filterRows);
  $('baseline').addEventListener('click', downloadBaseline);
  const drop = $('drop');
  for (const type of ['dragenter', 'dragover']) {
    drop.addEventListener(type, (e) => {
      e.preventDefault();
      drop.classList.add('over');
    });
  }
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    take(e.dataTransfer.files[0]);
  });
  $('status').textContent = '检查引擎已就绪：选择领域和层级，然后上传目录清单。';
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  $('status').textContent = `检查引擎加载失败：${e.message}`;
  $('status').className = 'error';
});
