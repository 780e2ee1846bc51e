import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enterpriseContribution, REGISTRATION_SIZE_CLASSES, registryCube, STAT_SIZE_CLASSES, type EnterpriseStatFacts, type StatColumns } from './registry-indicators';
import { registrationsByMonth, registryTable, registryTotals } from './registry-tables';
import { monthDays } from './stat-month';

const DISTRICTS = [{ slug: 'cn-gd-sz-futian', name: '福田区' }, { slug: 'cn-gd-sz-nanshan', name: '南山区' }, { slug: 'cn-gd-sz-baoan', name: '宝安区' }];
const INDUSTRIES = ['C3911', 'I65', 'F5191', 'C1711', 'M7320'];
const IND_FLAG = 1;

const enterprise = fc.record({
  registrationDay: fc.integer({ min: monthDays('2023-01').first, max: monthDays('2025-12').last }),
  district: fc.integer({ min: 0, max: DISTRICTS.length - 1 }),
  industry: fc.integer({ min: 0, max: INDUSTRIES.length - 1 }),
  individual: fc.boolean(),
  removed: fc.boolean(),
  size: fc.integer({ min: -1, max: 3 }),
  reported: fc.boolean(),
  employees: fc.integer({ min: 0, max: 1000 }),
  // Up to 4 亿元 in fen: sums over many rows pass 2^53 only at city scale, exercised separately below.
  revenueFen: fc.integer({ min: 0, max: 40_000_000_000 }),
});
type Gen = typeof enterprise extends fc.Arbitrary<infer T> ? T : never;

function columnsOf(rows: Gen[]): StatColumns {
  const n = rows.length;
  const c: StatColumns = {
    rowCount: n, registrationDay: new Int32Array(n), district: new Uint8Array(n), industry: new Uint16Array(n), flags: new Uint8Array(n), individualFlag: IND_FLAG,
    figureCount: new Uint8Array(n), employees: new Int32Array(n), revenueFen: new Float64Array(n), removed: new Uint8Array(n), size: new Int8Array(n),
    districts: DISTRICTS, industries: INDUSTRIES,
  };
  rows.forEach((r, i) => {
    c.registrationDay[i] = r.registrationDay;
    c.district[i] = r.district;
    c.industry[i] = r.industry;
    c.flags[i] = r.individual ? IND_FLAG : 0;
    c.figureCount[i] = r.reported ? 1 : 0;
    c.employees[i] = r.reported ? r.employees : 0;
    c.revenueFen[i] = r.reported ? r.revenueFen : 0;
    c.removed![i] = r.removed ? 1 : 0;
    c.size[i] = r.size;
  });
  return c;
}

const facts = (r: Gen): EnterpriseStatFacts => ({
  registrationDay: r.registrationDay, district: DISTRICTS[r.district]!.slug, industryCode: INDUSTRIES[r.industry]!, individual: r.individual, removed: r.removed,
  size: r.size, employees: r.reported ? r.employees : null, revenueFen: r.reported ? r.revenueFen : null,
});

