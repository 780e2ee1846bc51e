import { addRateEvents, countRateEvents, type Queryable } from '@huiqi/db';
import { AppError } from '../errors/app-error';

/** An abuse limit: at most `limit` events of `kind` per scope within a sliding window. */
export interface SubmissionLimit {
  kind: string;
  limit: number;
  windowMs: number;
  /** What is counted, for the message: 「每小时最多提交 20 件匿名诉求」. */
  counted: { zh: string; en: string };
}

const HOUR = 60 * 60 * 1000;

/** Anonymous Open311 submissions per client address: generous for an office behind one address, fatal to a script. */
export const ANONYMOUS_SUBMISSIONS_PER_ADDRESS: SubmissionLimit = {
  kind: 'ANONYMOUS_SUBMISSION',
  limit: 20,
  windowMs: HOUR,
  counted: { zh: '件匿名诉求（同一网络地址）', en: 'anonymous submissions from one network address' },
};

const windowText = (ms: number) => (ms === HOUR ? { zh: '每小时', en: 'per hour' } : { zh: `每 ${Math.round(ms / 60000)} 分钟`, en: `per ${Math.round(ms / 60000)} minutes` });

/**
 * Counts one event for every scope, or refuses with 429 RATE_LIMITED and `Retry-After` (seconds
 * until the oldest counted event leaves the window) when any scope has reached the limit — in
 * which case nothing is counted, so a refused client is not locked out longer by trying again.
 */
export async function countSubmission(q: Queryable, scopes: readonly string[], rule: SubmissionLimit, now: Date = new Date()): Promise<void> {
  const since = new Date(now.getTime() - rule.windowMs);
  const counts = await countRateEvents(q, scopes, rule.kind, since);
  const over = counts.find((c) => c.count >= rule.limit);
  if (over) {
    const retryAfter = Math.max(1, Math.ceil(((over.oldest?.getTime() ?? now.getTime()) + rule.windowMs - now.getTime()) / 1000));
    const minutes = Math.ceil(retryAfter / 60);
    const per = windowText(rule.windowMs);
    throw new AppError('RATE_LIMITED', {
      message: {
        zh: `${per.zh}最多提交 ${rule.limit} ${rule.counted.zh}，请约 ${minutes} 分钟后再试`,
        en: `At most ${rule.limit} ${rule.counted.en} ${per.en}; try again in about ${minutes} minutes`,
      },
      details: { limit: rule.limit, windowSeconds: rule.windowMs / 1000, retryAfterSeconds: retryAfter },
      headers: { 'retry-after': String(retryAfter) },
    });
  }
  await addRateEvents(q, scopes, rule.kind, now, since);
}
