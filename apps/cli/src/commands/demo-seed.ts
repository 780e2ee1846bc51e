import { openDatabase } from '@huiqi/db';
import { loadDemoCity, loadEnv } from '@huiqi/server';
import { defineCommand } from '../command';

export default defineCommand({
  summary: '载入演示城市 Load the demo city (Shenzhen, demo logins, generated enterprises) once; needs HUIQI_DEMO=1; migrates first; prints JSON',
  async run(_args, io) {
    const env = loadEnv();
    if (env.NODE_ENV === 'production') {
      io.stderr.write('生产环境不得载入演示数据（演示账号密码公开） / refusing to load demo data with NODE_ENV=production (demo logins have a published password)\n');
      return 2;
    }
    if (!env.HUIQI_DEMO) {
      io.stderr.write('演示账号的密码是公开的，只在演示模式下创建：请设置 HUIQI_DEMO=1 / demo logins have a published password and are created only in demo mode: set HUIQI_DEMO=1\n');
      return 2;
    }
    const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.HUIQI_DATA_DIR });
    try {
      await db.migrate();
      const result = await loadDemoCity(db);
      io.stdout.write(`${JSON.stringify({ database: db.kind, ...result, note: result.seeded ? 'loaded' : 'already loaded; nothing changed' })}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
});
