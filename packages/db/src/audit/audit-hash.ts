import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';

export const GENESIS_HASH = '0'.repeat(64);

export interface HashedContent {
  seq: number;
  type: string;
  occurredAt: string;
  actorUserId: string | null;
  subject: string | null;
  payload: unknown;
}

/** sha256 over the previous hash and the canonical JSON of the row's content. */
export function auditHash(prevHash: string, content: HashedContent): string {
  const body = canonicalJson({
    seq: content.seq,
    type: content.type,
    occurredAt: content.occurredAt,
    actorUserId: content.actorUserId,
    subject: content.subject,
    payload: content.payload,
  });
  return createHash('sha256').update(`${prevHash}\n${body}`).digest('hex');
}
