import type { ApiBody, ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of /api/credit and /api/financing, read from the generated OpenAPI types. Money in fen; dates YYYY-MM-DD, instants ISO. */
export type CreditSetup = ApiJson<'/api/credit/institutions', 'get'>;
export type CreditScope = ItemOf<CreditSetup['scopes']>['scope'];
export type ConsentView = ApiJson<'/api/credit/consents/{id}', 'get'>;
export type AccessLevel = ItemOf<ConsentView['scopes']>['access'];
export type ConsentPurpose = ConsentView['purpose'];
export type GrantInput = ApiBody<'/api/credit/consents', 'post'>;
export type AccessEntryView = ItemOf<ApiJson<'/api/credit/access-log', 'get'>['items']>;
export type EnterpriseData = ApiJson<'/api/credit/enterprises/{uscc}/data', 'get'>;
export type ScopeData = ItemOf<EnterpriseData['scopes']>;
export type Verification = ApiJson<'/api/credit/enterprises/{uscc}/verifications', 'post'>;
export type FactOrigin = NonNullable<Verification['origin']>;
export type VerifyQuestion = ApiBody<'/api/credit/enterprises/{uscc}/verifications', 'post'>;
export type Oversight = ItemOf<ApiJson<'/api/credit/oversight', 'get'>['institutions']>;

export type DemandTerms = ApiBody<'/api/financing/demands', 'post'>;
export type Collateral = DemandTerms['collateral'];
export type Urgency = DemandTerms['urgency'];
export type DemandSummary = ItemOf<ApiJson<'/api/financing/demands', 'get'>['items']>;
export type DemandView = ApiJson<'/api/financing/demands/{id}', 'get'>;
export type LoanInput = ApiBody<'/api/financing/demands/{id}/loan', 'post'>;
type LoanList = ApiJson<'/api/financing/loans', 'get'>;
export type LoanView = ItemOf<LoanList['items']>;
export type FirstLoanSubsidyView = NonNullable<LoanList['firstLoanSubsidy']>;

export type WhitelistNomination = ApiJson<'/api/financing/whitelist/nominations/{id}/review', 'post'>;
export type WhitelistEdition = ApiJson<'/api/financing/whitelist/editions/{no}/cosign', 'post'>;
export type WhitelistRemoval = ApiJson<'/api/financing/whitelist/removals', 'post'>;

export type ProductView = ApiJson<'/api/financing/products/{id}/withdraw', 'post'>;
export type ProductCondition = ItemOf<ProductView['conditions']>;
export type ProductInput = ApiBody<'/api/financing/products', 'post'>;
export type ProductMatch = ItemOf<ApiJson<'/api/financing/demands/{id}/products', 'get'>['items']>;
export type MatchStatus = ProductMatch['status'];

/** The 担保方式 a demand or product may name, in the order the forms offer them. */
export const COLLATERALS: readonly Collateral[] = ['NONE', 'REAL_ESTATE', 'MOVABLE_PROPERTY', 'RECEIVABLES', 'INTELLECTUAL_PROPERTY', 'GUARANTOR'];

export const fetchSetup = () => callApi('get', '/api/credit/institutions');
export const fetchConsents = () => callApi('get', '/api/credit/consents', { query: { limit: 200 } });
export const grantConsent = (body: GrantInput) => callApi('post', '/api/credit/consents', { body });
export const revokeConsent = (id: string) => callApi('post', '/api/credit/consents/{id}/revoke', { params: { id } });
export const receiptUrl = (id: string) => `/api/credit/consents/${encodeURIComponent(id)}/receipt`;
export const receiptPdfUrl = (id: string) => `/api/credit/consents/${encodeURIComponent(id)}/receipt.pdf`;
export const fetchAccessLog = (query: { before?: number; refusedOnly?: boolean } = {}) =>
  callApi('get', '/api/credit/access-log', { query: { limit: 50, before: query.before, refusedOnly: query.refusedOnly ? 'true' : undefined } });
export const fetchEnterpriseData = (uscc: string) => callApi('get', '/api/credit/enterprises/{uscc}/data', { params: { uscc } });
export const askVerification = (uscc: string, q: VerifyQuestion) => callApi('post', '/api/credit/enterprises/{uscc}/verifications', { params: { uscc }, body: q });
export const fetchOversight = () => callApi('get', '/api/credit/oversight');
export const fetchDemands = () => callApi('get', '/api/financing/demands');
export const publishDemand = (body: DemandTerms) => callApi('post', '/api/financing/demands', { body });
export const takeDemand = (id: string) => callApi('post', '/api/financing/demands/{id}/take', { params: { id } });
export const releaseDemand = (id: string, reason: string) => callApi('post', '/api/financing/demands/{id}/release', { params: { id }, body: { reason } });
export const withdrawDemand = (id: string) => callApi('post', '/api/financing/demands/{id}/withdraw', { params: { id } });
export const recordLoan = (id: string, body: LoanInput) => callApi('post', '/api/financing/demands/{id}/loan', { params: { id }, body });
/** Loans recorded; for the enterprise also its first-loan facts with their source and the subsidy evaluated on them. */
export const fetchLoans = () => callApi('get', '/api/financing/loans');

/** 产融合作白名单: a department's nomination with the bureau's review, and a published edition. */
export const fetchWhitelist = () => callApi('get', '/api/financing/whitelist');
export const fetchNominations = () => callApi('get', '/api/financing/whitelist/nominations');
export const reviewNomination = (id: string, decision: 'ACCEPTED' | 'REFUSED', reason?: string) =>
  callApi('post', '/api/financing/whitelist/nominations/{id}/review', { params: { id }, body: { decision, reason } });
export const publishWhitelist = (validFrom: string, validUntil: string) => callApi('post', '/api/financing/whitelist/editions', { body: { validFrom, validUntil } });

/** 贷款产品: the bank's own products carry the conditions in the rules language; an enterprise sees their labels only. */
export const fetchProducts = () => callApi('get', '/api/financing/products');
export const defineProduct = (body: ProductInput) => callApi('post', '/api/financing/products', { body });
export const withdrawProduct = (id: string) => callApi('post', '/api/financing/products/{id}/withdraw', { params: { id } });
export const fetchProductDemands = (id: string) => callApi('get', '/api/financing/products/{id}/demands', { params: { id } });
export const fetchDemandProducts = (id: string) => callApi('get', '/api/financing/demands/{id}/products', { params: { id } });

/** 产融合作白名单: a department's nomination, the bureau's removal with a reason, the regulator's co-signature. */
export const nominateForWhitelist = (uscc: string, reason: string) => callApi('post', '/api/financing/whitelist/nominations', { body: { uscc, reason } });
export const removeFromWhitelist = (uscc: string, reason: string) => callApi('post', '/api/financing/whitelist/removals', { body: { uscc, reason } });
export const fetchRemovals = () => callApi('get', '/api/financing/whitelist/removals');
export const cosignEdition = (no: number) => callApi('post', '/api/financing/whitelist/editions/{no}/cosign', { params: { no } });
