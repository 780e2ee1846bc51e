import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  createDepartment, createDepartmentToken, createOfficer, deactivateDepartment, findDepartmentForAdmin, forcePasswordChange, listAccounts, listDepartmentsForAdmin,
  listDepartmentTokens, resetPassword, revokeDepartmentToken, setAccountDisabled, updateDepartment, type AdminUserView, type User,
} from '@huiqi/db';
import { z } from 'zod';
import type { ApiDeps } from '../deps';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';
import { enforce } from '../policies/decision';
import { canAdminister } from './admin-policy';
import { unwrap } from './admin-result';
import { ensureRuleBaseJurisdiction, jurisdictionOptions } from './admin-jurisdictions';
import {
  AccountQuery, AdminAccount, AdminDepartment, CreateAccountInput, CreateDepartmentInput, CreateTokenInput, DepartmentToken, JurisdictionOption, UpdateDepartmentInput,
} from './admin-schemas';

const IdParam = z.object({ id: z.string().max(64) });
const TAGS = ['admin'];

const presentAccount = (u: AdminUserView | User & { createdAt?: string; disabledAt?: string | null }) => ({
  id: u.id, username: u.username, displayName: u.displayName, role: u.role, jurisdiction: u.jurisdiction, departmentId: u.departmentId,
  departmentName: u.departmentName, disabled: u.disabled, mustChangePassword: u.mustChangePassword, isDemo: u.isDemo,
  createdAt: u.createdAt ?? '', disabledAt: u.disabledAt ?? null,
});

/**
 * 系统管理: departments (create, rename, parent, district scope, deactivate), officer accounts
 * (create with role and department, disable, force a password change, reset the password), and
 * tokens of department systems (one department, the intake kinds it may submit, an expiry; last
 * use; revocable). Administrators only; every write appends its audit event in the same transaction.
 */
