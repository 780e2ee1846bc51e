import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { listInspectors, saveInspector, setRiskGrades, usccsNotInRegistry } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canManageInspections, canReadDepartmentInspections, canSetRiskGrades } from './inspections-policy';
import { DepartmentIdParam, InspectorBody, InspectorDto, InspectorIdParam, RiskGradesBody } from './inspections-schemas';

/** 执法检查人员名录库 (a department's roster with declared conflicts) and the risk grades that form the strata. */
export function registerInspectionRosterRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/inspections/inspectors', {
    schema: {
      tags: ['inspections'],
      summary: '执法检查人员名录 A department\'s inspectors with their declared conflicts (its officers; the SME bureau, auditors). department defaults to my own',
      querystring: z.object({ department: DepartmentIdParam.optional() }),
      response: { 200: z.object({ departmentId: z.string(), items: z.array(InspectorDto) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const departmentId = request.query.department ?? user.departmentId;
    if (!departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canReadDepartmentInspections(user, departmentId));
    const items = await listInspectors(db, departmentId);
    return { departmentId, items: items.map(({ userId: _u, ...i }) => i) };
  });

  r.put('/api/inspections/inspectors/:id', {
    schema: {
      tags: ['inspections'],
      summary: '登记执法检查人员 Add or change an inspector of my department (certificate, declared conflicts of interest by USCC, active); audited',
      params: z.object({ id: InspectorIdParam }),
      body: InspectorBody,
      response: { 200: InspectorDto },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    if (!user.departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canManageInspections(user, user.departmentId));
    const saved = await db.transaction((tx) => saveInspector(tx, { id: request.params.id, departmentId: user.departmentId!, userId: null, ...request.body }, user.id));
    const { userId: _u, ...dto } = saved;
    return dto;
  });

  r.put('/api/inspections/risk-grades', {
    schema: {
      tags: ['inspections'],
      summary: '企业信用风险分类 Load enterprises\' credit-risk grades A–D and credit classes as of a date (the strata of draws; SME bureau, admins); audited',
      body: RiskGradesBody,
      response: { 200: z.object({ count: z.number().int() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canSetRiskGrades(user));
    const unknown = await usccsNotInRegistry(db, request.body.grades.map((g) => g.uscc));
    if (unknown.length > 0)
      throw new AppError('INSPECTION_INVALID_INPUT', { message: { zh: `以下企业不在企业名录中：${unknown.slice(0, 5).join('、')}`, en: `not in the registry: ${unknown.slice(0, 5).join(', ')}` }, details: { unknown: unknown.slice(0, 100) } });
    const count = await db.transaction((tx) => setRiskGrades(tx, request.body.grades, request.body.gradedOn, user.id));
    return { count };
  });
}
