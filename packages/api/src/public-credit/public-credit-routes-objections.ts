import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OBJECTION_GROUNDS, OBJECTION_HANDLINGS, OBJECTION_STATUSES } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { Bilingual, PlainDateString } from '../schemas/common';
import { decideObjection, listObjections, loadObjection, objectionViewer, presentObjection, submitObjection } from './objection-service';

const tags = ['credit'];
const ObjectionIdParams = z.object({ id: z.string().regex(/^co-[a-z0-9-]{8,64}$/) });
const ObjectionBody = z.strictObject({ markId: z.string().regex(/^cm-[a-z0-9-]{8,64}$/), ground: z.enum(OBJECTION_GROUNDS), explanation: z.string().max(2000) });
const DecisionBody = z.discriminatedUnion('decision', [
  z.strictObject({
    decision: z.literal('UPHOLD'),
    handling: z.enum(OBJECTION_HANDLINGS),
    reasons: z.string().max(2000),
    /** 予以更正: the corrected content (each part left out stays as it is); required for CORRECTED, refused otherwise. */
    correction: z.strictObject({ finding: z.string().max(4200).optional(), subjectName: z.string().max(200).optional() }).nullable().optional(),
    /** 予以补充: the supplementary information, shown with the mark; required for SUPPLEMENTED, refused otherwise. */
    supplement: z.string().max(2000).nullable().optional(),
  }),
  z.strictObject({ decision: z.literal('DISMISS'), reasons: z.string().max(2000) }),
]);
const Objection = z.object({
  objectionId: z.string(),
  markId: z.string(),
  subjectName: z.string(),
  ground: z.enum(OBJECTION_GROUNDS),
  groundLabel: Bilingual,
  explanation: z.string(),
  status: z.enum(OBJECTION_STATUSES),
  statusLabel: Bilingual,
  submittedAt: z.string(),
  /** The last day for the decision (社会信用条例 第五十一条第三款); null when the calendar has no data for it. */
  decisionDue: PlainDateString.nullable(),
  decision: z.object({ handlingLabel: Bilingual.nullable(), reasons: z.string(), at: z.string() }).nullable(),
  canDecide: z.boolean(),
  /** The articles in words (《title》第X条). */
  basis: z.array(z.object({ citation: z.string(), lawTitle: z.string() })),
});

/** 异议 (社会信用条例 第四十八—五十一条): the enterprise objects to a credit mark; the providing unit decides within the time limit. */
export function registerObjectionRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/credit/objections', {
    schema: { tags, summary: '对本企业的信用记录提出异议（社会信用条例第四十八条；受理后两个工作日内处理）Object to one of your credit marks', body: ObjectionBody, response: { 201: Objection } },
  }, async (request, reply) => {
    const v = objectionViewer(request);
    const { objection, mark } = await submitObjection(db, v, request.body);
    reply.status(201);
    return presentObjection(objection, mark, v);
  });

  r.get('/api/credit/objections', {
    schema: { tags, summary: '信用记录异议（企业：本企业的；部门：本部门提供的记录的；中小企业服务局、审计：全部）Objections to credit marks', response: { 200: z.object({ items: z.array(Objection) }) } },
  }, async (request) => ({ items: await listObjections(db, objectionViewer(request)) }));

  r.get('/api/credit/objections/:id', {
    schema: { tags, summary: '一项异议 One objection', params: ObjectionIdParams, response: { 200: Objection } },
  }, async (request) => {
    const v = objectionViewer(request);
    const { objection, mark } = await loadObjection(db, v, request.params.id);
    return presentObjection(objection, mark, v);
  });

  r.post('/api/credit/objections/:id/decision', {
    schema: { tags, summary: '处理异议：成立（更正、补充或停止公开）或不成立，写明理由（提供该信息的单位）Decide an objection (the providing unit)', params: ObjectionIdParams, body: DecisionBody, response: { 200: Objection } },
  }, async (request) => {
    const v = objectionViewer(request);
    const { objection, mark } = await decideObjection(db, v, request.params.id, request.body);
    return presentObjection(objection, mark, v);
  });
}
