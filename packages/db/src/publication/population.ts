import type { Queryable } from '../database';
import type { EnterpriseProfile, TaxpayerType, YearlyFigures } from '../enterprises/enterprise-types';
import type { UsccRange } from './registry-columns';

/** One registered enterprise with every year's current figures: what a reach preview evaluates. */
export interface PopulationMember {
  profile: EnterpriseProfile;
  figures: YearlyFigures[];
}

/**
 * The registry (current profiles and figures) in two statements, ordered by uscc: all of it, one
 * uscc range of it, or the listed enterprises. A few thousand enterprises in the demo city; notice
 * jobs at city scale read columns instead (registry-columns.ts and @huiqi/matching).
 */
export async function loadPopulation(db: Queryable, part?: UsccRange | { usccs: readonly string[] }): Promise<PopulationMember[]> {
  if (part && 'usccs' in part) return loadSome(db, part.usccs);
  if (!part) return assemble(db, '', '', []);
  const params: unknown[] = [part.from];
  if (part.to === '') return assemble(db, 'WHERE e.uscc >= $1', 'WHERE uscc >= $1', params);
  params.push(part.to);
  return assemble(db, 'WHERE e.uscc >= $1 AND e.uscc < $2', 'WHERE uscc >= $1 AND uscc < $2', params);
}

/** Only the listed enterprises (re-matching after registry changes). */
async function loadSome(db: Queryable, usccs: readonly string[]): Promise<PopulationMember[]> {
  if (usccs.length === 0) return [];
  return assemble(db, 'WHERE e.uscc = ANY($1)', 'WHERE uscc = ANY($1)', [usccs]);
}

async function assemble(db: Queryable, where: string, whereF: string, params: unknown[]): Promise<PopulationMember[]> {
  const profiles = await db.query<{
    uscc: string; name: string; registered_address: string; district: string; district_zh: string; district_en: string;
    industry_code: string; registration_date: string; taxpayer_type: TaxpayerType; is_individual_business: boolean; tags: string[]; version: number; valid_from: string;
  }>(
    `SELECT e.uscc, e.name, e.registered_address, e.district, j.name_zh AS district_zh, j.name_en AS district_en,
            e.industry_code, e.registration_date, e.taxpayer_type, e.is_individual_business, e.tags, e.version, e.updated_at AS valid_from
     FROM enterprises e JOIN jurisdictions j ON j.id = e.district ${where} ORDER BY e.uscc`,
    params,
  );
  const figures = await db.query<{
    uscc: string; year: number; employees: number; revenue_fen: number; total_assets_fen: number; rd_expense_fen: number | null;
    main_business_revenue_fen: number | null; version: number; valid_from: string;
  }>(
    `SELECT uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, version, updated_at AS valid_from
     FROM enterprise_figures ${whereF} ORDER BY uscc, year`,
    params,
  );
  const byUscc = new Map<string, YearlyFigures[]>();
  for (const r of figures) {
    let list = byUscc.get(r.uscc);
    if (!list) byUscc.set(r.uscc, (list = []));
    list.push({
      year: r.year, employees: r.employees, revenueFen: r.revenue_fen, totalAssetsFen: r.total_assets_fen, rdExpenseFen: r.rd_expense_fen,
      mainBusinessRevenueFen: r.main_business_revenue_fen, version: r.version, validFrom: r.valid_from,
    });
  }
  return profiles.map((r) => ({
    profile: {
      uscc: r.uscc, name: r.name, registeredAddress: r.registered_address, district: r.district, districtName: { zh: r.district_zh, en: r.district_en },
      industryCode: r.industry_code, registrationDate: r.registration_date, taxpayerType: r.taxpayer_type, isIndividualBusiness: r.is_individual_business,
      tags: r.tags, version: r.version, validFrom: r.valid_from,
    },
    figures: byUscc.get(r.uscc) ?? [],
  }));
}
