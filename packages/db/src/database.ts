/**
 * The one query path of the platform. The same SQL runs on embedded PGlite and on PostgreSQL 15;
 * both adapters normalise result types (bigint → number, date → 'YYYY-MM-DD', timestamptz → ISO text).
 */
export type Row = Record<string, unknown>;

export interface Queryable {
  /** One parameterised statement ($1, $2 …). Returns the rows. */
  query<T = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** A script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export type DatabaseKind = 'pglite' | 'postgres';

export interface MigrationReport {
  applied: string[];
  alreadyApplied: number;
}

export interface Database extends Queryable {
  readonly kind: DatabaseKind;
  /** Runs `fn` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /** Applies the SQL files of `packages/db/migrations` not yet applied. */
  migrate(): Promise<MigrationReport>;
  close(): Promise<void>;
  /** The connection pool's state (PostgreSQL; PGlite has no pool), for the operators' metrics. */
  poolStats?(): PoolStats;
}

export interface PoolStats {
  /** Connections open, idle among them, requests waiting for one, and the most the pool opens. */
  total: number;
  idle: number;
  waiting: number;
  max: number;
}
