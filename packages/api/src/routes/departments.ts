import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { findDepartment, listDepartmentOfficers, listDepartments, ROLES } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canListDepartments, canReadDepartment } from '../policies/department-policy';
import { Bilingual } from '../schemas/common';

const Department = z.object({ id: z.string(), name: Bilingual, jurisdiction: z.string(), isSmeBureau: z.boolean() });

export function registerDepartmentRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/departments', {
    schema: { tags: ['organisation'], summary: '部门列表 Departments (officers and auditors)', response: { 200: z.array(Department) } },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canListDepartments(user));
    return listDepartments(db);
  });

  r.get('/api/departments/:id', {
    schema: {
      tags: ['organisation'],
      summary: '部门详情 A department with its officers (its own officers, the SME bureau and auditors only)',
      params: z.object({ id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/) }),
      response: {
        200: z.object({
          department: Department,
          officers: z.array(z.object({ id: z.string(), username: z.string(), displayName: z.string(), role: z.enum(ROLES) })),
        }),
      },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canListDepartments(user));
    enforce(canReadDepartment(user, request.params.id));
    const department = await findDepartment(db, request.params.id);
    if (!department) throw new AppError('DEPARTMENT_NOT_FOUND');
    const officers = await listDepartmentOfficers(db, department.id);
    return { department, officers: officers.map((o) => ({ id: o.id, username: o.username, displayName: o.displayName, role: o.role })) };
  });
}
