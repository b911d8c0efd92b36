// The notice editor (examples/web/notice.html) in headless Chromium: type a notice, see its type,
// its evidence and findings highlighted by span as it is typed, the missing elements listed.
// Prints `ok - …` / `not ok - …` per check and a last line `{"passed":N,"failed":M}`.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import net from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { root } from './load.mjs';

const CHROMIUM = process.env.CHROMIUM ?? '/usr/bin/chromium';
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
const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
  s.on('error', reject);
});

const port = await freePort();
const server = spawn('python3', ['-m', 'http.server', String(port), '--bind', '127.0.0.1'], { cwd: root, stdio: 'ignore' });
const profile = mkdtempSync(path.join(tmpdir(), 'gongkai-chromium-'));
let context;
try {
  const url = `http://127.0.0.1:${port}/examples/web/notice.html`;
  for (let i = 0; i < 100; i++) {
    try { if ((await fetch(url)).ok) break; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: ARGS });
  const page = context.pages()[0] ?? await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });

  await check('the editor loads the notice entry', async () => {
    await page.goto(url);
    await page.waitForSelector('body[data-ready="true"]', { timeout: 15000 });
  });

  await check('an empty editor says notice.empty', async () => {
    await page.waitForFunction(() => document.getElementById('status').textContent.includes('notice.empty'));
  });

  const notice = readFileSync(path.join(root, 'tests/notices/dev/003-gp-result-mismatch.txt'), 'utf8');
  await check('a typed notice is read: its type, evidence and the 大写/figures finding highlighted by span', async () => {
    await page.locator('#text').fill(notice.slice(0, 200));
    await page.locator('#text').pressSequentially(notice.slice(200, 260), { delay: 1 });
    await page.locator('#text').fill(notice);
    await page.waitForFunction(() => document.querySelector('#findings li[data-code="amount.words_mismatch"]'));
    const status = await page.locator('#status').textContent();
    assert(status.startsWith('result · governmentProcurement · procurementResult'), status);
    const marked = await page.locator('#view mark.finding').first().textContent();
    assert(marked.includes('人民币捌拾叁万元整'), marked);
    assert(await page.locator('#view mark.evidence').count() > 3, 'evidence marks');
    // The view shows the whole text, marks included.
    const shown = await page.locator('#view').textContent();
    assert(shown === notice, 'the view is the text');
  });

  await check('missing elements are listed as the notice loses them', async () => {
    const cut = notice.replace(/评审专家[^\n]*\n[^\n]*\n/, '');
    await page.locator('#text').fill(cut);
    await page.waitForTimeout(400);
    const items = await page.locator('#missing li').allTextContents();
    const codes = await page.locator('#findings li').allTextContents();
    assert(items.length > 0 || codes.some((c) => c.includes('element.missing')), JSON.stringify({ items, codes }));
  });

  await check('no console errors or page errors', async () => {
    assert(problems.length === 0, problems.join('\n'));
  });
} catch (e) {
  failed++;
  console.log(`not ok - notice editor test could not run\n  ${e?.stack ?? e}`);
} finally {
  await context?.close().catch(() => {});
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
console.log(JSON.stringify({ passed, failed }));
process.exit(failed ? 1 : 0);
