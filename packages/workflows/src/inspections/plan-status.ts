/**
 * Statuses of an inspection plan (抽查计划), derived by folding its action log:
 * - DRAFT: items, candidate filters and ratios can still change;
 * - SEED_COMMITTED: the candidate list is frozen and the SHA-256 digest of the secret seed (and of
 *   the candidate list) is public — nothing that decides the draw can change any more;
 * - DRAWN: targets and inspectors drawn; the seed itself is public, so anyone can recompute;
 * - CLOSED: every target has a result (or the plan was closed by its department);
 * - CANCELLED: withdrawn before the draw (the committed digest stays on record).
 */
export const PLAN_STATUSES = ['DRAFT', 'SEED_COMMITTED', 'DRAWN', 'CLOSED', 'CANCELLED'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** Persisted action types of a plan log. Never renamed. */
export const PLAN_ACTION_TYPES = ['CREATED', 'SEED_COMMITTED', 'DRAWN', 'CLOSED', 'CANCELLED'] as const;
export type PlanActionType = (typeof PLAN_ACTION_TYPES)[number];

/** 年度计划 or 专项（临时）计划. */
export const PLAN_KINDS = ['ANNUAL', 'AD_HOC'] as const;
export type PlanKind = (typeof PLAN_KINDS)[number];
