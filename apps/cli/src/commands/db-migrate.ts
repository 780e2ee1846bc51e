import { openDatabase, redact } from '@huiqi/db';
import { loadEnv } from '@huiqi/server';
import { defineCommand } from '../command';

export default defineCommand({
  summary: '应用数据库迁移 Apply pending SQL migrations (DATABASE_URL, or PGlite in HUIQI_DATA_DIR); prints JSON',
  async run(_args, io) {
    const env = loadEnv();
    const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.HUIQI_DATA_DIR });
    try {
      const report = await db.migrate();
      const target = env.DATABASE_URL ? redact(env.DATABASE_URL) : env.HUIQI_DATA_DIR;
      io.stdout.write(`${JSON.stringify({ database: db.kind, target, applied: report.applied, alreadyApplied: report.alreadyApplied })}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
});
