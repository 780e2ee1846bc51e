import type { BilingualText, IntakeKind } from '@huiqi/kernel';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export type IntakeChannel = 'CONSOLE' | 'API' | 'CLI';
export type IntakeBatchStatus = 'APPLIED' | 'PARTIALLY_APPLIED' | 'REJECTED';

export interface IntakeRowProblem {
  line: number;
  column: string;
  message: BilingualText;
}

/** A batch as recorded: who sent what, when, and what came of it. */
export interface IntakeBatch {
  id: string;
  departmentId: string | null;
  kind: IntakeKind;
  batchKey: string;
  channel: IntakeChannel;
  fileName: string | null;
  contentSha256: string;
  receivedAt: string;
  actorUserId: string | null;
  tokenId: string | null;
  acceptValid: boolean;
  status: IntakeBatchStatus;
  rowCount: number;
  inserted: number;
  updated: number;
  unchanged: number;
  rejected: number;
  header: string[];
}

export interface NewIntakeBatch extends IntakeBatch {
  errors: readonly IntakeRowProblem[];
  rejectedRows: readonly { line: number; cells: readonly string[] }[];
}

const CHUNK = 500;

/**
 * Records a batch, its report and its rejected rows, with the INTAKE_BATCH_RECEIVED audit event,
 * in the caller's transaction (the one that merged its rows, or a new one after a rollback).
 */
export async function recordIntakeBatch(tx: Queryable, b: NewIntakeBatch): Promise<void> {
  await tx.query(
    `INSERT INTO intake_batches (id, department_id, kind, batch_key, channel, file_name, content_sha256, received_at, actor_user_id, token_id,
       accept_valid, status, row_count, inserted, updated, unchanged, rejected, header)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18::text[])`,
    [b.id, b.departmentId, b.kind, b.batchKey, b.channel, b.fileName, b.contentSha256, b.receivedAt, b.actorUserId, b.tokenId,
      b.acceptValid, b.status, b.rowCount, b.inserted, b.updated, b.unchanged, b.rejected, b.header],
  );
  for (let i = 0; i < b.errors.length; i += CHUNK) {
    const part = b.errors.slice(i, i + CHUNK);
    await tx.query(
      `INSERT INTO intake_row_errors (batch_id, seq, line, column_name, message_zh, message_en)
       SELECT $1, i + $2, line, column_name, zh, en
       FROM unnest($3::int[], $4::text[], $5::text[], $6::text[]) WITH ORDINALITY AS u(line, column_name, zh, en, i)`,
      [b.id, i, part.map((e) => e.line), part.map((e) => e.column), part.map((e) => e.message.zh), part.map((e) => e.message.en)],
    );
  }
  for (let i = 0; i < b.rejectedRows.length; i += CHUNK) {
    const part = b.rejectedRows.slice(i, i + CHUNK);
    await tx.query(
      `INSERT INTO intake_rejected_rows (batch_id, line, cells)
       SELECT $1, line, (SELECT array_agg(c ORDER BY o) FROM jsonb_array_elements_text(cells) WITH ORDINALITY AS x(c, o))
       FROM unnest($2::int[], $3::jsonb[]) AS u(line, cells)`,
      [b.id, part.map((r) => r.line), part.map((r) => JSON.stringify(r.cells))],
    );
  }
  await appendAuditEvent(
    tx,
    {
      type: 'INTAKE_BATCH_RECEIVED',
      subject: b.id,
      payload: { kind: b.kind, departmentId: b.departmentId, batchKey: b.batchKey, channel: b.channel, status: b.status, rows: b.rowCount, inserted: b.inserted, updated: b.updated, unchanged: b.unchanged, rejected: b.rejected },
    },
    b.actorUserId,
    new Date(b.receivedAt),
  );
}

const SELECT_BATCH = `SELECT id, department_id, kind, batch_key, channel, file_name, content_sha256, received_at, actor_user_id, token_id,
  accept_valid, status, row_count, inserted, updated, unchanged, rejected, header FROM intake_batches`;

