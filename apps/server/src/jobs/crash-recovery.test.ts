import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { enqueue, getJob, type JobHandler } from '@huiqi/db';
import { createScratchPostgres } from '@huiqi/db/testing';
import { createJobRunner } from './create-job-runner';

const WORKER = join(dirname(fileURLToPath(import.meta.url)), 'testing', 'crash-worker.ts');
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe.skipIf(!process.env.TEST_DATABASE_URL)('a worker process killed mid-job (PostgreSQL)', () => {
  it('leaves its jobs to be retried by another runner once the lease expires', async () => {
    const scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL!);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${scratch.name}`;
    const queue = 'test.crash';
    try {
      const ids: number[] = [];
      for (let i = 0; i < 3; i++) ids.push((await enqueue(scratch.db, { queue, payload: { i } })).id);
      const child = spawn(process.execPath, ['--import', 'tsx', WORKER, url.toString(), queue, '2000'], { stdio: ['ignore', 'pipe', 'pipe'] });
      const claimed = new Set<number>();
      let stderr = '';
      child.stderr.on('data', (c) => (stderr += String(c)));
      child.stdout.on('data', (c) => {
        for (const m of String(c).matchAll(/CLAIMED (\d+)/g)) claimed.add(Number(m[1]));
      });
      const until = Date.now() + 25_000;
      while (claimed.size < 3) {
        if (Date.now() > until || child.exitCode !== null) throw new Error(`worker did not claim the jobs: ${stderr}`);
        await sleep(20);
      }
      child.kill('SIGKILL');
      await new Promise((r) => child.once('exit', r));
      const leaseEnds = new Map<number, string>();
      for (const id of ids) {
        const job = await getJob(scratch.db, id);
        expect(job!.state).toBe('RUNNING');
        leaseEnds.set(id, job!.lockedUntil!);
      }

      const attempts = new Map<number, number>();
      const handler: JobHandler = async (job) => void attempts.set(job.id, job.attempt);
      const survivor = createJobRunner(scratch.db, { [queue]: handler }, { pollMs: 20, maintenanceMs: 50 });
      const killedAt = Date.now();
      survivor.start();
      while ([...attempts.keys()].length < 3) {
        if (Date.now() - killedAt > 20_000) throw new Error('jobs were not recovered');
        await sleep(20);
      }
      await survivor.stop();
      expect([...attempts.entries()].sort()).toEqual(ids.map((id) => [id, 2]));
      for (const id of ids) {
        const job = await getJob(scratch.db, id);
        expect(job!.state).toBe('SUCCEEDED');
        // taken over only after the dead worker's lease ran out
        expect(Date.parse(job!.startedAt!)).toBeGreaterThan(Date.parse(leaseEnds.get(id)!));
      }
    } finally {
      await scratch.drop();
    }
  }, 60_000);
});
