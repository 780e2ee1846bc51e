import { describe, expect, it } from 'vitest';
import type { AppealActionInput } from './action';
import { foldCase } from './fold-case';
import { computeAppealStatistics, publicAppealStatistics } from './statistics';
import { act, actors, DEPT_A, play, SME_BUREAU, submissionPayload } from './testing/appeal-factory';

const dispatchA = (at: string) => act('DISPATCHED', actors.bureau, at, { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null });
const submit = (at: string, id: string) => act('SUBMITTED', actors.enterprise, at, submissionPayload({ caseId: id, title: `机密标题-${id}` }));
const caseOf = (steps: AppealActionInput[]) => foldCase(play(steps));

const march = [
  // 1: answered on time (due 3/5), satisfied and resolved, closed.
  caseOf([
    submit('2026-03-02T09:00:00+08:00', 'c1'),
    dispatchA('2026-03-02T10:00:00+08:00'),
    act('ANSWERED', actors.deptA, '2026-03-04T10:00:00+08:00', { text: '已办', attachments: [] }),
    act('RATED', actors.enterprise, '2026-03-04T12:00:00+08:00', { satisfaction: 'SATISFIED', isResolved: true, comment: null }),
    act('CLOSED', actors.bureau, '2026-03-05T09:00:00+08:00', { note: null }),
  ]),
  // 2: first answer late (3/9 > 3/5), reopened, second answer on time, dissatisfied, closed.
  caseOf([
    submit('2026-03-02T09:00:00+08:00', 'c2'),
    dispatchA('2026-03-02T10:00:00+08:00'),
    act('ANSWERED', actors.deptA, '2026-03-09T10:00:00+08:00', { text: '答复一', attachments: [] }),
    act('RATED', actors.enterprise, '2026-03-09T11:00:00+08:00', { satisfaction: 'DISSATISFIED', isResolved: false, comment: null }),
    act('REOPENED', actors.enterprise, '2026-03-09T12:00:00+08:00', { reason: '未解决' }),
    act('ANSWERED', actors.deptA, '2026-03-10T10:00:00+08:00', { text: '答复二', attachments: [] }),
    act('RATED', actors.enterprise, '2026-03-10T11:00:00+08:00', { satisfaction: 'DISSATISFIED', isResolved: false, comment: null }),
    act('CLOSED', actors.bureau, '2026-03-11T09:00:00+08:00', { note: null }),
  ]),
  // 3: never answered, overdue by asOf.
  caseOf([submit('2026-03-02T09:00:00+08:00', 'c3'), dispatchA('2026-03-02T10:00:00+08:00')]),
  // 4: not yet due at asOf (due 3/23).
  caseOf([submit('2026-03-18T09:00:00+08:00', 'c4'), dispatchA('2026-03-18T10:00:00+08:00')]),
  // 5: rejected by the SME bureau (its own group).
  caseOf([submit('2026-03-03T09:00:00+08:00', 'c5'), act('REJECTED', actors.bureau, '2026-03-03T10:00:00+08:00', { reason: 'NO_CONCRETE_REQUEST', explanation: '无具体诉求', relatedCaseId: null })]),
  // 6: withdrawn.
  caseOf([submit('2026-03-02T09:00:00+08:00', 'c6'), dispatchA('2026-03-02T10:00:00+08:00'), act('WITHDRAWN', actors.enterprise, '2026-03-03T10:00:00+08:00', { reason: null })]),
  // 7: February.
  caseOf([submit('2026-02-27T09:00:00+08:00', 'c7'), dispatchA('2026-02-27T10:00:00+08:00'), act('ANSWERED', actors.deptA, '2026-03-02T10:00:00+08:00', { text: '已办', attachments: [] })]),
];

describe('computeAppealStatistics', () => {
  const stats = computeAppealStatistics(march, '2026-03-20T12:00:00+08:00');

  it('groups by submission month and responsible department', () => {
    expect(stats.map((s) => [s.month, s.department, s.received])).toEqual([
      ['2026-02', DEPT_A, 1],
      ['2026-03', DEPT_A, 5],
      ['2026-03', SME_BUREAU, 1],
    ]);
  });

  it('computes 响应率, 办结率, 解决率 and 满意率 by their definitions', () => {
    const a = stats.find((s) => s.month === '2026-03' && s.department === DEPT_A)!;
    expect([a.rejected, a.withdrawn, a.handled, a.due, a.undetermined]).toEqual([0, 1, 4, 3, 0]);
    expect(a.responseRate).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
    expect(a.onTimeClosingRate).toEqual({ numerator: 1, denominator: 3, rate: 1 / 3 });
    expect(a.resolutionRate).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(a.satisfactionRate).toEqual({ numerator: 1, denominator: 2, rate: 0.5 });
    expect(a.ratings).toEqual({ satisfied: 1, basicallySatisfied: 0, dissatisfied: 1 });
    const feb = stats.find((s) => s.month === '2026-02')!;
    // Submitted Friday 2/27: 2/28 (调休), 3/2, 3/3 → due 3/3; answered 3/2.
    expect(feb.responseRate.rate).toBe(1);
    expect(feb.satisfactionRate).toEqual({ numerator: 0, denominator: 0, rate: null });
    const bureau = stats.find((s) => s.department === SME_BUREAU)!;
    expect([bureau.rejected, bureau.handled, bureau.responseRate.rate]).toEqual([1, 0, null]);
  });

  it('looks only at what had happened by asOf', () => {
    const early = computeAppealStatistics(march, '2026-03-04T12:00:00+08:00').find((s) => s.month === '2026-03' && s.department === DEPT_A)!;
    // c4 not yet submitted; c1 answered on time; c2 and c3 not yet due (due 3/5).
    expect([early.received, early.due, early.responseRate.rate]).toEqual([4, 1, 1]);
  });

  it('keeps cases without a computable due date out of the rates, and counts them', () => {
    const unknown = caseOf([submit('2026-12-30T09:00:00+08:00', 'c8'), dispatchA('2026-12-30T10:00:00+08:00')]);
    const s = computeAppealStatistics([unknown], '2027-01-20T12:00:00+08:00')[0]!;
    expect([s.due, s.undetermined, s.responseRate.rate]).toEqual([0, 1, null]);
  });
});

describe('publicAppealStatistics', () => {
  it('counts by month, type, department and outcome, without anything that identifies a case or reporter', () => {
    const pub = publicAppealStatistics(march);
    expect(pub.find((p) => p.month === '2026-03' && p.department === DEPT_A)).toEqual({
      month: '2026-03',
      type: 'REQUEST',
      department: DEPT_A,
      counts: { IN_PROGRESS: 2, ANSWERED: 0, CLOSED: 2, REJECTED: 0, WITHDRAWN: 1 },
      total: 5,
    });
    const text = JSON.stringify(pub);
    for (const secret of ['c1', '机密标题', 'u-ent-1', 'ent-1', '示例精密', '2026-03-02']) expect(text).not.toContain(secret);
  });
});
