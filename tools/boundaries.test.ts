/**
 * The dependency direction of ARCHITECTURE.md, checked on every source file:
 * the same table ESLint enforces (tools/boundaries.json), run inside the test
 * suite so a violation turns CI red even when nobody runs the linter.
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';
import { ROOT, sourceFiles, workspaceSourceFiles } from './source-files';

const table = JSON.parse(readFileSync(join(ROOT, 'tools/boundaries.json'), 'utf8')) as {
  allowed: Record<string, string[]>;
  pure: string[];
  ioModules: string[];
};

function packageDir(name: string): string {
  return ['server', 'cli', 'web'].includes(name) ? `apps/${name}` : `packages/${name}`;
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

  it('no file imports another workspace package by a relative path (only by its @huiqi/ name)', () => {
    const violations: string[] = [];
    for (const file of workspaceSourceFiles()) {
      for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
        const spec = m[1] ?? m[2]!;
        if (/^(?:\.\.\/){2,3}(?:packages|apps)\//.test(spec)) violations.push(`${relative(ROOT, file)} → ${spec}`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('ESLint enforces the same table (a forbidden import is reported)', async () => {
    const eslint = new ESLint({ cwd: ROOT });
    const [result] = await eslint.lintText("import { openDatabase } from '@huiqi/db';\nexport const x = openDatabase;\n", {
      filePath: join(ROOT, 'packages/kernel/src/__boundary_probe__.ts'),
    });
    expect(result!.messages.map((m) => m.ruleId)).toContain('no-restricted-imports');
  });
});
