import { industrySection, monthDays, type StatMonth } from './stat-month';

/**
 * Registry indicators (SME count, entries, employment, revenue) by size class × district × industry
 * section, computed over columns — the registry snapshot's typed arrays — never over enterprise
 * objects. `enterpriseContribution` is the same rule for one enterprise; the property test checks
 * the batch equals the sum of it.
 */

/** Size codes as the matching engine's size kernel gives them: 0 large, 1 medium, 2 small, 3 micro, −1 unclassified. */
export const STAT_SIZE_CLASSES = ['medium', 'small', 'micro'] as const;
export type StatSizeClass = (typeof STAT_SIZE_CLASSES)[number];

/**
 * Size classes of new registrations (新登记企业): index = the size code 0–3, and 4 for an
 * enterprise the standard cannot class on the month's last day (未划型) — typically one registered
 * this year, which has no reported figures of the figure year yet.
 */
export const REGISTRATION_SIZE_CLASSES = ['large', 'medium', 'small', 'micro', 'unclassified'] as const;
export type RegistrationSizeClass = (typeof REGISTRATION_SIZE_CLASSES)[number];
const UNCLASSIFIED = 4;
/** The registration size index of a size code (0–3 as they are, anything else unclassified). */
export const registrationSizeIndex = (size: number): number => (size >= 0 && size <= 3 ? size : UNCLASSIFIED);

/** The columns the registry indicators read (views over the snapshot; row i is one enterprise). */
export interface StatColumns {
  rowCount: number;
  registrationDay: Int32Array;
  district: Uint8Array;
  industry: Uint16Array;
  flags: Uint8Array;
  /** Flag bit of individual businesses (个体工商户), excluded from SME counts. */
  individualFlag: number;
  /** Reported years held (0: none reported). */
  figureCount: Uint8Array;
  /** Latest reported year's employees and revenue (fen; NaN: that year is missing). */
  employees: Int32Array;
  revenueFen: Float64Array;
  /** 1 where the enterprise has left the registry. */
  removed: Uint8Array | null;
  /** Size code per row on the month's last day. */
  size: Int8Array;
  /** District names (index = district code) and industry codes (index = industry code). */
  districts: readonly { slug: string; name: string }[];
  industries: readonly string[];
}

/** One enterprise as the single-enterprise computation reads it. */
export interface EnterpriseStatFacts {
  registrationDay: number;
  district: string;
  industryCode: string;
  individual: boolean;
  removed: boolean;
  /** Size code (0 large … 3 micro, −1 unclassified). */
  size: number;
  employees: number | null;
  revenueFen: number | null;
}

export interface EnterpriseContribution {
  key: { size: StatSizeClass; district: string; section: string } | null;
  smes: number;
  entries: number;
  reported: number;
  employees: number;
  revenueFen: number;
  /**
   * New registration (新登记企业) of the month's year, whatever its size class: its cell (size class
   * including 大型 and 未划型), the month of the year it was registered in (0–11), and whether that
   * is the month itself.
   */
  registration: { key: { size: RegistrationSizeClass; district: string; section: string }; monthOfYear: number; inMonth: boolean } | null;
}

const NONE: EnterpriseContribution = { key: null, smes: 0, entries: 0, reported: 0, employees: 0, revenueFen: 0, registration: null };

/** What one enterprise adds to the month's indicators (its cell and amounts), the reference rule. */
export function enterpriseContribution(e: EnterpriseStatFacts, month: StatMonth): EnterpriseContribution {
  const { first, last } = monthDays(month);
  if (e.removed || e.individual || e.registrationDay > last) return NONE;
  const section = industrySection(e.industryCode);
  const year = month.slice(0, 4);
  let registration: EnterpriseContribution['registration'] = null;
  if (e.registrationDay >= monthDays(`${year}-01`).first) {
    let m = 11;
    while (m > 0 && e.registrationDay < monthDays(`${year}-${String(m + 1).padStart(2, '0')}`).first) m--;
    registration = { key: { size: REGISTRATION_SIZE_CLASSES[registrationSizeIndex(e.size)]!, district: e.district, section }, monthOfYear: m, inMonth: e.registrationDay >= first };
  }
  const col = e.size >= 1 && e.size <= 3 ? e.size - 1 : -1;
  if (col < 0) return { ...NONE, registration };
  const reported = e.revenueFen !== null && Number.isFinite(e.revenueFen);
  return {
    key: { size: STAT_SIZE_CLASSES[col]!, district: e.district, section },
    smes: 1,
    entries: e.registrationDay >= first ? 1 : 0,
    reported: reported ? 1 : 0,
    employees: reported ? (e.employees ?? 0) : 0,
    revenueFen: reported ? e.revenueFen! : 0,
    registration,
  };
}

/** Revenue is summed exactly in two parts (millions of fen and the rest): a city's total passes 2^53 fen. */
const SPLIT = 1_000_000;

/** The month's registry indicators per cell size × district × section, with contributors and the largest contribution (for disclosure control). */
export class RegistryCube {
  readonly sizes = STAT_SIZE_CLASSES;
  readonly smes: Float64Array;
  readonly entries: Float64Array;
  readonly reported: Float64Array;
  readonly employees: Float64Array;
  readonly employeesMax: Float64Array;
  readonly revenueHi: Float64Array;
  readonly revenueLo: Float64Array;
  readonly revenueMax: Float64Array;
  /** Entries per month of the year (12 × cells), on the size classes of the cube's month. */
  readonly entriesByMonth: Float64Array;
  /** New registrations of the month per registration cell (registration size class × district × section; `registrationCell`). */
  readonly registrations: Float64Array;
  /** New registrations per month of the year (12 × registration cells). */
  readonly registrationsByMonth: Float64Array;

