import { randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { canonicalJson } from '../audit/canonical-json';

export type ProcurementCategoryCode = 'GOODS' | 'WORKS' | 'SERVICES';
export type ReservationMethodCode = 'NONE' | 'WHOLE_PROJECT' | 'LOTS' | 'CONSORTIUM' | 'SUBCONTRACT';

/** What a project stores: the plan entry as entered plus the amounts its reservation guarantees. */
export interface ProcurementProjectFields {
  code: string;
  name: string;
  category: ProcurementCategoryCode;
  budgetFen: number;
  suitableForSme: boolean;
  exemption: { article: string | null; reason: string } | null;
  /** The reservation as entered (checked by the procurement rules before it is stored). */
  reservation: Record<string, unknown>;
  reservationMethod: ReservationMethodCode;
  reservedFen: number;
  smallMicroFen: number;
}

export interface ProcurementProject extends ProcurementProjectFields {
  id: string;
  departmentId: string;
  year: number;
  version: number;
  createdAt: string;
  createdBy: string | null;
  updatedAt: string;
  updatedBy: string | null;
}

interface Row {
  id: string;
  department_id: string;
  year: number;
  code: string;
  name: string;
  category: ProcurementCategoryCode;
  budget_fen: number;
  suitable_for_sme: boolean;
  exemption_article: string | null;
  exemption_reason: string | null;
  reservation: Record<string, unknown>;
  reservation_method: ReservationMethodCode;
  reserved_fen: number;
  small_micro_fen: number;
  version: number;
  created_at: string;
  created_by: string | null;
  updated_at: string;
  updated_by: string | null;
}

const COLUMNS = `id, department_id, year, code, name, category, budget_fen, suitable_for_sme, exemption_article, exemption_reason,
  reservation, reservation_method, reserved_fen, small_micro_fen, version, created_at, created_by, updated_at, updated_by`;

const toProject = (r: Row): ProcurementProject => ({
  id: r.id,
  departmentId: r.department_id,
  year: r.year,
  code: r.code,
  name: r.name,
  category: r.category,
  budgetFen: r.budget_fen,
  suitableForSme: r.suitable_for_sme,
  exemption: r.exemption_reason === null ? null : { article: r.exemption_article, reason: r.exemption_reason },
  reservation: r.reservation,
  reservationMethod: r.reservation_method,
  reservedFen: r.reserved_fen,
  smallMicroFen: r.small_micro_fen,
  version: r.version,
  createdAt: r.created_at,
  createdBy: r.created_by,
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

export async function getProcurementProject(db: Queryable, id: string): Promise<ProcurementProject | null> {
  const [row] = await db.query<Row>(`SELECT ${COLUMNS} FROM procurement_projects WHERE id = $1`, [id]);
  return row ? toProject(row) : null;
}

/** Projects of one year, of one department or of all (null), in department then code order. */
export async function listProcurementProjects(db: Queryable, query: { year: number; departmentId: string | null }): Promise<ProcurementProject[]> {
  const rows = await db.query<Row>(
    `SELECT ${COLUMNS} FROM procurement_projects WHERE year = $1 AND ($2::text IS NULL OR department_id = $2) ORDER BY department_id, code, id`,
    [query.year, query.departmentId],
  );
  return rows.map(toProject);
}

/** The years that have projects (newest first), for the public execution page. */
export async function listProcurementYears(db: Queryable): Promise<number[]> {
  const rows = await db.query<{ year: number }>('SELECT DISTINCT year FROM procurement_projects ORDER BY year DESC');
  return rows.map((r) => r.year);
}

/** A project code already used by the department that year (unique per department and year). */
export class ProjectCodeTakenError extends Error {
  constructor(readonly code: string) {
    super(`project code ${code} is already used`);
    this.name = 'ProjectCodeTakenError';
  }
}

async function codeTaken(tx: Queryable, departmentId: string, year: number, code: string, exceptId: string | null): Promise<boolean> {
  const rows = await tx.query('SELECT id FROM procurement_projects WHERE department_id = $1 AND year = $2 AND code = $3 AND ($4::text IS NULL OR id <> $4)', [departmentId, year, code, exceptId]);
  return rows.length > 0;
}

/** Registers a project for a department and year; audited in the same transaction. */
export async function createProcurementProject(
  tx: Queryable,
  input: { departmentId: string; year: number } & ProcurementProjectFields,
  actorUserId: string | null,
  at: Date = new Date(),
): Promise<ProcurementProject> {
  if (await codeTaken(tx, input.departmentId, input.year, input.code, null)) throw new ProjectCodeTakenError(input.code);
  const id = `pp-${randomUUID()}`;
  const ts = at.toISOString();
  const [row] = await tx.query<Row>(
    `INSERT INTO procurement_projects (id, department_id, year, code, name, category, budget_fen, suitable_for_sme, exemption_article, exemption_reason,
       reservation, reservation_method, reserved_fen, small_micro_fen, version, created_at, created_by, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12, $13, $14, 1, $15, $16, $15, $16)
     RETURNING ${COLUMNS}`,
    [
      id, input.departmentId, input.year, input.code, input.name, input.category, input.budgetFen, input.suitableForSme,
      input.exemption?.article ?? null, input.exemption?.reason ?? null, JSON.stringify(input.reservation), input.reservationMethod,
      input.reservedFen, input.smallMicroFen, ts, actorUserId,
    ],
  );
  await appendAuditEvent(
    tx,
    {
      type: 'PROCUREMENT_PROJECT_CREATED',
      subject: id,
      payload: { departmentId: input.departmentId, year: input.year, code: input.code, name: input.name, budgetFen: input.budgetFen, reservationMethod: input.reservationMethod, reservedFen: input.reservedFen },
    },
    actorUserId,
    at,
  );
  return toProject(row!);
}

const FIELD_NAMES: (keyof ProcurementProjectFields)[] = ['code', 'name', 'category', 'budgetFen', 'suitableForSme', 'exemption', 'reservation', 'reservationMethod', 'reservedFen', 'smallMicroFen'];
/** jsonb reorders object keys, so compare canonical forms. */
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

/**
 * Replaces a project's fields (department and year stay). No change → no new version, no event.
 * Returns null when the project does not exist.
 */
export async function updateProcurementProject(
  tx: Queryable,
  id: string,
  fields: ProcurementProjectFields,
  actorUserId: string | null,
  at: Date = new Date(),
): Promise<{ project: ProcurementProject; changedFields: string[] } | null> {
  const [locked] = await tx.query<Row>(`SELECT ${COLUMNS} FROM procurement_projects WHERE id = $1 FOR UPDATE`, [id]);
  if (!locked) return null;
  const before = toProject(locked);
  const changedFields = FIELD_NAMES.filter((k) => !same(before[k], fields[k]));
  if (changedFields.length === 0) return { project: before, changedFields };
  if (fields.code !== before.code && (await codeTaken(tx, before.departmentId, before.year, fields.code, id))) throw new ProjectCodeTakenError(fields.code);
  const version = before.version + 1;
  const [row] = await tx.query<Row>(
    `UPDATE procurement_projects SET code = $2, name = $3, category = $4, budget_fen = $5, suitable_for_sme = $6, exemption_article = $7,
       exemption_reason = $8, reservation = $9::jsonb, reservation_method = $10, reserved_fen = $11, small_micro_fen = $12, version = $13,
       updated_at = $14, updated_by = $15
     WHERE id = $1 RETURNING ${COLUMNS}`,
    [
      id, fields.code, fields.name, fields.category, fields.budgetFen, fields.suitableForSme, fields.exemption?.article ?? null,
      fields.exemption?.reason ?? null, JSON.stringify(fields.reservation), fields.reservationMethod, fields.reservedFen, fields.smallMicroFen,
      version, at.toISOString(), actorUserId,
    ],
  );
  await appendAuditEvent(
    tx,
    { type: 'PROCUREMENT_PROJECT_UPDATED', subject: id, payload: { departmentId: before.departmentId, version, changedFields, reservedFen: fields.reservedFen } },
    actorUserId,
    at,
  );
  return { project: toProject(row!), changedFields };
}

/** Why a project cannot be deleted: it already has evaluations (stored decisions stay). */
export type DeleteProjectOutcome = 'DELETED' | 'NOT_FOUND' | 'HAS_EVALUATIONS';

/** Deletes a project that has no evaluations, declarations or awards yet; audited. */
export async function deleteProcurementProject(tx: Queryable, id: string, actorUserId: string | null, at: Date = new Date()): Promise<DeleteProjectOutcome> {
  const [locked] = await tx.query<Row>(`SELECT ${COLUMNS} FROM procurement_projects WHERE id = $1 FOR UPDATE`, [id]);
  if (!locked) return 'NOT_FOUND';
  const [used] = await tx.query<{ n: number }>(
    `SELECT (SELECT count(*) FROM procurement_evaluations WHERE project_id = $1) + (SELECT count(*) FROM procurement_declarations WHERE project_id = $1) AS n`,
    [id],
  );
  if (Number(used?.n ?? 0) > 0) return 'HAS_EVALUATIONS';
  await tx.query('DELETE FROM procurement_projects WHERE id = $1', [id]);
  await appendAuditEvent(
    tx,
    { type: 'PROCUREMENT_PROJECT_DELETED', subject: id, payload: { departmentId: locked.department_id, year: locked.year, code: locked.code, name: locked.name } },
    actorUserId,
    at,
  );
  return 'DELETED';
}
