import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './support/repo-root';

/**
 * The JavaScript budget of the first page (issue 19: phones on slow networks). The public front door
 * at `/` and the sign-in page are drawn by the entry chunk and what it imports statically (the rest of
 * the app is loaded on demand, features/home/FrontDoor.tsx); their sum, gzipped as a server would
 * send it, must stay within the budget. Read from the build's chunk graph (`.vite/manifest.json`),
 * so it needs `npm run build:web` first, like the browser tests.
 *
 * Measured when the budget was set (2026-12-07, KB = 1 024 bytes, zlib's default level): 778.5 KB before
 * the split (every page loaded antd whole, 359.8, ECharts, 174.4, the whole app, 164.8, and React, 79.1),
 * 229.4 KB after it (the first page's own file 149.9 with the antd parts it uses, React 79.1).
 * The budget is the ceiling, about 9 % above what was reached.
 *
 * The signed-in app (layout, menus, every feature's menu entries and messages) comes next; feature pages
 * are loaded when first shown (app/lazy-page.tsx). It added 565.7 KB with every page in it and ECharts,
 * 250.4 KB with the pages split off (the credit module's pages are still imported statically); its own
 * bound catches a page or a chart library slipping back into it.
 */
const INITIAL_JS_BUDGET_KB = 250;
const SIGNED_IN_APP_BUDGET_KB = 300;

interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
}

function distDir(): string {
  return process.env.HUIQI_WEB_DIST ?? join(REPO_ROOT, 'apps', 'web', 'dist');
}

function readManifest(dist: string): Record<string, ManifestChunk> {
  const path = join(dist, '.vite', 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: run \`npm run build:web\` (npm test does this) before this check`);
  return JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
}

/** The chunk keys loaded before anything is drawn: `from` and everything it imports statically, transitively. */
function staticClosure(manifest: Record<string, ManifestChunk>, from: string): string[] {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const k of manifest[key]?.imports ?? []) visit(k);
  };
  visit(from);
  return [...seen];
}

function gzipKb(dist: string, files: readonly string[]): number {
  const bytes = files.reduce((sum, f) => sum + gzipSync(readFileSync(join(dist, f))).length, 0);
  return Math.round(bytes / 102.4) / 10;
}

describe('JavaScript budget of the first page', () => {
  it(`loads at most ${INITIAL_JS_BUDGET_KB} KB (gzip) of JavaScript for the front door and the sign-in page, and no chart library`, () => {
    const dist = distDir();
    const manifest = readManifest(dist);
    const entry = Object.entries(manifest).find(([, c]) => c.isEntry)?.[0];
    expect(entry, 'an entry chunk').toBeDefined();
    const initial = staticClosure(manifest, entry!);
    const files = initial.map((k) => manifest[k]!.file);
    const kb = gzipKb(dist, files);
    const byFile = files.map((f) => `${f} ${gzipKb(dist, [f])} KB`).join('\n');
    console.info(`initial JavaScript (front door and sign-in page): ${kb} KB gzip in ${files.length} files\n${byFile}`);
    expect(kb, byFile).toBeLessThanOrEqual(INITIAL_JS_BUDGET_KB);
    // The signed-in app and ECharts are loaded on demand, never with the first page.
    expect(files.some((f) => /echarts/.test(f)), byFile).toBe(false);
    expect(initial.some((k) => /src\/app\/AppRoutes\.tsx$/.test(k)), byFile).toBe(false);
  });

  it(`loads the signed-in app after the first page (a dynamic import of the entry), at most ${SIGNED_IN_APP_BUDGET_KB} KB more and without its pages' chart library`, () => {
    const dist = distDir();
    const manifest = readManifest(dist);
    const entry = Object.values(manifest).find((c) => c.isEntry)!;
    const app = Object.entries(manifest).find(([k]) => /src\/app\/AppRoutes\.tsx$/.test(k));
    expect(app, 'AppRoutes is a chunk of its own').toBeDefined();
    expect(entry.dynamicImports ?? []).toContain(app![0]);
    const entryKey = Object.keys(manifest).find((k) => manifest[k]!.isEntry)!;
    const initial = new Set(staticClosure(manifest, entryKey));
    const added = staticClosure(manifest, app![0]).filter((k) => !initial.has(k)).map((k) => manifest[k]!.file);
    const addedKb = gzipKb(dist, added);
    console.info(`the signed-in app adds ${addedKb} KB gzip in ${added.length} files: ${added.join(', ')}`);
    expect(addedKb, added.join('\n')).toBeLessThanOrEqual(SIGNED_IN_APP_BUDGET_KB);
    expect(added.some((f) => /echarts/.test(f)), 'ECharts comes only with the pages that draw charts').toBe(false);
  });
});
