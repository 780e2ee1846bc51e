import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { parseLegalText, diffVersions } from '@huiqi/legal-text';
import { plainDate } from '@huiqi/kernel';
import type { ArticleLink, Consultation } from '@huiqi/workflows';
import { randomUUID } from 'node:crypto';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { requireOfficer } from './consultation-guard';
import { presentConsultation, viewerOf } from './consultation-presenter';
import { draftTitleOf, draftTreeOf, REVISED_VERSION_PREFIX } from './consultation-runtime';
import { draftSourceFor } from './draft-source';
import { AnswerBody, CommentParams, ConsultationOutput, GroupBody, HideBody, IdParams, OpenBody, RevisedBody } from './consultation-schemas';
import { actOnConsultation, loadConsultation, openConsultation } from './consultation-service';

const tags = ['consultation'];

/** The links of a revised draft derived from its 修改对照: each changed or added article ← the answered opinions on the article it replaces. */
function derivedLinks(c: Consultation, diff: ReturnType<typeof diffVersions>): ArticleLink[] {
  const out: ArticleLink[] = [];
  for (const p of diff.pairs) {
    if (!p.new || p.kind === 'unchanged') continue;
    const oldEid = p.old?.eid ?? null;
    const ids = c.comments.filter((x) => oldEid !== null && x.articleEid === oldEid && x.withdrawnAt === null && x.hidden === null && (x.answer?.outcome === 'ADOPTED' || x.answer?.outcome === 'PARTLY_ADOPTED')).map((x) => x.commentId);
    if (ids.length > 0) out.push({ revisedEid: p.new.eid, draftEid: oldEid, commentIds: ids });
  }
  return out;
}

/** Officer routes: open, moderate, answer, publish (validate → authorize → command → present). */
export function registerConsultationOfficerRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/consultations', { schema: { tags, summary: '发起征求意见 Open a consultation on a draft in the law library or on a policy of the console', body: OpenBody, response: { 201: ConsultationOutput } } }, async (request, reply) => {
    const actor = await requireOfficer(db, request);
    const b = request.body;
    const source = await draftSourceFor(db, actor, b.draft);
    const [dept] = await db.query<{ jurisdiction: string }>('SELECT jurisdiction FROM departments WHERE id = $1', [actor.departmentId]);
    const c = await openConsultation(db, actor, {
      ...b,
      draft: source.draft,
      consultationId: `cs-${randomUUID()}`,
      ownerDepartment: actor.departmentId!,
      jurisdiction: dept?.jurisdiction ?? source.jurisdiction,
      startDate: plainDate(b.startDate),
      endDate: plainDate(b.endDate),
    });
    reply.status(201);
    return present(c, actor);
  });

  const present = (c: Consultation, actor: Parameters<typeof viewerOf>[1]) => presentConsultation(c, viewerOf(c, actor), draftTitleOf(c.draft));

  r.post('/api/consultations/:id/comments/:commentId/hide', { schema: { tags, summary: '隐藏意见 Hide a comment with a reason (the text is kept)', params: CommentParams, body: HideBody, response: { 200: ConsultationOutput } } }, async (request) => {
    const actor = await requireOfficer(db, request);
    return present(await actOnConsultation(db, request.params.id, 'COMMENT_HIDDEN', actor, { commentId: request.params.commentId, reason: request.body.reason.trim() }), actor);
  });

  r.post('/api/consultations/:id/comments/:commentId/answer', { schema: { tags, summary: '答复意见 Record how an opinion (and its group) was handled', params: CommentParams, body: AnswerBody, response: { 200: ConsultationOutput } } }, async (request) => {
    const actor = await requireOfficer(db, request);
    return present(await actOnConsultation(db, request.params.id, 'OPINION_ANSWERED', actor, { commentId: request.params.commentId, outcome: request.body.outcome, reason: request.body.reason.trim() }), actor);
  });

  r.post('/api/consultations/:id/groups', { schema: { tags, summary: '归并重复意见 Count duplicates once, with supporters', params: IdParams, body: GroupBody, response: { 200: ConsultationOutput } } }, async (request) => {
    const actor = await requireOfficer(db, request);
    return present(await actOnConsultation(db, request.params.id, 'COMMENTS_GROUPED', actor, request.body), actor);
  });

  r.post('/api/consultations/:id/end-period', { schema: { tags, summary: '结束征求意见期 End the comment period (after its last day)', params: IdParams, response: { 200: ConsultationOutput } } }, async (request) => {
    const actor = await requireOfficer(db, request);
    return present(await actOnConsultation(db, request.params.id, 'PERIOD_ENDED', actor, {}), actor);
  });

  r.post('/api/consultations/:id/revised-draft', { schema: { tags, summary: '发布修改稿 Publish the revised draft; changed articles link to the opinions behind them', params: IdParams, body: RevisedBody, response: { 200: ConsultationOutput } } }, async (request) => {
    const actor = await requireOfficer(db, request);
    const { consultation } = await loadConsultation(db, request.params.id);
    const parsed = parseLegalText(request.body.text, { file: 'revised' });
    if (!parsed.ok) throw new AppError('CONSULTATION_REVISED_TEXT_INVALID', { details: { issues: parsed.error.slice(0, 5).map((i) => ({ line: i.line, message: i.message })) } });
    const old = draftTreeOf(consultation.draft);
    if (!old) throw new AppError('CONSULTATION_DRAFT_NOT_FOUND');
    const links = request.body.links ?? derivedLinks(consultation, diffVersions(old, parsed.value));
    const c = await actOnConsultation(db, request.params.id, 'REVISED_DRAFT_LINKED', actor, { versionId: `${REVISED_VERSION_PREFIX}${consultation.consultationId}`, text: request.body.text, links }, { revised: parsed.value });
    return present(c, actor);
  });

  r.post('/api/consultations/:id/publish', { schema: { tags, summary: '发布采纳情况反馈 Publish the feedback report (every opinion answered)', params: IdParams, response: { 200: ConsultationOutput } } }, async (request) => {
    const actor = await requireOfficer(db, request);
    return present(await actOnConsultation(db, request.params.id, 'FEEDBACK_PUBLISHED', actor, {}), actor);
  });
}
