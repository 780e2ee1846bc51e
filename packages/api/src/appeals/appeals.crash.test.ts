/**
 * Crash test: the real server in a child process, submissions streamed at it by 20 concurrent
 * clients, SIGKILL in the middle of the stream, restart on the same data. Every submission that
 * got a tracking number must be there exactly once with that number, and retrying every key —
 * acknowledged, in flight or never answered — must not duplicate anything.
 * Runs on PGlite (a data folder) always and on PostgreSQL when TEST_DATABASE_URL is set.
 */
import { describe, expect, it } from 'vitest';
import { verifyAuditChain } from '@huiqi/db';
import { closeCrashDatabase, crashEngines, type CrashEngine as Engine } from '../testing/crash-engines';
import { freePort, logInCookie, postAppeal, spawnServer, type ServerProcess } from './testing/server-process';

const CONCURRENCY = 20;
/** SIGKILL once this many submissions were acknowledged (the stream goes on until the kill). */
const KILL_AFTER_ACKS = 60;
const LIMIT_MS = 300_000;

async function runCrash(engine: Engine) {
  const port = await freePort();
  const env = { ...engine.env, HUIQI_DEMO: '1' };
  let server: ServerProcess = await spawnServer({ port, env });
  const run = Math.random().toString(36).slice(2, 8);
  const attempted: string[] = [];
  const acked = new Map<string, string>();
  let failures = 0;
  let killedAt = 0;
  try {
    const cookie = await logInCookie(server.baseUrl, 'enterprise');
    let next = 0;
    let stop = false;
    const worker = async () => {
      while (!stop) {
        const key = `crash-${run}-${String(next++).padStart(5, '0')}`;
        attempted.push(key);
        try {
          const r = await postAppeal(server.baseUrl, cookie, key, 10_000);
          if ((r.status === 201 || r.status === 200) && r.trackingNumber) acked.set(key, r.trackingNumber);
          else failures++;
        } catch {
          failures++; // the connection died with the server: the outcome of this key is unknown
          return;
        }
      }
    };
    const workers = Array.from({ length: CONCURRENCY }, worker);
    const deadline = Date.now() + 120_000;
    while (acked.size < KILL_AFTER_ACKS && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    killedAt = acked.size;
    await server.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    const ackedBeforeKill = new Map(acked);

    server = await spawnServer({ port, env });
    // The session survived the crash too (sessions live in the database).
    const retried = await Promise.all(
      Array.from({ length: CONCURRENCY }, async (_, w) => {
        const out: { key: string; status: number; trackingNumber: string | null }[] = [];
        for (let i = w; i < attempted.length; i += CONCURRENCY) {
          const key = attempted[i]!;
          const r = await postAppeal(server.baseUrl, cookie, key);
          out.push({ key, status: r.status, trackingNumber: r.trackingNumber });
        }
        return out;
      }),
    ).then((x) => x.flat());
    await server.kill('SIGTERM');

    const db = await engine.open();
    try {
      const rows = await db.query<{ idempotency_key: string; tracking_number: string; actions: number }>(
        `SELECT c.idempotency_key, c.tracking_number, (SELECT count(*) FROM appeal_actions a WHERE a.case_id = c.case_id) AS actions
         FROM appeal_cases c WHERE c.idempotency_key LIKE $1`,
        [`crash-${run}-%`],
      );
      const chain = await verifyAuditChain(db);
      return { attempted, ackedBeforeKill, killedAt, failures, retried, rows, chain };
    } finally {
      await closeCrashDatabase(engine, db);
    }
  } finally {
    await server.kill('SIGKILL').catch(() => undefined);
  }
}

describe.each(crashEngines())('appeals crash test on %s', (name, make) => {
  it(`keeps every acknowledged submission exactly once across a SIGKILL (${CONCURRENCY} concurrent clients)`, async () => {
    const engine = await make();
    try {
      const started = Date.now();
      const r = await runCrash(engine);
      const byKey = new Map(r.rows.map((x) => [x.idempotency_key, x]));
      // every acknowledged submission is there, with the tracking number the client was given
      for (const [key, tn] of r.ackedBeforeKill) expect(byKey.get(key)?.tracking_number, key).toBe(tn);
      // retrying every key found the acknowledged ones as duplicates and created the lost ones once
      for (const x of r.retried) {
        expect([200, 201], x.key).toContain(x.status);
        const before = r.ackedBeforeKill.get(x.key);
        if (before) {
          expect(x.status, x.key).toBe(200);
          expect(x.trackingNumber).toBe(before);
        }
        expect(byKey.get(x.key)?.tracking_number, x.key).toBe(x.trackingNumber);
      }
      // exactly once: one case per key, one action per case, no tracking number twice
      expect(r.rows.length).toBe(new Set(r.attempted).size);
      expect(new Set(r.rows.map((x) => x.tracking_number)).size).toBe(r.rows.length);
      expect(r.rows.every((x) => x.actions === 1)).toBe(true);
      expect(r.chain.ok).toBe(true);
      expect(r.ackedBeforeKill.size).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
      const inFlight = r.retried.filter((x) => !r.ackedBeforeKill.has(x.key));
      process.stdout.write(
        `crash test (${name}): ${r.ackedBeforeKill.size} acknowledged before SIGKILL, ${inFlight.length} unanswered/in flight ` +
          `(${inFlight.filter((x) => x.status === 200).length} had committed, ${inFlight.filter((x) => x.status === 201).length} created on retry), ` +
          `${r.rows.length} cases for ${r.attempted.length} keys, audit chain ok, ${Math.round((Date.now() - started) / 1000)} s\n`,
      );
    } finally {
      await engine.cleanUp();
    }
  }, LIMIT_MS);
});
