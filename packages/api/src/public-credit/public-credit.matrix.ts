import { all, only, type MatrixRows } from '../matrix/principals';

const M = '/api/credit/marks/cm-no-such-mark';
const R = '/api/credit/repairs/cr-no-such-repair';

/**
 * Public credit: anyone reads the published marks; the enterprise reads its own marks and applies for repair;
 * the SME bureau records arrears findings and reviews repairs; the inspecting department records penalties;
 * auditors read. A record of someone else is 404 (nothing leaks). Banks read marks only under consent
 * (the PUBLIC_CREDIT_MARKS scope of `/api/credit/enterprises/:uscc/data`).
 */
export const publicCreditMatrix: MatrixRows = {
  'GET /api/credit/public-marks': { url: '/api/credit/public-marks', expect: all(200, 200) },
  'GET /api/credit/my-marks': { url: '/api/credit/my-marks', expect: only(['enterprise']) },
  'GET /api/credit/marks': { url: '/api/credit/marks', expect: only(['bureau', 'auditor']) },
  'GET /api/credit/marks/:id': { url: M, expect: only(['enterprise', 'bureau', 'auditor'], 404) },
  // an unknown tracking number: 404 for the bureau; an unknown visit: 404 for a department
  'POST /api/credit/marks/from-arrears': { url: '/api/credit/marks/from-arrears', payload: { trackingNumber: 'SZ000000000000000', isSerious: false, seriousReason: null }, expect: only(['bureau'], 404) },
  'POST /api/credit/marks/from-inspection': {
    url: '/api/credit/marks/from-inspection',
    payload: { visitId: 'it-no-such-visit', decisionNumber: '矩阵罚〔2026〕1号', decidedOn: '2026-01-05', penalty: '矩阵测试' },
    expect: only(['dept-miit', 'dept-futian'], 404),
  },
  'POST /api/credit/repairs': { url: '/api/credit/repairs', payload: { markId: 'cm-no-such-mark', measures: ['CREDIT_COMMITMENT'], evidence: '矩阵测试' }, expect: only(['enterprise'], 404) },
  'GET /api/credit/repairs': { url: '/api/credit/repairs', expect: only(['enterprise', 'bureau', 'auditor']) },
  'GET /api/credit/repairs/:id': { url: R, expect: only(['enterprise', 'bureau', 'auditor'], 404) },
  'POST /api/credit/repairs/:id/actions': { url: `${R}/actions`, payload: { type: 'WITHDRAWN', payload: {} }, expect: only(['enterprise', 'bureau'], 404) },
};
