import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countBenefitAttachments, findBenefitCase, insertBenefitAttachment, loadBenefitCase, readBenefitAttachment } from '@huiqi/db';
import { ATTACHMENTS_PER_APPLICATION, checkAttachment } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { deny, enforce } from '../policies/decision';
import { Bilingual, fileAnswer } from '../schemas/common';
import { Account, CaseIdParam } from './benefits-applications';
import { actorOn, benefitViewer, canReadCase } from './benefits-access';
import { presentCase } from './benefits-present';
import { actOnCase } from './benefits-service';
import { BENEFIT_CASE_ACTIONS, BenefitAttachment, BenefitCaseDetail } from './benefits-schemas';

const ACTIONS = BENEFIT_CASE_ACTIONS;

export function registerActionRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/benefits/applications/:id/actions', {
    schema: {
      tags: ['benefits'],
      summary: '办理 One action on a case through the transition table: 受理, 补正 (clock stops), approve with the rule-computed amount (override: reason + second reviewer; refused with the figures past the fund budget or the per-enterprise cap, or for an expense already funded), reject with reason and article, withdraw, 免申即享 confirm/decline',
      params: z.object({ id: CaseIdParam }),
      body: z.object({
        action: z.enum(ACTIONS),
        note: z.string().trim().max(2000).nullish(),
        reason: Bilingual.nullish(),
        article: z.string().trim().max(200).nullish(),
        amountFen: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).nullish(),
        overrideReason: z.string().trim().max(500).nullish(),
        account: Account.nullish(),
      }),
      response: { 200: BenefitCaseDetail },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    if (user.role === 'FINANCIAL_INSTITUTION' || user.role === 'AUDITOR') enforce(deny('只读或无关角色不能办理申报', 'This role cannot act on applications'));
    const v = await benefitViewer(db, user);
    const existing = await findBenefitCase(db, request.params.id);
    if (!existing) throw new AppError('BENEFIT_CASE_NOT_FOUND');
    enforce(canReadCase(v, existing));
    const row = await actOnCase(db, request.params.id, (c) => {
      const a = actorOn(v, c);
      return a && a.role !== 'FINANCE' ? a : null;
    }, request.body);
    const loaded = (await loadBenefitCase(db, row.id))!;
    return presentCase(db, loaded.row, loaded.log, actorOn(v, loaded.row), user.role !== 'ENTERPRISE');
  });

  r.post('/api/benefits/applications/:id/attachments', {
    bodyLimit: 15 * 1024 * 1024,
    schema: {
      tags: ['benefits'],
      summary: '上传附件 One attachment to the enterprise\'s own pending application (JSON, content in base64; PDF/PNG/JPEG checked by content, ≤ 10 MiB, ≤ 20 per application; stored, never executed)',
      params: z.object({ id: CaseIdParam }),
      body: z.object({ fileName: z.string().max(200), contentType: z.string().max(100), contentBase64: z.string().max(14_000_000) }),
      response: { 201: BenefitAttachment },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    const c = await findBenefitCase(db, request.params.id);
    if (user.role !== 'ENTERPRISE') enforce(deny('附件由申报企业上传', 'Attachments are uploaded by the applicant'));
    if (!c) throw new AppError('BENEFIT_CASE_NOT_FOUND');
    enforce(c.uscc === user.uscc ? { allowed: true } : deny('只能向本企业的申报上传附件', 'Only to your own applications'));
    if (!['SUBMITTED', 'UNDER_REVIEW', 'AWAITING_CORRECTION'].includes(c.status)) throw new AppError('BENEFIT_TRANSITION_NOT_ALLOWED', { message: { zh: '申报已办结或已决定，不能再上传附件', en: 'The application is decided or closed; no more attachments' } });
    const b64 = request.body.contentBase64;
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) throw new AppError('BENEFIT_ATTACHMENT_REFUSED', { message: { zh: '附件内容不是有效的 base64', en: 'The content is not valid base64' } });
    const bytes = new Uint8Array(Buffer.from(b64, 'base64'));
    const checked = checkAttachment(request.body.fileName, request.body.contentType, bytes);
    if (!checked.ok) throw new AppError('BENEFIT_ATTACHMENT_REFUSED', { message: checked.error });
    const info = await db.transaction(async (tx) => {
      if ((await countBenefitAttachments(tx, c.id)) >= ATTACHMENTS_PER_APPLICATION) throw new AppError('BENEFIT_ATTACHMENT_REFUSED', { message: { zh: `每件申报最多 ${ATTACHMENTS_PER_APPLICATION} 个附件`, en: `At most ${ATTACHMENTS_PER_APPLICATION} attachments per application` } });
      return insertBenefitAttachment(tx, { id: `ba-${randomUUID()}`, caseId: c.id, fileName: checked.value.fileName, contentType: checked.value.contentType, content: bytes }, user.id);
    });
    reply.status(201);
    return info;
  });

  r.get('/api/benefits/applications/:id/attachments/:attachmentId', {
    schema: { tags: ['benefits'], summary: '下载附件 Download (always as an attachment, nosniff) for whoever may see the case', params: z.object({ id: CaseIdParam, attachmentId: z.string().regex(/^ba-[0-9a-f-]{36}$/) }), response: { 200: fileAnswer('application/octet-stream', '附件 The file as uploaded, under the media type it was recognised as') } },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    if (user.role === 'FINANCIAL_INSTITUTION') enforce(deny('金融机构不能查看惠企兑现申报', 'Financial institutions cannot see benefit applications'));
    const v = await benefitViewer(db, user);
    const c = await findBenefitCase(db, request.params.id);
    if (!c) throw new AppError('BENEFIT_CASE_NOT_FOUND');
    enforce(canReadCase(v, c));
    const a = await readBenefitAttachment(db, c.id, request.params.attachmentId);
    if (!a) throw new AppError('BENEFIT_ATTACHMENT_NOT_FOUND');
    reply.header('Content-Type', a.contentType);
    reply.header('Content-Disposition', `attachment; filename="attachment"; filename*=UTF-8''${encodeURIComponent(a.fileName)}`);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Content-Security-Policy', "default-src 'none'; sandbox");
    return reply.send(Buffer.from(a.content) as never);
  });
}
