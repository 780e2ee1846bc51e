import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's Chromium headless shell (package chromium-headless-shell; `npx playwright install` cannot
 * download browsers here, docs: stack.md). The same engine as the full browser without its window
 * layers: a browser-test file costs about half the CPU it did with /usr/bin/chromium.
 */
export const CHROMIUM_PATH = process.env.HUIQI_CHROMIUM ?? '/usr/bin/chromium-headless-shell';

/** Flags that let Chromium run headless as root without reaching for the (closed) network. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** One browser for a test file; playwright gives it a fresh temporary profile. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/** A fresh context (own cookies and localStorage) at a desktop size, in Chinese. */
export async function newPage(browser: Browser, baseURL: string): Promise<{ context: BrowserContext; page: Page }> {
  // Reduced motion: no opening dialogs or animated charts to wait out (the app honours the setting).
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1366, height: 860 }, reducedMotion: 'reduce' });
  // Waits are on states the app shows; this is only the bound after which a wait counts as failed.
  // 15 s was hit under CI load (a route's chunk still loading), so the bound is generous.
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const violations: string[] = [];
  CSP_VIOLATIONS.set(page, violations);
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { context, page };
}

/** A phone (issue 19): 390×844 CSS pixels, touch, mobile viewport rules, otherwise as `newPage`. */
export async function newPhonePage(browser: Browser, baseURL: string, deviceScaleFactor = 1): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, deviceScaleFactor, reducedMotion: 'reduce' });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  const violations: string[] = [];
  CSP_VIOLATIONS.set(page, violations);
  page.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  return { context, page };
}

const CSP_VIOLATIONS = new WeakMap<Page, string[]>();

/** What the page's console reported as refused by the Content-Security-Policy (inline scripts, foreign sources). */
export function cspViolations(page: Page): readonly string[] {
  return CSP_VIOLATIONS.get(page) ?? [];
}
