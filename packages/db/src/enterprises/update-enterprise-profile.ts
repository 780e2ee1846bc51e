import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { EnterpriseProfileFields } from './enterprise-types';
import { appendProfileVersion, normaliseTags, PROFILE_COLUMNS, PROFILE_KEYS, profileValues } from './enterprise-columns';
import type { UpdateOutcome } from './update-outcome';

/**
 * Applies a partial profile change: a new version row (append-only) plus the current row, and the
 * audit event, all in the caller's transaction. A change that changes nothing writes nothing.
 */
export async function updateEnterpriseProfile(tx: Queryable, uscc: string, patch: Partial<EnterpriseProfileFields>, actorUserId: string | null, at = new Date()): Promise<UpdateOutcome> {
  const [row] = await tx.query<Record<string, unknown> & { version: number }>(
    `SELECT name, registered_address, district, industry_code, registration_date, taxpayer_type, is_individual_business, tags, version
     FROM enterprises WHERE uscc = $1 FOR UPDATE`,
    [uscc],
  );
  if (!row) return { status: 'NOT_FOUND' };
  const current = Object.fromEntries(PROFILE_KEYS.map((k) => [k, row[PROFILE_COLUMNS[k]]])) as unknown as EnterpriseProfileFields;
  const next: EnterpriseProfileFields = { ...current, ...stripUndefined(patch) };
  next.tags = normaliseTags(next.tags);
  const changed = PROFILE_KEYS.filter((k) => JSON.stringify(next[k]) !== JSON.stringify(k === 'tags' ? normaliseTags(current.tags) : current[k]));
  if (changed.length === 0) return { status: 'UNCHANGED', version: row.version };
  const version = row.version + 1;
  const ts = at.toISOString();
  await tx.query(
    `UPDATE enterprises SET name = $2, registered_address = $3, district = $4, industry_code = $5, registration_date = $6,
       taxpayer_type = $7, is_individual_business = $8, tags = $9, version = $10, updated_at = $11, updated_by = $12
     WHERE uscc = $1`,
    [uscc, ...profileValues(next), version, ts, actorUserId],
  );
  await appendProfileVersion(tx, uscc, version, next, 'UPDATED', changed, actorUserId, ts);
  await appendAuditEvent(tx, { type: 'ENTERPRISE_PROFILE_UPDATED', subject: uscc, payload: { version, changedFields: changed } }, actorUserId, at);
  return { status: 'UPDATED', version, changedFields: changed };
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
