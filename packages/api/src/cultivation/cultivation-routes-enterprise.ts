import { createHash, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import multipart from '@fastify/multipart';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findCultivationAttachments, findCultivationRound, getEnterprise, insertCultivationAttachment, liveCultivationApplicationIds, readCultivationAttachmentContent } from '@huiqi/db';
import { localDateOf } from '@huiqi/workflows';
import { plainDate } from '@huiqi/kernel';
import { ATTACHMENT_KINDS, summariseSelfAssessment, type ApplicationAttachment, type AttachmentKind, type CultivationTier, type RoundRules } from '@huiqi/workflows';
import { z } from 'zod';
import { ATTACHMENT_TYPES, MAX_ATTACHMENT_BYTES, attachmentDisposition, detectAttachmentKind, safeFileName } from '../appeals/attachment-type';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { requireEnterprise, requireReader } from './cultivation-actor';
import { beijingInstant } from './cultivation-clock';
import { mayRead, presentApplication } from './cultivation-presenter';
import { ApplicationBody, ApplicationView, AttachmentUploaded, IdParams, ReasonBody, SelfAssessmentQuery, SelfAssessmentView } from './cultivation-schemas';
import { selfAssessmentFor } from './cultivation-self-assessment';
import { actOnApplication, loadApplication, submitApplication } from './cultivation-service';
import { readOneUpload } from '../hardening/read-one-upload';
import { fileAnswer } from '../schemas/common';

const tags = ['cultivation'];
const todayBeijing = () => localDateOf(beijingInstant());

