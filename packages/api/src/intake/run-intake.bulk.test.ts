import { expect, it } from 'vitest';
import type { Database, IntakeTarget } from '@huiqi/db';
import { describeEachEngine, ensureTestJurisdictions, fakeUscc } from '@huiqi/db/testing';
import { inputOf, TEST_INDUSTRY_SECTIONS } from './intake-test-support';
import { runIntake, type IntakeRequest } from './run-intake';

const HEADER = 'uscc,name,registered_address,district,industry_code,registration_date,taxpayer_type,year,employees,revenue_yuan,total_assets_yuan';
const row = (uscc: string, year: string, employees = '20') => [uscc, '深圳市首次导入科技有限公司', '深圳市福田区深南大道 2 号', '福田区', 'I65', '2015-04-01', '小规模纳税人', year, employees, '1200000', '800000'].join(',');

/** Every index, key and trigger of the registry tables, as the catalog defines them. */
async function catalog(db: Database): Promise<string[]> {
  const rows = await db.query<{ d: string }>(
    `SELECT 'index ' || pg_get_indexdef(i.indexrelid) AS d FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid
      WHERE t.relname IN ('enterprises', 'enterprise_versions', 'enterprise_figures', 'enterprise_figure_versions', 'registry_changes', 'registry_change_log')
     UNION ALL
     SELECT 'key ' || c.conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid
      WHERE t.relname IN ('enterprises', 'enterprise_versions', 'enterprise_figures', 'enterprise_figure_versions', 'registry_changes', 'registry_change_log')
     UNION ALL
     SELECT 'trigger ' || g.tgname || ' ' || g.tgenabled::text FROM pg_trigger g JOIN pg_class t ON t.oid = g.tgrelid
      WHERE NOT g.tgisinternal AND t.relname IN ('enterprises', 'enterprise_figures', 'registry_changes')
     ORDER BY 1`,
  );
  return rows.map((r) => r.d);
}

// Each engine's suite has a database of its own: the registry is empty when the first test starts.
describeEachEngine('registry intake: a first load into an empty registry', (getDb, engine) => {
  const request = (content: string, over: Partial<IntakeRequest> = {}): IntakeRequest => ({
    kind: 'REGISTRY', ...inputOf(content), departmentId: null, batchKey: null, channel: 'CLI', fileName: 'first.csv', actorUserId: null, tokenId: null,
    acceptValid: false, industrySections: TEST_INDUSTRY_SECTIONS, at: new Date('2026-06-01T02:00:00Z'), mergeChunkRows: 4, bulkLoadMinRows: 1, ...over,
  });
  const target = async (): Promise<IntakeTarget> => {
    if (engine === 'pglite') return { db: getDb() };
    const [r] = await getDb().query<{ name: string }>('SELECT current_database() AS name');
    const u = new URL(process.env.TEST_DATABASE_URL!);
    u.pathname = `/${r!.name}`;
    return { postgresUrl: u.toString() };
  };

  it('a refused first load leaves the registry empty and its indexes, keys and triggers as they were; an accepted one writes every row, queues every enterprise and rebuilds them', async () => {
    const db = getDb();
    await ensureTestJurisdictions(db);
    const before = await catalog(db);
    expect(before.some((d) => d.includes('enterprises_district_idx'))).toBe(true);
    const usccs = Array.from({ length: 5 }, () => fakeUscc());
    const rows = usccs.flatMap((u) => [row(u, '2023'), row(u, '2024', '21'), row(u, '2025', '22')]);

    // A bad row in the last chunk: the chunks merged before it are undone with the DDL of the load.
    const refused = await runIntake(await target(), request(`${HEADER}\n${rows.join('\n')}\n${row(usccs[0]!, '2023')}\n`));
    expect(refused).toMatchObject({ status: 'REJECTED', inserted: 0, rejected: 1 });
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprises'))[0]!.n).toBe(0);
    expect(await catalog(db)).toEqual(before);

    const applied = await runIntake(await target(), request(`${HEADER}\n${rows.join('\n')}\n`));
    expect(applied).toMatchObject({ status: 'APPLIED', rowCount: 15, inserted: 5, updated: 0, unchanged: 0, rejected: 0 });
    expect(await catalog(db)).toEqual(before);
    const counts = await db.query<{ e: number; v: number; f: number; fv: number; q: number; l: number }>(
      `SELECT (SELECT count(*)::int FROM enterprises) AS e, (SELECT count(*)::int FROM enterprise_versions WHERE intake_batch_id = $1) AS v,
              (SELECT count(*)::int FROM enterprise_figures) AS f, (SELECT count(*)::int FROM enterprise_figure_versions WHERE intake_batch_id = $1) AS fv,
              (SELECT count(*)::int FROM registry_changes WHERE uscc = ANY ($2::text[])) AS q, (SELECT count(*)::int FROM registry_change_log WHERE uscc = ANY ($2::text[])) AS l`,
      [applied.batchId, usccs],
    );
    expect(counts[0]).toEqual({ e: 5, v: 5, f: 15, fv: 15, q: 5, l: 5 });
    const [f] = await db.query<{ employees: number; version: number }>('SELECT employees, version FROM enterprise_figures WHERE uscc = $1 AND year = 2025', [usccs[2]]);
    expect(f).toEqual({ employees: 22, version: 1 });

    // The registry is no longer empty: the same file again goes the ordinary way and changes nothing.
    const again = await runIntake(await target(), request(`${HEADER}\n${rows.join('\n')}\n`));
    expect(again).toMatchObject({ status: 'APPLIED', inserted: 0, updated: 0, unchanged: 5 });
    expect((await db.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprise_figure_versions'))[0]!.n).toBe(15);
  });
});
