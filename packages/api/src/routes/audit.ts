import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listAuditEvents, verifyAuditChain } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { canReadAuditLog } from '../policies/audit-policy';
import { Bilingual, PageQuery } from '../schemas/common';

const AuditEventView = z.object({
  seq: z.number().int(),
  type: z.string(),
  occurredAt: z.string(),
  actor: z.object({ id: z.string(), username: z.string(), displayName: z.string() }).nullable(),
  subject: z.string().nullable(),
  payload: z.record(z.string(), z.unknown()),
  hash: z.string(),
});

export function registerAuditRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/audit', {
    schema: {
      tags: ['audit'],
      summary: '审计日志 The audit log, newest first (auditors and the SME bureau)',
      querystring: z.object({ ...PageQuery, type: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional(), subject: z.string().max(100).optional() }),
      response: { 200: z.object({ items: z.array(AuditEventView), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadAuditLog(user));
    const q = request.query;
    const result = await listAuditEvents(db, { page: q.page, pageSize: q.pageSize, ...(q.type ? { type: q.type } : {}), ...(q.subject ? { subject: q.subject } : {}) });
    return { ...result, page: q.page, pageSize: q.pageSize };
  });

  r.get('/api/audit/verify', {
    schema: {
      tags: ['audit'],
      summary: '校验审计链 Verify the hash chain; names the first bad sequence number',
      response: {
        200: z.object({
          ok: z.boolean(), checked: z.number().int(), lastSeq: z.number().int(),
          firstBadSeq: z.number().int().optional(), problem: z.string().optional(), message: Bilingual.optional(),
        }),
      },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadAuditLog(user));
    return verifyAuditChain(db);
  });
}
