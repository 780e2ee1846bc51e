import { DEMO_ENTERPRISE_USCC } from '@huiqi/db/demo';
import { only, type MatrixRows } from '../matrix/principals';

/** Roles with a place in credit and financing: the enterprise, the bank, the SME bureau (监管) and auditors (review). */
const PARTIES = ['enterprise', 'bureau', 'bank', 'auditor'] as const;
const C = '/api/credit/consents/no-such-consent';
const D = '/api/financing/demands/no-such-demand';
const E = `/api/credit/enterprises/${DEMO_ENTERPRISE_USCC}`;

/**
 * Credit (授权—核验—使用) and financing: enterprises grant and revoke consents and publish demands;
 * the bank reads only under a live consent (none exists here, so its reads are refused: 403, and
 * logged); everyone else is refused; a record of someone else is 404 (nothing leaks).
 */
export const creditMatrix: MatrixRows = {
  'GET /api/credit/institutions': { url: '/api/credit/institutions', expect: only([...PARTIES]) },
  'POST /api/credit/consents': {
    url: '/api/credit/consents',
    payload: { institutionId: 'no-such-bank', scopes: [{ scope: 'REGISTRY_PROFILE', access: 'FULL' }], purpose: { kind: 'PRODUCT', productName: '矩阵贷', text: '矩阵测试' }, startDate: '2099-01-01', endDate: '2099-01-30' },
    expect: only(['enterprise'], 400),
  },
  'GET /api/credit/consents': { url: '/api/credit/consents', expect: only([...PARTIES]) },
  'GET /api/credit/consents/:id': { url: C, expect: only([...PARTIES], 404) },
  'POST /api/credit/consents/:id/revoke': { url: `${C}/revoke`, expect: only(['enterprise'], 404) },
  'GET /api/credit/consents/:id/receipt': { url: `${C}/receipt`, expect: only([...PARTIES], 404) },
  'GET /api/credit/consents/:id/receipt.pdf': { url: `${C}/receipt.pdf`, expect: only([...PARTIES], 404) },
  'POST /api/credit/receipts/check': { url: '/api/credit/receipts/check', payload: { body: { consentId: 'no-such-consent' }, digest: '0' }, expect: only([...PARTIES]) },
  'GET /api/credit/enterprises/:uscc/data': { url: `${E}/data`, expect: only([], 200, 403) },
  'POST /api/credit/enterprises/:uscc/verifications': { url: `${E}/verifications`, payload: { kind: 'EMPLOYEES_AT_LEAST', year: 2025, count: 10 }, expect: only([], 200, 403) },
  'GET /api/credit/access-log': { url: '/api/credit/access-log', expect: only([...PARTIES]) },
  'GET /api/credit/oversight': { url: '/api/credit/oversight', expect: only(['bureau', 'auditor']) },
  'POST /api/financing/demands': {
    url: '/api/financing/demands',
    payload: { amountFen: 100_000_000, termMonths: 12, purpose: '矩阵测试：流动资金', collateral: 'NONE', urgency: 'NORMAL' },
    expect: only(['enterprise'], 201),
  },
  'GET /api/financing/demands': { url: '/api/financing/demands', expect: only([...PARTIES]) },
  'GET /api/financing/demands/:id': { url: D, expect: only([...PARTIES], 404) },
  'POST /api/financing/demands/:id/take': { url: `${D}/take`, expect: only(['bank'], 404) },
  'POST /api/financing/demands/:id/release': { url: `${D}/release`, payload: { reason: '矩阵测试' }, expect: only(['bank'], 404) },
  'POST /api/financing/demands/:id/loan': {
    url: `${D}/loan`,
    payload: { grantedAmountFen: 100_000_000, annualRatePercent: '3.45', termMonths: 12, isFirstLoan: true, kind: 'CREDIT', grantedOn: '2026-01-05' },
    expect: only(['bank'], 404),
  },
  'POST /api/financing/demands/:id/withdraw': { url: `${D}/withdraw`, expect: only(['enterprise'], 404) },
  'GET /api/financing/loans': { url: '/api/financing/loans', expect: only([...PARTIES]) },
  // 产融合作白名单: departments nominate (an empty reason is refused: 400), the bureau reviews and publishes, banks and the bureau read, the enterprise sees its own standing
  'POST /api/financing/whitelist/nominations': { url: '/api/financing/whitelist/nominations', payload: { uscc: DEMO_ENTERPRISE_USCC, reason: '' }, expect: only(['dept-miit', 'dept-futian'], 400) },
  'GET /api/financing/whitelist/nominations': { url: '/api/financing/whitelist/nominations', expect: only(['bureau', 'dept-miit', 'dept-futian']) },
  'POST /api/financing/whitelist/nominations/:id/review': { url: '/api/financing/whitelist/nominations/no-such-nomination/review', payload: { decision: 'ACCEPTED' }, expect: only(['bureau'], 404) },
  'POST /api/financing/whitelist/editions': { url: '/api/financing/whitelist/editions', payload: { validFrom: '2099-02-01', validUntil: '2099-01-01' }, expect: only(['bureau'], 400) },
  'GET /api/financing/whitelist': { url: '/api/financing/whitelist', expect: only(['bank', 'bureau']) },
  'GET /api/financing/whitelist/mine': { url: '/api/financing/whitelist/mine', expect: only(['enterprise']) },
  // 移出 with a reason (the bureau; the demo enterprise is on no edition here: 409); 会签 by the financial regulator's department (none designated here: 403)
  'POST /api/financing/whitelist/removals': { url: '/api/financing/whitelist/removals', payload: { uscc: DEMO_ENTERPRISE_USCC, reason: '矩阵测试' }, expect: only(['bureau'], 409) },
  'GET /api/financing/whitelist/removals': { url: '/api/financing/whitelist/removals', expect: only(['bureau']) },
  'POST /api/financing/whitelist/editions/:no/cosign': { url: '/api/financing/whitelist/editions/999999/cosign', expect: only([], 200, 403) },
  // 贷款产品: banks define (an empty name is refused: 400) and withdraw their own; demands and products are matched both ways
  'POST /api/financing/products': {
    url: '/api/financing/products',
    payload: { name: '', minAmountFen: 100, maxAmountFen: 200, annualRatePercent: '3.45', minTermMonths: 1, maxTermMonths: 12, collateral: ['NONE'], conditions: [] },
    expect: only(['bank'], 400),
  },
  'GET /api/financing/products': { url: '/api/financing/products', expect: only([...PARTIES]) },
  'POST /api/financing/products/:id/withdraw': { url: '/api/financing/products/no-such-product/withdraw', expect: only(['bank'], 404) },
  'GET /api/financing/products/:id/demands': { url: '/api/financing/products/no-such-product/demands', expect: only(['bank'], 404) },
  'GET /api/financing/demands/:id/products': { url: `${D}/products`, expect: only([...PARTIES], 404) },
};
