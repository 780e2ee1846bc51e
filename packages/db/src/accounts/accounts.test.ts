import { beforeAll, describe, expect, it } from 'vitest';
import { describeEachEngine } from '../testing/engines';
import { ensureTestJurisdictions, fakeUscc, profileFixture } from '../testing/fixtures';
import { createEnterprise } from '../enterprises/create-enterprise';
import { createUser } from '../identity/users';
import { logIn } from '../identity/log-in';
import { findSessionUser } from '../identity/sessions';
import type { Database } from '../database';
import { addEnterpriseStaff, enterpriseAdministratorIds, isEnterpriseAdministrator, listEnterpriseStaff, removeEnterpriseStaff } from './enterprise-staff';
import { saveSignInAttempt, signInWithOidc, takeSignInAttempt } from './oidc-sign-in';
import { decideRegistration, listRegistrations, submitRegistration } from './enterprise-registrations';
import { sameLegalRepresentative } from './legal-representative';

const ISSUER = 'https://id.example.gov.cn';

async function enterprise(db: Database, legalRepresentative: string | null = null, district = 'cn-gd-sz-nanshan'): Promise<string> {
  const uscc = fakeUscc();
  await db.transaction((tx) => createEnterprise(tx, uscc, profileFixture({ district }), null));
  if (legalRepresentative !== null) await db.query('UPDATE enterprises SET legal_representative_name = $2 WHERE uscc = $1', [uscc, legalRepresentative]);
  return uscc;
}

const events = async (db: Database, type: string) => (await db.query<{ subject: string | null; payload: Record<string, unknown> }>('SELECT subject, payload FROM audit_events WHERE type = $1 ORDER BY seq', [type]));

describe('legal representative names', () => {
  it('match across width, spaces and separator dots, and never across different characters', () => {
    expect(sameLegalRepresentative('张 三', '张三')).toBe(true);
    expect(sameLegalRepresentative('阿依古丽·买买提', '阿依古丽・买买提')).toBe(true);
    expect(sameLegalRepresentative('ＪＯＨＮ SMITH', 'john smith')).toBe(true);
    expect(sameLegalRepresentative('张三', '张叁')).toBe(false);
    expect(sameLegalRepresentative(' ', ' ')).toBe(false);
  });
});

