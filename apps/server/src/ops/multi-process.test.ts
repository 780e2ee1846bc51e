/**
 * Several processes against one PostgreSQL: two API processes on different ports (no job runner)
 * and two job workers (`huiqi jobs work`). A user signs in through one API and continues through
 * the other; appeals are submitted and policies published through both; every notice, delivery and
 * scheduled job (a due deadline-sweep slot seen by both workers) exists exactly once, none dead.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from '@huiqi/db';
import { freePort, logInCookie, postAppeal, spawnServer, type ServerProcess } from '../../../../packages/api/src/appeals/testing/server-process';
import { REPO_ROOT } from '../repo-root';
import { ensurePostgresDatabase, withDatabase } from './ensure-database';

const pgUrl = process.env.TEST_DATABASE_URL;
const name = `huiqi_multi_${randomBytes(4).toString('hex')}`;
const servers: ServerProcess[] = [];
const workers: ChildProcess[] = [];

afterAll(async () => {
  await Promise.all(servers.map((s) => s.kill('SIGTERM')));
  await Promise.all(workers.map((w) => (w.exitCode === null && w.signalCode === null ? new Promise((r) => { w.once('exit', r); w.kill('SIGTERM'); }) : undefined)));
  if (!pgUrl) return;
  const admin = await openDatabase({ url: withDatabase(pgUrl, 'postgres') });
  await admin.exec(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`).finally(() => admin.close());
}, 120_000);

function startWorker(url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, [process.env.HUIQI_CLI_BUNDLE ?? 'apps/cli/bin/huiqi.js', 'jobs', 'work', '--concurrency', '4'], { cwd: REPO_ROOT, env: { ...process.env, DATABASE_URL: url, NODE_ENV: 'test' }, stdio: ['ignore', 'pipe', 'pipe'] });
  workers.push(child);
  let log = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (c: Buffer) => {
      log += c.toString();
      if (/worker \S+ running on postgres/.test(log)) resolve(child);
    });
    child.once('exit', (code) => reject(new Error(`worker exited with ${code}:\n${log}`)));
  });
}

const draftBody = (key: string) => ({
  titleZh: `小微企业研发补助 ${key}`, titleEn: `R&D grant ${key}`, summaryZh: '营业收入1000万元以下的企业', summaryEn: 'Enterprises with revenue up to 10M yuan',
  effectiveFrom: '2026-01-01', effectiveUntil: '2027-12-31', channel: 'ONLINE_APPLICATION', topics: ['RND'], policyKey: `multi-${key}`,
  conditions: [{ id: 'revenue', labelZh: '营业收入不超过1000万元', labelEn: 'Revenue at most 10M yuan', when: 'revenue <= wan_yuan(1000)', cite: 'cn/law/sme-promotion#art_2' }],
});

async function call(base: string, cookie: string, method: string, path: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> {
  const res = await fetch(`${base}${path}`, { method, headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

async function until<T>(what: string, probe: () => Promise<{ done: boolean; state: T }>, timeoutMs = 240_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { done, state } = await probe();
    if (done) return state;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}: ${JSON.stringify(state)}`);
    await new Promise((r) => setTimeout(r, 500)); // polling the database for a state the workers produce
  }
}

describe.skipIf(!pgUrl)('two API processes and two job workers on one PostgreSQL', () => {
  it('share sessions, appeals, publications and jobs, each job done exactly once', async () => {
    const url = withDatabase(pgUrl!, name);
    await ensurePostgresDatabase(url);
    const env = { DATABASE_URL: url, HUIQI_DEMO: '1', HUIQI_JOBS: '0', HUIQI_WEB_DIST: '/nonexistent' };
    const a = await spawnServer({ port: await freePort(), env, readyTimeoutMs: 300_000 });
    servers.push(a);
    const b = await spawnServer({ port: await freePort(), env, readyTimeoutMs: 300_000 });
    servers.push(b);
    await Promise.all([startWorker(url), startWorker(url)]);

    // Signed in through A, continuing through B (the session lives in the shared database).
    const enterprise = await logInCookie(a.baseUrl, 'enterprise');
    const me = await call(b.baseUrl, enterprise, 'GET', '/api/me');
    expect(me.status).toBe(200);
    expect(JSON.stringify(me.json)).toContain('enterprise');

    const tracking: string[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await postAppeal(i % 2 === 0 ? a.baseUrl : b.baseUrl, enterprise, `multi-${name}-${i}`, 60_000);
      expect([200, 201]).toContain(r.status);
      tracking.push(r.trackingNumber!);
    }
    expect(new Set(tracking).size).toBe(6);
    // The same idempotency key through the other process is the same appeal.
    const again = await postAppeal(b.baseUrl, enterprise, `multi-${name}-0`, 60_000);
    expect(again.trackingNumber).toBe(tracking[0]);

    const miit = await logInCookie(b.baseUrl, 'dept-miit');
    const bureau = await logInCookie(a.baseUrl, 'bureau');
    const drafts: string[] = [];
    for (const [write, review] of [[a, b], [b, a]] as const) {
      const d = await call(write.baseUrl, miit, 'POST', '/api/publication/drafts', draftBody(`${drafts.length}-${name.slice(-8)}`));
      expect(d.status, JSON.stringify(d.json)).toBe(201);
      const id = String(d.json.id);
      expect((await call(review.baseUrl, miit, 'POST', `/api/publication/drafts/${id}/submit`)).status).toBe(200);
      expect((await call(write.baseUrl, bureau, 'POST', `/api/publication/drafts/${id}/publish`)).status).toBe(200);
      drafts.push(id);
    }

    const db: Database = await openDatabase({ url });
    try {
      // Make the deadline sweep's schedule due now: both workers see it, one job must result.
      // (next_run_at back to the start of the current 15-minute slot, which is then due.)
      await db.query("UPDATE job_schedules SET next_run_at = to_timestamp(floor(extract(epoch FROM now()) / every_seconds) * every_seconds) WHERE queue = 'appeals.deadline-sweep'");
      await until('the workers to finish the publications and the sweep', async () => {
        const [r] = await db.query<{ open: number; notified: number; swept: number; jobs: unknown; schedule: unknown }>(
          `SELECT (SELECT count(*)::int FROM jobs WHERE state IN ('QUEUED', 'RUNNING') AND run_at <= now()) AS open,
                  (SELECT count(DISTINCT draft_id)::int FROM policy_notices WHERE draft_id = ANY ($1)) AS notified,
                  (SELECT count(*)::int FROM jobs WHERE queue = 'appeals.deadline-sweep' AND state = 'SUCCEEDED') AS swept,
                  (SELECT jsonb_agg(jsonb_build_object('q', queue, 's', state, 'run', run_at, 'err', left(last_error, 200))) FROM jobs) AS jobs,
                  (SELECT jsonb_agg(to_jsonb(s)) FROM job_schedules s) AS schedule`,
          [drafts],
        );
        return { done: r!.open === 0 && r!.notified === drafts.length && r!.swept > 0, state: r };
      });
      const dupNotices = await db.query('SELECT uscc, draft_id FROM policy_notices GROUP BY 1, 2 HAVING count(*) > 1');
      expect(dupNotices).toEqual([]);
      const dupDeliveries = await db.query('SELECT notice_id, channel FROM notice_deliveries GROUP BY 1, 2 HAVING count(*) > 1');
      expect(dupDeliveries).toEqual([]);
      const dupJobs = await db.query("SELECT queue, singleton_key FROM jobs WHERE singleton_key IS NOT NULL GROUP BY 1, 2 HAVING count(*) > 1");
      expect(dupJobs).toEqual([]);
      const dead = await db.query("SELECT queue, last_error FROM jobs WHERE state = 'DEAD'");
      expect(dead).toEqual([]);
      const sweeps = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM jobs WHERE queue = 'appeals.deadline-sweep' AND state = 'SUCCEEDED'");
      expect(sweeps[0]!.n).toBe(1); // one due slot, two workers: one job
      process.stdout.write(`multi-process: ${tracking.length} appeals, ${drafts.length} publications through two APIs, jobs by two workers\n`);
      const [cases] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM appeal_cases WHERE tracking_number = ANY ($1)', [tracking]);
      expect(cases!.n).toBe(6);
    } finally {
      await db.close();
    }
  }, 900_000);
});
