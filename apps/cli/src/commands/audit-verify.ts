import { openDatabase, verifyAuditChain } from '@huiqi/db';
import { loadEnv } from '@huiqi/server';
import { defineCommand } from '../command';

export default defineCommand({
  summary: '校验审计日志哈希链 Verify the audit log hash chain; prints JSON; exit 0 intact, 1 broken (names the first bad seq)',
  async run(_args, io) {
    const env = loadEnv();
    const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.HUIQI_DATA_DIR });
    try {
      const report = await verifyAuditChain(db);
      io.stdout.write(`${JSON.stringify({ database: db.kind, ...report })}\n`);
      return report.ok ? 0 : 1;
    } finally {
      await db.close();
    }
  },
});
