import { checkUscc, parsePlainDate } from '@huiqi/kernel';
import { describe, expect, it } from 'vitest';
import { isFakeUscc } from './fake-uscc';
import { INDIVIDUAL_BUSINESS_SHARE } from './generate-enterprise';
import { generatePopulation, streamPopulation } from './generate-population';
import { industryByCode } from './industries';
import { SHENZHEN_DISTRICTS } from './shenzhen-districts';
import type { SyntheticEnterprise, YearlyFigures } from './synthetic-enterprise';

const BIG = generatePopulation({ seed: 20_260_101, size: 30_000, jurisdiction: 'cn-gd-sz' });
const companies = BIG.filter((r) => !r.isIndividualBusiness);
const latest = (r: SyntheticEnterprise) => r.figures.at(-1)!;
const share = (rows: readonly SyntheticEnterprise[], pred: (r: SyntheticEnterprise) => boolean) => rows.filter(pred).length / rows.length;

/**
 * Medium-size floors of 工信部联企业〔2011〕300号 (X employees, Y revenue 万元, Z assets 万元):
 * an enterprise is medium or large only when it meets every floor of its sector.
 * null = outside the standard (铁路运输, 金融).
 */
function mediumFloors(code: string): { X?: number; Y?: number; Z?: number } | null {
  if (code === 'G53' || code.startsWith('J')) return null;
  const table: [RegExp, { X?: number; Y?: number; Z?: number }][] = [
    [/^A/, { Y: 500 }], [/^C/, { X: 300, Y: 2000 }], [/^E/, { Y: 6000, Z: 5000 }], [/^F51/, { X: 20, Y: 5000 }], [/^F52/, { X: 50, Y: 500 }],
    [/^G5[48]/, { X: 300, Y: 3000 }], [/^G59/, { X: 100, Y: 1000 }], [/^G60/, { X: 300, Y: 2000 }], [/^H6[12]/, { X: 100, Y: 2000 }],
    [/^I6[345]/, { X: 100, Y: 1000 }], [/^K701/, { Y: 1000, Z: 5000 }], [/^K702/, { X: 300, Y: 1000 }], [/^L7[12]/, { X: 100, Z: 8000 }],
  ];
  return table.find(([re]) => re.test(code))?.[1] ?? { X: 100 };
}
function isMediumOrLarge(r: SyntheticEnterprise): boolean | null {
  const floors = mediumFloors(r.industryCode);
  if (floors === null) return null;
  const f = latest(r);
  return (floors.X === undefined || f.employees >= floors.X) && (floors.Y === undefined || f.revenueFen >= floors.Y * 1_000_000) && (floors.Z === undefined || f.totalAssetsFen >= floors.Z * 1_000_000);
}

describe('generatePopulation: determinism', () => {
  it('gives the same rows for the same seed and different rows for another seed', () => {
    const a = generatePopulation({ seed: 7, size: 2_000, jurisdiction: 'cn-gd-sz' });
    const b = generatePopulation({ seed: 7, size: 2_000, jurisdiction: 'cn-gd-sz' });
    const c = generatePopulation({ seed: 8, size: 2_000, jurisdiction: 'cn-gd-sz' });
    expect(b).toEqual(a);
    expect(c).not.toEqual(a);
    const usccA = new Set(a.map((r) => r.uscc));
    expect(c.filter((r) => usccA.has(r.uscc)).length).toBeLessThan(20);
    expect(c.filter((r, i) => r.industryCode === a[i]!.industryCode && r.name === a[i]!.name).length).toBe(0);
  });

  it('chunked generation equals one-shot generation, for any chunk size', () => {
    const options = { seed: 99, size: 5_003, jurisdiction: 'cn-gd-sz' as const };
    const whole = generatePopulation(options);
    for (const chunkSize of [1, 7, 1_000, 65_536]) {
      const stream = streamPopulation(options, chunkSize);
      const chunks = [...stream.chunks()];
      expect(chunks.every((c) => c.length <= chunkSize)).toBe(true);
      expect(chunks.flat()).toEqual(whole);
    }
  });

  it('the prefix of a larger population is the smaller population', () => {
    expect(generatePopulation({ seed: 3, size: 500, jurisdiction: 'cn-gd-sz' })).toEqual(generatePopulation({ seed: 3, size: 900, jurisdiction: 'cn-gd-sz' }).slice(0, 500));
  });

  it('rejects bad options', () => {
    expect(() => generatePopulation({ seed: 1.5, size: 10, jurisdiction: 'cn-gd-sz' })).toThrow(/seed/);
    expect(() => generatePopulation({ seed: 1, size: -1, jurisdiction: 'cn-gd-sz' })).toThrow(/size/);
    expect(() => generatePopulation({ seed: 1, size: 10, jurisdiction: 'cn-gd-gz' as 'cn-gd-sz' })).toThrow(/cn-gd-sz/);
  });
});

