import { listSchedules, schedule, type Database, type JobHandler, type JobModule, type JobModuleFactory } from '@huiqi/db';
import { createJobRunner, type JobRunner, type JobRunnerOptions } from './create-job-runner';
import { JOB_MODULES } from './job-handlers';

/** Collects the handlers of the registered modules; a queue claimed by two modules is a programming error. */
export function collectJobModules(modules: readonly JobModule[]): { handlers: Record<string, JobHandler<never>>; problems: string[] } {
  const handlers: Record<string, JobHandler<never>> = {};
  const owner = new Map<string, string>();
  const problems: string[] = [];
  for (const m of modules) {
    for (const [queue, handler] of Object.entries(m.handlers)) {
      const other = owner.get(queue);
      if (other) problems.push(`queue ${queue} has handlers in modules ${other} and ${m.id}`);
      owner.set(queue, m.id);
      handlers[queue] = handler;
    }
    for (const s of m.schedules ?? []) {
      if (!m.handlers[s.queue]) problems.push(`module ${m.id} schedules ${s.queue} but has no handler for it`);
    }
  }
  return { handlers, problems };
}

/**
 * Builds the registered job modules on `db`, stores their schedules (idempotent; unchanged timing
 * keeps its next slot) and starts a runner (`isLooping: false`: not started, for `drain()`).
 * The caller stops it before closing the database.
 */
export async function startJobRunner(
  db: Database,
  options: JobRunnerOptions & { modules?: readonly JobModuleFactory[]; isLooping?: boolean } = {},
): Promise<JobRunner> {
  const { modules: factories = JOB_MODULES, isLooping = true, ...runnerOptions } = options;
  const modules = factories.map((f) => f({ db }));
  const { handlers, problems } = collectJobModules(modules);
  if (problems.length > 0) throw new Error(`任务注册表有误 Invalid job registry:\n  ${problems.join('\n  ')}`);
  const now = (runnerOptions.clock ?? (() => new Date()))();
  for (const m of modules) for (const s of m.schedules ?? []) await schedule(db, s, now);
  const orphans = (await listSchedules(db)).filter((s) => !handlers[s.queue]).map((s) => s.queue);
  if (orphans.length > 0) {
    runnerOptions.logger?.warn({ queues: orphans }, '这些定时任务没有处理程序，其任务将等待 / schedules without a handler here: their jobs wait');
  }
  const runner = createJobRunner(db, handlers, runnerOptions);
  if (isLooping) runner.start();
  return runner;
}
