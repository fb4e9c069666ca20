// Product budgets, measured on dist/. Run through scripts/bench.sh.
import { readdir, readFile, mkdir, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { spawn, execFileSync } from 'node:child_process';
import { chromium } from '@playwright/test';
import { chromiumArgs } from '../playwright.config.mjs';

const BUDGET = { coldKiB: 225, lighthousePerf: 0.95, offlineRenderMs: 300 };
const PORT = 4199;
const URL = `http://127.0.0.1:${PORT}/`;

async function files(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out;
}

async function coldLoad() {
  const rows = [];
  for (const f of await files('dist')) {
    const body = await readFile(f);
    rows.push({ file: relative('dist', f), raw: body.length, gzip: gzipSync(body, { level: 9 }).length });
  }
  rows.sort((a, b) => b.gzip - a.gzip);
  // A first visit fetches every file the worker precaches, plus at most one language pack (lang/*.txt, the
  // one the device reads, English included). Count the largest pack: the worst case.
  const isPack = (r) => r.file.startsWith('lang/');
  const packs = rows.filter(isPack);
  const counted = [...rows.filter((r) => !isPack(r)), ...packs.slice(0, 1)];
  const total = counted.reduce((s, r) => s + r.gzip, 0);
  return { rows, packs, totalGzip: total, totalRaw: counted.reduce((s, r) => s + r.raw, 0) };
}

async function offlineRepeatVisit() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, serviceWorkers: 'allow' });
  await context.addInitScript(() => {
    // Records when the first <h1> is in the document: the moment the app has rendered for the user.
    new MutationObserver((_, obs) => {
      if (document.querySelector('h1')) {
        window.__h1At = performance.now();
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForFunction(() => navigator.serviceWorker && navigator.serviceWorker.controller !== null, null, {
    timeout: 15000,
  }).catch(() => {});
  const controlled = await page.evaluate(() => !!(navigator.serviceWorker && navigator.serviceWorker.controller));
  await context.setOffline(true);
  const times = [];
  for (let i = 0; i < 5; i++) {
    await page.reload();
    await page.waitForSelector('h1');
    await page.waitForFunction(() => window.__h1At !== undefined);
    times.push(await page.evaluate(() => window.__h1At));
  }
  await browser.close();
  times.sort((a, b) => a - b);
  return { controlled, times, median: times[2] };
}

// Lighthouse's mobile throttling (its "devtools" settings for slow 4G and a mid-range phone).
const SLOW_4G = { latency: 562.5, downloadThroughput: (1474.56 * 1024) / 8, uploadThroughput: (675 * 1024) / 8, cpuSlowdown: 4 };

// A first visit on a phone whose language is Japanese (no cache, no service worker yet), throttled: when the
// app's first heading is in Japanese. The pack (lang/ja.txt) is fetched by the start-up script's preload
// while the wasm downloads; `packRequests` counts the page's requests for it (1: the app reused the preload).
// The first contentful paint (the start screen) is reported too: the pack must not delay it.
async function firstVisitJapanese() {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  const times = [];
  const paints = [];
  const packRequests = [];
  try {
    for (let i = 0; i < 5; i++) {
      const context = await browser.newContext({ viewport: { width: 360, height: 740 }, locale: 'ja-JP' });
      await context.addInitScript(() => {
        new MutationObserver((_, obs) => {
          const h1 = document.querySelector('h1');
          // Kana: the Japanese heading, not the English one the app shows if the pack is late.
          if (h1 && /[\u3040-\u30ff]/.test(h1.textContent)) {
            window.__jaH1At = performance.now();
            obs.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      let packs = 0;
      cdp.on('Network.requestWillBeSent', (e) => e.request.url.endsWith('/lang/ja.txt') && packs++);
      await cdp.send('Network.enable');
      const { cpuSlowdown, ...network } = SLOW_4G;
      await cdp.send('Network.emulateNetworkConditions', { offline: false, ...network });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
      await page.goto(URL);
      await page.waitForFunction(() => window.__jaH1At !== undefined, null, { timeout: 60000 });
      times.push(await page.evaluate(() => window.__jaH1At));
      paints.push(await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN));
      packRequests.push(packs);
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const median = (list) => [...list].sort((a, b) => a - b)[2];
  return { times, packRequests, median: median(times), paints, paintMedian: median(paints) };
}

function lighthouse() {
  try {
    const out = execFileSync(
      'npx',
      [
        'lighthouse',
        URL,
        '--quiet',
        '--output=json',
        '--only-categories=performance,accessibility,best-practices',
        `--chrome-flags=--headless=new ${chromiumArgs.join(' ')}`,
      ],
      { env: { ...process.env, CHROME_PATH: '/usr/bin/chromium' }, maxBuffer: 64 * 1024 * 1024 },
    );
    const report = JSON.parse(out.toString());
    const score = (k) => report.categories[k]?.score ?? null;
    return {
      performance: score('performance'),
      accessibility: score('accessibility'),
      bestPractices: score('best-practices'),
      lcpMs: report.audits['largest-contentful-paint']?.numericValue,
      tbtMs: report.audits['total-blocking-time']?.numericValue,
    };
  } catch (e) {
    return { error: String(e.message || e).slice(0, 300) };
  }
}

const server = spawn('node', ['tests/e2e/serve.mjs', 'dist', String(PORT)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 500));
let failed = false;
try {
  const cold = await coldLoad();
  const offline = await offlineRepeatVisit();
  const japanese = await firstVisitJapanese();
  const lh = lighthouse();
  const kib = (n) => (n / 1024).toFixed(1);

  console.log('\nCold first load (every precached file of dist/ + the largest language pack, gzip -9):');
  for (const r of cold.rows) console.log(`  ${kib(r.gzip).padStart(7)} KiB gz  ${kib(r.raw).padStart(7)} KiB raw  ${r.file}`);
  const coldOk = cold.totalGzip / 1024 <= BUDGET.coldKiB;
  console.log(`  total ${kib(cold.totalGzip)} KiB gzipped (${kib(cold.totalRaw)} KiB raw), budget ${BUDGET.coldKiB} KiB: ${coldOk ? 'OK' : 'OVER'}`);

  const offOk = offline.controlled && offline.median < BUDGET.offlineRenderMs;
  console.log(`\nRepeat visit offline: first heading at ${offline.times.map((t) => t.toFixed(0)).join(', ')} ms; median ${offline.median.toFixed(0)} ms (service worker in control: ${offline.controlled}), budget ${BUDGET.offlineRenderMs} ms: ${offOk ? 'OK' : 'OVER'}`);

  console.log(`\nFirst visit, Japanese device, throttled (slow 4G, 4x CPU): Japanese heading at ${japanese.times.map((t) => t.toFixed(0)).join(', ')} ms; median ${japanese.median.toFixed(0)} ms (requests for the pack per visit: ${japanese.packRequests.join(', ')}); first contentful paint median ${japanese.paintMedian.toFixed(0)} ms`);

  const lhOk = !lh.error && lh.performance >= BUDGET.lighthousePerf;
  console.log(`\nLighthouse (mobile): ${lh.error ? lh.error : `performance ${lh.performance}, accessibility ${lh.accessibility}, best practices ${lh.bestPractices}, LCP ${Math.round(lh.lcpMs)} ms, TBT ${Math.round(lh.tbtMs)} ms`}; budget performance >= ${BUDGET.lighthousePerf}: ${lhOk ? 'OK' : 'OVER'}`);

  failed = !(coldOk && offOk && lhOk);
  await mkdir('bench-results', { recursive: true });
  await writeFile('bench-results/latest.json', JSON.stringify({ date: new Date().toISOString(), cold, offline, firstVisitJapanese: japanese, lighthouse: lh }, null, 2));
} finally {
  server.kill();
}
process.exit(failed ? 1 : 0);
