import { JobInputError, openDatabase, retryDeadJobs } from '@huiqi/db';
import { loadEnv } from '@huiqi/server';
import { defineCommand, parseOptions } from '../command';
import { reportMissingSchema } from './jobs-status';

const USAGE = '用法 usage: huiqi jobs retry --dead QUEUE\n  把该队列中失败（DEAD）的任务重新排队 / put the DEAD jobs of QUEUE back in the queue\n';

export default defineCommand({
  summary: '重试失败任务 Retry the DEAD jobs of a queue (--dead QUEUE) after fixing the cause; prints JSON {queue,retried,skipped}',
  async run(args, io) {
    const { positional, options } = parseOptions(args);
    const queue = options.dead;
    const unknown = Object.keys(options).filter((k) => k !== 'dead');
    if (typeof queue !== 'string' || positional.length > 0 || unknown.length > 0) {
      io.stderr.write(USAGE);
      return 2;
    }
    const env = loadEnv();
    const db = await openDatabase(env.DATABASE_URL ? { url: env.DATABASE_URL } : { dataDir: env.HUIQI_DATA_DIR });
    try {
      const report = await retryDeadJobs(db, queue, null);
      io.stdout.write(`${JSON.stringify(report)}\n`);
      return 0;
    } catch (e) {
      if (e instanceof JobInputError) {
        io.stderr.write(`${e.message}\n`);
        return 2;
      }
      return reportMissingSchema(e, io.stderr);
    } finally {
      await db.close();
    }
  },
});
