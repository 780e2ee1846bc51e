import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { randomUUID } from 'node:crypto';
import type { Consultation, ConsultationActor } from '@huiqi/workflows';
import type { ApiDeps } from '../deps';
import { draftTitleOf } from './consultation-runtime';
import { clientAddress } from './consultation-actor';
import { requireCommenter } from './consultation-guard';
import { presentConsultation, viewerOf } from './consultation-presenter';
import { CommentBody, CommentParams, CommentSubmittedOutput, ConsultationOutput, IdParams } from './consultation-schemas';
import { actOnConsultation, loadConsultation } from './consultation-service';
import { attachmentForComment } from './consultation-routes-attachments';
import { COMMENT_IP_THROTTLE, COMMENT_THROTTLE, throttleAll, type ThrottleRule } from './consultation-throttle';
import { consultationNow } from './consultation-clock';

const tags = ['consultation'];

/** Commenting: enterprises (signed in), associations and the public (verified contact); throttled per account and address. */
export function registerConsultationCommentRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const present = (c: Consultation, actor: ConsultationActor) => presentConsultation(c, viewerOf(c, actor), draftTitleOf(c.draft));
  const limits = (actor: ConsultationActor, ip: string): [string[], ThrottleRule][] => [
    [[`${actor.kind.toLowerCase()}:${actor.id}`], COMMENT_THROTTLE],
    [[`ip:${ip}`], COMMENT_IP_THROTTLE],
  ];

  r.post('/api/consultations/:id/comments', { schema: { tags, summary: '提交意见 Comment on the whole draft or on a 条/款/项', params: IdParams, body: CommentBody, response: { 201: CommentSubmittedOutput } } }, async (request, reply) => {
    const actor = await requireCommenter(db, request);
    await loadConsultation(db, request.params.id);
    await throttleAll(db, limits(actor, clientAddress(request)), consultationNow());
    const commentId = `cm-${randomUUID()}`;
    const { attachmentId, ...body } = request.body;
    const attachment = await attachmentForComment(db, request.params.id, `${actor.kind}:${actor.id}`, attachmentId);
    const c = await actOnConsultation(db, request.params.id, 'COMMENT_SUBMITTED', actor, { commentId, ...body, attachment });
    reply.status(201);
    return { commentId, consultation: present(c, actor) };
  });

  r.put('/api/consultations/:id/comments/:commentId', { schema: { tags, summary: '修改意见 Edit one\'s own comment until the deadline', params: CommentParams, body: CommentBody, response: { 200: ConsultationOutput } } }, async (request) => {
    const actor = await requireCommenter(db, request);
    await loadConsultation(db, request.params.id);
    await throttleAll(db, limits(actor, clientAddress(request)), consultationNow());
    const { attachmentId, ...body } = request.body;
    const attachment = await attachmentForComment(db, request.params.id, `${actor.kind}:${actor.id}`, attachmentId);
    return present(await actOnConsultation(db, request.params.id, 'COMMENT_EDITED', actor, { commentId: request.params.commentId, ...body, attachment }), actor);
  });

  r.delete('/api/consultations/:id/comments/:commentId', { schema: { tags, summary: '撤回意见 Withdraw one\'s own comment until the deadline', params: CommentParams, response: { 200: ConsultationOutput } } }, async (request) => {
    const actor = await requireCommenter(db, request);
    return present(await actOnConsultation(db, request.params.id, 'COMMENT_WITHDRAWN', actor, { commentId: request.params.commentId }), actor);
  });
}
