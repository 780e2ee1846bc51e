import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi, DEMO_ENTERPRISE_USCC } from '../testing/test-api';

describeEachEngine('API: departments and the audit log', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());
  const get = async (user: string, url: string) => t.app.inject({ method: 'GET', url, headers: { cookie: await t.cookie(user) } });

  it('lists the departments with the SME bureau first', async () => {
    const list = (await get('dept-commerce', '/api/departments')).json();
    expect(list[0]).toEqual({ id: 'dept-sme', name: { zh: '市中小企业服务局', en: 'Shenzhen SME Service Bureau' }, jurisdiction: 'cn-gd-sz', isSmeBureau: true });
    expect(list.map((d: { id: string }) => d.id).sort()).toEqual(['dept-commerce', 'dept-futian', 'dept-miit', 'dept-sme']);
    expect(list.find((d: { id: string }) => d.id === 'dept-futian').jurisdiction).toBe('cn-gd-sz-futian');
  });

  it('shows a department with its officers to its own officers, and refuses other departments', async () => {
    const own = await get('dept-commerce', '/api/departments/dept-commerce');
    expect(own.statusCode).toBe(200);
    expect(own.json()).toMatchObject({ department: { id: 'dept-commerce', name: { zh: '市商务局' } }, officers: [{ username: 'dept-commerce', role: 'DEPARTMENT' }] });
    const other = await get('dept-commerce', '/api/departments/dept-miit');
    expect(other.statusCode).toBe(403);
    expect(other.json().error).toEqual({ code: 'FORBIDDEN', message: { zh: '只能查看本部门的信息', en: 'You can see only your own department' } });
    expect((await get('bureau', '/api/departments/dept-miit')).json().officers.map((o: { username: string }) => o.username)).toEqual(['dept-miit']);
    const missing = await get('auditor', '/api/departments/dept-nowhere');
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('DEPARTMENT_NOT_FOUND');
    expect((await get('auditor', '/api/departments/Bad_Id!')).statusCode).toBe(400);
  });

  it('records every write in the audit log with its actor, newest first, filterable by type and subject', async () => {
    const cookie = await t.cookie('enterprise');
    await t.app.inject({ method: 'PATCH', url: `/api/enterprises/${DEMO_ENTERPRISE_USCC}`, headers: { cookie }, payload: { registeredAddress: '深圳市南山区审计测试路 3 号' } });
    const log = (await get('auditor', `/api/audit?type=ENTERPRISE_PROFILE_UPDATED&subject=${DEMO_ENTERPRISE_USCC}`)).json();
    expect(log.total).toBe(1);
    expect(log.items[0]).toMatchObject({
      type: 'ENTERPRISE_PROFILE_UPDATED', subject: DEMO_ENTERPRISE_USCC, actor: { username: 'enterprise' }, payload: { version: 2, changedFields: ['registeredAddress'] },
    });
    expect(log.items[0].hash).toMatch(/^[0-9a-f]{64}$/);
    const page = (await get('bureau', '/api/audit?pageSize=5')).json();
    expect(page.items).toHaveLength(5);
    const seqs = page.items.map((i: { seq: number }) => i.seq);
    expect(seqs).toEqual([...seqs].sort((a, b) => b - a));
    expect(seqs[0]).toBe(page.total);
    expect(page.totalIsLowerBound).toBe(false);
    // Key paging: the page after `nextBefore` is the second page by number, without skipping rows.
    expect(page.nextBefore).toBe(seqs[4]);
    const byKey = (await get('bureau', `/api/audit?pageSize=5&before=${page.nextBefore}`)).json();
    const byNumber = (await get('bureau', '/api/audit?pageSize=5&page=2')).json();
    expect(byKey.items.map((i: { seq: number }) => i.seq)).toEqual(byNumber.items.map((i: { seq: number }) => i.seq));
    const deep = await get('bureau', '/api/audit?pageSize=200&page=12');
    expect(deep.statusCode).toBe(400);
    expect(deep.json().error.message.zh).toContain('before');
    const logins = (await get('auditor', '/api/audit?type=USER_LOGGED_IN&pageSize=200')).json();
    expect(logins.items.some((i: { actor: { username: string } | null }) => i.actor?.username === 'enterprise')).toBe(true);
    const seeded = (await get('auditor', '/api/audit?type=DEMO_CITY_SEEDED')).json();
    expect(seeded.items[0].payload).toMatchObject({ enterprises: 1, users: ['enterprise', 'bureau', 'dept-miit', 'dept-commerce', 'dept-futian', 'bank', 'auditor'] });
  });

  it('verifies the chain through the API and names a tampered row', async () => {
    expect((await get('auditor', '/api/audit/verify')).json()).toMatchObject({ ok: true });
    const db = getDb();
    const [row] = await db.query<{ seq: number; payload: unknown }>("SELECT seq, payload FROM audit_events WHERE type = 'DEMO_CITY_SEEDED'");
    await db.query(`UPDATE audit_events SET payload = '{"users":[],"enterprises":0}'::jsonb WHERE seq = $1`, [row!.seq]);
    const broken = (await get('auditor', '/api/audit/verify')).json();
    expect(broken).toMatchObject({ ok: false, firstBadSeq: row!.seq, problem: 'HASH_MISMATCH' });
    expect(broken.message.zh).toContain('已被篡改');
    await db.query('UPDATE audit_events SET payload = $2::jsonb WHERE seq = $1', [row!.seq, JSON.stringify(row!.payload)]);
    expect((await get('auditor', '/api/audit/verify')).json().ok).toBe(true);
  });
});
