import { describe, expect, it } from 'vitest';
import { completeUscc } from '@huiqi/kernel';
import { findIntakeBatch, listIntakeErrorsOfLines, listRejectedRowsPage, type Database, type IntakeTarget } from '@huiqi/db';
import { describeEachEngine, ensureTestJurisdictions, fakeUscc } from '@huiqi/db/testing';
import { inputOf, TEST_INDUSTRY_SECTIONS } from './intake-test-support';
import { IntakeConflict, runIntake, type IntakeRequest } from './run-intake';

const HEADER = 'uscc,name,registered_address,district,industry_code,registration_date,taxpayer_type,year,employees,revenue_yuan,total_assets_yuan';
const ZH_HEADER = '统一社会信用代码,企业名称,注册地址,所在区,行业代码,成立日期,纳税人类型,年度,从业人员,营业收入（元）,资产总额（元）';

const row = (uscc: string, over: Partial<Record<'name' | 'district' | 'industry' | 'date' | 'year' | 'employees' | 'revenue' | 'assets', string>> = {}) =>
  [uscc, over.name ?? '深圳市导入测试科技有限公司', '深圳市南山区科苑路 1 号', over.district ?? '南山区', over.industry ?? 'C39', over.date ?? '2018-03-01', '一般纳税人',
    over.year ?? '2024', over.employees ?? '85', over.revenue ?? '52000000.00', over.assets ?? '30000000'].join(',');

/** A uscc with a wrong check character. */
const wrongCheck = (u: string) => `${u.slice(0, 17)}${u[17] === '0' ? '1' : '0'}`;

/** On PostgreSQL the intake runs both through the Database (INSERT staging) and on its own COPY connection. */
function targets(getDb: () => Database, engine: string): [string, () => Promise<IntakeTarget>][] {
  const list: [string, () => Promise<IntakeTarget>][] = [['database', async () => ({ db: getDb() })]];
  if (engine === 'postgres') list.push(['COPY connection', () => scratchUrl(getDb())]);
  return list;
}

/** The scratch database's URL: the suite's server with the database's own name. */
async function scratchUrl(db: Database): Promise<IntakeTarget> {
  const [r] = await db.query<{ name: string }>('SELECT current_database() AS name');
  const u = new URL(process.env.TEST_DATABASE_URL!);
  u.pathname = `/${r!.name}`;
  return { postgresUrl: u.toString() };
}

