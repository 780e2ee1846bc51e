/**
 * Benchmark (issue 19, not a timed test): how long the first page of the enterprise and public flows
 * takes to show its content on a phone over a slow network — Chromium's "Fast 3G" profile (562.5 ms
 * round trip, about 1.44 Mbit/s down, 675 kbit/s up) with the CPU slowed 4×, at 390×844 CSS pixels,
 * each page in a fresh browser context (nothing cached). Target: content within 3 s.
 *   npx tsx bench/first-load.ts [--runs 5]
 *
 * Starts the real server (demo city, NODE_ENV=test) on a scratch PGlite folder, signs the demo
 * enterprise in through the API for the signed-in pages, then opens each page R times and times the
 * navigation until the page's content is visible, and until the app has taken the page over (it
 * accepts input: a page the server drew is inert until then). Prints JSON: per page the median and the slowest
 * run in ms, and the load averages.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../apps/web/e2e/support/browser';
import { freePort, spawnServer } from '../packages/api/src/appeals/testing/server-process';

/** Chromium DevTools' "Fast 3G" preset (throughputs in bytes per second). */
const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: ((1.6 * 1024 * 1024) / 8) * 0.9, uploadThroughput: ((750 * 1024) / 8) * 0.9 };
const CPU_SLOWDOWN = 4;
const TARGET_MS = 3_000;

/** The first page of each flow, and what shows that its content is there (a selector). */
const PAGES: readonly { name: string; path: string; shown: string; signedIn: boolean }[] = [
  { name: '公共首页', path: '/', shown: '[data-testid="front-search"]', signedIn: false },
  { name: '登录', path: '/login', shown: '#username', signedIn: false },
  { name: '政策计算器', path: '/policy-calculator', shown: '[data-testid="calc-employees"]', signedIn: false },
  { name: '工作台（企业）', path: '/home', shown: '[data-testid="home-enterprise-card"]', signedIn: true },
  { name: '我的政策', path: '/me/policies', shown: '[data-testid="section-ELIGIBLE"]', signedIn: true },
];

function option(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const v = Number(process.argv[i + 1]);
  if (!Number.isInteger(v) || v <= 0) throw new Error(`--${name} needs a positive whole number`);
  return v;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Milliseconds until the page's content is shown, and until the app has taken it over (it accepts input). */
async function timeFirstLoad(browser: Browser, baseURL: string, page: (typeof PAGES)[number]): Promise<{ shown: number; takenOver: number }> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  try {
    const tab = await context.newPage();
    if (page.signedIn) {
      const res = await tab.request.post('/api/auth/login', { data: { username: 'enterprise', password: 'huiqi-demo' } });
      if (!res.ok()) throw new Error(`sign-in failed: HTTP ${res.status()}`);
    }
    const cdp = await context.newCDPSession(tab);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', FAST_3G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
    const started = Date.now();
    await tab.goto(page.path, { waitUntil: 'commit' });
    await tab.locator(page.shown).first().waitFor({ state: 'visible', timeout: 60_000 });
    const shown = Date.now() - started;
    // A page the server drew takes input once the app has taken it over (apps/web/src/app/take-over.ts).
    await tab.locator('#root:not([inert])').waitFor({ state: 'attached', timeout: 60_000 });
    return { shown, takenOver: Date.now() - started };
  } finally {
    await context.close();
  }
}

const runs = option('runs', 5);
const dataDir = await mkdtemp(join(tmpdir(), 'huiqi-first-load-'));
const port = await freePort();
const load = [loadavg()[0]!];
const server = await spawnServer({ port, env: { HUIQI_DATA_DIR: dataDir, HUIQI_DEMO: '1', HUIQI_JOBS: '0' }, readyTimeoutMs: 300_000 });
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
try {
  const results: Record<string, { medianMs: number; slowestMs: number; targetMs: number; met: boolean; runsMs: number[]; takenOverMedianMs: number; takenOverRunsMs: number[] }> = {};
  for (const page of PAGES) {
    await timeFirstLoad(browser, server.baseUrl, page); // the server's own first answer for this page (caches) is not the browser's
    const times: number[] = [];
    const takenOver: number[] = [];
    for (let r = 0; r < runs; r++) {
      const t = await timeFirstLoad(browser, server.baseUrl, page);
      times.push(t.shown);
      takenOver.push(t.takenOver);
    }
    load.push(loadavg()[0]!);
    results[page.name] = { medianMs: median(times), slowestMs: Math.max(...times), targetMs: TARGET_MS, met: median(times) <= TARGET_MS, runsMs: times, takenOverMedianMs: median(takenOver), takenOverRunsMs: takenOver };
  }
  process.stdout.write(`${JSON.stringify({ profile: { network: 'Fast 3G', ...FAST_3G, cpuSlowdown: CPU_SLOWDOWN, viewport: '390x844' }, runs, results, loadAverage: { min: Math.min(...load), max: Math.max(...load) } }, null, 2)}\n`);
} finally {
  await browser.close();
  await server.kill('SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
  await rm(`${dataDir}.huiqi-lock`, { force: true });
}
