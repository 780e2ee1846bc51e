import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createApiToken, listApiTokens, revokeApiToken } from '@huiqi/db';
import { z } from 'zod';
import { NO_CONTENT } from '../schemas/common';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canCreateToken } from '../policies/token-policy';

const TokenInfo = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});

export function registerTokenRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post('/api/tokens', {
    schema: {
      tags: ['auth'],
      summary: '创建 API 令牌 Create an API token for machine clients (shown once)',
      body: z.strictObject({ name: z.string().trim().min(1).max(100) }),
      response: { 201: TokenInfo.extend({ token: z.string() }) },
    },
  }, async (request, reply) => {
    const p = requirePrincipal(request.principal);
    enforce(canCreateToken(p));
    const { token, info } = await db.transaction((tx) => createApiToken(tx, p.user.id, request.body.name));
    return reply.status(201).send({ ...info, token });
  });

  r.get('/api/tokens', {
    schema: { tags: ['auth'], summary: '我的 API 令牌 My API tokens (never the secret)', response: { 200: z.object({ items: z.array(TokenInfo) }) } },
  }, async (request) => {
    const p = requirePrincipal(request.principal);
    return { items: await listApiTokens(db, p.user.id) };
  });

  r.delete('/api/tokens/:id', {
    schema: { tags: ['auth'], summary: '撤销 API 令牌 Revoke one of my tokens', params: z.object({ id: z.string().min(1).max(100) }), response: { 204: NO_CONTENT } },
  }, async (request, reply) => {
    const p = requirePrincipal(request.principal);
    const revoked = await db.transaction((tx) => revokeApiToken(tx, p.user.id, request.params.id));
    if (!revoked) throw new AppError('TOKEN_NOT_FOUND');
    return reply.status(204).send(null);
  });
}
