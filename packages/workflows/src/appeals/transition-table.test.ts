import { describe, expect, it } from 'vitest';
import { APPEAL_ACTION_TYPES } from './action';
import { APPEAL_STATUSES, appealStatuses } from './status';
import { TRANSITIONS, type StatusTransitions } from './transition-table';

/** The table rendered as `ACTION(performers)→target` per status, sorted: a reviewable snapshot. */
function render(status: keyof typeof TRANSITIONS): string[] {
  const row: StatusTransitions = TRANSITIONS[status];
  return Object.entries(row)
    .map(([action, t]) => `${action}(${[...t!.by].sort().join('|')})→${t!.to}`)
    .sort();
}

describe('the appeal transition table', () => {
  it('has one row per status, and only known actions', () => {
    expect(Object.keys(TRANSITIONS).sort()).toEqual([...APPEAL_STATUSES].sort());
    for (const s of APPEAL_STATUSES) for (const a of Object.keys(TRANSITIONS[s])) expect(APPEAL_ACTION_TYPES).toContain(a);
  });

  it('allows exactly these actions in every status (snapshot; a change here is a change of procedure)', () => {
    const snapshot = Object.fromEntries(APPEAL_STATUSES.map((s) => [s, render(s)]));
    expect(snapshot).toEqual({
      SUBMITTED: [
        'ACCEPTED(OWNER)→ACCEPTED',
        'DEADLINES_RECOMPUTED(SYSTEM)→SAME',
        'DISPATCHED(OWNER)→DISPATCHED',
        'INFO_REQUESTED(OWNER)→INFO_REQUESTED',
        'NOTE_ADDED(OWNER)→SAME',
        'REJECTED(OWNER)→REJECTED',
        'REMINDER_SENT(SYSTEM)→SAME',
        'URGED(SUPERVISOR)→SAME',
        'WITHDRAWN(REPORTER)→WITHDRAWN',
      ],
      ACCEPTED: [
        'ANSWERED(HANDLER)→ANSWERED',
        'DEADLINES_RECOMPUTED(SYSTEM)→SAME',
        'DISPATCHED(OWNER)→DISPATCHED',
        'EXTENSION_REQUESTED(HANDLER)→EXTENSION_REQUESTED',
        'INFO_REQUESTED(HANDLER)→INFO_REQUESTED',
        'NOTE_ADDED(OWNER)→SAME',
        'REJECTED(OWNER)→REJECTED',
        'REMINDER_SENT(SYSTEM)→SAME',
        'SUPERVISION_NOTICE(SUPERVISOR)→SAME',
        'TRANSFERRED(OWNER)→DISPATCHED',
        'URGED(SUPERVISOR)→SAME',
        'WITHDRAWN(REPORTER)→WITHDRAWN',
      ],
      REJECTED: [],
      DISPATCHED: [
        'ANSWERED(HANDLER)→ANSWERED',
        'CREDIT_MARKED(HANDLER)→SAME',
        'DEADLINES_RECOMPUTED(SYSTEM)→SAME',
        'EXTENSION_REQUESTED(HANDLER)→EXTENSION_REQUESTED',
        'INFO_REQUESTED(HANDLER)→INFO_REQUESTED',
        'NOTE_ADDED(CO_HANDLER|HANDLER|OWNER)→SAME',
        'REMINDER_SENT(SYSTEM)→SAME',
        'RETURNED(LEAD)→RETURN_ROUTE',
        'SUPERVISION_NOTICE(SUPERVISOR)→SAME',
        'URGED(SUPERVISOR)→SAME',
        'WITHDRAWN(REPORTER)→WITHDRAWN',
      ],
      DISPATCH_DISPUTED: [
        'DEADLINES_RECOMPUTED(SYSTEM)→SAME',
        'DISPATCHED(SME_BUREAU)→DISPATCHED',
        'NOTE_ADDED(OWNER|SME_BUREAU)→SAME',
        'REMINDER_SENT(SYSTEM)→SAME',
        'SUPERVISION_NOTICE(SUPERVISOR)→SAME',
        'TRANSFERRED(SME_BUREAU)→DISPATCHED',
        'URGED(SUPERVISOR)→SAME',
        'WITHDRAWN(REPORTER)→WITHDRAWN',
      ],
      EXTENSION_REQUESTED: [
        'ANSWERED(HANDLER)→ANSWERED',
        'CREDIT_MARKED(HANDLER)→SAME',
        'DEADLINES_RECOMPUTED(SYSTEM)→SAME',
        'EXTENSION_APPROVED(SUPERVISOR)→RESUME',
        'EXTENSION_DENIED(SUPERVISOR)→RESUME',
        'NOTE_ADDED(CO_HANDLER|HANDLER|OWNER)→SAME',
        'REMINDER_SENT(SYSTEM)→SAME',
        'SUPERVISION_NOTICE(SUPERVISOR)→SAME',
        'URGED(SUPERVISOR)→SAME',
        'WITHDRAWN(REPORTER)→WITHDRAWN',
      ],
      INFO_REQUESTED: [
        'CLOSED(OWNER)→CLOSED',
        'DEADLINES_RECOMPUTED(SYSTEM)→SAME',
        'INFO_PROVIDED(REPORTER)→RESUME',
        'NOTE_ADDED(HANDLER|OWNER)→SAME',
        'WITHDRAWN(REPORTER)→WITHDRAWN',
      ],
      ANSWERED: ['CLOSED(OWNER)→CLOSED', 'CREDIT_MARKED(HANDLER)→SAME', 'NOTE_ADDED(HANDLER|OWNER)→SAME', 'RATED(REPORTER)→RATED'],
      RATED: ['CLOSED(OWNER)→CLOSED', 'CREDIT_MARKED(HANDLER)→SAME', 'NOTE_ADDED(HANDLER|OWNER)→SAME', 'REOPENED(OWNER|REPORTER)→HANDLING'],
      CLOSED: [],
      WITHDRAWN: [],
    });
  });

  it('lets nothing happen in a final status, and something in every other', () => {
    for (const s of APPEAL_STATUSES) expect(Object.keys(TRANSITIONS[s]).length === 0).toBe(appealStatuses[s].isFinal);
  });

  it('never lets a reporter act on behalf of a department or a department rate its own work', () => {
    for (const s of APPEAL_STATUSES) {
      const row: StatusTransitions = TRANSITIONS[s];
      for (const [action, t] of Object.entries(row)) {
        if (['ANSWERED', 'DISPATCHED', 'TRANSFERRED', 'RETURNED', 'EXTENSION_APPROVED', 'CLOSED'].includes(action)) expect(t!.by).not.toContain('REPORTER');
        if (['RATED', 'INFO_PROVIDED', 'WITHDRAWN'].includes(action)) expect(t!.by).toEqual(['REPORTER']);
        if (action === 'EXTENSION_APPROVED' || action === 'EXTENSION_DENIED') expect(t!.by).toEqual(['SUPERVISOR']);
      }
    }
  });
});
