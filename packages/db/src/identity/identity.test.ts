import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing/engines';
import { ensureTestJurisdictions, fakeUscc, profileFixture } from '../testing/fixtures';
import { createEnterprise } from '../enterprises/create-enterprise';
import { createUser } from './users';
import { logIn, LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_ADDRESS } from './log-in';
import { deleteSession, findSessionUser } from './sessions';
import { createApiToken, findTokenUser, listApiTokens, revokeApiToken } from './api-tokens';
import { hashPassword, verifyPassword } from './password';

describeEachEngine('identities, sessions and API tokens', (getDb) => {
  it('hashes passwords with a salt and verifies them', async () => {
    const a = await hashPassword('正确的密码 correct horse');
    const b = await hashPassword('正确的密码 correct horse');
    expect(a).not.toBe(b);
    expect(a).toMatch(/^scrypt\$16384\$8\$1\$/);
    expect(await verifyPassword('正确的密码 correct horse', a)).toBe(true);
    expect(await verifyPassword('正确的密码 correct horsE', a)).toBe(false);
    expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
  });

  it('logs in with the right password and answers the same for an unknown user and a wrong password', async () => {
    const db = getDb();
    const uscc = fakeUscc();
    await db.transaction(async (tx) => {
      await createEnterprise(tx, uscc, profileFixture(), null);
      await createUser(tx, { username: 'alice', displayName: '企业用户甲', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz-nanshan', uscc, password: 's3cret-pass' }, null);
    });
    const good = await logIn(db, { username: 'Alice', password: 's3cret-pass', demoMode: false });
    expect(good.ok).toBe(true);
    if (!good.ok) return;
    expect(good.user).toMatchObject({ username: 'alice', role: 'ENTERPRISE', uscc, enterpriseName: '深圳市测试科技有限公司' });
    expect(await findSessionUser(db, good.session.secret)).toMatchObject({ id: good.user.id });
    const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM sessions');
    expect(stored.some((r) => r.token_hash === good.session.secret)).toBe(false);

    const wrong = await logIn(db, { username: 'alice', password: 'nope', demoMode: false });
    const unknown = await logIn(db, { username: 'nobody', password: 'nope', demoMode: false });
    expect(wrong).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    expect(unknown).toEqual(wrong);

    expect(await deleteSession(db, good.session.secret)).toBe(good.user.id);
    expect(await findSessionUser(db, good.session.secret)).toBeNull();
  });

  it('expires sessions', async () => {
    const db = getDb();
    const r = await logIn(db, { username: 'alice', password: 's3cret-pass', demoMode: false, at: new Date('2026-01-01T00:00:00Z') });
    if (!r.ok) throw new Error('login failed');
    // Used every 20 minutes, it lasts until 12 hours after sign-in, and not a second longer.
    for (let minute = 20; minute < 12 * 60; minute += 20) {
      expect(await findSessionUser(db, r.session.secret, new Date(Date.parse('2026-01-01T00:00:00Z') + minute * 60_000)), `minute ${minute}`).not.toBeNull();
    }
    expect(await findSessionUser(db, r.session.secret, new Date('2026-01-01T11:59:00Z'))).not.toBeNull();
    expect(await findSessionUser(db, r.session.secret, new Date('2026-01-01T12:00:01Z'))).toBeNull();
  });

  it('ends a session after 30 minutes without a request', async () => {
    const db = getDb();
    const r = await logIn(db, { username: 'alice', password: 's3cret-pass', demoMode: false, at: new Date('2026-01-02T08:00:00Z') });
    if (!r.ok) throw new Error('login failed');
    expect(await findSessionUser(db, r.session.secret, new Date('2026-01-02T08:29:00Z'))).not.toBeNull();
    expect(await findSessionUser(db, r.session.secret, new Date('2026-01-02T08:58:00Z'))).not.toBeNull();
    expect(await findSessionUser(db, r.session.secret, new Date('2026-01-02T09:28:01Z'))).toBeNull();
  });

  it('locks a username after repeated failures, whether or not it exists, until the window passes', async () => {
    const db = getDb();
    const at = new Date('2026-02-01T08:00:00Z');
    await db.transaction((tx) => createUser(tx, { username: 'bob', displayName: '审计员乙', role: 'AUDITOR', jurisdiction: 'cn-gd-sz', password: 'bob-password' }, null));
    for (const name of ['bob', 'ghost']) {
      for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
        expect(await logIn(db, { username: name, password: 'bad', demoMode: false, at })).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
      }
      const locked = await logIn(db, { username: name, password: name === 'bob' ? 'bob-password' : 'x', demoMode: false, at: new Date(at.getTime() + 60_000) });
      expect(locked).toMatchObject({ ok: false, reason: 'RATE_LIMITED', retryAfterSeconds: 14 * 60 });
    }
    const later = await logIn(db, { username: 'bob', password: 'bob-password', demoMode: false, at: new Date(at.getTime() + 16 * 60_000) });
    expect(later.ok).toBe(true);
  });

  it('locks an account only for the address the failures came from: its owner elsewhere still signs in', async () => {
    const db = getDb();
    const at = new Date('2026-02-02T08:00:00Z');
    await db.transaction((tx) => createUser(tx, { username: 'carol-2', displayName: '审计员丙', role: 'AUDITOR', jurisdiction: 'cn-gd-sz', password: 'carol-password' }, null));
    for (let i = 0; i < LOGIN_MAX_FAILURES; i++) {
      expect(await logIn(db, { username: 'carol-2', password: 'bad', demoMode: false, clientAddress: '203.0.113.9', at })).toMatchObject({ reason: 'INVALID_CREDENTIALS' });
    }
    const attacker = await logIn(db, { username: 'carol-2', password: 'carol-password', demoMode: false, clientAddress: '203.0.113.9', at: new Date(at.getTime() + 1000) });
    expect(attacker).toMatchObject({ ok: false, reason: 'RATE_LIMITED' });
    const owner = await logIn(db, { username: 'carol-2', password: 'carol-password', demoMode: false, clientAddress: '198.51.100.7', at: new Date(at.getTime() + 2000) });
    expect(owner.ok).toBe(true);
  });

  it('slows password spraying: many accounts from one address lock that address, not the accounts', async () => {
    const db = getDb();
    const at = new Date('2026-02-03T08:00:00Z');
    await db.transaction((tx) => createUser(tx, { username: 'dave-2', displayName: '审计员丁', role: 'AUDITOR', jurisdiction: 'cn-gd-sz', password: 'dave-password' }, null));
    for (let i = 0; i < LOGIN_MAX_FAILURES_PER_ADDRESS; i++) {
      await logIn(db, { username: `sprayed-${i % 40}`, password: 'Spring2026', demoMode: false, clientAddress: '192.0.2.66', at });
    }
    expect(await logIn(db, { username: 'dave-2', password: 'dave-password', demoMode: false, clientAddress: '192.0.2.66', at })).toMatchObject({ ok: false, reason: 'RATE_LIMITED' });
    expect((await logIn(db, { username: 'dave-2', password: 'dave-password', demoMode: false, clientAddress: '192.0.2.67', at })).ok).toBe(true);
  });

  it('refuses demo users unless demo mode is on', async () => {
    const db = getDb();
    await db.transaction((tx) => createUser(tx, { username: 'demo-x', displayName: '演示', role: 'AUDITOR', jurisdiction: 'cn-gd-sz', password: 'huiqi-demo', isDemo: true }, null));
    expect(await logIn(db, { username: 'demo-x', password: 'huiqi-demo', demoMode: false })).toEqual({ ok: false, reason: 'DEMO_USER_DISABLED' });
    expect(await logIn(db, { username: 'demo-x', password: 'wrong', demoMode: false })).toEqual({ ok: false, reason: 'INVALID_CREDENTIALS' });
    expect((await logIn(db, { username: 'demo-x', password: 'huiqi-demo', demoMode: true })).ok).toBe(true);
  });

  it('issues API tokens shown once, stored hashed, listed and revoked by their owner only', async () => {
    const db = getDb();
    const owner = await db.transaction((tx) => createUser(tx, { username: 'carol', displayName: '丙', role: 'AUDITOR', jurisdiction: 'cn-gd-sz', password: 'carol-pass' }, null));
    const other = await db.transaction((tx) => createUser(tx, { username: 'dave', displayName: '丁', role: 'AUDITOR', jurisdiction: 'cn-gd-sz', password: 'dave-pass' }, null));
    const { token, info } = await db.transaction((tx) => createApiToken(tx, owner.id, '数据对接', new Date('2026-03-01T00:00:00Z')));
    expect(token).toMatch(/^hq_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(info.prefix)).toBe(true);
    const raw = await db.query<{ token_hash: string }>('SELECT token_hash FROM api_tokens WHERE id = $1', [info.id]);
    expect(raw[0]!.token_hash).not.toContain(token);
    expect((await findTokenUser(db, token))?.id).toBe(owner.id);
    expect((await listApiTokens(db, owner.id))[0]).toMatchObject({ id: info.id, name: '数据对接', revokedAt: null });
    expect((await listApiTokens(db, owner.id))[0]!.lastUsedAt).not.toBeNull();
    expect(await db.transaction((tx) => revokeApiToken(tx, other.id, info.id))).toBe(false);
    expect(await db.transaction((tx) => revokeApiToken(tx, owner.id, info.id))).toBe(true);
    expect(await db.transaction((tx) => revokeApiToken(tx, owner.id, info.id))).toBe(false);
    expect(await findTokenUser(db, token)).toBeNull();
  });
}, { setup: ensureTestJurisdictions });
