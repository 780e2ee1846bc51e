import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { APPEAL_LIST_MAX_OFFSET, listAppealCases, type AppealCaseScope, type User } from '@huiqi/db';
import { APPEAL_STATUSES } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { PageQuery } from '../schemas/common';
import { canReadAppeals } from './appeals-policy';
import { CaseSummary } from './appeals-schemas';
import { caseSummary, departmentNamesOf } from './appeal-summary';

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

/**
 * GET /api/appeals: a page of the cases the user may see, newest first; `page` for the first 2 000
 * cases, then `after` = the previous page's `nextCursor` (by key, however deep). Totals past
 * 10 000 are the planner's estimate (`totalEstimated`).
 */
export function registerAppealListRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/appeals', {
    schema: {
      tags: ['appeals'],
      summary: '诉求列表 Appeals I may see: my enterprise\'s (enterprise), my department\'s (officers), all (view=all: SME bureau as supervision office; auditors). Never shows the reporter.',
      querystring: z.object({
        ...PageQuery,
        status: z.enum(APPEAL_STATUSES).optional(),
        view: z.enum(['mine', 'all']).default('mine'),
        after: z.string().min(1).max(400).optional(),
      }),
      response: {
        200: z.object({
          items: z.array(CaseSummary), total: z.number(), totalEstimated: z.boolean(), page: z.number(), pageSize: z.number(),
          nextCursor: z.string().nullable(),
        }),
      },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadAppeals(user));
    const q = request.query;
    const offset = q.after ? 0 : (q.page - 1) * q.pageSize;
    // Page numbers reach the first 2 000 cases; past them the list goes on by key (nextCursor).
    if (offset > APPEAL_LIST_MAX_OFFSET) throw new AppError('VALIDATION_FAILED', { message: { zh: `页码过深：前 ${APPEAL_LIST_MAX_OFFSET} 条之后请用“下一页”继续（after=nextCursor）`, en: `Page too deep: past the first ${APPEAL_LIST_MAX_OFFSET} cases continue with the next page (after=nextCursor)` } });
    const page = await listAppealCases(db, {
      scope: listScopeOf(user, q.view),
      ...(q.status ? { statuses: [q.status] } : {}),
      limit: q.pageSize,
      offset,
      after: q.after ?? null,
    }).catch((e: unknown) => {
      if (e instanceof RangeError) throw new AppError('VALIDATION_FAILED', { message: { zh: '翻页标记无效，请从第一页重新开始', en: 'Invalid page cursor: start again from the first page' } });
      throw e;
    });
    const names = await departmentNamesOf(db);
    return { items: page.items.map((c) => caseSummary(c, names)), total: page.total, totalEstimated: page.totalEstimated, page: q.page, pageSize: q.pageSize, nextCursor: page.nextCursor };
  });
}
