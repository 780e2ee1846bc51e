import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { EnterpriseProfileFields } from './enterprise-types';
import { appendProfileVersion, PROFILE_KEYS, profileValues } from './enterprise-columns';

/** Registers a new enterprise (version 1). Throws on a duplicate uscc. */
export async function createEnterprise(tx: Queryable, uscc: string, profile: EnterpriseProfileFields, actorUserId: string | null, at = new Date()): Promise<void> {
  const ts = at.toISOString();
  await tx.query(
    `INSERT INTO enterprises (uscc, name, registered_address, district, industry_code, registration_date, taxpayer_type,
       is_individual_business, tags, version, updated_at, updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 1, $10, $11)`,
    [uscc, ...profileValues(profile), ts, actorUserId],
  );
  await appendProfileVersion(tx, uscc, 1, profile, 'CREATED', PROFILE_KEYS, actorUserId, ts);
  await appendAuditEvent(tx, { type: 'ENTERPRISE_CREATED', subject: uscc, payload: { name: profile.name, district: profile.district, version: 1 } }, actorUserId, at);
}
