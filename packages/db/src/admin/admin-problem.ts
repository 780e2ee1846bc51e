import type { BilingualText } from '@huiqi/kernel';

/** Why an administrative command was refused: a code the API maps to HTTP, and the reason in both languages. */
export interface AdminProblem {
  code: 'NOT_FOUND' | 'CONFLICT' | 'INVALID';
  message: BilingualText;
  field?: string;
}

export const problem = (code: AdminProblem['code'], zh: string, en: string, field?: string): AdminProblem => ({ code, message: { zh, en }, ...(field ? { field } : {}) });
