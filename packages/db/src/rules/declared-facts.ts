import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

/** One fiscal year's declared facts as stored (values typed by the rules engine's fact schema). */
export interface DeclaredFacts {
  uscc: string;
  fiscalYear: number;
  facts: Record<string, unknown>;
  version: number;
  validFrom: string;
  actorUserId: string | null;
}

interface Row {
  uscc: string;
  fiscal_year: number;
  facts: Record<string, unknown>;
  version: number;
  valid_from: string;
  actor_user_id: string | null;
}

const toDeclared = (r: Row): DeclaredFacts => ({ uscc: r.uscc, fiscalYear: r.fiscal_year, facts: r.facts, version: r.version, validFrom: r.valid_from, actorUserId: r.actor_user_id });

const SELECT = 'SELECT uscc, fiscal_year, facts, version, valid_from, actor_user_id FROM enterprise_declared_fact_versions';

/** The declared facts of one fiscal year as they stood at instant `at` (ISO), or null when none were declared by then. */
export async function getDeclaredFactsAsOf(db: Queryable, uscc: string, fiscalYear: number, at: string): Promise<DeclaredFacts | null> {
  const [row] = await db.query<Row>(`${SELECT} WHERE uscc = $1 AND fiscal_year = $2 AND valid_from <= $3 ORDER BY valid_from DESC, version DESC LIMIT 1`, [uscc, fiscalYear, at]);
  return row ? toDeclared(row) : null;
}

/** The latest declared facts of one fiscal year, or null. */
export async function getDeclaredFacts(db: Queryable, uscc: string, fiscalYear: number): Promise<DeclaredFacts | null> {
  const [row] = await db.query<Row>(`${SELECT} WHERE uscc = $1 AND fiscal_year = $2 ORDER BY version DESC LIMIT 1`, [uscc, fiscalYear]);
  return row ? toDeclared(row) : null;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Saves the whole set of declared facts for one fiscal year as a new version (the caller has
 * validated names and values against the fact schema). No change → no new version and no audit event
 * (`declared` is then the current version, or null when nothing was ever declared for that year).
 * Call inside a transaction: the audit event is written in the same one.
 */
export async function recordDeclaredFacts(
  tx: Queryable,
  input: { uscc: string; fiscalYear: number; facts: Record<string, unknown> },
  actorUserId: string | null,
  at: Date = new Date(),
): Promise<{ declared: DeclaredFacts | null; changedFields: string[]; isChanged: boolean }> {
  await tx.query('SELECT uscc FROM enterprises WHERE uscc = $1 FOR UPDATE', [input.uscc]);
  const previous = await getDeclaredFacts(tx, input.uscc, input.fiscalYear);
  const before = previous?.facts ?? {};
  const names = [...new Set([...Object.keys(before), ...Object.keys(input.facts)])].sort();
  const changedFields = names.filter((n) => !same(before[n], input.facts[n]));
  // Nothing changed (or an empty set where nothing was declared): no version, no audit event.
  if (changedFields.length === 0) return { declared: previous, changedFields, isChanged: false };
  const version = (previous?.version ?? 0) + 1;
  const [row] = await tx.query<Row>(
    `INSERT INTO enterprise_declared_fact_versions (uscc, fiscal_year, version, valid_from, actor_user_id, facts, changed_fields)
     VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7)
     RETURNING uscc, fiscal_year, facts, version, valid_from, actor_user_id`,
    [input.uscc, input.fiscalYear, version, at.toISOString(), actorUserId, JSON.stringify(input.facts), changedFields],
  );
  await appendAuditEvent(tx, { type: 'DECLARED_FACTS_RECORDED', subject: input.uscc, payload: { fiscalYear: input.fiscalYear, version, changedFields } }, actorUserId, at);
  return { declared: toDeclared(row!), changedFields, isChanged: true };
}
