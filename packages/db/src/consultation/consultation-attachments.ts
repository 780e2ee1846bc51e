import type { Queryable } from '../database';

export interface ConsultationAttachmentInfo {
  id: string;
  consultationId: string;
  uploaderId: string;
  name: string;
  mediaType: string;
  sizeBytes: number;
  sha256: string;
}

/** Stores an uploaded attachment's bytes (the comment names it by id afterwards). */
export async function insertConsultationAttachment(q: Queryable, a: ConsultationAttachmentInfo & { content: Buffer; at?: Date }): Promise<void> {
  await q.query(
    `INSERT INTO consultation_attachments (attachment_id, consultation_id, uploader_id, name, media_type, size_bytes, sha256, content, created_at)
     VALUES ($1,$2,$3,$4,$5,$6,$7,$8,$9)`,
    [a.id, a.consultationId, a.uploaderId, a.name, a.mediaType, a.sizeBytes, a.sha256, a.content, (a.at ?? new Date()).toISOString()],
  );
}

export async function findConsultationAttachment(q: Queryable, id: string): Promise<ConsultationAttachmentInfo | null> {
  const [r] = await q.query<{ attachment_id: string; consultation_id: string; uploader_id: string; name: string; media_type: string; size_bytes: number; sha256: string }>(
    'SELECT attachment_id, consultation_id, uploader_id, name, media_type, size_bytes, sha256 FROM consultation_attachments WHERE attachment_id = $1',
    [id],
  );
  return r ? { id: r.attachment_id, consultationId: r.consultation_id, uploaderId: r.uploader_id, name: r.name, mediaType: r.media_type, sizeBytes: Number(r.size_bytes), sha256: r.sha256 } : null;
}

export async function readConsultationAttachmentContent(q: Queryable, id: string): Promise<Buffer | null> {
  const [r] = await q.query<{ content: Uint8Array }>('SELECT content FROM consultation_attachments WHERE attachment_id = $1', [id]);
  return r ? Buffer.from(r.content) : null;
}
