import type { ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of /api/rules (the rule book), read from the generated OpenAPI types. */
export type PolicySummary = ItemOf<ApiJson<'/api/rules/policies', 'get'>['items']>;
export type PolicyDetail = ApiJson<'/api/rules/policies/{id}', 'get'>;
export type ParameterSummary = ItemOf<ApiJson<'/api/rules/parameters', 'get'>['items']>;
export type ParameterDetail = ApiJson<'/api/rules/parameters/{path}', 'get'>;
export type ParameterValue = ItemOf<ItemOf<ParameterDetail['byJurisdiction']>['values']>;

export const fetchPolicies = () => callApi('get', '/api/rules/policies');
export const fetchPolicy = (id: string) => callApi('get', '/api/rules/policies/{id}', { params: { id } });
export const fetchParameters = () => callApi('get', '/api/rules/parameters');
export const fetchParameter = (path: string) => callApi('get', '/api/rules/parameters/{path}', { params: { path } });