/** The enterprise's side: self-assessment, files, the application, withdrawal and 复核. */
export async function registerCultivationEnterpriseRoutes(app: FastifyInstance, { db }: ApiDeps): Promise<void> {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/cultivation/self-assessment', { schema: { tags, summary: '梯度培育自评 Self-assessment for a tier: the criteria in force on the date, article by article, with what is missing', querystring: SelfAssessmentQuery , response: { 200: SelfAssessmentView } } }, async (request) => {
    const { user, uscc } = requireEnterprise(request);
    return selfAssessmentFor(db, user, uscc, request.query.tier, request.query.date ? plainDate(request.query.date) : todayBeijing());
  });

  r.post('/api/cultivation/applications', { schema: { tags, summary: '提交认定申报 Apply in a round, with the self-assessment and the uploaded attachments', body: ApplicationBody, response: { 201: ApplicationView } } }, async (request, reply) => {
    const { user, uscc, actor } = requireEnterprise(request);
    const round = await findCultivationRound(db, request.body.roundId);
    if (!round) throw new AppError('CULTIVATION_ROUND_NOT_FOUND');
    const enterprise = await getEnterprise(db, uscc);
    if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND');
    const files = await findCultivationAttachments(db, request.body.attachmentIds);
    if (files.length !== new Set(request.body.attachmentIds).size || files.some((f) => f.uscc !== uscc)) {
      throw new AppError('CULTIVATION_ATTACHMENT_NOT_FOUND', { details: { field: 'attachmentIds' } });
    }
    const tier = round.tier as CultivationTier;
    const assessment = await selfAssessmentFor(db, user, uscc, tier, todayBeijing());
    const rules: RoundRules = {
      roundId: round.roundId, tier, year: round.year, deadline: plainDate(round.deadline), requiredAttachments: round.requiredAttachments as AttachmentKind[],
      publicityWorkingDays: round.publicityWorkingDays, passMark: round.passMark, aggregation: round.aggregation as RoundRules['aggregation'], expertsPerApplication: round.expertsPerApplication,
    };
    const attachments: ApplicationAttachment[] = files.map((f) => ({ id: f.id, kind: f.kind as AttachmentKind, name: f.name, mediaType: f.mediaType, bytes: f.sizeBytes }));
    const c = await submitApplication(db, user, actor, {
      applicationId: `ca-${randomUUID()}`, uscc, enterpriseName: enterprise.name, district: enterprise.district,
      field: (enterprise.industryCode ?? '').slice(0, 1), round: rules, selfAssessment: summariseSelfAssessment(assessment), attachments,
    }, await liveCultivationApplicationIds(db, round.roundId, uscc));
    reply.status(201);
    return presentApplication(c, actor);
  });

  r.post('/api/cultivation/applications/:id/withdraw', { schema: { tags, summary: '撤回申报 Withdraw an application before the city review', params: IdParams, body: ReasonBody, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = requireEnterprise(request);
    const { application } = await loadApplication(db, request.params.id);
    if (!mayRead(application, actor)) throw new AppError('CULTIVATION_NOT_FOUND');
    return presentApplication(await actOnApplication(db, request.params.id, 'WITHDRAWN', user, actor, { reason: request.body.reason.trim() }), actor);
  });

  r.post('/api/cultivation/applications/:id/re-review', { schema: { tags, summary: '申请复核 Ask for re-review before the recognition expires (with a fresh self-assessment)', params: IdParams, response: { 200: ApplicationView } } }, async (request) => {
    const { user, uscc, actor } = requireEnterprise(request);
    const { application } = await loadApplication(db, request.params.id);
    if (!mayRead(application, actor)) throw new AppError('CULTIVATION_NOT_FOUND');
    const assessment = await selfAssessmentFor(db, user, uscc, application.tier, todayBeijing());
    return presentApplication(await actOnApplication(db, request.params.id, 'RE_REVIEW_REQUESTED', user, actor, { selfAssessment: summariseSelfAssessment(assessment) }), actor);
  });

  await app.register(async (scope) => {
    await scope.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 2, parts: 3 } });
    const s = scope.withTypeProvider<ZodTypeProvider>();
    const tooLarge = () => new AppError('CULTIVATION_ATTACHMENT_TOO_LARGE', { message: { zh: `申报材料不能超过 ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB`, en: `an attachment may be at most ${MAX_ATTACHMENT_BYTES / 1024 / 1024} MB` } });

    s.post('/api/cultivation/attachments', { schema: { tags, summary: '上传申报材料 Upload one application file (multipart field file; PDF, Word, PNG, JPEG by content; ≤ 10 MB)', querystring: z.object({ kind: z.enum(ATTACHMENT_KINDS) }), response: { 201: AttachmentUploaded } } }, async (request, reply) => {
      const { user, uscc } = requireEnterprise(request);
      const file = await readOneUpload(request, { missing: () => new AppError('CULTIVATION_PAYLOAD_INVALID', { message: { zh: '请以 multipart/form-data 上传一个文件（字段 file）', en: 'Upload one file as multipart/form-data (field file)' } }), tooLarge });
      const content = file.content;
      const type = content.byteLength > 0 ? detectAttachmentKind(content) : null;
      if (!type) throw new AppError('CULTIVATION_ATTACHMENT_TYPE', { details: { declaredType: file.mimetype } });
      const id = `catt-${randomUUID()}`;
      const info = { id, uscc, uploaderId: user.id, kind: request.query.kind, name: safeFileName(file.filename, type), mediaType: ATTACHMENT_TYPES[type].mediaType, sizeBytes: content.byteLength, sha256: createHash('sha256').update(content).digest('hex') };
      await db.transaction((tx) => insertCultivationAttachment(tx, { ...info, content, actorUserId: user.id }));
      reply.status(201);
      return { id, kind: info.kind, name: info.name, mediaType: info.mediaType, bytes: info.sizeBytes };
    });

    s.get('/api/cultivation/attachments/:attachmentId', { schema: { tags, summary: '下载申报材料 Download an application file (its enterprise, the district, the city)', params: z.object({ attachmentId: z.string().min(1).max(100) }), response: { 200: fileAnswer('application/octet-stream', '申报材料 The file as uploaded') } } }, async (request, reply) => {
      const { actor } = await requireReader(db, request);
      const [info] = await findCultivationAttachments(db, [request.params.attachmentId]);
      const [e] = info ? await db.query<{ district: string }>('SELECT district FROM enterprises WHERE uscc = $1', [info.uscc]) : [];
      if (!info || !e || !mayRead({ uscc: info.uscc, district: e.district }, actor)) throw new AppError('CULTIVATION_ATTACHMENT_NOT_FOUND');
      const content = await readCultivationAttachmentContent(db, info.id);
      return reply.header('content-type', info.mediaType).header('content-disposition', attachmentDisposition(info.name)).header('x-content-type-options', 'nosniff').send(content as never);
    });
  });
}
