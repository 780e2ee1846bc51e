/**
 * The dependency direction of ARCHITECTURE.md, checked on every source file:
 * the same table ESLint enforces (tools/boundaries.json), run inside the test
 * suite so a violation turns CI red even when nobody runs the linter.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const table = JSON.parse(readFileSync(join(ROOT, 'tools/boundaries.json'), 'utf8')) as {
  allowed: Record<string, string[]>;
  pure: string[];
  ioModules: string[];
};

function packageDir(name: string): string {
  return ['server', 'cli', 'web'].includes(name) ? `apps/${name}` : `packages/${name}`;
}

function sourceFiles(dir: string): string[] {
  let out: string[] = [];
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return out;
  }
  for (const e of entries) {
    if (e === 'node_modules' || e === 'dist') continue;
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out = out.concat(sourceFiles(p));
    else if (/\.(ts|tsx)$/.test(e)) out.push(p);
  }
  return out;
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('package boundaries (ARCHITECTURE.md)', () => {
  for (const [name, allowed] of Object.entries(table.allowed)) {
    it(`${name} imports only ${allowed.join(', ') || 'no workspace package'}`, () => {
      const violations: string[] = [];
      for (const file of sourceFiles(join(ROOT, packageDir(name)))) {
        const text = readFileSync(file, 'utf8');
        for (const m of text.matchAll(IMPORT)) {
          const spec = m[1] ?? m[2]!;
          const ws = /^@huiqi\/([a-z-]+)/.exec(spec)?.[1];
          if (ws && ws !== name && !allowed.includes(ws)) violations.push(`${relative(ROOT, file)} → ${spec}`);
          if (table.pure.includes(name) && table.ioModules.some((io) => spec === io || spec.startsWith(`${io}/`))) {
            violations.push(`${relative(ROOT, file)} → ${spec} (pure package)`);
          }
        }
      }
      expect(violations).toEqual([]);
    });
  }

  it('ESLint enforces the same table (a forbidden import is reported)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintText("import { openDatabase } from '@huiqi/db';\nexport const x = openDatabase;\n", {
      filePath: join(ROOT, 'packages/kernel/src/__boundary_probe__.ts'),
    });
    expect(result!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
