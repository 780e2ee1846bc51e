import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { inTargetTransaction, type IntakeTarget } from '@huiqi/db';
import { formatOfFileName, intakeInput, IntakeConflict, messageLine, runIntake, TableFileError } from '@huiqi/api';
import { loadRuleBase } from '@huiqi/rules-engine';
import { loadEnv, openConfiguredDatabase } from '@huiqi/server';
import { defineCommand, parseOptions } from '../command';

const USAGE = `用法 usage: huiqi import enterprises FILE [--accept-valid] [--batch-key KEY] [--department ID] [--chunk-rows N]
  导入企业登记信息和年度数据（.csv 或 .xlsx；UTF-8，可带 BOM；GB18030 的 CSV 自动识别）
  imports the enterprise registry and yearly figures (.csv or .xlsx; UTF-8 with or without BOM; GB18030 CSV detected)
  列 columns: uscc,name,registered_address,district,industry_code,registration_date,taxpayer_type,year,employees,revenue_yuan,total_assets_yuan
              （中文列名亦可 Chinese headers accepted: 统一社会信用代码,企业名称,注册地址,所在区,行业代码,成立日期,纳税人类型,年度,从业人员,营业收入,资产总额）
  默认全有或全无：有一行错误则不写入任何数据 by default all-or-nothing: one bad row and nothing is written
  --accept-valid     写入有效行，拒绝的行留存可下载 write the valid rows; the rejected rows are kept
  --batch-key KEY    批次号：同一批次重复导入不作任何改变 a batch key: the same batch twice changes nothing
  --department ID    数据来源部门 the department the data comes from (provenance)
  --chunk-rows N     每次合并的行数（默认 200000）rows merged at a time while the next ones are read (default 200000)
  进度写到标准错误 progress goes to stderr: 已读 read N 行 rows, 已合并 merged N 行 rows（未提交 not yet committed）
  输出 JSON {"inserted","updated","rejected","errors":[{"line","column","message"}]}；退出码 exit 0 无拒绝行 nothing rejected, 1 otherwise, 2 usage`;

export default defineCommand({
  summary: '导入企业登记信息和年度数据 Import the enterprise registry with yearly figures from CSV/XLSX (all-or-nothing, or --accept-valid); prints a JSON report',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const known = new Set(['accept-valid', 'batch-key', 'department', 'chunk-rows']);
    const problems: string[] = [];
    const unknown = Object.keys(options).filter((k) => !known.has(k));
    if (positional.length !== 1) problems.push('需要一个文件 exactly one FILE is required');
    if (unknown.length > 0) problems.push(`未知参数 unknown options: ${unknown.map((k) => `--${k}`).join(' ')}`);
    if (options['accept-valid'] !== undefined && options['accept-valid'] !== true) problems.push('--accept-valid 不带值 takes no value');
    for (const k of ['batch-key', 'department']) if (options[k] === true) problems.push(`--${k} 需要一个值 needs a value`);
    const chunkText = options['chunk-rows'];
    const chunkRows = chunkText === undefined ? undefined : typeof chunkText === 'string' && /^\d{1,7}$/.test(chunkText) && Number(chunkText) >= 1 ? Number(chunkText) : NaN;
    if (Number.isNaN(chunkRows)) problems.push('--chunk-rows 须为 1–9999999 的整数 must be a whole number 1–9999999');
    const file = positional[0] ?? '';
    const format = file ? formatOfFileName(file) : null;
    if (format instanceof TableFileError) problems.push(messageLine(format.reason));
    if (problems.length === 0) {
      try {
        if (!statSync(file).isFile()) problems.push(`不是文件 not a file: ${file}`);
      } catch {
        problems.push(`文件不存在或无法读取 cannot read the file: ${file}`);
      }
    }
    if (problems.length > 0 || !format || format instanceof TableFileError) {
      io.stderr.write(`${problems.join('\n')}\n${USAGE}\n`);
      return 2;
    }
    const rules = loadRuleBase();
    if (!rules.ok) {
      io.stderr.write('规则库载入失败（行业代码表）/ the rule base (industry code table) did not load: npx huiqi law check\n');
      return 3;
    }
    const env = loadEnv();
    const { db } = await openConfiguredDatabase(env, { createIfMissing: false });
    try {
      // PostgreSQL: a dedicated connection streams the rows with COPY; PGlite: through the database.
      const target: IntakeTarget = env.DATABASE_URL ? { postgresUrl: env.DATABASE_URL } : { db };
      if (env.DATABASE_URL) await db.close();
      const department = typeof options.department === 'string' ? options.department : null;
      if (department) {
        const found = await inTargetTransaction(target, (tx) => tx.query('SELECT 1 AS one FROM departments WHERE id = $1', [department]));
        if (found.length === 0) {
          io.stderr.write(`未知部门 unknown department: ${department}\n`);
          return 2;
        }
      }
      const tty = (io.stderr as NodeJS.WriteStream).isTTY === true;
      const input = intakeInput(createReadStream(file), format, { onEncoding: (e) => e === 'gb18030' && io.stderr.write('检测到 GB18030 编码 / GB18030 encoding detected\n') });
      const report = await runIntake(target, {
        kind: 'REGISTRY',
        ...input,
        departmentId: department,
        batchKey: typeof options['batch-key'] === 'string' ? options['batch-key'] : null,
        channel: 'CLI',
        fileName: basename(file),
        actorUserId: null,
        tokenId: null,
        acceptValid: options['accept-valid'] === true,
        industrySections: rules.value.industryMap.sections,
        mergeChunkRows: chunkRows,
        onProgress: tty ? (n) => io.stderr.write(`\r已读 read ${n.toLocaleString('en')} 行 rows`) : undefined,
        onChunkMerged: (n) => io.stderr.write(`${tty ? '\r' : ''}已合并 merged ${n.toLocaleString('en')} 行 rows（未提交 not yet committed）${tty ? '' : '\n'}`),
      });
      if (tty) io.stderr.write('\n');
      io.stdout.write(`${JSON.stringify({
        inserted: report.inserted,
        updated: report.updated,
        rejected: report.rejected,
        errors: report.errors.map((e) => ({ line: e.line, column: e.column, message: messageLine(e.message) })),
      })}\n`);
      const note = report.replayed
        ? `批次 ${report.batchKey} 已于此前导入，未作任何改变 / batch ${report.batchKey} was imported before; nothing changed`
        : report.status === 'REJECTED'
          ? '未写入任何数据（全有或全无；--accept-valid 写入有效行）/ nothing was written (all-or-nothing; --accept-valid writes the valid rows)'
          : `批次 batch ${report.batchId}: ${report.rowCount} 行 rows, ${report.unchanged} 家未变 unchanged`;
      io.stderr.write(`${note}\n`);
      return report.rejected > 0 || report.errors.length > 0 ? 1 : 0;
    } catch (e) {
      if (e instanceof IntakeConflict) {
        io.stderr.write(`${messageLine(e.reason)}\n`);
        return 1;
      }
      throw e;
    } finally {
      await db.close();
    }
  },
});
