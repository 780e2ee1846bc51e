import { describe, expect, it } from 'vitest';
import { approved, declaration, registered } from '../testing';
import { applyProviderAction } from './apply-provider-action';
import type { AnyProviderAction } from './provider-action';

const bureau = { kind: 'BUREAU', userId: 'u-b' } as const;

describe('provider registration and approval', () => {
  it('registers, is approved, rated, suspended and reinstated', () => {
    let log: AnyProviderAction[] = [];
    for (const a of [registered(), approved,
      { id: 'p3', type: 'RATED', at: '2026-04-01T09:00:00+08:00', actor: bureau, payload: { score: 4, comment: '服务及时' } },
      { id: 'p4', type: 'SUSPENDED', at: '2026-04-02T09:00:00+08:00', actor: bureau, payload: { reason: '投诉核查中' } },
      { id: 'p5', type: 'REINSTATED', at: '2026-04-03T09:00:00+08:00', actor: bureau, payload: { note: null } }] as AnyProviderAction[]) {
      const r = applyProviderAction(log, a);
      expect(r.ok).toBe(true);
      if (r.ok) log = [...log, r.value.action];
    }
    const r = applyProviderAction(log.slice(0, -1), log[log.length - 1]!);
    expect(r.ok && r.value.provider).toMatchObject({ status: 'APPROVED', rating: { score: 4 }, reason: null });
  });

  it('refuses an invalid USCC, no category, and a registration for another organisation', () => {
    const bad = registered();
    const r1 = applyProviderAction([], { ...bad, payload: { ...bad.payload, uscc: '91440300MA5F00001X' } } as AnyProviderAction);
    expect(!r1.ok && r1.error.code).toBe('SERVICES_ACTOR_NOT_PERMITTED');
    const wrong = { ...bad, actor: { kind: 'PROVIDER', userId: 'u', uscc: '91440300MA5F00001X' }, payload: { ...bad.payload, uscc: '91440300MA5F00001X' } } as AnyProviderAction;
    const r2 = applyProviderAction([], wrong);
    expect(!r2.ok && r2.error.code).toBe('PROVIDER_USCC_INVALID');
    const r3 = applyProviderAction([], { ...bad, payload: { ...bad.payload, ...declaration({ categories: [] }) } } as AnyProviderAction);
    expect(!r3.ok && r3.error.message.zh).toContain('服务类别');
  });

  it('only the bureau approves; a rating is 1–5 with a reason', () => {
    const own = { ...approved, actor: { kind: 'PROVIDER', userId: 'u-p', uscc: registered().actor.kind === 'PROVIDER' ? (registered().actor as { uscc: string }).uscc : '' } } as AnyProviderAction;
    const r = applyProviderAction([registered()], own);
    expect(!r.ok && r.error.code).toBe('SERVICES_ACTOR_NOT_PERMITTED');
    const rated = applyProviderAction([registered(), approved], { id: 'x', type: 'RATED', at: '2026-04-01T09:00:00+08:00', actor: bureau, payload: { score: 6, comment: 'x' } });
    expect(!rated.ok && rated.error.details).toEqual({ field: 'score' });
  });
});
