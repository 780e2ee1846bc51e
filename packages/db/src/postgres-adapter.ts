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
  /**
   * Prepare repeated statements on the server (default true). Turn it off behind a pooler that
   * does not keep prepared statements (PgBouncer in transaction mode before 1.21).
   */
  prepareStatements?: boolean;
}

/** A statement with parameters is prepared once it has run this many times. */
export const PREPARE_AFTER_RUNS = 2;
/** At most this many statements are prepared per pool (per connection on the server). */
export const MAX_PREPARED_STATEMENTS = 200;

/**
 * Names for the statements worth preparing. Parsing and planning a statement often costs the
 * server more than running it (a session lookup joins five tables: ~0.3 ms to plan, ~0.04 ms to
 * run), so a statement that runs again is sent as a named prepared statement: each connection
 * parses it once and then only binds and executes it. Only statements with parameters (the
 * extended protocol; a parameterless text may hold several statements) and only the first
 * MAX_PREPARED_STATEMENTS distinct texts, so statements built on the fly cannot grow the
 * server's memory without bound. A name always stands for the same text in this pool.
 */
export class StatementNames {
  private readonly runs = new Map<string, number>();
  private readonly names = new Map<string, string>();

  constructor(private readonly after = PREPARE_AFTER_RUNS, private readonly max = MAX_PREPARED_STATEMENTS) {}

  nameFor(sql: string, paramCount: number): string | undefined {
    if (paramCount === 0) return undefined;
    const known = this.names.get(sql);
    if (known !== undefined || this.names.size >= this.max) return known;
    const runs = (this.runs.get(sql) ?? 0) + 1;
    if (runs < this.after) {
      if (this.runs.size >= 10_000) this.runs.clear(); // one-off texts: forget them rather than grow
      this.runs.set(sql, runs);
      return undefined;
    }
    this.runs.delete(sql);
    const name = `huiqi_${this.names.size + 1}`;
    this.names.set(sql, name);
    return name;
  }
}

export async function openPostgres(options: PostgresOpenOptions): Promise<Database> {
  const max = options.max ?? 10;
  const pool = new pg.Pool({
    connectionString: options.url,
    max,
    types: typeOverrides,
    options: '-c TimeZone=UTC',
  });
  // Fail at open, not at the first request, when the server is unreachable.
  const probe = await pool.connect();
  probe.release();
  pool.on('error', () => {
    /* idle client errors are reported on the next query; keep the process alive */
  });
  const names = options.prepareStatements === false ? null : new StatementNames();
  const base = clientQueryable(pool, names);
  const db: Database = {
    kind: 'postgres',
    ...base,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(clientQueryable(client, names));
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
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max }),
    close: async () => {
      if (pool.ended || pool.ending) return;
      await pool.end();
    },
  };
  return db;
}

function clientQueryable(client: pg.Pool | pg.PoolClient, names: StatementNames | null): Queryable {
  return {
    async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const name = names?.nameFor(sql, params.length);
      const r = name === undefined ? await client.query(sql, params as unknown[]) : await client.query({ name, text: sql, values: params as unknown[] });
      return r.rows as T[];
    },
    async exec(script: string): Promise<void> {
      await client.query(script);
    },
  };
}
