import { randomBytes } from 'node:crypto';
import pg from 'pg';
import type { Database } from '../database';
import { openPostgres } from '../postgres-adapter';

export interface ScratchDatabase {
  db: Database;
  name: string;
  drop(): Promise<void>;
}

/**
 * A fresh database `huiqi_t_<random>` on the server of `adminUrl`, migrated.
 * `drop()` closes the pool and removes the database.
 */
export async function createScratchPostgres(adminUrl: string): Promise<ScratchDatabase> {
  const name = `huiqi_t_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const db = await openPostgres({ url: url.toString(), max: 4 });
  await db.migrate();
  return {
    db,
    name,
    async drop() {
      await db.close();
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
