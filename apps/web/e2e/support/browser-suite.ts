import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startTestServer, type TestServer } from './server';
import { cspViolations, launchBrowser, newPage } from './browser';
import { newPhonePage } from './browser';
import { REPO_ROOT } from './repo-root';

/**
 * The set-up every browser-test file shares: one real server (demo mode, fresh data folder) and
 * one Chromium for the file, started in `beforeAll` and closed in `afterAll` — also on failure.
 * `open()` gives a new page in its own context, already pointed at the server.
 */
/** The least time the server and browser get to start before the suite counts as failed. */
const START_BOUND_MS = 420_000;

export function useBrowserSuite(startTimeoutMs = 150_000): { open(): Promise<Page>; server(): TestServer; openPhone(deviceScaleFactor?: number): Promise<Page> } {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let pagesOfTest: Page[] = [];

  beforeAll(async () => {
    const dist = process.env.HUIQI_WEB_DIST ?? join(REPO_ROOT, 'apps', 'web', 'dist');
    if (!existsSync(join(dist, 'index.html'))) {
      throw new Error(`${dist} is missing: run \`npm run build:web\` (npm test does this) before the browser tests`);
    }
    [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
    // Only where a start counts as failed (the demo template and the server wait on /api/health): generous, for a busy CI machine.
  }, Math.max(startTimeoutMs, START_BOUND_MS));

  // Every page of every browser test runs under the server's Content-Security-Policy: nothing it
  // refused (an inline script, a foreign source) may show up in the console.
  afterEach(() => {
    const refused = pagesOfTest.flatMap((p) => cspViolations(p));
    pagesOfTest = [];
    expect(refused, 'Content-Security-Policy violations').toEqual([]);
  });

  afterAll(async () => {
    await Promise.allSettled(contexts.map((c) => c.close()));
    await Promise.allSettled([browser?.close(), server?.dispose()]);
  });

  return {
    async open() {
      if (!browser || !server) throw new Error('browser or server did not start');
      const { context, page } = await newPage(browser, server.baseUrl);
      contexts.push(context);
      pagesOfTest.push(page);
      return page;
    },
    /** A new page on a phone (390×844, touch), in its own context, under the same CSP check. */
    async openPhone(deviceScaleFactor = 1) {
      if (!browser || !server) throw new Error('browser or server did not start');
      const { context, page } = await newPhonePage(browser, server.baseUrl, deviceScaleFactor);
      contexts.push(context);
      pagesOfTest.push(page);
      return page;
    },
    server() {
      if (!server) throw new Error('server did not start');
      return server;
    },
  };
}
