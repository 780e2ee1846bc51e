import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listJurisdictions, recordYearlyFigures, updateEnterpriseProfile, getFigures } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canEditProfile, canEditTags, canMoveTo, canRecordFigures } from '../policies/enterprise-policy';
import { UsccParam, yearOf } from '../schemas/common';
import { EnterpriseDetail, EnterprisePatchInput, FiguresInput, YearlyFigures } from '../schemas/enterprise';
import { enterpriseDetail, loadReadableEnterprise } from './enterprise-detail';

export function registerEnterpriseUpdateRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.patch('/api/enterprises/:uscc', {
    schema: {
      tags: ['registry'],
      summary: '修改企业档案 Change profile fields (the enterprise itself, or SME-bureau officers; tags: SME bureau only). Each change is a new dated version.',
      params: z.object({ uscc: UsccParam }),
      body: EnterprisePatchInput,
      response: { 200: EnterpriseDetail.extend({ changedFields: z.array(z.string()) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const { uscc } = request.params;
    const patch = request.body;
    const current = await loadReadableEnterprise(db, user, uscc);
    enforce(canEditProfile(user, current));
    if (patch.tags !== undefined && JSON.stringify([...patch.tags].sort()) !== JSON.stringify([...current.tags].sort())) enforce(canEditTags(user, current));
    if (patch.district !== undefined && patch.district !== current.district) {
      const known = (await listJurisdictions(db)).some((j) => j.id === patch.district);
      if (!known) {
        throw new AppError('VALIDATION_FAILED', {
          message: { zh: `未知的所属区：${patch.district}`, en: `Unknown district: ${patch.district}` },
          details: { part: 'body', issues: [{ path: 'district', code: 'unknown_district', message: { zh: `未知的所属区：${patch.district}`, en: `unknown district ${patch.district}` } }] },
        });
      }
      enforce(canMoveTo(user, patch.district));
    }
    const outcome = await db.transaction((tx) => updateEnterpriseProfile(tx, uscc, patch, user.id));
    if (outcome.status === 'NOT_FOUND') throw new AppError('ENTERPRISE_NOT_FOUND');
    const detail = await enterpriseDetail(db, user, uscc, null);
    return { ...detail, changedFields: outcome.status === 'UPDATED' ? outcome.changedFields : [] };
  });

  r.put('/api/enterprises/:uscc/figures/:year', {
    schema: {
      tags: ['registry'],
      summary: '填报年度数据 Record one year\'s figures (the enterprise itself); money in integer fen',
      params: z.object({ uscc: UsccParam, year: yearOf(1980, 2100) }),
      body: FiguresInput,
      response: { 200: z.object({ figures: YearlyFigures, changedFields: z.array(z.string()), status: z.enum(['UPDATED', 'UNCHANGED']) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const { uscc, year } = request.params;
    const current = await loadReadableEnterprise(db, user, uscc);
    enforce(canRecordFigures(user, current));
    const thisYear = new Date().getUTCFullYear();
    if (year > thisYear) {
      throw new AppError('VALIDATION_FAILED', {
        message: { zh: `不能填报未来年度（${year}）的数据`, en: `Cannot record figures for a future year (${year})` },
        details: { part: 'params', issues: [{ path: 'year', code: 'future_year', message: { zh: `年度不能晚于 ${thisYear}`, en: `year must not be after ${thisYear}` } }] },
      });
    }
    const outcome = await db.transaction((tx) => recordYearlyFigures(tx, uscc, year, request.body, user.id));
    if (outcome.status === 'NOT_FOUND') throw new AppError('ENTERPRISE_NOT_FOUND');
    const figures = (await getFigures(db, uscc)).find((f) => f.year === year)!;
    return { figures, status: outcome.status, changedFields: outcome.status === 'UPDATED' ? outcome.changedFields : [] };
  });
}
