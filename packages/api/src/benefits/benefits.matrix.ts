import { all, only, type MatrixRows, type PrincipalName } from '../matrix/principals';

const CASE = '/api/benefits/applications/bc-00000000-0000-4000-8000-000000000000';
const BATCH = '/api/benefits/payment-batches/pb-00000000-0000-4000-8000-000000000000';
const except = (base: Record<PrincipalName, number>, changes: Partial<Record<PrincipalName, number>>) => ({ ...base, ...changes });
const account = { accountName: '深圳市鹏城智造科技有限公司', accountNumber: '44201500000000000001', bankName: '某银行深圳分行' };

/**
 * Benefits: enterprises only their own cases, reviewers their department's policies, the finance
 * officer (role SME_BUREAU_FINANCE, principal `finance`) the payment batches and nothing else,
 * auditors read, the public only the policy list and the disclosure. The matrix database has no
 * benefit data, so lookups answer 404 after authorization.
 */
export const benefitsMatrix: MatrixRows = {
  'GET /api/benefits/policies': { url: '/api/benefits/policies', expect: all(200, 200) },
  'GET /api/benefits/policies/:policyId/prefill': { url: '/api/benefits/policies/sz-2023-first-loan-interest-subsidy/prefill', expect: only(['enterprise'], 404) },
  'POST /api/benefits/applications': {
    url: '/api/benefits/applications',
    payload: { policyId: 'sz-2023-first-loan-interest-subsidy', requestId: 'matrix-0001', declaredFacts: {}, expenseReference: 'JK-1', account, declaredTruthful: true },
    expect: only(['enterprise'], 404),
  },
  'GET /api/benefits/applications': { url: '/api/benefits/applications', expect: only(['enterprise', 'bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin']) },
  'GET /api/benefits/applications/:id': { url: CASE, expect: except(all(404), { bank: 403 }) },
  'POST /api/benefits/applications/:id/actions': { url: `${CASE}/actions`, payload: { action: 'ACCEPT' }, expect: except(all(404), { bank: 403, auditor: 403 }) },
  'POST /api/benefits/applications/:id/attachments': {
    url: `${CASE}/attachments`, payload: { fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: 'JVBERi0xLjcK' }, expect: only(['enterprise'], 404),
  },
  'GET /api/benefits/applications/:id/attachments/:attachmentId': { url: `${CASE}/attachments/ba-00000000-0000-4000-8000-000000000000`, expect: except(all(404), { bank: 403 }) },
  'POST /api/benefits/no-application/:policyId/compare': { url: '/api/benefits/no-application/sz-2023-guarantee-fee-reduction/compare', expect: only(['bureau', 'dept-miit', 'dept-futian'], 404) },
  'POST /api/benefits/no-application/:policyId/approve': { url: '/api/benefits/no-application/sz-2023-guarantee-fee-reduction/approve', expect: only(['bureau', 'dept-miit', 'dept-futian'], 404) },
  'GET /api/benefits/dashboard': { url: '/api/benefits/dashboard', expect: only(['bureau', 'dept-miit', 'dept-futian', 'auditor', 'admin']) },
  'GET /api/public/benefits/disclosure': { url: '/api/public/benefits/disclosure', expect: all(200, 200) },
  'POST /api/benefits/payment-batches': { url: '/api/benefits/payment-batches', payload: { fundId: 'no-such-fund' }, expect: only(['finance'], 404) },
  'GET /api/benefits/payment-batches': { url: '/api/benefits/payment-batches', expect: only(['auditor', 'admin', 'finance']) },
  'GET /api/benefits/payment-batches/:id/export': { url: `${BATCH}/export?format=xlsx`, expect: only(['finance'], 404) },
  'POST /api/benefits/payment-batches/:id/returns': { url: `${BATCH}/returns`, payload: { content: 'payment_id,result,amount_yuan,bank_reference,settled_on,reason\n' }, expect: only(['finance'], 404) },
};
