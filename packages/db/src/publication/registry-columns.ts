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
 * The enterprises of one uscc range in uscc order, each with the figures of fiscal years
 * `figureYear`, `figureYear − 1` and `figureYear − 2`: one statement, an index range scan of the
 * registry joined to the figures by primary key. What a notice job matches a published policy on.
 */
export async function loadRegistryRange(db: Queryable, range: UsccRange, figureYear: number): Promise<RegistryRangeRow[]> {
  if (!Number.isInteger(figureYear)) throw new RangeError(`bad figure year ${figureYear}`);
  const params: unknown[] = [figureYear, range.from];
  let upper = '';
  if (range.to !== '') {
    params.push(range.to);
    upper = 'AND e.uscc < $3';
  }
  const year = (k: number) => `f${k}.employees AS e${k}, f${k}.revenue_fen AS r${k}, f${k}.total_assets_fen AS a${k}, f${k}.rd_expense_fen AS d${k}, f${k}.main_business_revenue_fen AS m${k}`;
  const join = (k: number) => `LEFT JOIN enterprise_figures f${k} ON f${k}.uscc = e.uscc AND f${k}.year = $1::int - ${k}`;
  const rows = await db.query<Record<string, unknown> & {
    uscc: string; district: string; name_zh: string; industry_code: string; registration_date: string; taxpayer_type: TaxpayerType;
    is_individual_business: boolean; tags: string[];
  }>(
    `SELECT e.uscc, e.district, j.name_zh, e.industry_code, e.registration_date, e.taxpayer_type, e.is_individual_business, e.tags,
            ${year(0)}, ${year(1)}, ${year(2)}
     FROM enterprises e JOIN jurisdictions j ON j.id = e.district ${join(0)} ${join(1)} ${join(2)}
     WHERE e.uscc >= $2 ${upper} ORDER BY e.uscc`,
    params,
  );
  const figures = (r: Record<string, unknown>, k: number): RangeFigures | null =>
    r[`r${k}`] === null
      ? null
      : {
          employees: r[`e${k}`] as number,
          revenueFen: r[`r${k}`] as number,
          totalAssetsFen: r[`a${k}`] as number,
          rdExpenseFen: r[`d${k}`] as number | null,
          mainBusinessRevenueFen: r[`m${k}`] as number | null,
        };
  return rows.map((r) => ({
    uscc: r.uscc,
    district: r.district,
    districtNameZh: r.name_zh,
    industryCode: r.industry_code,
    registrationDate: r.registration_date,
    taxpayerType: r.taxpayer_type,
    isIndividualBusiness: r.is_individual_business,
    tags: r.tags,
    figures: [figures(r, 0), figures(r, 1), figures(r, 2)],
  }));
}
