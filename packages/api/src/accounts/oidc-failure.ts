/**
 * Why a sign-in through the identity service failed. The callback sends the browser to the web
 * page `/login/oidc-failed?reason=<code>`, which explains each in Chinese and English. Codes are
 * part of that URL contract: never rename one.
 */
export const OIDC_FAILURES = [
  'NOT_CONFIGURED',
  'PROVIDER_UNAVAILABLE',
  'PROVIDER_REFUSED',
  'STATE_MISMATCH',
  'TOKEN_INVALID',
  'USCC_MISSING',
  'USCC_INVALID',
  'UNKNOWN_ENTERPRISE',
  'ACCOUNT_DISABLED',
] as const;
export type OidcFailure = (typeof OIDC_FAILURES)[number];

export class OidcSignInError extends Error {
  readonly reason: OidcFailure;
  constructor(reason: OidcFailure, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = 'OidcSignInError';
    this.reason = reason;
  }
}

export const OIDC_FAILURE_PATH = '/login/oidc-failed';
