import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findMark, listMarks, listRepairIds, type Database, type StoredMark } from '@huiqi/db';
import { today, type PlainDate } from '@huiqi/kernel';
import { CREDIT_MARK_KIND_INFO, PUBLIC_CREDIT_ARTICLES, REPAIR_MEASURE_LABELS, type CreditMarkKind, REPAIR_MEASURES, repairEligibility, type RepairEligibility } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { creditNow } from '../credit/credit-clock';
import { departmentNames } from '../inspections/inspections-context';
import { markViewer, requireMarkBureau, requireMarkDepartment, requireOfficial } from './public-credit-actor';
import { ArrearsMarkBody, Mark, MarkIdParams, MarkList, MyMarks, PageQuery, PenaltyMarkBody, PublicMarkList } from './public-credit-schemas';
import { citeInWords, presentMark, presentPublicMark } from './present-mark';
import { presentRepair } from './present-repair';
import { loadMarkExtras, markExtras } from './mark-content';
import { recordArrearsMark, recordPenaltyMark } from './mark-service';
import { loadRepair } from './repair-service';

const tags = ['credit'];
const beijingToday = () => today('Asia/Shanghai', creditNow());

const ELIGIBILITY_LABELS: Record<Exclude<RepairEligibility, { canApply: true }>['reason'], { zh: string; en: string }> = {
  MINIMUM_NOT_SERVED: { zh: '最短公示期限尚未届满', en: 'The shortest publication period has not run out' },
  ALREADY_REPAIRED: { zh: '已经修复', en: 'Already repaired' },
  PUBLICATION_ENDED: { zh: '公示期已满，已停止公示', en: 'The publication period is over' },
  APPLICATION_OPEN: { zh: '修复申请正在办理', en: 'An application is being handled' },
};

async function applicationsOf(db: Database, mark: StoredMark, viewerIsApplicant: boolean) {
  const ids = await listRepairIds(db, { markId: mark.markId }, 50);
  const kindLabel = CREDIT_MARK_KIND_INFO[mark.kind as CreditMarkKind].label;
  return Promise.all(ids.map(async (id) => presentRepair((await loadRepair(db, id)).repair, viewerIsApplicant ? 'APPLICANT' : null, { subjectName: mark.subjectName, kindLabel })));
}

/** 信用记录: the public list of published marks, the enterprise's own marks, the officials' list, and recording marks from the records that produce them. */
export function registerMarkRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/credit/public-marks', {
    schema: { tags, summary: '信用信息公示：正在公示的失信记录（只含依法可以公开的内容，不含个人信息）Published credit marks (public; no personal data)', querystring: PageQuery, response: { 200: PublicMarkList } },
  }, async (request) => {
    const on = beijingToday();
    const names = await departmentNames(db);
    const rows = await listMarks(db, { publishedOn: on }, { limit: request.query.limit, after: request.query.after ?? null });
    const extras = await loadMarkExtras(db, rows);
    return { items: rows.map((m) => presentPublicMark(m, names, extras(m))), next: rows.length === request.query.limit ? rows[rows.length - 1]!.markId : null, asOf: on };
  });

  r.get('/api/credit/my-marks', {
    schema: { tags, summary: '本企业的信用记录：依据、公示期限、说明，以及能否申请信用修复 My enterprise\'s credit marks with basis, period, explanation and repair', response: { 200: MyMarks } },
  }, async (request) => {
    const v = markViewer(request);
    if (v.kind !== 'ENTERPRISE') throw new AppError('CREDIT_REPAIR_ENTERPRISE_REQUIRED');
    const on = beijingToday();
    const names = await departmentNames(db);
    const marks = await listMarks(db, { uscc: v.uscc }, { limit: 200 });
    const extras = await loadMarkExtras(db, marks);
    const items = await Promise.all(marks.map(async (m) => {
      const applications = await applicationsOf(db, m, true);
      const e = repairEligibility(
        {
          markId: m.markId, uscc: m.uscc, isPublic: m.isPublic, period: { minimumEnd: m.period.minimumEnd as PlainDate, end: m.period.end as PlainDate }, repairedOn: m.repairedOn as PlainDate | null,
          publicationStoppedAt: extras(m).content.publicationStoppedAt,
        },
        on, applications.some((a) => !a.isFinal),
      );
      return {
        ...presentMark(m, names, on, extras(m)),
        repair: e.canApply ? { canApply: true, reason: null, from: null } : { canApply: false, reason: ELIGIBILITY_LABELS[e.reason], from: e.reason === 'MINIMUM_NOT_SERVED' ? e.from : null },
        applications,
      };
    }));
    return {
      items,
      measures: REPAIR_MEASURES.map((code) => ({ code, label: REPAIR_MEASURE_LABELS[code] })),
      repairArticles: [PUBLIC_CREDIT_ARTICLES.repairAfterMinimum, PUBLIC_CREDIT_ARTICLES.repairMeasures, PUBLIC_CREDIT_ARTICLES.repairTimeLimit].map(citeInWords),
    };
  });

  r.get('/api/credit/marks', {
    schema: { tags, summary: '全部信用记录（中小企业服务局、审计）All credit marks, newest first (SME bureau and auditors)', querystring: PageQuery, response: { 200: MarkList } },
  }, async (request) => {
    requireOfficial(request);
    const on = beijingToday();
    const names = await departmentNames(db);
    const rows = await listMarks(db, { all: true }, { limit: request.query.limit, after: request.query.after ?? null });
    const extras = await loadMarkExtras(db, rows);
    return { items: rows.map((m) => presentMark(m, names, on, extras(m))), next: rows.length === request.query.limit ? rows[rows.length - 1]!.markId : null };
  });

  r.get('/api/credit/marks/:id', {
    schema: { tags, summary: '一条信用记录（被记录的企业本身、中小企业服务局、审计）One credit mark: the enterprise it names, the SME bureau, auditors', params: MarkIdParams, response: { 200: Mark } },
  }, async (request) => {
    const v = markViewer(request);
    const m = await findMark(db, request.params.id);
    if (!m || (v.kind === 'ENTERPRISE' && m.uscc !== v.uscc)) throw new AppError('CREDIT_MARK_NOT_FOUND');
    return presentMark(m, await departmentNames(db), beijingToday(), await markExtras(db, m));
  });

  r.post('/api/credit/marks/from-arrears', {
    schema: {
      tags,
      summary: '将拖欠账款投诉中认定的失信情况记入被投诉方信用记录；情节严重的向社会公示（保障中小企业款项支付条例第二十六条；中小企业服务局）Record an arrears finding in the debtor\'s credit record',
      body: ArrearsMarkBody,
      response: { 201: Mark },
    },
  }, async (request, reply) => {
    const { userId } = requireMarkBureau(request);
    const m = await recordArrearsMark(db, userId, request.body);
    reply.status(201);
    return presentMark(m, await departmentNames(db), beijingToday(), await markExtras(db, m));
  });

  r.post('/api/credit/marks/from-inspection', {
    schema: {
      tags,
      summary: '录入检查后作出的行政处罚决定，记入信用记录并公示；轻微违法免罚、首违不罚的不认定为失信（深圳条例第六十九条；作出检查结果的部门）Record a penalty decided after an inspection',
      body: PenaltyMarkBody,
      response: { 201: Mark },
    },
  }, async (request, reply) => {
    const actor = requireMarkDepartment(request);
    const m = await recordPenaltyMark(db, actor, { ...request.body, decidedOn: request.body.decidedOn as PlainDate });
    reply.status(201);
    return presentMark(m, await departmentNames(db), beijingToday(), await markExtras(db, m));
  });
}