describe('generatePopulation: identities', () => {
  it('every uscc is valid (both check characters), fake by pattern, unique, and 92 exactly for 个体工商户', () => {
    const seen = new Set<string>();
    const problems: string[] = [];
    for (const r of BIG) {
      const check = checkUscc(r.uscc);
      if (!check.valid || check.warnings.length > 0) problems.push(`${r.uscc}: ${check.reason?.en ?? check.warnings[0]?.en}`);
      if (!isFakeUscc(r.uscc)) problems.push(`${r.uscc} does not follow the fake pattern`);
      if (r.uscc.slice(0, 2) !== (r.isIndividualBusiness ? '92' : '91')) problems.push(`${r.uscc} prefix vs isIndividualBusiness=${r.isIndividualBusiness}`);
      seen.add(r.uscc);
    }
    expect(problems).toEqual([]);
    expect(seen.size).toBe(BIG.length);
    expect(isFakeUscc('914403001922038216')).toBe(false); // a real, published code
  });

  it('names are unique and shaped like Shenzhen registrations', () => {
    expect(new Set(BIG.map((r) => r.name)).size).toBe(BIG.length);
    for (const r of BIG.slice(0, 2_000)) {
      if (r.isIndividualBusiness) expect(r.name.startsWith(`深圳市${r.districtName}`), r.name).toBe(true);
      else expect(r.name, r.name).toMatch(/^深圳市.+有限公司$/);
      expect(r.registeredAddress.startsWith(`广东省深圳市${r.districtName}`), r.registeredAddress).toBe(true);
    }
  });
});