export function registerAdminRoutes(app: FastifyInstance, { db }: ApiDeps): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const admin = (request: { principal: Parameters<typeof requirePrincipal>[0] }) => {
    const { user } = requirePrincipal(request.principal);
    enforce(canAdminister(user));
    return user;
  };
  const account = async (id: string) => (await listAccounts(db, {})).find((a) => a.id === id);

  r.get('/api/admin/jurisdictions', {
    schema: { tags: TAGS, summary: '辖区选项 Jurisdictions to choose from (stored, and the rule base\'s)', response: { 200: z.object({ items: z.array(JurisdictionOption) }) } },
  }, async (request) => {
    admin(request);
    return { items: await jurisdictionOptions(db) };
  });

  r.get('/api/admin/departments', {
    schema: { tags: TAGS, summary: '部门列表 Departments with district scope, parent, active officers and tokens', response: { 200: z.object({ items: z.array(AdminDepartment) }) } },
  }, async (request) => {
    admin(request);
    return { items: await listDepartmentsForAdmin(db) };
  });

  r.post('/api/admin/departments', {
    schema: { tags: TAGS, summary: '新建部门 Create a department', body: CreateDepartmentInput, response: { 201: AdminDepartment } },
  }, async (request, reply) => {
    const user = admin(request);
    const b = request.body;
    const created = await db.transaction(async (tx) => {
      await ensureRuleBaseJurisdiction(tx, b.jurisdiction, user.id);
      return unwrap(await createDepartment(tx, { id: b.id.trim(), nameZh: b.nameZh, nameEn: b.nameEn, jurisdiction: b.jurisdiction, parentId: b.parentId || null, isSmeBureau: b.isSmeBureau }, user.id));
    });
    return reply.code(201).send(created);
  });

  r.patch('/api/admin/departments/:id', {
    schema: { tags: TAGS, summary: '修改部门 Rename, re-parent or re-scope a department', params: IdParam, body: UpdateDepartmentInput, response: { 200: AdminDepartment } },
  }, async (request) => {
    const user = admin(request);
    const b = request.body;
    return db.transaction(async (tx) => {
      if (b.jurisdiction) await ensureRuleBaseJurisdiction(tx, b.jurisdiction, user.id);
      return unwrap(await updateDepartment(tx, request.params.id, { ...b, ...(b.parentId === '' ? { parentId: null } : {}) }, user.id));
    });
  });

  r.post('/api/admin/departments/:id/deactivate', {
    schema: { tags: TAGS, summary: '停用部门 Deactivate a department (refused while it has active officers or sub-departments); its systems\' tokens stop working', params: IdParam, response: { 200: AdminDepartment } },
  }, async (request) => {
    const user = admin(request);
    return db.transaction(async (tx) => unwrap(await deactivateDepartment(tx, request.params.id, user.id)));
  });

  r.get('/api/admin/users', {
    schema: { tags: TAGS, summary: '账号列表 Accounts, filtered by role, department, status or name', querystring: AccountQuery, response: { 200: z.object({ items: z.array(AdminAccount) }) } },
  }, async (request) => {
    admin(request);
    const q = request.query;
    const items = await listAccounts(db, { ...(q.role ? { role: q.role } : {}), ...(q.departmentId ? { departmentId: q.departmentId } : {}), ...(q.q ? { q: q.q } : {}), ...(q.status ? { disabled: q.status === 'DISABLED' } : {}) });
    return { items: items.map(presentAccount) };
  });

  r.post('/api/admin/users', {
    schema: { tags: TAGS, summary: '新建账号 Create an officer account with role and department', body: CreateAccountInput, response: { 201: AdminAccount } },
  }, async (request, reply) => {
    const user = admin(request);
    const b = request.body;
    const created = await db.transaction(async (tx) => {
      if (b.jurisdiction && !b.departmentId) await ensureRuleBaseJurisdiction(tx, b.jurisdiction, user.id);
      return unwrap(await createOfficer(tx, { username: b.username, displayName: b.displayName, role: b.role, password: b.password, departmentId: b.departmentId || null, jurisdiction: b.jurisdiction || null }, user.id, 'CONSOLE'));
    });
    return reply.code(201).send(presentAccount((await account(created.id)) ?? created));
  });

  for (const [action, summary] of [
    ['disable', '停用账号 Disable an account (its sessions end)'],
    ['enable', '启用账号 Re-enable an account'],
    ['force-password-change', '要求改密 The account must change its password at its next request'],
  ] as const) {
    r.post(`/api/admin/users/:id/${action}`, {
      schema: { tags: TAGS, summary, params: IdParam, response: { 200: AdminAccount } },
    }, async (request) => {
      const user = admin(request);
      const id = request.params.id;
      const done = await db.transaction(async (tx) =>
        unwrap(action === 'force-password-change' ? await forcePasswordChange(tx, id, user.id) : await setAccountDisabled(tx, id, action === 'disable', user.id)));
      return presentAccount((await account(done.id)) ?? done);
    });
  }

  r.post('/api/admin/users/:id/reset-password', {
    schema: {
      tags: TAGS, summary: '重置密码 A temporary password, shown once, to be changed at the next sign-in; the account\'s sessions end', params: IdParam,
      response: { 200: z.object({ account: AdminAccount, temporaryPassword: z.string() }) },
    },
  }, async (request) => {
    const user = admin(request);
    const done = await db.transaction(async (tx) => unwrap(await resetPassword(tx, request.params.id, user.id)));
    return { account: presentAccount((await account(done.user.id)) ?? done.user), temporaryPassword: done.temporaryPassword };
  });

  r.get('/api/admin/tokens', {
    schema: { tags: TAGS, summary: '接口令牌 Tokens of department systems with scope, expiry and last use', querystring: z.object({ departmentId: z.string().max(48).optional() }), response: { 200: z.object({ items: z.array(DepartmentToken) }) } },
  }, async (request) => {
    admin(request);
    return { items: await listDepartmentTokens(db, request.query.departmentId ? { departmentId: request.query.departmentId } : {}) };
  });

  r.post('/api/admin/tokens', {
    schema: {
      tags: TAGS, summary: '签发令牌 Issue a token for a department system: one department, the intake kinds it may submit, an expiry; the secret is shown once',
      body: CreateTokenInput, response: { 201: z.object({ token: z.string(), item: DepartmentToken }) },
    },
  }, async (request, reply) => {
    const user = admin(request);
    const created = await db.transaction(async (tx) => unwrap(await createDepartmentToken(tx, request.body, user.id)));
    return reply.code(201).send({ token: created.token, item: created.view });
  });

  r.post('/api/admin/tokens/:id/revoke', {
    schema: { tags: TAGS, summary: '撤销令牌 Revoke a department system\'s token at once', params: IdParam, response: { 200: DepartmentToken } },
  }, async (request) => {
    const user = admin(request);
    return db.transaction(async (tx) => unwrap(await revokeDepartmentToken(tx, request.params.id, user.id)));
  });

  r.get('/api/admin/departments/:id', {
    schema: { tags: TAGS, summary: '部门详情 One department', params: IdParam, response: { 200: AdminDepartment } },
  }, async (request) => {
    admin(request);
    const d = await findDepartmentForAdmin(db, request.params.id);
    if (!d) throw new AppError('ADMIN_NOT_FOUND', { message: { zh: '没有这个部门', en: 'No such department' } });
    return d;
  });
}
