import type { DemandTerms, LoanOutcome } from './demand';
import type { DemandActionType } from './demand-status';

/** Who acts: an enterprise user of the publishing enterprise, or a user of a financial institution. */
export type DemandActor =
  | { kind: 'ENTERPRISE'; userId: string; uscc: string }
  | { kind: 'INSTITUTION'; userId: string; institutionId: string };

export interface DemandPayloads {
  PUBLISHED: DemandTerms & { demandId: string; uscc: string };
  TAKEN: Record<string, never>;
  RELEASED: { reason: string };
  LOAN_RECORDED: LoanOutcome;
  WITHDRAWN: Record<string, never>;
}

export interface DemandAction<T extends DemandActionType = DemandActionType> {
  id: string;
  type: T;
  /** ISO instant. */
  at: string;
  actor: DemandActor;
  payload: DemandPayloads[T];
}

export type AnyDemandAction = { [T in DemandActionType]: DemandAction<T> }[DemandActionType];
