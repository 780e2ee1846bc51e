/**
 * Upgrade from the previous release with data in it: the fixture is the data of a small demo city
 * (150 generated enterprises plus every module's demo rows), dumped with `pg_dump --data-only
 * --column-inserts --disable-triggers` from a database built by the code of commit 147cf68, whose
 * schema is migrations 0001–0630. The test rebuilds that schema, loads the data, migrates to this
 * program's schema and checks that no row was lost and the audit hash chain still verifies.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, expect, it } from 'vitest';
import { openDatabase, readMigrationFiles, runMigrations, verifyAuditChain, type Database, type Queryable } from '@huiqi/db';
import { describeEachEngine, type EngineName } from '@huiqi/db/testing';
import { REPO_ROOT } from '../../repo-root';
import { ensurePostgresDatabase, withDatabase } from '../ensure-database';
import { planMigrations } from '../migration-plan';
import { listTables, quoteIdent } from '../backup/catalog';

/** The migrations of the release the fixture comes from (commit 147cf68), with their checksums. */
const RELEASE_MIGRATIONS: Record<string, string> = {
  '0001': '560bb78e2e88242b71682cd2f23c6a1d2a95a0505ed80e0585e974948beea449',
  '0100': '39c573c05c343d07007a4ac51832639cdb369e8c1ac1de75eaf4832afdb7accc',
  '0200': 'd570897227350d4016c0a216ce404265136d51162148d116e8421cfc346e59c2',
  '0300': '5e36e90498a5bacf11e63947aeb53990db781fab243963f3e23a7ece454c0e15',
  '0400': '20f92fa666b7cb1ad7af7e6a14ce8b21a2c5ae0d76697392b14b536e636668ec',
  '0500': 'a759adcdfad3a366498e03ef964c5b90ff0ac3af8018a6c7fb417e3efb2f6bd1',
  '0600': 'c1b3522a24b7228e9e65993929870da24019d5e288d39660b3d258010ca84a04',
  '0601': '1d3d8bb6ebc2d273c5027f6c54974f54bdf43d654ddcfdc6284026ea31d696f4',
  '0602': 'd2d943a8619f69966c66e18eebb1ef5c2a3c84e3893b9c40613b85bbbd86551c',
  '0603': '5759f87bc879b20676a08bd1694d09249d23880490ad209d0fb5b72896db5d29',
  '0610': 'a75a6d5ae42c111e542bf774d27e594ce28080382aa2fe6778507aaa769fa697',
  '0620': 'd066f088a52b0327f7bf08dbdb36c347a0bc8f691c3fa5071ef76ad609e85968',
  '0621': 'ac786e6853699beede90d9de73a2ae557998f936d894d3e715ddba5752dfe24b',
  '0630': '8415691a12fbf0c47314ca07dedeb97b33ce1dae7466028fbe816a30e275b688',
};
const FIXTURE = join(REPO_ROOT, 'apps', 'server', 'src', 'ops', 'upgrade', 'release-0630.data.sql.gz');

const pgUrl = process.env.TEST_DATABASE_URL;
const created: string[] = [];
afterAll(async () => {
  if (!pgUrl || created.length === 0) return;
  const admin = await openDatabase({ url: withDatabase(pgUrl, 'postgres') });
  try {
    for (const name of created) await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await admin.close();
  }
});

async function emptyDatabase(engine: EngineName): Promise<Database> {
  if (engine === 'pglite') return openDatabase({ memory: true });
  const name = `huiqi_upgrade_${randomBytes(4).toString('hex')}`;
  created.push(name);
  const url = withDatabase(pgUrl!, name);
  await ensurePostgresDatabase(url);
  return openDatabase({ url });
}

/** Every row's primary key, per table (tables without one: their row count). */
async function rowKeys(db: Queryable): Promise<Map<string, Set<string>>> {
  const tables = await db.query<{ name: string; pk: string[] | null }>(
    `SELECT c.relname AS name, (SELECT array_agg(a.attname::text ORDER BY a.attnum) FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey) WHERE i.indrelid = c.oid AND i.indisprimary) AS pk
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'schema_migrations' ORDER BY 1`,
  );
  const out = new Map<string, Set<string>>();
  for (const t of tables) {
    const key = t.pk?.length ? `jsonb_build_array(${t.pk.map(quoteIdent).join(', ')})::text` : 'ctid::text';
    out.set(t.name, new Set((await db.query<{ k: string }>(`SELECT ${key} AS k FROM ${quoteIdent(t.name)}`)).map((r) => r.k)));
  }
  return out;
}

describeEachEngine('upgrade from the previous release (schema 0630 with data)', (_getDb, engine) => {
  it('migrates forward with every row kept and the audit chain intact', async () => {
    const files = readMigrationFiles();
    const release = files.filter((f) => f.version in RELEASE_MIGRATIONS);
    expect(release.map((f) => f.version)).toEqual(Object.keys(RELEASE_MIGRATIONS));
    // Migrations are forward-only and never edited: the release's files are still byte for byte here.
    for (const f of release) expect(f.checksum).toBe(RELEASE_MIGRATIONS[f.version]);

    const db = await emptyDatabase(engine);
    try {
      await runMigrations(db, release);
      // Rows the migrations seed (chain head, watermarks) are in the dump too: it replaces them.
      await db.exec(`TRUNCATE ${(await listTables(db)).map((t) => quoteIdent(t.name)).join(', ')}`);
      await db.exec(gunzipSync(readFileSync(FIXTURE)).toString('utf8'));
      const before = await rowKeys(db);
      expect(before.get('enterprises')!.size).toBeGreaterThanOrEqual(150);
      expect(before.get('appeal_cases')!.size).toBeGreaterThan(0);
      const chainBefore = await verifyAuditChain(db);
      expect(chainBefore.ok).toBe(true);
      expect(chainBefore.checked).toBeGreaterThan(50);

      const plan = await planMigrations(db);
      expect(plan.pending).toEqual(files.filter((f) => !(f.version in RELEASE_MIGRATIONS)).map((f) => `${f.version}_${f.name}`));
      const report = await db.migrate();
      expect(report.applied).toEqual(plan.pending);

      const after = await rowKeys(db);
      for (const [table, keys] of before) {
        const now = after.get(table);
        expect(now, `table ${table} still exists`).toBeDefined();
        const lost = [...keys].filter((k) => !now!.has(k));
        expect(lost, `rows of ${table} lost by the upgrade`).toEqual([]);
      }
      const chainAfter = await verifyAuditChain(db);
      expect(chainAfter.ok).toBe(true);
      expect(chainAfter.checked).toBeGreaterThanOrEqual(chainBefore.checked);
      expect((await planMigrations(db)).pending).toEqual([]);
    } finally {
      await db.close();
    }
  }, 300_000);
});
