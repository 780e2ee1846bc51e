/**
 * A worker process for the crash test: claims jobs of one queue from the PostgreSQL at argv[2]
 * with a handler that never finishes, prints "CLAIMED <id>" for each, and waits to be killed.
 *   node --import tsx apps/server/src/jobs/testing/crash-worker.ts URL QUEUE LEASE_MS
 */
import { openDatabase } from '@huiqi/db';
import { createJobRunner } from '../create-job-runner';

const [url, queue, leaseMs] = process.argv.slice(2);
if (!url || !queue || !leaseMs) {
  process.stderr.write('usage: crash-worker URL QUEUE LEASE_MS\n');
  process.exit(2);
}
const db = await openDatabase({ url });
const runner = createJobRunner(
  db,
  {
    [queue]: async (job) => {
      process.stdout.write(`CLAIMED ${job.id}\n`);
      await new Promise(() => {}); // hangs until the process is killed
    },
  },
  { pollMs: 20, leaseMs: Number(leaseMs), concurrency: 10 },
);
runner.start();
