import { addRateEvents, countRateEvents, type Queryable } from '@huiqi/db';
import { AppError } from '../errors/app-error';
import type { ErrorCode } from '../errors/error-codes';

/** An abuse limit: at most `limit` events of `kind` per scope within a sliding window. */
export interface SubmissionLimit {
  kind: string;
  limit: number;
  windowMs: number;
  /** What is counted, for the message: 「每小时最多提交 20 件匿名诉求」. */
  counted: { zh: string; en: string };
}

export const HOUR_MS = 60 * 60 * 1000;

/** Anonymous Open311 submissions per client address: generous for an office behind one address, fatal to a script. */
export const ANONYMOUS_SUBMISSIONS_PER_ADDRESS: SubmissionLimit = {
  kind: 'ANONYMOUS_SUBMISSION',
  limit: 20,
  windowMs: HOUR_MS,
  counted: { zh: '件匿名诉求（同一网络地址）', en: 'anonymous submissions from one network address' },
};

const windowText = (ms: number) => (ms === HOUR_MS ? { zh: '每小时', en: 'per hour' } : { zh: `每 ${Math.round(ms / 60000)} 分钟`, en: `per ${Math.round(ms / 60000)} minutes` });

/**
 * Checks every (scopes, limit) pair first and refuses with 429 and `Retry-After` (seconds until the
 * oldest counted event leaves the window) when any scope has reached its limit — counting nothing,
 * so that a refused client is not kept out longer by trying again; otherwise counts one event for
 * every scope of every pair. `code` names the refusal (RATE_LIMITED unless a module has its own).
 */
export async function countSubmissions(q: Queryable, checks: readonly (readonly [readonly string[], SubmissionLimit])[], now: Date = new Date(), code: ErrorCode = 'RATE_LIMITED'): Promise<void> {
  for (const [scopes, rule] of checks) {
    const counts = await countRateEvents(q, scopes, rule.kind, new Date(now.getTime() - rule.windowMs));
    const over = counts.find((c) => c.count >= rule.limit);
    if (!over) continue;
    const retryAfter = Math.max(1, Math.ceil(((over.oldest?.getTime() ?? now.getTime()) + rule.windowMs - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfter / 60);
    const per = windowText(rule.windowMs);
    throw new AppError(code, {
      message: {
        zh: `${per.zh}最多提交 ${rule.limit} ${rule.counted.zh}，请约 ${minutes} 分钟后再试`,
        en: `At most ${rule.limit} ${rule.counted.en} ${per.en}; try again in about ${minutes} minutes`,
      },
      details: { limit: rule.limit, windowSeconds: rule.windowMs / 1000, retryAfterSeconds: retryAfter },
      headers: { 'retry-after': String(retryAfter) },
    });
  }
  for (const [scopes, rule] of checks) await addRateEvents(q, scopes, rule.kind, now, new Date(now.getTime() - rule.windowMs));
}

/** One limit on one set of scopes (see countSubmissions). */
export function countSubmission(q: Queryable, scopes: readonly string[], rule: SubmissionLimit, now: Date = new Date()): Promise<void> {
  return countSubmissions(q, [[scopes, rule]], now);
}
