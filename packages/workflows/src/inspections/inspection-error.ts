import type { BilingualText } from '@huiqi/kernel';

/** Persisted error codes of the inspections domain (mapped to HTTP by the API). Never renamed. */
export const INSPECTION_ERROR_CODES = [
  'RATIO_INVALID',
  'RATIO_MISSING',
  'STRATUM_INVALID',
  'CANDIDATE_INVALID',
  'CANDIDATE_DUPLICATE',
  'SEED_INVALID',
  'TOO_FEW_INSPECTORS',
  'INSPECTOR_DUPLICATE',
  'ACTION_NOT_ALLOWED',
  'ACTOR_NOT_PERMITTED',
  'FIRST_ACTION_MUST_BE_CREATION',
  'SEED_DOES_NOT_MATCH_DIGEST',
  'ITEM_NOT_PUBLISHED',
  'PAYLOAD_INVALID',
  'CODE_INVALID',
  'CODE_FOR_ANOTHER_ENTERPRISE',
  'INSPECTOR_NOT_ASSIGNED',
] as const;
export type InspectionErrorCode = (typeof INSPECTION_ERROR_CODES)[number];

export interface InspectionError {
  code: InspectionErrorCode;
  message: BilingualText;
  /** Machine-readable context (stratum, uscc, index …). */
  details: Record<string, unknown>;
}

export function inspectionError(code: InspectionErrorCode, zh: string, en: string, details: Record<string, unknown> = {}): InspectionError {
  return { code, message: { zh, en }, details };
}
