import type { ApiBody, ApiJson, ApiQuery, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of /api/benefits, read from the generated OpenAPI types. Money in fen. */
export type BenefitPolicy = ItemOf<ApiJson<'/api/benefits/policies', 'get'>['items']>;
export type CaseSummary = ItemOf<ApiJson<'/api/benefits/applications', 'get'>['items']>;
export type CaseDetail = ApiJson<'/api/benefits/applications/{id}', 'get'>;
export type Prefill = ApiJson<'/api/benefits/policies/{policyId}/prefill', 'get'>;
export type Batch = ApiJson<'/api/benefits/payment-batches', 'post'>;
export type Dashboard = ApiJson<'/api/benefits/dashboard', 'get'>;
export type Group = ItemOf<Dashboard['byPolicy']>;
export type ShareInfo = ItemOf<Dashboard['funds']>['smallMicro'];
export type Disclosure = ApiJson<'/api/public/benefits/disclosure', 'get'>;
export type ApplicationInput = ApiBody<'/api/benefits/applications', 'post'>;
export type CaseAction = ApiBody<'/api/benefits/applications/{id}/actions', 'post'>;
export type AttachmentUpload = ApiBody<'/api/benefits/applications/{id}/attachments', 'post'>;

export const fetchPolicies = () => callApi('get', '/api/benefits/policies');
/** The funds paying voucher programmes (服务券/创新券): their redeemed vouchers are settled in the fund's payment batches too. */
export const fetchVoucherFunds = async () => ({
  items: (await callApi('get', '/api/services/programmes')).items.flatMap((p) => (p.fundName ? [{ id: p.fundId, name: p.fundName }] : [])),
});
/** Cases oldest first, a page at a time: `after` = the previous page's `nextCursor`. */
export const fetchCases = (query: ApiQuery<'/api/benefits/applications', 'get'> = {}) => callApi('get', '/api/benefits/applications', { query });
export const fetchCase = (id: string) => callApi('get', '/api/benefits/applications/{id}', { params: { id } });
export const fetchPrefill = (policyId: string) => callApi('get', '/api/benefits/policies/{policyId}/prefill', { params: { policyId } });
export const submitApplication = (body: ApplicationInput) => callApi('post', '/api/benefits/applications', { body });
export const actOn = (id: string, body: CaseAction) => callApi('post', '/api/benefits/applications/{id}/actions', { params: { id }, body });
export const uploadAttachment = (id: string, body: AttachmentUpload) => callApi('post', '/api/benefits/applications/{id}/attachments', { params: { id }, body });
export const compareData = (policyId: string) => callApi('post', '/api/benefits/no-application/{policyId}/compare', { params: { policyId } });
export const batchApprove = (policyId: string) => callApi('post', '/api/benefits/no-application/{policyId}/approve', { params: { policyId } });
export const fetchBatches = () => callApi('get', '/api/benefits/payment-batches');
export const createBatch = (fundId: string) => callApi('post', '/api/benefits/payment-batches', { body: { fundId } });
export const importReturn = (batchId: string, content: string) => callApi('post', '/api/benefits/payment-batches/{id}/returns', { params: { id: batchId }, body: { content } });
export const exportUrl = (batchId: string, format: 'csv' | 'xlsx') => `/api/benefits/payment-batches/${batchId}/export?format=${format}`;
export const fetchDashboard = () => callApi('get', '/api/benefits/dashboard');
export const fetchDisclosure = () => callApi('get', '/api/public/benefits/disclosure');
