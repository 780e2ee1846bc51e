import { parentPort } from 'node:worker_threads';
import type { MatchJob } from './match-job';
import { runPartition } from './run-partition';

/** A matching worker thread: receives jobs, answers each with its partition outcome (codes transferred, not copied). */
if (!parentPort) throw new Error('worker-entry.ts runs as a worker thread');
const port = parentPort;
port.on('message', (job: MatchJob) => {
  try {
    const out = runPartition(job);
    port.postMessage({ ok: true, out }, [out.codes.buffer as ArrayBuffer]);
  } catch (e) {
    port.postMessage({ ok: false, job, error: e instanceof Error ? e.message : String(e) });
  }
});
