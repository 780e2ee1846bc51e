/**
 * Every operation of the OpenAPI document, called as every principal with inputs derived from its
 * own schema — fitting ones and hostile ones (control characters, broken Unicode, impossible dates,
 * numbers where text belongs, a multipart body without boundary). Whatever comes in, the answer is
 * never a 5xx (except the guard's documented 503), every error has the documented shape, and a
 * refused request writes nothing (every write appends to the audit chain in its transaction).
 *
 * Budget: HUIQI_FUZZ_SAMPLES inputs per operation and principal (2 in the suite; a nightly-sized run:
 * `HUIQI_FUZZ_SAMPLES=50 npx vitest run packages/api/src/hardening/openapi-fuzz.test.ts`).
 * HUIQI_FUZZ_SEED repeats a run; a failure prints its seed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { createUser, DEMO_PASSWORD, type Database } from '@huiqi/db';
import { openMigratedPglite } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';
import { runFuzz, type FuzzFailure } from './fuzz-operations';

const SAMPLES = Number(process.env.HUIQI_FUZZ_SAMPLES ?? 2);
const SEED = Number(process.env.HUIQI_FUZZ_SEED ?? Date.now() % 1_000_000_007);

describe('every documented operation, as every principal, with schema-derived inputs', () => {
  let db: Database | undefined;
  const t = createTestApi(() => db!);
  let app: FastifyInstance;

  beforeAll(async () => {
    db = await openMigratedPglite();
    app = await t.start();
    for (const [username, role] of [['admin', 'ADMIN'], ['finance', 'SME_BUREAU_FINANCE']] as const) {
      const [exists] = await db.query('SELECT 1 FROM users WHERE username = $1', [username]);
      if (!exists) await db.transaction((tx) => createUser(tx, { username, displayName: username, role, jurisdiction: 'cn-gd-sz', password: DEMO_PASSWORD, isDemo: true }, null));
    }
  }, 180_000);
  afterAll(async () => {
    await t.stop();
    await db?.close();
  });

  it(`answers no 5xx, only documented errors, and writes nothing when it refuses (seed ${SEED})`, async () => {
    const principals = ['enterprise', 'bureau', 'dept-miit', 'dept-futian', 'bank', 'auditor', 'admin', 'finance'];
    const cookies: Record<string, string> = {};
    for (const p of principals) cookies[p] = await t.cookie(p);
    const report = await runFuzz({ app, db: db!, cookies, samples: SAMPLES, seed: SEED });
    const shown = (f: FuzzFailure) => `${f.operation} as ${f.principal}: ${f.problem} — ${f.status} ${f.body.slice(0, 300)}\n   input: ${f.input.slice(0, 300)}`;
    console.info(`fuzz: ${report.operations} operations × ${principals.length + 1} callers × ${SAMPLES} inputs = ${report.requests} requests, ${report.failures.length} failures (seed ${SEED})`);
    expect(report.requests).toBeGreaterThan(report.operations * principals.length);
    expect(report.failures.map(shown), `seed ${SEED}; ${report.operations} operations, ${report.requests} requests`).toEqual([]);
  }, 600_000);
});
