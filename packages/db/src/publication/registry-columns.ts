import type { Queryable } from '../database';
import type { TaxpayerType } from '../enterprises/enterprise-types';

/** A slice of the registry by uscc: `from` ≤ uscc < `to`; '' leaves that end open. */
export interface UsccRange {
  from: string;
  to: string;
}

/** One fiscal year's figures as matching reads them (fen). */
export interface RangeFigures {
  employees: number;
  revenueFen: number;
  totalAssetsFen: number;
  rdExpenseFen: number | null;
  mainBusinessRevenueFen: number | null;
}

/** An enterprise's current profile with the figures of fiscal years Y, Y − 1, Y − 2 (null when not reported). */
export interface RegistryRangeRow {
  uscc: string;
  district: string;
  districtNameZh: string;
  industryCode: string;
  registrationDate: string;
  taxpayerType: TaxpayerType;
  isIndividualBusiness: boolean;
  tags: string[];
  figures: [RangeFigures | null, RangeFigures | null, RangeFigures | null];
}

/**
 * Splits the registry into consecutive uscc ranges of `rowsPerRange` enterprises (the last one
 * smaller), from one ordered pass over the primary key. The first range starts at '' and the last
 * ends at '': the ranges cover every key, including enterprises registered after the split.
 * An empty registry is one range ('', '').
 */
export async function registryRanges(db: Queryable, rowsPerRange: number): Promise<UsccRange[]> {
  if (!Number.isSafeInteger(rowsPerRange) || rowsPerRange < 1) throw new RangeError(`bad range size ${rowsPerRange}`);
  const rows = await db.query<{ uscc: string }>(
    `SELECT uscc FROM (SELECT uscc, row_number() OVER (ORDER BY uscc) AS rn FROM enterprises) s
     WHERE rn > 1 AND (rn - 1) % $1 = 0 ORDER BY uscc`,
    [rowsPerRange],
  );
  const bounds = ['', ...rows.map((r) => r.uscc), ''];
  return bounds.slice(0, -1).map((from, k) => ({ from, to: bounds[k + 1]! }));
}

/**
 * The enterprises of one uscc range, each with the figures of fiscal years `figureYear`,
 * `figureYear − 1` and `figureYear − 2`: two range reads (index-only with the covering indexes of
 * migration 0620), each aggregated by the database into one row of comma-separated columns, so a
 * range of 50 000 enterprises arrives as two rows of text instead of 200 000 row objects; joined
 * here by uscc, with the district names. Row order is the database's (every column of one read is
 * aggregated in the same pass, so position k is one enterprise in all of them). What a notice job
 * matches a published policy on.
 */
export async function loadRegistryRange(db: Queryable, range: UsccRange, figureYear: number): Promise<RegistryRangeRow[]> {
  if (!Number.isInteger(figureYear)) throw new RangeError(`bad figure year ${figureYear}`);
  const params: unknown[] = [range.from];
  let upper = '';
  if (range.to !== '') {
    params.push(range.to);
    upper = 'AND uscc < $2';
  }
  const [p] = await db.query<{ n: number; uscc: string; district: string; industry: string; day: string; taxpayer: string; individual: string; tags: string }>(
    `SELECT count(*)::int AS n, string_agg(uscc, ',') AS uscc, string_agg(district, ',') AS district, string_agg(industry_code, ',') AS industry,
            string_agg(registration_date::text, ',') AS day, string_agg(taxpayer_type, ',') AS taxpayer,
            string_agg(CASE WHEN is_individual_business THEN '1' ELSE '0' END, ',') AS individual, string_agg(array_to_string(tags, '|'), ',') AS tags
     FROM enterprises WHERE uscc >= $1 ${upper}`,
    params,
  );
  const n = p?.n ?? 0;
  if (n === 0) return [];
  const year = params.length + 1;
  const [f] = await db.query<{ n: number; uscc: string; year: string; employees: string; revenue: string; assets: string; rd: string; main: string }>(
    `SELECT count(*)::int AS n, string_agg(uscc, ',') AS uscc, string_agg(year::text, ',') AS year, string_agg(employees::text, ',') AS employees,
            string_agg(revenue_fen::text, ',') AS revenue, string_agg(total_assets_fen::text, ',') AS assets,
            string_agg(COALESCE(rd_expense_fen::text, ''), ',') AS rd, string_agg(COALESCE(main_business_revenue_fen::text, ''), ',') AS main
     FROM enterprise_figures WHERE uscc >= $1 ${upper} AND year BETWEEN $${year}::int - 2 AND $${year}::int`,
    [...params, figureYear],
  );
  const names = new Map((await db.query<{ id: string; name_zh: string }>('SELECT id, name_zh FROM jurisdictions')).map((r) => [r.id, r.name_zh]));
  const byUscc = new Map<string, RegistryRangeRow['figures']>();
  if (f && f.n > 0) {
    const uscc = split(f.uscc, f.n);
    const years = split(f.year, f.n);
    const employees = split(f.employees, f.n);
    const revenue = split(f.revenue, f.n);
    const assets = split(f.assets, f.n);
    const rd = split(f.rd, f.n);
    const main = split(f.main, f.n);
    for (let k = 0; k < f.n; k++) {
      let row = byUscc.get(uscc[k]!);
      if (!row) byUscc.set(uscc[k]!, (row = [null, null, null]));
      row[figureYear - Number(years[k])] = {
        employees: Number(employees[k]), revenueFen: Number(revenue[k]), totalAssetsFen: Number(assets[k]),
        rdExpenseFen: rd[k] === '' ? null : Number(rd[k]), mainBusinessRevenueFen: main[k] === '' ? null : Number(main[k]),
      };
    }
  }
  const uscc = split(p!.uscc, n);
  const district = split(p!.district, n);
  const industry = split(p!.industry, n);
  const day = split(p!.day, n);
  const taxpayer = split(p!.taxpayer, n);
  const individual = split(p!.individual, n);
  const tags = split(p!.tags, n);
  const out = new Array<RegistryRangeRow>(n);
  for (let k = 0; k < n; k++) {
    out[k] = {
      uscc: uscc[k]!,
      district: district[k]!,
      districtNameZh: names.get(district[k]!) ?? district[k]!,
      industryCode: industry[k]!,
      registrationDate: day[k]!,
      taxpayerType: taxpayer[k] as TaxpayerType,
      isIndividualBusiness: individual[k] === '1',
      tags: tags[k] === '' ? [] : tags[k]!.split('|'),
      figures: byUscc.get(uscc[k]!) ?? [null, null, null],
    };
  }
  return out;
}

/** One aggregated column back into its n values (codes, dates, numbers and tag names hold no commas). */
function split(text: string, n: number): string[] {
  const parts = text.split(',');
  if (parts.length !== n) throw new Error(`registry column of ${parts.length} values for ${n} rows`);
  return parts;
}
