import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { AUDIT_MAX_OFFSET, listAuditEvents, verifyAuditChain } from '@huiqi/db';
import { AppError } from '../errors/app-error';
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
      summary: '审计日志 The audit log, newest first (auditors and the SME bureau): by page number for the first 2 000 events, deeper by `before` (the `nextBefore` of the page before); the total is exact up to 10 000',
      querystring: z.object({ ...PageQuery, before: z.coerce.number().int().min(1).optional(), type: z.string().regex(/^[A-Z][A-Z0-9_]*$/).optional(), subject: z.string().max(100).optional() }),
      response: { 200: z.object({ items: z.array(AuditEventView), total: z.number().int(), totalIsLowerBound: z.boolean(), nextBefore: z.number().int().nullable(), page: z.number().int(), pageSize: z.number().int() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadAuditLog(user));
    const q = request.query;
    if (q.before === undefined && (q.page - 1) * q.pageSize > AUDIT_MAX_OFFSET) {
      throw new AppError('VALIDATION_FAILED', {
        message: { zh: `按页码最多翻到前 ${AUDIT_MAX_OFFSET} 条；更早的记录请用“下一页”（before）逐页查看，或按类型、对象筛选`, en: `Page numbers reach the first ${AUDIT_MAX_OFFSET} events; go further with “next page” (before), or filter by type or subject` },
        details: { maxOffset: AUDIT_MAX_OFFSET },
      });
    }
    const result = await listAuditEvents(db, { page: q.page, pageSize: q.pageSize, ...(q.before !== undefined ? { before: q.before } : {}), ...(q.type ? { type: q.type } : {}), ...(q.subject ? { subject: q.subject } : {}) });
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
