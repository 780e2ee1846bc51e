import { describe, expect, it } from 'vitest';
import { registryFactsAt } from '../db-columns';
import { RegistrySnapshot, type SnapshotRowInput } from './registry-snapshot';

const full = { employees: 12, revenueFen: 3_000_000, totalAssetsFen: 9_000_000, rdExpenseFen: null, mainBusinessRevenueFen: 2_000_000 };
const row = (uscc: string, district: string, tags: string[]): SnapshotRowInput => ({
  uscc, district, districtNameZh: district === 'cn-gd-sz-nanshan' ? '南山区' : '福田区', industryCode: 'C39', registrationDate: '2020-02-29',
  taxpayerType: 'SMALL_SCALE', isIndividualBusiness: false, tags, figures: [full, null, { ...full, employees: 3 }],
});

describe('registry snapshot parts', () => {
  it('read back as the same snapshot: rows, keys (sorted and late ones), dictionaries, removals and position', () => {
    const snap = new RegistrySnapshot(2025, 4);
    snap.add(row('91440300MA5A000001', 'cn-gd-sz-nanshan', ['HIGH_TECH']));
    snap.add(row('91440300MA5A000002', 'cn-gd-sz-futian', []));
    snap.upsert(row('91440300MA5A000000', 'cn-gd-sz-futian', ['TECH_SME'])); // out of order: kept in the map
    snap.remove('91440300MA5A000002');
    snap.seq = 42;
    const { head, columns } = snap.toParts();
    const copy = RegistrySnapshot.fromParts(JSON.parse(JSON.stringify(head)), columns.map((c) => Uint8Array.from(c)));
    expect(copy.rowCount).toBe(3);
    expect(copy.liveCount).toBe(2);
    expect(copy.seq).toBe(42);
    expect(copy.districtDictionary).toEqual(snap.districtDictionary);
    for (const u of ['91440300MA5A000001', '91440300MA5A000002', '91440300MA5A000000']) expect(copy.indexOf(u)).toBe(snap.indexOf(u));
    expect(copy.isRemoved(copy.indexOf('91440300MA5A000002'))).toBe(true);
    for (let i = 0; i < 3; i++) expect(registryFactsAt(copy.registryColumns(), i)).toEqual(registryFactsAt(snap.registryColumns(), i));
    // It goes on like the original: a new row, an update.
    copy.upsert(row('91440300MA5A000003', 'cn-gd-sz-nanshan', []));
    expect(copy.usccAt(copy.indexOf('91440300MA5A000003'))).toBe('91440300MA5A000003');
    expect(() => RegistrySnapshot.fromParts({ ...head, format: 'other' }, columns)).toThrow(RangeError);
    expect(() => RegistrySnapshot.fromParts(head, columns.slice(1))).toThrow(RangeError);
  });
});
