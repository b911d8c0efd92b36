// The notice editor: validateNotice (gongkai/notice) on every keystroke (debounced), the spans of
// its evidence and findings highlighted in the text as typed, the missing elements listed.
import init, { validateNotice } from '../../wasm/pkg/notice/web/gongkai.js';

const $ = (id) => document.getElementById(id);
const enc = new TextEncoder();
const dec = new TextDecoder();

/** The text with the byte spans marked: findings over evidence. */
function highlighted(text, report) {
  const bytes = enc.encode(text);
  const marks = [];
  for (const e of report.evidence) marks.push({ span: e.span, cls: 'evidence', title: e.path });
  for (const f of report.findings) if (f.span) marks.push({ span: f.span, cls: 'finding', title: `${f.code}: ${f.message}` });
  // One class per byte, the last mark winning; then runs of the same class.
  const cls = new Array(bytes.length).fill(null);
  for (const m of marks) for (let i = m.span[0]; i < Math.min(m.span[1], bytes.length); i++) cls[i] = m;
  const frag = document.createDocumentFragment();
  let start = 0;
  for (let i = 1; i <= bytes.length; i++) {
    if (i < bytes.length && cls[i] === cls[start]) continue;
    const piece = dec.decode(bytes.slice(start, i));
    const m = cls[start];
    if (m) {
      const el = document.createElement('mark');
      el.className = m.cls;
      el.title = m.title;
      el.textContent = piece;
      frag.append(el);
    } else {
      frag.append(piece);
    }
    start = i;
  }
  return frag;
}

function render() {
  const text = $('text').value;
  const lang = $('en').checked ? 'en' : 'zh-CN';
  const view = $('view');
  const list = $('findings');
  const missing = $('missing');
  view.replaceChildren();
  list.replaceChildren();
  missing.replaceChildren();
  let report;
  try {
    report = validateNotice(text, { fetchedOn: $('fetchedOn').value }, { lang });
  } catch (e) {
    $('status').textContent = `${e.code ?? 'error'}: ${e.message}`;
    view.textContent = text;
    return;
  }
  const n = report.notice;
  $('status').textContent = `${n.type ?? '?'} · ${n.domain ?? '?'} · ${report.record.item} · ${report.ok ? 'ok' : 'fails'}`;
  view.append(highlighted(text, report));
  for (const f of report.findings) {
    if (f.severity === 'info') continue;
    const li = document.createElement('li');
    li.className = f.severity;
    li.dataset.code = f.code;
    li.textContent = `${f.code} ${f.path}: ${f.message}`;
    list.append(li);
  }
  for (const [kind, keys] of [['absent', report.absent], ['notStated', report.notStated]]) {
    for (const k of keys) {
      const li = document.createElement('li');
      li.dataset.kind = kind;
      li.textContent = `${k}${kind === 'notStated' ? '（未载明 / not stated）' : ''}`;
      missing.append(li);
    }
  }
  for (const u of report.unread) {
    const li = document.createElement('li');
    li.dataset.kind = 'unread';
    li.textContent = `${u.key}（有标签未读出 / labelled, not read）`;
    missing.append(li);
  }
}

let timer;
const later = () => { clearTimeout(timer); timer = setTimeout(render, 120); };
await init();
for (const id of ['text', 'fetchedOn', 'en']) $(id).addEventListener('input', later);
document.body.dataset.ready = 'true';
render();
