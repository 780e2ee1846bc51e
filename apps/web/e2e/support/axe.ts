import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

/**
 * axe-core (the accessibility engine, a devDependency) run in the page. The pages have a strict
 * Content-Security-Policy (`script-src 'self'`), so `page.addScriptTag` — an inline script element —
 * would be refused, and the suite fails every test on a CSP violation. The engine's source is
 * evaluated through the DevTools protocol instead (`page.evaluate`), which the page's CSP does
 * not govern; axe itself needs no `eval`.
 */
let source: Promise<string> | undefined;

function axeSource(): Promise<string> {
  source ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return source;
}

/** The impacts that fail a page (axe's scale: minor, moderate, serious, critical). */
const FAILING = new Set(['serious', 'critical']);

export interface AxeFinding {
  rule: string;
  impact: string;
  help: string;
  /** CSS selectors of the offending elements, with a short part of their HTML. */
  nodes: string[];
}

/**
 * Runs axe over the whole document and returns the serious and critical violations
 * (WCAG 2.1 A/AA and axe's best practices). Loads the engine once per document.
 */
export async function seriousViolations(page: Page): Promise<AxeFinding[]> {
  const loaded = await page.evaluate(() => typeof (window as unknown as { axe?: unknown }).axe === 'object');
  if (!loaded) await page.evaluate(await axeSource());
  const found = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[]; html: string }[] }[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      help: v.help,
      nodes: v.nodes.map((n) => `${n.target.map(String).join(' ')}  ${n.html.replace(/\s+/g, ' ').slice(0, 140)}`),
    }));
  });
  return found.filter((v) => FAILING.has(v.impact));
}

/** One readable line per violation: `where · rule (impact): help — first offending elements`. */
export function describeFindings(where: string, findings: readonly AxeFinding[]): string[] {
  return findings.map((f) => `${where} · ${f.rule} (${f.impact}): ${f.help} — ${f.nodes.length} element(s): ${f.nodes.slice(0, 3).join(' | ')}`);
}
