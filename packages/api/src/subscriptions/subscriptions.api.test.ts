import { afterAll, beforeAll, expect, it } from 'vitest';
import { createEnterprise, insertNotices, listAuditEvents } from '@huiqi/db';
import { describeEachEngine, fakeUscc, profileFixture } from '@huiqi/db/testing';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

const E = DEMO_ENTERPRISE_USCC;
const url = `/api/enterprises/${E}/subscription`;

describeEachEngine('subscriptions API', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  const as = async (user: string) => ({ cookie: await t.cookie(user) });

  it('gives the defaults, saves the enterprise\'s preferences (audited), and shows them to the bureau and auditors read-only', async () => {
    const before = await t.app.inject({ method: 'GET', url, headers: await as('enterprise') });
    expect(before.statusCode).toBe(200);
    expect(before.json()).toEqual({ subscription: { uscc: E, topics: [], channels: [], quietHours: null, updatedAt: null }, canEdit: true });

    const payload = {
      topics: ['DIGITAL'],
      channels: [{ channel: 'EMAIL', address: 'finance@pengcheng.example.cn' }, { channel: 'WEBHOOK', address: 'http://127.0.0.1:9/hook' }],
      quietHours: { from: '22:00', until: '07:00' },
    };
    const saved = await t.app.inject({ method: 'PUT', url, headers: await as('enterprise'), payload });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json().subscription).toMatchObject({
      topics: ['DIGITAL'], quietHours: { from: '22:00', until: '07:00' },
      channels: [{ channel: 'WEBHOOK', address: 'http://127.0.0.1:9/hook' }, { channel: 'EMAIL', address: 'finance@pengcheng.example.cn' }],
    });
    const events = await listAuditEvents(getDb(), { page: 1, pageSize: 5, type: 'NOTICE_SUBSCRIPTION_UPDATED', subject: E });
    expect(events.items[0]).toMatchObject({ actor: { username: 'enterprise' }, payload: { channels: ['WEBHOOK', 'EMAIL'], quietHours: '22:00-07:00' } });

    for (const reader of ['bureau', 'auditor']) {
      const read = await t.app.inject({ method: 'GET', url, headers: await as(reader) });
      expect(read.json()).toMatchObject({ subscription: { topics: ['DIGITAL'] }, canEdit: false });
      expect((await t.app.inject({ method: 'PUT', url, headers: await as(reader), payload })).statusCode).toBe(403);
    }
  });

  it('refuses invalid preferences with 400 and zh/en messages naming the field', async () => {
    const res = await t.app.inject({
      method: 'PUT', url, headers: await as('enterprise'),
      payload: { topics: [], channels: [{ channel: 'SMS', address: '1380013800' }], quietHours: { from: '7:00', until: '08:00' } },
    });
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.issues.map((i: { path: string }) => i.path).sort()).toEqual(['channels.0.address', 'quietHours.from']);
    expect(error.message.zh).toMatch(/^请求体不符合要求：字段「(channels\.0\.address|quietHours\.from)」/);
    expect(error.message.en).toMatch(/^Invalid request body: field '(channels\.0\.address|quietHours\.from)'/);
  });

  it('keeps other enterprises\' users and other roles out', async () => {
    const other = { uscc: fakeUscc() };
    await getDb().transaction((tx) => createEnterprise(tx, other.uscc, profileFixture(), null));
    const res = await t.app.inject({ method: 'GET', url: `/api/enterprises/${other.uscc}/subscription`, headers: await as('enterprise') });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.message.zh).toBe('只能查看本企业的订阅设置');
    expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${other.uscc}/subscription`, headers: await as('bureau') })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/enterprises/91440300MA5FFFFF0X/subscription', headers: await as('bureau') })).statusCode).toBeGreaterThanOrEqual(400);
    for (const role of ['dept-miit', 'dept-futian', 'bank']) expect((await t.app.inject({ method: 'GET', url, headers: await as(role) })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url })).statusCode).toBe(401);
  });

  it('lists the enterprise\'s deliveries newest first', async () => {
    const db = getDb();
    const [draft] = await db.query<{ id: string }>("SELECT id FROM policy_drafts WHERE status = 'PUBLISHED' LIMIT 1");
    let draftId = draft?.id;
    if (!draftId) {
      const [u] = await db.query<{ id: string }>("SELECT id FROM users WHERE username = 'dept-miit'");
      const [b] = await db.query<{ id: string }>("SELECT id FROM users WHERE username = 'bureau'");
      draftId = 'subscriptions-api-test';
      await db.query(
        `INSERT INTO policy_drafts (id, policy_key, version, title_zh, title_en, summary_zh, summary_en, department_id, jurisdiction, effective_from, channel, topics, conditions, status, author_user_id, published_by_user_id, published_at, created_at, updated_at)
         VALUES ($1, 'subscriptions-api-test', 1, '测试政策', 'Test policy', '', '', 'dept-miit', 'cn-gd-sz', '2025-01-01', 'INFORMATION_ONLY', '{DIGITAL}', '[]'::jsonb, 'PUBLISHED', $2, $3, now(), now(), now())`,
        [draftId, u!.id, b!.id],
      );
    }
    await db.transaction((tx) => insertNotices(tx, draftId, [{ uscc: E, kind: 'ELIGIBLE', missing: [] }]));
    const [notice] = await db.query<{ id: number }>('SELECT id FROM policy_notices WHERE uscc = $1 AND draft_id = $2', [E, draftId]);
    await db.query(
      `INSERT INTO notice_deliveries (notice_id, uscc, channel, address, status, attempts, last_error, next_attempt_at, created_at, updated_at)
       VALUES ($1, $2, 'EMAIL', 'finance@pengcheng.example.cn', 'PENDING', 2, 'HTTP 503', now(), now(), now())`,
      [notice!.id, E],
    );
    const res = await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/deliveries`, headers: await as('enterprise') });
    expect(res.statusCode).toBe(200);
    expect(res.json().items[0]).toMatchObject({ noticeId: notice!.id, channel: 'EMAIL', status: 'PENDING', attempts: 2, lastError: 'HTTP 503' });
    expect((await t.app.inject({ method: 'GET', url: `/api/enterprises/${E}/deliveries`, headers: await as('dept-miit') })).statusCode).toBe(403);
  });
});
