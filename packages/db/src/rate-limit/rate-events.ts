import type { Queryable } from '../database';

export interface RateWindowCount {
  scope: string;
  count: number;
  /** When the oldest counted event happened (it leaves the window first), null when there is none. */
  oldest: Date | null;
}

/**
 * Sliding-window counts: how many events of `kind` each scope had since `since`. Scopes are
 * strings such as `ip:<address>` or `account:<id>`.
 */
export async function countRateEvents(q: Queryable, scopes: readonly string[], kind: string, since: Date): Promise<RateWindowCount[]> {
  const rows = await q.query<{ scope: string; n: number | string; oldest: Date | string | null }>(
    'SELECT scope, count(*) AS n, min(at) AS oldest FROM rate_events WHERE scope = ANY($1::text[]) AND kind = $2 AND at >= $3 GROUP BY scope',
    [scopes, kind, since.toISOString()],
  );
  return scopes.map((scope) => {
    const r = rows.find((x) => x.scope === scope);
    return { scope, count: r ? Number(r.n) : 0, oldest: r?.oldest ? new Date(r.oldest) : null };
  });
}

/** Records one event of `kind` for each scope, and drops that kind's events older than `keepSince`. */
export async function addRateEvents(q: Queryable, scopes: readonly string[], kind: string, at: Date, keepSince: Date): Promise<void> {
  await q.query('INSERT INTO rate_events (scope, kind, at) SELECT s, $2, $3 FROM unnest($1::text[]) AS s', [scopes, kind, at.toISOString()]);
  await q.query('DELETE FROM rate_events WHERE kind = $1 AND scope = ANY($2::text[]) AND at < $3', [kind, scopes, keepSince.toISOString()]);
}
