import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listDepartments } from '@huiqi/db';
import { z } from 'zod';
import { Bilingual } from '../schemas/common';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { canReadAppeals } from './appeals-policy';
import { CaseViewSchema, TrackingNumberParam } from './appeals-schemas';
import { loadVisibleCase } from './appeals-service';

export function registerAppealDetailRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/appeals/:trackingNumber', {
    schema: {
      tags: ['appeals'],
      summary: '诉求详情 One appeal as I may see it, with the names of all departments: timeline, due dates with their legal source, pauses, and what I may do next (availableActions). 404 alike for a missing case and one I may not see.',
      params: TrackingNumberParam,
      response: { 200: z.object({ case: CaseViewSchema, departments: z.record(z.string(), Bilingual) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canReadAppeals(user));
    const { view } = await loadVisibleCase(db, user, request.params.trackingNumber);
    // Names of the government departments on the case (public organisation names, no personal data).
    const departments = Object.fromEntries((await listDepartments(db)).map((d) => [d.id, d.name]));
    return { case: view, departments };
  });
}
