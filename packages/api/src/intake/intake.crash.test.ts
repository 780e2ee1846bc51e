/**
 * Crash test of data intake (issue 18, item 8): `npx huiqi import enterprises` in a child process,
 * SIGKILLed in the middle of a batch — a first load into an empty registry, so with its indexes,
 * keys and a trigger set aside (bulk-load.ts) and several chunks already merged in its transaction.
 * Afterwards nothing of the batch is there (no enterprise, no batch record, no staging table, every
 * index, key and trigger as before), and the same command again writes the whole file once; a third
 * run with the same batch key changes nothing.
 * Runs on PGlite (a data folder) always and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyAuditChain, type Database } from '@huiqi/db';
import { ensureTestJurisdictions, fakeUscc } from '@huiqi/db/testing';
import { REPO_ROOT } from '../appeals/testing/server-process';
import { closeCrashDatabase, crashEngines, type CrashEngine } from '../testing/crash-engines';

const ENTERPRISES = 1000;
const CHUNK_ROWS = 50;
/** SIGKILL once this many rows are merged (in the batch's open transaction): 2 of 60 chunks. */
const KILL_AFTER_MERGED = 100;
const HEADER = 'uscc,name,registered_address,district,industry_code,registration_date,taxpayer_type,year,employees,revenue_yuan,total_assets_yuan';
const YEARS = [2022, 2023, 2024];

interface Expected { uscc: string; year: number; employees: number; revenueFen: number }

function crashFile(): { csv: string; expected: Expected[] } {
  const expected: Expected[] = [];
  const lines = [HEADER];
  for (let i = 0; i < ENTERPRISES; i++) {
    const uscc = fakeUscc();
    for (const year of YEARS) {
      const employees = 5 + ((i * 7 + year) % 300);
      const revenueFen = (1_000_000 + i * 1_000 + year) * 100;
      expected.push({ uscc, year, employees, revenueFen });
      lines.push([uscc, `深圳市崩溃测试第${i}号有限公司`, `深圳市南山区科技园 ${i} 号`, '南山区', 'I65', '2016-05-01', '小规模纳税人', year, employees, revenueFen / 100, '900000.00'].join(','));
    }
  }
  return { csv: `${lines.join('\n')}\n`, expected: expected.sort((a, b) => (a.uscc < b.uscc ? -1 : a.uscc > b.uscc ? 1 : a.year - b.year)) };
}

interface Run { code: number | null; signal: NodeJS.Signals | null; out: string; err: string; killedMidBatch: boolean }

/** The CLI in its own process; with `killAtMerged`, SIGKILLed as soon as it reports that many rows merged. */
function importCommand(env: Record<string, string>, args: string[], killAtMerged: number | null): Promise<Run> {
  return new Promise((resolve, reject) => {
    // The CLI's own entry (it loads tsx in-process: one process, which the SIGKILL ends).
    const child = spawn(process.execPath, [process.env.HUIQI_CLI_BUNDLE ?? 'apps/cli/bin/huiqi.js', 'import', 'enterprises', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'test', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let killedMidBatch = false;
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => {
      err += c.toString();
      const merged = [...err.matchAll(/merged ([\d,]+) 行 rows/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
      if (killAtMerged !== null && !killedMidBatch && merged.some((n) => n >= killAtMerged) && child.exitCode === null) {
        killedMidBatch = true;
        child.kill('SIGKILL');
      }
    });
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal, out, err, killedMidBatch }));
  });
}

/** The registry tables' indexes, keys and triggers as the catalog defines them. */
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

async function state(db: Database, key: string) {
  const [c] = await db.query<{ enterprises: number; versions: number; figures: number; batches: number; stages: number }>(
    `SELECT (SELECT count(*)::int FROM enterprises) AS enterprises, (SELECT count(*)::int FROM enterprise_versions) AS versions,
            (SELECT count(*)::int FROM enterprise_figures) AS figures, (SELECT count(*)::int FROM intake_batches WHERE batch_key = $1) AS batches,
            (SELECT count(*)::int FROM pg_class WHERE relname LIKE 'intake\\_stage\\_%') AS stages`,
    [key],
  );
  return c!;
}

/** PostgreSQL: the killed client's backend finishes its statement and rolls back on its own; wait until it is gone. */
async function intakeBackendsGone(db: Database): Promise<void> {
  for (;;) {
    const [r] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM pg_stat_activity WHERE application_name = 'huiqi-intake' AND datname = current_database()");
    if (r!.n === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function withDatabase<T>(engine: CrashEngine, body: (db: Database) => Promise<T>): Promise<T> {
  const db = await engine.open();
  try {
    return await body(db);
  } finally {
    await closeCrashDatabase(engine, db);
  }
}

describe.each(crashEngines())('intake crash test on %s', (_name, make) => {
  it(`a SIGKILL in the middle of a batch leaves nothing half-written, and the batch repeated gives the whole file once`, async () => {
    const engine = await make();
    const dir = await mkdtemp(join(tmpdir(), 'huiqi-intake-crash-'));
    try {
      const before = await withDatabase(engine, async (db) => {
        await db.migrate();
        await ensureTestJurisdictions(db);
        return catalog(db);
      });
      const { csv, expected } = crashFile();
      const file = join(dir, 'registry.csv');
      await writeFile(file, csv);
      const key = `crash-${Math.random().toString(36).slice(2, 8)}`;
      const args = [file, '--batch-key', key, '--chunk-rows', String(CHUNK_ROWS)];

      const killed = await importCommand(engine.env, args, KILL_AFTER_MERGED);
      expect({ killedMidBatch: killed.killedMidBatch, code: killed.code, err: killed.err.slice(-2000), out: killed.out }).toMatchObject({ killedMidBatch: true });
      expect(killed.signal).toBe('SIGKILL');
      await withDatabase(engine, async (db) => {
        if (engine.name === 'postgres') await intakeBackendsGone(db);
        expect(await state(db, key)).toEqual({ enterprises: 0, versions: 0, figures: 0, batches: 0, stages: 0 });
        expect(await catalog(db)).toEqual(before);
      });

      const again = await importCommand(engine.env, args, null);
      expect(again.code, again.err).toBe(0);
      expect(JSON.parse(again.out)).toEqual({ inserted: ENTERPRISES, updated: 0, rejected: 0, errors: [] });
      const third = await importCommand(engine.env, args, null);
      expect(third.code, third.err).toBe(0);
      expect(JSON.parse(third.out)).toEqual({ inserted: ENTERPRISES, updated: 0, rejected: 0, errors: [] }); // the first report, replayed
      expect(third.err).toContain('nothing changed');

      await withDatabase(engine, async (db) => {
        expect(await state(db, key)).toEqual({ enterprises: ENTERPRISES, versions: ENTERPRISES, figures: ENTERPRISES * YEARS.length, batches: 1, stages: 0 });
        expect(await catalog(db)).toEqual(before);
        const figures = await db.query<{ uscc: string; year: number; employees: number; revenue_fen: number }>(
          'SELECT uscc, year, employees, revenue_fen FROM enterprise_figures ORDER BY uscc, year',
        );
        expect(figures.map((f) => ({ uscc: f.uscc, year: f.year, employees: f.employees, revenueFen: Number(f.revenue_fen) }))).toEqual(expected);
        const [queued] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM registry_changes');
        expect(queued!.n).toBe(ENTERPRISES);
        expect((await verifyAuditChain(db)).ok).toBe(true);
      });
    } finally {
      await rm(dir, { recursive: true, force: true });
      await engine.cleanUp();
    }
  }, 600_000);
});
