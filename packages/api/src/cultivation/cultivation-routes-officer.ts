import { randomBytes, randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { createCultivationRound, findCultivationExpert, listCultivationApplications, listCultivationExperts, saveCultivationExpert } from '@huiqi/db';
import { AppError } from '../errors/app-error';
import type { ApiDeps } from '../deps';
import { requireCityOfficer, requireDistrictOfficer, requireOfficer, requireReader } from './cultivation-actor';
import { cultivationNow } from './cultivation-clock';
import { mayRead, presentApplication } from './cultivation-presenter';
import { AnswerBody, ApplicationList, ApplicationView, ExpertBody, ExpertList, ExpertParams, ExpertView, IdParams, ListQuery, ObjectionParams, ReReviewDecisionBody, ReasonBody, RecogniseBody, ReviewBody, RoundBody, RoundView, ScoreBody } from './cultivation-schemas';
import { actOnApplication, loadApplication } from './cultivation-service';

const tags = ['cultivation'];

/** Officers: rounds, 初审 by the district, city review, experts and their draw, scores, 公示, recognition, 复核, revocation. */
export function registerCultivationOfficerRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/cultivation/rounds', { schema: { tags, summary: '设立申报批次 Open a recognition round (tier, year, deadline, attachments, 公示 days, pass mark, aggregation)', body: RoundBody, response: { 201: RoundView } } }, async (request, reply) => {
    const { user } = await requireCityOfficer(db, request);
    const b = request.body;
    const round = { roundId: `cr-${randomUUID()}`, ...b, createdBy: user.id, createdAt: cultivationNow().toISOString() };
    await db.transaction((tx) => createCultivationRound(tx, round));
    reply.status(201);
    return round;
  });

  r.get('/api/cultivation/applications', { schema: { tags, summary: '认定申报列表 Applications: the enterprise its own, a district its enterprises, the city all', querystring: ListQuery, response: { 200: ApplicationList } } }, async (request) => {
    const { actor } = await requireReader(db, request);
    const scope = actor.kind === 'ENTERPRISE' ? { uscc: actor.uscc! } : actor.districtId ? { district: actor.districtId } : {};
    return { items: (await listCultivationApplications(db, { ...scope, ...request.query })) as z.output<typeof ApplicationList>['items'] }; // tier and status written by the fold
  });

  r.get('/api/cultivation/applications/:id', { schema: { tags, summary: '认定申报详情 One application with its reviews, scores, 公示 and certificate', params: IdParams, response: { 200: ApplicationView } } }, async (request) => {
    const { actor } = await requireReader(db, request);
    const { application } = await loadApplication(db, request.params.id);
    if (!mayRead(application, actor)) throw new AppError('CULTIVATION_NOT_FOUND');
    return presentApplication(application, actor);
  });

  r.post('/api/cultivation/applications/:id/district-review', { schema: { tags, summary: '区级初审 First review by the enterprise’s district (pass, or reject with reasons)', params: IdParams, body: ReviewBody, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireDistrictOfficer(db, request);
    const b = request.body;
    const c = b.decision === 'PASS'
      ? await actOnApplication(db, request.params.id, 'DISTRICT_PASSED', user, actor, { opinion: b.opinion.trim() })
      : await actOnApplication(db, request.params.id, 'REJECTED', user, actor, { reason: b.opinion.trim() });
    return presentApplication(c, actor);
  });

  r.post('/api/cultivation/applications/:id/city-review', { schema: { tags, summary: '市级审核 City review (pass, or reject with reasons)', params: IdParams, body: ReviewBody, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireCityOfficer(db, request);
    const b = request.body;
    const c = b.decision === 'PASS'
      ? await actOnApplication(db, request.params.id, 'CITY_PASSED', user, actor, { opinion: b.opinion.trim() })
      : await actOnApplication(db, request.params.id, 'REJECTED', user, actor, { reason: b.opinion.trim() });
    return presentApplication(c, actor);
  });

  r.post('/api/cultivation/applications/:id/reject', { schema: { tags, summary: '不予通过 Reject with reasons (the district at 初审, the city afterwards)', params: IdParams, body: ReasonBody, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireOfficer(db, request);
    return presentApplication(await actOnApplication(db, request.params.id, 'REJECTED', user, actor, { reason: request.body.reason.trim() }), actor);
  });

  r.get('/api/cultivation/experts', { schema: { tags, summary: '评审专家库 The experts’ registry (fields, declared conflicts)', response: { 200: ExpertList } } }, async (request) => {
    await requireCityOfficer(db, request);
    return { items: await listCultivationExperts(db) };
  });

  r.put('/api/cultivation/experts/:expertId', { schema: { tags, summary: '登记评审专家 Register or update an expert: fields and declared conflicts of interest', params: ExpertParams, body: ExpertBody, response: { 200: ExpertView } } }, async (request) => {
    const { user } = await requireCityOfficer(db, request);
    const e = { expertId: request.params.expertId, ...request.body, conflicts: [...new Set(request.body.conflicts)] };
    await db.transaction((tx) => saveCultivationExpert(tx, e, user.id));
    return e;
  });

  r.post('/api/cultivation/applications/:id/draw', { schema: { tags, summary: '随机抽取评审专家 Draw the reviewing experts (seed published; ranking SHA-256(seed:USCC:expert); conflicts recused)', params: IdParams, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireCityOfficer(db, request);
    const pool = (await listCultivationExperts(db, { activeOnly: true })).map((e) => ({ id: e.expertId, fields: e.fields, conflicts: e.conflicts }));
    return presentApplication(await actOnApplication(db, request.params.id, 'EXPERTS_ASSIGNED', user, actor, { seed: randomBytes(32).toString('hex'), pool }), actor);
  });

  r.post('/api/cultivation/applications/:id/scores', { schema: { tags, summary: '录入专家评分表 Record a drawn expert’s scoring sheet (refused for an expert with a declared conflict)', params: IdParams, body: ScoreBody, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireCityOfficer(db, request);
    const expert = await findCultivationExpert(db, request.body.expertId);
    if (!expert) throw new AppError('CULTIVATION_EXPERT_NOT_FOUND');
    const c = await actOnApplication(db, request.params.id, 'SCORE_RECORDED', user, { kind: 'EXPERT', id: expert.expertId, uscc: null, districtId: null, recordedBy: user.id },
      { scores: request.body.scores, comment: request.body.comment.trim() }, { expertConflicts: expert.conflicts });
    return presentApplication(c, actor);
  });

  r.post('/api/cultivation/applications/:id/publicity', { schema: { tags, summary: '发布公示 Start 公示 for the configured working days (every expert scored, at the pass mark)', params: IdParams, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireCityOfficer(db, request);
    return presentApplication(await actOnApplication(db, request.params.id, 'PUBLICITY_STARTED', user, actor, {}), actor);
  });

  r.post('/api/cultivation/applications/:id/objections/:objectionId/answer', { schema: { tags, summary: '答复异议 Answer an objection (upheld or not)', params: ObjectionParams, body: AnswerBody, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireCityOfficer(db, request);
    return presentApplication(await actOnApplication(db, request.params.id, 'OBJECTION_ANSWERED', user, actor, { objectionId: request.params.objectionId, answer: request.body.answer.trim(), upheld: request.body.upheld }), actor);
  });

  r.post('/api/cultivation/applications/:id/recognise', { schema: { tags, summary: '认定 Recognise after 公示: certificate number, validity 3 years; the qualification is set on the enterprise from that day', params: IdParams, body: RecogniseBody, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireCityOfficer(db, request);
    return presentApplication(await actOnApplication(db, request.params.id, 'RECOGNISED', user, actor, { certificateNumber: request.body.certificateNumber.trim() }), actor);
  });

  r.post('/api/cultivation/applications/:id/re-review-decision', { schema: { tags, summary: '复核结论 Decide a re-review: passed extends validity by 3 years', params: IdParams, body: ReReviewDecisionBody, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireCityOfficer(db, request);
    const b = request.body;
    const c = b.passed
      ? await actOnApplication(db, request.params.id, 'RE_REVIEW_PASSED', user, actor, { opinion: b.reason.trim() })
      : await actOnApplication(db, request.params.id, 'RE_REVIEW_FAILED', user, actor, { reason: b.reason.trim() });
    return presentApplication(c, actor);
  });

  r.post('/api/cultivation/applications/:id/revoke', { schema: { tags, summary: '撤销认定 Revoke a recognition with reasons; the qualification ends the day before', params: IdParams, body: ReasonBody, response: { 200: ApplicationView } } }, async (request) => {
    const { user, actor } = await requireCityOfficer(db, request);
    return presentApplication(await actOnApplication(db, request.params.id, 'REVOKED', user, actor, { reason: request.body.reason.trim() }), actor);
  });
}
