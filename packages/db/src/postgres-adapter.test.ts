import { describe, expect, it } from 'vitest';
import { StatementNames } from './postgres-adapter';
import { createScratchPostgres } from './testing/postgres-scratch';

describe('prepared statements of the PostgreSQL adapter', () => {
  it('names a statement with parameters from its second run on, always with the same name', () => {
    const names = new StatementNames(2, 10);
    expect(names.nameFor('SELECT $1::int', 1)).toBeUndefined();
    const name = names.nameFor('SELECT $1::int', 1);
    expect(name).toMatch(/^huiqi_\d+$/);
    expect(names.nameFor('SELECT $1::int', 1)).toBe(name);
    expect(names.nameFor('SELECT $1::text', 1)).toBeUndefined();
    expect(names.nameFor('SELECT $1::text', 1)).not.toBe(name);
  });

  it('never names a statement without parameters (a script may hold several statements)', () => {
    const names = new StatementNames(1, 10);
    for (let i = 0; i < 3; i++) expect(names.nameFor('SELECT 1; SELECT 2', 0)).toBeUndefined();
  });

  it('prepares no more than its limit; statements past it keep running unnamed', () => {
    const names = new StatementNames(1, 2);
    expect(names.nameFor('SELECT $1 AS a', 1)).toBeDefined();
    expect(names.nameFor('SELECT $1 AS b', 1)).toBeDefined();
    expect(names.nameFor('SELECT $1 AS c', 1)).toBeUndefined();
    expect(names.nameFor('SELECT $1 AS a', 1)).toBeDefined();
  });

  const url = process.env.TEST_DATABASE_URL;
  it.skipIf(!url)('runs a repeated statement as one prepared statement per connection, with the same results', async () => {
    const scratch = await createScratchPostgres(url!);
    try {
      const { db } = scratch;
      const sql = 'SELECT $1::int + 1 AS n, $2::text AS t, now() AS at';
      const seen = await db.transaction(async (tx) => {
        const rows = [];
        for (let i = 0; i < 4; i++) rows.push(...(await tx.query<{ n: number; t: string; at: string }>(sql, [i, `第${i}次`])));
        const prepared = await tx.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements WHERE statement = $1', [sql]);
        return { rows, prepared };
      });
      expect(seen.rows.map((r) => [r.n, r.t])).toEqual([[1, '第0次'], [2, '第1次'], [3, '第2次'], [4, '第3次']]);
      expect(seen.rows.every((r) => /^\d{4}-\d{2}-\d{2}T.*Z$/.test(r.at))).toBe(true);
      expect(seen.prepared).toHaveLength(1);
      // a failing prepared statement leaves the connection usable, and the statement usable after it
      await expect(db.query('SELECT 1 / $1::int AS q', [0])).rejects.toThrow();
      await expect(db.query('SELECT 1 / $1::int AS q', [0])).rejects.toThrow();
      expect(await db.query('SELECT 1 / $1::int AS q', [1])).toEqual([{ q: 1 }]);
      await db.exec('CREATE TABLE script_a (x int); CREATE TABLE script_b (y int)');
      expect(await db.query("SELECT count(*)::int AS n FROM pg_tables WHERE tablename IN ('script_a', 'script_b')")).toEqual([{ n: 2 }]);
    } finally {
      await scratch.drop();
    }
  });
});
