import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listParameters, parameterHistory } from '@huiqi/rules-engine';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { AppError } from '../errors/app-error';
import { jurisdictionName } from './policies';
import { getRules } from './rule-base';
import { ParameterDetail, ParameterSummary } from './rules-schemas';

/**
 * Parameters (dated legal figures with their sources) are public, like the policy list: every value
 * is read from a published text and already appears in the explanation an enterprise gets; drafts
 * and unverified figures are flagged, never applied silently. Publishing them lets anyone check the
 * figures the platform applies (政府信息公开条例 第十九、二十条: policy measures are disclosed proactively).
 */
export function registerParameterRoutes(app: FastifyInstance, _deps: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/rules/parameters', {
    schema: {
      tags: ['rules'],
      summary: '参数列表 Every parameter (dotted path, zh/en description, unit, jurisdictions with values, unverified/draft flags) (public)',
      response: { 200: z.object({ items: z.array(ParameterSummary) }) },
    },
  }, async () => {
    const { rb } = await getRules();
    const items = listParameters(rb).map((p) => {
      const h = parameterHistory(rb, p.path)!;
      const values = h.byJurisdiction.flatMap((j) => j.values);
      return {
        ...p,
        jurisdictions: h.byJurisdiction.map((j) => j.jurisdiction),
        values: values.length,
        hasUnverified: values.some((v) => v.unverified),
        hasDraft: values.some((v) => v.draft),
      };
    });
    items.sort((a, b) => a.path.localeCompare(b.path));
    return { items };
  });

  r.get('/api/rules/parameters/:path', {
    schema: {
      tags: ['rules'],
      summary: '参数历史 One parameter\'s value history per jurisdiction: effective date, value (in the file\'s unit), source article with its text, publication date, unverified and draft flags (public)',
      params: z.object({ path: z.string().refine((v) => /^[a-z0-9_]+(\.[a-z0-9_]+)*$/.test(v), { message: 'must be a dotted parameter path such as procurement.price_deduction.goods_services.min', params: { zh: '应为点分参数路径，如 procurement.price_deduction.goods_services.min', en: 'must be a dotted parameter path such as procurement.price_deduction.goods_services.min' } }) }),
      response: { 200: ParameterDetail },
    },
  }, async (request) => {
    const { rb } = await getRules();
    const h = parameterHistory(rb, request.params.path);
    if (!h) throw new AppError('RULES_PARAMETER_NOT_FOUND', { message: { zh: `未找到参数「${request.params.path}」`, en: `No parameter '${request.params.path}'` } });
    return { ...h, byJurisdiction: h.byJurisdiction.map((j) => ({ ...j, jurisdictionName: jurisdictionName(rb, j.jurisdiction) })) };
  });
}
