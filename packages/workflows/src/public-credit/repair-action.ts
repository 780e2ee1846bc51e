import type { PlainDate } from '@huiqi/kernel';
import type { RepairMeasure } from './repair-measures';
import type { RepairActionType } from './repair-status';

/** Who acts: the enterprise named by the mark (its user), or an officer of the SME bureau. */
export type RepairActor = { kind: 'ENTERPRISE'; userId: string; uscc: string } | { kind: 'BUREAU'; userId: string };

export interface RepairPayloads {
  SUBMITTED: {
    repairId: string;
    markId: string;
    uscc: string;
    measures: RepairMeasure[];
    evidence: string;
    /** The last day for the decision (社会信用条例 第八十二条第一款), null when the calendar cannot count it yet. */
    decisionDue: PlainDate | null;
  };
  MATERIALS_REQUESTED: { items: string };
  MATERIALS_PROVIDED: { evidence: string };
  APPROVED: { reasons: string };
  REJECTED: { reasons: string };
  WITHDRAWN: Record<string, never>;
}

export interface RepairAction<T extends RepairActionType = RepairActionType> {
  id: string;
  type: T;
  /** ISO instant. */
  at: string;
  actor: RepairActor;
  payload: RepairPayloads[T];
}

export type AnyRepairAction = { [T in RepairActionType]: RepairAction<T> }[RepairActionType];
