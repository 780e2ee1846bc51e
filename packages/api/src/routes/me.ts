import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listJurisdictions } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { presentMe } from '../presenters/me';
import { Bilingual } from '../schemas/common';
import { Me } from '../schemas/me';

export function registerMeRoutes(app: FastifyInstance, deps: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/me', {
    schema: { tags: ['auth'], summary: '当前用户 The signed-in user (401 when not logged in)', response: { 200: Me } },
  }, async (request) => {
    const p = requirePrincipal(request.principal);
    return presentMe(p.user, p.via);
  });

  r.get('/api/jurisdictions', {
    schema: {
      tags: ['registry'],
      summary: '辖区列表 Jurisdictions (city and districts), for filters',
      response: { 200: z.array(z.object({ id: z.string(), parentId: z.string().nullable(), name: Bilingual })) },
    },
  }, async (request) => {
    requirePrincipal(request.principal);
    return listJurisdictions(deps.db);
  });
}
