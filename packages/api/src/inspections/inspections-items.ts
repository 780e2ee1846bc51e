import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { createInspectionItem, getInspectionItem, listInspectionItems, publishInspectionItem } from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { departmentNames, presentItem, requireDepartment, resolveLegalBasis } from './inspections-context';
import { canManageInspections, canReadDepartmentInspections } from './inspections-policy';
import { DepartmentIdParam, ItemBody, ItemDto, ItemIdParam } from './inspections-schemas';

/** 检查事项清单: a department registers items with their legal basis, then publishes them; the public list shows published ones. */
export function registerInspectionItemRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get('/api/inspections/public/items', {
    schema: {
      tags: ['inspections'],
      summary: '检查事项清单 Published inspection items of every department (or one), with legal basis, method and annual cap (public)',
      querystring: z.object({ department: DepartmentIdParam.optional() }),
      response: { 200: z.object({ items: z.array(ItemDto) }) },
      security: [],
    },
  }, async (request) => {
    const names = await departmentNames(db);
    const items = await listInspectionItems(db, { departmentId: request.query.department ?? null, publishedOnly: true });
    return { items: items.map((i) => presentItem(i, names)) };
  });

  r.get('/api/inspections/items', {
    schema: {
      tags: ['inspections'],
      summary: '本部门检查事项 A department\'s items including unpublished ones (its officers; the SME bureau, auditors). department defaults to my own',
      querystring: z.object({ department: DepartmentIdParam.optional() }),
      response: { 200: z.object({ departmentId: z.string(), items: z.array(ItemDto), canManage: z.boolean() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    const departmentId = request.query.department ?? user.departmentId;
    if (!departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canReadDepartmentInspections(user, departmentId));
    const names = await departmentNames(db);
    const items = await listInspectionItems(db, { departmentId, publishedOnly: false });
    return { departmentId, items: items.map((i) => presentItem(i, names)), canManage: canManageInspections(user, departmentId).allowed };
  });

  r.post('/api/inspections/items', {
    schema: {
      tags: ['inspections'],
      summary: '登记检查事项 Register an item of my department (legal basis as law addresses, each checked against the law library); unpublished until published; audited',
      body: ItemBody,
      response: { 201: ItemDto },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    if (!user.departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canManageInspections(user, user.departmentId));
    await requireDepartment(db, user.departmentId);
    resolveLegalBasis(request.body.legalBasis);
    const item = await db.transaction((tx) => createInspectionItem(tx, { departmentId: user.departmentId!, ...request.body }, user.id));
    return reply.status(201).send(presentItem(item, await departmentNames(db)));
  });

  r.post('/api/inspections/items/:id/publish', {
    schema: {
      tags: ['inspections'],
      summary: '公布检查事项 Publish an item of my department (only published items may be inspected); audited',
      params: z.object({ id: ItemIdParam }),
      response: { 200: ItemDto },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    if (!user.departmentId) throw new AppError('INSPECTION_NO_DEPARTMENT');
    enforce(canManageInspections(user, user.departmentId));
    const item = await getInspectionItem(db, request.params.id);
    if (!item) throw new AppError('INSPECTION_ITEM_NOT_FOUND');
    enforce(canManageInspections(user, item.departmentId));
    const published = await db.transaction((tx) => publishInspectionItem(tx, item.id, user.id));
    return presentItem(published!, await departmentNames(db));
  });
}
