import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createProcurementProject, deleteProcurementProject, getProcurementProject, listProcurementProjects, ProjectCodeTakenError, updateProcurementProject,
  type Database, type User,
} from '@huiqi/db';
import { today, yearOf } from '@huiqi/kernel';
import { z } from 'zod';
import { NO_CONTENT } from '../schemas/common';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { loadDepartment, projectFieldsOf } from './procurement-context';
import { canManageDepartmentProcurement, canReadDepartmentProcurement, canUseProcurementRegister } from './procurement-policy';
import { presentProject } from './procurement-presenters';
import { DepartmentIdParam, ProjectBody, ProjectCreateBody, ProjectDto, ProjectIdParam, Year } from './procurement-schemas';

/** Loads a project the user may read (403 before 404 for non-officials; 404; then the department check). */
export async function loadReadableProject(db: Database, user: User, id: string) {
  enforce(canUseProcurementRegister(user));
  const project = await getProcurementProject(db, id);
  if (!project) throw new AppError('PROCUREMENT_PROJECT_NOT_FOUND', { message: { zh: `未找到采购项目 ${id}`, en: `No procurement project ${id}` } });
  enforce(canReadDepartmentProcurement(user, project.departmentId));
  return project;
}

const codeTaken = (code: string) =>
  new AppError('PROCUREMENT_PROJECT_CODE_TAKEN', { message: { zh: `本部门当年已有编号为「${code}」的项目`, en: `The department already has a project coded "${code}" that year` } });

export function registerProcurementProjectRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/procurement/projects', {
    schema: {
      tags: ['procurement'],
      summary: '采购项目登记 A department\'s procurement projects of a year (its own officers; the SME bureau and auditors any department). department defaults to my own',
      querystring: z.object({ department: DepartmentIdParam.optional(), year: Year.optional() }),
      response: { 200: z.object({ departmentId: z.string(), year: z.number().int(), items: z.array(ProjectDto), canManage: z.boolean() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canUseProcurementRegister(user));
    const departmentId = request.query.department ?? user.departmentId;
    if (!departmentId) throw new AppError('VALIDATION_FAILED', { message: { zh: '请指定部门（department）', en: 'Give the department' } });
    enforce(canReadDepartmentProcurement(user, departmentId));
    const department = await loadDepartment(db, departmentId);
    const year = request.query.year ?? yearOf(today());
    const items = await listProcurementProjects(db, { year, departmentId });
    return { departmentId, year, items: items.map((p) => presentProject(p, department)), canManage: canManageDepartmentProcurement(user, departmentId).allowed };
  });

  r.post('/api/procurement/projects', {
    schema: {
      tags: ['procurement'],
      summary: '登记采购项目 Register a project of my department for a year (budget in fen, category, suitability or statutory exemption, reservation); audited',
      body: ProjectCreateBody,
      response: { 201: ProjectDto },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canUseProcurementRegister(user));
    if (!user.departmentId) throw new AppError('PROCUREMENT_NO_DEPARTMENT');
    enforce(canManageDepartmentProcurement(user, user.departmentId));
    const department = await loadDepartment(db, user.departmentId);
    const { year, ...body } = request.body;
    const fields = projectFieldsOf(body);
    try {
      const project = await db.transaction((tx) => createProcurementProject(tx, { departmentId: department.id, year, ...fields }, user.id));
      return reply.status(201).send(presentProject(project, department));
    } catch (e) {
      if (e instanceof ProjectCodeTakenError) throw codeTaken(e.code);
      throw e;
    }
  });

  r.get('/api/procurement/projects/:id', {
    schema: {
      tags: ['procurement'],
      summary: '采购项目详情 One project with its lots and reservation (its department, the SME bureau, auditors)',
      params: z.object({ id: ProjectIdParam }),
      response: { 200: ProjectDto.extend({ canManage: z.boolean() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const project = await loadReadableProject(db, user, request.params.id);
    const department = await loadDepartment(db, project.departmentId);
    return { ...presentProject(project, department), canManage: canManageDepartmentProcurement(user, project.departmentId).allowed };
  });

  r.put('/api/procurement/projects/:id', {
    schema: {
      tags: ['procurement'],
      summary: '修改采购项目 Replace a project\'s fields (its department\'s officers); a new version only when something changed; audited',
      params: z.object({ id: ProjectIdParam }),
      body: ProjectBody,
      response: { 200: ProjectDto.extend({ changedFields: z.array(z.string()) }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const project = await loadReadableProject(db, user, request.params.id);
    enforce(canManageDepartmentProcurement(user, project.departmentId));
    const department = await loadDepartment(db, project.departmentId);
    const fields = projectFieldsOf(request.body);
    try {
      const saved = await db.transaction((tx) => updateProcurementProject(tx, project.id, fields, user.id));
      if (!saved) throw new AppError('PROCUREMENT_PROJECT_NOT_FOUND');
      return { ...presentProject(saved.project, department), changedFields: saved.changedFields };
    } catch (e) {
      if (e instanceof ProjectCodeTakenError) throw codeTaken(e.code);
      throw e;
    }
  });

  r.delete('/api/procurement/projects/:id', {
    schema: {
      tags: ['procurement'],
      summary: '删除采购项目 Delete a project that has no evaluations or declarations yet (its department\'s officers); audited',
      params: z.object({ id: ProjectIdParam }),
      response: { 204: NO_CONTENT },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    const project = await loadReadableProject(db, user, request.params.id);
    enforce(canManageDepartmentProcurement(user, project.departmentId));
    const outcome = await db.transaction((tx) => deleteProcurementProject(tx, project.id, user.id));
    if (outcome === 'NOT_FOUND') throw new AppError('PROCUREMENT_PROJECT_NOT_FOUND');
    if (outcome === 'HAS_EVALUATIONS') throw new AppError('PROCUREMENT_PROJECT_IN_USE');
    return reply.status(204).send(null);
  });
}
