import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { countConsultationNotices, listConsultations } from '@huiqi/db';
import { diffVersions, parseLegalText, type LegalTree, type VersionDiff } from '@huiqi/legal-text';
import { buildFeedbackReport, consultationStatuses, type Consultation, type ConsultationStatus, type DraftKind } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { lawLibrary } from '../law/law-library';
import { consultationActorOf } from './consultation-actor';
import { presentConsultation, viewerOf } from './consultation-presenter';
import { draftTitleOf, draftTree, draftTreeOf, outlineOf, REVISED_VERSION_PREFIX } from './consultation-runtime';
import { presentNodes } from '../law/law-presenters';
import { ConsultationListOutput, ConsultationOutput, DraftTextOutput, FeedbackReportOutput, IdParams } from './consultation-schemas';
import { fileAnswer } from '../schemas/common';
import { loadConsultation } from './consultation-service';
import { renderFeedbackReportHtml } from './feedback-report-html';
import { htmlToPdf } from './report-pdf';

const tags = ['consultation'];

function revisedTree(c: Consultation): LegalTree | null {
  if (!c.revised) return null;
  if (c.revised.versionId.startsWith(REVISED_VERSION_PREFIX)) {
    const parsed = c.revised.text ? parseLegalText(c.revised.text, { file: 'revised' }) : null;
    return parsed?.ok ? parsed.value : null;
  }
  return c.draft.kind === 'CONSOLE_POLICY' ? null : draftTree(c.draft.workId, c.revised.versionId);
}

const refOf = (a: { eid: string; num: string; heading?: string } | null) => (a ? { eid: a.eid, num: a.num, heading: a.heading ?? null } : null);

function comparisonOf(c: Consultation): VersionDiff | null {
  const old = draftTreeOf(c.draft);
  const rev = revisedTree(c);
  return old && rev ? diffVersions(old, rev) : null;
}

