// The example form: a record built from the inputs, judged by gongkai on every keystroke, each
// finding shown next to the input its JSON Pointer names.
import init, { Engine, describeItem } from '../../wasm/pkg/web/gongkai.js';

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
    events: { bidDeadline: '2024-09-20', awardedOn: '2024-09-27' },
    amounts: { budget: '1200000', contract: '1180000' },
    content: {
      purchaserAndAgency: '云江市人民医院，云城区健康路1号，0763-1234567；代理：云江市公共资源交易中心',
      projectName: '医疗设备采购', projectNumber: 'YJCG-2024-0815', winnerName: '广东某医疗器械有限公司',
      winnerAddress: '广州市天河区某路8号', awardAmount: '1180000.00元',
      mainItems: '彩色多普勒超声诊断仪 1台 单价1180000元', announcementPeriod: '1个工作日',
      evaluationExperts: '王*、李*、陈*、赵*、周*',
    },
  },
  housingAllocationResult: {
    domain: 'housing', id: 'YJ-HS-2024-03', title: '2024年第三批公共租赁住房配租结果',
    body: '云江市住房和城乡建设局', formedOn: '2024-07-01', publishedOn: '2024-07-05',
    status: 'published', channels: ['governmentWebsite'], events: {}, amounts: {},
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
  $('f-bidDeadline').value = s.events.bidDeadline ?? '';
  $('f-awardedOn').value = s.events.awardedOn ?? '';
  $('f-budget').value = s.amounts.budget ?? '';
  $('f-contract').value = s.amounts.contract ?? '';
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

/** Blacklist screening: wired to Engine.screen, inactive until the core library provides it. */
function renderBlacklist(r) {
  const box = $('blacklist');
  if (typeof engine.screen !== 'function') return;
  box.dataset.state = 'active';
  const hits = engine.screen(r.parties ?? [], $('f-today').value || localToday(), r.domain);
  box.replaceChildren();
  const p = document.createElement('p');
  p.className = hits.length ? 'warning' : 'ok';
  p.textContent = hits.length ? `注意：${hits.length} 个当事人在失信名单上` : '未发现名单中的当事人';
  box.append(p);
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
      else general.push(`${f.path || '（记录）'}：${f.message}`);
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
  engine = new Engine();
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
  $('status').textContent = '校验引擎已就绪：边填边校验。';
  document.body.dataset.ready = 'true';
}

main().catch((e) => {
  $('status').textContent = `校验引擎加载失败：${e.message}`;
  $('status').className = 'error';
});
