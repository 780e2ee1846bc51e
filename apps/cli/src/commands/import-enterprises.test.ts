import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@huiqi/db';
import { createScratchPostgres, ensureTestJurisdictions, fakeUscc, type ScratchDatabase } from '@huiqi/db/testing';
import { runCommand } from '../testing/run-command';
import importEnterprises from './import-enterprises';

const HEADER = 'uscc,name,registered_address,district,industry_code,registration_date,taxpayer_type,year,employees,revenue_yuan,total_assets_yuan';
const ZH = ['统一社会信用代码', '企业名称', '注册地址', '所在区', '行业代码', '成立日期', '纳税人类型', '年度', '从业人员', '营业收入', '资产总额'];
const cells = (uscc: string, over: Partial<Record<'date' | 'industry' | 'employees', string>> = {}) =>
  [uscc, '深圳市命令行导入有限公司', '深圳市福田区深南大道 1 号', '福田区', over.industry ?? 'I65', over.date ?? '2019-05-20', '小规模纳税人', '2024', over.employees ?? '12', '3000000', '1500000.50'];
const line = (c: string[]) => c.join(',');

const dir = mkdtempSync(join(tmpdir(), 'huiqi-import-'));
const file = (name: string, content: string | Buffer) => {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('huiqi import enterprises: usage (exit 2, nothing opened)', () => {
  it('needs one readable .csv/.xlsx file and known options', async () => {
    for (const args of [[], ['a.csv', 'b.csv'], [join(dir, 'missing.csv')], ['x.xls'], ['x.pdf'], [file('u.csv', HEADER), '--colour', 'red'], [file('v.csv', HEADER), '--batch-key']]) {
      const r = await runCommand(importEnterprises, args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toContain('huiqi import enterprises FILE');
    }
    expect((await runCommand(importEnterprises, ['x.xls'])).err).toContain('.xls');
  });
});

/** The contract, on one engine: the environment points the CLI at `db`. */
function contract(engine: string, open: () => Promise<{ db: Database; env: Record<string, string>; done: () => Promise<void> }>) {
  describe(`huiqi import enterprises on ${engine}`, () => {
    let db: Database;
    let done: () => Promise<void>;
    const saved: Record<string, string | undefined> = {};
    const env: Record<string, string> = {};
    beforeAll(async () => {
      const o = await open();
      db = o.db;
      done = o.done;
      Object.assign(env, o.env);
      for (const k of ['DATABASE_URL', 'HUIQI_DATA_DIR']) saved[k] = process.env[k];
      delete process.env.DATABASE_URL;
      Object.assign(process.env, env);
    }, 60_000);
    afterAll(async () => {
      for (const [k, v] of Object.entries(saved)) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await done();
    });
    // PGlite: one process owns the data folder; the command opens it, so the test's handle is closed around each run.
    const run = async (args: string[]) => {
      if (engine === 'pglite') await db.close();
      try {
        return await runCommand(importEnterprises, args);
      } finally {
        if (engine === 'pglite') db = await openDatabase({ dataDir: env.HUIQI_DATA_DIR! });
      }
    };
    const count = async (usccs: string[]) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM enterprises WHERE uscc = ANY ($1::text[])', [usccs]))[0]!.n;

    it('imports a CSV (exit 0, JSON summary), and the same file again inserts and updates nothing', async () => {
      const [a, b] = [fakeUscc(), fakeUscc()];
      const p = file(`ok-${engine}.csv`, `\uFEFF${HEADER}\n${line(cells(a))}\n${line(cells(b))}\n`);
      const r = await run([p]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toEqual({ inserted: 2, updated: 0, rejected: 0, errors: [] });
      expect(await count([a, b])).toBe(2);
      const again = await run([p]);
      expect(JSON.parse(again.out)).toEqual({ inserted: 0, updated: 0, rejected: 0, errors: [] });
    });

    it('imports an XLSX with Chinese headers (dates as Excel dates)', async () => {
      const [a, b] = [fakeUscc(), fakeUscc()];
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('企业');
      ws.addRow(ZH);
      for (const u of [a, b]) {
        const c: (string | number | Date)[] = cells(u);
        c[5] = new Date(Date.UTC(2019, 4, 20));
        c[8] = 12;
        ws.addRow(c);
      }
      const p = file(`ok-${engine}.xlsx`, Buffer.from(await wb.xlsx.writeBuffer()));
      const r = await run([p]);
      expect(r.err).not.toContain('Error');
      expect(JSON.parse(r.out)).toEqual({ inserted: 2, updated: 0, rejected: 0, errors: [] });
      expect(r.code).toBe(0);
      const [e] = await db.query<{ registration_date: string }>('SELECT registration_date FROM enterprises WHERE uscc = $1', [a]);
      expect(e!.registration_date).toBe('2019-05-20');
    });

    it('bad rows: exit 1 and nothing written; --accept-valid writes the valid rows (still exit 1)', async () => {
      const [good, bad] = [fakeUscc(), fakeUscc()];
      const p = file(`bad-${engine}.csv`, [HEADER, line(cells(good)), line(cells(bad, { date: '2023-02-30' })), line(cells(fakeUscc(), { industry: 'X1' }))].join('\n'));
      const r = await run([p]);
      expect(r.code).toBe(1);
      const report = JSON.parse(r.out);
      expect(report).toMatchObject({ inserted: 0, updated: 0, rejected: 2 });
      expect(report.errors[0]).toEqual({ line: 3, column: 'registration_date', message: "日期「2023-02-30」不存在 / date '2023-02-30' does not exist" });
      expect(report.errors[1]).toMatchObject({ line: 4, column: 'industry_code' });
      expect(await count([good])).toBe(0);
      const v = await run([p, '--accept-valid']);
      expect(v.code).toBe(1);
      expect(JSON.parse(v.out)).toMatchObject({ inserted: 1, updated: 0, rejected: 2 });
      expect(await count([good, bad])).toBe(1);
    });

    it('an empty file and missing required columns are reported (exit 1)', async () => {
      const empty = await run([file(`empty-${engine}.csv`, '')]);
      expect(empty.code).toBe(1);
      expect(JSON.parse(empty.out)).toEqual({ inserted: 0, updated: 0, rejected: 0, errors: [{ line: 0, column: '', message: '文件为空（没有表头） / the file is empty (no header row)' }] });
      const cols = await run([file(`cols-${engine}.csv`, 'uscc,name\n91440300MA5FAKE00X,x\n')]);
      expect(cols.code).toBe(1);
      expect(JSON.parse(cols.out).errors.map((e: { column: string }) => e.column)).toEqual(['registered_address', 'district', 'industry_code', 'registration_date', 'taxpayer_type']);
    });
  });
}

contract('pglite', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'huiqi-import-pglite-'));
  const db = await openDatabase({ dataDir });
  await db.migrate();
  await ensureTestJurisdictions(db);
  return { db, env: { HUIQI_DATA_DIR: dataDir }, done: async () => {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  } };
});

if (process.env.TEST_DATABASE_URL) {
  contract('postgres', async () => {
    const scratch: ScratchDatabase = await createScratchPostgres(process.env.TEST_DATABASE_URL!);
    await ensureTestJurisdictions(scratch.db);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${scratch.name}`;
    return { db: scratch.db, env: { DATABASE_URL: url.toString() }, done: () => scratch.drop() };
  });
}
