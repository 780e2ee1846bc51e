import type { Database, Queryable } from '../database';
import type { SuppressionReason } from './delivery-types';
import { nextDeliveryAttempt } from './retry-policy';

/** Which claim a settlement is for: only the current claim's holder may settle a row. */
export interface DeliveryClaim {
  id: number;
  claimToken: string;
}

const RELEASE = 'claim_token = NULL, claimed_until = NULL';
const CLAIMED = "id = $1 AND claim_token = $2 AND status = 'PENDING'";

/** The receiver accepted the message: SENT (once — a stale claim changes nothing and gets false). */
export async function recordDeliverySent(
  db: Queryable, claim: DeliveryClaim, sent: { receipt: string | null; messageText: string }, at: Date = new Date(),
): Promise<boolean> {
  const rows = await db.query(
    `UPDATE notice_deliveries SET status = 'SENT', attempts = attempts + 1, sent_at = $3, receipt = $4, message_text = $5,
       next_attempt_at = NULL, updated_at = $3, ${RELEASE}
     WHERE ${CLAIMED} RETURNING id`,
    [claim.id, claim.claimToken, at.toISOString(), sent.receipt, sent.messageText],
  );
  return rows.length === 1;
}

export type FailureOutcome = 'RETRY' | 'FAILED' | 'STALE_CLAIM';

/**
 * A failed attempt: with `permanent` (the receiver refused the message, 4xx) or on the last attempt
 * the row is FAILED; otherwise it waits its backoff (1 min, 5 min, 30 min, 2 h).
 */
export async function recordDeliveryFailure(
  db: Database, claim: DeliveryClaim, failure: { error: string; permanent: boolean; messageText: string }, at: Date = new Date(),
): Promise<FailureOutcome> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ attempts: number }>(`SELECT attempts FROM notice_deliveries WHERE ${CLAIMED} FOR UPDATE`, [claim.id, claim.claimToken]);
    if (!row) return 'STALE_CLAIM';
    const attempts = row.attempts + 1;
    const next = failure.permanent ? null : nextDeliveryAttempt(attempts, at);
    await tx.query(
      `UPDATE notice_deliveries SET status = $3, attempts = $4, next_attempt_at = $5, last_error = $6, message_text = $7, updated_at = $8, ${RELEASE}
       WHERE id = $1 AND claim_token = $2`,
      [claim.id, claim.claimToken, next ? 'PENDING' : 'FAILED', attempts, next?.toISOString() ?? null, failure.error.slice(0, 1000), failure.messageText, at.toISOString()],
    );
    return next ? 'RETRY' : 'FAILED';
  });
}

/** Not sent and never will be (e.g. the channel's gateway is no longer configured): SUPPRESSED with the reason. */
export async function suppressDelivery(db: Queryable, claim: DeliveryClaim, reason: SuppressionReason, at: Date = new Date()): Promise<boolean> {
  const rows = await db.query(
    `UPDATE notice_deliveries SET status = 'SUPPRESSED', reason = $3, next_attempt_at = NULL, updated_at = $4, ${RELEASE} WHERE ${CLAIMED} RETURNING id`,
    [claim.id, claim.claimToken, reason, at.toISOString()],
  );
  return rows.length === 1;
}

/** Not now (the enterprise's quiet hours): back to PENDING until `until`, without counting an attempt. */
export async function deferDelivery(db: Queryable, claim: DeliveryClaim, until: Date, at: Date = new Date()): Promise<boolean> {
  const rows = await db.query(
    `UPDATE notice_deliveries SET next_attempt_at = $3, updated_at = $4, ${RELEASE} WHERE ${CLAIMED} RETURNING id`,
    [claim.id, claim.claimToken, until.toISOString(), at.toISOString()],
  );
  return rows.length === 1;
}