describeEachEngine('enterprise accounts', (getDb) => {
  beforeAll(() => ensureTestJurisdictions(getDb()));

  it('keeps queueing registry changes for re-matching when only the legal representative changes', async () => {
    const db = getDb();
    const uscc = await enterprise(db);
    await db.query('DELETE FROM registry_changes WHERE uscc = $1', [uscc]);
    await db.query('UPDATE enterprises SET legal_representative_name = $2 WHERE uscc = $1', [uscc, '李四']);
    expect(await db.query('SELECT 1 FROM registry_changes WHERE uscc = $1', [uscc])).toHaveLength(1);
    await expect(db.query('UPDATE enterprises SET legal_representative_name = $2 WHERE uscc = $1', [uscc, '  '])).rejects.toThrow();
  });

  it('uses a sign-in attempt once and not after it expired', async () => {
    const db = getDb();
    const at = new Date('2026-12-06T10:00:00Z');
    await saveSignInAttempt(db, { state: 's1', codeVerifier: 'v1', nonce: 'n1' }, at);
    await saveSignInAttempt(db, { state: 's2', codeVerifier: 'v2', nonce: 'n2' }, at);
    expect(await takeSignInAttempt(db, 's1', at)).toEqual({ codeVerifier: 'v1', nonce: 'n1' });
    expect(await takeSignInAttempt(db, 's1', at)).toBeNull();
    expect(await takeSignInAttempt(db, 's2', new Date(at.getTime() + 11 * 60_000))).toBeNull();
    expect(await takeSignInAttempt(db, 'never', at)).toBeNull();
  });

  it('creates the enterprise user on first sign-in (its administrator), finds it later, and refuses unknown enterprises and removed accounts', async () => {
    const db = getDb();
    const uscc = await enterprise(db);
    const first = await signInWithOidc(db, { issuer: ISSUER, subject: 'p-1', uscc, name: '王五' });
    expect(first).toMatchObject({ ok: true, created: true, isAdministrator: true });
    if (!first.ok) throw new Error('unreachable');
    expect(first.user).toMatchObject({ role: 'ENTERPRISE', uscc, displayName: '王五', jurisdiction: 'cn-gd-sz-nanshan' });
    expect((await findSessionUser(db, first.session.secret))?.id).toBe(first.user.id);
    const again = await signInWithOidc(db, { issuer: ISSUER, subject: 'p-1', uscc, name: '王五' });
    expect(again).toMatchObject({ ok: true, created: false, isAdministrator: true, user: { id: first.user.id } });
    const colleague = await signInWithOidc(db, { issuer: ISSUER, subject: 'p-2', uscc, name: '赵六' });
    expect(colleague).toMatchObject({ ok: true, created: true, isAdministrator: false });
    if (!colleague.ok) throw new Error('unreachable');

    expect(await removeEnterpriseStaff(db, { userId: first.user.id, uscc }, colleague.user.id)).toBe('REMOVED');
    expect(await findSessionUser(db, colleague.session.secret)).toBeNull();
    expect(await signInWithOidc(db, { issuer: ISSUER, subject: 'p-2', uscc, name: '赵六' })).toEqual({ ok: false, reason: 'ACCOUNT_DISABLED' });
    expect(await signInWithOidc(db, { issuer: ISSUER, subject: 'p-3', uscc: fakeUscc(), name: null })).toEqual({ ok: false, reason: 'UNKNOWN_ENTERPRISE' });
    const refused = await events(db, 'OIDC_SIGN_IN_REFUSED');
    expect(refused.map((e) => e.payload.reason)).toEqual(expect.arrayContaining(['ACCOUNT_DISABLED', 'UNKNOWN_ENTERPRISE']));
  });

  it('lets the administrator add and remove staff of its own enterprise only, audited', async () => {
    const db = getDb();
    const uscc = await enterprise(db);
    const other = await enterprise(db);
    const admin = await signInWithOidc(db, { issuer: ISSUER, subject: 'boss', uscc, name: '老板' });
    const foreign = await signInWithOidc(db, { issuer: ISSUER, subject: 'boss', uscc: other, name: '老板' });
    if (!admin.ok || !foreign.ok) throw new Error('sign-in failed');
    expect(foreign.user.id).not.toBe(admin.user.id); // one account per enterprise acted for
    const me = { userId: admin.user.id, uscc, district: 'cn-gd-sz-nanshan' };
    const added = await db.transaction((tx) => addEnterpriseStaff(tx, me, { username: 'clerk-a', displayName: '出纳甲', password: 'clerk-pass-123' }));
    expect(added.status).toBe('ADDED');
    if (added.status !== 'ADDED') throw new Error('unreachable');
    expect(added.account).toMatchObject({ username: 'clerk-a', isAdministrator: false, signIn: 'PASSWORD' });
    expect(await db.transaction((tx) => addEnterpriseStaff(tx, me, { username: 'clerk-a', displayName: 'x', password: 'clerk-pass-123' }))).toEqual({ status: 'USERNAME_TAKEN' });
    expect((await logIn(db, { username: 'clerk-a', password: 'clerk-pass-123', demoMode: false })).ok).toBe(true);
    expect((await listEnterpriseStaff(db, uscc)).map((s) => [s.username.startsWith('oidc-') ? 'oidc' : s.username, s.isAdministrator])).toEqual([['oidc', true], ['clerk-a', false]]);

    expect(await removeEnterpriseStaff(db, { userId: foreign.user.id, uscc: other }, added.account.userId)).toBe('NOT_FOUND');
    expect(await removeEnterpriseStaff(db, me, admin.user.id)).toBe('SELF');
    expect(await removeEnterpriseStaff(db, me, added.account.userId)).toBe('REMOVED');
    expect(await removeEnterpriseStaff(db, me, added.account.userId)).toBe('NOT_FOUND');
    expect((await logIn(db, { username: 'clerk-a', password: 'clerk-pass-123', demoMode: false })).ok).toBe(false);
    expect((await events(db, 'ENTERPRISE_STAFF_ADDED')).some((e) => e.subject === added.account.userId)).toBe(true);
    expect((await events(db, 'ENTERPRISE_STAFF_REMOVED')).some((e) => e.subject === added.account.userId)).toBe(true);
    expect(await isEnterpriseAdministrator(db, admin.user)).toBe(true);
    expect(await isEnterpriseAdministrator(db, foreign.user)).toBe(true);
  });

  it('makes the earliest active user the administrator of an enterprise whose users predate appointments', async () => {
    const db = getDb();
    const uscc = await enterprise(db);
    const [old, later] = await db.transaction(async (tx) => [
      await createUser(tx, { username: 'legacy-a', displayName: '甲', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz-nanshan', uscc, password: 'legacy-pass-1' }, null, new Date('2026-01-01T00:00:00Z')),
      await createUser(tx, { username: 'legacy-b', displayName: '乙', role: 'ENTERPRISE', jurisdiction: 'cn-gd-sz-nanshan', uscc, password: 'legacy-pass-1' }, null, new Date('2026-02-01T00:00:00Z')),
    ]);
    expect(await enterpriseAdministratorIds(db, uscc)).toEqual([old!.id]);
    const joined = await signInWithOidc(db, { issuer: ISSUER, subject: 'newcomer', uscc, name: null });
    expect(joined).toMatchObject({ ok: true, isAdministrator: false });
    expect(await removeEnterpriseStaff(db, { userId: old!.id, uscc }, later!.id)).toBe('REMOVED');
    expect(await removeEnterpriseStaff(db, { userId: later!.id, uscc }, old!.id)).toBe('ADMINISTRATOR');
  });

  it('confirms a self-registration at once when the legal representative matches the registry, otherwise queues it for the bureau', async () => {
    const db = getDb();
    const matching = await enterprise(db, '陈 七');
    const input = (uscc: string, username: string, lr: string) => ({ uscc, username, displayName: '陈七', legalRepresentativeName: lr, password: 'long-enough-pass' });
    const auto = await submitRegistration(db, input(matching, 'chen7', '陈七'));
    expect(auto.status).toBe('CONFIRMED');
    expect((await logIn(db, { username: 'chen7', password: 'long-enough-pass', demoMode: false })).ok).toBe(true);
    expect((await listEnterpriseStaff(db, matching))[0]).toMatchObject({ username: 'chen7', isAdministrator: true });
    expect(await submitRegistration(db, input(matching, 'chen7b', '陈七'))).toEqual({ status: 'ENTERPRISE_HAS_ACCOUNTS' });
    expect(await submitRegistration(db, input(fakeUscc(), 'ghost', '陈七'))).toEqual({ status: 'UNKNOWN_ENTERPRISE' });

    const unknownLr = await enterprise(db, null, 'cn-gd-sz-futian');
    const pending = await submitRegistration(db, input(unknownLr, 'zhou8', '周八'));
    expect(pending.status).toBe('PENDING');
    if (pending.status !== 'PENDING') throw new Error('unreachable');
    expect(pending.registration).toMatchObject({ status: 'PENDING', registryHasLegalRepresentative: false, district: { id: 'cn-gd-sz-futian' } });
    expect(await submitRegistration(db, input(unknownLr, 'zhou8b', '周八'))).toEqual({ status: 'ALREADY_PENDING' });
    expect((await logIn(db, { username: 'zhou8', password: 'long-enough-pass', demoMode: false })).ok).toBe(false);
    expect((await listRegistrations(db, { jurisdiction: 'cn-gd-sz-nanshan', status: 'PENDING' })).map((r) => r.id)).not.toContain(pending.registration.id);
    expect((await listRegistrations(db, { jurisdiction: 'cn-gd-sz', status: 'PENDING' })).map((r) => r.id)).toContain(pending.registration.id);

    const officer = await db.transaction(async (tx) => {
      await tx.query("INSERT INTO departments (id, name_zh, name_en, jurisdiction, is_sme_bureau) VALUES ('acc-bureau', '中小企业服务局', 'SME bureau', 'cn-gd-sz', true) ON CONFLICT DO NOTHING");
      return createUser(tx, { username: 'acc-officer', displayName: '科员', role: 'SME_BUREAU', jurisdiction: 'cn-gd-sz', departmentId: 'acc-bureau', password: 'officer-pass-1' }, null);
    });
    const decided = await db.transaction((tx) => decideRegistration(tx, pending.registration.id, { confirm: true }, officer.id));
    expect(decided).toMatchObject({ status: 'DECIDED', registration: { status: 'CONFIRMED', confirmedBy: 'BUREAU' } });
    expect(await db.transaction((tx) => decideRegistration(tx, pending.registration.id, { confirm: false, note: '迟了' }, officer.id))).toMatchObject({ status: 'NOT_PENDING' });
    expect((await logIn(db, { username: 'zhou8', password: 'long-enough-pass', demoMode: false })).ok).toBe(true);

    const wrongLr = await enterprise(db, '吴九');
    const refused = await submitRegistration(db, input(wrongLr, 'wu9', '吴久'));
    if (refused.status !== 'PENDING') throw new Error('expected a pending registration');
    expect(refused.registration.registryHasLegalRepresentative).toBe(true);
    expect(await db.transaction((tx) => decideRegistration(tx, refused.registration.id, { confirm: false, note: '法定代表人姓名与登记不符' }, officer.id)))
      .toMatchObject({ status: 'DECIDED', registration: { status: 'REJECTED', decisionNote: '法定代表人姓名与登记不符' } });
    expect((await events(db, 'ENTERPRISE_REGISTRATION_REJECTED')).some((e) => e.subject === refused.registration.id)).toBe(true);
  });
});
