import { bi, type PlainDate } from '@huiqi/kernel';
import type { DistrictLookup } from './district-lookup';
import { parseCountCell, parseDateCell, parseIndustryCell, parseTaxpayerCell, parseTextCell, parseUsccCell, parseYearCell, parseYuanCell, type FieldResult } from './field-parsers';
import { FIGURE_GROUP } from './intake-columns';
import type { HeaderMap } from './resolve-header';
import type { RowError } from './row-error';

/** One valid row of an enterprise file: the registry entry, and one year's figures when given. */
export interface EnterpriseIntakeRow {
  line: number;
  uscc: string;
  name: string;
  registeredAddress: string;
  district: string;
  industryCode: string;
  registrationDate: PlainDate;
  taxpayerType: 'GENERAL' | 'SMALL_SCALE';
  /** GB 32100: registration authority 9 (市场监管) with category 2 is a 个体工商户. */
  isIndividualBusiness: boolean;
  figures: { year: number; employees: number; revenueFen: number; totalAssetsFen: number } | null;
  /** 法定代表人 (optional column; null: not given, a stored name is kept). */
  legalRepresentative: string | null;
}

export interface EnterpriseRowContext {
  header: HeaderMap;
  districts: DistrictLookup;
  industrySections: ReadonlyMap<string, readonly [string, string]>;
  /** Beijing date of the import: no registration date after it, no year after its year. */
  today: PlainDate;
}

/** The registry columns of a row (the figure columns are the others). */
const REGISTRY_KEYS = ['uscc', 'name', 'registered_address', 'district', 'industry_code', 'registration_date', 'taxpayer_type', 'legal_representative'] as const;

/** A valid row read just before, whose registry values a row with the same registry cells reuses. */
export interface PreviousEnterpriseRow {
  cells: readonly string[];
  row: EnterpriseIntakeRow;
}

export type EnterpriseRowResult = { ok: true; row: EnterpriseIntakeRow; sameRegistryAsPrevious: boolean } | { ok: false; errors: RowError[] };

function sameRegistryCells(a: readonly string[], b: readonly string[], header: HeaderMap): boolean {
  for (const k of REGISTRY_KEYS) {
    const i = header.index.get(k);
    if (i !== undefined && (a[i] ?? '') !== (b[i] ?? '')) return false;
  }
  return true;
}

/**
 * Checks one data row (all columns, all problems reported, not just the first) and returns the
 * typed row or the row's errors. Pure: the same cells and context always give the same answer.
 * `previous`: the valid row before it; when its registry cells are the same text (the next year of
 * the same enterprise), their checked values are taken over instead of being checked again.
 */
export function validateEnterpriseRow(cells: readonly string[], line: number, ctx: EnterpriseRowContext, previous?: PreviousEnterpriseRow | null): EnterpriseRowResult {
  const reuse = previous && sameRegistryCells(previous.cells, cells, ctx.header) ? previous.row : null;
  const errors: RowError[] = [];
  const cell = (key: string): string => {
    const i = ctx.header.index.get(key);
    return i === undefined ? '' : (cells[i] ?? '').trim();
  };
  const column = (key: string) => ctx.header.header.get(key) ?? key;
  function field<T>(key: string, parse: (text: string) => FieldResult<T>): T | undefined {
    const text = cell(key);
    if (text === '') {
      errors.push({ line, column: column(key), message: bi('必填项为空', 'required value is empty') });
      return undefined;
    }
    const r = parse(text);
    if (!r.ok) {
      errors.push({ line, column: column(key), message: r.error });
      return undefined;
    }
    return r.value;
  }
  if (cells.length > ctx.header.width) {
    errors.push({ line, column: `#${ctx.header.width + 1}`, message: bi(`本行有 ${cells.length} 列，多于表头的 ${ctx.header.width} 列`, `the row has ${cells.length} cells, more than the header's ${ctx.header.width}`) });
  }
  const uscc = reuse ? reuse.uscc : field('uscc', parseUsccCell);
  const name = reuse ? reuse.name : field('name', (t) => parseTextCell(t, 200));
  const registeredAddress = reuse ? reuse.registeredAddress : field('registered_address', (t) => parseTextCell(t, 500));
  const district = reuse ? reuse.district : field('district', (t) => ctx.districts.resolve(t));
  const industryCode = reuse ? reuse.industryCode : field('industry_code', (t) => parseIndustryCell(t, ctx.industrySections));
  const registrationDate = reuse ? reuse.registrationDate : field('registration_date', (t) => parseDateCell(t, ctx.today));
  const taxpayerType = reuse ? reuse.taxpayerType : field('taxpayer_type', parseTaxpayerCell);
  const legalText = reuse ? '' : cell('legal_representative');
  const legal = reuse ? (reuse.legalRepresentative === null ? null : { ok: true as const, value: reuse.legalRepresentative }) : legalText === '' ? null : parseTextCell(legalText, 100);
  if (legal && !legal.ok) errors.push({ line, column: column('legal_representative'), message: legal.error });

  let figures: EnterpriseIntakeRow['figures'] = null;
  const hasFigureColumns = ctx.header.index.has('year');
  if (hasFigureColumns && FIGURE_GROUP.some((k) => cell(k) !== '')) {
    const maxYear = Number(ctx.today.slice(0, 4));
    const year = field('year', (t) => parseYearCell(t, maxYear));
    const employees = field('employees', parseCountCell);
    const revenueFen = field('revenue_yuan', parseYuanCell);
    const totalAssetsFen = field('total_assets_yuan', parseYuanCell);
    if (year !== undefined && registrationDate !== undefined && year < Number(registrationDate.slice(0, 4))) {
      errors.push({ line, column: column('year'), message: bi(`年度 ${year} 早于成立日期 ${registrationDate}`, `year ${year} is before the registration date ${registrationDate}`) });
    }
    if (year !== undefined && employees !== undefined && revenueFen !== undefined && totalAssetsFen !== undefined) figures = { year, employees, revenueFen, totalAssetsFen };
  }
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    sameRegistryAsPrevious: reuse !== null,
    row: {
      line,
      uscc: uscc!,
      name: name!,
      registeredAddress: registeredAddress!,
      district: district!,
      industryCode: industryCode!,
      registrationDate: registrationDate!,
      taxpayerType: taxpayerType!,
      isIndividualBusiness: uscc!.startsWith('92'),
      figures,
      legalRepresentative: legal && legal.ok ? legal.value : null,
    },
  };
}

/** A header that has some of year/employees/revenue_yuan/total_assets_yuan needs all four. */
export function figureGroupErrors(header: HeaderMap): RowError[] {
  const present = FIGURE_GROUP.filter((k) => header.index.has(k));
  if (present.length === 0 || present.length === FIGURE_GROUP.length) return [];
  return FIGURE_GROUP.filter((k) => !header.index.has(k)).map((k) => ({
    line: 1,
    column: k,
    message: bi(`有年度数据列时须同时有「${k}」列（${FIGURE_GROUP.join('、')}）`, `column '${k}' is required with the other yearly figure columns (${FIGURE_GROUP.join(', ')})`),
  }));
}
