import { describe, expect, it } from 'vitest';
import { PLAN_ACTION_TYPES, PLAN_STATUSES } from './plan-status';
import { PLAN_TRANSITIONS, type PlanStatusTransitions } from './plan-transition-table';

const render = (s: (typeof PLAN_STATUSES)[number]) =>
  Object.entries(PLAN_TRANSITIONS[s] as PlanStatusTransitions)
    .map(([a, t]) => `${a}(${[...t!.by].sort().join('|')})→${t!.to}`)
    .sort();

describe('the inspection plan transition table', () => {
  it('has one row per status and only known actions', () => {
    expect(Object.keys(PLAN_TRANSITIONS).sort()).toEqual([...PLAN_STATUSES].sort());
    for (const s of PLAN_STATUSES) for (const a of Object.keys(PLAN_TRANSITIONS[s])) expect(PLAN_ACTION_TYPES).toContain(a);
  });

  it('allows exactly these actions (snapshot; a change here is a change of procedure)', () => {
    expect(Object.fromEntries(PLAN_STATUSES.map((s) => [s, render(s)]))).toEqual({
      DRAFT: ['CANCELLED(OWNER)→CANCELLED', 'SEED_COMMITTED(OWNER)→SEED_COMMITTED'],
      SEED_COMMITTED: ['CANCELLED(OWNER)→CANCELLED', 'DRAWN(OWNER)→DRAWN'],
      DRAWN: ['CLOSED(OWNER|SYSTEM)→CLOSED'],
      CLOSED: [],
      CANCELLED: [],
    });
  });
});
