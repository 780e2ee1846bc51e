import { describe, expect, it } from 'vitest';
import {
  claimJobs, enqueue, getJob, listJobs, openDatabase, PermanentJobError,
  type Database, type JobContext, type JobHandler, type JobModuleFactory,
} from '@huiqi/db';
import { createScratchPostgres, describeEachEngine } from '@huiqi/db/testing';
import { createJobRunner, type JobRunner } from './create-job-runner';
import { startJobRunner } from './start-job-runner';

let n = 0;
const q = (name: string) => `test.${name}-${++n}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const T0 = Date.parse('2026-11-22T05:00:00.000Z');

/** A clock the test moves by hand. */
function fakeClock(start = T0) {
  let now = start;
  return { clock: () => new Date(now), advance: (ms: number) => (now += ms), at: (ms: number) => new Date(start + ms).toISOString() };
}

async function waitFor(check: () => Promise<boolean>, timeoutMs = 25_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await sleep(10);
  }
}

const allDone = (db: Database, queue: string, count: number) => async () =>
  (await listJobs(db, queue)).filter((j) => j.state === 'SUCCEEDED').length === count;

describeEachEngine('job runner', (getDb) => {
  it('runs enqueued jobs in the poll loop and completes them', async () => {
    const db = getDb();
    const queue = q('loop');
    const seen: number[] = [];
    const runner = createJobRunner(db, { [queue]: async (job: JobContext<{ i: number }>) => void seen.push(job.payload.i) }, { pollMs: 10, concurrency: 3 });
    runner.start();
    await db.transaction(async (tx) => {
      for (let i = 0; i < 20; i++) await enqueue(tx, { queue, payload: { i } });
    });
    await waitFor(allDone(db, queue, 20));
    await runner.stop();
    expect(seen.sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('retries with exponential backoff on the runner clock, then succeeds', async () => {
    const db = getDb();
    const queue = q('backoff');
    const c = fakeClock();
    const attempts: number[] = [];
    const handler: JobHandler = async (job) => {
      attempts.push(job.attempt);
      if (job.attempt < 3) throw new Error(`temporary failure ${job.attempt}`);
    };
    const runner = createJobRunner(db, { [queue]: handler }, { clock: c.clock, backoff: { baseMs: 1000, maxMs: 60_000, jitter: 0 } });
    const { id } = await enqueue(db, { queue, payload: {} }, c.clock());
    expect(await runner.runOnce()).toBe(1);
    expect(await getJob(db, id)).toMatchObject({ state: 'QUEUED', attempts: 1, runAt: c.at(1000) });
    expect((await getJob(db, id))!.lastError).toMatch(/^Error: temporary failure 1/);
    c.advance(999);
    expect(await runner.runOnce()).toBe(0);
    c.advance(1);
    expect(await runner.runOnce()).toBe(1);
    expect(await getJob(db, id)).toMatchObject({ state: 'QUEUED', attempts: 2, runAt: c.at(1000 + 2000) });
    c.advance(2000);
    expect(await runner.drain()).toBe(1);
    expect(await getJob(db, id)).toMatchObject({ state: 'SUCCEEDED', attempts: 3 });
    expect(attempts).toEqual([1, 2, 3]);
  });

  it('marks a job DEAD after maxAttempts, or at once for a PermanentJobError, keeping the last error', async () => {
    const db = getDb();
    const queue = q('dead');
    const c = fakeClock();
    const runner = createJobRunner(
      db,
      {
        [queue]: async (job: JobContext<{ permanent: boolean }>) => {
          if (job.payload.permanent) throw new PermanentJobError('申诉不存在 / appeal not found');
          throw new Error(`still failing (attempt ${job.attempt})`);
        },
      },
      { clock: c.clock, backoff: { baseMs: 10, maxMs: 10, jitter: 0 } },
    );
    const flaky = await enqueue(db, { queue, payload: { permanent: false }, maxAttempts: 3 }, c.clock());
    const hopeless = await enqueue(db, { queue, payload: { permanent: true }, maxAttempts: 3 }, c.clock());
    for (let i = 0; i < 5; i++) {
      await runner.runOnce();
      c.advance(10);
    }
    const f = await getJob(db, flaky.id);
    expect(f).toMatchObject({ state: 'DEAD', attempts: 3 });
    expect(f!.lastError).toMatch(/^Error: still failing \(attempt 3\)/);
    const h = await getJob(db, hopeless.id);
    expect(h).toMatchObject({ state: 'DEAD', attempts: 1 });
    expect(h!.lastError).toMatch(/^PermanentJobError: 申诉不存在 \/ appeal not found/);
  });

  it('retries a job whose worker crashed once its lease has expired', async () => {
    const db = getDb();
    const queue = q('crash');
    const c = fakeClock();
    const { id } = await enqueue(db, { queue, payload: {} }, c.clock());
    // a worker claims it and dies without a word
    await claimJobs(db, { queues: [queue], limit: 1, workerId: 'crashed-worker', leaseMs: 30_000, now: c.clock() });
    const ran: number[] = [];
    const runner = createJobRunner(db, { [queue]: async (job) => void ran.push(job.attempt) }, { clock: c.clock, leaseMs: 30_000 });
    c.advance(29_000);
    expect(await runner.runOnce()).toBe(0);
    c.advance(2000);
    expect(await runner.runOnce()).toBe(1);
    expect(ran).toEqual([2]);
    expect(await getJob(db, id)).toMatchObject({ state: 'SUCCEEDED', attempts: 2 });
  });

  it('keeps a long job its own with a heartbeat: another runner does not take it over', async () => {
    const db = getDb();
    const queue = q('heartbeat');
    let calls = 0;
    const slow: JobHandler = async () => {
      calls++;
      await sleep(3000);
    };
    // the handler runs 3× its lease; heartbeats every 100 ms keep it (a 10× margin for a loaded machine)
    const a = createJobRunner(db, { [queue]: slow }, { pollMs: 10, leaseMs: 1000, heartbeatMs: 100, maintenanceMs: 10 });
    const b = createJobRunner(db, { [queue]: slow }, { pollMs: 10, leaseMs: 1000, heartbeatMs: 100, maintenanceMs: 10 });
    await enqueue(db, { queue, payload: {} });
    a.start();
    await waitFor(async () => calls === 1);
    b.start();
    await waitFor(allDone(db, queue, 1));
    await Promise.all([a.stop(), b.stop()]);
    expect(calls).toBe(1);
    expect((await listJobs(db, queue))[0]!.attempts).toBe(1);
  });

  it('shares the work between two runners on one database: every job runs exactly once', async () => {
    const db = getDb();
    const queue = q('two-runners');
    const runs = new Map<number, string[]>();
    const handlerFor = (name: string): JobHandler => async (job) => {
      runs.set(job.id, [...(runs.get(job.id) ?? []), name]);
      await sleep(1);
    };
    await db.transaction(async (tx) => {
      for (let i = 0; i < 100; i++) await enqueue(tx, { queue, payload: { i } });
    });
    const a = createJobRunner(db, { [queue]: handlerFor('a') }, { pollMs: 5, concurrency: 4 });
    const b = createJobRunner(db, { [queue]: handlerFor('b') }, { pollMs: 5, concurrency: 4 });
    a.start();
    b.start();
    await waitFor(allDone(db, queue, 100));
    await Promise.all([a.stop(), b.stop()]);
    expect(runs.size).toBe(100);
    expect([...runs.values()].every((r) => r.length === 1)).toBe(true);
  });

  it('turns schedule slots into jobs and runs each slot once, with two runners started from the registry', async () => {
    const db = getDb();
    const queue = q('scheduled');
    const c = fakeClock(Date.parse('2026-11-22T06:00:00.000Z'));
    const slots: string[] = [];
    const module: JobModuleFactory = () => ({
      id: 'test',
      handlers: { [queue]: async (job) => void slots.push(job.runAt) },
      schedules: [{ queue, spec: { everySeconds: 60 }, payload: { sweep: true } }],
    });
    const options = { modules: [module], clock: c.clock, pollMs: 60_000 };
    const a = await startJobRunner(db, options);
    const b = await startJobRunner(db, options);
    for (let i = 0; i < 3; i++) {
      c.advance(60_000);
      await Promise.all([a.runOnce(), b.runOnce()]);
      await Promise.all([a.runOnce(), b.runOnce()]);
    }
    await Promise.all([a.stop(), b.stop()]);
    expect(slots.sort()).toEqual(['2026-11-22T06:01:00.000Z', '2026-11-22T06:02:00.000Z', '2026-11-22T06:03:00.000Z']);
  });

  it('stops cleanly: waits for running handlers, releases those past the grace period, claims nothing after', async () => {
    const db = getDb();
    const quick = q('stop-quick');
    const stuck = q('stop-stuck');
    let wasAborted = false;
    let quickDone = 0;
    const runner: JobRunner = createJobRunner(
      db,
      {
        [quick]: async () => {
          await sleep(100);
          quickDone++;
        },
        [stuck]: async (job) => {
          await new Promise<void>((resolve) => job.signal.addEventListener('abort', () => resolve()));
          wasAborted = true;
        },
      },
      { pollMs: 10, concurrency: 2 },
    );
    const a = await enqueue(db, { queue: quick, payload: {} });
    const b = await enqueue(db, { queue: stuck, payload: {} });
    runner.start();
    await waitFor(async () => runner.inFlight === 2);
    const report = await runner.stop({ graceMs: 300 });
    expect(report).toEqual({ finished: 1, released: 1 });
    expect(quickDone).toBe(1);
    expect(wasAborted).toBe(true);
    expect(await getJob(db, a.id)).toMatchObject({ state: 'SUCCEEDED' });
    expect(await getJob(db, b.id)).toMatchObject({ state: 'QUEUED', attempts: 0, lockedBy: null });
    const c = await enqueue(db, { queue: quick, payload: {} });
    await sleep(100);
    expect((await getJob(db, c.id))!.state).toBe('QUEUED');
    expect(runner.inFlight).toBe(0);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)('job runner: two worker processes on one PostgreSQL', () => {
  it('gives every job to exactly one of two runners with separate connection pools', async () => {
    const scratch = await createScratchPostgres(process.env.TEST_DATABASE_URL!);
    const url = new URL(process.env.TEST_DATABASE_URL!);
    url.pathname = `/${scratch.name}`;
    const second = await openDatabase({ url: url.toString() });
    try {
      const queue = q('processes');
      await scratch.db.transaction(async (tx) => {
        for (let i = 0; i < 300; i++) await enqueue(tx, { queue, payload: { i } });
      });
      const runs = new Map<number, number>();
      const byRunner = { a: 0, b: 0 };
      const handlerFor = (name: 'a' | 'b'): JobHandler => async (job) => {
        runs.set(job.id, (runs.get(job.id) ?? 0) + 1);
        byRunner[name]++;
        await sleep(2);
      };
      const a = createJobRunner(scratch.db, { [queue]: handlerFor('a') }, { pollMs: 5, concurrency: 4 });
      const b = createJobRunner(second, { [queue]: handlerFor('b') }, { pollMs: 5, concurrency: 4 });
      a.start();
      b.start();
      await waitFor(allDone(scratch.db, queue, 300), 30_000);
      await Promise.all([a.stop(), b.stop()]);
      expect(runs.size).toBe(300);
      expect([...runs.values()].every((count) => count === 1)).toBe(true);
      expect(byRunner.a).toBeGreaterThan(0);
      expect(byRunner.b).toBeGreaterThan(0);
    } finally {
      await second.close();
      await scratch.drop();
    }
  }, 60_000);
});

describe('job runner options', () => {
  it('refuses settings under which leases could not hold', () => {
    const db = {} as Database;
    expect(() => createJobRunner(db, {}, { leaseMs: 1000, heartbeatMs: 1000 })).toThrow(/heartbeatMs \(1000\) must be shorter than leaseMs/);
    expect(() => createJobRunner(db, {}, { concurrency: 0 })).toThrow(/concurrency must be a positive number/);
    expect(() => createJobRunner(db, {}, { backoff: { jitter: 1 } })).toThrow(/jitter/);
    expect(() => createJobRunner(db, {}, { backoff: { baseMs: 10, maxMs: 5 } })).toThrow(/baseMs ≤ maxMs/);
  });
});
