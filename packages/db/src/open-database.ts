import type { Database } from './database';
import { openPglite } from './pglite-adapter';
import { openPostgres } from './postgres-adapter';

export interface OpenDatabaseOptions {
  /** `postgres://…` → PostgreSQL; otherwise embedded PGlite. */
  url?: string;
  /** PGlite data folder (created when missing). */
  dataDir?: string;
  /** In-memory PGlite (tests); ignored when `url` is given. */
  memory?: boolean;
  /** Start PGlite from a dumped tarball (test templates). */
  loadDataDir?: Blob;
}

/** Opens the platform database. It does not migrate: call `db.migrate()` in the owning process. */
export async function openDatabase(options: OpenDatabaseOptions = {}): Promise<Database> {
  if (options.url) {
    if (!/^postgres(ql)?:\/\//.test(options.url)) {
      throw new Error(`DATABASE_URL must start with postgres:// or postgresql:// (got ${redact(options.url)})`);
    }
    return openPostgres({ url: options.url });
  }
  if (options.memory || !options.dataDir) {
    if (!options.memory && !options.dataDir && !options.loadDataDir) {
      throw new Error('openDatabase needs url, dataDir or memory: true');
    }
    return openPglite({ ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
  }
  return openPglite({ dataDir: options.dataDir, ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}) });
}

/** Hides the password of a connection URL for messages and logs. */
export function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+:)[^@]*@/, '$1***@');
}
