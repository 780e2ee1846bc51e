import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { installErrorHandling } from '../errors/error-handler';
import { createTestApi } from '../testing/test-api';
import { guardOptionsFromEnv, installRequestGuard, type GuardOptions } from './request-guard';

/** A server with the guard, an endless population-wide computation that cooperates with its budget, and a cheap page. */
async function server(options: GuardOptions, memoryUsed?: () => number): Promise<{ app: FastifyInstance; url: string; slices: () => number }> {
  const app = Fastify({ logger: false });
  installErrorHandling(app);
  installRequestGuard(app, options, memoryUsed);
  let slices = 0;
  app.get('/api/expensive', async (request) =>
    request.budget.expensive(async () => {
      for (;;) {
        // A slice of work (~5 ms of one core), then the checkpoint: yield, and stop when over budget.
        const until = Date.now() + 5;
        while (Date.now() < until);
        slices++;
        await request.budget.checkpoint();
      }
    }));
  app.get('/api/cheap', async () => ({ ok: true }));
  // Waiting on something that does not check the budget (a slow query, say): the watchdog answers.
  app.get('/api/stuck', async () => {
    await new Promise((r) => setTimeout(r, 3_000));
    return { ok: true };
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return { app, url, slices: () => slices };
}

describe('request guard', () => {
  let app: FastifyInstance | null = null;
  afterEach(async () => {
    await app?.close();
    app = null;
  });

  it('refuses an expensive request over its time budget with a bilingual 503 while the server keeps serving other users', async () => {
    const s = await server({ timeMs: 800, memoryBytes: 64 * 2 ** 30, expensiveSlots: 1 });
    app = s.app;
    const started = Date.now();
    const expensive = fetch(`${s.url}/api/expensive`).then(async (r) => ({ status: r.status, retry: r.headers.get('retry-after'), body: await r.json(), at: Date.now() }));
    let settled = false;
    void expensive.finally(() => {
      settled = true;
    });
    // Other users while it runs: each answered while the expensive request is still being computed.
    const cheap: { status: number; ms: number }[] = [];
    while (!settled) {
      const t0 = Date.now();
      const r = await fetch(`${s.url}/api/cheap`);
      await r.arrayBuffer();
      if (!settled) cheap.push({ status: r.status, ms: Date.now() - t0 });
    }
    const e = await expensive;
    expect(e.status).toBe(503);
    expect(e.retry).toBe('10');
    expect(e.body.error.code).toBe('SERVER_OVER_BUDGET');
    expect(e.body.error.message.zh).toMatch(/时间超出预算/);
    expect(e.body.error.message.en).toMatch(/time budget/);
    expect(e.at - started).toBeGreaterThanOrEqual(800);
    expect(e.at - started).toBeLessThan(5_000);
    expect(cheap.length).toBeGreaterThanOrEqual(5);
    expect(cheap.every((c) => c.status === 200)).toBe(true);
    expect(s.slices()).toBeGreaterThan(10);
    // The computation stopped at its next checkpoint: no more slices after the refusal.
    const after = s.slices();
    await new Promise((r) => setTimeout(r, 100));
    expect(s.slices()).toBe(after);
    // And the server still serves.
    expect((await fetch(`${s.url}/api/cheap`)).status).toBe(200);
  }, 30_000);

  it('refuses expensive work when the process is over its memory budget; cheap pages are not affected', async () => {
    let used = 100;
    const s = await server({ timeMs: 10_000, memoryBytes: 1000, expensiveSlots: 1 }, () => used);
    app = s.app;
    used = 5000;
    const r = await fetch(`${s.url}/api/expensive`);
    expect(r.status).toBe(503);
    const body = await r.json();
    expect(body.error).toMatchObject({ code: 'SERVER_OVER_BUDGET', details: { budget: 'memory' } });
    expect(body.error.message.zh).toMatch(/内存/);
    expect((await fetch(`${s.url}/api/cheap`)).status).toBe(200);
  });

  it('lets a second expensive request wait for a slot and refuses it when the wait passes its budget', async () => {
    const s = await server({ timeMs: 600, memoryBytes: 64 * 2 ** 30, expensiveSlots: 1 });
    app = s.app;
    const first = fetch(`${s.url}/api/expensive`);
    await new Promise((r) => setTimeout(r, 50));
    const second = await fetch(`${s.url}/api/expensive`);
    expect(second.status).toBe(503);
    expect((await second.json()).error.code).toBe('SERVER_OVER_BUDGET');
    expect((await first).status).toBe(503);
  }, 30_000);

  it('answers 503 when the time budget runs out even if the handler never checks it', async () => {
    const s = await server({ timeMs: 300, memoryBytes: 64 * 2 ** 30, expensiveSlots: 1 });
    app = s.app;
    const t0 = Date.now();
    const r = await fetch(`${s.url}/api/stuck`);
    expect(r.status).toBe(503);
    expect((await r.json()).error).toMatchObject({ code: 'SERVER_OVER_BUDGET', details: { budget: 'time' } });
    expect(Date.now() - t0).toBeLessThan(2_500);
    expect((await fetch(`${s.url}/api/cheap`)).status).toBe(200);
  }, 30_000);

  it('reads its budgets from the environment, with defaults', () => {
    expect(guardOptionsFromEnv({})).toEqual({ timeMs: 30_000, memoryBytes: 2048 * 2 ** 20, expensiveSlots: 2 });
    expect(guardOptionsFromEnv({ HUIQI_REQUEST_TIME_MS: '5000', HUIQI_MEMORY_BUDGET_MB: '512', HUIQI_EXPENSIVE_SLOTS: 'x' })).toEqual({ timeMs: 5000, memoryBytes: 512 * 2 ** 20, expensiveSlots: 2 });
  });
});

describeEachEngine('request guard in the API: 覆盖面预览 over the memory budget', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(async () => {
    // The budget is read when the API is built: 1 MB, so any population-wide work is refused.
    const saved = process.env.HUIQI_MEMORY_BUDGET_MB;
    process.env.HUIQI_MEMORY_BUDGET_MB = '1';
    await t.start();
    if (saved === undefined) delete process.env.HUIQI_MEMORY_BUDGET_MB;
    else process.env.HUIQI_MEMORY_BUDGET_MB = saved;
  });
  afterAll(() => t.stop());

  it('answers the preview 503 with a bilingual message, and the other users\' pages 200 at the same time', async () => {
    const cookie = await t.cookie('dept-miit');
    const created = await t.app.inject({
      method: 'POST', url: '/api/publication/drafts', headers: { cookie },
      payload: {
        titleZh: '研发补助', titleEn: 'R&D grant', summaryZh: '测试', summaryEn: 'test', effectiveFrom: '2026-01-01', effectiveUntil: null, channel: 'ONLINE_APPLICATION', topics: ['RND'],
        conditions: [{ id: 'staff', labelZh: '从业人员不少于5人', labelEn: 'At least 5 employees', when: 'employees >= 5', cite: 'cn/law/sme-promotion#art_2' }],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const enterprise = await t.cookie('enterprise');
    const [preview, ...others] = await Promise.all([
      t.app.inject({ method: 'POST', url: `/api/publication/drafts/${created.json().id}/preview`, headers: { cookie }, payload: {} }),
      t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } }),
      t.app.inject({ method: 'GET', url: '/api/publication/drafts', headers: { cookie } }),
      t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie: enterprise } }),
    ]);
    expect(preview!.statusCode, preview!.body).toBe(503);
    expect(preview!.json().error).toMatchObject({ code: 'SERVER_OVER_BUDGET', details: { budget: 'memory' } });
    expect(preview!.headers['retry-after']).toBe('10');
    for (const o of others) expect(o.statusCode, o.body).toBe(200);
  });
});
