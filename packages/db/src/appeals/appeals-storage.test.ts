import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import { verifyAuditChain } from '../audit/verify-audit-chain';
import type { AppealCaseProjection, StoredAppealAction } from './appeal-records';
import { appendAppealAction, createAppealCase, loadAppealLog, loadAppealLogs } from './appeal-log';
import { findAppealCaseByTrackingNumber, listAppealCases, listOpenAppealCaseIds } from './find-appeal-cases';
import { nextTrackingSequence } from './tracking-sequence';
import { findAppealAttachment, insertAppealAttachment, linkAppealAttachments, readAppealAttachmentContent } from './appeal-attachments';
import { allocateTrackingSequences, createAppealCasesBatch } from './create-appeal-cases-batch';

let n = 0;
function projection(over: Partial<AppealCaseProjection> = {}): AppealCaseProjection {
  n++;
  return {
    caseId: `case-st-${n}-${Math.random().toString(36).slice(2, 8)}`,
    trackingNumber: `ST20261122${String(100000 + n * 7 + Math.floor(Math.random() * 1000)).padStart(6, '0')}${n % 10}`,
    type: 'REQUEST', jurisdiction: 'cn-gd-sz', status: 'SUBMITTED', isAnonymous: false,
    reporterUserId: 'u-ent', reporterUscc: null, ownerDepartment: 'dept-sme', leadDepartment: null, coHandlers: [], assignedEver: [],
    title: '测试诉求', submittedAt: '2026-11-22T01:00:00.000Z', updatedAt: '2026-11-22T01:00:00.000Z', closedAt: null, nextDueAt: '2026-11-25T16:00:00.000Z', isPaused: false, version: 1,
    ...over,
  };
}
const action = (id: string, type: string, at = '2026-11-22T09:00:00+08:00'): StoredAppealAction => ({
  id, type, at, actor: { role: 'ENTERPRISE', userId: 'u-ent', departmentId: null, enterpriseId: 'e1' }, payload: { note: '说明' }, computed: {},
});

