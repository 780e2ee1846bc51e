import { readMigrationFiles, type Queryable } from '@huiqi/db';

type MigrationFile = ReturnType<typeof readMigrationFiles>[number];

export interface MigrationPlan {
  /** Migrations of this code not yet applied, in the order they would run (`0920_ops`). */
  pending: string[];
  /** Applied migrations whose file has changed since (migrations are append-only: refused). */
  changed: string[];
  /** Applied migrations this code does not know: the database is newer than the code. */
  unknown: string[];
  applied: number;
  /** The highest applied version (`0630`), or null for an empty database. */
  schemaVersion: string | null;
}

/** What `db migrate` would do, read-only (the table `schema_migrations` may not exist yet). */
export async function planMigrations(db: Queryable, files: MigrationFile[] = readMigrationFiles()): Promise<MigrationPlan> {
  const [exists] = await db.query<{ present: boolean }>("SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present");
  const rows = exists?.present ? await db.query<{ version: string; name: string; checksum: string }>('SELECT version, name, checksum FROM schema_migrations ORDER BY version') : [];
  const byVersion = new Map(rows.map((r) => [r.version, r]));
  const known = new Set(files.map((f) => f.version));
  return {
    pending: files.filter((f) => !byVersion.has(f.version)).map((f) => `${f.version}_${f.name}`),
    changed: files.filter((f) => byVersion.has(f.version) && byVersion.get(f.version)!.checksum !== f.checksum).map((f) => `${f.version}_${f.name}`),
    unknown: rows.filter((r) => !known.has(r.version)).map((r) => `${r.version}_${r.name}`),
    applied: rows.length,
    schemaVersion: rows.length ? rows[rows.length - 1]!.version : null,
  };
}