interface BatchRow {
  id: string; department_id: string | null; kind: IntakeKind; batch_key: string; channel: IntakeChannel; file_name: string | null;
  content_sha256: string; received_at: string | Date; actor_user_id: string | null; token_id: string | null; accept_valid: boolean;
  status: IntakeBatchStatus; row_count: number; inserted: number; updated: number; unchanged: number; rejected: number; header: string[];
}

const toBatch = (r: BatchRow): IntakeBatch => ({
  id: r.id,
  departmentId: r.department_id,
  kind: r.kind,
  batchKey: r.batch_key,
  channel: r.channel,
  fileName: r.file_name,
  contentSha256: r.content_sha256,
  receivedAt: r.received_at instanceof Date ? r.received_at.toISOString() : r.received_at,
  actorUserId: r.actor_user_id,
  tokenId: r.token_id,
  acceptValid: r.accept_valid,
  status: r.status,
  rowCount: r.row_count,
  inserted: r.inserted,
  updated: r.updated,
  unchanged: r.unchanged,
  rejected: r.rejected,
  header: r.header,
});

/** The batch holding a (department, batch key): an applied one (a refused batch frees its key). */
export async function findAppliedBatch(q: Queryable, departmentId: string | null, batchKey: string): Promise<IntakeBatch | null> {
  const [r] = await q.query<BatchRow>(`${SELECT_BATCH} WHERE COALESCE(department_id, '') = COALESCE($1, '') AND batch_key = $2 AND status <> 'REJECTED'`, [departmentId, batchKey]);
  return r ? toBatch(r) : null;
}

export async function findIntakeBatch(q: Queryable, id: string): Promise<IntakeBatch | null> {
  const [r] = await q.query<BatchRow>(`${SELECT_BATCH} WHERE id = $1`, [id]);
  return r ? toBatch(r) : null;
}

/** Recent batches, newest first; of one department when given. */
export async function listIntakeBatches(q: Queryable, departmentId: string | null, limit = 50): Promise<IntakeBatch[]> {
  const rows = await q.query<BatchRow>(
    `${SELECT_BATCH} WHERE ($1::text IS NULL OR department_id = $1) ORDER BY received_at DESC, id LIMIT $2`,
    [departmentId, limit],
  );
  return rows.map(toBatch);
}

/** The report of a batch in file order (at most `limit` problems). */
export async function listIntakeErrors(q: Queryable, batchId: string, limit = 10_000): Promise<IntakeRowProblem[]> {
  const rows = await q.query<{ line: number; column_name: string; message_zh: string; message_en: string }>(
    'SELECT line, column_name, message_zh, message_en FROM intake_row_errors WHERE batch_id = $1 ORDER BY seq LIMIT $2',
    [batchId, limit],
  );
  return rows.map((r) => ({ line: r.line, column: r.column_name, message: { zh: r.message_zh, en: r.message_en } }));
}

/** The problems reported for lines `fromLine`..`toLine` of a batch, in report order (one page of the download). */
export async function listIntakeErrorsOfLines(q: Queryable, batchId: string, fromLine: number, toLine: number): Promise<IntakeRowProblem[]> {
  const rows = await q.query<{ line: number; column_name: string; message_zh: string; message_en: string }>(
    'SELECT line, column_name, message_zh, message_en FROM intake_row_errors WHERE batch_id = $1 AND line BETWEEN $2 AND $3 ORDER BY line, seq',
    [batchId, fromLine, toLine],
  );
  return rows.map((r) => ({ line: r.line, column: r.column_name, message: { zh: r.message_zh, en: r.message_en } }));
}

/** The rejected rows after `afterLine` (null: from the start), in file order, at most `limit`: one page of the download. */
export async function listRejectedRowsPage(q: Queryable, batchId: string, afterLine: number | null, limit: number): Promise<{ line: number; cells: string[] }[]> {
  return q.query('SELECT line, cells FROM intake_rejected_rows WHERE batch_id = $1 AND line > $2 ORDER BY line LIMIT $3', [batchId, afterLine ?? -1, limit]);
}
