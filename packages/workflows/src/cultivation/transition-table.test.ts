import { describe, expect, it } from 'vitest';
import { RECOGNITION_ACTION_TYPES } from './action';
import { RECOGNITION_STATUSES } from './status';
import { RECOGNITION_TRANSITIONS, type RecognitionStatusTransitions } from './transition-table';

function render(status: keyof typeof RECOGNITION_TRANSITIONS): string[] {
  const row: RecognitionStatusTransitions = RECOGNITION_TRANSITIONS[status];
  return Object.entries(row)
    .map(([action, t]) => `${action}(${[...t!.by].sort().join('|')})→${t!.to}`)
    .sort();
}

describe('the recognition transition table', () => {
  it('has one row per status, and only known actions', () => {
    expect(Object.keys(RECOGNITION_TRANSITIONS).sort()).toEqual([...RECOGNITION_STATUSES].sort());
    for (const s of RECOGNITION_STATUSES) for (const a of Object.keys(RECOGNITION_TRANSITIONS[s])) expect(RECOGNITION_ACTION_TYPES).toContain(a);
  });

  it('allows exactly these actions in every status (snapshot; a change here is a change of procedure)', () => {
    expect(Object.fromEntries(RECOGNITION_STATUSES.map((s) => [s, render(s)]))).toEqual({
      SUBMITTED: ['DISTRICT_PASSED(DISTRICT)→DISTRICT_PASSED', 'REJECTED(DISTRICT)→REJECTED', 'WITHDRAWN(APPLICANT)→WITHDRAWN'],
      DISTRICT_PASSED: ['CITY_PASSED(CITY)→CITY_PASSED', 'REJECTED(CITY)→REJECTED', 'WITHDRAWN(APPLICANT)→WITHDRAWN'],
      CITY_PASSED: ['EXPERTS_ASSIGNED(CITY)→EXPERT_REVIEW', 'REJECTED(CITY)→REJECTED'],
      EXPERT_REVIEW: ['PUBLICITY_STARTED(CITY)→IN_PUBLICITY', 'REJECTED(CITY)→REJECTED', 'SCORE_RECORDED(EXPERT)→SAME'],
      IN_PUBLICITY: ['OBJECTION_ANSWERED(CITY)→SAME', 'OBJECTION_RECORDED(CITY|PUBLIC)→SAME', 'RECOGNISED(CITY)→RECOGNISED', 'REJECTED(CITY)→REJECTED'],
      RECOGNISED: ['REVOKED(CITY)→REVOKED', 'RE_REVIEW_REQUESTED(APPLICANT)→RE_REVIEW'],
      RE_REVIEW: ['REVOKED(CITY)→REVOKED', 'RE_REVIEW_FAILED(CITY)→NOT_RENEWED', 'RE_REVIEW_PASSED(CITY)→RECOGNISED'],
      REJECTED: [],
      WITHDRAWN: [],
      NOT_RENEWED: [],
      REVOKED: [],
    });
  });
});
