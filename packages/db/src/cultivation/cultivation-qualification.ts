import { createHash, randomUUID } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { recordIntakeBatch } from '../intake/intake-batches';
import { mergeDepartmentFacts } from '../intake/department-facts';

export interface RecognisedQualification {
  applicationId: string;
  uscc: string;
  /** The qualification tag (INNOVATIVE_SME, SPECIALIZED, LITTLE_GIANT). */
  tag: string;
  certificateNumber: string;
  validFrom: string;
  validUntil: string;
  /** The issuing department's name as on the certificate. */
  issuer: string;
  departmentId: string | null;
  actorUserId: string;
  /** Distinguishes several writes for one application (recognition, renewal, revocation). */
  step: number;
}

/**
 * Sets the enterprise's qualification from a recognition (or its renewal or revocation) through the
 * one path certificates feed the rules by: a QUALIFICATIONS intake batch of the recognising
 * department (channel CONSOLE, one row) merged into `department_facts` with the certificate's number,
 * validity and issuer. The rules' `tags` fact then holds the tag exactly on the days the certificate
 * is valid (api/rules/department-facts-for-rules.ts), and 数据来源 names the department.
 * Call in the transaction that records the action.
 */
export async function recordRecognisedQualification(tx: Queryable, q: RecognisedQualification, at: Date = new Date()): Promise<{ batchId: string }> {
  const value = { certificateNumber: q.certificateNumber, validFrom: q.validFrom, validUntil: q.validUntil, issuer: q.issuer };
  const batchId = `ib-${randomUUID()}`;
  const merged = await mergeDepartmentFacts(tx, 'QUALIFICATIONS', [{ uscc: q.uscc, period: q.tag, value }], batchId, at);
  await recordIntakeBatch(tx, {
    id: batchId, departmentId: q.departmentId, kind: 'QUALIFICATIONS', batchKey: `cultivation:${q.applicationId}:${q.step}`, channel: 'CONSOLE', fileName: null,
    contentSha256: createHash('sha256').update(JSON.stringify({ uscc: q.uscc, qualification: q.tag, ...value })).digest('hex'),
    receivedAt: at.toISOString(), actorUserId: q.actorUserId, tokenId: null, acceptValid: false, status: 'APPLIED', rowCount: 1,
    inserted: merged.inserted, updated: merged.updated, unchanged: 1 - merged.inserted - merged.updated, rejected: 0,
    header: ['uscc', 'qualification', 'certificate_number', 'valid_from', 'valid_until', 'issuer'], errors: [], rejectedRows: [],
  });
  await appendAuditEvent(tx, { type: 'CULTIVATION_QUALIFICATION_SET', subject: q.uscc, payload: { applicationId: q.applicationId, tag: q.tag, certificateNumber: q.certificateNumber, validFrom: q.validFrom, validUntil: q.validUntil, batchId } }, q.actorUserId, at);
  return { batchId };
}
