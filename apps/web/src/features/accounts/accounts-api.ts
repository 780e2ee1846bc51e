import type { ApiBody, ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';

/** Shapes of the accounts routes, read from the generated OpenAPI types. */
export type OidcStatus = ApiJson<'/api/auth/oidc', 'get'>;
export type RegistrationInput = NonNullable<ApiBody<'/api/accounts/registrations', 'post'>>;
export type Registration = ItemOf<ApiJson<'/api/accounts/registrations', 'get'>['items']>;
export type StaffAccount = ItemOf<ApiJson<'/api/enterprises/{uscc}/staff', 'get'>['items']>;
export type StaffInput = NonNullable<ApiBody<'/api/enterprises/{uscc}/staff', 'post'>>;

export const fetchOidcStatus = () => callApi('get', '/api/auth/oidc', { quietUnauthorized: true });

export const submitRegistration = (input: RegistrationInput) => callApi('post', '/api/accounts/registrations', { body: input, quietUnauthorized: true });

export const fetchPendingRegistrations = () => callApi('get', '/api/accounts/registrations', { query: { status: 'PENDING' } });
export const confirmRegistration = (id: string) => callApi('post', '/api/accounts/registrations/{id}/confirm', { params: { id } });
export const rejectRegistration = (id: string, note: string) => callApi('post', '/api/accounts/registrations/{id}/reject', { params: { id }, body: { note } });

export const fetchStaff = (uscc: string) => callApi('get', '/api/enterprises/{uscc}/staff', { params: { uscc } });
export const addStaff = (uscc: string, input: StaffInput) => callApi('post', '/api/enterprises/{uscc}/staff', { params: { uscc }, body: input });
export const removeStaff = (uscc: string, userId: string) => callApi('delete', '/api/enterprises/{uscc}/staff/{userId}', { params: { uscc, userId } });
