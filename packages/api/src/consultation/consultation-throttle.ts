import type { Queryable } from '@huiqi/db';
import { countSubmissions, HOUR_MS, type SubmissionLimit } from '../hardening/submission-throttle';

/** The consultation's abuse limits, counted by the platform's sliding-window counters (hardening/submission-throttle.ts). */
export type ThrottleRule = SubmissionLimit;

/** Comments (new or edited) per account or verified contact. */
export const COMMENT_THROTTLE: ThrottleRule = { kind: 'COMMENT', limit: 10, windowMs: HOUR_MS, counted: { zh: '条意见', en: 'comments' } };
/** Comments per client network address (higher: many people share an office's address). */
export const COMMENT_IP_THROTTLE: ThrottleRule = { kind: 'COMMENT_IP', limit: 60, windowMs: HOUR_MS, counted: { zh: '条意见（同一网络地址）', en: 'comments from one network address' } };
/** Verification codes per address (e-mail or mobile). */
export const CODE_THROTTLE: ThrottleRule = { kind: 'CODE', limit: 5, windowMs: HOUR_MS, counted: { zh: '次验证码', en: 'codes' } };
/** Verification codes per client network address. */
export const CODE_IP_THROTTLE: ThrottleRule = { kind: 'CODE_IP', limit: 20, windowMs: HOUR_MS, counted: { zh: '次验证码（同一网络地址）', en: 'codes from one network address' } };

/** Checks every (scopes, rule) pair first, then counts them all: a refusal (429 CONSULTATION_THROTTLED) counts nothing. */
export function throttleAll(q: Queryable, checks: readonly [readonly string[], ThrottleRule][], now: Date = new Date()): Promise<void> {
  return countSubmissions(q, checks, now, 'CONSULTATION_THROTTLED');
}
