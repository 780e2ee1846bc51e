import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getEnterprise, getEnterpriseAsOf, getEnterpriseHistory, getFigures, getFiguresAsOf, type Database, type User } from '@huiqi/db';
import { plainDate } from '@huiqi/kernel';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canEditProfile, canEditTags, canReadEnterprise, canReadEnterpriseCode, canRecordFigures } from '../policies/enterprise-policy';
import { endOfDayInstant } from '../presenters/as-of';
import { PlainDateString, UsccParam } from '../schemas/common';
import { EnterpriseDetail, HistoryEntry } from '../schemas/enterprise';

/** Validated lookup shared by the enterprise routes: 403 before lookup for other enterprises' users, 404, then scope. */
export async function loadReadableEnterprise(db: Database, user: User, uscc: string) {
  enforce(canReadEnterpriseCode(user, uscc));
  const enterprise = await getEnterprise(db, uscc);
  if (!enterprise) throw new AppError('ENTERPRISE_NOT_FOUND', { message: { zh: `未找到统一社会信用代码为 ${uscc} 的企业`, en: `No enterprise with code ${uscc}` } });
  enforce(canReadEnterprise(user, enterprise));
  return enterprise;
}

export async function enterpriseDetail(db: Database, user: User, uscc: string, asOf: string | null) {
  const current = await loadReadableEnterprise(db, user, uscc);
  const permissions = {
    canEdit: canEditProfile(user, current).allowed,
    canEditTags: canEditTags(user, current).allowed,
    canRecordFigures: canRecordFigures(user, current).allowed,
  };
  if (!asOf) return { enterprise: current, figures: await getFigures(db, uscc), permissions, asOf: null };
  const at = endOfDayInstant(plainDate(asOf));
  const then = await getEnterpriseAsOf(db, uscc, at);
  if (!then) {
    throw new AppError('ENTERPRISE_NOT_FOUND', { message: { zh: `截至 ${asOf} 该企业尚未登记`, en: `The enterprise was not yet registered as of ${asOf}` } });
  }
  // A past state is read-only.
  return { enterprise: then, figures: await getFiguresAsOf(db, uscc, at), permissions: { canEdit: false, canEditTags: false, canRecordFigures: false }, asOf };
}

export function registerEnterpriseDetailRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/enterprises/:uscc', {
    schema: {
      tags: ['registry'],
      summary: '企业档案 One enterprise: profile, yearly figures and what I may do; ?asOf=YYYY-MM-DD gives the state at the end of that day (China time)',
      params: z.object({ uscc: UsccParam }),
      querystring: z.object({ asOf: PlainDateString.optional() }),
      response: { 200: EnterpriseDetail },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    return enterpriseDetail(db, user, request.params.uscc, request.query.asOf ?? null);
  });

  r.get('/api/enterprises/:uscc/history', {
    schema: {
      tags: ['registry'],
      summary: '变更历史 Every version of the profile and the yearly figures, newest first, with who and when',
      params: z.object({ uscc: UsccParam }),
      response: { 200: z.object({ items: z.array(HistoryEntry) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    await loadReadableEnterprise(db, user, request.params.uscc);
    return { items: await getEnterpriseHistory(db, request.params.uscc) };
  });
}
