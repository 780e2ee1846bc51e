import type { Queryable } from '../database';
import type { TaxpayerType } from '../enterprises/enterprise-types';
import type { RangeFigures, RegistryRangeRow } from '../publication/registry-columns';

/** One entry of the registry change log (migration 0800): an enterprise and the seq of its latest change. */
export interface RegistryLogEntry {
  uscc: string;
  seq: number;
}

/** The latest seq of the registry change log (0 when empty): where a snapshot built now starts following. */
export async function registryChangeLogHead(db: Queryable): Promise<number> {
  const [r] = await db.query<{ seq: string | number | null }>('SELECT max(seq) AS seq FROM registry_change_log');
  return r?.seq === null || r?.seq === undefined ? 0 : Number(r.seq);
}

/** Changes logged after `seq`, oldest first, at most `limit` (one entry per enterprise). */
export async function registryChangesAfter(db: Queryable, seq: number, limit: number): Promise<RegistryLogEntry[]> {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`bad limit ${limit}`);
  const rows = await db.query<{ uscc: string; seq: string | number }>(
    'SELECT uscc, seq FROM registry_change_log WHERE seq > $1 ORDER BY seq LIMIT $2',
    [seq, limit],
  );
  return rows.map((r) => ({ uscc: r.uscc, seq: Number(r.seq) }));
}

/**
 * The listed enterprises as matching reads them (profile, district name, figures of fiscal years
 * `figureYear`, `figureYear − 1`, `figureYear − 2`): the rows a snapshot rewrites after they
 * changed. An enterprise no longer in the registry is absent from the answer.
 */
export async function loadRegistryRows(db: Queryable, usccs: readonly string[], figureYear: number): Promise<RegistryRangeRow[]> {
  if (!Number.isInteger(figureYear)) throw new RangeError(`bad figure year ${figureYear}`);
  if (usccs.length === 0) return [];
  const profiles = await db.query<{
    uscc: string; district: string; district_zh: string | null; industry_code: string; registration_date: string;
    taxpayer_type: TaxpayerType; is_individual_business: boolean; tags: string[];
  }>(
    `SELECT e.uscc, e.district, j.name_zh AS district_zh, e.industry_code, e.registration_date::text AS registration_date,
            e.taxpayer_type, e.is_individual_business, e.tags
     FROM enterprises e LEFT JOIN jurisdictions j ON j.id = e.district WHERE e.uscc = ANY($1::text[])`,
    [usccs],
  );
  const figures = await db.query<{
    uscc: string; year: number; employees: number; revenue_fen: number; total_assets_fen: number; rd_expense_fen: number | null; main_business_revenue_fen: number | null;
  }>(
    `SELECT uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen
     FROM enterprise_figures WHERE uscc = ANY($1::text[]) AND year BETWEEN $2::int - 2 AND $2::int`,
    [usccs, figureYear],
  );
  const byUscc = new Map<string, RegistryRangeRow['figures']>();
  for (const f of figures) {
    let row = byUscc.get(f.uscc);
    if (!row) byUscc.set(f.uscc, (row = [null, null, null]));
    const fig: RangeFigures = {
      employees: Number(f.employees), revenueFen: Number(f.revenue_fen), totalAssetsFen: Number(f.total_assets_fen),
      rdExpenseFen: f.rd_expense_fen === null ? null : Number(f.rd_expense_fen), mainBusinessRevenueFen: f.main_business_revenue_fen === null ? null : Number(f.main_business_revenue_fen),
    };
    row[figureYear - Number(f.year)] = fig;
  }
  return profiles.map((p) => ({
    uscc: p.uscc,
    district: p.district,
    districtNameZh: p.district_zh ?? p.district,
    industryCode: p.industry_code,
    registrationDate: p.registration_date,
    taxpayerType: p.taxpayer_type,
    isIndividualBusiness: p.is_individual_business,
    tags: p.tags ?? [],
    figures: byUscc.get(p.uscc) ?? [null, null, null],
  }));
}
