import { PGlite } from '@electric-sql/pglite';
import type { Database } from '../database';
import { openPglite, wrapPglite } from '../pglite-adapter';
import { readTemplate, writeTemplate } from '../pglite-template-cache';

/**
 * A migrated PGlite database dumped once to `node_modules/.cache/huiqi/` (keyed by every migration
 * file and the PGlite version, so a new migration makes a new template). Starting from it takes
 * about a second instead of initdb + migrations each time.
 */
export async function templateTarball(): Promise<Uint8Array> {
  const cached = readTemplate();
  if (cached) return cached;
  const pg = new PGlite({});
  await pg.waitReady;
  await wrapPglite(pg).migrate();
  const bytes = new Uint8Array(await (await pg.dumpDataDir('gzip')).arrayBuffer());
  await pg.close();
  writeTemplate(bytes);
  return bytes;
}

/** An in-memory, already migrated PGlite database for one test file. */
export async function openMigratedPglite(): Promise<Database> {
  const bytes = await templateTarball();
  const db = await openPglite({ loadDataDir: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
  await db.migrate(); // a no-op on a current template
  return db;
}
