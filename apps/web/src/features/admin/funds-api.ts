import type { ApiBody, ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of the fund administration routes (/api/benefits/funds …), read from the generated OpenAPI types. */
export type FundRow = ItemOf<ApiJson<'/api/benefits/funds', 'get'>['items']>;
export type BudgetChange = NonNullable<FundRow['pendingChange']>;
export type FundLink = ItemOf<ApiJson<'/api/benefits/fund-links', 'get'>['items']>;
export type LinkablePolicy = ItemOf<ApiJson<'/api/benefits/linkable-policies', 'get'>['items']>;

export const fetchFunds = () => callApi('get', '/api/benefits/funds');
export const createFund = (body: NonNullable<ApiBody<'/api/benefits/funds', 'post'>>) => callApi('post', '/api/benefits/funds', { body });
export const proposeBudget = (fundId: string, body: NonNullable<ApiBody<'/api/benefits/funds/{fundId}/budget-changes', 'post'>>) =>
  callApi('post', '/api/benefits/funds/{fundId}/budget-changes', { params: { fundId }, body });
export const decideBudget = (fundId: string, changeId: string, approve: boolean) =>
  callApi('post', '/api/benefits/funds/{fundId}/budget-changes/{changeId}/decision', { params: { fundId, changeId }, body: { approve } });
export const fetchFundLinks = () => callApi('get', '/api/benefits/fund-links');
export const fetchLinkablePolicies = () => callApi('get', '/api/benefits/linkable-policies');
export const saveFundLink = (policyId: string, body: NonNullable<ApiBody<'/api/benefits/fund-links/{policyId}', 'put'>>) =>
  callApi('put', '/api/benefits/fund-links/{policyId}', { params: { policyId }, body });
