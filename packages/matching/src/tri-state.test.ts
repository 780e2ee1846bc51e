import { UNKNOWN } from '@huiqi/rules-engine';
import { describe, expect, it } from 'vitest';
import { and3Array, F, not3Array, or3Array, T, triOf, U } from './tri-state';

const ALL = [F, U, T];
// Kleene truth tables written out by hand (not derived from the min/max encoding).
const AND: Record<string, number> = { '00': F, '01': F, '02': F, '10': F, '11': U, '12': U, '20': F, '21': U, '22': T };
const OR: Record<string, number> = { '00': F, '01': U, '02': T, '10': U, '11': U, '12': T, '20': T, '21': T, '22': T };

describe('Kleene array operations', () => {
  const a = Uint8Array.from(ALL.flatMap((x) => ALL.map(() => x)));
  const b = Uint8Array.from(ALL.flatMap(() => ALL));
  it('and3Array follows the truth table for all nine pairs', () => {
    const out = and3Array(a, b, new Uint8Array(9), 9);
    out.forEach((v, i) => expect(v).toBe(AND[`${a[i]}${b[i]}`]));
  });
  it('or3Array follows the truth table for all nine pairs', () => {
    const out = or3Array(a, b, new Uint8Array(9), 9);
    out.forEach((v, i) => expect(v).toBe(OR[`${a[i]}${b[i]}`]));
  });
  it('not3Array swaps true and false and keeps unknown', () => {
    expect([...not3Array(Uint8Array.of(F, U, T), new Uint8Array(3), 3)]).toEqual([T, U, F]);
  });
  it('works in place and only on the first n entries', () => {
    const x = Uint8Array.of(T, T, T, T);
    and3Array(x, Uint8Array.of(F, U, T, F), x, 3);
    expect([...x]).toEqual([F, U, T, T]);
  });
  it('triOf maps the engine values', () => {
    expect([triOf(true), triOf(false), triOf(UNKNOWN)]).toEqual([T, F, U]);
  });
});
