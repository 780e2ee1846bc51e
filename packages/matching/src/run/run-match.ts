import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { MatchJob } from './match-job';
import type { MatchSink, PartitionOutcome } from './match-sink';

export interface RunMatchOptions {
  sink: MatchSink;
  /** Worker threads; default one per core (os.availableParallelism()). */
  workers?: number;
  /** Called after each partition is written. */
  onPartition?: (p: PartitionOutcome) => void;
}

export interface RunMatchResult {
  partitions: number;
  /** Partitions skipped because the sink already had them (resume). */
  skipped: number;
  workers: number;
  /** Largest peak RSS reported by a worker (bytes); threads share the process, so this is the process peak. */
  workerMaxRssBytes: number;
  wallMs: number;
}

/**
 * Runs the jobs of one or more runs on a pool of worker threads: each worker takes the next job,
 * reads its own rows from the file, and returns its outcome; the main thread writes it to the
 * sink. Partitions the sink already holds are skipped, so an interrupted run resumes. A failed job
 * rejects the whole call with the worker's message (the queue would retry it).
 */
export async function runMatch(jobs: readonly MatchJob[], opts: RunMatchOptions): Promise<RunMatchResult> {
  const t0 = performance.now();
  const done = new Set<string>();
  for (const runId of new Set(jobs.map((j) => j.runId))) for (const r of await opts.sink.writtenRanges(runId)) done.add(`${runId}:${r.from}-${r.to}`);
  const todo = jobs.filter((j) => !done.has(`${j.runId}:${j.from}-${j.to}`));
  const count = Math.max(1, Math.min(opts.workers ?? availableParallelism(), todo.length || 1));
  let next = 0;
  let maxRss = 0;
  // The bootstrap registers the TypeScript loader inside the thread, then imports the entry.
  const bootstrap = new URL('./worker-bootstrap.mjs', import.meta.url);
  const entry = new URL('./worker-entry.ts', import.meta.url).href;
  const workers = Array.from({ length: Math.min(count, todo.length) }, () => new Worker(bootstrap, { workerData: { entry } }));
  try {
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            let writing = Promise.resolve();
            const feed = () => {
              const job = todo[next++];
              if (!job) {
                writing.then(resolve, reject);
                return;
              }
              w.postMessage(job);
            };
            w.on('message', (m: { ok: true; out: PartitionOutcome } | { ok: false; job: MatchJob; error: string }) => {
              if (!m.ok) {
                reject(new Error(`分区 ${m.job.from}–${m.job.to} 失败 / partition ${m.job.from}–${m.job.to} failed: ${m.error}`));
                return;
              }
              maxRss = Math.max(maxRss, m.out.maxRssBytes);
              writing = writing.then(() => opts.sink.writePartition(m.out)).then(() => opts.onPartition?.(m.out));
              feed();
            });
            w.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return { partitions: todo.length, skipped: jobs.length - todo.length, workers: workers.length, workerMaxRssBytes: maxRss, wallMs: performance.now() - t0 };
}
