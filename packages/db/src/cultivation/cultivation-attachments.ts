import type { Queryable } from '../database';
import { appendAuditEvent } from '../audit/append-audit-event';
import type { CultivationAttachmentInfo } from './cultivation-records';

/** Stores an uploaded application file (the application names it by id afterwards), audited. */
export async function insertCultivationAttachment(tx: Queryable, a: CultivationAttachmentInfo & { content: Buffer; actorUserId: string; at?: Date }): Promise<void> {
  const at = a.at ?? new Date();
  await tx.query(
    `INSERT INTO cultivation_attachments (attachment_id, uscc, uploader_id, kind, name, media_type, size_bytes, sha256, content, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9,$10)`,
    [a.id, a.uscc, a.uploaderId, a.kind, a.name, a.mediaType, a.sizeBytes, a.sha256, a.content, at.toISOString()],
  );
  await appendAuditEvent(tx, { type: 'CULTIVATION_ATTACHMENT_UPLOADED', subject: a.id, payload: { uscc: a.uscc, kind: a.kind, bytes: a.sizeBytes, sha256: a.sha256 } }, a.actorUserId, at);
}

export async function findCultivationAttachments(q: Queryable, ids: readonly string[]): Promise<CultivationAttachmentInfo[]> {
  if (ids.length === 0) return [];
  const rows = await q.query<{ attachment_id: string; uscc: string; uploader_id: string; kind: string; name: string; media_type: string; size_bytes: number; sha256: string }>(
    'SELECT attachment_id, uscc, uploader_id, kind, name, media_type, size_bytes, sha256 FROM cultivation_attachments WHERE attachment_id = ANY ($1::text[])',
    [ids],
  );
  return rows.map((r) => ({ id: r.attachment_id, uscc: r.uscc, uploaderId: r.uploader_id, kind: r.kind, name: r.name, mediaType: r.media_type, sizeBytes: Number(r.size_bytes), sha256: r.sha256 }));
}

export async function readCultivationAttachmentContent(q: Queryable, id: string): Promise<Buffer | null> {
  const [r] = await q.query<{ content: Uint8Array }>('SELECT content FROM cultivation_attachments WHERE attachment_id = $1', [id]);
  return r ? Buffer.from(r.content) : null;
}
