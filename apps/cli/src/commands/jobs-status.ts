import { jobStatus, listSchedules, openDatabase } from '@huiqi/db';
import { loadEnv } from '@huiqi/server';
import { defineCommand } from '../command';

export default defineCommand({
  summary: '后台任务状态 Background jobs: counts per queue and state, and the schedules; prints JSON',
  async run(_args, io) {
    const env = loadEnv();
    const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.HUIQI_DATA_DIR });
    try {
      const now = new Date();
      const queues = await jobStatus(db, now);
      const schedules = (await listSchedules(db)).map((s) => ({
        queue: s.queue,
        ...(s.everySeconds !== null ? { everySeconds: s.everySeconds } : { dailyAt: s.dailyAt, timeZone: s.timeZone }),
        nextRunAt: s.nextRunAt,
        lastSlotAt: s.lastSlotAt,
      }));
      const totals = { QUEUED: 0, RUNNING: 0, SUCCEEDED: 0, DEAD: 0 };
      for (const q of queues) for (const k of Object.keys(totals) as (keyof typeof totals)[]) totals[k] += q.counts[k];
      io.stdout.write(`${JSON.stringify({ database: db.kind, at: now.toISOString(), totals, queues, schedules })}\n`);
      return 0;
    } catch (e) {
      return reportMissingSchema(e, io.stderr);
    } finally {
      await db.close();
    }
  },
});

/** A database without the jobs tables gets a hint instead of a stack trace; anything else is rethrown. */
export function reportMissingSchema(e: unknown, stderr: NodeJS.WritableStream): number {
  if ((e as { code?: string }).code === '42P01') {
    stderr.write('数据库尚未迁移，缺少任务表：请先运行 huiqi db migrate / the database has no job tables yet: run huiqi db migrate first\n');
    return 1;
  }
  throw e;
}
