import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findConsultationAttachment, insertConsultationAttachment, readConsultationAttachmentContent } from '@huiqi/db';
import { COMMENT_LIMITS } from '@huiqi/workflows';
import { z } from 'zod';
import { ATTACHMENT_TYPES, attachmentDisposition, detectAttachmentKind, safeFileName } from '../appeals/attachment-type';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { consultationActorOf } from './consultation-actor';
import { requireCommenter } from './consultation-guard';
import { viewerOf } from './consultation-presenter';
import { loadConsultation } from './consultation-service';
import { readOneUpload } from '../hardening/read-one-upload';
import { fileAnswer } from '../schemas/common';
import { UploadedAttachmentOutput } from './consultation-schemas';

const tags = ['consultation'];
const mb = COMMENT_LIMITS.maxAttachmentBytes / 1024 / 1024;
const tooLarge = () => new AppError('CONSULTATION_ATTACHMENT_TOO_LARGE', { message: { zh: `附件不能超过 ${mb} MB`, en: `an attachment may be at most ${mb} MB` }, details: { limit: COMMENT_LIMITS.maxAttachmentBytes } });

/**
 * A commenter uploads one file (multipart, field `file`; PDF, Word or PNG/JPEG recognised by content,
 * at most 10 MB) and names its id in the comment. Downloads — for the uploader and the owning
 * department — are always served as attachments, never rendered.
 */
export async function registerConsultationAttachmentRoutes(app: FastifyInstance, { db }: ApiDeps): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: COMMENT_LIMITS.maxAttachmentBytes, files: 1, fields: 2, parts: 3 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();
    const Params = z.object({ id: z.string().min(1).max(100) });

    r.post('/api/consultations/:id/attachments', { schema: { tags, summary: '上传意见附件 Upload one attachment for a comment (multipart field file; PDF, Word, PNG, JPEG; ≤ 10 MB)', params: Params, response: { 201: UploadedAttachmentOutput } } }, async (request, reply) => {
      const actor = await requireCommenter(db, request);
      await loadConsultation(db, request.params.id);
      const file = await readOneUpload(request, { missing: () => new AppError('CONSULTATION_PAYLOAD_INVALID', { message: { zh: '请以 multipart/form-data 上传一个文件（字段 file）', en: 'Upload one file as multipart/form-data (field file)' } }), tooLarge });
      const content = file.content;
      const kind = content.byteLength > 0 ? detectAttachmentKind(content) : null;
      const mediaType = kind ? ATTACHMENT_TYPES[kind].mediaType : null;
      if (!kind || !mediaType || !COMMENT_LIMITS.attachmentTypes.includes(mediaType)) {
        throw new AppError('CONSULTATION_ATTACHMENT_TYPE', { message: { zh: '附件只能是 PDF、Word 文档或 PNG/JPEG 图片（按文件内容识别）', en: 'an attachment must be a PDF, a Word document or a PNG/JPEG image (checked by content)' }, details: { declaredType: file.mimetype } });
      }
      const id = `catt-${randomUUID()}`;
      const name = safeFileName(file.filename, kind);
      await insertConsultationAttachment(db, { id, consultationId: request.params.id, uploaderId: `${actor.kind}:${actor.id}`, name, mediaType, sizeBytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex'), content });
      reply.status(201);
      return { id, name, mediaType, bytes: content.byteLength };
    });

    r.get('/api/consultations/:id/attachments/:attachmentId', { schema: { tags, summary: '下载意见附件 Download an attachment (its uploader or the owning department)', params: z.object({ id: z.string().min(1).max(100), attachmentId: z.string().min(1).max(100) }), response: { 200: fileAnswer('application/octet-stream', '附件 The attachment as uploaded (PDF, Word, PNG or JPEG)') } } }, async (request, reply) => {
      const actor = await consultationActorOf(db, request);
      if (!actor) throw new AppError(request.principal ? 'FORBIDDEN' : 'CONSULTATION_COMMENTER_REQUIRED');
      const { consultation } = await loadConsultation(db, request.params.id);
      const info = await findConsultationAttachment(db, request.params.attachmentId);
      const mayRead = info && info.consultationId === consultation.consultationId && (info.uploaderId === `${actor.kind}:${actor.id}` || viewerOf(consultation, actor).isOwner);
      if (!info || !mayRead) throw new AppError('CONSULTATION_COMMENT_NOT_FOUND', { message: { zh: '未找到该附件，或无权查看', en: 'No such attachment, or you may not see it' } });
      const content = await readConsultationAttachmentContent(db, info.id);
      return reply.header('content-type', info.mediaType).header('content-disposition', attachmentDisposition(info.name)).header('x-content-type-options', 'nosniff').send(content as never);
    });
  });
}

/** The attachment a comment names, checked: uploaded by this commenter for this consultation. */
export async function attachmentForComment(db: ApiDeps['db'], consultationId: string, actorKey: string, attachmentId: string | null | undefined) {
  if (!attachmentId) return null;
  const info = await findConsultationAttachment(db, attachmentId);
  if (!info || info.consultationId !== consultationId || info.uploaderId !== actorKey) {
    throw new AppError('CONSULTATION_PAYLOAD_INVALID', { message: { zh: '附件不存在或不是您为本次征求意见上传的', en: 'The attachment does not exist or was not uploaded by you for this consultation' }, details: { field: 'attachmentId' } });
  }
  return { id: info.id, name: info.name, mediaType: info.mediaType, bytes: info.sizeBytes };
}
