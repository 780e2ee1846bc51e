import type { ApiBody, ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of the risk-compensation routes (tag financing), read from the generated OpenAPI types. */
export type PoolLoanView = ItemOf<ApiJson<'/api/financing/risk-pool/loans', 'get'>['items']>;
export type ClaimView = ItemOf<ApiJson<'/api/financing/risk-claims', 'get'>['items']>;
export type FileClaimInput = NonNullable<ApiBody<'/api/financing/risk-claims', 'post'>>;
export type ResubmitInput = NonNullable<ApiBody<'/api/financing/risk-claims/{id}/resubmit', 'post'>>;
export type ReviewInput = NonNullable<ApiBody<'/api/financing/risk-claims/{id}/review', 'post'>>;

export const fetchPoolLoans = () => callApi('get', '/api/financing/risk-pool/loans');
export const registerPoolLoan = (demandId: string) => callApi('post', '/api/financing/risk-pool/loans', { body: { demandId } });
export const fetchClaims = () => callApi('get', '/api/financing/risk-claims');
export const fileClaim = (body: FileClaimInput) => callApi('post', '/api/financing/risk-claims', { body });
export const reviewClaim = (claimId: string, body: ReviewInput) => callApi('post', '/api/financing/risk-claims/{id}/review', { params: { id: claimId }, body });
export const resubmitClaim = (claimId: string, body: ResubmitInput) => callApi('post', '/api/financing/risk-claims/{id}/resubmit', { params: { id: claimId }, body });
/** The benefits funds (SME bureau): an approval names the fund whose payment batch pays the bank. */
export const fetchFunds = () => callApi('get', '/api/benefits/funds');
