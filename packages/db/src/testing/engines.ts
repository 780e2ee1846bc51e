/**
 * Database tests on both engines.
 *
 *   import { describeEachEngine } from '@huiqi/db/testing';   // or from '@huiqi/db'
 *   describeEachEngine('appeals repository', (getDb) => {
 *     it('stores an appeal', async () => { const db = getDb(); … });
 *   });
 *
 * The suite always runs on an in-memory PGlite started from a migrated template (about 1 s), and
 * also on PostgreSQL when TEST_DATABASE_URL is set (`.ci/run` sets postgres://postgres@127.0.0.1:5432/test):
 * then a fresh database huiqi_t_<random> is created for the suite and dropped afterwards.
 * Tests inside one suite share its database: give each test its own rows (e.g. fresh ids).
 * An optional `setup(db)` runs once per engine after migration (fixtures).
 */
import { afterAll, beforeAll, describe } from 'vitest';
import type { Database } from '../database';
import { openMigratedPglite } from './pglite-template';
import { createScratchPostgres, type ScratchDatabase } from './postgres-scratch';

export type EngineName = 'pglite' | 'postgres';

export interface EngineSuiteOptions {
  setup?: (db: Database) => Promise<void>;
}

export function describeEachEngine(
  title: string,
  suite: (getDb: () => Database, engine: EngineName) => void,
  options: EngineSuiteOptions = {},
): void {
  const pgUrl = process.env.TEST_DATABASE_URL;
  describe(`${title} [pglite]`, () => {
    let db: Database | undefined;
    beforeAll(async () => {
      db = await openMigratedPglite();
      await options.setup?.(db);
    });
    afterAll(async () => {
      await db?.close();
    });
    suite(() => required(db), 'pglite');
  });
  describe.skipIf(!pgUrl)(`${title} [postgres]`, () => {
    let scratch: ScratchDatabase | undefined;
    beforeAll(async () => {
      scratch = await createScratchPostgres(pgUrl!);
      await options.setup?.(scratch.db);
    });
    afterAll(async () => {
      await scratch?.drop();
    });
    suite(() => required(scratch?.db), 'postgres');
  });
}

function required(db: Database | undefined): Database {
  if (!db) throw new Error('database not ready: use getDb() inside tests or hooks, not at collection time');
  return db;
}
