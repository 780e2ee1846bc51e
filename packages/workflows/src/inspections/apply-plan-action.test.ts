import { describe, expect, it } from 'vitest';
import { applyPlanAction } from './apply-plan-action';
import type { PlanAction, PlanActor } from './plan-action';
import { seedDigest } from './seed-commitment';

const owner: PlanActor = { userId: 'u1', departmentId: 'dept-a', isSystem: false };
const other: PlanActor = { userId: 'u2', departmentId: 'dept-b', isSystem: false };
const created = (over: Partial<Extract<PlanAction, { type: 'CREATED' }>['payload']> = {}, actor = owner): PlanAction => ({
  id: 'a1',
  type: 'CREATED',
  at: '2026-03-01T02:00:00Z',
  actor,
  payload: {
    planId: 'ip-1', departmentId: 'dept-a', kind: 'ANNUAL', year: 2026, title: '2026 年度抽查', itemIds: ['ii-1'],
    filters: { industryCodes: [], districts: [], riskGrades: [], creditClasses: [] },
    ratios: { A: '0.01', B: '0.02', C: '0.1', D: '0.3' }, ratioSources: {}, inspectorsPerTarget: 2, ...over,
  },
});
const SEED = 'f'.repeat(64);
const commit: PlanAction = { id: 'a2', type: 'SEED_COMMITTED', at: '2026-03-02T02:00:00Z', actor: owner, payload: { seedDigest: seedDigest(SEED), candidateCount: 10, candidateListDigest: '0'.repeat(64) } };

function run(actions: PlanAction[]) {
  let log: PlanAction[] = [];
  for (const a of actions) {
    const r = applyPlanAction(log, a);
    if (!r.ok) return r;
    log = r.value.log;
  }
  return applyPlanAction([], created()).ok ? { ok: true as const, log } : null;
}

describe('applyPlanAction', () => {
  it('runs DRAFT → SEED_COMMITTED → DRAWN → CLOSED, publishing the seed only after the draw', () => {
    const r1 = applyPlanAction([], created());
    expect(r1.ok && r1.value.plan).toMatchObject({ status: 'DRAFT', seed: null, seedDigest: null });
    const r2 = applyPlanAction(r1.ok ? r1.value.log : [], commit);
    expect(r2.ok && r2.value.plan).toMatchObject({ status: 'SEED_COMMITTED', seed: null, seedDigest: seedDigest(SEED), candidateCount: 10 });
    const r3 = applyPlanAction(r2.ok ? r2.value.log : [], { id: 'a3', type: 'DRAWN', at: '2026-03-03T02:00:00Z', actor: owner, payload: { seed: SEED, targetCount: 3 } });
    expect(r3.ok && r3.value.plan).toMatchObject({ status: 'DRAWN', seed: SEED, targetCount: 3, version: 3 });
    const r4 = applyPlanAction(r3.ok ? r3.value.log : [], { id: 'a4', type: 'CLOSED', at: '2026-04-03T02:00:00Z', actor: { userId: 'system', departmentId: null, isSystem: true }, payload: { reason: null } });
    expect(r4.ok && r4.value.plan.status).toBe('CLOSED');
  });

  it('refuses a seed that does not match the committed digest', () => {
    const r = run([created(), commit, { id: 'a3', type: 'DRAWN', at: '2026-03-03T02:00:00Z', actor: owner, payload: { seed: 'e'.repeat(64), targetCount: 3 } }]);
    expect(r && !r.ok && r.error.code).toBe('SEED_DOES_NOT_MATCH_DIGEST');
  });

  it('refuses a draw before the commitment, another department, and a bad ratio naming the stratum', () => {
    const early = run([created(), { id: 'a3', type: 'DRAWN', at: '2026-03-03T02:00:00Z', actor: owner, payload: { seed: SEED, targetCount: 3 } }]);
    expect(early && !early.ok && early.error).toMatchObject({ code: 'ACTION_NOT_ALLOWED', details: { status: 'DRAFT', action: 'DRAWN' } });
    const foreign = run([created(), { ...commit, actor: other }]);
    expect(foreign && !foreign.ok && foreign.error.code).toBe('ACTOR_NOT_PERMITTED');
    const bad = applyPlanAction([], created({ ratios: { A: '1.2' } }));
    expect(!bad.ok && bad.error).toMatchObject({ code: 'RATIO_INVALID', details: { stratum: 'A' } });
    expect(!applyPlanAction([], created({}, other)).ok).toBe(true);
    const one = applyPlanAction([], created({ inspectorsPerTarget: 1 }));
    expect(!one.ok && one.error.code).toBe('PAYLOAD_INVALID');
  });

  it('keeps an inspection window inside the plan\'s year; a plan without one covers its whole year', () => {
    const r = applyPlanAction([], created({ window: { from: '2026-11-01', to: '2026-11-30' } }));
    expect(r.ok && r.value.plan.window).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    const whole = applyPlanAction([], created());
    expect(whole.ok && whole.value.plan.window).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    for (const window of [{ from: '2026-12-01', to: '2026-11-30' }, { from: '2025-12-01', to: '2026-01-31' }]) {
      const bad = applyPlanAction([], created({ window }));
      expect(!bad.ok && bad.error.details.field).toBe('window');
    }
  });
});
