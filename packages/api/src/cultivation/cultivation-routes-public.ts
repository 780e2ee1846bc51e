import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { listCultivationPublicity, listCultivationRounds } from '@huiqi/db';
import type { RecognitionActor } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { countSubmission, HOUR_MS, type SubmissionLimit } from '../hardening/submission-throttle';
import { presentPublicity } from './cultivation-presenter';
import { IdParams, ObjectionBody, ObjectionRecorded, PublicityList, RoundList } from './cultivation-schemas';
import { actOnApplication, loadApplication } from './cultivation-service';

const tags = ['cultivation'];

/** Objections without a sign-in per client address: enough for any honest objector, fatal to a script. */
export const ANONYMOUS_OBJECTIONS_PER_ADDRESS: SubmissionLimit = {
  kind: 'CULTIVATION_OBJECTION',
  limit: 10,
  windowMs: HOUR_MS,
  counted: { zh: '条匿名异议（同一网络地址）', en: 'anonymous objections from one network address' },
};

/** Public: the rounds, the 公示 list, and objections (anyone may object during 公示; each is kept in the log). */
export function registerCultivationPublicRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/cultivation/rounds', { schema: { tags, summary: '申报批次 Recognition rounds (public)', response: { 200: RoundList } } }, async () => ({ items: (await listCultivationRounds(db)) as z.output<typeof RoundList>['items'] })); // stored through RoundBody's enums

  r.get('/api/cultivation/publicity', { schema: { tags, summary: '认定公示 Applications in 公示 with their periods (public)', response: { 200: PublicityList } } }, async () => ({ items: (await listCultivationPublicity(db)).map(presentPublicity) }));

  r.post('/api/cultivation/applications/:id/objections', { schema: { tags, summary: '提出异议 Object during 公示 (anyone; recorded in the application’s log and answered by the city)', params: IdParams, body: ObjectionBody, response: { 201: ObjectionRecorded } } }, async (request, reply) => {
    await loadApplication(db, request.params.id);
    const user = request.principal?.user ?? null;
    if (!user) await countSubmission(db, [`ip:${request.ip || 'unknown'}`], ANONYMOUS_OBJECTIONS_PER_ADDRESS);
    const actor: RecognitionActor = { kind: 'PUBLIC', id: user ? user.id : 'anonymous', uscc: null, districtId: null };
    const objectionId = `co-${randomUUID()}`;
    await actOnApplication(db, request.params.id, 'OBJECTION_RECORDED', user, actor, { objectionId, text: request.body.text.trim(), objector: request.body.objector?.trim() || null });
    reply.status(201);
    return { objectionId };
  });
}
