import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { plainDate, today } from '@huiqi/kernel';
import { classifySize, sizeStandardOn, factField } from '@huiqi/rules-engine';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { getRules } from './rule-base';
import { ClassifyInput, SizeClassAnswer } from './rules-schemas';
import { describeSize } from './size-class-answer';

/** 划型 as a public tool: no login, nothing stored. */
export function registerClassifyRoute(app: FastifyInstance, _deps: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.post('/api/rules/classify', {
    schema: {
      tags: ['rules'],
      summary: '企业划型 Size class (大型/中型/小型/微型) under the size standard in force on `date` (default today), from an industry code and employees / revenue / total assets in yuan, with the reasons and the cited standard (public tool)',
      body: ClassifyInput,
      response: { 200: SizeClassAnswer.extend({ date: z.string() }) },
    },
  }, async (request) => {
    const { rb } = await getRules();
    const body = request.body;
    const date = body.date ? plainDate(body.date) : today();
    const std = sizeStandardOn(rb.sizeStandard, date);
    if (!std) throw new AppError('RULES_NO_SIZE_STANDARD', { message: { zh: `${date} 没有生效的划型标准`, en: `No size standard in force on ${date}` } });
    const outcome = classifySize(std, rb.industryMap, {
      industryCode: body.industryCode,
      employees: body.employees,
      revenue: body.revenueYuan,
      totalAssets: body.totalAssetsYuan,
      isIndividualBusiness: body.isIndividualBusiness,
    });
    if (outcome.status === 'ERROR') throw new AppError('RULES_INDUSTRY_CODE_UNKNOWN', { message: outcome.reason });
    const answer = describeSize(rb, outcome, date, (name) => ({ name, label: factField(name)?.label ?? { zh: name, en: name } }));
    return { ...answer, date };
  });
}
