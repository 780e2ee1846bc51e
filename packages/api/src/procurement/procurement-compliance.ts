import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { today, yearOf } from '@huiqi/kernel';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { enforce } from '../policies/decision';
import { assessDepartment } from './assess-department';
import { loadDepartment, procurementRules } from './procurement-context';
import { canReadDepartmentProcurement, canUseProcurementRegister } from './procurement-policy';
import { ComplianceDto, DepartmentIdParam, Year } from './procurement-schemas';

export function registerProcurementComplianceRoute(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get('/api/procurement/departments/:departmentId/compliance', {
    schema: {
      tags: ['procurement'],
      summary: '预留份额评估 Whether a department meets its jurisdiction\'s reserved-share rules for a year, each requirement with its gap, and what it would take (its officers, the SME bureau, auditors)',
      params: z.object({ departmentId: DepartmentIdParam }),
      querystring: z.object({ year: Year.optional() }),
      response: { 200: ComplianceDto },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canUseProcurementRegister(user));
    enforce(canReadDepartmentProcurement(user, request.params.departmentId));
    const department = await loadDepartment(db, request.params.departmentId);
    return assessDepartment(db, await procurementRules(), department, request.query.year ?? yearOf(today()));
  });
}
