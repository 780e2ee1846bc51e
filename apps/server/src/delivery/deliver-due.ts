import {
  claimDueDeliveries, deferDelivery, quietHoursEnd, recordDeliveryFailure, recordDeliverySent, suppressDelivery, type ClaimedDelivery, type Database,
} from '@huiqi/db';
import type { ChannelAdapters } from './channel-adapter';
import { renderMessage } from './delivery-message';

export interface DeliverOptions {
  /** The clock (tests move it to reach the next attempt). */
  now?: () => Date;
  /** Rows claimed per round (default 50). */
  batchSize?: number;
  /** Rounds per call at most (default 20); the next run goes on. */
  maxRounds?: number;
  /** Sends in flight at once (default 4). */
  concurrency?: number;
  /** How long a claim holds: longer than a send may take (default 2 min; sends time out after 10 s). */
  leaseMs?: number;
  /** Stop between rounds when aborted (the job runner is stopping). */
  signal?: AbortSignal;
}

export interface DeliverReport {
  claimed: number;
  sent: number;
  retrying: number;
  failed: number;
  suppressed: number;
  deferred: number;
  /** Settlements refused because the claim had expired and another worker took the row. */
  stale: number;
}

/**
 * The delivery job: claims due PENDING rows and sends each through its channel's adapter. A row in
 * the enterprise's quiet hours waits for their end (no attempt counted); a channel that is off is
 * SUPPRESSED; an accepted send is SENT, a refused one FAILED, anything else retried with backoff.
 */
export async function deliverDue(db: Database, adapters: ChannelAdapters, options: DeliverOptions = {}): Promise<DeliverReport> {
  const now = options.now ?? (() => new Date());
  const batchSize = options.batchSize ?? 50;
  const report: DeliverReport = { claimed: 0, sent: 0, retrying: 0, failed: 0, suppressed: 0, deferred: 0, stale: 0 };
  for (let round = 0; round < (options.maxRounds ?? 20) && !options.signal?.aborted; round++) {
    const claimed = await claimDueDeliveries(db, { limit: batchSize, leaseMs: options.leaseMs ?? 120_000, now: now() });
    report.claimed += claimed.length;
    await inParallel(claimed, options.concurrency ?? 4, (c) => deliverOne(db, adapters, c, now, report));
    if (claimed.length < batchSize) break;
  }
  return report;
}

async function deliverOne(db: Database, adapters: ChannelAdapters, c: ClaimedDelivery, now: () => Date, report: DeliverReport): Promise<void> {
  const quietUntil = quietHoursEnd(now(), c.quietHours);
  if (quietUntil) {
    if (await deferDelivery(db, c, quietUntil, now())) report.deferred++;
    else report.stale++;
    return;
  }
  const adapter = adapters[c.channel];
  if (!adapter) {
    if (await suppressDelivery(db, c, 'CHANNEL_NOT_CONFIGURED', now())) report.suppressed++;
    else report.stale++;
    return;
  }
  const message = renderMessage(c);
  const result = await adapter.send(message).catch((e: unknown) => ({ ok: false as const, retryable: true, error: `adapter error: ${e instanceof Error ? e.message : String(e)}` }));
  if (result.ok) {
    if (await recordDeliverySent(db, c, { receipt: result.receipt, messageText: message.text }, now())) report.sent++;
    else report.stale++;
    return;
  }
  const outcome = await recordDeliveryFailure(db, c, { error: result.error, permanent: !result.retryable, messageText: message.text }, now());
  if (outcome === 'RETRY') report.retrying++;
  else if (outcome === 'FAILED') report.failed++;
  else report.stale++;
}

async function inParallel<T>(items: readonly T[], width: number, fn: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await fn(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(width, 1), items.length) }, lane));
}
