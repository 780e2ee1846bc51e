import type { PlainDate } from '@huiqi/kernel';
import type { CreditScope } from './scopes';

/**
 * 核验问题: yes/no questions an institution may ask about a value it was not shown, answered from
 * government data without revealing the value (persisted question kinds; never renamed).
 */
export type VerificationQuestion =
  | { kind: 'REVENUE_AT_LEAST'; year: number; thresholdFen: number }
  | { kind: 'EMPLOYEES_AT_LEAST'; year: number; count: number }
  | { kind: 'HOLDS_QUALIFICATION'; tag: string; onDate: PlainDate };
export const VERIFICATION_KINDS = ['REVENUE_AT_LEAST', 'EMPLOYEES_AT_LEAST', 'HOLDS_QUALIFICATION'] as const;

/** The scope a question is about (the consent must allow verification of it). */
export function scopeOfQuestion(q: VerificationQuestion): CreditScope {
  return q.kind === 'HOLDS_QUALIFICATION' ? 'QUALIFICATIONS' : 'YEARLY_FIGURES';
}

/** The values a question reads, fetched by the caller for exactly that question. */
export interface VerificationData {
  /** The year's figures, or null when the enterprise has none for that year. */
  figures: { revenueFen: number; employees: number } | null;
  /** The qualification tags on the question's date, or null when the registry has no state then. */
  tagsOnDate: readonly string[] | null;
}

export type VerificationAnswer = { answer: 'YES' | 'NO' } | { answer: 'UNKNOWN'; missing: 'FIGURES' | 'REGISTRY_STATE' };

/** Three-valued: YES, NO, or UNKNOWN when the data needed is not held (never a silent NO). */
export function answerVerification(q: VerificationQuestion, data: VerificationData): VerificationAnswer {
  switch (q.kind) {
    case 'REVENUE_AT_LEAST':
      return data.figures ? { answer: data.figures.revenueFen >= q.thresholdFen ? 'YES' : 'NO' } : { answer: 'UNKNOWN', missing: 'FIGURES' };
    case 'EMPLOYEES_AT_LEAST':
      return data.figures ? { answer: data.figures.employees >= q.count ? 'YES' : 'NO' } : { answer: 'UNKNOWN', missing: 'FIGURES' };
    case 'HOLDS_QUALIFICATION':
      return data.tagsOnDate ? { answer: data.tagsOnDate.includes(q.tag) ? 'YES' : 'NO' } : { answer: 'UNKNOWN', missing: 'REGISTRY_STATE' };
  }
}
