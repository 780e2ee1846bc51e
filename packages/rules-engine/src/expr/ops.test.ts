import { describe, expect, it } from 'vitest';
import { and3, choose, compare, not3, or3 } from './ops';
import { UNKNOWN, type Value } from './types';

const V: Value[] = [true, false, UNKNOWN];
const name = (v: Value) => (v === UNKNOWN ? 'U' : String(v));

describe('three-valued logic (Kleene)', () => {
  it('&& and || follow the strong Kleene tables', () => {
    const andTable = V.map((a) => V.map((b) => name(and3(a, () => b))).join(' ')).join(' | ');
    const orTable = V.map((a) => V.map((b) => name(or3(a, () => b))).join(' ')).join(' | ');
    expect(andTable).toBe('true false U | false false false | U false U');
    expect(orTable).toBe('true true true | true false U | true U U');
    expect(name(not3(UNKNOWN))).toBe('U');
  });

  it('short-circuits: false && x does not evaluate x', () => {
    let called = false;
    and3(false, () => {
      called = true;
      return true;
    });
    expect(called).toBe(false);
  });

  it('comparisons with an unknown side are unknown; a ternary on unknown agrees only when both branches do', () => {
    expect(compare('>=', UNKNOWN, 3)).toBe(UNKNOWN);
    expect(choose(UNKNOWN, () => 5, () => 5)).toBe(5);
    expect(choose(UNKNOWN, () => 5, () => 6)).toBe(UNKNOWN);
  });
});
