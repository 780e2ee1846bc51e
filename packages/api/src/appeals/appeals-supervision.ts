import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listAppealCases } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { canSupervise } from './appeals-policy';
import { CaseSummary } from './appeals-schemas';
import { caseSummary, departmentNamesOf } from './appeal-summary';

export function registerAppealSupervisionRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/appeals/supervision', {
    schema: {
      tags: ['appeals'],
      summary: '督办清单 Open cases whose earliest running due date is past or within `withinDays` days (default 3), earliest first; plus cases awaiting an extension decision (supervision office and auditors)',
      querystring: z.object({ withinDays: z.coerce.number().int().min(0).max(60).default(3) }),
      response: { 200: z.object({ asOf: z.string(), dueSoon: z.array(CaseSummary.extend({ isOverdue: z.boolean() })), extensionRequests: z.array(CaseSummary) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canSupervise(user));
    const now = Date.now();
    const horizon = new Date(now + request.query.withinDays * 86_400_000).toISOString();
    const due = await listAppealCases(db, { scope: { kind: 'ALL' }, dueBefore: horizon, limit: 200 });
    const ext = await listAppealCases(db, { scope: { kind: 'ALL' }, statuses: ['EXTENSION_REQUESTED'], limit: 200 });
    const names = await departmentNamesOf(db);
    return {
      asOf: new Date(now).toISOString(),
      dueSoon: due.items.map((c) => ({ ...caseSummary(c, names), isOverdue: c.nextDueAt !== null && Date.parse(c.nextDueAt) <= now })),
      extensionRequests: ext.items.map((c) => caseSummary(c, names)),
    };
  });
}
