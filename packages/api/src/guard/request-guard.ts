import type { FastifyInstance } from 'fastify';
import { AppError, errorBody } from '../errors/app-error';

/** Budgets of every request, and how many expensive computations may run at once. */
export interface GuardOptions {
  /** Time a request may take before it is answered 503 (the watchdog answers even if the handler is still busy). */
  timeMs: number;
  /** Resident memory of the process above which expensive work is refused or stopped. */
  memoryBytes: number;
  /** Expensive computations (population analyses) at once; more wait within their time budget. */
  expensiveSlots: number;
}

/** From HUIQI_REQUEST_TIME_MS (default 30 000), HUIQI_MEMORY_BUDGET_MB (default 2 048) and HUIQI_EXPENSIVE_SLOTS (default 2). */
export function guardOptionsFromEnv(env: NodeJS.ProcessEnv = process.env): GuardOptions {
  const num = (v: string | undefined, dflt: number) => (v && /^\d+$/.test(v) && Number(v) > 0 ? Number(v) : dflt);
  return {
    timeMs: num(env.HUIQI_REQUEST_TIME_MS, 30_000),
    memoryBytes: num(env.HUIQI_MEMORY_BUDGET_MB, 2048) * 1024 * 1024,
    expensiveSlots: num(env.HUIQI_EXPENSIVE_SLOTS, 2),
  };
}

const RETRY_AFTER = { 'Retry-After': '10' };

/** The 503 answer of a request over budget, with what went over (for the log and the client). */
export function overBudget(what: 'time' | 'memory' | 'busy'): AppError {
  const message = {
    time: { zh: '请求处理时间超出预算，已停止；其他功能照常可用。请稍后重试，或缩小查询范围。', en: 'The request ran over its time budget and was stopped; everything else keeps working. Try again later, or narrow the request.' },
    memory: { zh: '服务器内存接近上限，此项耗费较大的计算已被拒绝；其他功能照常可用。请稍后重试。', en: 'The server is near its memory budget, so this expensive computation was refused; everything else keeps working. Try again later.' },
    busy: { zh: '同类耗时计算正在进行，等待超出时间预算；其他功能照常可用。请稍后重试。', en: 'Other expensive computations are running and the wait went over the time budget; everything else keeps working. Try again later.' },
  }[what];
  return new AppError('SERVER_OVER_BUDGET', { message, details: { budget: what }, headers: RETRY_AFTER });
}

/**
 * One request's budgets. Long computations call `checkpoint()` between slices of work: it yields
 * to the event loop (other users' requests run) and throws the 503 once the time or memory budget
 * is exceeded, so the work stops instead of the process dying. `expensive(fn)` runs `fn` in one of
 * the process's few slots for population-wide work.
 */
export class RequestBudget {
  expired = false;
  readonly deadline: number;

  constructor(private readonly guard: Guard, now = Date.now()) {
    this.deadline = now + guard.options.timeMs;
  }

  /** Milliseconds left (never negative). */
  get remainingMs(): number {
    return Math.max(0, this.deadline - Date.now());
  }

  /** Yields to the event loop, then throws 503 when the request ran out of time or the process out of memory. */
  async checkpoint(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve));
    if (this.expired || Date.now() >= this.deadline) throw overBudget('time');
    if (this.guard.memoryUsed() > this.guard.options.memoryBytes) throw overBudget('memory');
  }

  /** Refuses (503) before allocating `bytes` that would take the process over its memory budget. */
  reserve(bytes: number): void {
    if (this.guard.memoryUsed() + bytes > this.guard.options.memoryBytes) throw overBudget('memory');
  }

  /** Runs population-wide work in one of the process's expensive slots, waiting for one within the time budget. */
  async expensive<T>(fn: () => Promise<T>): Promise<T> {
    await this.guard.acquire(this);
    try {
      return await fn();
    } finally {
      this.guard.release();
    }
  }
}

/** The process-wide state of the guard: options, and the slots of expensive work. */
export class Guard {
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly options: GuardOptions, readonly memoryUsed: () => number = () => process.memoryUsage.rss()) {}

  async acquire(budget: RequestBudget): Promise<void> {
    while (this.running >= this.options.expensiveSlots) {
      if (budget.remainingMs === 0 || budget.expired) throw overBudget('busy');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(() => {
          const k = this.waiting.indexOf(wake);
          if (k >= 0) this.waiting.splice(k, 1);
          resolve();
        }, budget.remainingMs);
        const wake = () => {
          clearTimeout(timer);
          resolve();
        };
        this.waiting.push(wake);
      });
    }
    if (budget.expired || budget.remainingMs === 0) throw overBudget('busy');
    this.running++;
  }

  release(): void {
    this.running--;
    this.waiting.shift()?.();
  }
}

declare module 'fastify' {
  interface FastifyRequest {
    /** This request's time and memory budgets (request-guard.ts). */
    budget: RequestBudget;
  }
}

/**
 * Every request gets a time budget: when it runs out and nothing was answered yet, the watchdog
 * answers 503 (SERVER_OVER_BUDGET, bilingual) and marks the budget expired, so a cooperating
 * computation stops at its next checkpoint; the process keeps serving everyone else.
 */
export function installRequestGuard(app: FastifyInstance, options: GuardOptions = guardOptionsFromEnv(), memoryUsed?: () => number): Guard {
  const guard = new Guard(options, memoryUsed);
  app.decorateRequest('budget', null as unknown as RequestBudget);
  const timers = new WeakMap<object, NodeJS.Timeout>();
  app.addHook('onRequest', async (request, reply) => {
    const budget = new RequestBudget(guard);
    request.budget = budget;
    timers.set(request, setTimeout(() => {
      budget.expired = true;
      if (!reply.sent) {
        const e = overBudget('time');
        request.log.warn({ url: request.url }, 'request over its time budget: answered 503');
        for (const [k, v] of Object.entries(e.headers)) reply.header(k, v);
        void reply.status(e.statusCode).send(errorBody(e));
      }
    }, options.timeMs));
  });
  const stop = async (request: { budget?: RequestBudget }) => {
    const t = timers.get(request);
    if (t) clearTimeout(t);
  };
  app.addHook('onResponse', stop);
  app.addHook('onRequestAbort', stop);
  return guard;
}
