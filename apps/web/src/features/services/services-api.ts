import type { ApiBody, ApiJson, ApiQuery, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of /api/services, read from the generated OpenAPI types. */
export type ProviderView = ItemOf<ApiJson<'/api/services/review/providers', 'get'>['items']>;
export type PublicProviderView = ItemOf<ApiJson<'/api/services/providers', 'get'>['items']>;
export type Category = ItemOf<ApiJson<'/api/services/categories', 'get'>['items']>;
export type CategoryCode = Category['code'];
export type ProviderDeclarationInput = NonNullable<ApiBody<'/api/services/providers', 'post'>>;
export type ProgrammeView = ItemOf<ApiJson<'/api/services/programmes', 'get'>['items']>;
export type VoucherView = ItemOf<ApiJson<'/api/services/my-vouchers', 'get'>['items']>;

export const fetchCategories = () => callApi('get', '/api/services/categories');
export const fetchDirectory = (category?: ApiQuery<'/api/services/providers', 'get'>['category'], q?: string) =>
  callApi('get', '/api/services/providers', { query: { ...(category ? { category } : {}), ...(q ? { q } : {}) } });
export const fetchMyProvider = () => callApi('get', '/api/services/my-provider');
export const registerProvider = (body: ProviderDeclarationInput) => callApi('post', '/api/services/providers', { body });
export const resubmitProvider = (body: ProviderDeclarationInput) => callApi('post', '/api/services/my-provider/resubmit', { body });
export const fetchReviewProviders = (status?: ApiQuery<'/api/services/review/providers', 'get'>['status']) =>
  callApi('get', '/api/services/review/providers', { query: status ? { status } : {} });
export function actOnProvider(providerId: string, action: 'approve' | 'reject' | 'suspend' | 'reinstate' | 'rate', body: { note?: string | null; reason?: string; score?: number; comment?: string }): Promise<ProviderView> {
  const params = { id: providerId };
  if (action === 'approve') return callApi('post', '/api/services/providers/{id}/approve', { params, body: { note: body.note ?? null } });
  if (action === 'reinstate') return callApi('post', '/api/services/providers/{id}/reinstate', { params, body: { note: body.note ?? null } });
  if (action === 'reject') return callApi('post', '/api/services/providers/{id}/reject', { params, body: { reason: body.reason ?? '' } });
  if (action === 'suspend') return callApi('post', '/api/services/providers/{id}/suspend', { params, body: { reason: body.reason ?? '' } });
  return callApi('post', '/api/services/providers/{id}/rate', { params, body: { score: body.score ?? 0, comment: body.comment ?? '' } });
}
export const fetchProgrammes = () => callApi('get', '/api/services/programmes');
export const createProgramme = (body: NonNullable<ApiBody<'/api/services/programmes', 'post'>>) => callApi('post', '/api/services/programmes', { body });
export const issueVouchers = (programmeId: string, count: number) => callApi('post', '/api/services/programmes/{id}/issue', { params: { id: programmeId }, body: { count } });
export const claimVoucher = (programmeId: string) => callApi('post', '/api/services/programmes/{id}/claim', { params: { id: programmeId } });
export const fetchMyVouchers = () => callApi('get', '/api/services/my-vouchers');
export const fetchProviderVouchers = () => callApi('get', '/api/services/provider-vouchers');
export const redeemVoucher = (body: NonNullable<ApiBody<'/api/services/redemptions', 'post'>>) => callApi('post', '/api/services/redemptions', { body });

/** The benefits funds (SME bureau): a programme names the fund whose payment batches pay providers. */
export const fetchFunds = () => callApi('get', '/api/benefits/funds');

/** The rule base's policies (public): a programme's eligibility rule is one of them, shown by its title. */
export const fetchPolicies = () => callApi('get', '/api/rules/policies');
