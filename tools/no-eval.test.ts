/**
 * Rules written as data never execute code (the rules language has its own parser and evaluator):
 * no source file calls `eval`, builds a function from a string or gives a timer a string to run.
 * ESLint has the same rules (no-eval, no-new-func, no-implied-eval; `npm run lint`); this scan keeps
 * them in the test suite at a fraction of a full lint's cost.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, workspaceSourceFiles } from './source-files';
import { codeOnly } from './code-only';

const FORBIDDEN: readonly [string, RegExp][] = [
  ['eval', /(?<![.\w$])eval\s*\(/g],
  ['a function built from a string', /\bnew\s+Function\s*\(|(?<![.\w$])Function\s*\(\s*['"`]/g],
  ['a timer given a string', /\bset(?:Timeout|Interval|Immediate)\s*\(\s*['"`]/g],
];

describe('no code is run from strings', () => {
  it('finds no eval, new Function or string timer in any source file', () => {
    const found: string[] = [];
    for (const file of workspaceSourceFiles()) {
      const code = codeOnly(readFileSync(file, 'utf8'));
      for (const [what, re] of FORBIDDEN) {
        for (const m of code.matchAll(re)) found.push(`${relative(ROOT, file)}: ${what} (${m[0].trim()})`);
      }
    }
    expect(found).toEqual([]);
  });

  it('sees through comments and strings, and catches each form', () => {
    const hits = (src: string) => FORBIDDEN.filter(([, re]) => [...codeOnly(src).matchAll(re)].length > 0).map(([what]) => what);
    expect(hits("const x = 1; // eval(x)\n/* new Function('a') */ const s = 'eval(1)'; const t = `setTimeout('x')`;")).toEqual([]);
    expect(hits('eval(src);')).toEqual(['eval']);
    expect(hits("const f = new Function('a', 'return a');")).toEqual(['a function built from a string']);
    expect(hits("setTimeout('alert(1)', 10);")).toEqual(['a timer given a string']);
    expect(hits('obj.eval(x); myeval(y); setTimeout(() => 1, 5);')).toEqual([]);
  });
});
