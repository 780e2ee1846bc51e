import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { decodeCursor, MAX_OFFSET, searchEnterprises } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canListEnterprises, registryScope } from '../policies/enterprise-policy';
import { PageQuery } from '../schemas/common';
import { EnterpriseSummary, IndustryCode, QualificationTag } from '../schemas/enterprise';

const ListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  district: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)*$/).optional(),
  industry: IndustryCode.optional(),
  tag: QualificationTag.optional(),
  /** The `nextCursor` of the previous page: the next page by key, however deep. */
  after: z.string().max(400).optional(),
  ...PageQuery,
});

export function registerEnterpriseListRoute(app: FastifyInstance, { db }: ApiDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/enterprises', {
    schema: {
      tags: ['registry'],
      summary: '企业列表 Enterprises within my jurisdiction in name order (an enterprise user gets only its own row): q is a credit-code prefix (letters and digits) or any part of the name; pages by key with after=nextCursor (page by number only for the first 2 000 rows); total exact up to 10 000, else an estimate (totalEstimated)',
      querystring: ListQuery,
      response: { 200: z.object({ items: z.array(EnterpriseSummary), total: z.number().int(), totalEstimated: z.boolean(), nextCursor: z.string().nullable(), page: z.number().int(), pageSize: z.number().int() }) },
    },
  }, async (request) => {
    const q = request.query;
    const { user } = requirePrincipal(request.principal);
    enforce(canListEnterprises(user));
    const scope = registryScope(user);
    if (q.after !== undefined && !decodeCursor(q.after)) {
      throw new AppError('VALIDATION_FAILED', { message: { zh: '翻页标记无效，请从第一页重新查询', en: 'The page cursor is not valid; search again from the first page' } });
    }
    const offset = (q.page - 1) * q.pageSize;
    if (q.after === undefined && offset > MAX_OFFSET) {
      throw new AppError('VALIDATION_FAILED', {
        message: { zh: `按页码最多翻到前 ${MAX_OFFSET} 条；更靠后的结果请用“下一页”逐页查看，或增加筛选条件`, en: `Page numbers reach the first ${MAX_OFFSET} rows; go further with “next page” (after), or narrow the search` },
        details: { maxOffset: MAX_OFFSET },
      });
    }
    const result = await searchEnterprises(db, {
      scope: scope.kind === 'JURISDICTION' ? scope.jurisdiction : null,
      onlyUscc: scope.kind === 'OWN' ? scope.uscc : null,
      ...(q.q ? { q: q.q } : {}),
      ...(q.district ? { district: q.district } : {}),
      ...(q.industry ? { industry: q.industry } : {}),
      ...(q.tag ? { tag: q.tag } : {}),
      pageSize: q.pageSize,
      ...(q.after !== undefined ? { after: q.after } : { offset }),
    });
    return { ...result, page: q.page, pageSize: q.pageSize };
  });
}
