import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { getDeclaredFacts, getEnterprise, getFigures, listDepartmentFacts } from '@huiqi/db';
import { plainDate } from '@huiqi/kernel';
import { innovationScore, localDateOf } from '@huiqi/workflows';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { enterpriseFactsFromRegistry } from '../rules/enterprise-facts';
import { PlainDateString } from '../schemas/common';
import { requireEnterprise } from './cultivation-actor';
import { beijingInstant } from './cultivation-clock';
import { InnovationScoreView } from './cultivation-schemas';

/**
 * 创新积分 of the enterprise itself (000 第三十三条): the indicator model of `@huiqi/workflows`
 * (flagged unverified) over the same facts the rules read on the date — registry figures, declared
 * facts and department certificates.
 */
export function registerInnovationScoreRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/cultivation/innovation-score', { schema: { tags: ['cultivation'], summary: '创新积分 The enterprise’s innovation score by indicator (a configurable, cited model flagged unverified)', querystring: z.object({ date: PlainDateString.optional() }), response: { 200: InnovationScoreView } } }, async (request) => {
    const { uscc } = requireEnterprise(request);
    const date = request.query.date ? plainDate(request.query.date) : localDateOf(beijingInstant());
    const profile = await getEnterprise(db, uscc);
    if (!profile) throw new AppError('ENTERPRISE_NOT_FOUND');
    const fiscalYear = Number(date.slice(0, 4)) - 1;
    const [figures, declared, departmentFacts] = await Promise.all([getFigures(db, uscc), getDeclaredFacts(db, uscc, fiscalYear), listDepartmentFacts(db, uscc)]);
    const facts = enterpriseFactsFromRegistry(profile, figures, date, declared, departmentFacts);
    if (!facts.ok) throw new AppError('VALIDATION_FAILED', { message: { zh: '企业数据不完整，无法计算创新积分', en: 'The enterprise data cannot be read for the innovation score' } });
    return { date, fiscalYear, ...innovationScore(facts.value.facts) };
  });
}
