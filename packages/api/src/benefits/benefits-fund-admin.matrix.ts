import { only, type MatrixRows } from '../matrix/principals';

/**
 * Funds administration: the SME bureau's own officers manage, auditors read. The matrix database
 * has no funds; the create row runs once (only `bureau` passes) with a budget under the threshold,
 * and the other writes name a fund or policy that does not exist (404 after authorization).
 */
export const benefitsFundAdminMatrix: MatrixRows = {
  'GET /api/benefits/funds': { url: '/api/benefits/funds', expect: only(['bureau', 'auditor']) },
  'POST /api/benefits/funds': {
    url: '/api/benefits/funds', payload: { id: 'matrix-fund', nameZh: '矩阵测试资金', jurisdiction: 'cn-gd-sz', departmentId: 'dept-miit', year: 2026, budgetFen: 1_000_000 },
    expect: only(['bureau'], 201),
  },
  'GET /api/benefits/funds/:fundId/budget-changes': { url: '/api/benefits/funds/no-such-fund/budget-changes', expect: only(['bureau', 'auditor']) },
  'POST /api/benefits/funds/:fundId/budget-changes': { url: '/api/benefits/funds/no-such-fund/budget-changes', payload: { newBudgetFen: 100, reason: '矩阵' }, expect: only(['bureau'], 404) },
  'POST /api/benefits/funds/:fundId/budget-changes/:changeId/decision': {
    url: '/api/benefits/funds/no-such-fund/budget-changes/00000000-0000-4000-8000-000000000000/decision', payload: { approve: true }, expect: only(['bureau'], 404),
  },
  'GET /api/benefits/linkable-policies': { url: '/api/benefits/linkable-policies', expect: only(['bureau', 'auditor']) },
  'GET /api/benefits/fund-links': { url: '/api/benefits/fund-links', expect: only(['bureau', 'auditor']) },
  'PUT /api/benefits/fund-links/:policyId': { url: '/api/benefits/fund-links/no-such-policy', payload: { fundId: 'matrix-fund', channel: 'NO_APPLICATION' }, expect: only(['bureau'], 404) },
};
