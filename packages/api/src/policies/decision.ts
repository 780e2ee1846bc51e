import type { BilingualText } from '@huiqi/kernel';
import { AppError } from '../errors/app-error';

/** A policy answer: allowed, or refused with the reason shown to the user. */
export type Decision = { allowed: true } | { allowed: false; reason: BilingualText };

export const allow: Decision = { allowed: true };
export const deny = (zh: string, en: string): Decision => ({ allowed: false, reason: { zh, en } });

/** Authorize step, part two: turn a refusal into 403 FORBIDDEN with its reason. */
export function enforce(decision: Decision): void {
  if (!decision.allowed) throw new AppError('FORBIDDEN', { message: decision.reason });
}