describe('registry indicators: the batch equals the single-enterprise computation', () => {
  it('property: every cell and total over generated populations', () => {
    fc.assert(fc.property(fc.array(enterprise, { maxLength: 300 }), fc.constantFrom('2024-03', '2024-12', '2025-06'), (rows, month) => {
      const cube = registryCube(columnsOf(rows), month);
      const want = new Map<string, { smes: number; entries: number; employees: number; revenue: bigint }>();
      for (const r of rows) {
        const x = enterpriseContribution(facts(r), month);
        if (!x.key) continue;
        const k = `${x.key.size}|${x.key.district}|${x.key.section}`;
        const w = want.get(k) ?? { smes: 0, entries: 0, employees: 0, revenue: 0n };
        w.smes += x.smes;
        w.entries += x.entries;
        w.employees += x.employees;
        w.revenue += BigInt(x.revenueFen);
        want.set(k, w);
      }
      STAT_SIZE_CLASSES.forEach((s, si) => DISTRICTS.forEach((d, di) => cube.sections.forEach((sec, ki) => {
        const cell = cube.cell(si, di, ki);
        const w = want.get(`${s}|${d.slug}|${sec}`) ?? { smes: 0, entries: 0, employees: 0, revenue: 0n };
        expect([cube.smes[cell], cube.entries[cell], cube.employees[cell], cube.revenueFen(cell)]).toEqual([w.smes, w.entries, w.employees, w.revenue]);
      })));
      const total = [...want.values()].reduce((a, w) => a + w.smes, 0);
      expect(registryTotals(cube, 'sme-count').total).toBe(total);
      expect(registryTable(cube, 'sme-count', 'industrySection').cells.flat().reduce((a, x) => a + x.value, 0)).toBe(total);

      // New registrations (新登记企业): every one of the month, classed or not, cell by cell; and per month of the year.
      const regs = new Map<string, number>();
      const perMonth = new Array<number>(12).fill(0);
      for (const r of rows) {
        const x = enterpriseContribution(facts(r), month).registration;
        if (!x) continue;
        perMonth[x.monthOfYear]!++;
        if (!x.inMonth) continue;
        const k = `${x.key.size}|${x.key.district}|${x.key.section}`;
        regs.set(k, (regs.get(k) ?? 0) + 1);
      }
      REGISTRATION_SIZE_CLASSES.forEach((s, si) => DISTRICTS.forEach((d, di) => cube.sections.forEach((sec, ki) => {
        expect(cube.registrations[cube.registrationCell(si, di, ki)]).toBe(regs.get(`${s}|${d.slug}|${sec}`) ?? 0);
      })));
      expect(registrationsByMonth(cube)).toEqual(perMonth);
      const regTotal = [...regs.values()].reduce((a, b) => a + b, 0);
      expect(registryTotals(cube, 'registrations').total).toBe(regTotal);
      expect(registryTable(cube, 'registrations', 'district').colKeys).toEqual([...REGISTRATION_SIZE_CLASSES]);
      // Classed new SMEs are a part of the new registrations: those classed medium, small or micro.
      const entries = [...want.values()].reduce((a, w) => a + w.entries, 0);
      const classed = ['medium', 'small', 'micro'].reduce((a, s) => a + registryTotals(cube, 'registrations').bySize[s]!, 0);
      expect(classed).toBe(entries);
    }), { numRuns: 150 });
  });

  it('counts a new registration without figures as a new registration, 未划型, and not as a new SME', () => {
    const day = monthDays('2025-03').first + 9;
    const base: Gen = { registrationDay: day, district: 0, industry: 0, individual: false, removed: false, size: -1, reported: false, employees: 0, revenueFen: 0 };
    const cube = registryCube(columnsOf([base, { ...base, size: 3, reported: true, employees: 4, revenueFen: 100 }, { ...base, individual: true }]), '2025-03');
    expect(registryTotals(cube, 'registrations')).toEqual({ bySize: { large: 0, medium: 0, small: 0, micro: 1, unclassified: 1 }, total: 2 });
    expect(registryTotals(cube, 'sme-entries').total).toBe(1);
    expect(registrationsByMonth(cube)[2]).toBe(2);
  });

  it('sums revenue exactly past 2^53 fen', () => {
    const rows: Gen[] = Array.from({ length: 230_000 }, () => ({ registrationDay: monthDays('2024-01').first, district: 0, industry: 0, individual: false, removed: false, size: 3, reported: true, employees: 1, revenueFen: 40_000_000_001 }));
    const cube = registryCube(columnsOf(rows), '2024-06');
    expect(cube.revenueFen(cube.cell(2, 0, 0))).toBe(230_000n * 40_000_000_001n);
  });

  it('counts entries in their month and not those registered after the month', () => {
    const base: Gen = { registrationDay: monthDays('2024-05').first + 3, district: 1, industry: 1, individual: false, removed: false, size: 2, reported: false, employees: 0, revenueFen: 0 };
    const cube = registryCube(columnsOf([base, { ...base, registrationDay: monthDays('2024-07').first }]), '2024-05');
    const cell = cube.cell(1, 1, 1);
    expect([cube.smes[cell], cube.entries[cell]]).toEqual([1, 1]);
  });
});
