import type { Queryable } from '../database';
import { JOB_COLUMNS, toJob, type JobRow } from './job-rows';
import type { Job, JobState } from './job-types';

export async function getJob(db: Queryable, id: number): Promise<Job | null> {
  const [row] = await db.query<JobRow>(`SELECT ${JOB_COLUMNS} FROM jobs WHERE id = $1`, [id]);
  return row ? toJob(row) : null;
}

/** Jobs of a queue, optionally in one state, oldest first (for operators and tests). */
export async function listJobs(db: Queryable, queue: string, options: { state?: JobState; limit?: number } = {}): Promise<Job[]> {
  const rows = await db.query<JobRow>(
    `SELECT ${JOB_COLUMNS} FROM jobs WHERE queue = $1 AND ($2::text IS NULL OR state = $2) ORDER BY id LIMIT $3`,
    [queue, options.state ?? null, options.limit ?? 1000],
  );
  return rows.map(toJob);
}
