import { hostname } from 'node:os';
import { randomBytes } from 'node:crypto';
import {
  claimJobs, completeJob, enqueueDueSchedules, expireLeases, extendLease, failJob, PermanentJobError, releaseJob,
  type ClaimedJob, type Database, type JobHandler, type JsonValue,
} from '@huiqi/db';

export interface JobRunnerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface JobRunnerOptions {
  /** Jobs run at the same time by this runner (default 4). */
  concurrency?: number;
  /** Pause between claims when nothing was due (default 1000 ms). */
  pollMs?: number;
  /** A claim expires this long after it was taken or last extended; the job then runs again (default 60 s). */
  leaseMs?: number;
  /** Lease extension while a handler runs (default leaseMs / 3). */
  heartbeatMs?: number;
  /** Lease-expiry sweep and schedule slots, at most this often (default 1000 ms). */
  maintenanceMs?: number;
  /** Retry delay = min(maxMs, baseMs · 2^(attempt−1)) · (1 ± jitter) (defaults 5 s, 1 h, 0.1). */
  backoff?: { baseMs?: number; maxMs?: number; jitter?: number };
  /** How long stop() waits for running handlers before releasing their jobs (default 10 s). */
  stopGraceMs?: number;
  /** The clock used for every timestamp (tests pass a fake one). */
  clock?: () => Date;
  /** Names this runner in `jobs.locked_by` (default host:pid:random). */
  workerId?: string;
  logger?: JobRunnerLogger;
}

export interface StopReport {
  /** Handlers that finished during the grace period. */
  finished: number;
  /** Jobs handed back (QUEUED, attempt not counted) because their handler was still running. */
  released: number;
}

export interface JobRunner {
  readonly workerId: string;
  /** Jobs currently running in this runner. */
  readonly inFlight: number;
  /** Starts the poll loop (idempotent). */
  start(): void;
  /** Stops claiming, waits up to the grace period for running handlers, then releases the rest. */
  stop(options?: { graceMs?: number }): Promise<StopReport>;
  /** One round without the loop: maintenance, claim what is due, run it to the end. Returns jobs run. */
  runOnce(): Promise<number>;
  /** runOnce until a round finds nothing due. Returns jobs run. */
  drain(): Promise<number>;
}

interface Running {
  job: ClaimedJob;
  abort: AbortController;
  done: Promise<void>;
}

const silent: JobRunnerLogger = { info() {}, warn() {}, error() {} };

/**
 * The worker loop: claims due jobs of the queues it has handlers for (FOR UPDATE SKIP LOCKED, so
 * several runners — in one process or many, on one PostgreSQL — share the work), runs each under
 * a lease that a heartbeat extends, completes it or records the failure (exponential backoff, then
 * DEAD), expires the leases of crashed workers and turns schedule slots into jobs.
 * Delivery is at least once: handlers must be idempotent.
 */
