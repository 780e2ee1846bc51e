import { all, only, type MatrixRows } from '../matrix/principals';

const M = '/api/credit/marks/cm-no-such-mark';
const R = '/api/credit/repairs/cr-no-such-repair';
const O = '/api/credit/objections/co-no-such-objection';
const OBJECTION_PARTIES = ['enterprise', 'bureau', 'auditor', 'dept-miit', 'dept-futian'] as const;

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
  'POST /api/credit/objections': { url: '/api/credit/objections', payload: { markId: 'cm-no-such-mark', ground: 'ERROR_OR_OMISSION', explanation: '矩阵测试' }, expect: only(['enterprise'], 404) },
  'GET /api/credit/objections': { url: '/api/credit/objections', expect: only([...OBJECTION_PARTIES]) },
  'GET /api/credit/objections/:id': { url: O, expect: only([...OBJECTION_PARTIES], 404) },
  'POST /api/credit/objections/:id/decision': { url: `${O}/decision`, payload: { decision: 'DISMISS', reasons: '矩阵测试' }, expect: only([...OBJECTION_PARTIES], 404) },
  'POST /api/credit/repairs/:id/actions': { url: `${R}/actions`, payload: { type: 'WITHDRAWN', payload: {} }, expect: only(['enterprise', 'bureau'], 404) },
};
