import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { all, only, type MatrixRows } from '../matrix/principals';

const P = '/api/services/providers/no-such-provider';
const G = '/api/services/programmes/no-such-programme';
const declaration = { name: '矩阵测试服务机构', categories: [], qualifications: [], description: '', contactPhone: '0755-1234567', shareholders: [], account: { accountName: '矩阵', accountNumber: '6222020200112233', bankName: '矩阵银行' } };

/**
 * Services (服务机构与服务券): the directory, categories and programmes are public; an organisation
 * registers itself (the demo enterprise is no provider: its provider routes answer 403); the bureau
 * reviews providers and runs programmes; auditors read; a record that does not exist is 404.
 */
export const servicesMatrix: MatrixRows = {
  'GET /api/services/categories': { url: '/api/services/categories', expect: all(200, 200) },
  'GET /api/services/providers': { url: '/api/services/providers', expect: all(200, 200) },
  'GET /api/services/providers/:id': { url: P, expect: all(404, 404) },
  'POST /api/services/providers': { url: '/api/services/providers', payload: declaration, expect: only(['enterprise'], 400) },
  'GET /api/services/my-provider': { url: '/api/services/my-provider', expect: only(['enterprise']) },
  'POST /api/services/my-provider/resubmit': { url: '/api/services/my-provider/resubmit', payload: declaration, expect: only([], 200, 403) },
  'POST /api/services/my-provider/withdraw': { url: '/api/services/my-provider/withdraw', expect: only([], 200, 403) },
  'GET /api/services/review/providers': { url: '/api/services/review/providers', expect: only(['bureau', 'auditor']) },
  'POST /api/services/providers/:id/approve': { url: `${P}/approve`, payload: { note: null }, expect: only(['bureau'], 404) },
  'POST /api/services/providers/:id/reject': { url: `${P}/reject`, payload: { reason: '矩阵测试' }, expect: only(['bureau'], 404) },
  'POST /api/services/providers/:id/suspend': { url: `${P}/suspend`, payload: { reason: '矩阵测试' }, expect: only(['bureau'], 404) },
  'POST /api/services/providers/:id/reinstate': { url: `${P}/reinstate`, payload: { note: null }, expect: only(['bureau'], 404) },
  'POST /api/services/providers/:id/rate': { url: `${P}/rate`, payload: { score: 3, comment: '矩阵测试' }, expect: only(['bureau'], 404) },
  'GET /api/services/programmes': { url: '/api/services/programmes', expect: all(200, 200) },
  'POST /api/services/programmes': {
    url: '/api/services/programmes',
    payload: { kind: 'SERVICE', name: '矩阵测试券', description: '', amountFen: 0, validFrom: '2026-01-01', validUntil: '2026-12-31', categories: ['IP_PROTECTION'], eligibilityPolicyId: null, budgetFen: 0, fundId: 'no-such-fund' },
    expect: only(['bureau'], 400),
  },
  'POST /api/services/programmes/:id/issue': { url: `${G}/issue`, payload: { count: 1 }, expect: only(['bureau'], 404) },
  'GET /api/services/programmes/:id/vouchers': { url: `${G}/vouchers`, expect: only(['bureau', 'auditor'], 404) },
  'POST /api/services/programmes/:id/claim': { url: `${G}/claim`, expect: only(['enterprise'], 404) },
  'GET /api/services/my-vouchers': { url: '/api/services/my-vouchers', expect: only(['enterprise']) },
  'POST /api/services/redemptions': {
    url: '/api/services/redemptions',
    payload: { code: 'SV0000000000', enterpriseUscc: DEMO_ENTERPRISE_USCC, service: { category: 'IP_PROTECTION', description: '矩阵测试', serviceDate: '2026-01-05', feeFen: 100 } },
    expect: only([], 200, 403),
  },
  'GET /api/services/provider-vouchers': { url: '/api/services/provider-vouchers', expect: only([], 200, 403) },
};
