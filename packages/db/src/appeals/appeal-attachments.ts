import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import { auditPseudonym } from '../audit/audit-pseudonym';

export interface AppealAttachmentInfo {
  id: string;
  caseId: string | null;
  uploadedBy: string;
  fileName: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
  uploadedAt: string;
}

interface AttachmentRowDb {
  id: string;
  case_id: string | null;
  uploaded_by: string;
  file_name: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  uploaded_at: string;
}

const toInfo = (r: AttachmentRowDb): AppealAttachmentInfo => ({
  id: r.id, caseId: r.case_id, uploadedBy: r.uploaded_by, fileName: r.file_name, mediaType: r.media_type, sizeBytes: r.size_bytes, sha256: r.sha256, uploadedAt: r.uploaded_at,
});

/** Stores an already checked file (type by magic bytes, size) with its audit event. Call inside a transaction. */
export async function insertAppealAttachment(
  tx: Queryable,
  input: Omit<AppealAttachmentInfo, 'uploadedAt'> & { content: Uint8Array; auditUserId: string | null },
  at = new Date(),
): Promise<AppealAttachmentInfo> {
  const [row] = await tx.query<AttachmentRowDb>(
    `INSERT INTO appeal_attachments (id, case_id, uploaded_by, file_name, media_type, size_bytes, sha256, content, uploaded_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
     RETURNING id, case_id, uploaded_by, file_name, media_type, size_bytes, sha256, uploaded_at`,
    [input.id, input.caseId, input.uploadedBy, input.fileName, input.mediaType, input.sizeBytes, input.sha256, input.content, at.toISOString()],
  );
  // An upload may belong to an anonymous case that does not exist yet: the log names the uploader
  // by a pseudonym of the attachment (the case's own events name its actors).
  const actor = input.auditUserId === null ? null : await auditPseudonym(tx, input.id, input.auditUserId);
  await appendAuditEvent(tx, { type: 'APPEAL_ATTACHMENT_UPLOADED', subject: input.id, payload: { mediaType: input.mediaType, sizeBytes: input.sizeBytes, sha256: input.sha256 } }, actor, at);
  return toInfo(row!);
}

export async function findAppealAttachment(q: Queryable, id: string): Promise<AppealAttachmentInfo | null> {
  const [row] = await q.query<AttachmentRowDb>('SELECT id, case_id, uploaded_by, file_name, media_type, size_bytes, sha256, uploaded_at FROM appeal_attachments WHERE id = $1', [id]);
  return row ? toInfo(row) : null;
}

export async function readAppealAttachmentContent(q: Queryable, id: string): Promise<Uint8Array | null> {
  const [row] = await q.query<{ content: Uint8Array }>('SELECT content FROM appeal_attachments WHERE id = $1', [id]);
  return row ? row.content : null;
}

/**
 * Links uploaded attachments to a case (when the submission or action naming them is stored).
 * Only files uploaded by `uploadedBy` and not yet linked elsewhere are linked; returns the linked ids.
 */
export async function linkAppealAttachments(tx: Queryable, caseId: string, ids: readonly string[], uploadedBy: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx.query<{ id: string }>(
    `UPDATE appeal_attachments SET case_id = $1 WHERE id = ANY($2::text[]) AND uploaded_by = $3 AND (case_id IS NULL OR case_id = $1) RETURNING id`,
    [caseId, [...ids], uploadedBy],
  );
  return rows.map((r) => r.id);
}
