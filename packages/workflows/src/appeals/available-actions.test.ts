import { describe, expect, it } from 'vitest';
import { availableActions } from './available-actions';
import { foldCase } from './fold-case';
import { act, actors, DEPT_A, DEPT_B, play, SME_BUREAU, submissionPayload, testContext } from './testing/appeal-factory';

const ctx = testContext();
const types = (xs: { type: string }[]) => xs.map((x) => x.type).sort();

describe('availableActions', () => {
  const log = play([
    act('SUBMITTED', actors.enterprise, '2026-03-02T09:00:00+08:00', submissionPayload()),
    act('DISPATCHED', actors.bureau, '2026-03-02T10:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [DEPT_B], note: null }),
  ]);
  const c = foldCase(log);

  it('offers each party only its own next steps', () => {
    expect(types(availableActions(c, actors.deptA, SME_BUREAU))).toEqual(['ANSWERED', 'EXTENSION_REQUESTED', 'INFO_REQUESTED', 'NOTE_ADDED', 'RETURNED']);
    expect(types(availableActions(c, actors.deptB, SME_BUREAU))).toEqual(['NOTE_ADDED']);
    expect(types(availableActions(c, actors.enterprise, SME_BUREAU))).toEqual(['WITHDRAWN']);
    expect(types(availableActions(c, actors.supervisor, SME_BUREAU))).toEqual(['SUPERVISION_NOTICE', 'URGED']);
    expect(availableActions(c, actors.otherEnterprise, SME_BUREAU)).toEqual([]);
    expect(availableActions(c, actors.deptA, SME_BUREAU).find((a) => a.type === 'ANSWERED')?.label).toEqual({ zh: '答复', en: 'Answered' });
  });

  it('does not offer a second return or reopen', () => {
    const returned = play(
      [
        act('RETURNED', actors.deptA, '2026-03-02T11:00:00+08:00', { reason: '非本部门' }),
        act('DISPATCHED', actors.bureau, '2026-03-02T12:00:00+08:00', { ownership: 'SINGLE', lead: DEPT_A, coHandlers: [], note: null }),
      ],
      ctx,
      log,
    );
    expect(types(availableActions(foldCase(returned), actors.deptA, SME_BUREAU))).not.toContain('RETURNED');
    const rated = play(
      [
        act('ANSWERED', actors.deptA, '2026-03-03T10:00:00+08:00', { text: '答复', attachments: [] }),
        act('RATED', actors.enterprise, '2026-03-03T11:00:00+08:00', { satisfaction: 'DISSATISFIED', isResolved: false, comment: null }),
      ],
      ctx,
      log,
    );
    expect(types(availableActions(foldCase(rated), actors.enterprise, SME_BUREAU))).toEqual(['REOPENED']);
  });
});
