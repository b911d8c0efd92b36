// The example form (examples/web/) in real headless Chromium: type wrongly, see the error next to
// the field, fix it, see it go; the due date across National Day 2024; a blacklisted winner
// warned next to it, then a clean one; a screenshot with the warning. Then the catalogue page
// (examples/web/catalogue.html): the sample files of examples/web/samples/ uploaded, the rows and
// findings shown, a broken file's cell named, the baseline downloaded and checked back.
// Prints `ok - …` / `not ok - …` per check and a last line `{"passed":N,"failed":M}`.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { root } from './load.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
const SHOT = process.env.GONGKAI_SCREENSHOT ?? path.join(root, 'target/wasm-form.png');
const CATALOGUE_SHOT = path.join(path.dirname(SHOT), 'wasm-catalogue.png');
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

/** The catalogue page (examples/web/catalogue.html): the department's file uploaded (as a user
 * picks it, and dropped), each row's findings, the catalogue's own, a file that cannot be read,
 * and the baseline downloaded and uploaded back. */
async function catalogueChecks(context, base, problems) {
  const page = await context.newPage();
  page.on('pageerror', (e) => problems.push(`catalogue page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`catalogue console: ${m.text()}`); });
  page.on('requestfailed', (r) => problems.push(`catalogue request failed: ${r.url()}`));
  const samples = path.join(root, 'examples/web/samples');
  const text = (sel) => page.locator(sel).textContent();
  /** Runs `act` and waits for the page to have checked the file once more. */
  async function checked(act) {
    const before = Number(await page.evaluate(() => document.body.dataset.checked ?? 0));
    await act();
    await page.waitForFunction((n) => Number(document.body.dataset.checked ?? 0) > n, before, { timeout: 10000 });
  }
  const upload = (name) => checked(() => page.setInputFiles('#f-file', path.join(samples, name)));
  const summary = () => page.evaluate(() => Object.fromEntries(
    ['rows', 'matched', 'unmatched', 'errors', 'warnings', 'info'].map((k) => [k, Number(document.getElementById(`sum-${k}`).textContent)])));
  /** One rendered row: the file's row, the cells, the findings by code. */
  const row = (i) => page.evaluate((n) => {
    const tr = document.querySelector(`#rows tbody tr[data-row="${n}"]`);
    return {
      sourceRow: tr.dataset.sourceRow, cells: [...tr.cells].map((c) => c.textContent),
      findings: [...tr.querySelectorAll('li.finding')].map((li) => ({
        code: li.dataset.code, severity: li.dataset.severity, text: li.textContent,
        badge: li.querySelector('.badge').textContent,
      })),
    };
  }, i);
  const county = { rows: 6, matched: 5, unmatched: 1, errors: 5, warnings: 8, info: 0 };

  await check('catalogue page: loads under the CSP, six domains in Chinese, linked with the form', async () => {
    await page.goto(`${base}catalogue.html`);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
    const labels = await page.locator('#domain-list label').allTextContents();
    assert(JSON.stringify(labels) === JSON.stringify(['住房保障', '国有土地使用权出让', '矿业权出让', '政府采购',
      '国有产权交易', '工程建设项目招标投标']), labels.join());
    const levels = await page.locator('#f-level option').allTextContents();
    assert(levels.join() === '未指定（全部事项）,省级,市级,县级,乡级（乡镇、街道）,村级', levels.join());
    assert(await page.locator('nav a[href="index.html"]').count() === 1, 'no link to the form');
    // Every control is labelled; the table has column headers.
    const unlabelled = await page.evaluate(() => [...document.querySelectorAll('input, select')]
      .filter((e) => !(e.labels && e.labels.length)).map((e) => e.id));
    assert(unlabelled.length === 0, unlabelled.join());
    assert(await page.locator('#rows thead th[scope="col"]').count() === 6, 'column headers');
  });

  await check('catalogue page: the county workbook, 政府采购 县级: the summary counts', async () => {
    await page.check('#f-domain-governmentProcurement');
    await page.selectOption('#f-level', 'county');
    await upload('catalogue-linjiang.xlsx');
    const s = await summary();
    assert(JSON.stringify(s) === JSON.stringify(county), JSON.stringify(s));
    assert((await text('#file-line')).includes('工作表“目录”'), await text('#file-line'));
    assert((await text('#verdict')).includes('发现 5 个错误'), await text('#verdict'));
    assert(!(await page.locator('#read-error').isVisible()), 'a read error shown');
  });

  await check('catalogue page: 中标（成交）结果公告 within 5 working days is looser than Art 43\'s 2, on its row', async () => {
    const r = await row(2);
    assert(r.sourceRow === '5' && r.cells[0] === '5' && r.cells[1] === '3', JSON.stringify(r.cells));
    assert(r.cells[3] === '中标（成交）结果公告' && r.cells[4] === '中标（成交）结果公告', JSON.stringify(r.cells));
    const f = r.findings.find((x) => x.code === 'catalogue.time_limit_looser');
    assert(f && f.severity === 'warning' && f.badge === '提醒', JSON.stringify(r.findings));
    assert(f.text.includes('公开时限：') && f.text.includes('「5个工作日」宽于法定时限「2个工作日」'), f.text);
    assert(f.text.includes('依据：') && f.text.includes('政府采购法实施条例'), f.text);
    for (const i of [0, 3]) {
      const other = await row(i);
      assert(!other.findings.some((x) => x.code === 'catalogue.time_limit_looser'), JSON.stringify(other));
    }
    assert((await row(0)).cells[4] === '采购意向公开', (await row(0)).cells[4]);
  });

  await check('catalogue page: the row of no item is shown unmatched, with its finding', async () => {
    const r = await row(5);
    assert(r.sourceRow === '8' && r.cells[3] === '政府采购内部控制制度', JSON.stringify(r.cells));
    assert(r.cells[4] === '未对应任何事项', r.cells[4]);
    assert(r.findings.some((x) => x.code === 'catalogue.row_unmatched'), JSON.stringify(r.findings));
    const unmatched = await page.locator('#rows td.unmatched').count();
    assert(unmatched === 1, `${unmatched} unmatched cells`);
  });

  await check('catalogue page: the missing items are listed for the whole catalogue, the title kept as a note', async () => {
    const whole = await page.locator('#whole-findings li.finding').evaluateAll((lis) => lis.map((li) => [li.dataset.code, li.textContent]));
    assert(whole.length === 5 && whole.every(([c]) => c === 'catalogue.item_missing'), JSON.stringify(whole));
    assert(whole.some(([, t]) => t.includes('目录清单缺少「采购文件」事项') && t.includes('错误')), JSON.stringify(whole));
    assert((await text('#notes')).includes('第 1 行：临江县财政局政府采购领域主动公开目录'), await text('#notes'));
  });

  await check('catalogue page: only the rows with findings, on request', async () => {
    await page.check('#only-problems');
    const shown = await page.locator('#rows tbody tr:not([hidden])').count();
    assert(shown === 4, `${shown} rows shown`); // rows 1, 2, 4, 5 have findings
    await page.uncheck('#only-problems');
    assert(await page.locator('#rows tbody tr:not([hidden])').count() === 6, 'not all rows back');
  });

  await check('catalogue page: no domain ticked: said next to the domains, nothing checked', async () => {
    await checked(() => page.uncheck('#f-domain-governmentProcurement'));
    assert(await page.locator('#err-domains').isVisible(), 'no message');
    const described = await page.locator('#f-domains').getAttribute('aria-describedby');
    assert(described.split(' ').includes('err-domains'), described);
    assert(!(await page.locator('#report').isVisible()), 'a report without domains');
    await checked(() => page.check('#f-domain-governmentProcurement'));
    assert(!(await page.locator('#err-domains').isVisible()), 'message stays');
    assert((await summary()).errors === 5, 'not checked again');
  });

  await check('catalogue page: another domain re-checks the file (住房保障 items missing too)', async () => {
    await checked(() => page.check('#f-domain-housing'));
    const s = await summary();
    assert(s.errors === 14 && s.rows === 6, JSON.stringify(s));
    await checked(() => page.uncheck('#f-domain-housing'));
    assert((await summary()).errors === 5, 'not back to 5');
  });

  await check('catalogue page: the GBK CSV, dropped on the page, reads as the workbook', async () => {
    const bytes = [...readFileSync(path.join(samples, 'catalogue-linjiang-gbk.csv'))];
    await checked(() => page.evaluate((b) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b)], '目录（GBK）.csv', { type: 'text/csv' }));
      document.getElementById('drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes));
    const s = await summary();
    assert(JSON.stringify(s) === JSON.stringify(county), JSON.stringify(s));
    const r = await row(2);
    assert(r.sourceRow === '4' && r.findings.some((x) => x.code === 'catalogue.time_limit_looser'), JSON.stringify(r));
    assert(!(await text('#file-line')).includes('工作表'), await text('#file-line'));
  });

  await check('catalogue page: a CSV cell that cannot be read is named by row and column', async () => {
    await upload('catalogue-linjiang-broken.csv');
    const box = page.locator('#read-error');
    assert(await box.isVisible(), 'no read error');
    assert(!(await page.locator('#report').isVisible()), 'a report shown for a broken file');
    const place = await page.locator('#read-error-place dd').evaluateAll((dds) => Object.fromEntries(dds.map((d) => [d.dataset.key, d.textContent])));
    assert(place['行'] === '4' && place['列'] === 'I（公开对象）' && place['单元格内容'] === '待定' && !place['工作表'],
      JSON.stringify(place));
    const message = await box.textContent();
    assert(message.includes('第 4 行 I 列（公开对象）') && message.includes('catalogue.cell_unreadable'), message);
  });

  await check('catalogue page: a workbook cell that cannot be read is named by sheet, row and column', async () => {
    await upload('catalogue-linjiang-broken.xlsx');
    const place = await page.locator('#read-error-place dd').evaluateAll((dds) => Object.fromEntries(dds.map((d) => [d.dataset.key, d.textContent])));
    assert(place['工作表'] === '目录' && place['行'] === '5' && place['列'].startsWith('G（公开对象'), JSON.stringify(place));
  });

  await check('catalogue page: the JSON of the catalogue gives the same summary', async () => {
    await upload('catalogue-linjiang.json');
    const s = await summary();
    assert(JSON.stringify(s) === JSON.stringify(county), JSON.stringify(s));
    assert(!(await page.locator('#read-error').isVisible()), 'read error still shown');
  });

  await check('catalogue page: the screenshot is saved', async () => {
    await upload('catalogue-linjiang.xlsx');
    mkdirSync(path.dirname(CATALOGUE_SHOT), { recursive: true });
    await page.screenshot({ path: CATALOGUE_SHOT, fullPage: true });
  });

  await check('catalogue page: the baseline CSV (UTF-8 with BOM) downloads and passes its own check', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#baseline')]);
    const name = download.suggestedFilename();
    assert(name === '公共资源配置领域主动公开基本目录（政府采购；县级）.csv', name);
    const bytes = readFileSync(await download.path());
    assert(bytes[0] === 0xEF && bytes[1] === 0xBB && bytes[2] === 0xBF, 'no byte-order mark');
    const csv = bytes.toString('utf8').slice(1);
    const head = csv.split('\r\n')[0];
    assert(head === '序号,一级事项,二级事项,公开内容（要素）,公开依据,公开时限,公开主体,公开渠道和载体,公开对象,公开方式,监督渠道', head);
    await checked(() => page.setInputFiles('#f-file', { name, mimeType: 'text/csv', buffer: bytes }));
    const s = await summary();
    assert(s.rows === 9 && s.matched === 9 && s.unmatched === 0 && s.errors === 0 && s.warnings === 0, JSON.stringify(s));
    assert((await text('#verdict')).includes('未发现问题'), await text('#verdict'));
  });

  await check('catalogue page: keyboard: Space ticks a domain; Tab reaches the level, the file and the button; Enter downloads', async () => {
    await page.focus('#f-domain-housing');
    await page.keyboard.press('Space');
    assert(await page.isChecked('#f-domain-housing'), 'Space does not tick a domain');
    await checked(() => page.keyboard.press('Space'));
    const order = [];
    for (let i = 0; i < 20 && order.at(-1) !== 'baseline'; i++) {
      await page.keyboard.press('Tab');
      order.push(await page.evaluate(() => document.activeElement.id || document.activeElement.tagName));
    }
    const want = ['f-domain-landUseRights', 'f-domain-miningRights', 'f-domain-governmentProcurement',
      'f-domain-statePropertyRights', 'f-domain-constructionBidding', 'f-level', 'f-file'];
    assert(JSON.stringify(order.slice(0, want.length)) === JSON.stringify(want) && order.at(-1) === 'baseline', order.join());
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    assert(download.suggestedFilename().endsWith('.csv'), download.suggestedFilename());
  });
  await page.close();
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

  await catalogueChecks(context, base, problems);

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
