import type { PlanActionType, PlanKind } from './plan-status';

/** The days a plan's visits are to take place, both included (older plans: their whole year). */
export interface PlanWindow {
  from: string;
  to: string;
}

/** Which enterprises are candidates: registry filters (empty = no restriction). */
export interface CandidateFilters {
  industryCodes: string[];
  districts: string[];
  riskGrades: string[];
  creditClasses: string[];
}

export interface PlanActor {
  userId: string;
  departmentId: string | null;
  /** True for the platform (jobs). */
  isSystem: boolean;
}

interface Base<T extends PlanActionType, P> {
  id: string;
  type: T;
  at: string;
  actor: PlanActor;
  payload: P;
}

export type PlanAction =
  | Base<'CREATED', { planId: string; departmentId: string; kind: PlanKind; year: number; title: string; itemIds: string[]; filters: CandidateFilters; ratios: Record<string, string>; ratioSources: Record<string, string>; inspectorsPerTarget: number; window?: PlanWindow }>
  | Base<'SEED_COMMITTED', { seedDigest: string; candidateCount: number; candidateListDigest: string }>
  | Base<'DRAWN', { seed: string; targetCount: number }>
  | Base<'CLOSED', { reason: string | null }>
  | Base<'CANCELLED', { reason: string }>;