export function createJobRunner(db: Database, handlers: Readonly<Record<string, JobHandler<never>>>, options: JobRunnerOptions = {}): JobRunner {
  const concurrency = positive(options.concurrency ?? 4, 'concurrency');
  const pollMs = positive(options.pollMs ?? 1000, 'pollMs');
  const leaseMs = positive(options.leaseMs ?? 60_000, 'leaseMs');
  const heartbeatMs = positive(options.heartbeatMs ?? Math.max(1, Math.floor(leaseMs / 3)), 'heartbeatMs');
  const maintenanceMs = options.maintenanceMs ?? 1000;
  const baseMs = options.backoff?.baseMs ?? 5000;
  const maxMs = options.backoff?.maxMs ?? 3_600_000;
  const jitter = options.backoff?.jitter ?? 0.1;
  if (heartbeatMs >= leaseMs) throw new RangeError(`heartbeatMs (${heartbeatMs}) must be shorter than leaseMs (${leaseMs}), or every lease expires before it is extended`);
  if (!(jitter >= 0 && jitter < 1)) throw new RangeError(`backoff.jitter must be in [0, 1) (got ${jitter})`);
  if (!(baseMs >= 0 && maxMs >= baseMs)) throw new RangeError(`backoff needs 0 ≤ baseMs ≤ maxMs (got ${baseMs}, ${maxMs})`);
  const stopGraceMs = options.stopGraceMs ?? 10_000;
  const clock = options.clock ?? (() => new Date());
  const log = options.logger ?? silent;
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString('hex')}`;
  const queues = Object.keys(handlers).sort();

  const running = new Map<number, Running>();
  let isLooping = false;
  let isStopping = false;
  let loop: Promise<void> | null = null;
  let lastMaintenance = -Infinity;
  let wake: (() => void) | null = null;
  let lastClaimFilled = false;

  function retryDelay(attempt: number): number {
    const raw = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(raw * (1 + jitter * (Math.random() * 2 - 1)));
  }

  async function maintenance(force = false): Promise<void> {
    const now = clock();
    if (!force && now.getTime() - lastMaintenance < maintenanceMs) return;
    lastMaintenance = now.getTime();
    const expired = await expireLeases(db, now);
    if (expired.requeued + expired.dead > 0) log.warn({ workerId, ...expired }, '任务租约过期，已重新排队 / expired job leases handed back');
    const slots = await enqueueDueSchedules(db, now);
    for (const s of slots) {
      if (s.missedSlots > 0) log.warn({ queue: s.queue, slot: s.slot, missedSlots: s.missedSlots }, '定时任务错过的时段合并为一次 / missed schedule slots collapsed into one run');
    }
  }

  async function execute(job: ClaimedJob, abort: AbortController): Promise<void> {
    const handler = handlers[job.queue] as JobHandler<JsonValue> | undefined;
    let isLeaseLost = false;
    const heartbeat = setInterval(() => {
      extendLease(db, job, leaseMs, clock()).then(
        (held) => {
          if (!held && !isLeaseLost) {
            isLeaseLost = true;
            log.warn({ jobId: job.id, queue: job.queue }, '任务租约已丢失，中止处理 / job lease lost; aborting the handler');
            abort.abort(new Error('lease lost'));
          }
        },
        (e: unknown) => log.warn({ jobId: job.id, err: String(e) }, '续约失败 / lease extension failed'),
      );
    }, heartbeatMs);
    heartbeat.unref?.();
    // released at stop or lease lost: the job is no longer ours, so stop extending its lease
    abort.signal.addEventListener('abort', () => clearInterval(heartbeat), { once: true });
    try {
      if (!handler) throw new PermanentJobError(`没有处理程序 / no handler for queue ${job.queue}`);
      await handler({
        id: job.id, queue: job.queue, payload: job.payload, attempt: job.attempts, maxAttempts: job.maxAttempts, runAt: job.runAt, signal: abort.signal,
      });
      clearInterval(heartbeat);
      if (abort.signal.aborted) return; // released or lost: the job is no longer ours
      const isDone = await completeJob(db, job, clock());
      if (!isDone) log.warn({ jobId: job.id, queue: job.queue }, '任务已完成但租约已不在本进程 / handler finished after its lease was lost; the job may run again');
    } catch (e) {
      clearInterval(heartbeat);
      if (abort.signal.aborted) return;
      const isPermanent = e instanceof PermanentJobError;
      const outcome = await failJob(db, job, errorText(e), { retryInMs: retryDelay(job.attempts), isPermanent, now: clock() });
      const fields = { jobId: job.id, queue: job.queue, attempt: job.attempts, maxAttempts: job.maxAttempts, err: errorText(e).split('\n')[0] };
      if (outcome === 'DEAD') log.error(fields, '任务失败且不再重试 / job failed for good (DEAD)');
      else log.warn({ ...fields, outcome }, '任务失败，将重试 / job failed; will retry');
    }
  }

  function launch(job: ClaimedJob): Running {
    const abort = new AbortController();
    const entry: Running = { job, abort, done: Promise.resolve() };
    entry.done = execute(job, abort)
      .catch((e: unknown) => {
        // completing or failing the job itself failed (database down): the lease will expire and the job run again
        log.error({ jobId: job.id, queue: job.queue, err: String(e) }, '记录任务结果失败 / could not record the job outcome');
      })
      .finally(() => {
        running.delete(job.id);
        if (lastClaimFilled) wake?.();
      });
    running.set(job.id, entry);
    return entry;
  }

  async function claimAndLaunch(): Promise<Running[]> {
    const free = concurrency - running.size;
    if (free <= 0 || isStopping) return [];
    const jobs = await claimJobs(db, { queues, limit: free, workerId, leaseMs, now: clock() });
    lastClaimFilled = jobs.length === free;
    return jobs.map(launch);
  }

  async function pollLoop(): Promise<void> {
    while (isLooping) {
      let isBusy = false;
      try {
        await maintenance();
      } catch (e) {
        // a failed sweep or schedule must not stop the claiming of due jobs
        log.error({ workerId, err: describe(e) }, '任务维护（租约过期、定时任务）出错 / job maintenance (lease expiry, schedules) failed');
      }
      try {
        const launched = await claimAndLaunch();
        isBusy = launched.length > 0 && lastClaimFilled;
      } catch (e) {
        log.error({ workerId, err: describe(e) }, '领取任务出错 / claiming jobs failed');
      }
      if (!isLooping) break;
      if (isBusy && running.size < concurrency) continue;
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      wake = null;
    }
  }

  const runner: JobRunner = {
    workerId,
    get inFlight() {
      return running.size;
    },
    start() {
      if (isLooping || isStopping) return;
      isLooping = true;
      loop = pollLoop();
    },
    async stop(stopOptions = {}) {
      isStopping = true;
      isLooping = false;
      wake?.();
      await loop;
      const graceMs = stopOptions.graceMs ?? stopGraceMs;
      const pending = [...running.values()];
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.all(pending.map((r) => r.done)),
        new Promise<void>((resolve) => {
          timer = setTimeout(resolve, graceMs);
        }),
      ]);
      clearTimeout(timer);
      const left = [...running.values()];
      let released = 0;
      for (const r of left) {
        r.abort.abort(new Error('runner stopping'));
        if (await releaseJob(db, r.job, clock()).catch(() => false)) released++;
        running.delete(r.job.id);
      }
      if (pending.length > 0) log.info({ workerId, finished: pending.length - left.length, released }, '任务执行器已停止 / job runner stopped');
      return { finished: pending.length - left.length, released };
    },
    async runOnce() {
      await maintenance(true);
      const launched = await claimAndLaunch();
      await Promise.all(launched.map((r) => r.done));
      return launched.length;
    },
    async drain() {
      let total = 0;
      for (;;) {
        const n = await runner.runOnce();
        total += n;
        if (n === 0) return total;
      }
    },
  };
  return runner;
}

function positive(n: number, name: string): number {
  if (!Number.isFinite(n) || n <= 0) throw new RangeError(`${name} must be a positive number (got ${n})`);
  return n;
}

function describe(e: unknown): string {
  if (e instanceof AggregateError) return `${e.message}: ${e.errors.map((x: unknown) => (x instanceof Error ? x.message : String(x))).join('; ')}`;
  return e instanceof Error ? e.message : String(e);
}

function errorText(e: unknown): string {
  if (e instanceof Error) return e.stack ?? `${e.name}: ${e.message}`;
  return typeof e === 'string' ? e : JSON.stringify(e) ?? String(e);
}
