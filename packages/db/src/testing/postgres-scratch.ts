import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../database';
import { migrationsFingerprint } from '../migrations';
import { openPostgres } from '../postgres-adapter';

export interface ScratchDatabase {
  db: Database;
  name: string;
  drop(): Promise<void>;
}

const TEMPLATE_PREFIX = 'huiqi_tpl_';
/** Templates of other migration sets kept on the server (other checkouts running their tests at the same time). */
const KEPT_OTHER_TEMPLATES = 6;
/** Any fixed number: the advisory lock that lets one test process at a time build the template. */
const TEMPLATE_LOCK = 7_301_146;

async function withAdmin<T>(adminUrl: string, work: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  try {
    return await work(c);
  } finally {
    await c.end();
  }
}

/**
 * The name of a migrated, never-connected database on the server, built once per set of migration
 * files (the name carries their fingerprint) and copied by CREATE DATABASE … TEMPLATE: a copy takes
 * a fraction of a second where migrating a new database takes seconds on a busy machine. Test
 * processes race for it under an advisory lock; the template appears under its name only once it is
 * complete (built under a temporary name, then renamed), and templates of other migration sets are
 * dropped only beyond the newest few, so that two checkouts can run their tests on one server at once.
 */
async function migratedTemplate(adminUrl: string): Promise<string> {
  const name = `${TEMPLATE_PREFIX}${migrationsFingerprint().slice(0, 16)}`;
  return withAdmin(adminUrl, async (admin) => {
    const exists = async () => (await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name])).rowCount === 1;
    if (await exists()) return name;
    await admin.query('SELECT pg_advisory_lock($1)', [TEMPLATE_LOCK]);
    try {
      if (await exists()) return name;
      const building = `${name}_building`;
      await admin.query(`DROP DATABASE IF EXISTS ${building} WITH (FORCE)`);
      await admin.query(`CREATE DATABASE ${building}`);
      const url = new URL(adminUrl);
      url.pathname = `/${building}`;
      const db = await openPostgres({ url: url.toString(), max: 1 });
      try {
        await db.migrate();
      } finally {
        await db.close();
      }
      await admin.query(`ALTER DATABASE ${building} RENAME TO ${name}`);
      // Other checkouts (another branch, a CI clone) may be copying their own template right now:
      // keep the newest few and drop only the ones beyond them (oid order is creation order).
      const old = await admin.query<{ datname: string }>(
        "SELECT datname FROM pg_database WHERE datname LIKE 'huiqi\\_tpl\\_%' AND datname <> $1 ORDER BY oid DESC OFFSET $2",
        [name, KEPT_OTHER_TEMPLATES],
      );
      for (const r of old.rows) await admin.query(`DROP DATABASE IF EXISTS ${r.datname} WITH (FORCE)`);
      return name;
    } finally {
      await admin.query('SELECT pg_advisory_unlock($1)', [TEMPLATE_LOCK]);
    }
  });
}

/**
 * A fresh database `huiqi_t_<random>` on the server of `adminUrl`, migrated (a copy of the migrated
 * template; `migrate()` then finds nothing to do). `drop()` closes the pool and removes the database.
 */
export async function createScratchPostgres(adminUrl: string): Promise<ScratchDatabase> {
  const name = `huiqi_t_${randomBytes(6).toString('hex')}`;
  const template = await migratedTemplate(adminUrl);
  await withAdmin(adminUrl, (admin) => admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres({ url: url.toString(), max: 4 });
  await db.migrate();
  return {
    db,
    name,
    async drop() {
      await db.close();
      await withAdmin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
    },
  };
}
