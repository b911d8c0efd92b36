// The example form: a record built from the inputs, judged by gongkai on every keystroke, each
// finding shown next to the input its JSON Pointer names.
// The form screens its parties against the sample blacklist, so it takes the package's full entry
// (`gongkai/full`); a form that only validates imports `gongkai`, which is smaller by the
// blacklist's code (sizes in wasm/README.md).
import init, { Engine, describeItem } from '../../wasm/pkg/full/web/gongkai.js';

const CHANNELS = [
  ['ccgp', '中国政府采购网及省级分网'], ['governmentWebsite', '政府门户网站'],
  ['departmentWebsite', '部门网站'], ['tradingPlatform', '公共资源交易平台'],
  ['newspaper', '报刊'], ['bulletinBoard', '公示栏'],
];

// Starting values: the compliant records of tests/vectors/ (fictional 云江市).
const SAMPLES = {
  procurementResult: {
    domain: 'governmentProcurement', id: 'YJ-GP-2024-0815',
    title: '云江市人民医院医疗设备采购项目中标结果公告', body: '云江市人民医院',
    formedOn: '2024-09-27', publishedOn: '2024-09-29', status: 'published', channels: ['ccgp'],
    method: 'openTendering',
    events: { bidDeadline: '2024-09-20', awardedOn: '2024-09-27' },
    amounts: { budget: '1200000', contract: '1180000' },
    party: { role: 'winner', name: '广东某医疗器械有限公司', creditCode: '91445400MA4W5NTX8M' },
    content: {
      purchaserAndAgency: '云江市人民医院，云城区健康路1号，0763-1234567；代理：云江市公共资源交易中心',
      projectName: '医疗设备采购', projectNumber: 'YJCG-2024-0815', winnerName: '广东某医疗器械有限公司',
      winnerAddress: '广州市天河区某路8号', awardAmount: '1180000.00元',
      mainItems: '彩色多普勒超声诊断仪 1台 单价1180000元', announcementPeriod: '1个工作日',
      evaluationExperts: '王*、李*、陈*、赵*、周*',
      agencyFee: '代理服务费按招标文件约定的标准向中标人收取，金额1.2万元',
    },
  },
  housingAllocationResult: {
    domain: 'housing', id: 'YJ-HS-2024-03', title: '2024年第三批公共租赁住房配租结果',
    body: '云江市住房和城乡建设局', formedOn: '2024-07-01', publishedOn: '2024-07-05',
    status: 'published', channels: ['governmentWebsite'], events: {}, amounts: {},
    party: { role: 'allottee' },
    content: { allotteeList: '陈*华 等32户', housingAssigned: '云城区安居苑32套' },
  },
};

// The time limit shown for each item: the rule and the date it counts from.
const DUE = {
  procurementResult: { rule: 'GP-R43', from: 'f-awardedOn', label: '中标（成交）结果公告' },
  housingAllocationResult: { rule: 'GI-26', from: 'f-formedOn', label: '分配结果' },
};

const $ = (id) => document.getElementById(id);
let engine;
/** Entries in the engine's blacklist (0 when the sample list could not be loaded). */
let blacklistEntries = 0;
const PARTY_FIELDS = ['name', 'creditCode', 'idNumber'];

