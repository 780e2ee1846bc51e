import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claimJobs, enqueue, failJob, schedule, type Database } from '@huiqi/db';
import { createScratchPostgres, openMigratedPglite, type ScratchDatabase } from '@huiqi/db/testing';
import type { Command } from '../command';
import jobsRetry from './jobs-retry';
import jobsStatus from './jobs-status';

async function run(cmd: Command, args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c) => (out += String(c)));
  stderr.on('data', (c) => (err += String(c)));
  const code = await cmd.run(args, { stdout, stderr, stdin: new PassThrough() });
  return { code, out, err };
}

describe('huiqi jobs retry: usage', () => {
  it('asks for --dead QUEUE (exit 2) before opening any database', async () => {
    for (const args of [[], ['--dead'], ['appeals.x'], ['--dead', 'appeals.x', '--all']]) {
      const r = await run(jobsRetry, args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('huiqi jobs retry --dead QUEUE');
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('huiqi jobs status / retry on PostgreSQL', () => {
  let scratch: ScratchDatabase;
  let saved: string | undefined;
  beforeAll(async () => {
    scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL!);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${scratch.name}`;
    saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url.toString();
  });
  afterAll(async () => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
    await scratch.drop();
  });

  it('prints counts per queue and state and the schedules, then retries the dead jobs of one queue', async () => {
    const db: Database = scratch.db;
    const queue = 'notices.deliver';
    for (let i = 0; i < 3; i++) await enqueue(db, { queue, payload: { i } });
    await enqueue(db, { queue: 'appeals.deadline-sweep', payload: {} });
    await schedule(db, { queue: 'appeals.deadline-sweep', spec: { dailyAt: '01:00' } });
    const [dead] = await claimJobs(db, { queues: [queue], limit: 1, workerId: 'w', leaseMs: 1000 });
    await failJob(db, dead!, 'SMTP 550 mailbox unavailable', { retryInMs: 0, isPermanent: true });

    const status = await run(jobsStatus, []);
    expect(status.code).toBe(0);
    const s = JSON.parse(status.out);
    expect(s.database).toBe('postgres');
    expect(s.totals).toEqual({ QUEUED: 3, RUNNING: 0, SUCCEEDED: 0, DEAD: 1 });
    expect(s.queues.find((q: { queue: string }) => q.queue === queue).counts).toEqual({ QUEUED: 2, RUNNING: 0, SUCCEEDED: 0, DEAD: 1 });
    expect(s.schedules).toEqual([expect.objectContaining({ queue: 'appeals.deadline-sweep', dailyAt: '01:00', timeZone: 'Asia/Shanghai' })]);

    const retry = await run(jobsRetry, ['--dead', queue]);
    expect(retry.code).toBe(0);
    expect(JSON.parse(retry.out)).toEqual({ queue, retried: [dead!.id], skipped: [] });
    const after = JSON.parse((await run(jobsStatus, [])).out);
    expect(after.totals).toEqual({ QUEUED: 4, RUNNING: 0, SUCCEEDED: 0, DEAD: 0 });

    const bad = await run(jobsRetry, ['--dead', 'Not A Queue']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/队列名无效.*invalid queue name/);
  });
});

describe('huiqi jobs status on an unmigrated database', () => {
  it('says to run huiqi db migrate (exit 1)', async () => {
    // a migrated PGlite stands in to prove the hint path does not hide other errors
    const db = await openMigratedPglite();
    try {
      const { reportMissingSchema } = await import('./jobs-status');
      const err = new PassThrough();
      let text = '';
      err.on('data', (c) => (text += String(c)));
      const e = await db.query('SELECT * FROM no_such_table').catch((x: unknown) => x);
      expect(reportMissingSchema(e, err)).toBe(1);
      expect(text).toMatch(/huiqi db migrate/);
      expect(() => reportMissingSchema(new Error('connection refused'), err)).toThrow('connection refused');
    } finally {
      await db.close();
    }
  });
});

describe('huiqi jobs work: usage', () => {
  it('refuses unknown options and bad concurrency (exit 2) before opening any database', async () => {
    const { default: jobsWork } = await import('./jobs-work');
    for (const args of [['--concurrency', '0'], ['--concurrency', 'many'], ['--once'], ['extra'], ['--drain', 'yes']]) {
      const r = await run(jobsWork, args);
      expect(r.code).toBe(2);
      expect(r.err).toContain('huiqi jobs work');
    }
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('huiqi jobs work --drain on PostgreSQL', () => {
  it('stores the registry schedules and runs the due jobs of registered queues, then exits', async () => {
    const scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL!);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${scratch.name}`;
    const saved = process.env.DATABASE_URL;
    process.env.DATABASE_URL = url.toString();
    try {
      const { default: jobsWork } = await import('./jobs-work');
      await enqueue(scratch.db, { queue: 'jobs.purge-succeeded', payload: {} });
      await enqueue(scratch.db, { queue: 'nobody.handles-this', payload: {} });
      const r = await run(jobsWork, ['--drain', '--concurrency', '2']);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.out)).toMatchObject({ database: 'postgres', ran: 1 });
      const states = await scratch.db.query<{ queue: string; state: string }>('SELECT queue, state FROM jobs ORDER BY queue');
      expect(states).toEqual([{ queue: 'jobs.purge-succeeded', state: 'SUCCEEDED' }, { queue: 'nobody.handles-this', state: 'QUEUED' }]);
      const schedules = await scratch.db.query<{ queue: string }>('SELECT queue FROM job_schedules');
      expect(schedules.map((s) => s.queue)).toContain('jobs.purge-succeeded');
    } finally {
      if (saved === undefined) delete process.env.DATABASE_URL;
      else process.env.DATABASE_URL = saved;
      await scratch.drop();
    }
  });
});
