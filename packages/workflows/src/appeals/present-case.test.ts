import { describe, expect, it } from 'vitest';
import { presentCaseFor } from './present-case';
import { act, actors, DEPT_A, DEPT_B, DEPT_C, play, SME_BUREAU, submissionPayload, testContext } from './testing/appeal-factory';

const ctx = testContext();
const anonymousReporter = { userId: 'anon-7f3a', enterpriseId: null, enterpriseName: null, uscc: null, contactName: null, contactPhone: null, contactEmail: null };

function anonymousComplaint() {
  return play([
    act('SUBMITTED', actors.anonymous, '2026-03-02T09:00:00+08:00', submissionPayload({ type: 'COMPLAINT', isAnonymous: true, reporter: anonymousReporter, title: '执法人员索要好处', description: '检查时暗示需要请客' })),
    act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [DEPT_B], note: null }),
    act('NOTE_ADDED', actors.deptA, '2026-03-02T11:00:00+08:00', { text: '内部：已约谈当事执法人员', isInternal: true }),
    act('URGED', actors.supervisor, '2026-03-05T09:00:00+08:00', { note: '请加快' }),
    act('ANSWERED', actors.deptA, '2026-03-05T10:00:00+08:00', { text: '经查属实，已处理。', attachments: [] }),
  ]);
}

describe('presentCaseFor: who sees what', () => {
  it('hides an anonymous reporter from every official, in the case and in the timeline', () => {
    const log = anonymousComplaint();
    for (const viewer of [actors.deptA, actors.deptB, actors.bureau, actors.supervisor]) {
      const v = presentCaseFor(viewer, log, SME_BUREAU);
      expect(v.ok).toBe(true);
      if (!v.ok) continue;
      expect(v.value.reporter).toBeNull();
      expect(JSON.stringify(v.value)).not.toContain('anon-7f3a');
      expect(v.value.timeline[0]).toMatchObject({ type: 'SUBMITTED', byRole: 'ENTERPRISE', byUser: null });
    }
  });

  it('shows the reporter its own case with every public step and the due date, but no internal notes or supervision', () => {
    const v = presentCaseFor(actors.anonymous, anonymousComplaint(), SME_BUREAU);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.value.access).toBe('REPORTER');
    expect(v.value.reporter?.userId).toBe('anon-7f3a');
    expect(v.value.timeline.map((t) => t.type)).toEqual(['SUBMITTED', 'DISPATCHED', 'ANSWERED']);
    expect(v.value.timeline.every((t) => t.byUser === null || t.byUser === 'anon-7f3a')).toBe(true);
    expect(v.value.timeline[2]).toMatchObject({ byDepartment: DEPT_A, text: '经查属实，已处理。' });
    expect(v.value.deadlines).toEqual([
      expect.objectContaining({ clock: 'ANSWER', due: '2026-03-19', isMet: true, source: expect.objectContaining({ verification: 'UNVERIFIED' }) }),
    ]);
    expect(v.value.availableActions.map((a) => a.type)).toEqual(['RATED']);
  });

  it('shows a named reporter to the departments handling the case', () => {
    const log = play([
      act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload()),
      act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null }),
    ]);
    const v = presentCaseFor(actors.deptA, log, SME_BUREAU);
    expect(v.ok && v.value.reporter?.enterpriseName).toBe('深圳市示例精密制造有限公司');
    expect(v.ok && v.value.timeline[1]!.byUser).toBe('u-sme-1');
  });

  it('shows a department only cases dispatched to it, and no longer after it returned one', () => {
    const log = anonymousComplaint();
    const denied = presentCaseFor(actors.deptC, log, SME_BUREAU);
    expect(!denied.ok && denied.error.code).toBe('CASE_NOT_VISIBLE');
    const returned = play(
      [
        act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload()),
        act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_C, coHandlers: [], note: null }),
      ],
      ctx,
    );
    expect(presentCaseFor(actors.deptC, returned, SME_BUREAU).ok).toBe(true);
    const after = play([act('RETURNED', actors.deptC, '2026-03-02T11:00:00+08:00', { reason: '非本部门' })], ctx, returned);
    expect(presentCaseFor(actors.deptC, after, SME_BUREAU).ok).toBe(false);
    expect(presentCaseFor(actors.bureau, after, SME_BUREAU).ok).toBe(true);
  });

  it('shows an enterprise only its own cases, and the public none', () => {
    const log = play([act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload())]);
    expect(presentCaseFor(actors.colleague, log, SME_BUREAU).ok).toBe(true);
    const other = presentCaseFor(actors.otherEnterprise, log, SME_BUREAU);
    expect(!other.ok && other.error.message).toEqual({ zh: '无权查看该诉求', en: 'you may not see this case' });
    expect(presentCaseFor({ role: 'PUBLIC' }, log, SME_BUREAU).ok).toBe(false);
  });
});
