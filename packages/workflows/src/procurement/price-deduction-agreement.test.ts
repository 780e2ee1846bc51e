/**
 * 46号 第九条第一款 (small and micro price deduction) is encoded twice: as the rule
 * `rules/policies/procurement-price-deduction` (what an enterprise is told) and in `evaluateBids`
 * (what the evaluation committee applies). On generated bids both must agree: the same bids get the
 * deduction, the rate range is the same, and at the range's lower bound the deduction is the same fen.
 */
import fc from 'fast-check';
import { addDays, fen, type PlainDate } from '@huiqi/kernel';
import { evaluatePolicy, factsFromJson, loadRuleBase } from '@huiqi/rules-engine';
import { describe, expect, it } from 'vitest';
import { evaluateBids } from './evaluate-bids';

const loaded = loadRuleBase();
if (!loaded.ok) throw new Error('rule base did not load');
const rb = loaded.value;
const policy = rb.policies.get('procurement-price-deduction')!;

const CATEGORY = {
  // Items carry the size of their maker (goods), builder (works) or performer (services) in `makerSize`.
  GOODS: { enterprise: { industryCode: 'C39', employees: 30, revenue: '5000000' }, item: (size: string) => ({ makerSize: size as 'small' }) },
  SERVICES: { enterprise: { industryCode: 'I65', employees: 30, revenue: '5000000' }, item: (size: string) => ({ makerSize: size as 'small' }) },
  WORKS: { enterprise: { industryCode: 'E47', revenue: '5000000', totalAssets: '4000000' }, item: (size: string) => ({ makerSize: size as 'small' }) },
} as const;

describe('price deduction: the YAML rule and evaluateBids agree (46号 第九条第一款)', () => {
  it('on generated dates, categories, reservations, item sizes and prices', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 * 365 }).map((n) => addDays('2021-01-01' as PlainDate, n)),
        fc.constantFrom('GOODS', 'SERVICES', 'WORKS' as const),
        fc.boolean(),
        fc.array(fc.constantFrom('small', 'micro', 'large'), { minLength: 1, maxLength: 3 }),
        fc.integer({ min: 1, max: 50_000_000_00 }),
        (date, category, reserved, sizes, priceFen) => {
          const c = CATEGORY[category];
          const allSmall = sizes.every((s) => s !== 'large');
          const facts = factsFromJson({ ...c.enterprise, isControlledByLargeEnterprise: false, bidCategory: category, bidPrice: (priceFen / 100).toFixed(2), bidAllBySmallMicro: allSmall, bidIsReservedProject: reserved }, { money: 'yuan' });
          if (!facts.ok) throw new Error(JSON.stringify(facts.error));
          const y = evaluatePolicy(rb, policy, facts.value, { date, jurisdiction: 'cn' });
          expect(y.status === 'ELIGIBLE' || y.status === 'INELIGIBLE').toBe(true);
          const minRate = y.status === 'ELIGIBLE' ? String(y.outputs.min_rate) : '0.1';
          const t = evaluateBids({ date, jurisdiction: 'cn', category, reservedForSme: reserved, deductionRate: minRate, consortiumDeductionRate: null, bids: [{ id: 'A', priceFen: fen(priceFen), items: sizes.map((s) => c.item(s)) }] }, rb);
          if (!t.ok) {
            // evaluateBids asks for a rate only where one applies; the rule must then see no deduction either.
            expect(y.status, JSON.stringify(t.error)).toBe('INELIGIBLE');
            return;
          }
          const bid = t.value.bids[0]!;
          expect(bid.preference === 'SMALL_MICRO_DEDUCTION', `${date} ${category} reserved=${reserved} ${sizes}`).toBe(y.status === 'ELIGIBLE');
          if (y.status === 'ELIGIBLE') {
            expect(t.value.ranges?.priceDeduction?.min).toBe(minRate);
            expect(String(t.value.ranges?.priceDeduction?.max)).toBe(String(y.outputs.max_rate));
            expect(bid.deductionFen).toBe(y.amountFen);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
