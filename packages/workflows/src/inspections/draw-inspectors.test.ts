import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { drawInspectors } from './draw-inspectors';
import { referenceInspectors } from './testing/reference-draw';

describe('drawInspectors', () => {
  it('agrees with the documented ranking, with recusals, on generated rosters', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1 }),
        fc.string({ minLength: 1, maxLength: 18 }),
        fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 8 }), conflicted: fc.boolean() }), { selector: (r) => r.id, maxLength: 12 }),
        fc.integer({ min: 2, max: 4 }),
        (seed, uscc, people, count) => {
          const roster = people.map((p) => ({ id: p.id, conflicts: p.conflicted ? [uscc] : ['OTHER'] }));
          const recused = people.filter((p) => p.conflicted).map((p) => p.id);
          const r = drawInspectors(seed, uscc, roster, count);
          const expected = referenceInspectors(seed, uscc, people.map((p) => p.id), recused, count);
          if (people.length - recused.length < count) expect(!r.ok && r.error.code).toBe('TOO_FEW_INSPECTORS');
          else {
            expect(r.ok && r.value.inspectors.map((i) => i.id)).toEqual(expected);
            expect(r.ok && r.value.recused).toEqual(recused);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never assigns fewer than two, even when one is asked for', () => {
    const r = drawInspectors('s', 'U', [{ id: 'a' }, { id: 'b' }, { id: 'c' }], 1);
    expect(r.ok && r.value.inspectors.length).toBe(2);
  });

  it('refuses when recusals leave fewer than two, naming the target', () => {
    const r = drawInspectors('s', 'U1', [{ id: 'a', conflicts: ['U1'] }, { id: 'b' }]);
    expect(!r.ok && r.error).toMatchObject({ code: 'TOO_FEW_INSPECTORS', details: { uscc: 'U1', needed: 2, available: 1, recused: ['a'] } });
  });

  it('refuses a roster listing an inspector twice', () => {
    const r = drawInspectors('s', 'U1', [{ id: 'a' }, { id: 'a' }, { id: 'b' }]);
    expect(!r.ok && r.error.code).toBe('INSPECTOR_DUPLICATE');
  });
});
