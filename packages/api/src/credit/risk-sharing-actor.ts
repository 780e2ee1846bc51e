import type { FastifyRequest } from 'fastify';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';

/** Who is asking about risk compensation: the bank, the borrower, an SME-bureau officer (reviews) or an auditor (reads). */
export type RiskViewer =
  | { kind: 'BANK'; userId: string; institutionId: string }
  | { kind: 'ENTERPRISE'; userId: string; uscc: string }
  | { kind: 'OFFICER'; userId: string }
  | { kind: 'AUDITOR'; userId: string };

/** 401 when not signed in; 403 for every other role. */
export function riskViewer(request: FastifyRequest): RiskViewer {
  const { user } = requirePrincipal(request.principal);
  if (user.role === 'FINANCIAL_INSTITUTION' && user.institutionId) return { kind: 'BANK', userId: user.id, institutionId: user.institutionId };
  if (user.role === 'ENTERPRISE' && user.uscc) return { kind: 'ENTERPRISE', userId: user.id, uscc: user.uscc };
  if (user.role === 'SME_BUREAU') return { kind: 'OFFICER', userId: user.id };
  if (user.role === 'AUDITOR') return { kind: 'AUDITOR', userId: user.id };
  throw new AppError('RISK_CLAIM_ROLE_REQUIRED');
}

export function requireBank(request: FastifyRequest): Extract<RiskViewer, { kind: 'BANK' }> {
  const v = riskViewer(request);
  if (v.kind !== 'BANK') throw new AppError('CREDIT_INSTITUTION_REQUIRED');
  return v;
}

export function requireReviewer(request: FastifyRequest): Extract<RiskViewer, { kind: 'OFFICER' }> {
  const v = riskViewer(request);
  if (v.kind !== 'OFFICER') throw new AppError('RISK_CLAIM_REVIEWER_REQUIRED');
  return v;
}
