import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rowsWithUnreported } from '../db-policy-outcomes';
import { FIGURE_FACTS } from '../fact-columns';
import { RegistrySnapshot, type SnapshotRowInput } from './registry-snapshot';
import { scan, unreportedRows } from './unreported-rows';

const YEAR = 2025;
const money = fc.option(fc.integer({ min: 0, max: 10 ** 9 }), { nil: null });
const year = fc.option(fc.record({ employees: fc.integer({ min: 0, max: 500 }), revenueFen: fc.integer({ min: 0, max: 10 ** 10 }), totalAssetsFen: fc.integer({ min: 0, max: 10 ** 10 }), rdExpenseFen: money, mainBusinessRevenueFen: money }), { nil: null });
const row = (k: number, figures: SnapshotRowInput['figures']): SnapshotRowInput => ({
  uscc: `91440300MA5${String(k).padStart(7, '0')}`, district: 'cn-gd-sz-nanshan', districtNameZh: '南山区', industryCode: 'C39', registrationDate: '2019-05-01',
  taxpayerType: 'GENERAL', isIndividualBusiness: false, tags: [], figures,
});

describe('unreported rows of a snapshot', () => {
  it('are the rows rowsWithUnreported finds, for every fact set', () => {
    fc.assert(fc.property(fc.array(fc.tuple(year, year, year), { minLength: 1, maxLength: 60 }), fc.subarray(Object.keys(FIGURE_FACTS), { minLength: 1 }), (rows, names) => {
      const snap = new RegistrySnapshot(YEAR, 8);
      rows.forEach((f, k) => snap.add(row(k, f)));
      const reg = snap.registryColumns();
      const facts = names.map((n) => FIGURE_FACTS[n]!);
      expect([...scan(reg, facts)]).toEqual([...rowsWithUnreported(reg, facts)]);
    }), { numRuns: 300 });
  });

  it('are computed again once a row changed, not served from the cache', () => {
    const snap = new RegistrySnapshot(YEAR, 8);
    const full = { employees: 10, revenueFen: 100, totalAssetsFen: 100, rdExpenseFen: 5, mainBusinessRevenueFen: 90 };
    snap.add(row(1, [full, full, null]));
    snap.add(row(2, [full, full, null]));
    const facts = [FIGURE_FACTS.rdExpense!];
    expect([...unreportedRows(snap, snap.registryColumns(), facts)]).toEqual([]);
    snap.upsert(row(2, [{ ...full, rdExpenseFen: null }, full, null]));
    expect([...unreportedRows(snap, snap.registryColumns(), facts)]).toEqual([1]);
    // The same facts in another order share the cached answer.
    const again = unreportedRows(snap, snap.registryColumns(), [FIGURE_FACTS.rdExpense!, FIGURE_FACTS.rdExpense!]);
    expect(again).toBe(unreportedRows(snap, snap.registryColumns(), facts));
  });
});
