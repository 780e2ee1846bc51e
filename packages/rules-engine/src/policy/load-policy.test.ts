import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { factField } from '../fact-schema';
import { Jurisdictions } from '../jurisdictions';
import { parsePolicy } from './load-policy';

const here = dirname(fileURLToPath(import.meta.url));
const tree = new Jurisdictions([{ id: 'cn', parent: null, name: { zh: '中国', en: 'China' } }]);
const env = { fact: factField, variable: () => undefined, param: (p: string) => (p === 'a.b' ? { type: 'number' as const, integral: false, unit: 'ratio' as const } : undefined) };

function load(name: string) {
  const file = `fixtures/${name}.yaml`;
  return parsePolicy(file, 'broken', readFileSync(join(here, file), 'utf8'), env, tree);
}

describe('policy loader: broken fixtures stop the load with file, line and column', () => {
  it('expression syntax error points at the offending character', () => {
    const r = load('expression-syntax');
    expect(r.policy).toBeNull();
    expect(r.errors[0]).toMatchObject({ code: 'EXPRESSION_SYNTAX', file: 'fixtures/expression-syntax.yaml', line: 13 });
    // "employees >= (20" — the error is at the end of the expression, inside the quoted scalar.
    expect(r.errors[0]!.column).toBeGreaterThan(15);
  });
  it('type error names the clause and points into the expression', () => {
    const r = load('expression-type');
    expect(r.errors[0]).toMatchObject({ code: 'EXPRESSION_TYPE', line: 13 });
    expect(r.errors[0]!.message.en).toContain('bad');
    expect(r.errors[0]!.message.en).toContain('unit mismatch');
  });
  it('a parameter path that does not resolve stops the load', () => {
    const r = load('unknown-parameter');
    expect(r.errors[0]).toMatchObject({ code: 'EXPRESSION_TYPE', line: 13 });
    expect(r.errors[0]!.message.zh).toContain('no.such.parameter');
  });
  it('an amount that is not whole fen is refused', () => {
    const r = load('fractional-amount');
    expect(r.errors[0]).toMatchObject({ code: 'EXPRESSION_TYPE', line: 17 });
  });
  it('overlapping versions are refused', () => {
    const r = load('overlapping-versions');
    expect(r.errors.some((e) => e.code === 'DATE_ORDER')).toBe(true);
  });
});
