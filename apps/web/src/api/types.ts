import type { ApiBody, ApiJson, ApiQuery, ItemOf } from './api-types';

/**
 * Names for the core API's JSON bodies, each read from the generated OpenAPI types (see
 * api-types.ts): signed-in user, enterprises, departments, health. Money is always integer fen.
 */
export type Me = ApiJson<'/api/me', 'get'>;
export type Role = Me['role'];

/** Every role, for lists and filters (checked against the API's role list both ways). */
export const ROLES = ['ENTERPRISE', 'SME_BUREAU', 'DEPARTMENT', 'FINANCIAL_INSTITUTION', 'AUDITOR', 'ADMIN', 'SME_BUREAU_FINANCE'] as const satisfies readonly Role[];
const allRolesListed: [Exclude<Role, (typeof ROLES)[number]>] extends [never] ? true : false = true;
void allRolesListed;

export type EnterprisePatch = NonNullable<ApiBody<'/api/enterprises/{uscc}', 'patch'>>;
export type QualificationTag = ItemOf<NonNullable<EnterprisePatch['tags']>>;
/** Every qualification tag, for the tag pickers (checked against the API's list both ways). */
export const QUALIFICATION_TAGS = ['HIGH_TECH', 'TECH_SME', 'SPECIALIZED', 'LITTLE_GIANT', 'INNOVATIVE_SME'] as const satisfies readonly QualificationTag[];
const allTagsListed: [Exclude<QualificationTag, (typeof QUALIFICATION_TAGS)[number]>] extends [never] ? true : false = true;
void allTagsListed;

export type EnterpriseList = ApiJson<'/api/enterprises', 'get'>;
export type EnterpriseSummary = ItemOf<EnterpriseList['items']>;
/** The list's query; the page and its size are always given (the server's defaults are not assumed). */
export type EnterpriseSearchQuery = ApiQuery<'/api/enterprises', 'get'> & Required<Pick<ApiQuery<'/api/enterprises', 'get'>, 'page' | 'pageSize'>>;
export type EnterpriseDetail = ApiJson<'/api/enterprises/{uscc}', 'get'>;
export type Enterprise = EnterpriseDetail['enterprise'];
export type TaxpayerType = Enterprise['taxpayerType'];
export type YearlyFigures = ItemOf<EnterpriseDetail['figures']>;
/** The body of `PUT /figures/:year`; it replaces the year's figures (null = not reported). */
export type YearlyFiguresInput = NonNullable<ApiBody<'/api/enterprises/{uscc}/figures/{year}', 'put'>>;
export type SaveFiguresResult = ApiJson<'/api/enterprises/{uscc}/figures/{year}', 'put'>;
/** One version of the enterprise profile (`PROFILE`) or of one year's figures (`FIGURES`). */
export type HistoryEntry = ItemOf<ApiJson<'/api/enterprises/{uscc}/history', 'get'>['items']>;

export type Jurisdiction = ItemOf<ApiJson<'/api/jurisdictions', 'get'>>;
export type Department = ItemOf<ApiJson<'/api/departments', 'get'>>;
export type DepartmentDetail = ApiJson<'/api/departments/{id}', 'get'>;
export type Officer = ItemOf<DepartmentDetail['officers']>;
export type Health = ApiJson<'/api/health', 'get'>;

export type { ApiErrorBody } from './api-error';
