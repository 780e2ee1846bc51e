import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listCultivationPublicity, listCultivationRounds } from '@huiqi/db';
import type { RecognitionActor } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { presentPublicity } from './cultivation-presenter';
import { IdParams, ObjectionBody } from './cultivation-schemas';
import { actOnApplication, loadApplication } from './cultivation-service';

const tags = ['cultivation'];

/** Public: the rounds, the 公示 list, and objections (anyone may object during 公示; each is kept in the log). */
export function registerCultivationPublicRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/cultivation/rounds', { schema: { tags, summary: '申报批次 Recognition rounds (public)' } }, async () => ({ items: await listCultivationRounds(db) }));

  r.get('/api/cultivation/publicity', { schema: { tags, summary: '认定公示 Applications in 公示 with their periods (public)' } }, async () => ({ items: (await listCultivationPublicity(db)).map(presentPublicity) }));

  r.post('/api/cultivation/applications/:id/objections', { schema: { tags, summary: '提出异议 Object during 公示 (anyone; recorded in the application’s log and answered by the city)', params: IdParams, body: ObjectionBody } }, async (request, reply) => {
    await loadApplication(db, request.params.id);
    const user = request.principal?.user ?? null;
    const actor: RecognitionActor = { kind: 'PUBLIC', id: user ? user.id : 'anonymous', uscc: null, districtId: null };
    const objectionId = `co-${randomUUID()}`;
    await actOnApplication(db, request.params.id, 'OBJECTION_RECORDED', user, actor, { objectionId, text: request.body.text.trim(), objector: request.body.objector?.trim() || null });
    reply.status(201);
    return { objectionId };
  });
}
