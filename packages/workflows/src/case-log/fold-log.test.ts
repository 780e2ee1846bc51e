import { describe, expect, it } from 'vitest';
import { foldLog, type FoldedCase } from './fold-log';

type Action = { type: 'OPENED' | 'CLOSED' | 'NOTED'; at: string };
interface Door extends FoldedCase {
  status: 'OPEN' | 'CLOSED';
  notes: number;
}
const TABLE: Record<Door['status'], Partial<Record<Action['type'], { to: Door['status'] | 'SAME' }>>> = {
  OPEN: { CLOSED: { to: 'CLOSED' }, NOTED: { to: 'SAME' } },
  CLOSED: {},
};
const foldDoor = (log: Action[]) =>
  foldLog<Action, Door, { to: Door['status'] | 'SAME' }>(log, 'door', {
    open: (first) => ({ status: 'OPEN', notes: 0, version: 1, updatedAt: first.at, anomalies: [] }),
    transitionFor: (status, type) => TABLE[status][type] ?? null,
    apply(c, a, t) {
      if (a.type === 'NOTED') c.notes += 1;
      if (t.to !== 'SAME') c.status = t.to;
    },
  });

describe('foldLog', () => {
  it('applies allowed actions, lists the rest as anomalies (a second opening too) and counts every action in the version', () => {
    const c = foldDoor([
      { type: 'OPENED', at: 't1' },
      { type: 'NOTED', at: 't2' },
      { type: 'OPENED', at: 't3' },
      { type: 'CLOSED', at: 't4' },
      { type: 'NOTED', at: 't5' },
    ]);
    expect(c).toMatchObject({ status: 'CLOSED', notes: 1, version: 5, updatedAt: 't5' });
    expect(c.anomalies).toEqual([
      { index: 2, type: 'OPENED', status: 'OPEN' },
      { index: 4, type: 'NOTED', status: 'CLOSED' },
    ]);
  });

  it('refuses an empty log', () => {
    expect(() => foldDoor([])).toThrow(/empty door log/);
  });
});
