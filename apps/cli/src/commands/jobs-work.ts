import { loadEnv, openConfiguredDatabase, startJobRunner } from '@huiqi/server';
import { defineCommand, parseOptions, type CommandIo } from '../command';

const USAGE = `用法 usage: huiqi jobs work [--concurrency N] [--drain]
  只运行后台任务（不提供 HTTP），与服务器共用同一个 PostgreSQL（DATABASE_URL）；Ctrl-C / SIGTERM 平稳停止
  run background jobs only (no HTTP) against the server's database; stops gracefully on Ctrl-C / SIGTERM
  --concurrency N  同时运行的任务数 jobs at once (1–64, default 4)
  --drain          运行到没有到期任务后退出 / run until nothing is due, then exit
`;

export default defineCommand({
  summary: '后台任务执行进程 Run a background-job worker without HTTP (several share one PostgreSQL); --drain exits when nothing is due',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const unknown = Object.keys(options).filter((k) => k !== 'concurrency' && k !== 'drain');
    const concurrency = options.concurrency === undefined ? 4 : Number(options.concurrency);
    const isDrainValid = options.drain === undefined || options.drain === true;
    if (!isDrainValid || positional.length > 0 || unknown.length > 0 || !Number.isInteger(concurrency) || concurrency < 1 || concurrency > 64) {
      io.stderr.write(USAGE);
      return 2;
    }
    const env = loadEnv();
    // A configuration problem (server down, database missing, folder locked) is one line, exit 1.
    const { db } = await openConfiguredDatabase(env, { createIfMissing: false });
    const logger = jsonLines(io);
    try {
      if (options.drain === true) {
        const runner = await startJobRunner(db, { concurrency, logger, isLooping: false });
        const ran = await runner.drain();
        io.stdout.write(`${JSON.stringify({ database: db.kind, workerId: runner.workerId, ran })}\n`);
        return 0;
      }
      const runner = await startJobRunner(db, { concurrency, logger });
      io.stderr.write(`后台任务执行中 worker ${runner.workerId} running on ${db.kind}; Ctrl-C 停止 to stop\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      const report = await runner.stop();
      io.stdout.write(`${JSON.stringify({ workerId: runner.workerId, ...report })}\n`);
      return 0;
    } finally {
      await db.close();
    }
  },
});

/** Runner logs as JSON lines on stderr. */
function jsonLines(io: CommandIo) {
  const line = (level: string) => (obj: object, msg: string) => void io.stderr.write(`${JSON.stringify({ level, msg, ...obj })}\n`);
  return { info: line('info'), warn: line('warn'), error: line('error') };
}
