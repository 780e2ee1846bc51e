import { writeFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { openDatabase } from '@huiqi/db';
import { AppError, annualReport, htmlToPdf, reportDocx, reportHtml } from '@huiqi/api';
import { loadEnv } from '@huiqi/server';
import { defineCommand, parseOptions } from '../command';

const USAGE = '用法 usage: huiqi report annual --year YYYY --out FILE.docx|FILE.pdf\n';

/**
 * `huiqi report annual`: the annual report on SME development (深圳 draft 第六条, five sections)
 * for a year, from the live database (PGlite data folder or PostgreSQL, as the server is
 * configured), written as DOCX or PDF by the file's extension. Exit 1 when the year has no data
 * (named) or PDF cannot be printed here, 2 for bad arguments.
 */
export default defineCommand({
  summary: '年度报告 Write the annual report on SME development for a year (five sections of 第六条) as .docx or .pdf: --year YYYY --out FILE',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const year = typeof options.year === 'string' && /^\d{4}$/.test(options.year) ? Number(options.year) : NaN;
    const out = typeof options.out === 'string' ? options.out : '';
    const kind = extname(out).toLowerCase();
    const unknown = Object.keys(options).filter((k) => !['year', 'out'].includes(k));
    if (positional.length > 0 || unknown.length > 0 || !Number.isInteger(year) || year < 2000 || year > 2200 || !['.docx', '.pdf'].includes(kind)) {
      io.stderr.write(`年份应为 2000–2200，输出文件应以 .docx 或 .pdf 结尾 / the year must be 2000–2200 and the file end in .docx or .pdf\n${USAGE}`);
      return 2;
    }
    const env = loadEnv();
    const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.HUIQI_DATA_DIR });
    try {
      const started = Date.now();
      const report = await annualReport(db, year);
      let bytes: Buffer;
      if (kind === '.docx') bytes = await reportDocx(report);
      else {
        const pdf = await htmlToPdf(reportHtml(report));
        if (!pdf) {
          io.stderr.write('本机无法打印 PDF（未找到 Chromium，可设 HUIQI_CHROMIUM），请改用 .docx / cannot print PDF here (no Chromium found; set HUIQI_CHROMIUM), write .docx instead\n');
          return 1;
        }
        bytes = pdf;
      }
      await writeFile(out, bytes);
      io.stdout.write(`已写入 wrote ${out} (${report.titleZh}, ${bytes.length} bytes, ${((Date.now() - started) / 1000).toFixed(1)} s, ${db.kind})\n`);
      return 0;
    } catch (e) {
      if (e instanceof AppError) {
        io.stderr.write(`${e.bilingual.zh} / ${e.bilingual.en}\n`);
        return 1;
      }
      throw e;
    } finally {
      await db.close();
    }
  },
});
