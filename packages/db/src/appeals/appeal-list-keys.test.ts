import { expect, it } from 'vitest';
import { describeEachEngine } from '../testing';
import type { AppealCaseProjection } from './appeal-records';
import { createAppealCasesBatch } from './create-appeal-cases-batch';
import { APPEAL_LIST_MAX_OFFSET, listAppealCases } from './find-appeal-cases';

/** 23 cases of one department: several submitted in the same microsecond, instants with microseconds. */
function cases(): AppealCaseProjection[] {
  return Array.from({ length: 23 }, (_, k) => {
    const second = 10 + Math.floor(k / 3); // three cases per instant: the case id breaks the tie
    const at = `2026-11-22T01:00:${String(second).padStart(2, '0')}.123456Z`;
    return {
      caseId: `case-key-${String(k).padStart(3, '0')}`,
      trackingNumber: `KY20261122${String(100000 + k).padStart(6, '0')}${k % 10}`,
      type: 'REQUEST', jurisdiction: 'cn-gd-sz', status: k % 5 === 0 ? 'CLOSED' : 'SUBMITTED', isAnonymous: false,
      reporterUserId: 'u-key', reporterUscc: null, ownerDepartment: 'dept-key', leadDepartment: null, coHandlers: [], assignedEver: [],
      title: '翻页测试', submittedAt: at, updatedAt: at, closedAt: k % 5 === 0 ? at : null,
      nextDueAt: k % 5 === 0 ? null : `2026-12-${String(1 + (k % 4)).padStart(2, '0')}T16:00:00.000001Z`, isPaused: false, version: 1,
    };
  });
}

describeEachEngine('appeal lists paged by key', (getDb) => {
  it('walks every case once, in order, page after page by key; the first page by number is the same page', async () => {
    const db = getDb();
    const all = cases();
    await db.transaction((tx) => createAppealCasesBatch(tx, all.map((p) => ({
      projection: p, submitterScope: 'u-key', idempotencyKey: p.caseId,
      action: { id: `s-${p.caseId}`, type: 'SUBMITTED', at: p.submittedAt, actor: { role: 'ENTERPRISE', userId: 'u-key', departmentId: null, enterpriseId: 'e1' }, payload: {}, computed: {} },
      auditUserId: 'u-key',
    }))));
    const scope = { kind: 'DEPARTMENT', departmentId: 'dept-key' } as const;
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listAppealCases(db, { scope, limit: 5, after });
      expect(page.total).toBe(23);
      expect(page.totalEstimated).toBe(false);
      seen.push(...page.items.map((c) => c.caseId));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    // Newest first; within one instant the larger case id first.
    const expected = [...all].sort((a, b) => (a.submittedAt === b.submittedAt ? b.caseId.localeCompare(a.caseId) : b.submittedAt.localeCompare(a.submittedAt))).map((c) => c.caseId);
    expect(seen).toEqual(expected);
    const numbered = await listAppealCases(db, { scope, limit: 5, offset: 5 });
    expect(numbered.items.map((c) => c.caseId)).toEqual(expected.slice(5, 10));

    // The 督办 list: open cases due before a day, earliest due first, by key as well.
    const due: string[] = [];
    after = null;
    for (let pages = 0; pages < 10; pages++) {
      const page = await listAppealCases(db, { scope, dueBefore: '2026-12-04T00:00:00Z', limit: 4, after });
      due.push(...page.items.map((c) => c.caseId));
      if (!page.nextCursor) break;
      after = page.nextCursor;
    }
    const dueExpected = all.filter((c) => c.nextDueAt !== null && c.nextDueAt < '2026-12-04T00:00:00Z')
      .sort((a, b) => (a.nextDueAt === b.nextDueAt ? a.caseId.localeCompare(b.caseId) : a.nextDueAt!.localeCompare(b.nextDueAt!))).map((c) => c.caseId);
    expect(due).toEqual(dueExpected);
    expect(due.length).toBeGreaterThan(8);
  });

  it('estimates a total past the exact limit and says so; refuses a malformed cursor; never skips more than the offset cap', async () => {
    const db = getDb();
    const scope = { kind: 'DEPARTMENT', departmentId: 'dept-key' } as const;
    const page = await listAppealCases(db, { scope, limit: 5, exactCountLimit: 10 });
    expect(page.totalEstimated).toBe(true);
    expect(page.total).toBeGreaterThanOrEqual(11);
    await expect(listAppealCases(db, { scope, after: 'not-a-cursor' })).rejects.toThrow(RangeError);
    const deep = await listAppealCases(db, { scope, limit: 5, offset: APPEAL_LIST_MAX_OFFSET + 10_000 });
    expect(deep.items).toEqual([]);
    expect(deep.nextCursor).toBeNull();
  });
});
