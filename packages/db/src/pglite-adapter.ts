import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pgliteArtifacts } from './pglite-artifacts';
import type { Database, Queryable, Row } from './database';
import { runMigrations } from './migrations';
import { readTemplate, writeTemplate } from './pglite-template-cache';
import { lockDataDir } from './data-dir-lock';
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
  /** For a new data folder: start from the cached migrated template when there is one (default true). */
  useTemplateCache?: boolean;
}

const toBlob = (bytes: Uint8Array) => new Blob([bytes as Uint8Array<ArrayBuffer>]);

export async function openPglite(options: PgliteOpenOptions): Promise<Database> {
  let loadDataDir = options.loadDataDir;
  let fresh = false;
  let unlock = () => {};
  if (options.dataDir) {
    fresh = !existsSync(join(options.dataDir, 'PG_VERSION'));
    mkdirSync(options.dataDir, { recursive: true });
    unlock = lockDataDir(options.dataDir);
    if (fresh && !loadDataDir && options.useTemplateCache !== false) {
      const template = readTemplate();
      if (template) loadDataDir = toBlob(template);
    }
  }
  // One options object: `new PGlite(undefined, opts)` would silently ignore opts.
  try {
    const pg = new PGlite({
      ...(await pgliteArtifacts()),
      ...(options.dataDir ? { dataDir: options.dataDir } : {}),
      ...(loadDataDir ? { loadDataDir } : {}),
      parsers: PARSERS,
    });
    await pg.waitReady;
    await pg.exec("SET TIME ZONE 'UTC'");
    // A data folder made by initdb (no template yet): after migrating, cache it for the next new folder.
    return wrapPglite(pg, { cacheTemplateAfterMigrate: fresh && !loadDataDir && options.useTemplateCache !== false, onClose: unlock });
  } catch (e) {
    unlock();
    throw e;
  }
}

function queryable(pg: Pick<PGlite, 'query' | 'exec'>): Queryable {
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

export function wrapPglite(pg: PGlite, options: { cacheTemplateAfterMigrate?: boolean; onClose?: () => void } = {}): Database {
  const base = queryable(pg);
  const db: Database = {
    kind: 'pglite',
    ...base,
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    async migrate() {
      const report = await runMigrations(db);
      if (options.cacheTemplateAfterMigrate && report.alreadyApplied === 0 && readTemplate() === null) {
        const blob = await pg.dumpDataDir('gzip');
        writeTemplate(new Uint8Array(await blob.arrayBuffer()));
      }
      return report;
    },
    close: async () => {
      try {
        if (!pg.closed) await pg.close();
      } finally {
        options.onClose?.();
      }
    },
  };
  return db;
}
