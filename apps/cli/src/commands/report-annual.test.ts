/**
 * `huiqi report annual` on PGlite (a data folder) and on PostgreSQL (when TEST_DATABASE_URL is set):
 * the DOCX it writes is opened (a zip) and word/document.xml checked for the five section headings
 * and the SME count; a year with no data is refused naming it.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, seedDemoCity, type Database } from '@huiqi/db';
import { createScratchPostgres } from '@huiqi/db/testing';
import { REPORT_SECTIONS } from '@huiqi/workflows';
import { addPopulation } from '../../../../packages/api/src/testing/add-population';
import { runCommand } from '../testing/run-command';
import reportAnnual from './report-annual';

const dir = mkdtempSync(join(tmpdir(), 'huiqi-report-'));
const saved = { url: process.env.DATABASE_URL, dataDir: process.env.HUIQI_DATA_DIR };
afterAll(() => {
  process.env.DATABASE_URL = saved.url;
  process.env.HUIQI_DATA_DIR = saved.dataDir;
  if (saved.url === undefined) delete process.env.DATABASE_URL;
  if (saved.dataDir === undefined) delete process.env.HUIQI_DATA_DIR;
  rmSync(dir, { recursive: true, force: true });
});

async function seed(db: Database): Promise<void> {
  await seedDemoCity(db);
  await addPopulation(db, 7, 300);
}

async function check(out: string): Promise<void> {
  const r = await runCommand(reportAnnual, ['--year', '2025', '--out', out]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const xml = await (await JSZip.loadAsync(readFileSync(out))).file('word/document.xml')!.async('string');
  for (const s of REPORT_SECTIONS) expect(xml).toContain(s.headingZh);
  expect(xml).toMatch(/在册中小企业 [1-9][\d,]* 户/);
  const none = await runCommand(reportAnnual, ['--year', '2100', '--out', join(dir, 'none.docx')]);
  expect(none.code).toBe(1);
  expect(none.err).toContain('2100 年没有数据');
}

describe('huiqi report annual', () => {
  it('refuses bad arguments (exit 2)', async () => {
    expect((await runCommand(reportAnnual, ['--year', '25', '--out', 'x.docx'])).code).toBe(2);
    expect((await runCommand(reportAnnual, ['--year', '2025', '--out', 'x.txt'])).code).toBe(2);
  });

  it('writes the DOCX from a PGlite data folder', async () => {
    const dataDir = join(dir, 'data');
    const db = await openDatabase({ dataDir });
    await db.migrate();
    await seed(db);
    await db.close();
    delete process.env.DATABASE_URL;
    process.env.HUIQI_DATA_DIR = dataDir;
    await check(join(dir, 'pglite.docx'));
  }, 120_000);

  it.skipIf(!process.env.TEST_DATABASE_URL)('writes the DOCX from PostgreSQL', async () => {
    const scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL!);
    try {
      await seed(scratch.db);
      const url = new URL(process.env.TEST_DATABASE_URL!);
      url.pathname = `/${scratch.name}`;
      process.env.DATABASE_URL = url.toString();
      await check(join(dir, 'postgres.docx'));
    } finally {
      await scratch.drop();
    }
  }, 120_000);
});
