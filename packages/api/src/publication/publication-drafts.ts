import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createPolicyDraft, editPolicyDraft, getPolicyDraft, isWithin, listPolicyDraftActions, listPolicyDrafts, POLICY_DRAFT_STATUSES, type Database, type PolicyDraftContent, type User } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { getRules } from '../rules/rule-base';
import { unwrapDraft } from './draft-outcome';
import { canAuthor, canAuthorDraft, canReadDraft, canReadDrafts } from './publication-policy';
import { CreateDraftBody, DraftAction, DraftContentBody, DraftIdParams, DraftView } from './publication-schemas';
import { validateDraftConditions } from './validate-draft';

type ContentBody = z.infer<typeof DraftContentBody>;

/** The content as stored: the author's department, a jurisdiction inside the author's own. */
async function contentOf(db: Database, user: User, body: ContentBody): Promise<PolicyDraftContent> {
  const jurisdiction = body.jurisdiction ?? user.jurisdiction;
  const [exists] = await db.query('SELECT 1 FROM jurisdictions WHERE id = $1', [jurisdiction]);
  if (!exists || !isWithin(jurisdiction, user.jurisdiction)) throw new AppError('PUBLICATION_JURISDICTION_OUTSIDE');
  return { ...body, jurisdiction, departmentId: user.departmentId! };
}

export async function loadDraft(db: Database, id: string) {
  const d = await getPolicyDraft(db, id);
  if (!d) throw new AppError('PUBLICATION_DRAFT_NOT_FOUND');
  return d;
}

export function registerDraftRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/publication/drafts', {
    schema: {
      tags: ['publication'],
      summary: '政策草稿列表 Authored policies (department officials: their own department; bureau, auditors: all)',
      querystring: z.object({ status: z.enum(POLICY_DRAFT_STATUSES).optional() }),
      response: { 200: z.array(DraftView) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDrafts(user));
    const departmentId = user.role === 'DEPARTMENT' ? user.departmentId! : undefined;
    return listPolicyDrafts(db, { status: request.query.status, departmentId });
  });

  r.post('/api/publication/drafts', {
    schema: { tags: ['publication'], summary: '起草政策 Draft a policy (conditions and the amount checked by the rules engine)', body: CreateDraftBody, response: { 201: DraftView } },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canAuthor(user));
    const { policyKey: givenKey, ...body } = request.body;
    const policyKey = givenKey ?? `policy-${randomUUID().slice(0, 8)}`;
    // 我的政策 lists authored policies beside the rule base's under their key: the two never share one.
    if ((await getRules()).rb.policies.has(policyKey)) throw new AppError('PUBLICATION_KEY_TAKEN');
    const content = await contentOf(db, user, body);
    await validateDraftConditions(policyKey, content);
    const draft = unwrapDraft(await db.transaction((tx) => createPolicyDraft(tx, { policyKey, ...content }, user.id)));
    return reply.status(201).send(draft);
  });

  r.get('/api/publication/drafts/:id', {
    schema: {
      tags: ['publication'],
      summary: '政策草稿详情 A policy version with its action log',
      params: DraftIdParams,
      response: { 200: z.object({ draft: DraftView, actions: z.array(DraftAction) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadDrafts(user));
    const draft = await loadDraft(db, request.params.id);
    enforce(canReadDraft(user, draft));
    return { draft, actions: await listPolicyDraftActions(db, draft.id) };
  });

  r.put('/api/publication/drafts/:id', {
    schema: { tags: ['publication'], summary: '修改政策草稿 Edit a draft (DRAFTED only)', params: DraftIdParams, body: DraftContentBody, response: { 200: DraftView } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canAuthor(user));
    const draft = await loadDraft(db, request.params.id);
    enforce(canAuthorDraft(user, draft));
    const content = await contentOf(db, user, request.body);
    await validateDraftConditions(draft.policyKey, content);
    return unwrapDraft(await db.transaction((tx) => editPolicyDraft(tx, draft.id, content, user.id)));
  });
}
