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
  'PUT /api/statistics/reports/:year/narratives/:section': {
    url: '/api/statistics/reports/2025/narratives/OTHER',
    payload: { text: '无。', expectedVersion: 0 },
    expect: only(['bureau']),
  },
};
