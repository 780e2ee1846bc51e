import { createHash } from 'node:crypto';
import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';

export interface BenefitAttachmentInfo {
  id: string;
  caseId: string;
  fileName: string;
  contentType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

/** Stores checked bytes (the caller verified type and size); returns the info. */
export async function insertBenefitAttachment(
  tx: Queryable, a: { id: string; caseId: string; fileName: string; contentType: string; content: Uint8Array }, actorUserId: string | null, at = new Date(),
): Promise<BenefitAttachmentInfo> {
  const sha256 = createHash('sha256').update(a.content).digest('hex');
  await tx.query(
    `INSERT INTO benefit_attachments (id, case_id, file_name, content_type, size_bytes, sha256, content, uploaded_by, uploaded_at) VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [a.id, a.caseId, a.fileName, a.contentType, a.content.length, sha256, Buffer.from(a.content), actorUserId, at.toISOString()],
  );
  await appendAuditEvent(tx, { type: 'BENEFIT_ATTACHMENT_UPLOADED', subject: a.id, payload: { caseId: a.caseId, contentType: a.contentType, sizeBytes: a.content.length, sha256 } }, actorUserId, at);
  return { id: a.id, caseId: a.caseId, fileName: a.fileName, contentType: a.contentType, sizeBytes: a.content.length, sha256, uploadedAt: at.toISOString() };
}

export async function listBenefitAttachments(q: Queryable, caseId: string): Promise<BenefitAttachmentInfo[]> {
  return q.query(
    `SELECT id, case_id AS "caseId", file_name AS "fileName", content_type AS "contentType", size_bytes AS "sizeBytes", sha256, uploaded_at AS "uploadedAt"
     FROM benefit_attachments WHERE case_id = $1 ORDER BY uploaded_at, id`, [caseId]);
}

export async function countBenefitAttachments(q: Queryable, caseId: string): Promise<number> {
  const [r] = await q.query<{ n: number }>('SELECT count(*) AS n FROM benefit_attachments WHERE case_id = $1', [caseId]);
  return r?.n ?? 0;
}

export async function readBenefitAttachment(q: Queryable, caseId: string, id: string): Promise<(BenefitAttachmentInfo & { content: Uint8Array }) | null> {
  const [r] = await q.query<Record<string, unknown>>('SELECT * FROM benefit_attachments WHERE case_id = $1 AND id = $2', [caseId, id]);
  if (!r) return null;
  return {
    id: r.id as string, caseId: r.case_id as string, fileName: r.file_name as string, contentType: r.content_type as string, sizeBytes: r.size_bytes as number,
    sha256: r.sha256 as string, uploadedAt: r.uploaded_at as string, content: new Uint8Array(r.content as Uint8Array),
  };
}
