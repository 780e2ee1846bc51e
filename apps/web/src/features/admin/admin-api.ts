import type { ApiBody, ApiJson, ItemOf } from '../../api/api-types';
import { callApi } from '../../api/call-api';
import type { Role } from '../../api/types';

/** Shapes of /api/admin, read from the generated OpenAPI types. */
export type AdminDepartment = ItemOf<ApiJson<'/api/admin/departments', 'get'>['items']>;
export type AdminAccount = ItemOf<ApiJson<'/api/admin/users', 'get'>['items']>;
export type DepartmentToken = ItemOf<ApiJson<'/api/admin/tokens', 'get'>['items']>;
export type IntakeKind = ItemOf<DepartmentToken['intakeKinds']>;
export type JurisdictionOption = ItemOf<ApiJson<'/api/admin/jurisdictions', 'get'>['items']>;

/** The intake kinds in the order the token form lists them (checked against the API's list both ways). */
export const INTAKE_KINDS = ['REGISTRY', 'YEARLY_FIGURES', 'SOCIAL_SECURITY_HEADCOUNT', 'TAX_CREDIT_RATING', 'QUALIFICATIONS', 'LOAN_RECORDS', 'SHARED_FACTS'] as const satisfies readonly IntakeKind[];
const allKindsListed: [Exclude<IntakeKind, (typeof INTAKE_KINDS)[number]>] extends [never] ? true : false = true;
void allKindsListed;

export const OFFICER_ROLES = ['SME_BUREAU', 'DEPARTMENT', 'SME_BUREAU_FINANCE', 'AUDITOR', 'ADMIN'] as const satisfies readonly Role[];

export const fetchJurisdictions = () => callApi('get', '/api/admin/jurisdictions');
export const fetchDepartments = () => callApi('get', '/api/admin/departments');
export const createDepartment = (body: NonNullable<ApiBody<'/api/admin/departments', 'post'>>) => callApi('post', '/api/admin/departments', { body });
export const updateDepartment = (id: string, body: NonNullable<ApiBody<'/api/admin/departments/{id}', 'patch'>>) => callApi('patch', '/api/admin/departments/{id}', { params: { id }, body });
export const deactivateDepartment = (id: string) => callApi('post', '/api/admin/departments/{id}/deactivate', { params: { id } });

export const fetchAccounts = () => callApi('get', '/api/admin/users');
export const createAccount = (body: NonNullable<ApiBody<'/api/admin/users', 'post'>>) => callApi('post', '/api/admin/users', { body });
export function accountAction(id: string, action: 'disable' | 'enable' | 'force-password-change'): Promise<AdminAccount> {
  if (action === 'disable') return callApi('post', '/api/admin/users/{id}/disable', { params: { id } });
  if (action === 'enable') return callApi('post', '/api/admin/users/{id}/enable', { params: { id } });
  return callApi('post', '/api/admin/users/{id}/force-password-change', { params: { id } });
}
export const resetAccountPassword = (id: string) => callApi('post', '/api/admin/users/{id}/reset-password', { params: { id } });

export const fetchTokens = () => callApi('get', '/api/admin/tokens');
export const createToken = (body: NonNullable<ApiBody<'/api/admin/tokens', 'post'>>) => callApi('post', '/api/admin/tokens', { body });
export const revokeToken = (id: string) => callApi('post', '/api/admin/tokens/{id}/revoke', { params: { id } });

export const changeOwnPassword = (body: NonNullable<ApiBody<'/api/me/password', 'post'>>) => callApi('post', '/api/me/password', { body });
