import type { FastifyRequest } from 'fastify';
import { requirePrincipal } from '../auth/principal';
import { AppError } from '../errors/app-error';

/** The enterprise user acting for its own enterprise (401 when not signed in, 403 for other roles). */
export function requireEnterprise(request: FastifyRequest): { userId: string; uscc: string } {
  const p = requirePrincipal(request.principal);
  if (p.user.role !== 'ENTERPRISE' || !p.user.uscc) throw new AppError('CREDIT_ENTERPRISE_REQUIRED');
  return { userId: p.user.id, uscc: p.user.uscc };
}

/** A user of a financial institution (its institution decides every read). */
export function requireInstitution(request: FastifyRequest): { userId: string; institutionId: string } {
  const p = requirePrincipal(request.principal);
  if (p.user.role !== 'FINANCIAL_INSTITUTION' || !p.user.institutionId) throw new AppError('CREDIT_INSTITUTION_REQUIRED');
  return { userId: p.user.id, institutionId: p.user.institutionId };
}

/** The SME bureau (监管) and auditors (read-only review) see every consent and the whole access log. */
export function requireOverseer(request: FastifyRequest): { userId: string } {
  const p = requirePrincipal(request.principal);
  if (p.user.role !== 'SME_BUREAU' && p.user.role !== 'AUDITOR') throw new AppError('CREDIT_OVERSIGHT_ONLY');
  return { userId: p.user.id };
}

/** Who is asking, for routes several roles share. */
export type CreditViewer = { kind: 'ENTERPRISE'; userId: string; uscc: string } | { kind: 'INSTITUTION'; userId: string; institutionId: string } | { kind: 'OVERSEER'; userId: string };

export function creditViewer(request: FastifyRequest): CreditViewer {
  const p = requirePrincipal(request.principal);
  if (p.user.role === 'ENTERPRISE' && p.user.uscc) return { kind: 'ENTERPRISE', userId: p.user.id, uscc: p.user.uscc };
  if (p.user.role === 'FINANCIAL_INSTITUTION' && p.user.institutionId) return { kind: 'INSTITUTION', userId: p.user.id, institutionId: p.user.institutionId };
  if (p.user.role === 'SME_BUREAU' || p.user.role === 'AUDITOR') return { kind: 'OVERSEER', userId: p.user.id };
  throw new AppError('FORBIDDEN', { message: { zh: '该账号不能查看企业信用授权', en: 'This account has no access to credit consents' } });
}
