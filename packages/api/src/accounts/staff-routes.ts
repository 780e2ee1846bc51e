import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { addEnterpriseStaff, isEnterpriseAdministrator, listEnterpriseStaff, removeEnterpriseStaff } from '@huiqi/db';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { NO_CONTENT, UsccParam } from '../schemas/common';
import { canManageStaff, canSeeStaff } from './accounts-policy';
import { StaffAccount, StaffBody } from './accounts-schemas';

/** 账号管理: an enterprise's administrator adds and removes its staff; its users see the list. */
export function registerStaffRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const Params = z.object({ uscc: UsccParam });

  r.get('/api/enterprises/:uscc/staff', {
    schema: {
      tags: ['accounts'],
      summary: '本企业账号 The enterprise\'s active accounts (its own users), and whether the caller administers them',
      params: Params,
      response: { 200: z.object({ items: z.array(StaffAccount), canManage: z.boolean() }) },
    },
  }, async (request) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canSeeStaff(user, request.params.uscc));
    return { items: await listEnterpriseStaff(db, request.params.uscc), canManage: await isEnterpriseAdministrator(db, user) };
  });

  r.post('/api/enterprises/:uscc/staff', {
    schema: {
      tags: ['accounts'],
      summary: '添加员工账号 Add a staff account (username and initial password) — the enterprise\'s administrator only',
      params: Params,
      body: StaffBody,
      response: { 201: StaffAccount },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canManageStaff(user, request.params.uscc, await isEnterpriseAdministrator(db, user)));
    const outcome = await db.transaction((tx) => addEnterpriseStaff(tx, { userId: user.id, uscc: request.params.uscc, district: user.jurisdiction }, request.body));
    if (outcome.status === 'USERNAME_TAKEN') throw new AppError('ACCOUNT_USERNAME_TAKEN');
    return reply.status(201).send(outcome.account);
  });

  r.delete('/api/enterprises/:uscc/staff/:userId', {
    schema: {
      tags: ['accounts'],
      summary: '删除员工账号 Remove a staff account (disabled, sessions ended, tokens revoked) — the enterprise\'s administrator only',
      params: Params.extend({ userId: z.string().min(1).max(64) }),
      response: { 204: NO_CONTENT },
    },
  }, async (request, reply) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canManageStaff(user, request.params.uscc, await isEnterpriseAdministrator(db, user)));
    const outcome = await db.transaction((tx) => removeEnterpriseStaff(tx, { userId: user.id, uscc: request.params.uscc }, request.params.userId));
    if (outcome === 'NOT_FOUND') throw new AppError('STAFF_NOT_FOUND');
    if (outcome === 'SELF') throw new AppError('STAFF_CANNOT_REMOVE_SELF');
    if (outcome === 'ADMINISTRATOR') throw new AppError('STAFF_CANNOT_REMOVE_ADMINISTRATOR');
    return reply.status(204).send(null);
  });
}
