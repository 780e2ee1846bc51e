import { all, only, type MatrixRows } from '../matrix/principals';

const OFFICIALS = only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin']);

/** Permission-matrix rows of the statistics module. */
export const statisticsMatrix: MatrixRows = {
  'GET /api/statistics/indicators': { url: '/api/statistics/indicators', expect: all(200, 200) },
  'GET /api/statistics/indicators/:id': { url: '/api/statistics/indicators/sme-count?month=2025-12', expect: OFFICIALS },
  'GET /api/statistics/public': { url: '/api/statistics/public?month=2025-12', expect: all(200, 200) },
  'GET /api/statistics/public/:table/csv': { url: '/api/statistics/public/sme-count:district/csv?month=2025-12', expect: all(200, 200) },
  'GET /api/statistics/public/funds/:year': { url: '/api/statistics/public/funds/2026', expect: all(200, 200) },
  'GET /api/statistics/reports/:year': { url: '/api/statistics/reports/2025', expect: OFFICIALS },
  'GET /api/statistics/reports/:year/docx': { url: '/api/statistics/reports/2025/docx', expect: OFFICIALS },
  'GET /api/statistics/reports/:year/pdf': { url: '/api/statistics/reports/2100/pdf', expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin'], 422) },
  'GET /api/statistics/evaluation-pack/:year': { url: '/api/statistics/evaluation-pack/2025', expect: OFFICIALS },
  'GET /api/statistics/releases': { url: '/api/statistics/releases', expect: all(200, 200) },
  // A month never published: 404 for everyone (the public reads releases; nothing is computed on a read).
  'GET /api/statistics/releases/:month': { url: '/api/statistics/releases/2001-01', expect: all(404, 404) },
  'GET /api/statistics/releases/:month/:table/csv': { url: '/api/statistics/releases/2001-01/sme-count:district/csv', expect: all(404, 404) },
  // A month not yet ended: the bureau is answered 422 (after authorization), the others are refused.
  'POST /api/statistics/releases': { url: '/api/statistics/releases', payload: { month: '2100-01' }, expect: only(['bureau'], 422) },
  'PUT /api/statistics/releases/day': { url: '/api/statistics/releases/day', payload: { releaseDay: 10 }, expect: only(['bureau']) },
  'PUT /api/statistics/reports/:year/narratives/:section': {
    url: '/api/statistics/reports/2025/narratives/OTHER',
    payload: { text: '无。', expectedVersion: 0 },
    expect: only(['bureau']),
  },
  'GET /api/statistics/fund-evaluations/:year': { url: '/api/statistics/fund-evaluations/2026', expect: OFFICIALS },
  // A fund that does not exist: the bureau is answered 404 (after authorization), the others are refused.
  'POST /api/statistics/fund-evaluations': {
    url: '/api/statistics/fund-evaluations',
    payload: { fundId: 'no-such-fund', kind: 'AUDIT', bodyZh: '市审计局', reportDate: '2026-03-01', conclusion: 'NO_MAJOR_PROBLEM', findings: '矩阵测试' },
    expect: only(['bureau'], 404),
  },
  'PUT /api/statistics/fund-evaluations/:evaluationId': {
    url: '/api/statistics/fund-evaluations/fe-no-such-result',
    payload: { kind: 'AUDIT', bodyZh: '市审计局', reportDate: '2026-03-01', conclusion: 'NO_MAJOR_PROBLEM', findings: '矩阵测试', expectedVersion: 1 },
    expect: only(['bureau'], 404),
  },
  'POST /api/statistics/fund-evaluations/:evaluationId/publish': {
    url: '/api/statistics/fund-evaluations/fe-no-such-result/publish', payload: { expectedVersion: 1 }, expect: only(['bureau'], 404),
  },
};
