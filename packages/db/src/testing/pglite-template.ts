import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { Database } from '../database';
import { migrationsFingerprint } from '../migrations';
import { openPglite, wrapPglite } from '../pglite-adapter';

const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..');
const CACHE_DIR = join(REPO_ROOT, 'node_modules', '.cache', 'huiqi');

/**
 * A migrated PGlite database dumped once to `node_modules/.cache/huiqi/pglite-template-<hash>.tgz`
 * (the hash covers every migration file, so a new migration makes a new template).
 * Starting from it takes about a second instead of initdb + migrations each time.
 */
export async function templateTarball(): Promise<Uint8Array> {
  const file = join(CACHE_DIR, `pglite-template-${migrationsFingerprint()}.tgz`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const pg = new PGlite({});
  await pg.waitReady;
  const db = wrapPglite(pg);
  await db.migrate();
  const blob = await pg.dumpDataDir('gzip');
  const bytes = new Uint8Array(await blob.arrayBuffer());
  await pg.close();
  mkdirSync(CACHE_DIR, { recursive: true });
  // Write then rename: two test workers building the template at once never see half a file.
  const tmp = `${file}.${process.pid}.${Date.now()}.tmp`;
  writeFileSync(tmp, bytes);
  renameSync(tmp, file);
  return bytes;
}

/** An in-memory, already migrated PGlite database for one test file. */
export async function openMigratedPglite(): Promise<Database> {
  const bytes = await templateTarball();
  const db = await openPglite({ loadDataDir: new Blob([bytes as Uint8Array<ArrayBuffer>]) });
  await db.migrate(); // no-op on a fresh template; applies nothing else
  return db;
}
