import { describe, expect, it } from 'vitest';
import { normaliseSpec, QUEUE_NAME_PATTERN, type Database, type JobModule } from '@huiqi/db';
import { JOB_MODULES } from './job-handlers';
import { collectJobModules } from './start-job-runner';

const noop = async () => {};
// factories only close over the database; building them must not touch it
const unusedDb = new Proxy({}, { get: () => { throw new Error('a job module factory used the database while being built'); } }) as Database;

describe('the job registry (job-handlers.ts)', () => {
  const modules = JOB_MODULES.map((factory) => factory({ db: unusedDb }));

  it('has unique module ids, queue names <module>.<task> owned by one module, and a handler for every schedule', () => {
    const ids = modules.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const { problems, handlers } = collectJobModules(modules);
    expect(problems).toEqual([]);
    for (const queue of Object.keys(handlers)) expect(queue).toMatch(QUEUE_NAME_PATTERN);
  });

  it('has valid schedule timings', () => {
    for (const m of modules) for (const s of m.schedules ?? []) expect(() => normaliseSpec(s.spec)).not.toThrow();
  });

  it('includes the queue housekeeping (succeeded jobs purged nightly)', () => {
    const jobs = modules.find((m) => m.id === 'jobs');
    expect(jobs?.schedules).toEqual([{ queue: 'jobs.purge-succeeded', spec: { dailyAt: '03:30', timeZone: 'Asia/Shanghai' } }]);
  });
});

describe('collectJobModules', () => {
  it('names a queue claimed by two modules and a schedule without a handler', () => {
    const a: JobModule = { id: 'a', handlers: { 'shared.task': noop } };
    const b: JobModule = { id: 'b', handlers: { 'shared.task': noop }, schedules: [{ queue: 'b.nightly', spec: { dailyAt: '01:00' } }] };
    expect(collectJobModules([a, b]).problems).toEqual([
      'queue shared.task has handlers in modules a and b',
      'module b schedules b.nightly but has no handler for it',
    ]);
  });
});
