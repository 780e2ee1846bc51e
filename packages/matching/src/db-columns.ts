import { fromEpochDay } from '@huiqi/kernel';
import { QUALIFICATION_TAGS, type Facts } from '@huiqi/rules-engine';
import { epochDayOfText, FIGURE_SLOTS, FLAG_GENERAL_TAXPAYER, FLAG_INDIVIDUAL_BUSINESS, FORMAT_VERSION, type ColumnarMeta, type FigureColumns } from '@huiqi/testing';
import { FIGURE_FACTS } from './fact-columns';
import type { PopulationColumns } from './population-columns';

/** One fiscal year's figures as the registry stores them (fen; R&D and main-business revenue may be unreported). */
export interface RegistryFigureInput {
  employees: number;
  revenueFen: number;
  totalAssetsFen: number;
  rdExpenseFen: number | null;
  mainBusinessRevenueFen: number | null;
}

/** One registered enterprise's current profile and the figures of the three fiscal years matching reads. */
export interface RegistryRowInput {
  /** Registry district id and its Chinese name (mapped to the rules' jurisdiction when the plan is compiled). */
  district: string;
  districtNameZh: string;
  industryCode: string;
  /** `YYYY-MM-DD`. */
  registrationDate: string;
  taxpayerType: 'GENERAL' | 'SMALL_SCALE';
  isIndividualBusiness: boolean;
  tags: readonly string[];
  /** Figures of fiscal years figureYear, figureYear − 1, figureYear − 2, in that order; null when not reported. */
  figures: readonly (RegistryFigureInput | null)[];
}

/** A range of the registry as the columns the kernels read, with what the columns cannot say by themselves. */
export interface RegistryColumns {
  columns: PopulationColumns;
  /** The fiscal year the figure slots are laid out for (the year before the matching date). */
  figureYear: number;
}

const F64_KEYS = ['revenueFen', 'totalAssetsFen', 'rdExpenseFen', 'mainBusinessRevenueFen'] as const;

/**
 * Builds the columns of `@huiqi/matching` from registry rows, for matching on a date whose figure
 * year is `figureYear`. Slot 0 holds the latest of the three fiscal years the enterprise reported,
 * the next slots the years before it; `figureCount` reaches the oldest reported one of the three.
 * Dictionaries are those of the rows added (districts, industry codes); tags are the fact
 * schema's qualification tags (a tag the rules do not know is left out, as the single path does).
 */
export class RegistryColumnsBuilder {
  private readonly capacity: number;
  private n = 0;
  private readonly registrationDay: Int32Array;
  private readonly district: Uint8Array;
  private readonly industry: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly tags: Uint32Array;
  private readonly figureCount: Uint8Array;
  private readonly figures: FigureColumns[];
  private readonly districts = new Map<string, number>();
  private readonly districtDict: { slug: string; name: string }[] = [];
  private readonly industries = new Map<string, number>();
  private readonly industryDict: string[] = [];
  private readonly tagBit = new Map<string, number>(QUALIFICATION_TAGS.map((t, k) => [t, 1 << k]));

  constructor(readonly figureYear: number, capacity: number) {
    if (!Number.isSafeInteger(capacity) || capacity < 0) throw new RangeError(`bad capacity ${capacity}`);
    this.capacity = capacity;
    this.registrationDay = new Int32Array(capacity);
    this.district = new Uint8Array(capacity);
    this.industry = new Uint16Array(capacity);
    this.flags = new Uint8Array(capacity);
    this.tags = new Uint32Array(capacity);
    this.figureCount = new Uint8Array(capacity);
    this.figures = Array.from({ length: FIGURE_SLOTS }, () => ({
      year: new Int16Array(capacity),
      employees: new Int32Array(capacity),
      revenueFen: new Float64Array(capacity),
      totalAssetsFen: new Float64Array(capacity),
      rdExpenseFen: new Float64Array(capacity),
      mainBusinessRevenueFen: new Float64Array(capacity),
    }));
  }

  get rowCount(): number {
    return this.n;
  }

  add(row: RegistryRowInput): number {
    const i = this.n;
    if (i >= this.capacity) throw new RangeError(`more rows than the capacity ${this.capacity}`);
    this.registrationDay[i] = epochDayOfText(row.registrationDate);
    this.district[i] = this.districtIndex(row.district, row.districtNameZh);
    this.industry[i] = this.industryIndex(row.industryCode);
    this.flags[i] = (row.isIndividualBusiness ? FLAG_INDIVIDUAL_BUSINESS : 0) | (row.taxpayerType === 'GENERAL' ? FLAG_GENERAL_TAXPAYER : 0);
    let mask = 0;
    for (const t of row.tags) mask |= this.tagBit.get(t) ?? 0;
    this.tags[i] = mask;
    this.layFigures(i, row.figures);
    this.n++;
    return i;
  }

