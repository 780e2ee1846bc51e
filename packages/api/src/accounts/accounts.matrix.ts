import { completeUscc } from '@huiqi/kernel';
import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { all, only, type MatrixRows } from '../matrix/principals';

const E = DEMO_ENTERPRISE_USCC;
const NO_SUCH_REGISTRATION = '00000000-0000-4000-8000-000000000000';

/**
 * Enterprise accounts. The matrix runs without an identity service configured: its two browser
 * steps redirect everyone to the failure page. A registration for a code not in the registry is
 * refused to everyone alike; the demo enterprise user is its enterprise's administrator (its
 * earliest user), so it adds staff (the row's username is used once per engine).
 */
export const accountsMatrix: MatrixRows = {
  'GET /api/auth/oidc': { url: '/api/auth/oidc', expect: all(200, 200) },
  'GET /api/auth/oidc/start': { url: '/api/auth/oidc/start', expect: all(302, 302) },
  'GET /api/auth/oidc/callback': { url: '/api/auth/oidc/callback?state=x&code=y', expect: all(302, 302) },
  'POST /api/accounts/registrations': {
    url: '/api/accounts/registrations',
    payload: { uscc: completeUscc('91440300MA5MTRX99'), legalRepresentativeName: '张三', displayName: '张三', username: 'matrix-registrant', password: 'matrix-pass-123' },
    expect: all(422, 422),
  },
  'GET /api/accounts/registrations': { url: '/api/accounts/registrations', expect: only(['bureau', 'auditor']) },
  'POST /api/accounts/registrations/:id/confirm': { url: `/api/accounts/registrations/${NO_SUCH_REGISTRATION}/confirm`, expect: only(['bureau'], 404) },
  'POST /api/accounts/registrations/:id/reject': { url: `/api/accounts/registrations/${NO_SUCH_REGISTRATION}/reject`, payload: { note: '矩阵测试' }, expect: only(['bureau'], 404) },
  'GET /api/enterprises/:uscc/staff': { url: `/api/enterprises/${E}/staff`, expect: only(['enterprise']) },
  'POST /api/enterprises/:uscc/staff': { url: `/api/enterprises/${E}/staff`, payload: { username: 'matrix-staff', displayName: '矩阵测试员工', password: 'matrix-pass-123' }, expect: only(['enterprise'], 201) },
  'DELETE /api/enterprises/:uscc/staff/:userId': { url: `/api/enterprises/${E}/staff/no-such-user`, expect: only(['enterprise'], 404) },
};
