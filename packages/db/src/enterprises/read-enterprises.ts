import type { Queryable } from '../database';
import { inSubtreeSql } from '../registry/jurisdictions';
import type { EnterpriseHistoryEntry, EnterpriseProfile, EnterpriseSummary, TaxpayerType, YearlyFigures } from './enterprise-types';

interface ProfileRow {
  uscc: string;
  name: string;
  registered_address: string;
  district: string;
  district_zh: string;
  district_en: string;
  industry_code: string;
  registration_date: string;
  taxpayer_type: TaxpayerType;
  is_individual_business: boolean;
  tags: string[];
  version: number;
  valid_from: string;
}

const toProfile = (r: ProfileRow): EnterpriseProfile => ({
  uscc: r.uscc,
  name: r.name,
  registeredAddress: r.registered_address,
  district: r.district,
  districtName: { zh: r.district_zh, en: r.district_en },
  industryCode: r.industry_code,
  registrationDate: r.registration_date,
  taxpayerType: r.taxpayer_type,
  isIndividualBusiness: r.is_individual_business,
  tags: r.tags,
  version: r.version,
  validFrom: r.valid_from,
});

interface FiguresRow {
  year: number;
  employees: number;
  revenue_fen: number;
  total_assets_fen: number;
  rd_expense_fen: number | null;
  main_business_revenue_fen: number | null;
  version: number;
  valid_from: string;
}

const toFigures = (r: FiguresRow): YearlyFigures => ({
  year: r.year,
  employees: r.employees,
  revenueFen: r.revenue_fen,
  totalAssetsFen: r.total_assets_fen,
  rdExpenseFen: r.rd_expense_fen,
  mainBusinessRevenueFen: r.main_business_revenue_fen,
  version: r.version,
  validFrom: r.valid_from,
});

/** The current profile, or null when the uscc is not registered. */
export async function getEnterprise(db: Queryable, uscc: string): Promise<EnterpriseProfile | null> {
  const [row] = await db.query<ProfileRow>(
    `SELECT e.uscc, e.name, e.registered_address, e.district, j.name_zh AS district_zh, j.name_en AS district_en,
            e.industry_code, e.registration_date, e.taxpayer_type, e.is_individual_business, e.tags, e.version, e.updated_at AS valid_from
     FROM enterprises e JOIN jurisdictions j ON j.id = e.district WHERE e.uscc = $1`,
    [uscc],
  );
  return row ? toProfile(row) : null;
}

/** The profile as it stood at instant `at` (ISO timestamp), from the version rows; null if it did not exist yet. */
export async function getEnterpriseAsOf(db: Queryable, uscc: string, at: string): Promise<EnterpriseProfile | null> {
  const [row] = await db.query<ProfileRow>(
    `SELECT v.uscc, v.name, v.registered_address, v.district, j.name_zh AS district_zh, j.name_en AS district_en,
            v.industry_code, v.registration_date, v.taxpayer_type, v.is_individual_business, v.tags, v.version, v.valid_from
     FROM enterprise_versions v JOIN jurisdictions j ON j.id = v.district
     WHERE v.uscc = $1 AND v.valid_from <= $2
     ORDER BY v.valid_from DESC, v.version DESC LIMIT 1`,
    [uscc, at],
  );
  return row ? toProfile(row) : null;
}

export async function getFigures(db: Queryable, uscc: string): Promise<YearlyFigures[]> {
  const rows = await db.query<FiguresRow>(
    `SELECT year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, version, updated_at AS valid_from
     FROM enterprise_figures WHERE uscc = $1 ORDER BY year`,
    [uscc],
  );
  return rows.map(toFigures);
}

/** Each year's figures as they stood at instant `at`. */
export async function getFiguresAsOf(db: Queryable, uscc: string, at: string): Promise<YearlyFigures[]> {
  const rows = await db.query<FiguresRow>(
    `SELECT DISTINCT ON (year) year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, version, valid_from
     FROM enterprise_figure_versions
     WHERE uscc = $1 AND valid_from <= $2
     ORDER BY year, valid_from DESC, version DESC`,
    [uscc, at],
  );
  return rows.map(toFigures);
}

