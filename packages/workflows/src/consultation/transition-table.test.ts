import { describe, expect, it } from 'vitest';
import { CONSULTATION_ACTION_TYPES } from './action';
import { CONSULTATION_STATUSES } from './status';
import { CONSULTATION_TRANSITIONS, type ConsultationStatusTransitions } from './transition-table';

function render(status: keyof typeof CONSULTATION_TRANSITIONS): string[] {
  const row: ConsultationStatusTransitions = CONSULTATION_TRANSITIONS[status];
  return Object.entries(row)
    .map(([action, t]) => `${action}(${[...t!.by].sort().join('|')})→${t!.to}`)
    .sort();
}

describe('the consultation transition table', () => {
  it('has one row per status, and only known actions', () => {
    expect(Object.keys(CONSULTATION_TRANSITIONS).sort()).toEqual([...CONSULTATION_STATUSES].sort());
    for (const s of CONSULTATION_STATUSES) for (const a of Object.keys(CONSULTATION_TRANSITIONS[s])) expect(CONSULTATION_ACTION_TYPES).toContain(a);
  });

  it('allows exactly these actions in every status (snapshot; a change here is a change of procedure)', () => {
    expect(Object.fromEntries(CONSULTATION_STATUSES.map((s) => [s, render(s)]))).toEqual({
      OPEN: [
        'CANCELLED(OWNER)→CANCELLED',
        'COMMENTS_GROUPED(OWNER)→SAME',
        'COMMENT_EDITED(AUTHOR)→SAME',
        'COMMENT_HIDDEN(OWNER)→SAME',
        'COMMENT_SUBMITTED(COMMENTER)→SAME',
        'COMMENT_WITHDRAWN(AUTHOR)→SAME',
        'PERIOD_ENDED(OWNER|SYSTEM)→PROCESSING',
      ],
      PROCESSING: [
        'COMMENTS_GROUPED(OWNER)→SAME',
        'COMMENT_HIDDEN(OWNER)→SAME',
        'FEEDBACK_PUBLISHED(OWNER)→CLOSED',
        'OPINION_ANSWERED(OWNER)→SAME',
        'REVISED_DRAFT_LINKED(OWNER)→SAME',
      ],
      CLOSED: [],
      CANCELLED: [],
    });
  });
});
