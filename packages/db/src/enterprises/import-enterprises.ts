import { checkUscc, parsePlainDate } from '@huiqi/kernel';
import type { Database, Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { normaliseTags } from './enterprise-columns';
import { TAXPAYER_TYPES, type TaxpayerType } from './enterprise-types';

/** One enterprise with its yearly figures, in the shape of `@huiqi/testing`'s generatePopulation rows. */
export interface ImportedEnterprise {
  uscc: string;
  name: string;
  district: string;
  registeredAddress: string;
  industryCode: string;
  registrationDate: string;
  taxpayerType: TaxpayerType | string;
  isIndividualBusiness: boolean;
  tags: readonly string[];
  figures: readonly {
    year: number;
    employees: number;
    revenueFen: number;
    totalAssetsFen: number;
    rdExpenseFen?: number | null;
    mainBusinessRevenueFen?: number | null;
  }[];
}

export interface ImportSummary {
  enterprises: number;
  figureRows: number;
  skippedExisting: number;
}

const CHUNK = 400;

/** Throws with the row index and field on the first invalid row: nothing is silently dropped. */
export function validateImportRows(rows: readonly ImportedEnterprise[]): void {
  const seen = new Set<string>();
  rows.forEach((r, i) => {
    const where = `row ${i} (${r.uscc})`;
    const c = checkUscc(r.uscc);
    if (!c.valid) throw new Error(`${where}: ${c.reason?.en}`);
    if (seen.has(r.uscc)) throw new Error(`${where}: duplicate uscc in the import`);
    seen.add(r.uscc);
    if (!r.name.trim()) throw new Error(`${where}: empty name`);
    if (!parsePlainDate(r.registrationDate)) throw new Error(`${where}: registrationDate is not YYYY-MM-DD`);
    if (!(TAXPAYER_TYPES as readonly string[]).includes(r.taxpayerType)) throw new Error(`${where}: taxpayerType ${r.taxpayerType}`);
    const years = new Set<number>();
    for (const f of r.figures) {
      if (years.has(f.year)) throw new Error(`${where}: figures for ${f.year} given twice`);
      years.add(f.year);
      for (const v of [f.employees, f.revenueFen, f.totalAssetsFen, f.rdExpenseFen ?? 0, f.mainBusinessRevenueFen ?? 0]) {
        if (!Number.isSafeInteger(v)) throw new Error(`${where}: figures for ${f.year} must be integers (fen)`);
      }
    }
  });
}

/** `($1, $2, …, 1), ($n, …, 1)`: parameters are typed by the target columns of a plain VALUES insert. */
function valuesRows(rowCount: number, width: number, constantTail: string): string {
  const out: string[] = [];
  for (let r = 0; r < rowCount; r++) {
    const cols: string[] = [];
    for (let c = 0; c < width; c++) cols.push(`$${r * width + c + 1}`);
    out.push(`(${cols.join(', ')}, ${constantTail})`);
  }
  return out.join(', ');
}

/**
 * Bulk registration: multi-row INSERTs in one transaction, version 1 rows for every profile and
 * year, and one summarising ENTERPRISES_IMPORTED audit event. Enterprises already registered are
 * left untouched and counted as skipped (so re-running an import is harmless).
 */
export async function importEnterprises(db: Database, rows: readonly ImportedEnterprise[], source: string, actorUserId: string | null, at = new Date()): Promise<ImportSummary> {
  validateImportRows(rows);
  return db.transaction((tx) => importInTransaction(tx, rows, source, actorUserId, at));
}

export async function importInTransaction(tx: Queryable, rows: readonly ImportedEnterprise[], source: string, actorUserId: string | null, at: Date): Promise<ImportSummary> {
  validateImportRows(rows);
  const ts = at.toISOString();
  let enterprises = 0;
  let figureRows = 0;
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK);
    const params: unknown[] = [];
    for (const r of chunk) {
      params.push(r.uscc, r.name, r.registeredAddress, r.district, r.industryCode, r.registrationDate, r.taxpayerType, r.isIndividualBusiness, normaliseTags(r.tags), ts, actorUserId);
    }
    const inserted = await tx.query<{ uscc: string }>(
      `INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type,
         is_individual_business, tags, updated_at, updated_by, version)
       VALUES ${valuesRows(chunk.length, 11, '1')}
       ON CONFLICT (uscc) DO NOTHING RETURNING uscc`,
      params,
    );
    const fresh = new Set(inserted.map((r) => r.uscc));
    const newRows = chunk.filter((r) => fresh.has(r.uscc));
    enterprises += newRows.length;
    if (newRows.length === 0) continue;
    await tx.query(
      `INSERT INTO enterprise_versions (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type,
         is_individual_business, tags, valid_from, actor_user_id, version, change_kind, changed_fields)
       SELECT e.uscc, e.name, e.registered_address, e.district, e.industry_code, e.registration_date, e.taxpayer_type,
              e.is_individual_business, e.tags, e.updated_at, e.updated_by, 1, 'IMPORTED', '{}'::text[]
       FROM enterprises e WHERE e.uscc = ANY ($1::text[])`,
      [newRows.map((r) => r.uscc)],
    );
    const figures = newRows.flatMap((r) => r.figures.map((f) => ({ uscc: r.uscc, ...f })));
    for (let j = 0; j < figures.length; j += CHUNK) {
      const fchunk = figures.slice(j, j + CHUNK);
      const fparams: unknown[] = [];
      for (const f of fchunk) {
        fparams.push(f.uscc, f.year, f.employees, f.revenueFen, f.totalAssetsFen, f.rdExpenseFen ?? null, f.mainBusinessRevenueFen ?? null, ts, actorUserId);
      }
      await tx.query(
        `INSERT INTO enterprise_figures (uscc, year, employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen, updated_at, updated_by, version)
         VALUES ${valuesRows(fchunk.length, 9, '1')}`,
        fparams,
      );
      figureRows += fchunk.length;
    }
    await tx.query(
      `INSERT INTO enterprise_figure_versions (uscc, year, version, valid_from, actor_user_id, change_kind, changed_fields,
         employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen)
       SELECT uscc, year, 1, updated_at, updated_by, 'IMPORTED', '{}'::text[], employees, revenue_fen, total_assets_fen, rd_expense_fen, main_business_revenue_fen
       FROM enterprise_figures WHERE uscc = ANY ($1::text[])`,
      [newRows.map((r) => r.uscc)],
    );
  }
  const summary = { enterprises, figureRows, skippedExisting: rows.length - enterprises };
  await appendAuditEvent(tx, { type: 'ENTERPRISES_IMPORTED', subject: null, payload: { source, ...summary } }, actorUserId, at);
  return summary;
}
