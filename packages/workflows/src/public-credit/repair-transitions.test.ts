import { describe, expect, it } from 'vitest';
import { REPAIR_ACTION_TYPES, REPAIR_STATUS_INFO, REPAIR_STATUSES } from './repair-status';
import { REPAIR_TRANSITIONS, type RepairStatusTransitions } from './repair-transitions';

/** The table rendered as `ACTION(performers)→target` per status, sorted: a reviewable snapshot. */
function render(status: keyof typeof REPAIR_TRANSITIONS): string[] {
  const row: RepairStatusTransitions = REPAIR_TRANSITIONS[status];
  return Object.entries(row)
    .map(([action, t]) => `${action}(${[...t!.by].sort().join('|')})→${t!.to}`)
    .sort();
}

describe('the credit-repair transition table', () => {
  it('has one row per status, and only known actions', () => {
    expect(Object.keys(REPAIR_TRANSITIONS).sort()).toEqual([...REPAIR_STATUSES].sort());
    for (const s of REPAIR_STATUSES) for (const a of Object.keys(REPAIR_TRANSITIONS[s])) expect(REPAIR_ACTION_TYPES).toContain(a);
  });

  it('allows exactly these actions in every status (snapshot; a change here is a change of procedure)', () => {
    const snapshot = Object.fromEntries(REPAIR_STATUSES.map((s) => [s, render(s)]));
    expect(snapshot).toEqual({
      SUBMITTED: ['APPROVED(BUREAU)→APPROVED', 'MATERIALS_REQUESTED(BUREAU)→MATERIALS_REQUESTED', 'REJECTED(BUREAU)→REJECTED', 'WITHDRAWN(APPLICANT)→WITHDRAWN'],
      MATERIALS_REQUESTED: ['MATERIALS_PROVIDED(APPLICANT)→SUBMITTED', 'REJECTED(BUREAU)→REJECTED', 'WITHDRAWN(APPLICANT)→WITHDRAWN'],
      APPROVED: [],
      REJECTED: [],
      WITHDRAWN: [],
    });
  });

  it('lets nothing happen in a final status, and something in every other', () => {
    for (const s of REPAIR_STATUSES) expect(Object.keys(REPAIR_TRANSITIONS[s]).length === 0).toBe(REPAIR_STATUS_INFO[s].isFinal);
  });

  it('never lets the applicant decide its own repair, nor the bureau act for the applicant', () => {
    for (const s of REPAIR_STATUSES) {
      const row: RepairStatusTransitions = REPAIR_TRANSITIONS[s];
      for (const [action, t] of Object.entries(row)) {
        if (['APPROVED', 'REJECTED', 'MATERIALS_REQUESTED'].includes(action)) expect(t!.by).toEqual(['BUREAU']);
        if (['WITHDRAWN', 'MATERIALS_PROVIDED'].includes(action)) expect(t!.by).toEqual(['APPLICANT']);
      }
    }
  });
});
