import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import type { ConsultationProjection, StoredConsultationAction } from './consultation-records';
import { appendConsultationAction, createConsultation, loadConsultationLog } from './consultation-log';
import { findConsultation, listConsultations, listConsultationsPastEnd } from './find-consultations';
import { createContactChallenge, findVerifiedContact, verifyContactCode } from './consultation-contacts';

let n = 0;
function projection(over: Partial<ConsultationProjection> = {}): ConsultationProjection {
  n++;
  return {
    consultationId: `cs-${n}-${Math.random().toString(36).slice(2, 8)}`, workId: 'cn-gd-sz/regulation/sme-promotion', versionId: '2025-01-23', draftKind: 'REGULATION',
    title: '征求意见', issuingBody: '深圳市司法局', ownerDepartment: 'dept-law', jurisdiction: 'cn-gd-sz', status: 'OPEN', startDate: '2025-01-23', endDate: '2025-02-26',
    openedAt: '2025-01-23T01:00:00.000Z', updatedAt: '2025-01-23T01:00:00.000Z', publishedAt: null, commentCount: 0, ...over,
  };
}
const action = (id: string, type: string, at = '2025-01-23T09:00:00+08:00'): StoredConsultationAction => ({
  id, type, at, actor: { kind: 'OFFICER', id: 'u-off', displayName: '立法处', departmentId: 'dept-law' }, payload: { x: '<b>原样</b>' }, computed: {},
});

describeEachEngine('consultation storage', (getDb) => {
  it('keeps the log in order with optimistic locking, the projection for lists, and an audit event per action', async () => {
    const db = getDb();
    const p = projection();
    await db.transaction((tx) => createConsultation(tx, { projection: p, action: action('a1', 'OPENED') }));
    const ok = await db.transaction((tx) => appendConsultationAction(tx, { projection: { ...p, commentCount: 1 }, expectedVersion: 1, action: action('a2', 'COMMENT_SUBMITTED', '2025-02-01T10:00:00+08:00') }));
    expect(ok).toBe(true);
    const stale = await db.transaction((tx) => appendConsultationAction(tx, { projection: p, expectedVersion: 1, action: action('a3', 'COMMENT_SUBMITTED') }));
    expect(stale).toBe(false);
    const log = await loadConsultationLog(db, p.consultationId);
    expect(log.map((a) => [a.id, a.type, a.at, a.payload.x])).toEqual([
      ['a1', 'OPENED', '2025-01-23T09:00:00+08:00', '<b>原样</b>'],
      ['a2', 'COMMENT_SUBMITTED', '2025-02-01T10:00:00+08:00', '<b>原样</b>'],
    ]);
    expect(await findConsultation(db, p.consultationId)).toMatchObject({ commentCount: 1, startDate: '2025-01-23', endDate: '2025-02-26', status: 'OPEN' });
    expect((await listConsultations(db, { workId: p.workId })).map((x) => x.consultationId)).toContain(p.consultationId);
    expect(await listConsultationsPastEnd(db, '2025-02-27')).toContain(p.consultationId);
    expect(await listConsultationsPastEnd(db, '2025-02-26')).not.toContain(p.consultationId);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('verifies a contact code once, counts wrong attempts, and finds the contact by its token', async () => {
    const db = getDb();
    const { contactId, code } = await createContactChallenge(db, { channel: 'SMS', address: '13800000000', displayName: '市民' });
    const wrong = await db.transaction((tx) => verifyContactCode(tx, { contactId, code: code === '000000' ? '111111' : '000000' }));
    expect(wrong).toEqual({ ok: false, reason: 'WRONG_CODE', attemptsLeft: 4 });
    const right = await db.transaction((tx) => verifyContactCode(tx, { contactId, code }));
    if (!right.ok) throw new Error('expected success');
    expect(await findVerifiedContact(db, right.token)).toEqual({ contactId, channel: 'SMS', displayName: '市民', commenterKind: 'PUBLIC' });
    expect(await findVerifiedContact(db, 'nope')).toBeNull();
    expect((await db.transaction((tx) => verifyContactCode(tx, { contactId, code }))).ok).toBe(false);
    const late = await createContactChallenge(db, { channel: 'EMAIL', address: 'a@example.cn', displayName: '甲', now: new Date(Date.now() - 11 * 60 * 1000) });
    expect(await db.transaction((tx) => verifyContactCode(tx, { contactId: late.contactId, code: late.code }))).toMatchObject({ ok: false, reason: 'EXPIRED' });
  });
});