/** Public reading: the list, one consultation, the heat per article, and — once published — the feedback report. */
export function registerConsultationPublicRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/consultations', {
    schema: { tags, summary: '征求意见列表 Consultations, newest first (public)', querystring: z.object({ workId: z.string().max(200).optional(), status: z.enum(['OPEN', 'PROCESSING', 'CLOSED']).optional() }), response: { 200: ConsultationListOutput } },
  }, async (request) => {
    const items = await listConsultations(db, { workId: request.query.workId, statuses: request.query.status ? [request.query.status] : ['OPEN', 'PROCESSING', 'CLOSED'] });
    return {
      items: items.map((p) => {
        const status = p.status as ConsultationStatus;
        const s = consultationStatuses[status];
        return { ...p, draftKind: p.draftKind as DraftKind, status, statusLabel: s.label, isFinal: s.isFinal, workTitle: p.draftKind === 'CONSOLE_POLICY' ? p.title : (lawLibrary().work(p.workId)?.title ?? null) };
      }),
    };
  });

  r.get('/api/consultations/:id', { schema: { tags, summary: '征求意见详情 One consultation with the comments this caller may see (public)', params: IdParams, response: { 200: ConsultationOutput } } }, async (request) => {
    const { consultation: c } = await loadConsultation(db, request.params.id);
    const actor = await consultationActorOf(db, request);
    const viewer = viewerOf(c, actor);
    return { ...presentConsultation(c, viewer, draftTitleOf(c.draft)), notifiedEnterprises: viewer.isOwner ? await countConsultationNotices(db, c.consultationId) : null };
  });

  r.get('/api/consultations/:id/draft', { schema: { tags, summary: '征求意见稿 The text under consultation in document order, with the eIds comments anchor to (public)', params: IdParams, response: { 200: DraftTextOutput } } }, async (request) => {
    const { consultation: c } = await loadConsultation(db, request.params.id);
    const tree = draftTreeOf(c.draft);
    if (!tree) throw new AppError('CONSULTATION_DRAFT_NOT_FOUND');
    return { kind: c.draft.kind, workId: c.draft.workId, versionId: c.draft.versionId, title: draftTitleOf(c.draft), isInLawLibrary: c.draft.kind !== 'CONSOLE_POLICY', nodes: presentNodes(lawLibrary(), c.draft.workId, c.draft.versionId, tree) };
  });

  /** The report is public once published; the owner may preview it before. */
  async function readableReport(request: FastifyRequest, id: string) {
    const { consultation: c } = await loadConsultation(db, id);
    const viewer = viewerOf(c, await consultationActorOf(db, request));
    if (c.status !== 'CLOSED' && !viewer.isOwner) throw new AppError('CONSULTATION_REPORT_NOT_PUBLISHED');
    const tree = draftTreeOf(c.draft);
    const report = buildFeedbackReport(c, tree ? outlineOf(tree) : []);
    return { c, report, diff: comparisonOf(c) };
  }

  r.get('/api/consultations/:id/report', { schema: { tags, summary: '采纳情况反馈 Counts per chapter and article and every answer (public once published)', params: IdParams, response: { 200: FeedbackReportOutput } } }, async (request) => {
    const { c, report, diff } = await readableReport(request, request.params.id);
    const byId = new Map(c.comments.map((x) => [x.commentId, x]));
    return {
      title: c.title, issuingBody: c.issuingBody, startDate: c.startDate, endDate: c.endDate, publishedAt: c.publishedAt,
      totals: report.totals, wholeDraft: report.wholeDraft, chapters: report.chapters,
      opinions: report.opinions.map((o) => {
        const lead = byId.get(o.leadId)!;
        return { leadId: o.leadId, citation: o.citation ?? '整体意见', articleEid: lead.articleEid, text: lead.text, proposedWording: lead.proposedWording, supporters: o.supporters, author: c.isIdentityPublished ? lead.author.displayName : null, authorKind: lead.author.kind, answer: o.answer ? { outcome: o.answer.outcome, reason: o.answer.reason } : null };
      }),
      hidden: c.comments.filter((x) => x.hidden && x.withdrawnAt === null).map((x) => ({ commentId: x.commentId, citation: x.citation ?? '整体意见', reason: x.hidden!.reason })),
      comparison: diff
        ? diff.pairs.filter((p) => p.kind !== 'unchanged').map((p) => ({
            kind: p.kind, old: refOf(p.old), new: refOf(p.new), changes: p.changes,
            commentIds: c.revised?.links.find((l) => l.revisedEid === p.new?.eid)?.commentIds ?? [],
          }))
        : [],
    };
  });

  r.get('/api/consultations/:id/report.html', { schema: { tags, summary: '采纳情况反馈（HTML）The feedback report as a printable page', params: IdParams, response: { 200: fileAnswer('text/html', '采纳情况反馈 HTML The printable page') } } }, async (request, reply) => {
    const { c, report, diff } = await readableReport(request, request.params.id);
    reply.header('content-type', 'text/html; charset=utf-8').header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return renderFeedbackReportHtml(c, report, diff);
  });

  r.get('/api/consultations/:id/report.pdf', { schema: { tags, summary: '采纳情况反馈（PDF）The feedback report printed to PDF', params: IdParams, response: { 200: fileAnswer('application/pdf', '采纳情况反馈 PDF The report as PDF') } } }, async (request, reply) => {
    const { c, report, diff } = await readableReport(request, request.params.id);
    const pdf = await htmlToPdf(renderFeedbackReportHtml(c, report, diff));
    if (!pdf) throw new AppError('CONSULTATION_CHANNEL_UNAVAILABLE', { message: { zh: '本服务器暂不能生成 PDF，请使用 HTML 版本打印', en: 'This server cannot print PDF; print the HTML version' } });
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="feedback-${c.consultationId}.pdf"`).send(pdf as never);
  });
}
