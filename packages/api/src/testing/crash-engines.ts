/**
 * The databases a crash test runs the real server on: a PGlite data folder always, a scratch
 * PostgreSQL database when TEST_DATABASE_URL is set. The server runs in a child process
 * (appeals/testing/server-process.ts); the test opens the database only once the server is stopped
 * (PGlite allows one process at a time).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, type Database } from '@huiqi/db';
import { createScratchPostgres } from '@huiqi/db/testing';

export interface CrashEngine {
  name: string;
  /** What the server's environment needs to use this database. */
  env: Record<string, string>;
  open(): Promise<Database>;
  cleanUp(): Promise<void>;
}

async function pgliteEngine(): Promise<CrashEngine> {
  const dataDir = await mkdtemp(join(tmpdir(), 'huiqi-crash-'));
  return {
    name: 'pglite',
    env: { HUIQI_DATA_DIR: dataDir },
    open: () => openDatabase({ dataDir }),
    cleanUp: async () => {
      await rm(dataDir, { recursive: true, force: true });
      await rm(`${dataDir}.huiqi-lock`, { force: true });
    },
  };
}

async function postgresEngine(adminUrl: string): Promise<CrashEngine> {
  const scratch = await createScratchPostgres(adminUrl);
  const url = new URL(adminUrl);
  url.pathname = `/${scratch.name}`;
  return { name: 'postgres', env: { DATABASE_URL: url.toString() }, open: async () => scratch.db, cleanUp: () => scratch.drop() };
}

/**
 * [name, factory] pairs for `describe.each`: PGlite, and PostgreSQL when TEST_DATABASE_URL is set —
 * unless `embeddedOnly`: a crash test whose writes take the same SQL path on both engines may run on
 * the embedded engine alone (a kill there leaves the data folder itself to recover; PostgreSQL's own
 * recovery is exercised by the crash tests that run on both).
 */
export function crashEngines(options: { embeddedOnly?: boolean } = {}): [string, () => Promise<CrashEngine>][] {
  const engines: [string, () => Promise<CrashEngine>][] = [['pglite', pgliteEngine]];
  const url = process.env.TEST_DATABASE_URL;
  if (url && !options.embeddedOnly) engines.push(['postgres', () => postgresEngine(url)]);
  return engines;
}

/** Closes what `open()` returned where the test owns it (PGlite); a scratch PostgreSQL pool is closed by cleanUp. */
export async function closeCrashDatabase(engine: CrashEngine, db: Database): Promise<void> {
  if (engine.name === 'pglite') await db.close();
}
