import type { Queryable } from '../database';

/**
 * Sliding-window throttle: how many events of `kind` the scopes had since `since`, and when the
 * oldest of them leaves the window (for Retry-After). Scopes are e.g. `account:<id>`, `ip:<addr>`.
 */
export async function recentRateEvents(q: Queryable, scopes: readonly string[], kind: string, since: Date): Promise<{ scope: string; count: number; oldest: Date | null }[]> {
  const rows = await q.query<{ scope: string; n: number | string; oldest: Date | string | null }>(
    'SELECT scope, count(*) AS n, min(at) AS oldest FROM consultation_rate_events WHERE scope = ANY($1::text[]) AND kind = $2 AND at >= $3 GROUP BY scope',
    [scopes, kind, since.toISOString()],
  );
  return scopes.map((scope) => {
    const r = rows.find((x) => x.scope === scope);
    return { scope, count: r ? Number(r.n) : 0, oldest: r?.oldest ? new Date(r.oldest) : null };
  });
}

/** Records one event for each scope. */
export async function recordRateEvent(q: Queryable, scopes: readonly string[], kind: string, at: Date = new Date()): Promise<void> {
  for (const scope of scopes) await q.query('INSERT INTO consultation_rate_events (scope, kind, at) VALUES ($1, $2, $3)', [scope, kind, at.toISOString()]);
}