  constructor(readonly month: StatMonth, readonly districts: readonly { slug: string; name: string }[], readonly sections: readonly string[]) {
    const n = this.cellCount;
    this.smes = new Float64Array(n);
    this.entries = new Float64Array(n);
    this.reported = new Float64Array(n);
    this.employees = new Float64Array(n);
    this.employeesMax = new Float64Array(n);
    this.revenueHi = new Float64Array(n);
    this.revenueLo = new Float64Array(n);
    this.revenueMax = new Float64Array(n);
    this.entriesByMonth = new Float64Array(12 * n);
    this.registrations = new Float64Array(this.registrationCellCount);
    this.registrationsByMonth = new Float64Array(12 * this.registrationCellCount);
  }

  get cellCount(): number {
    return STAT_SIZE_CLASSES.length * this.districts.length * this.sections.length;
  }

  get registrationCellCount(): number {
    return REGISTRATION_SIZE_CLASSES.length * this.districts.length * this.sections.length;
  }

  cell(size: number, district: number, section: number): number {
    return (size * this.districts.length + district) * this.sections.length + section;
  }

  /** Cell of the registration arrays: `size` indexes REGISTRATION_SIZE_CLASSES. */
  registrationCell(size: number, district: number, section: number): number {
    return (size * this.districts.length + district) * this.sections.length + section;
  }

  /** Exact revenue of a cell in fen. */
  revenueFen(cell: number): bigint {
    return BigInt(this.revenueHi[cell]!) * BigInt(SPLIT) + BigInt(this.revenueLo[cell]!);
  }
}

/** Sections (门类) of the industry dictionary: section list and, per industry code, its section index. */
function sectionsOf(industries: readonly string[]): { sections: string[]; ofIndustry: Int16Array } {
  const sections: string[] = [];
  const at = new Map<string, number>();
  const ofIndustry = new Int16Array(industries.length);
  industries.forEach((code, k) => {
    const s = industrySection(code);
    let i = at.get(s);
    if (i === undefined) {
      i = sections.length;
      at.set(s, i);
      sections.push(s);
    }
    ofIndustry[k] = i;
  });
  return { sections, ofIndustry };
}

/** One pass over the columns: the month's cube (rows [from, to) if given, for slicing between yields). */
export function registryCube(c: StatColumns, month: StatMonth): RegistryCube {
  const { sections, ofIndustry } = sectionsOf(c.industries);
  const cube = new RegistryCube(month, c.districts, sections);
  accumulate(cube, c, ofIndustry, 0, c.rowCount);
  return cube;
}

/** As `registryCube`, yielding to `between` every `slice` rows (a request's budget check, the event loop). */
export async function registryCubeSliced(c: StatColumns, month: StatMonth, between: () => Promise<void>, slice = 262_144): Promise<RegistryCube> {
  const { sections, ofIndustry } = sectionsOf(c.industries);
  const cube = new RegistryCube(month, c.districts, sections);
  for (let from = 0; from < c.rowCount; from += slice) {
    accumulate(cube, c, ofIndustry, from, Math.min(c.rowCount, from + slice));
    await between();
  }
  return cube;
}

function accumulate(cube: RegistryCube, c: StatColumns, ofIndustry: Int16Array, from: number, to: number): void {
  const { first, last } = monthDays(cube.month);
  const yearFirst = monthDays(`${cube.month.slice(0, 4)}-01`).first;
  const monthStarts = Array.from({ length: 12 }, (_, k) => monthDays(`${cube.month.slice(0, 4)}-${String(k + 1).padStart(2, '0')}`).first);
  const nd = cube.districts.length;
  const ns = cube.sections.length;
  const cells = cube.cellCount;
  const regCells = cube.registrationCellCount;
  const { registrationDay, district, industry, flags, figureCount, employees, revenueFen, removed, size, individualFlag } = c;
  for (let i = from; i < to; i++) {
    if (removed !== null && removed[i] === 1) continue;
    if ((flags[i]! & individualFlag) !== 0) continue;
    const day = registrationDay[i]!;
    if (day > last) continue;
    const sc = size[i]!;
    const place = district[i]! * ns + ofIndustry[industry[i]!]!;
    let m = -1;
    if (day >= yearFirst) {
      m = 11;
      while (m > 0 && day < monthStarts[m]!) m--;
      // Every new registration of the year, classed or not (新登记企业).
      const reg = (sc >= 0 && sc <= 3 ? sc : 4) * nd * ns + place;
      if (day >= first) cube.registrations[reg]!++;
      cube.registrationsByMonth[m * regCells + reg]!++;
    }
    if (sc < 1 || sc > 3) continue;
    const cell = (sc - 1) * nd * ns + place;
    cube.smes[cell]!++;
    if (day >= first) cube.entries[cell]!++;
    if (m >= 0) cube.entriesByMonth[m * cells + cell]!++;
    const rev = revenueFen[i]!;
    if (figureCount[i]! > 0 && rev === rev) {
      cube.reported[cell]!++;
      const emp = employees[i]!;
      cube.employees[cell]! += emp;
      if (emp > cube.employeesMax[cell]!) cube.employeesMax[cell] = emp;
      const hi = Math.floor(rev / SPLIT);
      cube.revenueHi[cell]! += hi;
      cube.revenueLo[cell]! += rev - hi * SPLIT;
      if (rev > cube.revenueMax[cell]!) cube.revenueMax[cell] = rev;
    }
  }
}
