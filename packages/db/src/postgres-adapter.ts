import pg from 'pg';
import type { Database, Queryable, Row } from './database';
import { runMigrations } from './migrations';
import { OID, parseDate, parseInt8, parseTimestamptz } from './type-parsers';

const parsers = new Map<number, (text: string) => unknown>([
  [OID.INT8, parseInt8],
  [OID.DATE, parseDate],
  [OID.TIMESTAMPTZ, parseTimestamptz],
]);

/** Per-pool type parsers: never touch pg's global defaults, which other code may rely on. */
const typeOverrides = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    const own = parsers.get(oid);
    if (own && (format ?? 'text') === 'text') return own;
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as unknown as pg.CustomTypesConfig;

export interface PostgresOpenOptions {
  url: string;
  /** Pool size; defaults to 10. */
  max?: number;
}

export async function openPostgres(options: PostgresOpenOptions): Promise<Database> {
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.max ?? 10,
    types: typeOverrides,
    options: '-c TimeZone=UTC',
  });
  // Fail at open, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  pool.on('error', () => {
    /* idle client errors are reported on the next query; keep the process alive */
  });
  const base = clientQueryable(pool);
  const db: Database = {
    kind: 'postgres',
    ...base,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(clientQueryable(client));
        await client.query('COMMIT');
        return result;
      } catch (e) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw e;
      } finally {
        client.release();
      }
    },
    migrate: () => runMigrations(db),
    close: async () => {
      if (pool.ended || pool.ending) return;
      await pool.end();
    },
  };
  return db;
}

function clientQueryable(client: pg.Pool | pg.PoolClient): Queryable {
  return {
    async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const r = await client.query(sql, params as unknown[]);
      return r.rows as T[];
    },
    async exec(script: string): Promise<void> {
      await client.query(script);
    },
  };
}
