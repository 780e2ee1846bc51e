import { formatTrackingNumber } from '@huiqi/workflows';
import { all, only, PRINCIPALS, type MatrixRows, type PrincipalName } from '../matrix/principals';

/** A tracking number with a valid check digit that no case has (the matrix database holds no 2020 cases). */
const NO_SUCH_CASE = formatTrackingNumber({ prefix: 'SZ', date: '2020-01-01' as never, sequence: 999_999 });
const READERS: PrincipalName[] = ['enterprise', 'bureau', 'dept-miit', 'dept-futian', 'auditor'];
const ACTORS: PrincipalName[] = ['enterprise', 'bureau', 'dept-miit', 'dept-futian'];

/**
 * `status` for the listed principals, `refused` for the other logged-in ones, `anonymous` for nobody;
 * the finance officer (payments only) gets the public's answer, 403 where the public must log in.
 */
function some(allowed: PrincipalName[], status: number, refused = 403, anonymous = 401): Record<PrincipalName, number> {
  return Object.fromEntries(PRINCIPALS.map((p) => [p, p === 'anonymous' ? anonymous : p === 'finance' ? (anonymous === 401 ? 403 : anonymous) : allowed.includes(p) ? status : refused])) as Record<PrincipalName, number>;
}

const ARREARS_FORM = {
  contract: { number: 'HT-M-1', title: '设备采购合同', signedOn: '2025-09-01', agreedPaymentDays: 30, agreedDailyInterestRate: null, paymentTrigger: 'ACCEPTANCE', isSmeDeclaredAtSigning: true },
  debtor: { name: '某示例研究院', uscc: null, kind: 'PUBLIC_INSTITUTION' },
  deliveredOn: '2025-10-10',
  acceptedOn: '2025-10-20',
  amountFen: 100_000_00,
  payments: [],
  claim: '请求支付货款。',
};

/** Permission matrix rows of the appeals module (every endpoint × every principal). */
export const appealsMatrix: MatrixRows = {
  'GET /api/appeals/types': { url: '/api/appeals/types', expect: all(200, 200) },
  'POST /api/appeals/arrears-terms': { url: '/api/appeals/arrears-terms', payload: ARREARS_FORM, expect: all(200) },
  'GET /api/appeals/dashboard': { url: '/api/appeals/dashboard', expect: only(['bureau', 'auditor']) },
  'GET /api/appeals/public-statistics': { url: '/api/appeals/public-statistics', expect: all(200, 200) },
  'GET /api/appeals/supervision': { url: '/api/appeals/supervision', expect: only(['bureau', 'auditor']) },
  'POST /api/appeals': {
    url: '/api/appeals',
    payload: { type: 'REQUEST', title: '矩阵测试诉求', description: '权限矩阵测试提交的诉求。' },
    expect: only(['enterprise'], 201),
  },
  'GET /api/appeals': { url: '/api/appeals', expect: only(READERS) },
  'GET /api/appeals/:trackingNumber': { url: `/api/appeals/${NO_SUCH_CASE}`, expect: some(READERS, 404) },
  'POST /api/appeals/:trackingNumber/reporter-disclosure': {
    url: `/api/appeals/${NO_SUCH_CASE}/reporter-disclosure`,
    payload: { legalBasis: '法院调查取证', reason: '人民法院依法调取反映人身份信息' },
    expect: some(['bureau'], 404),
  },
  'POST /api/appeals/:trackingNumber/actions': { url: `/api/appeals/${NO_SUCH_CASE}/actions`, payload: { type: 'NOTE_ADDED', payload: { text: '记录', isInternal: true } }, expect: some(ACTORS, 404) },
  'POST /api/appeals/attachments': { url: '/api/appeals/attachments', expect: some(ACTORS, 400) },
  'GET /api/appeals/attachments/:id': { url: '/api/appeals/attachments/att-00000000-0000-0000-0000-000000000000', expect: some(READERS, 404) },
  'GET /api/open311/v2/discovery.json': { url: '/api/open311/v2/discovery.json', expect: all(200, 200) },
  'GET /api/open311/v2/services.json': { url: '/api/open311/v2/services.json', expect: all(200, 200) },
  'GET /api/open311/v2/services/:serviceCode.json': { url: '/api/open311/v2/services/ARREARS_COMPLAINT.json', expect: all(200, 200) },
  'POST /api/open311/v2/requests.json': {
    url: '/api/open311/v2/requests.json',
    payload: { service_code: 'COMPLAINT', description: '权限矩阵测试：匿名举报某检查人员索要好处。' },
    expect: some(['enterprise'], 201, 403, 201),
  },
  'GET /api/open311/v2/requests/:requestId.json': { url: `/api/open311/v2/requests/${NO_SUCH_CASE}.json`, expect: some(READERS, 404) },
  'GET /api/open311/v2/requests.json': { url: '/api/open311/v2/requests.json', expect: only(READERS) },
};
