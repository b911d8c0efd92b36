// The example form (examples/web/) in real headless Chromium: type wrongly, see the error next to
// the field, fix it, see it go; the due date across National Day 2024; a blacklisted winner
// warned next to it, then a clean one; a screenshot with the warning.
// Prints `ok - …` / `not ok - …` per check and a last line `{"passed":N,"failed":M}`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { root } from './load.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOT = process.env.GONGKAI_SCREENSHOT ?? path.join(root, 'target/wasm-form.png');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--disable-dev-shm-usage'];

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`ok - ${name}`);
  } catch (e) {
    failed++;
    console.log(`not ok - ${name}\n  ${String(e?.message ?? e).split('\n').join('\n  ')}`);
  }
}
function assert(cond, msg) {
  if (!cond) throw new Error(msg);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server at ${url} did not start`);
}

const port = await freePort();
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'],
  { cwd: root, stdio: 'ignore' });
const profile = mkdtempSync(path.join(tmpdir(), 'gongkai-chromium-'));
let context;
try {
  const base = `http://127.0.0.1:${port}/examples/web/`;
  await waitForServer(base);
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('requestfailed', (r) => problems.push(`request failed: ${r.url()}`));

  const field = (id) => page.locator(`#${id}`);
  const errorOf = (id) => page.locator(`#err-${id}`);
  async function fieldState(id) {
    return page.evaluate((fid) => {
      const el = document.getElementById(fid);
      const err = document.getElementById(`err-${fid}`);
      return {
        invalid: el.getAttribute('aria-invalid'),
        describedby: el.getAttribute('aria-describedby') ?? '',
        error: err && !err.hidden ? err.textContent : '',
        // The error sits in the same row as its field.
        nextToField: !!err && err.parentElement === el.closest('.row'),
      };
    }, id);
  }

  await check('the page loads the WASM module under a strict CSP', async () => {
    await page.goto(base);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert(csp.includes("'wasm-unsafe-eval'") && !csp.includes("'unsafe-eval'"), csp);
  });
  await field('f-today').fill('2024-10-10');

  await check('fields are labelled in Chinese from the core element labels', async () => {
    const label = await page.locator('label[for="f-content-winnerName"]').textContent();
    assert(label === '中标（成交）供应商名称', label);
    const n = await page.locator('#content-fields textarea').count();
    assert(n === 10, `${n} content fields`);
    const summary = await page.locator('#summary').textContent();
    assert(summary.includes('未发现问题'), summary);
  });

  await check('a blank 中标人名称 shows its error next to the field', async () => {
    await field('f-content-winnerName').fill('');
    const s = await fieldState('f-content-winnerName');
    assert(s.invalid === 'true', `aria-invalid ${s.invalid}`);
    assert(s.describedby.split(' ').includes('err-f-content-winnerName'), s.describedby);
    assert(s.error.includes('缺少必备公开要素「中标（成交）供应商名称」'), s.error);
    assert(s.nextToField, 'error not in the field row');
    assert(await errorOf('f-content-winnerName').isVisible(), 'error not visible');
    const other = await fieldState('f-content-projectName');
    assert(other.invalid === null && other.error === '', 'another field marked');
  });

  await check('an award date of 2024-09-27 is due 2024-09-30, with the make-up Sunday', async () => {
    await field('f-awardedOn').fill('2024-09-27');
    const due = await page.locator('#due-date').textContent();
    assert(due === '2024-09-30', due);
    const text = await page.locator('#due-text').textContent();
    assert(text.includes('2024-09-29') && text.includes('调休上班'), text);
    const days = await page.locator('#due-days').textContent();
    assert(days.includes('2024-09-29 国庆节调休上班'), days);
  });

  await check('fixing 中标人名称 removes the error', async () => {
    await field('f-content-winnerName').fill('广东某医疗器械有限公司');
    const s = await fieldState('f-content-winnerName');
    assert(s.invalid === null, `aria-invalid ${s.invalid}`);
    assert(!s.describedby.includes('err-'), s.describedby);
    assert(s.error === '', s.error);
    assert(!(await errorOf('f-content-winnerName').isVisible()), 'error still visible');
  });

  await check('a mobile number in a public text field is flagged, then cleared', async () => {
    const id = 'f-content-purchaserAndAgency';
    const before = await field(id).inputValue();
    await field(id).fill('联系人：李工，电话13812345678');
    let s = await fieldState(id);
    assert(s.invalid === 'true' && s.error.includes('手机号码'), JSON.stringify(s));
    await field(id).fill(before);
    s = await fieldState(id);
    assert(s.invalid === null && s.error === '', JSON.stringify(s));
  });

  await check('a late publication date is flagged at 发布日期', async () => {
    await field('f-publishedOn').fill('2024-10-09');
    const s = await fieldState('f-publishedOn');
    assert(s.invalid === 'true' && s.error.includes('最迟应于2024-09-30公开'), JSON.stringify(s));
    await field('f-publishedOn').fill('2024-09-29');
    assert((await fieldState('f-publishedOn')).invalid === null, 'still invalid');
  });

  await check('the JSON to submit follows the inputs', async () => {
    const json = JSON.parse(await page.locator('#json').textContent());
    assert(json.item === 'procurementResult' && json.events.awardedOn === '2024-09-27', JSON.stringify(json.events));
    assert(json.content.winnerName === '广东某医疗器械有限公司', json.content.winnerName);
  });

  const screenState = () => page.evaluate(() => {
    const slot = document.getElementById('party-screen');
    const box = document.getElementById('blacklist');
    return {
      state: box.dataset.state, result: box.dataset.result, area: box.textContent,
      shown: !slot.hidden, warning: slot.hidden ? '' : slot.textContent,
      // The warning sits with the party's inputs.
      nextToParty: slot.closest('fieldset')?.id === 'party',
    };
  });

  await check('the blacklist area is active: the sample list loaded, the clean winner screened', async () => {
    const s = await screenState();
    assert(s.state === 'active' && s.result === 'clear', JSON.stringify(s));
    assert(s.area.includes('未发现禁止参加的名单记录'), s.area);
    assert(!s.shown, 'a warning for a clean party');
    const status = await page.locator('#status').textContent();
    assert(status.includes('14 条记录'), status);
  });

  await check('a blacklisted winner (政府采购法 Art 77) is warned next to it, the entry explained', async () => {
    await field('f-party-name').fill('云江市德润物业管理有限公司');
    await field('f-party-creditCode').fill('91445400MATJPR1A5A');
    const s = await screenState();
    assert(s.shown && s.nextToParty, JSON.stringify(s));
    assert(s.warning.includes('禁止期内'), s.warning);
    assert(s.warning.includes('云财采罚〔2024〕1号') && s.warning.includes('《政府采购法》第七十七条'), s.warning);
    assert(s.warning.includes('2026-06-21') && s.warning.includes('YJ-BL-GP-2024-0065'), s.warning);
    assert(s.result === 'barred' && s.area.includes('在失信名单上'), s.area);
    const summary = await page.locator('#summary').textContent();
    assert(summary.includes('列入黑名单'), summary);
  });

  await check('the screenshot is saved (with the blacklist warning)', async () => {
    mkdirSync(path.dirname(SHOT), { recursive: true });
    await page.screenshot({ path: SHOT, fullPage: true });
  });

  await check('a clean party: the warning goes', async () => {
    await field('f-party-name').fill('广东某医疗器械有限公司');
    await field('f-party-creditCode').fill('91445400MA4W5NTX8M');
    const s = await screenState();
    assert(!s.shown && s.warning === '', JSON.stringify(s));
    assert(s.result === 'clear', JSON.stringify(s));
    const summary = await page.locator('#summary').textContent();
    assert(!summary.includes('列入黑名单'), summary);
  });

  await check('a name alone that matches an entry is a possible match to check', async () => {
    await field('f-party-creditCode').fill('');
    await field('f-party-name').fill('云江市德润物业管理有限公司');
    const s = await screenState();
    assert(s.shown && s.result === 'possible' && s.warning.includes('请核实'), JSON.stringify(s));
  });

  await check('no party, no screening (and no error)', async () => {
    for (const k of ['name', 'creditCode', 'idNumber']) await field(`f-party-${k}`).fill('');
    const s = await screenState();
    assert(!s.shown && s.result === 'none' && s.area.includes('填写当事人后筛查'), JSON.stringify(s));
    assert(!(await page.locator('#summary .error').count()), await page.locator('#summary').textContent());
    const json = JSON.parse(await page.locator('#json').textContent());
    assert(!('parties' in json), JSON.stringify(json.parties));
  });

  await check('保障性住房分配结果: labels, the 20-working-day due date', async () => {
    await page.locator('#f-item').selectOption('housingAllocationResult');
    const label = await page.locator('label[for="f-content-allotteeList"]').textContent();
    assert(label === '配租配售对象名单', label);
    assert(!(await page.locator('#events-procurement').isVisible()), 'procurement dates shown');
    const due = await page.locator('#due-date').textContent();
    assert(due === '2024-07-29', due); // 20 working days after 2024-07-01
    await field('f-content-allotteeList').fill('');
    const s = await fieldState('f-content-allotteeList');
    assert(s.invalid === 'true' && s.error.includes('配租配售对象名单'), JSON.stringify(s));
  });

  await check('no console errors, page errors or failed requests', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
} catch (e) {
  failed++;
  console.log(`not ok - browser test could not run\n  ${e?.stack ?? e}`);
} finally {
  await context?.close().catch(() => {});
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify({ passed, failed, screenshot: SHOT }));
process.exit(failed ? 1 : 0);
