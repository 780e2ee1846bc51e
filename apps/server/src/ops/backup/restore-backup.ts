import { readMigrationFiles, runMigrations, type Database, type Queryable } from '@huiqi/db';
import type { BackupHeader, BackupLine, BackupTrailer } from './backup-format';
import { BackupError } from './backup-error';
import { listTables, quoteIdent, type TableInfo } from './catalog';
import { backupLines, checkSchema, verifyBackup } from './read-backup';

/** Rows per INSERT, and the JSON text a batch may reach before it is sent. */
const BATCH_ROWS = 500;
const BATCH_CHARS = 4 * 1024 * 1024;

export interface RestoreSummary {
  header: BackupHeader;
  trailer: BackupTrailer;
  /** Migrations newer than the backup, applied after loading its data. */
  migratedForward: string[];
}

/**
 * A target must be empty: no table in its public schema, or a platform that was migrated but never
 * used (no user, no enterprise, no audit event — e.g. a new PGlite folder started from the cached
 * migrated template), whose schema is then dropped so the backup's own migrations rebuild it.
 */
async function prepareEmptyTarget(db: Queryable): Promise<void> {
  const tables = new Set((await db.query<{ name: string }>("SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')")).map((r) => r.name));
  if (tables.size === 0) return;
  const evidence = ['users', 'enterprises', 'audit_events'];
  let used = !evidence.every((t) => tables.has(t));
  for (const t of evidence) {
    if (used) break;
    const [row] = await db.query<{ any: boolean }>(`SELECT EXISTS (SELECT 1 FROM ${quoteIdent(t)}) AS any`);
    used = row?.any === true;
  }
  if (used) {
    throw new BackupError(
      '目标数据库不是空的：恢复只写入新建的空数据库（PostgreSQL：createdb 新库并设置 DATABASE_URL；PGlite：设置一个新的 HUIQI_DATA_DIR）',
      'the target database is not empty: a restore only writes into a new, empty database (PostgreSQL: createdb a new one and set DATABASE_URL; PGlite: set a new HUIQI_DATA_DIR)',
    );
  }
  await db.exec('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
}

/**
 * Restores a backup file into an empty database: verifies the whole file first (checksum, counts,
 * schema not newer than this program), migrates the target to exactly the backup's migrations,
 * loads every table in one transaction (user triggers off: the rows are history, not new events),
 * sets the sequences, then applies this program's newer migrations.
 */
export async function restoreBackup(db: Database, file: string): Promise<RestoreSummary> {
  const { header, trailer } = await verifyBackup(file);
  const files = readMigrationFiles();
  checkSchema(header, files);
  await prepareEmptyTarget(db);
  const wanted = new Set(header.migrations.map((m) => m.version));
  await runMigrations(db, files.filter((f) => wanted.has(f.version)));
  await db.transaction(async (tx) => {
    const tables = new Map((await listTables(tx)).map((t) => [t.name, t]));
    const names = [...tables.keys()].map(quoteIdent);
    for (const name of names) await tx.exec(`ALTER TABLE ${name} DISABLE TRIGGER USER`);
    // Migrations may seed rows (schedules, reference data): the backup's rows replace them.
    if (names.length > 0) await tx.exec(`TRUNCATE ${names.join(', ')}`);
    await load(tx, file, tables);
    for (const name of names) await tx.exec(`ALTER TABLE ${name} ENABLE TRIGGER USER`);
    for (const [name, expected] of Object.entries(trailer.tables)) {
      const [row] = await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${quoteIdent(name)}`);
      if (row?.n !== expected) throw new Error(`restore of ${name}: ${row?.n} rows instead of ${expected}`);
    }
  });
  const forward = await db.migrate();
  return { header, trailer, migratedForward: forward.applied };
}

async function load(tx: Queryable, file: string, tables: Map<string, TableInfo>): Promise<void> {
  let table: TableInfo | null = null;
  let columns: string[] = [];
  let batch: string[] = [];
  let chars = 0;
  const flush = async () => {
    if (!table || batch.length === 0) return;
    const cols = columns.map(quoteIdent).join(', ');
    await tx.query(
      `INSERT INTO ${quoteIdent(table.name)} (${cols}) ${table.hasIdentity ? 'OVERRIDING SYSTEM VALUE ' : ''}SELECT ${cols} FROM jsonb_populate_recordset(null::${quoteIdent(table.name)}, $1::jsonb)`,
      [`[${batch.join(',')}]`],
    );
    batch = [];
    chars = 0;
  };
  let first = true;
  for await (const line of backupLines(file)) {
    if (first) {
      first = false;
      continue;
    }
    if (!line.startsWith('#')) {
      batch.push(line);
      chars += line.length;
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
      continue;
    }
    const parsed = JSON.parse(line.slice(1)) as BackupLine;
    if ('table' in parsed) {
      table = tables.get(parsed.table) ?? null;
      if (!table) throw new BackupError(`目标数据库没有表 ${parsed.table}`, `the target database has no table ${parsed.table}`);
      // Columns present in both: the backup's schema is the target's (same migrations), generated ones excluded.
      columns = parsed.columns.filter((c) => table!.columns.includes(c));
    } else if ('end' in parsed) {
      await flush();
      table = null;
    } else if ('sequences' in parsed) {
      for (const [name, value] of Object.entries(parsed.sequences)) {
        if (value !== null) await tx.query('SELECT setval($1::regclass, $2, true)', [quoteIdent(name), value]);
      }
    }
  }
}
