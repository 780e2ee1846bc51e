import type { EligibilityStatus } from '@huiqi/rules-engine';

/**
 * The per-enterprise × policy outcome as one byte (persisted: never renumber):
 * 0 NOT_IN_FORCE, 1 ELIGIBLE, 2 UNKNOWN, 3 + k INELIGIBLE with condition k (0-based, in the
 * version's order) as the first failing clause. A version may have at most 252 conditions.
 */
export const OUTCOME_NOT_IN_FORCE = 0;
export const OUTCOME_ELIGIBLE = 1;
export const OUTCOME_UNKNOWN = 2;
export const OUTCOME_INELIGIBLE_BASE = 3;
export const MAX_CONDITIONS = 255 - OUTCOME_INELIGIBLE_BASE;

export interface DecodedOutcome {
  status: EligibilityStatus;
  /** Index of the first failing condition (INELIGIBLE only). */
  failingIndex?: number;
}

export function decodeOutcome(code: number): DecodedOutcome {
  if (code === OUTCOME_NOT_IN_FORCE) return { status: 'NOT_IN_FORCE' };
  if (code === OUTCOME_ELIGIBLE) return { status: 'ELIGIBLE' };
  if (code === OUTCOME_UNKNOWN) return { status: 'UNKNOWN' };
  return { status: 'INELIGIBLE', failingIndex: code - OUTCOME_INELIGIBLE_BASE };
}

/** The code for a status (and the index of its first failing condition when INELIGIBLE). */
export function encodeOutcome(status: EligibilityStatus, failingIndex = 0): number {
  switch (status) {
    case 'NOT_IN_FORCE':
      return OUTCOME_NOT_IN_FORCE;
    case 'ELIGIBLE':
      return OUTCOME_ELIGIBLE;
    case 'UNKNOWN':
      return OUTCOME_UNKNOWN;
    case 'INELIGIBLE':
      if (!Number.isInteger(failingIndex) || failingIndex < 0 || failingIndex > MAX_CONDITIONS) throw new RangeError(`failing clause index ${failingIndex} is outside 0…${MAX_CONDITIONS}`);
      return OUTCOME_INELIGIBLE_BASE + failingIndex;
  }
}

export const STATUSES: readonly EligibilityStatus[] = ['NOT_IN_FORCE', 'ELIGIBLE', 'UNKNOWN', 'INELIGIBLE'];

/** Index into STATUSES of a code (for counts per policy × status). */
export function statusIndex(code: number): number {
  return code >= OUTCOME_INELIGIBLE_BASE ? 3 : code;
}
