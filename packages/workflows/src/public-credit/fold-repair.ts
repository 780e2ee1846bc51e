import type { PlainDate } from '@huiqi/kernel';
import { foldLog } from '../case-log';
import type { AnyRepairAction } from './repair-action';
import type { RepairMeasure } from './repair-measures';
import type { RepairStatus } from './repair-status';
import { repairTransitionFor } from './repair-transitions';

/** A credit-repair application as its log says. */
export interface RepairCase {
  repairId: string;
  markId: string;
  uscc: string;
  status: RepairStatus;
  measures: RepairMeasure[];
  /** The evidence text, then each supplement in order. */
  evidence: string[];
  decisionDue: PlainDate | null;
  submittedAt: string;
  /** The materials asked for (once, 一次性告知), or null. */
  materialsRequested: string | null;
  decision: { isApproved: boolean; reasons: string; at: string; byUserId: string } | null;
  updatedAt: string;
  version: number;
  anomalies: { index: number; type: string; status: RepairStatus }[];
}

/** Derives an application from its append-only log by the one fold loop (pure and total for a log that starts with SUBMITTED). */
export function foldRepair(log: readonly AnyRepairAction[]): RepairCase {
  return foldLog(log, 'credit repair', {
    open(first) {
      if (first.type !== 'SUBMITTED') throw new RangeError('a credit-repair log must start with SUBMITTED');
      const p = first.payload;
      const c: RepairCase = {
        repairId: p.repairId, markId: p.markId, uscc: p.uscc, status: 'SUBMITTED', measures: [...p.measures], evidence: [p.evidence], decisionDue: p.decisionDue,
        submittedAt: first.at, materialsRequested: null, decision: null, updatedAt: first.at, version: 1, anomalies: [],
      };
      return c;
    },
    transitionFor: repairTransitionFor,
    apply(c, a, t) {
      switch (a.type) {
        case 'MATERIALS_REQUESTED':
          c.materialsRequested = a.payload.items;
          break;
        case 'MATERIALS_PROVIDED':
          c.evidence.push(a.payload.evidence);
          break;
        case 'APPROVED':
        case 'REJECTED':
          c.decision = { isApproved: a.type === 'APPROVED', reasons: a.payload.reasons, at: a.at, byUserId: a.actor.userId };
          break;
        default:
          break;
      }
      c.status = t.to;
    },
  });
}
