import { afterEach, expect, it, vi } from 'vitest';
import { loadAppealLog, seedDemoCity, type JobContext } from '@huiqi/db';
import { describeEachEngine } from '@huiqi/db/testing';
import { submitAppeal, sweepAppealDeadlines } from '@huiqi/api';
import { APPEALS_SWEEP_QUEUE, appealsDeadlineSweep } from './appeals-deadline-sweep';

afterEach(() => {
  vi.useRealTimers();
});

describeEachEngine('job appeals.deadline-sweep', (getDb) => {
  it('records each overdue reminder once, however often it runs', async () => {
    const db = getDb();
    await seedDemoCity(db);
    const [ent] = await db.query<{ id: string; uscc: string }>("SELECT id, uscc FROM users WHERE username = 'enterprise'");
    const submitted = await submitAppeal(db, {
      actor: { role: 'ENTERPRISE', userId: ent!.id, departmentId: null, enterpriseId: ent!.uscc },
      submitterScope: `user:${ent!.id}`,
      idempotencyKey: `sweep-${Date.now()}`,
      auditUserId: ent!.id,
      draft: {
        type: 'REQUEST', title: '期限巡检测试', description: '测试到期提醒。', isAnonymous: false, relatedCaseId: null, arrears: null, attachmentIds: [],
        reporter: { userId: ent!.id, enterpriseId: ent!.uscc, enterpriseName: '深圳市鹏城智造科技有限公司', uscc: ent!.uscc, contactName: null, contactPhone: null, contactEmail: null },
      },
    });
    const before = await sweepAppealDeadlines(db, new Date().toISOString());
    expect(before.reminders.filter((r) => r.caseId === submitted.caseId)).toEqual([]);

    // 40 days later every running clock of the case is overdue
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 40 * 86_400_000);
    const handler = appealsDeadlineSweep({ db }).handlers[APPEALS_SWEEP_QUEUE]!;
    const job = { id: 1, queue: APPEALS_SWEEP_QUEUE, payload: null } as unknown as JobContext<never>;
    await handler(job);
    const log1 = await loadAppealLog(db, submitted.caseId);
    const reminders = log1.filter((a) => a.type === 'REMINDER_SENT');
    expect(reminders.length).toBeGreaterThanOrEqual(1);
    expect(reminders.every((r) => (r.payload as { level: string }).level === 'OVERDUE')).toBe(true);
    expect((reminders[0]!.payload as { recipients: string[] }).recipients).toContain('dept-sme');

    await handler(job);
    const again = await sweepAppealDeadlines(db, new Date().toISOString());
    expect(again.reminders.filter((r) => r.caseId === submitted.caseId)).toEqual([]);
    const log2 = await loadAppealLog(db, submitted.caseId);
    expect(log2.filter((a) => a.type === 'REMINDER_SENT')).toHaveLength(reminders.length);
    const [row] = await db.query<{ version: number }>('SELECT version FROM appeal_cases WHERE case_id = $1', [submitted.caseId]);
    expect(row!.version).toBe(log2.length);
  });

  it('registers a schedule for its queue', () => {
    const mod = appealsDeadlineSweep({ db: getDb() });
    expect(mod.schedules).toEqual([{ queue: APPEALS_SWEEP_QUEUE, spec: { everySeconds: 900 } }]);
  });
});