describeEachEngine('appeals storage', (getDb) => {
  it('creates a case once per submitter and idempotency key, and keeps the log in order', async () => {
    const db = getDb();
    const p = projection();
    const first = await db.transaction((tx) => createAppealCase(tx, { projection: p, submitterScope: 'u-ent', idempotencyKey: 'k-1', action: action('a1', 'SUBMITTED'), auditUserId: 'u-ent' }));
    expect(first).toEqual({ created: true });
    const again = await db.transaction((tx) => createAppealCase(tx, { projection: projection(), submitterScope: 'u-ent', idempotencyKey: 'k-1', action: action('a1', 'SUBMITTED'), auditUserId: 'u-ent' }));
    expect(again).toEqual({ created: false, existingCaseId: p.caseId });
    // the same key of another submitter is another case
    const other = await db.transaction((tx) => createAppealCase(tx, { projection: projection(), submitterScope: 'u-other', idempotencyKey: 'k-1', action: action('a1', 'SUBMITTED'), auditUserId: 'u-other' }));
    expect(other.created).toBe(true);

    const ok = await db.transaction((tx) => appendAppealAction(tx, { projection: { ...p, status: 'ACCEPTED', version: 2 }, expectedVersion: 1, action: action('a2', 'ACCEPTED', '2026-11-22T10:00:00+08:00'), auditUserId: 'u-off' }));
    expect(ok).toBe(true);
    const stale = await db.transaction((tx) => appendAppealAction(tx, { projection: { ...p, status: 'REJECTED', version: 2 }, expectedVersion: 1, action: action('a3', 'REJECTED'), auditUserId: 'u-off' }));
    expect(stale).toBe(false);
    await expect(db.transaction((tx) => appendAppealAction(tx, { projection: { ...p, version: 3 }, expectedVersion: 2, action: action('a2', 'NOTE_ADDED'), auditUserId: 'u-off' }))).rejects.toThrow();

    const log = await loadAppealLog(db, p.caseId);
    expect(log.map((a) => [a.id, a.type, a.at])).toEqual([['a1', 'SUBMITTED', '2026-11-22T09:00:00+08:00'], ['a2', 'ACCEPTED', '2026-11-22T10:00:00+08:00']]);
    expect((await loadAppealLogs(db, [p.caseId])).get(p.caseId)).toHaveLength(2);
    const row = await findAppealCaseByTrackingNumber(db, p.trackingNumber);
    expect(row).toMatchObject({ status: 'ACCEPTED', version: 2, submitterScope: 'u-ent' });
    const audit = await db.query<{ type: string; payload: { actionType: string } }>("SELECT type, payload FROM audit_events WHERE subject = $1 ORDER BY seq", [p.caseId]);
    expect(audit.map((a) => a.payload.actionType)).toEqual(['SUBMITTED', 'ACCEPTED']);
    expect((await verifyAuditChain(db)).ok).toBe(true);
  });

  it('lists by reporter, department and due date; open ids exclude final cases', async () => {
    const db = getDb();
    const mine = projection({ reporterUserId: 'u-list', leadDepartment: 'dept-miit', nextDueAt: '2026-01-01T00:00:00.000Z' });
    const closed = projection({ reporterUserId: 'u-list', status: 'CLOSED', closedAt: '2026-11-22T02:00:00.000Z' });
    for (const p of [mine, closed]) await db.transaction((tx) => createAppealCase(tx, { projection: p, submitterScope: 'u-list', idempotencyKey: p.caseId, action: action('s', 'SUBMITTED'), auditUserId: null }));
    const byReporter = await listAppealCases(db, { scope: { kind: 'REPORTER', userId: 'u-list', uscc: null } });
    expect(byReporter.items.map((c) => c.caseId).sort()).toEqual([mine.caseId, closed.caseId].sort());
    expect(byReporter.total).toBe(2);
    const byDept = await listAppealCases(db, { scope: { kind: 'DEPARTMENT', departmentId: 'dept-miit' } });
    expect(byDept.items.map((c) => c.caseId)).toContain(mine.caseId);
    expect(byDept.items.map((c) => c.caseId)).not.toContain(closed.caseId);
    const due = await listAppealCases(db, { scope: { kind: 'ALL' }, dueBefore: '2026-02-01T00:00:00.000Z' });
    expect(due.items.map((c) => c.caseId)).toContain(mine.caseId);
    const open = await listOpenAppealCaseIds(db, { limit: 1000 });
    expect(open).toContain(mine.caseId);
    expect(open).not.toContain(closed.caseId);
  });

  it('allocates tracking sequences per prefix and day without gaps', async () => {
    const db = getDb();
    const got = await Promise.all(Array.from({ length: 5 }, () => db.transaction((tx) => nextTrackingSequence(tx, 'QA', '2026-11-22'))));
    expect(got.sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5]);
    expect(await db.transaction((tx) => nextTrackingSequence(tx, 'QA', '2026-11-23'))).toBe(1);
  });

  it('writes a batch of submissions in one transaction: cases, first actions and chained audit events; used keys are reported, not written', async () => {
    const db = getDb();
    const used = projection();
    await db.transaction((tx) => createAppealCase(tx, { projection: used, submitterScope: 'u-batch', idempotencyKey: 'kb-used', action: action('s-used', 'SUBMITTED'), auditUserId: 'u-batch' }));
    const [headBefore] = await db.query<{ seq: number }>('SELECT seq FROM audit_chain_head WHERE id = 1');
    const fresh = [projection(), projection(), projection()];
    const items = [
      ...fresh.map((p, i) => ({ projection: p, submitterScope: 'u-batch', idempotencyKey: `kb-${i}`, action: action(`s-${p.caseId}`, 'SUBMITTED'), auditUserId: i === 1 ? null : 'u-batch' })),
      { projection: projection(), submitterScope: 'u-batch', idempotencyKey: 'kb-used', action: action('s-again', 'SUBMITTED'), auditUserId: 'u-batch' },
    ];
    const stored = await db.transaction((tx) => createAppealCasesBatch(tx, items));
    expect(stored.get('u-batch\u0000kb-used')).toEqual({ created: false, caseId: used.caseId });
    fresh.forEach((p, i) => expect(stored.get(`u-batch\u0000kb-${i}`)).toEqual({ created: true, caseId: p.caseId }));
    for (const p of fresh) {
      expect((await loadAppealLog(db, p.caseId)).map((a) => [a.id, a.type, a.at])).toEqual([[`s-${p.caseId}`, 'SUBMITTED', '2026-11-22T09:00:00+08:00']]);
      expect(await findAppealCaseByTrackingNumber(db, p.trackingNumber)).toMatchObject({ caseId: p.caseId, version: 1, idempotencyKey: expect.stringMatching(/^kb-\d$/) });
    }
    const events = await db.query<{ seq: number; subject: string; actor_user_id: string | null; payload: { actionType: string; seq: number } }>(
      'SELECT seq, subject, actor_user_id, payload FROM audit_events WHERE seq > $1 ORDER BY seq', [headBefore!.seq],
    );
    expect(events.map((e) => [e.seq, e.subject, e.actor_user_id, e.payload.actionType, e.payload.seq])).toEqual(
      fresh.map((p, i) => [headBefore!.seq + i + 1, p.caseId, i === 1 ? null : 'u-batch', 'SUBMITTED', 1]),
    );
    expect(await db.query('SELECT 1 FROM appeal_actions WHERE action_id = $1', ['s-again'])).toEqual([]);
    expect((await verifyAuditChain(db)).ok).toBe(true);
    // a batch of keys that are all used writes nothing and leaves the chain as it was
    const again = await db.transaction((tx) => createAppealCasesBatch(tx, items.slice(0, 2).map((i) => ({ ...i, projection: projection() }))));
    expect([...again.values()]).toEqual([{ created: false, caseId: fresh[0]!.caseId }, { created: false, caseId: fresh[1]!.caseId }]);
    const [headAfter] = await db.query<{ seq: number }>('SELECT seq FROM audit_chain_head WHERE id = 1');
    expect(headAfter!.seq).toBe(headBefore!.seq + 3);
  });

  it('allocates a block of tracking sequences in one statement', async () => {
    const db = getDb();
    expect(await allocateTrackingSequences(db, 'QB', '2026-11-22', 5)).toBe(1);
    expect(await allocateTrackingSequences(db, 'QB', '2026-11-22', 3)).toBe(6);
    expect(await db.transaction((tx) => nextTrackingSequence(tx, 'QB', '2026-11-22'))).toBe(9);
  });

  it('stores attachment bytes and links them only for their uploader', async () => {
    const db = getDb();
    const bytes = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    const info = await db.transaction((tx) => insertAppealAttachment(tx, { id: 'att-st-1', caseId: null, uploadedBy: 'u-a', fileName: '合同.pdf', mediaType: 'application/pdf', sizeBytes: 6, sha256: 'a'.repeat(64), content: bytes, auditUserId: 'u-a' }));
    expect(info).toMatchObject({ fileName: '合同.pdf', caseId: null });
    expect([...(await readAppealAttachmentContent(db, 'att-st-1'))!]).toEqual([...bytes]);
    const p = projection();
    await db.transaction((tx) => createAppealCase(tx, { projection: p, submitterScope: 'u-a', idempotencyKey: p.caseId, action: action('s', 'SUBMITTED'), auditUserId: null }));
    expect(await db.transaction((tx) => linkAppealAttachments(tx, p.caseId, ['att-st-1'], 'u-b'))).toEqual([]);
    expect(await db.transaction((tx) => linkAppealAttachments(tx, p.caseId, ['att-st-1'], 'u-a'))).toEqual(['att-st-1']);
    expect((await findAppealAttachment(db, 'att-st-1'))!.caseId).toBe(p.caseId);
  });
});
