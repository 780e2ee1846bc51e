import { expect, it } from 'vitest';
import { describeEachEngine } from './testing/engines';
import { readMigrationFiles, runMigrations } from './migrations';

describeEachEngine('migrations and type normalisation', (getDb) => {
  it('records every migration file once and re-running applies nothing', async () => {
    const db = getDb();
    const files = readMigrationFiles();
    const rows = await db.query<{ version: string; checksum: string }>('SELECT version, checksum FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(files.map((f) => f.version));
    const again = await db.migrate();
    expect(again).toEqual({ applied: [], alreadyApplied: files.length });
  });

  it('refuses a migration file that changed after it was applied', async () => {
    const db = getDb();
    const files = readMigrationFiles();
    const edited = files.map((f, i) => (i === 0 ? { ...f, checksum: 'edited' } : f));
    await expect(runMigrations(db, edited)).rejects.toThrow(/changed after it was applied/);
  });

  it('rolls back a failing migration completely', async () => {
    const db = getDb();
    const bad = { version: '9999', name: 'broken', checksum: 'x', sql: 'CREATE TABLE half_done (id int); SELECT no_such_function();' };
    await expect(runMigrations(db, [bad])).rejects.toThrow();
    const [t] = await db.query<{ n: number }>("SELECT count(*) AS n FROM information_schema.tables WHERE table_name = 'half_done'");
    expect(t!.n).toBe(0);
    const [m] = await db.query<{ n: number }>("SELECT count(*) AS n FROM schema_migrations WHERE version = '9999'");
    expect(m!.n).toBe(0);
  });

  it('returns count(*) and bigint as numbers, date as plain text, timestamptz as ISO text', async () => {
    const db = getDb();
    const [r] = await db.query<{ n: unknown; big: unknown; d: unknown; t: unknown }>(
      "SELECT count(*) AS n, 9007199254740991::bigint AS big, DATE '2024-02-29' AS d, TIMESTAMPTZ '2026-03-31 17:00:00.123+08' AS t",
    );
    expect(r).toEqual({ n: 1, big: 9007199254740991, d: '2024-02-29', t: '2026-03-31T09:00:00.123Z' });
  });

  it('refuses a bigint beyond the safe integer range instead of rounding it', async () => {
    await expect(getDb().query('SELECT 9007199254740993::bigint AS big')).rejects.toThrow(/safe integer/);
  });

  it('commits a transaction that resolves and rolls back one that throws', async () => {
    const db = getDb();
    await db.exec('CREATE TABLE tx_probe (id int PRIMARY KEY)');
    await db.transaction(async (tx) => {
      await tx.query('INSERT INTO tx_probe (id) VALUES ($1)', [1]);
    });
    await expect(
      db.transaction(async (tx) => {
        await tx.query('INSERT INTO tx_probe (id) VALUES ($1)', [2]);
        throw new Error('abort');
      }),
    ).rejects.toThrow('abort');
    const rows = await db.query<{ id: number }>('SELECT id FROM tx_probe ORDER BY id');
    expect(rows).toEqual([{ id: 1 }]);
  });
});
