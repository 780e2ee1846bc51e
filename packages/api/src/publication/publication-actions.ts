import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { amendPolicy, publishPolicyDraft, returnPolicyDraft, submitPolicyDraft, withdrawPolicy } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { unwrapDraft } from './draft-outcome';
import { enqueueNoticeJobs } from './notify-publication';
import { loadDraft } from './publication-drafts';
import { forgetPublished } from './published-policy-cache';
import { canAuthor, canAuthorDraft, canReview } from './publication-policy';
import { DraftIdParams, DraftView, NoteBody } from './publication-schemas';
import { validateDraftConditions } from './validate-draft';

/** Lifecycle steps of a policy version: submit, return, publish (second official), amend, withdraw. */
export function registerDraftActionRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['publication'];

  r.post('/api/publication/drafts/:id/submit', {
    schema: { tags, summary: '提交审核 Submit a draft for review', params: DraftIdParams, response: { 200: DraftView } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canAuthor(user));
    const draft = await loadDraft(db, request.params.id);
    enforce(canAuthorDraft(user, draft));
    await validateDraftConditions(draft.policyKey, draft); // the rule base may have changed since drafting
    return unwrapDraft(await db.transaction((tx) => submitPolicyDraft(tx, draft.id, user.id)));
  });

  r.post('/api/publication/drafts/:id/return', {
    schema: { tags, summary: '退回修改 Return a submitted draft to its author with a note', params: DraftIdParams, body: NoteBody, response: { 200: DraftView } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canAuthor(user));
    const draft = await loadDraft(db, request.params.id);
    enforce(canReview(user, draft));
    return unwrapDraft(await db.transaction((tx) => returnPolicyDraft(tx, draft.id, request.body.note, user.id)));
  });

  r.post('/api/publication/drafts/:id/publish', {
    schema: {
      tags,
      summary: '审核发布 Publish a submitted policy (a second official, never its author)',
      params: DraftIdParams,
      response: { 200: z.object({ published: DraftView, supersedes: DraftView.nullable() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canAuthor(user));
    const draft = await loadDraft(db, request.params.id);
    enforce(canReview(user, draft));
    await validateDraftConditions(draft.policyKey, draft);
    // The notice jobs are enqueued in the publishing transaction: they exist if and only if it commits.
    const result = await db.transaction(async (tx) => {
      const published = unwrapDraft(await publishPolicyDraft(tx, draft.id, user.id));
      await enqueueNoticeJobs(tx, draft.id);
      return published;
    });
    forgetPublished(result.supersedes?.id);
    return result;
  });

  r.post('/api/publication/drafts/:id/amend', {
    schema: { tags, summary: '修订 Start a new dated version of a published policy', params: DraftIdParams, response: { 201: DraftView } },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canAuthor(user));
    const draft = await loadDraft(db, request.params.id);
    enforce(canAuthorDraft(user, draft));
    const amended = unwrapDraft(await db.transaction((tx) => amendPolicy(tx, draft.id, user.id)));
    forgetPublished();
    return reply.status(201).send(amended);
  });

  r.post('/api/publication/drafts/:id/withdraw', {
    schema: { tags, summary: '撤回 Withdraw a draft or a published policy, with the reason', params: DraftIdParams, body: NoteBody, response: { 200: DraftView } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canAuthor(user));
    const draft = await loadDraft(db, request.params.id);
    enforce(canReview(user, draft));
    const withdrawn = unwrapDraft(await db.transaction((tx) => withdrawPolicy(tx, draft.id, request.body.note, user.id)));
    forgetPublished(draft.id);
    return withdrawn;
  });
}
