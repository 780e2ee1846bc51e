import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { enqueue, getJob, listSchedules, openDatabase } from '@huiqi/db';
import { startServer } from '../index';

const temp = mkdtempSync(join(tmpdir(), 'huiqi-server-jobs-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const base = { PORT: 0, HOST: '127.0.0.1', HUIQI_DEMO: false, NODE_ENV: 'test' as const, DATABASE_URL: '' as unknown as undefined };

describe('startServer with background jobs', () => {
  it('starts the job runner after the API (registry schedules stored) and stops it on close', async () => {
    const server = await startServer({ ...base, HUIQI_DATA_DIR: join(temp, 'on') });
    let closed = false;
    try {
      expect(server.jobs).not.toBeNull();
      expect(server.env.HUIQI_JOBS).toBe(true);
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
      await server.close();
      closed = true;
      expect(server.jobs!.inFlight).toBe(0);
    } finally {
      if (!closed) await server.close();
    }
    // reopen the folder (one process owns it) and look at what the runner stored
    const db = await openDatabase({ dataDir: join(temp, 'on') });
    try {
      const schedules = await listSchedules(db);
      expect(schedules.map((s) => [s.queue, s.dailyAt, s.timeZone])).toContainEqual(['jobs.purge-succeeded', '03:30', 'Asia/Shanghai']);
      const { id } = await enqueue(db, { queue: 'jobs.purge-succeeded', payload: {} });
      expect((await getJob(db, id))!.state).toBe('QUEUED');
    } finally {
      await db.close();
    }
    // a restarted server runs what is due
    const again = await startServer({ ...base, HUIQI_DATA_DIR: join(temp, 'on') });
    try {
      await again.jobs!.drain();
    } finally {
      await again.close();
    }
    const check = await openDatabase({ dataDir: join(temp, 'on') });
    try {
      const rows = await check.query<{ state: string }>(`SELECT state FROM jobs WHERE queue = 'jobs.purge-succeeded'`);
      expect(rows.map((r) => r.state)).toEqual(['SUCCEEDED']);
    } finally {
      await check.close();
    }
  }, 60_000);

  it('runs no job runner with HUIQI_JOBS=0', async () => {
    const server = await startServer({ ...base, HUIQI_DATA_DIR: join(temp, 'off'), HUIQI_JOBS: false });
    try {
      expect(server.jobs).toBeNull();
      expect(server.env.HUIQI_JOBS).toBe(false);
    } finally {
      await server.close();
    }
  }, 60_000);
});
