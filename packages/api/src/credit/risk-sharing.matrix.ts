import { only, type MatrixRows } from '../matrix/principals';

/** Roles with a place in risk compensation: the bank (registers and files), the borrower (its own), the SME bureau (reviews), auditors (read). */
const PARTIES = ['enterprise', 'bureau', 'bank', 'auditor'] as const;
const RC = '/api/financing/risk-claims/rc-00000000-0000-0000-0000-000000000000';

/**
 * Loan-loss risk compensation: only a bank registers loans and files claims (a demand without a recorded
 * loan: 400; a loan not in the pool: 409); only SME-bureau officers review; a claim that does not exist is
 * 404 to the parties; everyone else — departments, the administrator, the payments officer — 403.
 */
export const riskSharingMatrix: MatrixRows = {
  'POST /api/financing/risk-pool/loans': { url: '/api/financing/risk-pool/loans', payload: { demandId: 'no-such-demand' }, expect: only(['bank'], 400) },
  'GET /api/financing/risk-pool/loans': { url: '/api/financing/risk-pool/loans', expect: only([...PARTIES]) },
  'POST /api/financing/risk-claims': {
    url: '/api/financing/risk-claims',
    payload: { demandId: 'no-such-demand', lossPrincipalFen: 100, defaultedOn: '2026-01-05', description: '矩阵测试', account: { accountName: '矩阵', accountNumber: '1', bankName: '矩阵' } },
    expect: only(['bank'], 409),
  },
  'GET /api/financing/risk-claims': { url: '/api/financing/risk-claims', expect: only([...PARTIES]) },
  'GET /api/financing/risk-claims/:id': { url: RC, expect: only([...PARTIES], 404) },
  'POST /api/financing/risk-claims/:id/resubmit': {
    url: `${RC}/resubmit`,
    payload: { lossPrincipalFen: 100, defaultedOn: '2026-01-05', description: '矩阵测试', account: { accountName: '矩阵', accountNumber: '1', bankName: '矩阵' }, correction: '矩阵测试' },
    expect: only(['bank'], 404),
  },
  'POST /api/financing/risk-claims/:id/review': { url: `${RC}/review`, payload: { decision: 'REJECT', reason: '矩阵测试' }, expect: only(['bureau'], 404) },
};
