import { recentRateEvents, recordRateEvent, type Queryable } from '@huiqi/db';
import { AppError } from '../errors/app-error';

export interface ThrottleRule {
  kind: string;
  /** At most this many events per scope within the window. */
  limit: number;
  windowMs: number;
  label: { zh: string; en: string };
}

const HOUR = 60 * 60 * 1000;

/** Comments (new or edited) per account or verified contact. */
export const COMMENT_THROTTLE: ThrottleRule = { kind: 'COMMENT', limit: 10, windowMs: HOUR, label: { zh: '条意见', en: 'comments' } };
/** Comments per client network address (higher: many people share an office's address). */
export const COMMENT_IP_THROTTLE: ThrottleRule = { kind: 'COMMENT_IP', limit: 60, windowMs: HOUR, label: { zh: '条意见（同一网络地址）', en: 'comments from one network address' } };
/** Verification codes per address (e-mail or mobile). */
export const CODE_THROTTLE: ThrottleRule = { kind: 'CODE', limit: 5, windowMs: HOUR, label: { zh: '次验证码', en: 'codes' } };
/** Verification codes per client network address. */
export const CODE_IP_THROTTLE: ThrottleRule = { kind: 'CODE_IP', limit: 20, windowMs: HOUR, label: { zh: '次验证码（同一网络地址）', en: 'codes from one network address' } };

/** Checks every (scopes, rule) pair first, then records them all: a refusal records nothing. */
export async function throttleAll(q: Queryable, checks: readonly [readonly string[], ThrottleRule][], now: Date = new Date()): Promise<void> {
  for (const [scopes, rule] of checks) await throttle(q, scopes, rule, now, false);
  for (const [scopes, rule] of checks) await recordRateEvent(q, scopes, rule.kind, now);
}

/**
 * Refuses with 429 and Retry-After (seconds until the oldest counted event leaves the window)
 * when any scope reached the limit; otherwise records one event for every scope.
 */
export async function throttle(q: Queryable, scopes: readonly string[], rule: ThrottleRule, now: Date = new Date(), record = true): Promise<void> {
  const counts = await recentRateEvents(q, scopes, rule.kind, new Date(now.getTime() - rule.windowMs));
  const over = counts.find((c) => c.count >= rule.limit);
  if (over) {
    const retryAfter = Math.max(1, Math.ceil(((over.oldest?.getTime() ?? now.getTime()) + rule.windowMs - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfter / 60);
    throw new AppError('CONSULTATION_THROTTLED', {
      message: {
        zh: `每小时最多提交 ${rule.limit} ${rule.label.zh}，请约 ${minutes} 分钟后再试`,
        en: `at most ${rule.limit} ${rule.label.en} per hour; try again in about ${minutes} minutes`,
      },
      details: { limit: rule.limit, windowSeconds: rule.windowMs / 1000, retryAfterSeconds: retryAfter },
      headers: { 'retry-after': String(retryAfter) },
    });
  }
  if (record) await recordRateEvent(q, scopes, rule.kind, now);
}
