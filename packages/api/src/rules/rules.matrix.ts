import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { all, only, type MatrixRows } from '../matrix/principals';

/** Rules module: eligibility is read like the enterprise itself; the policy list, parameters, 划型 and the policy calculator are public. */
export const rulesMatrix: MatrixRows = {
  'GET /api/enterprises/:uscc/eligibility': { url: `/api/enterprises/${DEMO_ENTERPRISE_USCC}/eligibility?date=2024-06-01&explain=1`, expect: only(['enterprise', 'bureau', 'dept-miit', 'auditor', 'admin']) },
  'GET /api/enterprises/:uscc/declared-facts/:year': { url: `/api/enterprises/${DEMO_ENTERPRISE_USCC}/declared-facts/2025`, expect: only(['enterprise', 'bureau', 'dept-miit', 'auditor', 'admin']) },
  // Idempotent: the same set the demo already declared (or an empty set on a fresh database) — only the enterprise itself may save.
  'PUT /api/enterprises/:uscc/declared-facts/:year': { url: `/api/enterprises/${DEMO_ENTERPRISE_USCC}/declared-facts/2019`, payload: { facts: {} }, expect: only(['enterprise']) },
  'GET /api/rules/policies': { url: '/api/rules/policies', expect: all(200, 200) },
  'GET /api/rules/policies/:id': { url: '/api/rules/policies/innovative-sme', expect: all(200, 200) },
  'GET /api/rules/parameters': { url: '/api/rules/parameters', expect: all(200, 200) },
  'GET /api/rules/parameters/:path': { url: '/api/rules/parameters/procurement.price_deduction.goods_services.min', expect: all(200, 200) },
  'POST /api/rules/classify': { url: '/api/rules/classify', payload: { industryCode: 'C3911', employees: 82, revenueYuan: '48000000', totalAssetsYuan: 36000000, date: '2025-06-01' }, expect: all(200, 200) },
  'GET /api/public/policy-calculator': { url: '/api/public/policy-calculator', expect: all(200, 200) },
  'POST /api/public/policy-calculator': { url: '/api/public/policy-calculator', payload: { industryCode: 'C', employees: 80, revenueYuan: '42000000', totalAssetsYuan: 30000000, qualifications: ['TECH_SME'] }, expect: all(200, 200) },
};
