import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fen } from '@huiqi/kernel';
import { loadLawCitations, loadRuleBase } from '@huiqi/rules-engine';
import { assessReservedShares } from './assess-reserved-shares';
import { CITE } from './citations';
import { evaluateBids } from './evaluate-bids';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;

describe('procurement citations', () => {
  it('every article the procurement rules cite exists in law/', async () => {
    const law = await loadLawCitations();
    expect(law.note).toBeNull();
    const evaluated = evaluateBids(
      {
        date: '2024-05-01',
        jurisdiction: 'cn',
        category: 'GOODS',
        reservedForSme: false,
        deductionRate: '0.1',
        consortiumDeductionRate: '0.05',
        bids: [
          { id: 'A', priceFen: fen(100), items: [{ makerSize: 'small' }] },
          { id: 'B', priceFen: fen(100), consortium: [{ size: 'small', share: '0.3' }, { size: 'large', share: '0.7' }] },
        ],
      },
      rb,
    );
    if (!evaluated.ok) throw new Error('evaluation failed');
    const cited = [...Object.values(CITE), ...evaluated.value.bids.flatMap((b) => b.citations)];
    const missing = [...new Set(cited)].filter((a) => !law.index!.has(a));
    expect(missing).toEqual([]);
  });
});

describe('procurement functions never throw on untrusted input', () => {
  const junk = fc.anything({ withBigInt: false, maxDepth: 3 });
  it('evaluateBids answers errors as values', () => {
    fc.assert(
      fc.property(fc.record({ date: fc.oneof(fc.constant('2024-05-01'), junk), jurisdiction: fc.oneof(fc.constant('cn'), junk), category: fc.oneof(fc.constantFrom('GOODS', 'WORKS', 'SERVICES'), junk), reservedForSme: fc.oneof(fc.boolean(), junk), deductionRate: junk, consortiumDeductionRate: junk, bids: fc.oneof(fc.array(junk, { maxLength: 3 }), fc.array(fc.record({ id: fc.string(), priceFen: fc.oneof(fc.integer(), junk), items: fc.oneof(fc.array(fc.record({ makerSize: fc.oneof(fc.constantFrom('large', 'medium', 'small', 'micro'), junk) }), { maxLength: 3 }), junk), consortium: junk }), { maxLength: 3 })) }), (p) => {
        const r = evaluateBids(p as never, rb);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });

  it('assessReservedShares answers errors as values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2018, max: 2030 }), fc.array(fc.oneof(junk, fc.record({ id: fc.string(), name: fc.string(), budgetFen: fc.oneof(fc.nat(), junk), category: fc.constantFrom('GOODS', 'WORKS', 'SERVICES'), suitableForSme: fc.boolean(), reservation: fc.oneof(junk, fc.record({ method: fc.constantFrom('NONE', 'WHOLE_PROJECT', 'LOTS', 'CONSORTIUM', 'SUBCONTRACT'), reservedFor: junk, lots: junk, smeShare: junk, smallMicroShare: junk })) })), { maxLength: 4 }), (year, projects) => {
        const r = assessReservedShares({ id: 'D', name: 'D', jurisdiction: 'cn' }, year, projects as never, rb);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 300 },
    );
  });
});
