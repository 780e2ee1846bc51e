import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listAppealCases, type AppealCaseScope, type User } from '@huiqi/db';
import { APPEAL_STATUSES } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { PageQuery } from '../schemas/common';
import { canReadAppeals } from './appeals-policy';
import { CaseSummary } from './appeals-schemas';
import { caseSummary } from './appeal-summary';

/**
 * Which cases a list may contain for `user`: an enterprise its own (its users' and its own
 * code's); a department those it owns, leads or co-handles; the SME bureau its own or — as the
 * supervision office, `view=all` — every case; auditors every case.
 */
export function listScopeOf(user: User, view: 'mine' | 'all'): AppealCaseScope {
  if (user.role === 'ENTERPRISE') return { kind: 'REPORTER', userId: user.id, uscc: user.uscc };
  if (user.role === 'AUDITOR' || (user.role === 'SME_BUREAU' && view === 'all')) return { kind: 'ALL' };
  return { kind: 'DEPARTMENT', departmentId: user.departmentId ?? '-' };
}

export function registerAppealListRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/appeals', {
    schema: {
      tags: ['appeals'],
      summary: '诉求列表 Appeals I may see: my enterprise\'s (enterprise), my department\'s (officers), all (view=all: SME bureau as supervision office; auditors). Never shows the reporter.',
      querystring: z.object({ ...PageQuery, status: z.enum(APPEAL_STATUSES).optional(), view: z.enum(['mine', 'all']).default('mine') }),
      response: { 200: z.object({ items: z.array(CaseSummary), total: z.number(), page: z.number(), pageSize: z.number() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadAppeals(user));
    const q = request.query;
    const { items, total } = await listAppealCases(db, {
      scope: listScopeOf(user, q.view),
      ...(q.status ? { statuses: [q.status] } : {}),
      limit: q.pageSize,
      offset: (q.page - 1) * q.pageSize,
    });
    return { items: items.map(caseSummary), total, page: q.page, pageSize: q.pageSize };
  });
}
