import { afterAll, beforeAll, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { createTestApi } from '../testing/test-api';

describeEachEngine('API: a password change revokes the account’s API tokens', (getDb) => {
  const t = createTestApi(getDb);
  beforeAll(() => t.start());
  afterAll(() => t.stop());

  it('a token made before the change is refused after it; the session that changed it goes on', async () => {
    const cookie = await t.cookie('auditor');
    const made = await t.app.inject({ method: 'POST', url: '/api/tokens', headers: { cookie }, payload: { name: '报表对接' } });
    expect(made.statusCode, made.body).toBe(201);
    const token = made.json().token as string;
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } })).statusCode).toBe(200);

    const changed = await t.app.inject({ method: 'POST', url: '/api/me/password', headers: { cookie }, payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Kq7#wX2p-Shenzhen-2026' } });
    expect(changed.statusCode, changed.body).toBe(200);

    const after = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Bearer ${token}` } });
    expect(after.statusCode).toBe(401);
    expect((await t.app.inject({ method: 'GET', url: '/api/me', headers: { cookie } })).statusCode).toBe(200);
    const listed = await t.app.inject({ method: 'GET', url: '/api/tokens', headers: { cookie } });
    const mine = (listed.json().items as { name: string; revokedAt: string | null }[]).find((x) => x.name === '报表对接');
    expect(mine?.revokedAt).not.toBeNull();
  });
});
