import type { Queryable } from '../database';
import { auditHash, GENESIS_HASH } from './audit-hash';

export type AuditChainProblem =
  | 'HASH_MISMATCH' // the row's content no longer matches its stored hash
  | 'PREV_HASH_MISMATCH' // the row does not link to the previous row
  | 'MISSING_ROW' // a sequence number is missing (a row was deleted)
  | 'HEAD_MISMATCH'; // the chain head points past the last row (the tail was deleted) or elsewhere

export interface AuditChainReport {
  ok: boolean;
  /** Rows checked. */
  checked: number;
  lastSeq: number;
  /** The first bad sequence number, when broken. */
  firstBadSeq?: number;
  problem?: AuditChainProblem;
  message?: { zh: string; en: string };
}

interface Row {
  seq: number;
  type: string;
  occurred_at: string;
  actor_user_id: string | null;
  subject: string | null;
  payload: unknown;
  prev_hash: string;
  hash: string;
}

const BATCH = 2000;

/** Walks the whole chain in sequence order and names the first row that fails. */
export async function verifyAuditChain(db: Queryable): Promise<AuditChainReport> {
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let checked = 0;
  for (;;) {
    const rows = await db.query<Row>(
      `SELECT seq, type, occurred_at, actor_user_id, subject, payload, prev_hash, hash
       FROM audit_events WHERE seq >= $1 ORDER BY seq LIMIT ${BATCH}`,
      [expectedSeq],
    );
    for (const row of rows) {
      if (row.seq !== expectedSeq) return broken(expectedSeq, 'MISSING_ROW', checked);
      if (row.prev_hash !== prevHash) return broken(row.seq, 'PREV_HASH_MISMATCH', checked);
      const hash = auditHash(prevHash, {
        seq: row.seq,
        type: row.type,
        occurredAt: row.occurred_at,
        actorUserId: row.actor_user_id,
        subject: row.subject,
        payload: row.payload,
      });
      if (hash !== row.hash) return broken(row.seq, 'HASH_MISMATCH', checked);
      prevHash = row.hash;
      expectedSeq++;
      checked++;
    }
    if (rows.length < BATCH) break;
  }
  const [head] = await db.query<{ seq: number; hash: string }>('SELECT seq, hash FROM audit_chain_head WHERE id = 1');
  const lastSeq = expectedSeq - 1;
  if (!head || head.seq !== lastSeq || head.hash !== prevHash) {
    return broken(head && head.seq > lastSeq ? lastSeq + 1 : lastSeq, 'HEAD_MISMATCH', checked);
  }
  return { ok: true, checked, lastSeq };
}

const MESSAGES: Record<AuditChainProblem, (seq: number) => { zh: string; en: string }> = {
  HASH_MISMATCH: (s) => ({ zh: `审计日志第 ${s} 条内容已被篡改（哈希不符）`, en: `audit event ${s} was altered (hash mismatch)` }),
  PREV_HASH_MISMATCH: (s) => ({ zh: `审计日志第 ${s} 条与前一条链接断开`, en: `audit event ${s} does not link to the previous event` }),
  MISSING_ROW: (s) => ({ zh: `审计日志第 ${s} 条缺失（已被删除）`, en: `audit event ${s} is missing (deleted)` }),
  HEAD_MISMATCH: (s) => ({ zh: `审计日志链尾不符：第 ${s} 条缺失或链头被改动`, en: `audit chain head mismatch: event ${s} is missing or the head was altered` }),
};

function broken(seq: number, problem: AuditChainProblem, checked: number): AuditChainReport {
  return { ok: false, checked, lastSeq: seq - 1, firstBadSeq: seq, problem, message: MESSAGES[problem](seq) };
}
