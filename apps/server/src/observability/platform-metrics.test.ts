import { describe, expect, it } from 'vitest';
import type { Queryable } from '@huiqi/db';
import { renderPlatformMetrics } from './platform-metrics';

/** A database that answers every query with no rows (and `SELECT 1` with one). */
const quiet: Queryable = {
  async query<T>(sql: string): Promise<T[]> {
    if (sql.startsWith('SELECT 1')) return [{ one: 1 }] as T[];
    if (sql.includes('to_regclass')) return [{ present: false }] as T[];
    return [];
  },
  async exec() {},
};

describe('platform metrics', () => {
  it('reports the connection pool of a PostgreSQL database: idle, busy, waiting and its size', async () => {
    const lines = await renderPlatformMetrics({ ...quiet, poolStats: () => ({ total: 7, idle: 3, waiting: 2, max: 10 }) });
    expect(lines).toEqual(expect.arrayContaining(['huiqi_db_pool_connections{state="idle"} 3', 'huiqi_db_pool_connections{state="busy"} 4', 'huiqi_db_pool_waiting 2', 'huiqi_db_pool_max 10', 'huiqi_db_up 1']));
  });

  it('has no pool lines on the embedded database, which has no pool', async () => {
    const lines = await renderPlatformMetrics(quiet);
    expect(lines.some((l) => l.includes('huiqi_db_pool'))).toBe(false);
  });
});
