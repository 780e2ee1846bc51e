import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listEnterprises } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { canListEnterprises, registryScope } from '../policies/enterprise-policy';
import { PageQuery } from '../schemas/common';
import { EnterpriseSummary, IndustryCode, QualificationTag } from '../schemas/enterprise';

const ListQuery = z.object({
  q: z.string().trim().max(100).optional(),
  district: z.string().regex(/^[a-z]{2}(-[a-z0-9]+)*$/).optional(),
  industry: IndustryCode.optional(),
  tag: QualificationTag.optional(),
  ...PageQuery,
});

export function registerEnterpriseListRoute(app: FastifyInstance, { db }: ApiDeps): void {
  app.withTypeProvider<ZodTypeProvider>().get('/api/enterprises', {
    schema: {
      tags: ['registry'],
      summary: '企业列表 Enterprises within my jurisdiction (an enterprise user gets only its own row)',
      querystring: ListQuery,
      response: { 200: z.object({ items: z.array(EnterpriseSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() }) },
    },
  }, async (request) => {
    const q = request.query;
    const { user } = requirePrincipal(request.principal);
    enforce(canListEnterprises(user));
    const scope = registryScope(user);
    const result = await listEnterprises(db, {
      scope: scope.kind === 'JURISDICTION' ? scope.jurisdiction : null,
      onlyUscc: scope.kind === 'OWN' ? scope.uscc : null,
      ...(q.q ? { q: q.q } : {}),
      ...(q.district ? { district: q.district } : {}),
      ...(q.industry ? { industry: q.industry } : {}),
      ...(q.tag ? { tag: q.tag } : {}),
      page: q.page,
      pageSize: q.pageSize,
    });
    return { ...result, page: q.page, pageSize: q.pageSize };
  });
}