describe('generatePopulation: distributions', () => {
  it('covers all ten districts, weighted by economic size', () => {
    const counts = new Map<string, number>();
    for (const r of BIG) counts.set(r.district, (counts.get(r.district) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual(SHENZHEN_DISTRICTS.map((d) => d.slug).sort());
    expect(counts.get('cn-gd-sz-baoan')!).toBeGreaterThan(5 * counts.get('cn-gd-sz-dapeng')!);
    for (const r of BIG.slice(0, 500)) expect(SHENZHEN_DISTRICTS.find((d) => d.slug === r.district)?.name).toBe(r.districtName);
  });

  it('has about the intended share of 个体工商户', () => {
    expect(Math.abs(share(BIG, (r) => r.isIndividualBusiness) - INDIVIDUAL_BUSINESS_SHARE)).toBeLessThan(0.02);
  });

  it('is overwhelmingly small and micro under the 300号 size standard, with some medium and large', () => {
    const classified = BIG.filter((r) => isMediumOrLarge(r) !== null);
    const bigShare = share(classified, (r) => isMediumOrLarge(r) === true);
    expect(bigShare).toBeLessThan(0.05);
    expect(bigShare).toBeGreaterThan(0.001);
    expect(classified.length).toBeLessThan(BIG.length); // some rows (G53, J) are outside the standard
  });

  it('uses every modelled industry, including those outside the size standard', () => {
    const codes = new Set(BIG.map((r) => r.industryCode));
    for (const c of ['C39', 'F51', 'F52', 'I65', 'I64', 'E50', 'K701', 'L72', 'M75', 'H61', 'H62', 'G54', 'A01', 'G53', 'J67']) expect(codes.has(c), c).toBe(true);
    for (const c of codes) expect(industryByCode(c), c).toBeDefined();
  });

  it('has heavy-tailed, correlated headcount and revenue', () => {
    const emp = companies.map((r) => latest(r).employees).sort((a, b) => a - b);
    const median = emp[Math.floor(emp.length / 2)]!;
    const p999 = emp[Math.floor(emp.length * 0.999)]!;
    expect(median).toBeGreaterThanOrEqual(2);
    expect(median).toBeLessThanOrEqual(10);
    expect(p999 / median).toBeGreaterThan(30);
    // Rank correlation sign: the bigger half by headcount has the higher median revenue.
    const byEmp = companies.slice().sort((a, b) => latest(a).employees - latest(b).employees);
    const medRev = (rs: SyntheticEnterprise[]) => rs.map((r) => latest(r).revenueFen).sort((a, b) => a - b)[Math.floor(rs.length / 2)]!;
    expect(medRev(byEmp.slice(byEmp.length / 2))).toBeGreaterThan(3 * medRev(byEmp.slice(0, byEmp.length / 2)));
  });

  it('has R&D mostly zero, more common in technology industries, and tags correlated with R&D', () => {
    const hasRd = (r: SyntheticEnterprise) => latest(r).rdExpenseFen > 0;
    expect(share(BIG, hasRd)).toBeLessThan(0.3);
    expect(share(BIG.filter((r) => r.isIndividualBusiness), hasRd)).toBe(0);
    const tech = companies.filter((r) => ['I65', 'C39', 'M73'].includes(r.industryCode));
    const trade = companies.filter((r) => ['F51', 'F52', 'H62'].includes(r.industryCode));
    expect(share(tech, hasRd)).toBeGreaterThan(5 * share(trade, hasRd));
    const tagShare = (t: string) => share(companies, (r) => r.tags.includes(t as never));
    expect(tagShare('HIGH_TECH')).toBeGreaterThan(0.003);
    expect(tagShare('HIGH_TECH')).toBeLessThan(0.04);
    expect(tagShare('TECH_SME')).toBeGreaterThan(0.003);
    expect(tagShare('TECH_SME')).toBeLessThan(0.05);
    expect(tagShare('SPECIALIZED')).toBeLessThan(tagShare('INNOVATIVE_SME'));
    expect(tagShare('LITTLE_GIANT')).toBeLessThan(tagShare('SPECIALIZED'));
    expect(tagShare('SPECIALIZED')).toBeGreaterThan(0);
    const bad = BIG.filter(
      (r) =>
        (r.tags.length > 0 && !hasRd(r)) ||
        (r.tags.includes('LITTLE_GIANT') && !r.tags.includes('SPECIALIZED')) ||
        (r.tags.includes('SPECIALIZED') && !r.tags.includes('INNOVATIVE_SME')) ||
        new Set(r.tags).size !== r.tags.length,
    );
    expect(bad.map((r) => `${r.uscc} ${r.tags.join(',')}`)).toEqual([]);
  });

  it('registration dates lie in 1990–2025 and figures run consecutively to 2025, none before registration', () => {
    const years = new Set<number>();
    const problems: string[] = [];
    for (const r of BIG) {
      const regYear = Number(r.registrationDate.slice(0, 4));
      years.add(regYear);
      const ys = r.figures.map((f) => f.year);
      const n = Math.min(3, 2025 - regYear + 1);
      const expected = Array.from({ length: n }, (_, k) => 2025 - n + 1 + k);
      if (parsePlainDate(r.registrationDate) !== r.registrationDate || regYear < 1990 || regYear > 2025) problems.push(`${r.uscc} registered ${r.registrationDate}`);
      if (ys.join() !== expected.join()) problems.push(`${r.uscc} figure years ${ys.join()} (registered ${r.registrationDate})`);
      for (const f of r.figures) problems.push(...figureProblems(f, r));
    }
    expect(problems).toEqual([]);
    expect(years.has(1990) && years.has(2025)).toBe(true);
    // Most enterprises have three years of figures.
    expect(share(BIG, (r) => r.figures.length === 3)).toBeGreaterThan(0.75);
  });

  it('the year option shifts the figures', () => {
    const rows = generatePopulation({ seed: 5, size: 300, jurisdiction: 'cn-gd-sz', year: 2024 });
    for (const r of rows) {
      expect(r.figures.at(-1)!.year).toBe(2024);
      expect(r.registrationDate <= '2024-12-31').toBe(true);
    }
  });

  it('growth between years is plausible', () => {
    const ratios = BIG.filter((r) => r.figures.length === 3 && r.figures[1]!.revenueFen > 0).map((r) => r.figures[2]!.revenueFen / r.figures[1]!.revenueFen).sort((a, b) => a - b);
    const median = ratios[Math.floor(ratios.length / 2)]!;
    expect(median).toBeGreaterThan(1.0);
    expect(median).toBeLessThan(1.2);
  });
});

function figureProblems(f: YearlyFigures, r: SyntheticEnterprise): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(f)) if (!Number.isSafeInteger(v) || v < 0) out.push(`${r.uscc} ${f.year} ${k}=${v}`);
  if (f.mainBusinessRevenueFen > f.revenueFen) out.push(`${r.uscc} ${f.year} main-business revenue above revenue`);
  if (f.year === 2025 && f.revenueFen > 500_000_000 && r.taxpayerType !== 'GENERAL') out.push(`${r.uscc} revenue above 500万 but ${r.taxpayerType}`);
  return out;
}
