import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import type { Database, Queryable, Row } from './database';
import { runMigrations } from './migrations';
import { OID, parseDate, parseInt8, parseTimestamptz } from './type-parsers';

const PARSERS = {
  [OID.INT8]: parseInt8,
  [OID.DATE]: parseDate,
  [OID.TIMESTAMPTZ]: parseTimestamptz,
};

export interface PgliteOpenOptions {
  /** Folder of an on-disk database; omitted → in memory. One process owns a folder. */
  dataDir?: string;
  /** A dumped data folder (tarball) to start from, e.g. a migrated test template. */
  loadDataDir?: Blob;
}

export async function openPglite(options: PgliteOpenOptions): Promise<Database> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  // One options object: `new PGlite(undefined, opts)` would silently ignore opts.
  const pg = new PGlite({
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
    parsers: PARSERS,
  });
  await pg.waitReady;
  await pg.exec("SET TIME ZONE 'UTC'");
  return wrapPglite(pg);
}

type PgliteLike = Pick<PGlite, 'query' | 'exec'>;

function queryable(pg: PgliteLike): Queryable {
  return {
    async query<T = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
      const r = await pg.query<T>(sql, params as unknown[]);
      return r.rows;
    },
    async exec(script: string): Promise<void> {
      await pg.exec(script);
    },
  };
}

export function wrapPglite(pg: PGlite): Database {
  const base = queryable(pg);
  const db: Database = {
    kind: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    migrate: () => runMigrations(db),
    close: () => pg.close(),
  };
  return db;
}

/** Exposed for the test template: dumps a PGlite database as a gzipped tarball. */
export async function dumpPglite(dataDirOwner: { dumpDataDir: PGlite['dumpDataDir'] }): Promise<Uint8Array> {
  const blob = await dataDirOwner.dumpDataDir('gzip');
  return new Uint8Array(await blob.arrayBuffer());
}

export { types as pgliteTypes };
