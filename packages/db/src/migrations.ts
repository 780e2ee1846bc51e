import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database, MigrationReport, Queryable } from './database';

/** The migration folder of this package, found from this file (never an absolute path). */
export const MIGRATIONS_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'migrations');

export interface MigrationFile {
  version: string;
  name: string;
  sql: string;
  checksum: string;
}

const FILE_PATTERN = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function readMigrationFiles(dir = MIGRATIONS_DIR): MigrationFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const m = FILE_PATTERN.exec(file);
      if (!m) throw new Error(`migration file name must be NNNN_name.sql: ${file}`);
      const sql = readFileSync(join(dir, file), 'utf8');
      return { version: m[1]!, name: m[2]!, sql, checksum: createHash('sha256').update(sql).digest('hex') };
    });
}

/** A hash of all migration files: keys cached test templates. */
export function migrationsFingerprint(files = readMigrationFiles()): string {
  const h = createHash('sha256');
  for (const f of files) h.update(`${f.version}:${f.checksum}\n`);
  return h.digest('hex').slice(0, 16);
}

const LOCK_KEY = 727_500_001;

/**
 * Applies pending migrations, each in its own transaction, recorded in `schema_migrations`.
 * A changed file that was already applied is refused (migrations are append-only).
 */
export async function runMigrations(db: Pick<Database, 'kind' | 'query' | 'exec' | 'transaction'>, files = readMigrationFiles()): Promise<MigrationReport> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version text PRIMARY KEY,
    name text NOT NULL,
    checksum text NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  const applied: string[] = [];
  let alreadyApplied = 0;
  for (const file of files) {
    const done = await db.transaction(async (tx) => {
      if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK_KEY]);
      const rows = await tx.query<{ checksum: string }>('SELECT checksum FROM schema_migrations WHERE version = $1', [file.version]);
      if (rows[0]) {
        if (rows[0].checksum !== file.checksum) {
          throw new Error(`migration ${file.version}_${file.name}.sql was changed after it was applied; add a new migration instead`);
        }
        return false;
      }
      await applyScript(tx, file.sql);
      await tx.query('INSERT INTO schema_migrations (version, name, checksum) VALUES ($1, $2, $3)', [file.version, file.name, file.checksum]);
      return true;
    });
    if (done) applied.push(`${file.version}_${file.name}`);
    else alreadyApplied++;
  }
  return { applied, alreadyApplied };
}

async function applyScript(tx: Queryable, sql: string): Promise<void> {
  await tx.exec(sql);
}
