import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findAppealAttachment, findAppealCaseById, insertAppealAttachment, readAppealAttachmentContent } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canActOnAppeals, canReadAppeals } from './appeals-policy';
import { loadVisibleCase } from './appeals-service';
import { ATTACHMENT_TYPES, attachmentDisposition, detectAttachmentKind, MAX_ATTACHMENT_BYTES, safeFileName } from './attachment-type';
import { readOneUpload } from '../hardening/read-one-upload';
import { fileAnswer } from '../schemas/common';

const AttachmentInfo = z.object({ id: z.string(), name: z.string(), mediaType: z.string(), sizeBytes: z.number(), sha256: z.string() });

/**
 * Attachments: uploaded first (multipart, field `file`, at most 10 MiB, PDF/PNG/JPEG/DOCX/XLSX by
 * content), then named by id in a submission or an action. Downloads are always
 * `Content-Disposition: attachment` with `X-Content-Type-Options: nosniff`, for the uploader and
 * for whoever may see the case the file belongs to.
 */
export async function registerAppealAttachmentRoutes(app: FastifyInstance, { db }: ApiDeps): Promise<void> {
  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 } });
    const r = scope.withTypeProvider<ZodTypeProvider>();

    r.post('/api/appeals/attachments', {
      schema: {
        tags: ['appeals'],
        summary: '上传附件 Upload one attachment (multipart/form-data, field file; ≤ 10 MiB; PDF, PNG, JPEG, DOCX, XLSX recognised by content). Returns the id to name in a submission or action.',
        response: { 201: AttachmentInfo },
      },
    }, async (request, reply) => {
      const { user } = requirePrincipal(request.principal);
      enforce(canActOnAppeals(user));
      const file = await readOneUpload(request, { missing: () => new AppError('APPEAL_ATTACHMENT_MISSING'), tooLarge: () => new AppError('APPEAL_ATTACHMENT_TOO_LARGE') });
      const content = file.content;
      if (content.byteLength === 0) throw new AppError('APPEAL_ATTACHMENT_MISSING', { message: { zh: '文件为空', en: 'The file is empty' } });
      const kind = detectAttachmentKind(content);
      if (!kind) throw new AppError('APPEAL_ATTACHMENT_TYPE_NOT_ALLOWED', { details: { declaredType: file.mimetype } });
      const sha256 = createHash('sha256').update(content).digest('hex');
      const name = safeFileName(file.filename, kind);
      const id = `att-${randomUUID()}`;
      await db.transaction((tx) =>
        insertAppealAttachment(tx, { id, caseId: null, uploadedBy: user.id, fileName: name, mediaType: ATTACHMENT_TYPES[kind].mediaType, sizeBytes: content.byteLength, sha256, content, auditUserId: user.id }),
      );
      reply.status(201);
      return { id, name, mediaType: ATTACHMENT_TYPES[kind].mediaType, sizeBytes: content.byteLength, sha256 };
    });

    r.get('/api/appeals/attachments/:id', {
      schema: {
        tags: ['appeals'],
        summary: '下载附件 Download an attachment (the uploader, or whoever may see its case); always served as a download, never rendered',
        params: z.object({ id: z.string().regex(/^att-[0-9a-f-]{36}$/).or(z.string().min(1).max(100)) }),
        response: { 200: fileAnswer(Object.values(ATTACHMENT_TYPES).map((t) => t.mediaType), '附件 The file as uploaded') },
      },
    }, async (request, reply) => {
      const { user } = requirePrincipal(request.principal);
      enforce(canReadAppeals(user));
      const info = await findAppealAttachment(db, request.params.id);
      if (!info) throw new AppError('APPEAL_ATTACHMENT_NOT_FOUND');
      if (info.uploadedBy !== user.id) {
        const row = info.caseId ? await findAppealCaseById(db, info.caseId) : null;
        if (!row) throw new AppError('APPEAL_ATTACHMENT_NOT_FOUND');
        try {
          await loadVisibleCase(db, user, row.trackingNumber);
        } catch {
          throw new AppError('APPEAL_ATTACHMENT_NOT_FOUND');
        }
      }
      const content = await readAppealAttachmentContent(db, info.id);
      if (!content) throw new AppError('APPEAL_ATTACHMENT_NOT_FOUND');
      return reply
        .header('Content-Type', info.mediaType)
        .header('Content-Disposition', attachmentDisposition(info.fileName))
        .header('X-Content-Type-Options', 'nosniff')
        .header('Content-Security-Policy', "default-src 'none'; sandbox")
        .header('Cache-Control', 'private, no-store')
        .send(Buffer.from(content) as never);
    });
  });
}
