import type { Queryable } from '../database';

/** Who wrote a version: a department's intake batch, or a person in the platform. */
export type VersionSource =
  | { type: 'INTAKE'; batchId: string; departmentId: string | null; departmentName: { zh: string; en: string } | null; channel: string; receivedAt: string }
  | { type: 'USER'; role: string | null; displayName: string | null };

/** Where an enterprise's current profile or one year's figures came from. */
export interface DataSource {
  kind: 'PROFILE' | 'FIGURES';
  year: number | null;
  version: number;
  validFrom: string;
  source: VersionSource;
  /**
   * When the current version was not delivered by a department but an earlier one was: the last
   * department delivery, kept beside the current value (its changed fields and values).
   */
  lastDelivery: { version: number; source: VersionSource; values: Record<string, unknown> } | null;
  values: Record<string, unknown>;
}

interface Row {
  kind: 'PROFILE' | 'FIGURES';
  year: number | null;
  version: number;
  valid_from: string | Date;
  intake_batch_id: string | null;
  department_id: string | null;
  name_zh: string | null;
  name_en: string | null;
  channel: string | null;
  received_at: string | Date | null;
  display_name: string | null;
  role: string | null;
  values: Record<string, unknown>;
}

const iso = (v: string | Date) => (v instanceof Date ? v.toISOString() : new Date(v).toISOString());

const source = (r: Row): VersionSource =>
  r.intake_batch_id
    ? { type: 'INTAKE', batchId: r.intake_batch_id, departmentId: r.department_id, departmentName: r.name_zh ? { zh: r.name_zh, en: r.name_en ?? r.name_zh } : null, channel: r.channel ?? 'CLI', receivedAt: iso(r.received_at ?? r.valid_from) }
    : { type: 'USER', role: r.role, displayName: r.display_name };

const JOINS = `LEFT JOIN intake_batches b ON b.id = v.intake_batch_id LEFT JOIN departments d ON d.id = b.department_id LEFT JOIN users u ON u.id = v.actor_user_id`;
const WHO = `v.version, v.valid_from, v.intake_batch_id, b.department_id, d.name_zh, d.name_en, b.channel, b.received_at, u.display_name, u.role`;
const PROFILE_VALUES = `jsonb_build_object('name', v.name, 'registeredAddress', v.registered_address, 'district', v.district, 'industryCode', v.industry_code, 'registrationDate', v.registration_date, 'taxpayerType', v.taxpayer_type)`;
const FIGURE_VALUES = `jsonb_build_object('employees', v.employees, 'revenueFen', v.revenue_fen, 'totalAssetsFen', v.total_assets_fen, 'rdExpenseFen', v.rd_expense_fen, 'mainBusinessRevenueFen', v.main_business_revenue_fen)`;

/** The source of the current profile and of each year's figures, newest year first, with the last department delivery beside a value the enterprise (or an officer) changed since. */
export async function listDataSources(q: Queryable, uscc: string): Promise<DataSource[]> {
  const current = await q.query<Row>(
    `SELECT 'PROFILE' AS kind, NULL::int AS year, ${WHO}, ${PROFILE_VALUES} AS values
       FROM enterprises e JOIN enterprise_versions v ON v.uscc = e.uscc AND v.version = e.version ${JOINS} WHERE e.uscc = $1
     UNION ALL
     SELECT 'FIGURES', f.year, ${WHO}, ${FIGURE_VALUES}
       FROM enterprise_figures f JOIN enterprise_figure_versions v ON v.uscc = f.uscc AND v.year = f.year AND v.version = f.version ${JOINS} WHERE f.uscc = $1
     ORDER BY kind DESC, year DESC`,
    [uscc],
  );
  const deliveries = await q.query<Row>(
    `SELECT * FROM (
       SELECT DISTINCT ON (v.uscc) 'PROFILE' AS kind, NULL::int AS year, ${WHO}, ${PROFILE_VALUES} AS values
         FROM enterprise_versions v ${JOINS} WHERE v.uscc = $1 AND v.intake_batch_id IS NOT NULL ORDER BY v.uscc, v.version DESC) p
     UNION ALL
     SELECT * FROM (
       SELECT DISTINCT ON (v.year) 'FIGURES' AS kind, v.year, ${WHO}, ${FIGURE_VALUES}
         FROM enterprise_figure_versions v ${JOINS} WHERE v.uscc = $1 AND v.intake_batch_id IS NOT NULL ORDER BY v.year, v.version DESC) f`,
    [uscc],
  );
  const lastOf = new Map(deliveries.map((d) => [`${d.kind}/${d.year ?? ''}`, d]));
  return current.map((r) => {
    const last = r.intake_batch_id ? undefined : lastOf.get(`${r.kind}/${r.year ?? ''}`);
    return {
      kind: r.kind,
      year: r.year,
      version: r.version,
      validFrom: iso(r.valid_from),
      source: source(r),
      values: r.values,
      lastDelivery: last ? { version: last.version, source: source(last), values: last.values } : null,
    };
  });
}

/** One registry version an answer was based on: the profile version, or one year's figures version. */
export interface VersionRef {
  kind: 'PROFILE' | 'FIGURES';
  year: number | null;
  version: number;
}

/** Who wrote each of the given versions (the versions an eligibility answer read, which need not be the current ones). */
export async function sourcesOfVersions(q: Queryable, uscc: string, refs: readonly VersionRef[]): Promise<Array<VersionRef & { source: VersionSource }>> {
  const profile = refs.find((r) => r.kind === 'PROFILE');
  const figures = refs.filter((r) => r.kind === 'FIGURES' && r.year !== null);
  if (!profile && figures.length === 0) return [];
  const rows = await q.query<Row>(
    `SELECT 'PROFILE' AS kind, NULL::int AS year, ${WHO}, NULL::jsonb AS values
       FROM enterprise_versions v ${JOINS} WHERE v.uscc = $1 AND v.version = $2
     UNION ALL
     SELECT 'FIGURES', v.year, ${WHO}, NULL::jsonb
       FROM enterprise_figure_versions v ${JOINS}
      WHERE v.uscc = $1 AND (v.year, v.version) IN (SELECT * FROM unnest($3::int[], $4::int[]))`,
    [uscc, profile?.version ?? -1, figures.map((f) => f.year), figures.map((f) => f.version)],
  );
  return rows.map((r) => ({ kind: r.kind, year: r.year, version: r.version, source: source(r) }));
}
