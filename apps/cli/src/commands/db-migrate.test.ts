import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readMigrationFiles } from '@huiqi/db';
import { runCommand } from '../testing/run-command';
import { main } from '../main';
import dbMigrate, { PENDING_EXIT } from './db-migrate';

const temp = mkdtempSync(join(tmpdir(), 'huiqi-db-migrate-'));
const saved = { dir: process.env.HUIQI_DATA_DIR, url: process.env.DATABASE_URL };
beforeAll(() => {
  process.env.HUIQI_DATA_DIR = join(temp, 'data');
  delete process.env.DATABASE_URL;
});
afterAll(() => {
  for (const [k, v] of [['HUIQI_DATA_DIR', saved.dir], ['DATABASE_URL', saved.url]] as const) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  rmSync(temp, { recursive: true, force: true });
});

describe('huiqi db migrate', () => {
  it('--check lists what would run without running it, then migrate runs exactly that', async () => {
    const all = readMigrationFiles().map((f) => `${f.version}_${f.name}`);
    // A fresh PGlite folder starts from the cached migrated template when there is one, else empty.
    const before = await runCommand(dbMigrate, ['--check']);
    const plan = JSON.parse(before.out) as { wouldApply: string[]; alreadyApplied: number };
    expect(plan.wouldApply.length + plan.alreadyApplied).toBe(all.length);
    expect(before.code).toBe(plan.wouldApply.length > 0 ? PENDING_EXIT : 0);
    const again = JSON.parse((await runCommand(dbMigrate, ['--check'])).out) as { wouldApply: string[] };
    expect(again.wouldApply).toEqual(plan.wouldApply); // --check changed nothing

    const ran = await runCommand(dbMigrate, []);
    expect(ran.code).toBe(0);
    expect(JSON.parse(ran.out).applied).toEqual(plan.wouldApply);
    const after = await runCommand(dbMigrate, ['--check']);
    expect(after.code).toBe(0);
    expect(JSON.parse(after.out)).toMatchObject({ database: 'pglite', wouldApply: [], alreadyApplied: all.length, schemaVersion: all.at(-1)!.slice(0, 4) });
  }, 120_000);

  it('refuses unknown options with the usage (exit 2)', async () => {
    const r = await runCommand(dbMigrate, ['--dry-run']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('huiqi db migrate [--check]');
  });

  it('a database server that is down is one line and exit 1 through the CLI dispatcher', async () => {
    process.env.DATABASE_URL = 'postgres://postgres@127.0.0.1:1/huiqi';
    try {
      let err = '';
      const { PassThrough } = await import('node:stream');
      const stderr = new PassThrough();
      stderr.on('data', (c) => (err += String(c)));
      const code = await main(['db', 'migrate', '--check'], { stdout: new PassThrough(), stderr, stdin: new PassThrough() });
      expect(code).toBe(1);
      expect(err).toContain('cannot reach the database server at 127.0.0.1:1');
      expect(err).not.toMatch(/\n\s+at /);
    } finally {
      delete process.env.DATABASE_URL;
    }
  });
});
