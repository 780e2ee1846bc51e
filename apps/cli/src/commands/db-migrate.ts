import { redact } from '@huiqi/db';
import { loadEnv, openConfiguredDatabase, planMigrations } from '@huiqi/server';
import { defineCommand, parseOptions } from '../command';

const USAGE = `用法 usage: huiqi db migrate [--check]
  应用尚未执行的迁移（DATABASE_URL，或 HUIQI_DATA_DIR 中的 PGlite）；首次运行时创建 PostgreSQL 数据库
  apply pending migrations (DATABASE_URL, or PGlite in HUIQI_DATA_DIR); creates the PostgreSQL database on first run
  --check  只列出将要执行的迁移，不执行；有待执行的迁移时退出码为 10
           list what would run without running it; exit code 10 when something would run
`;

/** Exit code of `--check` when migrations are pending (0 = up to date). */
export const PENDING_EXIT = 10;

export default defineCommand({
  summary: '应用数据库迁移 Apply pending SQL migrations (DATABASE_URL, or PGlite in HUIQI_DATA_DIR); --check lists them without running; prints JSON',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    if (positional.length > 0 || Object.keys(options).some((k) => k !== 'check') || (options.check !== undefined && options.check !== true)) {
      io.stderr.write(USAGE);
      return 2;
    }
    const env = loadEnv();
    const check = options.check === true;
    const { db, created } = await openConfiguredDatabase(env, { createIfMissing: !check });
    const target = env.DATABASE_URL ? redact(env.DATABASE_URL) : env.HUIQI_DATA_DIR;
    try {
      const plan = await planMigrations(db);
      if (plan.changed.length > 0 || plan.unknown.length > 0) {
        io.stdout.write(`${JSON.stringify({ database: db.kind, target, ...plan })}\n`);
        if (plan.unknown.length > 0) io.stderr.write(`数据库比本程序新（含未知迁移 ${plan.unknown.join(', ')}）：请升级程序 / the database is newer than this program (unknown migrations ${plan.unknown.join(', ')}): upgrade the program\n`);
        if (plan.changed.length > 0) io.stderr.write(`已执行的迁移文件被修改 ${plan.changed.join(', ')}：迁移只能追加 / applied migration files were changed (${plan.changed.join(', ')}): migrations are append-only\n`);
        return 1;
      }
      if (check) {
        io.stdout.write(`${JSON.stringify({ database: db.kind, target, wouldApply: plan.pending, alreadyApplied: plan.applied, schemaVersion: plan.schemaVersion })}\n`);
        return plan.pending.length > 0 ? PENDING_EXIT : 0;
      }
      const report = await db.migrate();
      io.stdout.write(`${JSON.stringify({ database: db.kind, target, created, applied: report.applied, alreadyApplied: report.alreadyApplied })}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
});
