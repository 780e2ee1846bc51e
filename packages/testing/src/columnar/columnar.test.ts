import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fen, plainDate, type Uscc } from '@huiqi/kernel';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePopulation, streamPopulation } from '../generate-population';
import type { SyntheticEnterprise } from '../synthetic-enterprise';
import { readColumnar } from './read-columnar';
import { writeColumnar } from './write-columnar';

const dir = mkdtempSync(join(tmpdir(), 'huiqi-columnar-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNo = 0;
const file = () => join(dir, `p${fileNo++}.bin`);

describe('columnar round trip', () => {
  it('property: reading back gives exactly the object form, row by row', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 3_000 }), fc.constantFrom(2023, 2025), (seed, size, year) => {
        const rows = generatePopulation({ seed, size, jurisdiction: 'cn-gd-sz', year });
        const path = file();
        const w = writeColumnar(path, rows);
        const pop = readColumnar(path);
        expect(w.rows).toBe(size);
        expect(pop.rowCount).toBe(size);
        const back = Array.from({ length: pop.rowCount }, (_, i) => pop.row(i));
        expect(back).toEqual(rows);
      }),
      { numRuns: 6 },
    );
  });

  it('a streamed population writes the same columns as the array, and records its seed', () => {
    const options = { seed: 42, size: 4_321, jurisdiction: 'cn-gd-sz' as const };
    const fromArray = file();
    const fromStream = file();
    writeColumnar(fromArray, generatePopulation(options));
    writeColumnar(fromStream, streamPopulation(options, 1_000));
    const a = readColumnar(fromArray);
    const b = readColumnar(fromStream);
    expect(b.meta.source).toEqual({ seed: 42, jurisdiction: 'cn-gd-sz', year: 2025 });
    expect(a.meta.source).toBeNull();
    expect(Buffer.from(b.uscc).equals(Buffer.from(a.uscc))).toBe(true);
    expect(Buffer.from(b.strings).equals(Buffer.from(a.strings))).toBe(true);
    expect(Buffer.from(b.figures[0]!.revenueFen.buffer, b.figures[0]!.revenueFen.byteOffset, b.figures[0]!.revenueFen.byteLength).equals(Buffer.from(a.figures[0]!.revenueFen.buffer, a.figures[0]!.revenueFen.byteOffset, a.figures[0]!.revenueFen.byteLength))).toBe(true);
    // Same seed → byte-identical files (no timestamps in the format).
    const again = file();
    writeColumnar(again, streamPopulation(options, 777));
    expect(readFileSync(again).equals(readFileSync(fromStream))).toBe(true);
  });

  it('exposes typed columns that agree with the rows', () => {
    const rows = generatePopulation({ seed: 11, size: 2_000, jurisdiction: 'cn-gd-sz' });
    const path = file();
    writeColumnar(path, rows);
    const pop = readColumnar(path);
    expect(pop.registrationDay).toBeInstanceOf(Int32Array);
    expect(pop.figures[0]!.revenueFen).toBeInstanceOf(Float64Array);
    let employees = 0;
    for (let i = 0; i < pop.rowCount; i++) employees += pop.figures[0]!.employees[i]!;
    expect(employees).toBe(rows.reduce((s, r) => s + r.figures.at(-1)!.employees, 0));
    const highTechBit = 1 << pop.meta.dictionaries.tags.indexOf('HIGH_TECH');
    expect(pop.tags.filter((m) => (m & highTechBit) !== 0).length).toBe(rows.filter((r) => r.tags.includes('HIGH_TECH')).length);
    expect(pop.usccAt(17)).toBe(rows[17]!.uscc);
    expect(pop.meta.dictionaries.district.map((d) => d.slug).sort()).toEqual([...new Set(rows.map((r) => r.district))].sort());
  });

  it('keeps rows that did not come from the generator (empty population, odd values)', () => {
    const row: SyntheticEnterprise = {
      uscc: '91440399MA00000010' as Uscc,
      name: '测试名称 with ASCII & 𠀀',
      district: 'cn-gd-sz-futian',
      districtName: '福田区',
      registeredAddress: '',
      industryCode: 'X99',
      registrationDate: plainDate('1970-01-01'),
      taxpayerType: 'GENERAL',
      isIndividualBusiness: false,
      tags: ['LITTLE_GIANT', 'HIGH_TECH'],
      figures: [{ year: 2025, employees: 0, revenueFen: fen(2 ** 53 - 1), totalAssetsFen: fen(0), rdExpenseFen: fen(1), mainBusinessRevenueFen: fen(0) }],
    };
    const path = file();
    writeColumnar(path, [row, { ...row, figures: [], tags: [], registrationDate: plainDate('2099-12-31') }]);
    const pop = readColumnar(path);
    expect(pop.row(0)).toEqual({ ...row, tags: ['HIGH_TECH', 'LITTLE_GIANT'] });
    expect(pop.row(1).figures).toEqual([]);
    expect(pop.row(1).registrationDate).toBe('2099-12-31');
    expect(() => pop.row(2)).toThrow(RangeError);
    const empty = file();
    writeColumnar(empty, []);
    expect(readColumnar(empty).rowCount).toBe(0);
  });
});

describe('columnar errors', () => {
  const good = generatePopulation({ seed: 1, size: 3, jurisdiction: 'cn-gd-sz' });

  it('refuses rows it cannot store, naming the row', () => {
    expect(() => writeColumnar(file(), [good[0]!, { ...good[1]!, uscc: 'abc' as Uscc }])).toThrow(/row 1 cannot be written: uscc/);
    const fourYears = [...good[0]!.figures, ...good[0]!.figures].slice(0, 4);
    expect(() => writeColumnar(file(), [{ ...good[0]!, figures: fourYears }])).toThrow(/row 0 .*more than 3 years/);
    expect(() => writeColumnar(file(), [{ ...good[0]!, figures: [{ ...good[0]!.figures[0]!, revenueFen: 1.5 as never }] }])).toThrow(/revenueFen must be an integer/);
    expect(() => writeColumnar(file(), [{ ...good[0]!, taxpayerType: 'OTHER' as never }])).toThrow(/taxpayer type/);
    expect(() => writeColumnar(file(), [{ ...good[0]!, tags: ['NOT_A_TAG' as never] }])).not.toThrow(); // extra tags are kept, not dropped
  });

  it('refuses files that are not in the format', () => {
    const path = file();
    writeFileSync(path, 'not a columnar file at all, just text that is long enough to hold a header…………');
    expect(() => readColumnar(path)).toThrow(/magic/);
    const real = file();
    writeColumnar(real, good);
    const bytes = readFileSync(real);
    bytes.writeUInt32LE(99, 8);
    writeFileSync(path, bytes);
    expect(() => readColumnar(path)).toThrow(/unsupported version 99/);
    writeFileSync(path, readFileSync(real).subarray(0, readFileSync(real).length - 10));
    expect(() => readColumnar(path)).toThrow(/past the end/);
  });
});