function localToday() {
  const d = new Date();
  const p = (n) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** Every input that maps to a JSON Pointer. */
function fields() {
  return [...document.querySelectorAll('[data-pointer]')];
}

/** The error paragraph after a field (created once). */
function errorSlot(field) {
  const id = `err-${field.id}`;
  let p = $(id);
  if (!p) {
    p = document.createElement('p');
    p.id = id;
    p.className = 'error';
    p.hidden = true;
    field.closest('.row, fieldset').append(p);
  }
  return p;
}

/** The controls that carry aria-invalid for a field (a fieldset's checkboxes). */
function controls(field) {
  return field.tagName === 'FIELDSET' ? [...field.querySelectorAll('input')] : [field];
}

function showErrors(field, messages) {
  const slot = errorSlot(field);
  for (const c of controls(field)) {
    const described = (c.getAttribute('aria-describedby') || '').split(' ').filter((x) => x && x !== slot.id);
    if (messages.length) {
      c.setAttribute('aria-invalid', 'true');
      described.push(slot.id);
    } else {
      c.removeAttribute('aria-invalid');
    }
    if (described.length) c.setAttribute('aria-describedby', described.join(' '));
    else c.removeAttribute('aria-describedby');
  }
  slot.textContent = messages.join('；');
  slot.hidden = messages.length === 0;
}

function buildContentFields(item) {
  const spec = describeItem(item);
  $('content-legend').textContent = `公开内容要素 · ${spec.zh}`;
  const box = $('content-fields');
  box.replaceChildren();
  for (const el of spec.elements) {
    const row = document.createElement('div');
    row.className = 'row';
    const label = document.createElement('label');
    label.htmlFor = `f-content-${el.key}`;
    label.textContent = el.zh;
    if (el.required) label.className = 'req';
    const input = document.createElement('textarea');
    input.id = `f-content-${el.key}`;
    input.rows = 1;
    input.dataset.pointer = `/content/${el.key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    input.dataset.key = el.key;
    input.required = el.required;
    row.append(label, input);
    box.append(row);
  }
}

function fill(item) {
  const s = SAMPLES[item];
  $('f-id').value = s.id;
  $('f-title').value = s.title;
  $('f-body').value = s.body;
  $('f-formedOn').value = s.formedOn;
  $('f-publishedOn').value = s.publishedOn;
  $('f-status').value = s.status;
  for (const box of document.querySelectorAll('#channel-list input')) box.checked = s.channels.includes(box.value);
  $('f-method').value = s.method ?? '';
  $('f-bidDeadline').value = s.events.bidDeadline ?? '';
  $('f-awardedOn').value = s.events.awardedOn ?? '';
  $('f-budget').value = s.amounts.budget ?? '';
  $('f-contract').value = s.amounts.contract ?? '';
  $('f-party-role').value = s.party.role;
  for (const k of PARTY_FIELDS) $(`f-party-${k}`).value = s.party[k] ?? '';
  buildContentFields(item);
  for (const [k, v] of Object.entries(s.content)) $(`f-content-${k}`).value = v;
  $('events-procurement').hidden = item !== 'procurementResult';
}

/** The record the inputs describe. Empty optional fields are left out. */
function record() {
  const item = $('f-item').value;
  const r = {
    id: $('f-id').value, domain: SAMPLES[item].domain, item, title: $('f-title').value,
    responsibleBody: { name: $('f-body').value }, status: $('f-status').value,
    channels: [...document.querySelectorAll('#channel-list input:checked')].map((b) => b.value),
    content: {},
  };
  if ($('f-formedOn').value) r.formedOn = $('f-formedOn').value;
  if ($('f-publishedOn').value) r.publishedOn = $('f-publishedOn').value;
  for (const input of document.querySelectorAll('#content-fields textarea')) {
    if (input.value !== '' || input.required) r.content[input.dataset.key] = input.value;
  }
  if (item === 'procurementResult') {
    // Not stated, not guessed: the rules of one method's law then say they did not judge.
    if ($('f-method').value) r.method = $('f-method').value;
    const events = {};
    if ($('f-bidDeadline').value) events.bidDeadline = $('f-bidDeadline').value;
    if ($('f-awardedOn').value) events.awardedOn = $('f-awardedOn').value;
    if (Object.keys(events).length) r.events = events;
    const amounts = {};
    for (const [id, key] of [['f-budget', 'budget'], ['f-contract', 'contract']]) {
      const v = $(id).value.replaceAll(',', '').trim();
      // Not a number: left as text, so the library names the field.
      if (v !== '') amounts[key] = Number.isFinite(Number(v)) ? Number(v) : v;
    }
    if (Object.keys(amounts).length) r.amounts = amounts;
  }
  // The party, when any of its fields is filled.
  const party = { role: $('f-party-role').value, name: $('f-party-name').value.trim() };
  for (const k of ['creditCode', 'idNumber']) {
    const v = $(`f-party-${k}`).value.trim();
    if (v) party[k] = v;
  }
  if (party.name || party.creditCode || party.idNumber) r.parties = [party];
  return r;
}

/** The field a pointer names, or the nearest enclosing one. */
function fieldFor(pointer) {
  const byPointer = new Map(fields().map((f) => [f.dataset.pointer, f]));
  for (let p = pointer; p; p = p.slice(0, p.lastIndexOf('/'))) {
    if (byPointer.has(p)) return byPointer.get(p);
  }
  return null;
}

function renderDue(item) {
  const { rule, from, label } = DUE[item];
  const box = $('due');
  const date = $(from).value;
  if (!date) {
    box.innerHTML = '<p class="muted">填写日期后显示。</p>';
    return;
  }
  try {
    const d = engine.dueDate(rule, date);
    const x = d.explanation;
    box.replaceChildren();
    const p1 = document.createElement('p');
    p1.innerHTML = `${label}最迟公开日期：<span class="date" id="due-date"></span>`;
    p1.querySelector('#due-date').textContent = d.due;
    const p2 = document.createElement('p');
    p2.id = 'due-text';
    p2.textContent = x.text;
    box.append(p1, p2);
    if (x.specialDays.length) {
      const ul = document.createElement('ul');
      ul.id = 'due-days';
      for (const day of x.specialDays) {
        const li = document.createElement('li');
        li.textContent = `${day.date} ${day.name ?? ''}${day.workday ? '调休上班' : '放假'}`;
        ul.append(li);
      }
      box.append(ul);
    }
    const basis = document.createElement('p');
    basis.className = 'basis';
    basis.textContent = `依据：${x.legalBasis.document}${x.legalBasis.article ?? ''}（规则 ${x.rule}）`;
    box.append(basis);
  } catch (e) {
    box.replaceChildren(Object.assign(document.createElement('p'), { className: 'error', id: 'due-error', textContent: e.message }));
  }
}

/** The date a party is screened on: the award, else the date the information was formed (as the
 * library's blacklist rule judges a record), else the judging date. */
function screenDate(r) {
  return r.events?.awardedOn ?? r.formedOn ?? ($('f-today').value || localToday());
}

function para(text, className) {
  return Object.assign(document.createElement('p'), { textContent: text, ...(className ? { className } : {}) });
}

/** A hit's entry in one line: which record, which decision, published until when. */
function entryLine(h) {
  return `记录 ${h.entryId} · ${h.authority} ${h.decisionNumber}（${h.decidedOn}）· 公示至 ${h.publishedUntil}`;
}

const STATUS = {
  pending: '待公示', active: '公示中', banEnded: '禁止期已满', archived: '已归档', withdrawn: '已撤回', repaired: '已信用修复',
};

/** Blacklist screening: the party against the engine's blacklist (Engine.screen), its hits
 * explained next to the party and listed in the blacklist area. No party, no screening. */
function renderBlacklist(r) {
  const box = $('blacklist');
  const slot = $('party-screen');
  slot.hidden = true;
  slot.replaceChildren();
  if (!blacklistEntries) {
    box.dataset.state = 'inactive';
    box.replaceChildren(para('失信名单未加载，未筛查。', 'muted'));
    return;
  }
  box.dataset.state = 'active';
  const party = r.parties?.[0];
  if (!party) {
    box.dataset.result = 'none';
    box.replaceChildren(para(`已载入示例失信名单（${blacklistEntries} 条记录）。填写当事人后筛查。`, 'muted'));
    return;
  }
  const subject = { name: party.name };
  if (party.creditCode) subject.creditCode = party.creditCode;
  if (party.idNumber) subject.idNumber = party.idNumber;
  const on = screenDate(r);
  let result;
  try {
    result = engine.screen(subject, on, r.domain);
  } catch (e) {
    box.dataset.result = 'error';
    box.replaceChildren(para(e.message, 'error'));
    return;
  }
  const barring = result.hits.filter((h) => h.bars);
  box.dataset.result = result.barred ? 'barred' : result.possibleMatch ? 'possible' : 'clear';
  const who = party.name || party.creditCode || party.idNumber;
  const head = result.barred ? `「${who}」在失信名单上，${on}在禁止期内`
    : result.possibleMatch ? `「${who}」与失信名单记录名称相同，请核实是否为同一主体`
      : `「${who}」：${on}未发现禁止参加的名单记录`;
  box.replaceChildren(para(head, result.barred ? 'error' : result.possibleMatch ? 'warning' : 'ok'));
  if (result.hits.length || result.suppressed.length) {
    const ul = document.createElement('ul');
    for (const h of result.hits) {
      ul.append(Object.assign(document.createElement('li'), {
        textContent: `${h.entryId}（${STATUS[h.status] ?? h.status}${h.bars ? '，禁止期内' : ''}）：${h.message}`,
      }));
    }
    for (const x of result.suppressed) {
      ul.append(Object.assign(document.createElement('li'), {
        textContent: `${x.entryId}：名称相同，但${x.actor}于${x.date}认定不是同一主体（${x.reason}）`,
      }));
    }
    box.append(ul);
  }
  // Next to the party: the entries that bar it, or might.
  if (barring.length) {
    slot.className = result.barred ? 'screen' : 'screen possible';
    slot.append(para(result.barred ? '失信名单：该当事人在禁止期内' : '失信名单：名称相同，请核实', 'title'));
    for (const h of barring) slot.append(para(h.message), para(entryLine(h), 'entry'));
    slot.hidden = false;
  }
}

/** The sample blacklist, one JSON object a line, as EngineConfig.blacklist; null if it cannot be
 * fetched (the form then runs without it). */
async function loadBlacklist() {
  try {
    const res = await fetch('../data/yunjiang-blacklist.jsonl');
    if (!res.ok) return null;
    const text = await res.text();
    return text.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
  } catch {
    return null;
  }
}

function validateNow() {
  const r = record();
  const item = r.item;
  $('json').textContent = JSON.stringify(r, null, 2);
  const perField = new Map(fields().map((f) => [f, []]));
  const general = [];
  let report = null;
  try {
    report = engine.validate(r, { today: $('f-today').value || localToday() });
    for (const f of report.findings) {
      const field = fieldFor(f.path);
      const text = f.severity === 'error' ? f.message : `（${f.severity === 'warning' ? '提醒' : '提示'}）${f.message}`;
      if (field) perField.get(field).push(text);
      else general.push(`${f.path.startsWith('/parties') ? '当事人' : f.path || '（记录）'}：${f.message}`);
    }
  } catch (e) {
    // Input the library cannot judge (an impossible date, a missing date): shown at its field.
    const missing = /missing field `(\w+)`/.exec(e.message);
    const field = fieldFor(e.path || (missing ? `/${missing[1]}` : ''));
    const text = missing && !e.path ? '必填' : e.message;
    if (field) perField.get(field).push(text);
    else general.push(e.message);
  }
  for (const [field, messages] of perField) showErrors(field, messages);
  const summary = $('summary');
  summary.replaceChildren();
  const head = document.createElement('p');
  if (report && report.ok && general.length === 0) {
    head.className = 'ok';
    head.textContent = report.findings.length ? '可以公开（有提醒）' : '可以公开：未发现问题';
  } else {
    head.className = 'error';
    const n = [...perField.values()].reduce((a, m) => a + m.length, 0) + general.length;
    head.textContent = `发现 ${n} 个问题`;
  }
  summary.append(head);
  if (general.length) {
    const ul = document.createElement('ul');
    for (const g of general) ul.append(Object.assign(document.createElement('li'), { textContent: g }));
    summary.append(ul);
  }
  renderDue(item);
  renderBlacklist(r);
}

async function main() {
  await init();
  const blacklist = await loadBlacklist();
  engine = blacklist ? new Engine({ blacklist }) : new Engine();
  blacklistEntries = blacklist ? blacklist.filter((x) => !x.notSameSubject).length : 0;
  const list = $('channel-list');
  for (const [value, name] of CHANNELS) {
    const label = document.createElement('label');
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value, id: `f-channel-${value}` });
    label.append(box, name);
    list.append(label);
  }
  $('f-today').value = localToday();
  fill($('f-item').value);
  $('f-item').addEventListener('change', () => { fill($('f-item').value); validateNow(); });
  $('record-form').addEventListener('input', validateNow);
  $('record-form').addEventListener('change', validateNow);
  validateNow();
  $('status').textContent = blacklistEntries
    ? `校验引擎已就绪：边填边校验（含示例失信名单 ${blacklistEntries} 条记录）。`
    : '校验引擎已就绪：边填边校验（失信名单未加载）。';
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  $('status').textContent = `校验引擎加载失败：${e.message}`;
  $('status').className = 'error';
});
