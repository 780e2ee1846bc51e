import { all, only, type MatrixRows } from '../matrix/principals';

const NO_USER = '/api/admin/users/00000000-0000-4000-8000-000000000000';
const inAYear = new Date(Date.now() + 365 * 86_400_000).toISOString();

/**
 * Administration: the administrator only. Lookups of ids that do not exist answer 404 after
 * authorization, so the matrix changes no one's account; the creating rows run once (only the
 * administrator passes). Changing one's own password is everyone's (the wrong current password
 * here: 422), the finance officer's too.
 */
export const adminMatrix: MatrixRows = {
  'GET /api/admin/jurisdictions': { url: '/api/admin/jurisdictions', expect: only(['admin']) },
  'GET /api/admin/departments': { url: '/api/admin/departments', expect: only(['admin']) },
  'GET /api/admin/departments/:id': { url: '/api/admin/departments/dept-miit', expect: only(['admin']) },
  'POST /api/admin/departments': {
    url: '/api/admin/departments', payload: { id: 'dept-matrix', nameZh: '矩阵测试局', nameEn: 'Matrix Bureau', jurisdiction: 'cn-gd-sz', parentId: null }, expect: only(['admin'], 201),
  },
  'PATCH /api/admin/departments/:id': { url: '/api/admin/departments/no-such-dept', payload: { nameZh: '改名' }, expect: only(['admin'], 404) },
  'POST /api/admin/departments/:id/deactivate': { url: '/api/admin/departments/no-such-dept/deactivate', expect: only(['admin'], 404) },
  'GET /api/admin/users': { url: '/api/admin/users?role=DEPARTMENT', expect: only(['admin']) },
  'POST /api/admin/users': {
    url: '/api/admin/users', payload: { username: 'matrix-officer', displayName: '矩阵测试人员', role: 'DEPARTMENT', password: 'Kq7-Staff#Pass-2026', departmentId: 'dept-miit' }, expect: only(['admin'], 201),
  },
  'POST /api/admin/users/:id/disable': { url: `${NO_USER}/disable`, expect: only(['admin'], 404) },
  'POST /api/admin/users/:id/enable': { url: `${NO_USER}/enable`, expect: only(['admin'], 404) },
  'POST /api/admin/users/:id/force-password-change': { url: `${NO_USER}/force-password-change`, expect: only(['admin'], 404) },
  'POST /api/admin/users/:id/reset-password': { url: `${NO_USER}/reset-password`, expect: only(['admin'], 404) },
  'GET /api/admin/tokens': { url: '/api/admin/tokens', expect: only(['admin']) },
  'POST /api/admin/tokens': {
    url: '/api/admin/tokens', payload: { departmentId: 'dept-miit', name: '矩阵测试系统', intakeKinds: ['QUALIFICATIONS'], expiresAt: inAYear }, expect: only(['admin'], 201),
  },
  'POST /api/admin/tokens/:id/revoke': { url: '/api/admin/tokens/00000000-0000-4000-8000-000000000000/revoke', expect: only(['admin'], 404) },
  'POST /api/me/password': { url: '/api/me/password', payload: { currentPassword: 'not-the-password', newPassword: 'Another-Strong-2026!' }, expect: { ...all(422), finance: 422 } },
};
