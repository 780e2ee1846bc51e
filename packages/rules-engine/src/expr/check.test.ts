import { describe, expect, it } from 'vitest';
import { factField } from '../fact-schema';
import { checkExpr } from './check';
import { parseExpr } from './parser';
import type { CheckEnv, Type } from './types';

const env: CheckEnv = {
  fact: factField,
  variable: (n) => (n === 'rdRatio' ? { type: 'number', integral: false, unit: 'ratio' } : undefined),
  param: (p) => (p === 'x.min_ratio' ? { type: 'number', integral: false, unit: 'ratio' } : p === 'x.cap' ? { type: 'number', integral: true, unit: 'fen' } : undefined),
};

function check(src: string, expected?: Type) {
  const p = parseExpr(src);
  if (!p.ok) throw new Error(p.error.message.en);
  return checkExpr(p.value, env, expected);
}

describe('checkExpr', () => {
  it('accepts well-typed conditions and infers units', () => {
    const r = check("employees >= 20 && rdRatio >= param('x.min_ratio') && 'SPECIALIZED' in tags", 'bool');
    expect(r.ok).toBe(true);
    const m = check('round(revenue * 0.02)', 'number');
    expect(m.ok && m.value.ty).toMatchObject({ unit: 'fen', integral: true });
    const q = check('rdExpense / revenue');
    expect(q.ok && q.value.ty.unit).toBe('ratio');
  });

  it('rejects unknown names, functions and parameters with their position', () => {
    const r = check('employes >= 20');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.start).toBe(0);
      expect(r.error.message.zh).toContain('employes');
    }
    expect(check('eval(1)').ok).toBe(false);
    expect(check("param('x.nope') > 1").ok).toBe(false);
  });

  it('rejects type errors: arithmetic on booleans, comparing money with people, wrong result type', () => {
    expect(check('isFirstLoan + 1').ok).toBe(false);
    expect(check('revenue >= employees').ok).toBe(false);
    expect(check('employees + 1', 'bool').ok).toBe(false);
    expect(check("revenue >= 'a'").ok).toBe(false);
    expect(check('employees ? 1 : 2').ok).toBe(false);
  });

  it('catches misspelled codes against the schema enumerations', () => {
    expect(check("taxpayerType == 'SMALL_SCAL'").ok).toBe(false);
    expect(check("'SPECIALISED' in tags").ok).toBe(false);
    expect(check("size_class() in ['small', 'tiny']").ok).toBe(false);
    expect(check("taxpayerType == 'SMALL_SCALE'").ok).toBe(true);
  });

  it('tracks integrality so amounts in fen can be required to be whole', () => {
    expect(check('revenue * 0.02').ok && (check('revenue * 0.02') as { value: { ty: { integral: boolean } } }).value.ty.integral).toBe(false);
    const r = check("min(floor(revenue * 0.02), param('x.cap'))");
    expect(r.ok && r.value.ty.integral).toBe(true);
    const w = check('wan_yuan(20)');
    expect(w.ok && w.value.ty).toMatchObject({ unit: 'fen', integral: true });
  });
});