  build(): RegistryColumns {
    const n = this.n;
    const meta: ColumnarMeta = {
      format: 'huiqi-synthetic-columnar',
      version: FORMAT_VERSION,
      rowCount: n,
      source: null,
      dictionaries: { district: this.districtDict, industryCode: this.industryDict, tags: [...QUALIFICATION_TAGS] },
    };
    const columns: PopulationColumns = {
      from: 0,
      rowCount: n,
      meta,
      registrationDay: this.registrationDay.subarray(0, n),
      district: this.district.subarray(0, n),
      industry: this.industry.subarray(0, n),
      flags: this.flags.subarray(0, n),
      tags: this.tags.subarray(0, n),
      figureCount: this.figureCount.subarray(0, n),
      figures: this.figures.map((f) => ({
        year: f.year.subarray(0, n),
        employees: f.employees.subarray(0, n),
        revenueFen: f.revenueFen.subarray(0, n),
        totalAssetsFen: f.totalAssetsFen.subarray(0, n),
        rdExpenseFen: f.rdExpenseFen.subarray(0, n),
        mainBusinessRevenueFen: f.mainBusinessRevenueFen.subarray(0, n),
      })),
    };
    return { columns, figureYear: this.figureYear };
  }

  /**
   * Slot s holds fiscal year (latest reported − s). An unreported figure is NaN (UNKNOWN in the
   * kernels); a year missing between two reported ones has NaN money and employees 0 (employees are
   * read for the figure year only, which is slot 0 whenever it is reported).
   */
  private layFigures(i: number, years: readonly (RegistryFigureInput | null)[]): void {
    let latest = -1;
    let oldest = -1;
    for (let k = 0; k < FIGURE_SLOTS; k++) {
      if (!years[k]) continue;
      if (latest < 0) latest = k;
      oldest = k;
    }
    if (latest < 0) {
      this.figureCount[i] = 0;
      return;
    }
    const count = oldest - latest + 1;
    this.figureCount[i] = count;
    for (let s = 0; s < count; s++) {
      const f = years[latest + s];
      const slot = this.figures[s]!;
      slot.year[i] = this.figureYear - latest - s;
      if (!f) {
        slot.employees[i] = 0;
        for (const key of F64_KEYS) slot[key][i] = NaN;
        continue;
      }
      slot.employees[i] = f.employees;
      slot.revenueFen[i] = f.revenueFen;
      slot.totalAssetsFen[i] = f.totalAssetsFen;
      slot.rdExpenseFen[i] = f.rdExpenseFen ?? NaN;
      slot.mainBusinessRevenueFen[i] = f.mainBusinessRevenueFen ?? NaN;
    }
  }

  private districtIndex(id: string, nameZh: string): number {
    let k = this.districts.get(id);
    if (k === undefined) {
      k = this.districtDict.length;
      if (k > 255) throw new RangeError('一个分区最多 256 个辖区 / at most 256 districts in one partition');
      this.districts.set(id, k);
      this.districtDict.push({ slug: id, name: nameZh });
    }
    return k;
  }

  private industryIndex(code: string): number {
    let k = this.industries.get(code);
    if (k === undefined) {
      k = this.industryDict.length;
      if (k > 65_535) throw new RangeError('一个分区最多 65536 个行业代码 / at most 65536 industry codes in one partition');
      this.industries.set(code, k);
      this.industryDict.push(code);
    }
    return k;
  }
}

/**
 * Row `i` of registry columns as the facts the rules engine reads, exactly as the registry's
 * single path maps them: a figure that is NaN (unreported) or in a year not reported is left out,
 * so the engine names it as missing.
 */
export function registryFactsAt(reg: RegistryColumns, i: number): Facts {
  const cols = reg.columns;
  const facts: Record<string, Facts[string]> = {
    industryCode: cols.meta.dictionaries.industryCode[cols.industry[i]!]!,
    isIndividualBusiness: (cols.flags[i]! & FLAG_INDIVIDUAL_BUSINESS) !== 0,
    registrationDate: fromEpochDay(cols.registrationDay[i]!),
    taxpayerType: cols.flags[i]! & FLAG_GENERAL_TAXPAYER ? 'GENERAL' : 'SMALL_SCALE',
  };
  const mask = cols.tags[i]!;
  facts.tags = QUALIFICATION_TAGS.filter((_, b) => (mask >>> b) & 1);
  const count = cols.figureCount[i]!;
  if (count === 0) return facts;
  const latest = cols.figures[0]!.year[i]!;
  for (const [name, f] of Object.entries(FIGURE_FACTS)) {
    const slot = latest - (reg.figureYear - f.yearsBack);
    if (slot < 0 || slot >= count) continue;
    const figures = cols.figures[slot]!;
    // A missing year between two reported ones has NaN money and no employees row.
    if (Number.isNaN(figures.revenueFen[i]!)) continue;
    const v = figures[f.key][i]!;
    if (!Number.isNaN(v)) facts[name] = v;
  }
  return facts;
}