describeEachEngine('registry intake', (getDb, engine) => {
  const request = (content: string | Buffer, over: Partial<IntakeRequest> = {}): IntakeRequest => ({
    kind: 'REGISTRY', ...inputOf(content), departmentId: null, batchKey: null, channel: 'CLI', fileName: 'test.csv',
    actorUserId: null, tokenId: null, acceptValid: false, industrySections: TEST_INDUSTRY_SECTIONS, at: new Date('2026-06-01T02:00:00Z'), ...over,
  });
  const countEnterprises = async (usccs: string[]) => (await getDb().query<{ n: number }>('SELECT count(*)::int AS n FROM enterprises WHERE uscc = ANY ($1::text[])', [usccs]))[0]!.n;

  for (const [label, target] of targets(getDb, engine)) {
    describe(label, () => {
      it('imports enterprises with figures (Chinese headers, BOM, district by name), and the same file again changes nothing', async () => {
        const [a, b] = [fakeUscc(), fakeUscc()];
        const csv = `\uFEFF${ZH_HEADER}\n${row(a)}\n${row(a, { year: '2023', employees: '80' })}\n${row(b, { district: 'cn-gd-sz-futian' })}\n`;
        const first = await runIntake(await target(), request(csv));
        expect(first).toMatchObject({ status: 'APPLIED', rowCount: 3, inserted: 2, updated: 0, unchanged: 0, rejected: 0, errors: [] });
        const [e] = await getDb().query<{ district: string; is_individual_business: boolean }>('SELECT district, is_individual_business FROM enterprises WHERE uscc = $1', [b]);
        expect(e).toEqual({ district: 'cn-gd-sz-futian', is_individual_business: false });
        const figures = await getDb().query<{ year: number; employees: number; revenue_fen: number; intake_batch_id: string }>(
          'SELECT f.year, f.employees, f.revenue_fen, v.intake_batch_id FROM enterprise_figures f JOIN enterprise_figure_versions v USING (uscc, year, version) WHERE f.uscc = $1 ORDER BY year', [a]);
        expect(figures).toEqual([
          { year: 2023, employees: 80, revenue_fen: 5_200_000_000, intake_batch_id: first.batchId },
          { year: 2024, employees: 85, revenue_fen: 5_200_000_000, intake_batch_id: first.batchId },
        ]);
        const queued = await getDb().query('SELECT uscc FROM registry_changes WHERE uscc = ANY ($1::text[])', [[a, b]]);
        expect(queued).toHaveLength(2);
        const again = await runIntake(await target(), request(csv));
        expect(again).toMatchObject({ status: 'APPLIED', inserted: 0, updated: 0, unchanged: 2, rejected: 0 });
        const versions = await getDb().query<{ n: number }>('SELECT count(*)::int AS n FROM enterprise_versions WHERE uscc = ANY ($1::text[])', [[a, b]]);
        expect(versions[0]!.n).toBe(2);
        expect((await findIntakeBatch(getDb(), first.batchId))?.status).toBe('APPLIED');
      });

      it('a changed name or figure is a new version from the batch; untouched enterprises stay unchanged', async () => {
        const [a, b] = [fakeUscc(), fakeUscc()];
        await runIntake(await target(), request(`${HEADER}\n${row(a)}\n${row(b)}\n`));
        const r = await runIntake(await target(), request(`${HEADER}\n${row(a, { name: '深圳市改名后科技有限公司' })}\n${row(b, { revenue: '52000001' })}\n`));
        expect(r).toMatchObject({ inserted: 0, updated: 2, unchanged: 0 });
        const [v] = await getDb().query<{ version: number; changed_fields: string[]; intake_batch_id: string }>(
          'SELECT version, changed_fields, intake_batch_id FROM enterprise_versions WHERE uscc = $1 ORDER BY version DESC LIMIT 1', [a]);
        expect(v).toEqual({ version: 2, changed_fields: ['name'], intake_batch_id: r.batchId });
        const [f] = await getDb().query<{ version: number; changed_fields: string[] }>('SELECT version, changed_fields FROM enterprise_figure_versions WHERE uscc = $1 ORDER BY version DESC LIMIT 1', [b]);
        expect(f).toEqual({ version: 2, changed_fields: ['revenueFen'] });
      });

      it('merged chunk by chunk, an enterprise whose rows span chunks counts once as inserted, a bad row late rolls back earlier chunks', async () => {
        const [a, b, c] = [fakeUscc(), fakeUscc(), fakeUscc()];
        const rows = [row(a, { year: '2022' }), row(b), row(a, { year: '2023' }), row(a), row(c, { year: '2023' }), row(c)];
        const r = await runIntake(await target(), request(`${HEADER}\n${rows.join('\n')}\n`, { mergeChunkRows: 2 }));
        expect(r).toMatchObject({ status: 'APPLIED', inserted: 3, updated: 0, unchanged: 0 });
        const again = await runIntake(await target(), request(`${HEADER}\n${rows.join('\n')}\n${row(b, { year: '2023', revenue: '1' })}\n`, { mergeChunkRows: 2 }));
        expect(again).toMatchObject({ status: 'APPLIED', inserted: 0, updated: 1, unchanged: 2 });
        const late = [row(fakeUscc()), row(fakeUscc()), row(fakeUscc()), row(fakeUscc()), row(fakeUscc(), { employees: 'x' })];
        const refused = await runIntake(await target(), request(`${HEADER}\n${late.join('\n')}\n`, { mergeChunkRows: 2 }));
        expect(refused).toMatchObject({ status: 'REJECTED', rejected: 1 });
        expect(await countEnterprises(late.slice(0, 4).map((l) => l.split(',')[0]!))).toBe(0);
      });

      it('the optional 法定代表人 column is stored, and an empty cell keeps the stored name', async () => {
        const a = fakeUscc();
        await runIntake(await target(), request(`${HEADER},法定代表人\n${row(a)},张三\n`));
        const name = async () => (await getDb().query<{ legal_representative_name: string | null }>('SELECT legal_representative_name FROM enterprises WHERE uscc = $1', [a]))[0]!.legal_representative_name;
        expect(await name()).toBe('张三');
        const kept = await runIntake(await target(), request(`${HEADER},legal_representative\n${row(a)},\n`));
        expect(kept).toMatchObject({ updated: 0, unchanged: 1 });
        const changed = await runIntake(await target(), request(`${HEADER},legal_representative\n${row(a)},李四\n`));
        expect(changed).toMatchObject({ updated: 1 });
        expect(await name()).toBe('李四');
      });

      it('all-or-nothing: one file with every kind of bad row writes nothing and reports line, column and message', async () => {
        const good = fakeUscc();
        const dup = fakeUscc();
        const csv = [
          HEADER,
          row(good),
          row(wrongCheck(fakeUscc())),
          row(fakeUscc(), { industry: 'C99' }),
          row(fakeUscc(), { date: '2023-02-30' }),
          row(fakeUscc(), { employees: '-3' }),
          row(fakeUscc(), { revenue: '12万' }),
          row(dup),
          row(dup),
          row(fakeUscc(), { district: '火星区' }),
        ].join('\n');
        const r = await runIntake(await target(), request(csv));
        expect(r).toMatchObject({ status: 'REJECTED', rowCount: 9, inserted: 0, updated: 0, rejected: 7 });
        expect(r.errors.map((e) => [e.line, e.column])).toEqual([
          [3, 'uscc'], [4, 'industry_code'], [5, 'registration_date'], [6, 'employees'], [7, 'revenue_yuan'], [9, 'uscc'], [10, 'district'],
        ]);
        expect(r.errors[0]!.message.zh).toContain('校验码');
        expect(r.errors[2]!.message).toEqual({ zh: '日期「2023-02-30」不存在', en: "date '2023-02-30' does not exist" });
        expect(r.errors[5]!.message.en).toContain('line 8');
        expect(await countEnterprises([good, dup])).toBe(0);
        expect((await findIntakeBatch(getDb(), r.batchId))?.status).toBe('REJECTED');
      });

      it('accept the valid rows: writes them and keeps the rejected rows downloadable as received', async () => {
        const [a, b] = [fakeUscc(), fakeUscc()];
        const bad = row(fakeUscc(), { employees: 'eighty' });
        const bad2 = row(fakeUscc(), { employees: '-3' });
        const r = await runIntake(await target(), request(`${HEADER}\n${row(a)}\n${bad}\n${row(b)}\n${bad2}\n`, { acceptValid: true }));
        expect(r).toMatchObject({ status: 'PARTIALLY_APPLIED', inserted: 2, rejected: 2 });
        expect(await countEnterprises([a, b])).toBe(2);
        // Read as the download does: a page at a time by line (here one row a page), each page with its lines' problems.
        const first = await listRejectedRowsPage(getDb(), r.batchId, null, 1);
        expect(first).toEqual([{ line: 3, cells: bad.split(',') }]);
        expect(await listRejectedRowsPage(getDb(), r.batchId, 3, 1)).toEqual([{ line: 5, cells: bad2.split(',') }]);
        expect(await listRejectedRowsPage(getDb(), r.batchId, 5, 1)).toEqual([]);
        expect((await listIntakeErrorsOfLines(getDb(), r.batchId, 3, 3)).map((e) => [e.line, e.column])).toEqual([[3, 'employees']]);
        expect((await listIntakeErrorsOfLines(getDb(), r.batchId, 4, 5)).map((e) => [e.line, e.column])).toEqual([[5, 'employees']]);
      });

      it('refuses missing required columns, an unknown column, an empty file and a header without rows', async () => {
        const missing = await runIntake(await target(), request('uscc,name,district\n'));
        expect(missing.status).toBe('REJECTED');
        expect(missing.errors.map((e) => e.column)).toEqual(['registered_address', 'industry_code', 'registration_date', 'taxpayer_type']);
        const unknown = await runIntake(await target(), request(`${HEADER},colour\n`));
        expect(unknown.errors[0]).toMatchObject({ line: 1, column: 'colour' });
        const empty = await runIntake(await target(), request(''));
        expect(empty.errors).toEqual([{ line: 0, column: '', message: { zh: '文件为空（没有表头）', en: 'the file is empty (no header row)' } }]);
        const headerOnly = await runIntake(await target(), request(`${HEADER}\n`));
        expect(headerOnly.errors[0]!.message.en).toBe('the file has a header but no data rows');
      });

      it('a batch key makes the batch idempotent: the same content again is a replay, other content a conflict', async () => {
        const key = `key-${fakeUscc()}`;
        const a = fakeUscc();
        const csv = `${HEADER}\n${row(a)}\n`;
        const first = await runIntake(await target(), request(csv, { batchKey: key }));
        const again = await runIntake(await target(), request(csv, { batchKey: key }));
        expect(again).toMatchObject({ batchId: first.batchId, replayed: true, inserted: 1 });
        await expect(runIntake(await target(), request(`${HEADER}\n${row(fakeUscc())}\n`, { batchKey: key }))).rejects.toBeInstanceOf(IntakeConflict);
      });

      it('a refused batch frees its key: the corrected file goes in under the same key', async () => {
        const key = `key-${fakeUscc()}`;
        const a = fakeUscc();
        const refused = await runIntake(await target(), request(`${HEADER}\n${row(a, { date: '2023-13-01' })}\n`, { batchKey: key }));
        expect(refused.status).toBe('REJECTED');
        const fixed = await runIntake(await target(), request(`${HEADER}\n${row(a)}\n`, { batchKey: key }));
        expect(fixed).toMatchObject({ status: 'APPLIED', inserted: 1, replayed: false });
      });

      it('reads GB18030 CSV (what Excel on a Chinese Windows writes)', async () => {
        const a = fakeUscc();
        const text = `${ZH_HEADER}\n${row(a)}\n`;
        const gb = Buffer.from(new TextEncoderGb().encode(text));
        const r = await runIntake(await target(), request(gb));
        expect(r).toMatchObject({ status: 'APPLIED', inserted: 1 });
        const [e] = await getDb().query<{ name: string }>('SELECT name FROM enterprises WHERE uscc = $1', [a]);
        expect(e!.name).toBe('深圳市导入测试科技有限公司');
      });

      it('yearly figures: enterprises must be registered; figures of registered ones are recorded', async () => {
        const a = fakeUscc();
        await runIntake(await target(), request(`${HEADER}\n${row(a)}\n`));
        const unknown = completeUscc('91440300MA5FAKE00');
        const csv = `uscc,year,employees,revenue_yuan,total_assets_yuan,rd_expense_yuan\n${a},2025,90,60000000,31000000,1000000\n${unknown},2025,3,100,100,\n`;
        const all = await runIntake(await target(), request(csv, { kind: 'YEARLY_FIGURES' }));
        expect(all).toMatchObject({ status: 'REJECTED', rejected: 1 });
        expect(all.errors[0]).toMatchObject({ line: 3, column: 'uscc' });
        const valid = await runIntake(await target(), request(csv, { kind: 'YEARLY_FIGURES', acceptValid: true }));
        expect(valid).toMatchObject({ status: 'PARTIALLY_APPLIED', inserted: 1, updated: 0, rejected: 1 });
        const [f] = await getDb().query<{ rd_expense_fen: number }>('SELECT rd_expense_fen FROM enterprise_figures WHERE uscc = $1 AND year = 2025', [a]);
        expect(f!.rd_expense_fen).toBe(100_000_000);
      });
    });
  }
}, { setup: ensureTestJurisdictions });

/** GB18030 bytes for the test (TextEncoder writes only UTF-8): the common characters via a reverse table. */
class TextEncoderGb {
  encode(text: string): Uint8Array {
    const dec = new TextDecoder('gb18030');
    const table = new Map<string, number[]>();
    for (let hi = 0x81; hi <= 0xfe; hi++) {
      for (let lo = 0x40; lo <= 0xfe; lo++) {
        if (lo === 0x7f) continue;
        const ch = dec.decode(new Uint8Array([hi, lo]));
        if (ch.length === 1 && !table.has(ch)) table.set(ch, [hi, lo]);
      }
    }
    const out: number[] = [];
    for (const ch of text) {
      const code = ch.codePointAt(0)!;
      if (code < 0x80) out.push(code);
      else {
        const bytes = table.get(ch);
        if (!bytes) throw new Error(`no GB18030 two-byte code for ${ch}`);
        out.push(...bytes);
      }
    }
    return new Uint8Array(out);
  }
}