export interface EnterpriseQuery {
  /** Only enterprises within this jurisdiction subtree (the viewer's scope); null = everywhere. */
  scope: string | null;
  /** Only this one enterprise (enterprise users). */
  onlyUscc?: string | null;
  /** Name contains, or uscc starts with. */
  q?: string;
  district?: string;
  /** GB/T 4754 prefix: C matches C3911. */
  industry?: string;
  tag?: string;
  page: number;
  pageSize: number;
}

export async function listEnterprises(db: Queryable, query: EnterpriseQuery): Promise<{ items: EnterpriseSummary[]; total: number }> {
  const where: string[] = [];
  const params: unknown[] = [];
  const p = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (query.scope) where.push(inSubtreeSql('e.district', p(query.scope)));
  if (query.onlyUscc) where.push(`e.uscc = ${p(query.onlyUscc)}`);
  if (query.district) where.push(inSubtreeSql('e.district', p(query.district)));
  if (query.industry) where.push(`e.industry_code LIKE ${p(query.industry)} || '%'`);
  if (query.tag) where.push(`${p(query.tag)} = ANY (e.tags)`);
  if (query.q) {
    const q = p(query.q.replace(/[\\%_]/g, (c) => `\\${c}`));
    where.push(`(e.name LIKE '%' || ${q} || '%' OR e.uscc LIKE upper(${q}) || '%')`);
  }
  const whereSql = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const [count] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM enterprises e ${whereSql}`, params);
  const limit = p(query.pageSize);
  const offset = p((query.page - 1) * query.pageSize);
  const rows = await db.query<{
    uscc: string; name: string; district: string; district_zh: string; industry_code: string; registration_date: string;
    tags: string[]; year: number | null; employees: number | null; revenue_fen: number | null;
  }>(
    `SELECT e.uscc, e.name, e.district, j.name_zh AS district_zh, e.industry_code, e.registration_date, e.tags,
            f.year, f.employees, f.revenue_fen
     FROM enterprises e
     JOIN jurisdictions j ON j.id = e.district
     LEFT JOIN LATERAL (
       SELECT year, employees, revenue_fen FROM enterprise_figures ef WHERE ef.uscc = e.uscc ORDER BY year DESC LIMIT 1
     ) f ON true
     ${whereSql}
     ORDER BY e.name, e.uscc
     LIMIT ${limit} OFFSET ${offset}`,
    params,
  );
  return {
    total: Number(count?.n ?? 0),
    items: rows.map((r) => ({
      uscc: r.uscc,
      name: r.name,
      district: r.district,
      districtName: r.district_zh,
      industryCode: r.industry_code,
      registrationDate: r.registration_date,
      tags: r.tags,
      latestYear: r.year,
      employees: r.employees,
      revenueFen: r.revenue_fen,
    })),
  };
}

/** All versions of the profile and of every year's figures, newest first, with who made them. */
export async function getEnterpriseHistory(db: Queryable, uscc: string): Promise<EnterpriseHistoryEntry[]> {
  const rows = await db.query<{
    kind: 'PROFILE' | 'FIGURES'; version: number; year: number | null; change_kind: EnterpriseHistoryEntry['changeKind'];
    valid_from: string; changed_fields: string[] | null; actor_id: string | null; username: string | null; display_name: string | null;
  }>(
    `SELECT h.kind, h.version, h.year, h.change_kind, h.valid_from, h.changed_fields, u.id AS actor_id, u.username, u.display_name
     FROM (
       SELECT 'PROFILE' AS kind, version, NULL::integer AS year, change_kind, valid_from, changed_fields, actor_user_id, id
       FROM enterprise_versions WHERE uscc = $1
       UNION ALL
       SELECT 'FIGURES' AS kind, version, year, change_kind, valid_from, changed_fields, actor_user_id, id
       FROM enterprise_figure_versions WHERE uscc = $1
     ) h LEFT JOIN users u ON u.id = h.actor_user_id
     ORDER BY h.valid_from DESC, h.kind, h.year DESC NULLS LAST, h.version DESC`,
    [uscc],
  );
  return rows.map((r) => ({
    kind: r.kind,
    version: r.version,
    year: r.year,
    changeKind: r.change_kind,
    validFrom: r.valid_from,
    actor: r.actor_id ? { id: r.actor_id, username: r.username ?? '', displayName: r.display_name ?? '' } : null,
    changedFields: r.changed_fields ?? [],
  }));
}
