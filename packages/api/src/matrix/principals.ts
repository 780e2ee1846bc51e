/**
 * The principals of the permission matrix: each role, a district-scoped department officer,
 * and anonymous. Every endpoint has a row saying which HTTP status each one gets.
 */
export const PRINCIPALS = ['anonymous', 'enterprise', 'bureau', 'dept-miit', 'dept-futian', 'bank', 'auditor', 'admin', 'finance'] as const;
export type PrincipalName = (typeof PRINCIPALS)[number];

/** Which role each principal has (dept-futian: a district-scoped department officer). */
export const ROLE_OF: Record<PrincipalName, string> = {
  anonymous: '-',
  enterprise: 'ENTERPRISE',
  bureau: 'SME_BUREAU',
  'dept-miit': 'DEPARTMENT',
  'dept-futian': 'DEPARTMENT (district)',
  bank: 'FINANCIAL_INSTITUTION',
  auditor: 'AUDITOR',
  admin: 'ADMIN',
  finance: 'SME_BUREAU_FINANCE',
};

/**
 * What the finance officer gets where a row does not name them: payments are their only business
 * (`auth/scope-gates.ts`), so outside the payment routes they count as the public — the public's
 * answer where the public is served, 403 where the public would be asked to log in.
 */
const financeAsPublic = (anonymous: number): number => (anonymous === 401 ? 403 : anonymous);

export interface MatrixRow {
  url: string;
  payload?: unknown;
  /** Log in afresh for this request (e.g. logout would end the shared session). */
  freshSession?: boolean;
  expect: Record<PrincipalName, number>;
}

/** Keyed by "METHOD /path/:pattern" exactly as registered. */
export type MatrixRows = Record<string, MatrixRow>;

/** Everyone gets `status`; anonymous gets `anonymous` (401 unless said otherwise). */
export const all = (status: number, anonymous = 401): Record<PrincipalName, number> =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, p === 'anonymous' ? anonymous : p === 'finance' ? financeAsPublic(anonymous) : status])) as Record<PrincipalName, number>;

/** The listed principals get `status`, the others `refused`; anonymous 401. */
export const only = (allowed: PrincipalName[], status = 200, refused = 403): Record<PrincipalName, number> =>
  Object.fromEntries(PRINCIPALS.map((p) => [p, p === 'anonymous' ? 401 : allowed.includes(p) ? status : p === 'finance' ? 403 : refused])) as Record<PrincipalName, number>;
